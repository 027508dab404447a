<?php
// GENERATED CODE -- DO NOT EDIT!

namespace Leither\V1;

/**
 * ContractService deploys and runs smart contracts on an organization's ledger.
 *
 * A contract is code plus its consignor's signature and a spending upper limit. The bookkeepers
 * run it deterministically inside pulses (LedgerService): the same calls on the same state give
 * the same result on every node. A contract has its own account (its contract id) that receives
 * tokens like any account; it may pay out of that account freely and out of its consignor's
 * account up to the spending limit, over its whole life. When the limit is used up the
 * contract stops accepting calls that would spend.
 *
 * Calls that change state are signed by the caller and use the caller's account nonce like a
 * transfer (nonce = the caller's nonce + 1), so a call is never applied twice. Encodings and
 * signatures follow LedgerService.
 *
 * The original had no contract API (GongShi describes contracts in prose); this service is new.
 */
class ContractServiceClient extends \Grpc\BaseStub {

    /**
     * @param string $hostname hostname
     * @param array $opts channel options
     * @param \Grpc\Channel $channel (optional) re-use channel object
     */
    public function __construct($hostname, $opts, $channel = null) {
        parent::__construct($hostname, $opts, $channel);
    }

    /**
     * DeployContract installs a contract signed by its consignor. Members of the organization
     * only.
     * @param \Leither\V1\DeployContractRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function DeployContract(\Leither\V1\DeployContractRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.ContractService/DeployContract',
        $argument,
        ['\Leither\V1\DeployContractResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * CallContract submits a signed call of a contract method, applied in a coming pulse; with
     * `wait` it returns once the call is sealed (or after 10 s, still pending).
     * @param \Leither\V1\CallContractRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function CallContract(\Leither\V1\CallContractRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.ContractService/CallContract',
        $argument,
        ['\Leither\V1\CallContractResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * GetContractCall returns a call and its outcome.
     * @param \Leither\V1\GetContractCallRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function GetContractCall(\Leither\V1\GetContractCallRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.ContractService/GetContractCall',
        $argument,
        ['\Leither\V1\GetContractCallResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * QueryContract runs a read-only method against a sealed pulse's state and returns its result;
     * nothing is signed or changed.
     * @param \Leither\V1\QueryContractRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function QueryContract(\Leither\V1\QueryContractRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.ContractService/QueryContract',
        $argument,
        ['\Leither\V1\QueryContractResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * GetContractInfo describes a contract. Open to guests.
     * @param \Leither\V1\GetContractInfoRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function GetContractInfo(\Leither\V1\GetContractInfoRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.ContractService/GetContractInfo',
        $argument,
        ['\Leither\V1\GetContractInfoResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * ListContracts lists an organization's contracts. Open to guests.
     * @param \Leither\V1\ListContractsRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function ListContracts(\Leither\V1\ListContractsRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.ContractService/ListContracts',
        $argument,
        ['\Leither\V1\ListContractsResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * RevokeContract stops a contract for good. Its consignor only; tokens left in its account go
     * back to the consignor.
     * @param \Leither\V1\RevokeContractRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function RevokeContract(\Leither\V1\RevokeContractRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.ContractService/RevokeContract',
        $argument,
        ['\Leither\V1\RevokeContractResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * DistributeIncome pays an amount from a source account to the holders of an organization's
     * tokens in proportion to their balances (the built-in income contract). Each holder with
     * balance b, out of the total S of all holders' balances at the snapshot pulse (the source
     * excluded), receives floor(amount * b / S); the remainder stays with the source.
     * @param \Leither\V1\DistributeIncomeRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function DistributeIncome(\Leither\V1\DistributeIncomeRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.ContractService/DistributeIncome',
        $argument,
        ['\Leither\V1\DistributeIncomeResponse', 'decode'],
        $metadata, $options);
    }

}
