<?php
// GENERATED CODE -- DO NOT EDIT!

namespace Leither\V1;

/**
 * Original calls and endpoints left out of the whole API, and why (docs/api-map.md lists every
 * original item and where it went):
 * - The Hprose endpoints /ws/ and /ws3/: the API is served by Connect, gRPC and gRPC-web at
 *   /leither.v1.<Service>/<Rpc> on the node's HTTP port; browsers use Connect or gRPC-web.
 * - GetVar, GetVarByContext and the HTTP /getvar: each variable became a typed RPC (for example
 *   NodeService.GetNodeInfo, MiMeiService.GetMiMeiInfo, IdentityService.SignPass). GetGobVar
 *   and GetVarObj return Go gob encodings, meaningless outside Go; protobuf replaces them. Act
 *   was a catch-all for actions without an API; every action has its own RPC here.
 * - Exit, Restart, Update, Removeuser: node process control and self-update are done by the
 *   operator (`leither serve`, the service manager, the package manager), not over the API.
 * - SendMail: sending e-mail makes a node an open relay for spam; apps that need mail call a
 *   mail service themselves (ProxyFetch to its HTTP API, with the "proxy" service granted).
 * - IpfsAdd, IpfsPublish, IpfsProvide, IpfsFindProvs, IpfsPinAdd/Rm/Ls/Type, RepoGC, RepoLs,
 *   RepoStat, DagGet, DagStat, the CLI `ipfs` and `repo` groups and HTTP /ipfs/: the node keeps
 *   no IPFS repository. Content is announced with ProvideContent, and garbage collection of
 *   unreferenced content runs by itself.
 * - DhtGetAllKeys, DhtGet, DhtGets: dumps of internal DHT tables, a debugging aid that leaks
 *   what others stored; GetDhtValue reads one record.
 * - UpdateIp, AddGateway (commented-out variants): SetExternalAddress and the node's
 *   configuration cover them.
 *
 * NetService runs this node's part of the Leither network.
 *
 * Rights: calls that change the node's networking (connect, filters, tunnels, external
 * address, partners, credit limits) need a node admin; lookups need a logged-in user (not a
 * guest); NodeLogin and AddNode are called by other nodes and prove themselves with a pass or an
 * invitation.
 *
 * DHT scope: the original kept a LAN and a WAN DHT; each DHT call names one or both.
 *
 * `swarm id`, `swarm local` and `swarm addrs listen` are NodeService.GetNodeInfo and
 * NodeService.GetAddresses.
 *
 * Replaces the original Swarm*, Filters*, Dht*, MiMeiPublish, MiMeiUnpublish, MiMeiProvide,
 * MiMeiUnprovide, MiMeiFindProvs, MiMeiShow, MiMeiSync, MMSyncData, BEMMSync, Invite, Accept,
 * AddNode, NLogin, NGetGift, OpenTunnel, CloseTunnel, SetExtAddr, RequestNodeTunnel, Proxyget,
 * Proxypost, GetVar(mmprovs, mmprovsips) and the CLI `swarm`, `dht`, `mimei
 * publish/unpublish/provide/unprovide/findprovs/show/sync` and `credit` commands.
 */
class NetServiceClient extends \Grpc\BaseStub {

    /**
     * @param string $hostname hostname
     * @param array $opts channel options
     * @param \Grpc\Channel $channel (optional) re-use channel object
     */
    public function __construct($hostname, $opts, $channel = null) {
        parent::__construct($hostname, $opts, $channel);
    }

    /**
     * ListPeers lists the peers this node is connected to.
     * @param \Leither\V1\ListPeersRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function ListPeers(\Leither\V1\ListPeersRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.NetService/ListPeers',
        $argument,
        ['\Leither\V1\ListPeersResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * GetPeerAddrs returns the known addresses of peers (of every known peer when none is named).
     * @param \Leither\V1\GetPeerAddrsRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function GetPeerAddrs(\Leither\V1\GetPeerAddrsRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.NetService/GetPeerAddrs',
        $argument,
        ['\Leither\V1\GetPeerAddrsResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * ConnectPeer dials a peer by multiaddr or by id (looked up in the DHT).
     * @param \Leither\V1\ConnectPeerRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function ConnectPeer(\Leither\V1\ConnectPeerRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.NetService/ConnectPeer',
        $argument,
        ['\Leither\V1\ConnectPeerResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * DisconnectPeer hangs up on a peer.
     * @param \Leither\V1\DisconnectPeerRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function DisconnectPeer(\Leither\V1\DisconnectPeerRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.NetService/DisconnectPeer',
        $argument,
        ['\Leither\V1\DisconnectPeerResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * AddIpFilters blocks address ranges: no connection to or from them is allowed.
     * @param \Leither\V1\AddIpFiltersRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function AddIpFilters(\Leither\V1\AddIpFiltersRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.NetService/AddIpFilters',
        $argument,
        ['\Leither\V1\AddIpFiltersResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * RemoveIpFilters unblocks address ranges.
     * @param \Leither\V1\RemoveIpFiltersRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function RemoveIpFilters(\Leither\V1\RemoveIpFiltersRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.NetService/RemoveIpFilters',
        $argument,
        ['\Leither\V1\RemoveIpFiltersResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * ListIpFilters lists the blocked address ranges (from the API and from the configuration).
     * @param \Leither\V1\ListIpFiltersRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function ListIpFilters(\Leither\V1\ListIpFiltersRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.NetService/ListIpFilters',
        $argument,
        ['\Leither\V1\ListIpFiltersResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * FindPeer looks up a node's addresses in the DHT.
     * @param \Leither\V1\FindPeerRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function FindPeer(\Leither\V1\FindPeerRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.NetService/FindPeer',
        $argument,
        ['\Leither\V1\FindPeerResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * ProvideContent announces in the DHT that this node serves some content.
     * @param \Leither\V1\ProvideContentRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function ProvideContent(\Leither\V1\ProvideContentRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.NetService/ProvideContent',
        $argument,
        ['\Leither\V1\ProvideContentResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * FindProviders finds nodes that announced some content.
     * @param \Leither\V1\FindProvidersRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function FindProviders(\Leither\V1\FindProvidersRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.NetService/FindProviders',
        $argument,
        ['\Leither\V1\FindProvidersResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * PutDhtValue stores a small record, owned by the caller, in the DHT.
     * @param \Leither\V1\PutDhtValueRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function PutDhtValue(\Leither\V1\PutDhtValueRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.NetService/PutDhtValue',
        $argument,
        ['\Leither\V1\PutDhtValueResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * GetDhtValue reads a record from the DHT, checking its signature.
     * @param \Leither\V1\GetDhtValueRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function GetDhtValue(\Leither\V1\GetDhtValueRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.NetService/GetDhtValue',
        $argument,
        ['\Leither\V1\GetDhtValueResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * GetNetworkSize estimates how many nodes the network has.
     * @param \Leither\V1\GetNetworkSizeRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function GetNetworkSize(\Leither\V1\GetNetworkSizeRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.NetService/GetNetworkSize',
        $argument,
        ['\Leither\V1\GetNetworkSizeResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * PublishMiMei announces a MiMei's info (author, rights, versions) in the DHT, signed by its
     * author's node. The record lives 168 h and is renewed while the MiMei stays published.
     * @param \Leither\V1\PublishMiMeiRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function PublishMiMei(\Leither\V1\PublishMiMeiRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.NetService/PublishMiMei',
        $argument,
        ['\Leither\V1\PublishMiMeiResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * UnpublishMiMei withdraws the announcement.
     * @param \Leither\V1\UnpublishMiMeiRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function UnpublishMiMei(\Leither\V1\UnpublishMiMeiRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.NetService/UnpublishMiMei',
        $argument,
        ['\Leither\V1\UnpublishMiMeiResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * ProvideMiMei announces that this node holds and serves a MiMei's data; providers pull new
     * versions when the author publishes them.
     * @param \Leither\V1\ProvideMiMeiRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function ProvideMiMei(\Leither\V1\ProvideMiMeiRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.NetService/ProvideMiMei',
        $argument,
        ['\Leither\V1\ProvideMiMeiResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * UnprovideMiMei stops serving a MiMei's data.
     * @param \Leither\V1\UnprovideMiMeiRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function UnprovideMiMei(\Leither\V1\UnprovideMiMeiRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.NetService/UnprovideMiMei',
        $argument,
        ['\Leither\V1\UnprovideMiMeiResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * FindMiMeiProviders finds the nodes that serve a MiMei, per version.
     * @param \Leither\V1\FindMiMeiProvidersRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function FindMiMeiProviders(\Leither\V1\FindMiMeiProvidersRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.NetService/FindMiMeiProviders',
        $argument,
        ['\Leither\V1\FindMiMeiProvidersResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * ShowMiMei returns the network's view of a MiMei (its published info) next to this node's,
     * with the differences.
     * @param \Leither\V1\ShowMiMeiRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function ShowMiMei(\Leither\V1\ShowMiMeiRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.NetService/ShowMiMei',
        $argument,
        ['\Leither\V1\ShowMiMeiResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * SyncMiMei pulls a MiMei's info, versions, data and (optionally) the MiMei it references
     * from the network or from a given node, copying only what this node lacks.
     * @param \Leither\V1\SyncMiMeiRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function SyncMiMei(\Leither\V1\SyncMiMeiRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.NetService/SyncMiMei',
        $argument,
        ['\Leither\V1\SyncMiMeiResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * SyncMiMeiData returns the changes of a DB MiMei after a sequence number, a page at a time:
     * the incremental replication between nodes. File and tree MiMei sync by content hash
     * instead (MiMeiService.Sum, FileService.DiffTree, FileService.Download).
     * @param \Leither\V1\SyncMiMeiDataRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function SyncMiMeiData(\Leither\V1\SyncMiMeiDataRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.NetService/SyncMiMeiData',
        $argument,
        ['\Leither\V1\SyncMiMeiDataResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * CreateInvitation makes an invitation for another node to become this node's partner,
     * granting it credit.
     * @param \Leither\V1\CreateInvitationRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function CreateInvitation(\Leither\V1\CreateInvitationRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.NetService/CreateInvitation',
        $argument,
        ['\Leither\V1\CreateInvitationResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * AcceptInvitation makes this node the partner of the node that issued an invitation; this
     * node calls AddNode on the inviter.
     * @param \Leither\V1\AcceptInvitationRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function AcceptInvitation(\Leither\V1\AcceptInvitationRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.NetService/AcceptInvitation',
        $argument,
        ['\Leither\V1\AcceptInvitationResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * AddNode is called by a node presenting an invitation of this node; on success both are
     * partners. It needs no session.
     * @param \Leither\V1\AddNodeRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function AddNode(\Leither\V1\AddNodeRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.NetService/AddNode',
        $argument,
        ['\Leither\V1\AddNodeResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * ListNodes lists this node's partners.
     * @param \Leither\V1\ListNodesRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function ListNodes(\Leither\V1\ListNodesRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.NetService/ListNodes',
        $argument,
        ['\Leither\V1\ListNodesResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * RemoveNode ends a partnership.
     * @param \Leither\V1\RemoveNodeRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function RemoveNode(\Leither\V1\RemoveNodeRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.NetService/RemoveNode',
        $argument,
        ['\Leither\V1\RemoveNodeResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * NodeLogin logs another node in with a pass signed by its node key and returns a session
     * for it with the services this node grants it.
     * @param \Leither\V1\NodeLoginRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function NodeLogin(\Leither\V1\NodeLoginRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.NetService/NodeLogin',
        $argument,
        ['\Leither\V1\NodeLoginResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * OpenTunnel asks a relay node with a public address to carry traffic to this node (or to a
     * local service), so that others can reach it without a public address of its own.
     * @param \Leither\V1\OpenTunnelRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function OpenTunnel(\Leither\V1\OpenTunnelRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.NetService/OpenTunnel',
        $argument,
        ['\Leither\V1\OpenTunnelResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * CloseTunnel closes a tunnel.
     * @param \Leither\V1\CloseTunnelRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function CloseTunnel(\Leither\V1\CloseTunnelRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.NetService/CloseTunnel',
        $argument,
        ['\Leither\V1\CloseTunnelResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * ListTunnels lists the tunnels this node opened and those it relays for others.
     * @param \Leither\V1\ListTunnelsRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function ListTunnels(\Leither\V1\ListTunnelsRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.NetService/ListTunnels',
        $argument,
        ['\Leither\V1\ListTunnelsResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * SetExternalAddress sets the addresses this node announces (for example a tunnel's public
     * address or a port forwarded by the router) instead of the ones it discovers.
     * @param \Leither\V1\SetExternalAddressRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function SetExternalAddress(\Leither\V1\SetExternalAddressRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.NetService/SetExternalAddress',
        $argument,
        ['\Leither\V1\SetExternalAddressResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * RequestNodeTunnel asks this node, which has a public address, to relay for another node
     * it can reach, and returns the public addresses to reach that node at.
     * @param \Leither\V1\RequestNodeTunnelRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function RequestNodeTunnel(\Leither\V1\RequestNodeTunnelRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.NetService/RequestNodeTunnel',
        $argument,
        ['\Leither\V1\RequestNodeTunnelResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * ProxyFetch has this node make an HTTP(S) request on the caller's behalf and return the
     * answer (the original Proxyget and Proxypost). Needs the "proxy" service; destinations on
     * loopback, private and link-local addresses are refused (PERMISSION_DENIED).
     * @param \Leither\V1\ProxyFetchRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function ProxyFetch(\Leither\V1\ProxyFetchRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.NetService/ProxyFetch',
        $argument,
        ['\Leither\V1\ProxyFetchResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * GetNodeCredit returns the credit account between this node and another.
     * @param \Leither\V1\GetNodeCreditRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function GetNodeCredit(\Leither\V1\GetNodeCreditRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.NetService/GetNodeCredit',
        $argument,
        ['\Leither\V1\GetNodeCreditResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * SetNodeCreditLimit sets how much service (bytes of bandwidth) this node gives another on
     * credit before asking for settlement.
     * @param \Leither\V1\SetNodeCreditLimitRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function SetNodeCreditLimit(\Leither\V1\SetNodeCreditLimitRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.NetService/SetNodeCreditLimit',
        $argument,
        ['\Leither\V1\SetNodeCreditLimitResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * ListNodeCredits lists the credit accounts with every node this node has dealt with.
     * @param \Leither\V1\ListNodeCreditsRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function ListNodeCredits(\Leither\V1\ListNodeCreditsRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.NetService/ListNodeCredits',
        $argument,
        ['\Leither\V1\ListNodeCreditsResponse', 'decode'],
        $metadata, $options);
    }

}
