<?php
// GENERATED CODE -- DO NOT EDIT!

namespace Leither\V1;

/**
 * DnsService binds ordinary domain names to MiMei, apps and nodes, and resolves them.
 *
 * A node serves the domains under the zones its configuration names (a "domain node"). A
 * binding made on it is signed by the node, kept there and published in the DHT, so every node
 * resolves it. When an HTTP request for a bound name reaches a node, the node answers with the
 * target (the MiMei's default view, the app's entry, or the node itself), or with a small page
 * listing the nodes that serve it so the browser picks one; traffic is not proxied.
 *
 * A name is bound by one user at a time; its owner or a node admin changes or deletes it.
 *
 * Replaces the original SetDomain, DelDomain, ShowDomain, UpdateAddrs, GetVar(domainaddr) and
 * the CLI `mimei setdomain` and `lapp setdomain`.
 */
class DnsServiceClient extends \Grpc\BaseStub {

    /**
     * @param string $hostname hostname
     * @param array $opts channel options
     * @param \Grpc\Channel $channel (optional) re-use channel object
     */
    public function __construct($hostname, $opts, $channel = null) {
        parent::__construct($hostname, $opts, $channel);
    }

    /**
     * SetDomain binds a name to a target, or changes the binding of a name the caller owns. The
     * name must be under a zone this node serves (FAILED_PRECONDITION, reason ZONE_NOT_SERVED);
     * a name bound by someone else fails with ALREADY_EXISTS.
     * @param \Leither\V1\SetDomainRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function SetDomain(\Leither\V1\SetDomainRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.DnsService/SetDomain',
        $argument,
        ['\Leither\V1\SetDomainResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * DeleteDomain unbinds a name.
     * @param \Leither\V1\DeleteDomainRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function DeleteDomain(\Leither\V1\DeleteDomainRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.DnsService/DeleteDomain',
        $argument,
        ['\Leither\V1\DeleteDomainResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * ListDomains lists the names the caller bound on this node (every name for node admins).
     * @param \Leither\V1\ListDomainsRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function ListDomains(\Leither\V1\ListDomainsRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.DnsService/ListDomains',
        $argument,
        ['\Leither\V1\ListDomainsResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * UpdateDomainAddrs replaces the addresses a name resolves to (for example after a home
     * node's IP changed); nodes call it every 15 minutes for names bound to them.
     * @param \Leither\V1\UpdateDomainAddrsRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function UpdateDomainAddrs(\Leither\V1\UpdateDomainAddrsRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.DnsService/UpdateDomainAddrs',
        $argument,
        ['\Leither\V1\UpdateDomainAddrsResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * ResolveDomain resolves a name, locally or through the DHT, to its target and the
     * addresses of nodes that serve it. Open to guests.
     * @param \Leither\V1\ResolveDomainRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function ResolveDomain(\Leither\V1\ResolveDomainRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.DnsService/ResolveDomain',
        $argument,
        ['\Leither\V1\ResolveDomainResponse', 'decode'],
        $metadata, $options);
    }

}
