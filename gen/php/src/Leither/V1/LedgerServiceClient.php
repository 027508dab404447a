<?php
// GENERATED CODE -- DO NOT EDIT!

namespace Leither\V1;

/**
 * LedgerService keeps each organization's ledger of tokens (proofs of contribution).
 *
 * Accounts. An account is a 160-bit id: the 20 bytes whose unpadded base64url form is a
 * 27-character Leither ID (the two spare bits are zero). Users, the organization itself (its
 * treasury) and contracts hold accounts. An account holds a balance and a nonce (the number of
 * transfers it has sent); both are unsigned 64-bit integers, amounts counted in the token's
 * smallest unit.
 *
 * Rules, checked by every bookkeeper: a transfer is signed by the sender; its nonce is exactly
 * the sender's nonce + 1 (so no transfer applies twice); no balance goes below zero; transfers
 * conserve tokens, and only approved rewards create them.
 *
 * Pulses. About once a second the bookkeeper applies the pending transfers and approved
 * rewards in an order it chooses, seals the result into a pulse (a sequence number and the
 * root hash of the state) and signs it; the backup bookkeeper re-executes the pulse from the
 * previous state, countersigns it, or raises a dispute. A pulse is final once the next two are
 * countersigned, and stays open to disputes for the publicity period (24 h).
 *
 * Privacy. A caller reads balances and proofs of their own account, of the organization's and
 * of contracts'; other accounts are readable only by the bookkeepers. A holder proves a balance
 * to anyone by handing over a BalanceProof.
 *
 * Encodings. H is SHA-256; u64be(x) is x as 8 bytes big-endian; lp(x) is the 4-byte big-endian
 * length of x followed by x; strings are UTF-8; Leither IDs inside hashed data are their 20
 * bytes; timestamps are u64be of Unix milliseconds. A signature is Ed25519 over the statement's
 * signing bytes, given with each message below.
 *
 * The state tree is a sparse Merkle tree of depth 160 keyed by account id, with path
 * compression:
 * - Bit i of an account id (i from 0 to 159) is bit (7 - i mod 8) of byte i / 8 (rounded
 *   down), so the most significant bit of the first byte comes first. At depth i, bit i
 *   chooses the child: 0 is left, 1 is right.
 * - Value hash V = H(0x02 || u64be(balance) || u64be(nonce)).
 * - Leaf hash L = H(0x00 || account id (20 bytes) || V).
 * - Internal node hash N = H(0x01 || left child hash || right child hash).
 * - Empty subtree hash E = 32 zero bytes.
 * - Compression: a subtree holding no account hashes to E; a subtree holding exactly one
 *   account hashes to that account's leaf hash L, so every leaf sits at the shallowest depth at
 *   which it is alone; a subtree holding two or more accounts is an internal node N of its two
 *   halves (one of which may be E).
 * - The state root is the hash of the whole tree; the root of an empty ledger is E. An account
 *   with balance 0 and nonce 0 is not in the tree.
 *
 * A BalanceProof is verified offline, with no other data than the bookkeepers' public keys:
 * 1. Check that the pulse's `hash` is the pulse hash (see Pulse) and that the bookkeeper's
 *    (and the backup's) signature over it verifies.
 * 2. Let d be the number of siblings; require d <= 160 and every sibling 32 bytes long.
 * 3. Compute the terminal hash h: for `account`, h = L of the proven account with its balance
 *    and nonce (inclusion); for `empty`, h = E (absence); for `other_leaf`, require that its
 *    account id differs from the proven one and equals it in bits 0 to d-1, then
 *    h = H(0x00 || other account id || other value hash) (absence).
 * 4. For i from d-1 down to 0: if bit i of the proven account id is 0,
 *    h = H(0x01 || h || siblings[i]), otherwise h = H(0x01 || siblings[i] || h).
 * 5. The proof holds if h equals the pulse's state root.
 *
 * The original had no ledger API (GongShi describes it in prose; the CLI had `stat ledger` and
 * `credit ledgercount`); this service is new.
 */
class LedgerServiceClient extends \Grpc\BaseStub {

    /**
     * @param string $hostname hostname
     * @param array $opts channel options
     * @param \Grpc\Channel $channel (optional) re-use channel object
     */
    public function __construct($hostname, $opts, $channel = null) {
        parent::__construct($hostname, $opts, $channel);
    }

    /**
     * GetLedgerInfo returns an organization's ledger figures and parameters. Open to guests.
     * @param \Leither\V1\GetLedgerInfoRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function GetLedgerInfo(\Leither\V1\GetLedgerInfoRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.LedgerService/GetLedgerInfo',
        $argument,
        ['\Leither\V1\GetLedgerInfoResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * GetBalance returns an account's balance and nonce as of the newest (or a given) pulse.
     * @param \Leither\V1\GetBalanceRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function GetBalance(\Leither\V1\GetBalanceRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.LedgerService/GetBalance',
        $argument,
        ['\Leither\V1\GetBalanceResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * SubmitTransfer hands a signed transfer to the bookkeepers. It is checked at once (signature,
     * nonce, balance against the pending state) and applied in a coming pulse.
     * @param \Leither\V1\SubmitTransferRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function SubmitTransfer(\Leither\V1\SubmitTransferRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.LedgerService/SubmitTransfer',
        $argument,
        ['\Leither\V1\SubmitTransferResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * GetTransfer returns a transfer and what became of it. Sender and recipient only.
     * @param \Leither\V1\GetTransferRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function GetTransfer(\Leither\V1\GetTransferRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.LedgerService/GetTransfer',
        $argument,
        ['\Leither\V1\GetTransferResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * ListTransfers lists the transfers sent or received by the caller's account (or any
     * account readable to the caller), newest first.
     * @param \Leither\V1\ListTransfersRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function ListTransfers(\Leither\V1\ListTransfersRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.LedgerService/ListTransfers',
        $argument,
        ['\Leither\V1\ListTransfersResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * AnnounceReward proposes to create tokens for an account, with a reason, open to votes
     * until a deadline. Members only.
     * @param \Leither\V1\AnnounceRewardRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function AnnounceReward(\Leither\V1\AnnounceRewardRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.LedgerService/AnnounceReward',
        $argument,
        ['\Leither\V1\AnnounceRewardResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * VoteReward casts the caller's balance-weighted vote on an announced reward.
     * @param \Leither\V1\VoteRewardRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function VoteReward(\Leither\V1\VoteRewardRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.LedgerService/VoteReward',
        $argument,
        ['\Leither\V1\VoteRewardResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * ListRewards lists an organization's rewards, newest first. Members only.
     * @param \Leither\V1\ListRewardsRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function ListRewards(\Leither\V1\ListRewardsRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.LedgerService/ListRewards',
        $argument,
        ['\Leither\V1\ListRewardsResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * GetPulse returns a sealed pulse (its header and signatures). Open to guests.
     * @param \Leither\V1\GetPulseRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function GetPulse(\Leither\V1\GetPulseRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.LedgerService/GetPulse',
        $argument,
        ['\Leither\V1\GetPulseResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * ListPulses lists sealed pulses, newest first. Open to guests.
     * @param \Leither\V1\ListPulsesRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function ListPulses(\Leither\V1\ListPulsesRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.LedgerService/ListPulses',
        $argument,
        ['\Leither\V1\ListPulsesResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * GetBalanceProof returns a Merkle proof that an account holds a balance in a pulse, or that
     * it is absent from it, verifiable offline (see LedgerService).
     * @param \Leither\V1\GetBalanceProofRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function GetBalanceProof(\Leither\V1\GetBalanceProofRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.LedgerService/GetBalanceProof',
        $argument,
        ['\Leither\V1\GetBalanceProofResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * VoteBookkeeper casts the caller's balance-weighted vote for a node to keep the books in a
     * coming election cycle.
     * @param \Leither\V1\VoteBookkeeperRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function VoteBookkeeper(\Leither\V1\VoteBookkeeperRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.LedgerService/VoteBookkeeper',
        $argument,
        ['\Leither\V1\VoteBookkeeperResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * GetBookkeepers returns the bookkeeper and backup of a cycle and the vote tally. Open to
     * guests.
     * @param \Leither\V1\GetBookkeepersRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function GetBookkeepers(\Leither\V1\GetBookkeepersRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.LedgerService/GetBookkeepers',
        $argument,
        ['\Leither\V1\GetBookkeepersResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * RaiseDispute contests a sealed pulse within the publicity period. The deposits of the
     * disputing node and of the pulse's bookkeeper are frozen until the other bookkeeping nodes
     * re-execute the pulse and decide.
     * @param \Leither\V1\RaiseDisputeRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function RaiseDispute(\Leither\V1\RaiseDisputeRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.LedgerService/RaiseDispute',
        $argument,
        ['\Leither\V1\RaiseDisputeResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * ListDisputes lists an organization's disputes, newest first. Open to guests.
     * @param \Leither\V1\ListDisputesRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function ListDisputes(\Leither\V1\ListDisputesRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.LedgerService/ListDisputes',
        $argument,
        ['\Leither\V1\ListDisputesResponse', 'decode'],
        $metadata, $options);
    }

}
