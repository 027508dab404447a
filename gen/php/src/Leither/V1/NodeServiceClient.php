<?php
// GENERATED CODE -- DO NOT EDIT!

namespace Leither\V1;

/**
 * NodeService describes the node a client talks to. Every call is open to guests.
 *
 * Replaces the original GetVar(ver, nodeid, peerid, nodepk, nodeaddrs, nodeinfo, cpu, disk,
 * virtualmemory, systemvars) and the CLI `version` and `swarm id`.
 */
class NodeServiceClient extends \Grpc\BaseStub {

    /**
     * @param string $hostname hostname
     * @param array $opts channel options
     * @param \Grpc\Channel $channel (optional) re-use channel object
     */
    public function __construct($hostname, $opts, $channel = null) {
        parent::__construct($hostname, $opts, $channel);
    }

    /**
     * GetNodeInfo returns the node's ids, version and uptime in one small call.
     * @param \Leither\V1\GetNodeInfoRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function GetNodeInfo(\Leither\V1\GetNodeInfoRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.NodeService/GetNodeInfo',
        $argument,
        ['\Leither\V1\GetNodeInfoResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * GetAddresses returns the addresses the node listens on and announces.
     * @param \Leither\V1\GetAddressesRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function GetAddresses(\Leither\V1\GetAddressesRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.NodeService/GetAddresses',
        $argument,
        ['\Leither\V1\GetAddressesResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * GetStats returns usage figures: requests, sessions, storage, memory and CPU.
     * @param \Leither\V1\GetStatsRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function GetStats(\Leither\V1\GetStatsRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.NodeService/GetStats',
        $argument,
        ['\Leither\V1\GetStatsResponse', 'decode'],
        $metadata, $options);
    }

}
