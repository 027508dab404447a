import datetime

from google.protobuf import duration_pb2 as _duration_pb2
from google.protobuf import timestamp_pb2 as _timestamp_pb2
from leither.v1 import common_pb2 as _common_pb2
from leither.v1 import db_service_pb2 as _db_service_pb2
from leither.v1 import mimei_service_pb2 as _mimei_service_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class DhtScope(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    DHT_SCOPE_UNSPECIFIED: _ClassVar[DhtScope]
    DHT_SCOPE_LAN: _ClassVar[DhtScope]
    DHT_SCOPE_WAN: _ClassVar[DhtScope]
DHT_SCOPE_UNSPECIFIED: DhtScope
DHT_SCOPE_LAN: DhtScope
DHT_SCOPE_WAN: DhtScope

class DhtOutcome(_message.Message):
    __slots__ = ("scope", "ok", "error", "expires_at")
    SCOPE_FIELD_NUMBER: _ClassVar[int]
    OK_FIELD_NUMBER: _ClassVar[int]
    ERROR_FIELD_NUMBER: _ClassVar[int]
    EXPIRES_AT_FIELD_NUMBER: _ClassVar[int]
    scope: DhtScope
    ok: bool
    error: str
    expires_at: _timestamp_pb2.Timestamp
    def __init__(self, scope: _Optional[_Union[DhtScope, str]] = ..., ok: bool = ..., error: _Optional[str] = ..., expires_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class PeerConnection(_message.Message):
    __slots__ = ("peer", "remote_addr", "inbound", "latency", "partner", "relayed")
    PEER_FIELD_NUMBER: _ClassVar[int]
    REMOTE_ADDR_FIELD_NUMBER: _ClassVar[int]
    INBOUND_FIELD_NUMBER: _ClassVar[int]
    LATENCY_FIELD_NUMBER: _ClassVar[int]
    PARTNER_FIELD_NUMBER: _ClassVar[int]
    RELAYED_FIELD_NUMBER: _ClassVar[int]
    peer: _common_pb2.PeerAddresses
    remote_addr: str
    inbound: bool
    latency: _duration_pb2.Duration
    partner: bool
    relayed: bool
    def __init__(self, peer: _Optional[_Union[_common_pb2.PeerAddresses, _Mapping]] = ..., remote_addr: _Optional[str] = ..., inbound: bool = ..., latency: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ..., partner: bool = ..., relayed: bool = ...) -> None: ...

class ListPeersRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ListPeersResponse(_message.Message):
    __slots__ = ("peers",)
    PEERS_FIELD_NUMBER: _ClassVar[int]
    peers: _containers.RepeatedCompositeFieldContainer[PeerConnection]
    def __init__(self, peers: _Optional[_Iterable[_Union[PeerConnection, _Mapping]]] = ...) -> None: ...

class GetPeerAddrsRequest(_message.Message):
    __slots__ = ("peer_ids",)
    PEER_IDS_FIELD_NUMBER: _ClassVar[int]
    peer_ids: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, peer_ids: _Optional[_Iterable[str]] = ...) -> None: ...

class GetPeerAddrsResponse(_message.Message):
    __slots__ = ("peers",)
    PEERS_FIELD_NUMBER: _ClassVar[int]
    peers: _containers.RepeatedCompositeFieldContainer[_common_pb2.PeerAddresses]
    def __init__(self, peers: _Optional[_Iterable[_Union[_common_pb2.PeerAddresses, _Mapping]]] = ...) -> None: ...

class ConnectPeerRequest(_message.Message):
    __slots__ = ("target",)
    TARGET_FIELD_NUMBER: _ClassVar[int]
    target: str
    def __init__(self, target: _Optional[str] = ...) -> None: ...

class ConnectPeerResponse(_message.Message):
    __slots__ = ("peer",)
    PEER_FIELD_NUMBER: _ClassVar[int]
    peer: _common_pb2.PeerAddresses
    def __init__(self, peer: _Optional[_Union[_common_pb2.PeerAddresses, _Mapping]] = ...) -> None: ...

class DisconnectPeerRequest(_message.Message):
    __slots__ = ("target",)
    TARGET_FIELD_NUMBER: _ClassVar[int]
    target: str
    def __init__(self, target: _Optional[str] = ...) -> None: ...

class DisconnectPeerResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class AddIpFiltersRequest(_message.Message):
    __slots__ = ("cidrs",)
    CIDRS_FIELD_NUMBER: _ClassVar[int]
    cidrs: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, cidrs: _Optional[_Iterable[str]] = ...) -> None: ...

class AddIpFiltersResponse(_message.Message):
    __slots__ = ("cidrs",)
    CIDRS_FIELD_NUMBER: _ClassVar[int]
    cidrs: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, cidrs: _Optional[_Iterable[str]] = ...) -> None: ...

class RemoveIpFiltersRequest(_message.Message):
    __slots__ = ("cidrs",)
    CIDRS_FIELD_NUMBER: _ClassVar[int]
    cidrs: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, cidrs: _Optional[_Iterable[str]] = ...) -> None: ...

class RemoveIpFiltersResponse(_message.Message):
    __slots__ = ("cidrs",)
    CIDRS_FIELD_NUMBER: _ClassVar[int]
    cidrs: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, cidrs: _Optional[_Iterable[str]] = ...) -> None: ...

class ListIpFiltersRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ListIpFiltersResponse(_message.Message):
    __slots__ = ("cidrs",)
    CIDRS_FIELD_NUMBER: _ClassVar[int]
    cidrs: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, cidrs: _Optional[_Iterable[str]] = ...) -> None: ...

class FindPeerRequest(_message.Message):
    __slots__ = ("peer_id", "scope")
    PEER_ID_FIELD_NUMBER: _ClassVar[int]
    SCOPE_FIELD_NUMBER: _ClassVar[int]
    peer_id: str
    scope: DhtScope
    def __init__(self, peer_id: _Optional[str] = ..., scope: _Optional[_Union[DhtScope, str]] = ...) -> None: ...

class FindPeerResponse(_message.Message):
    __slots__ = ("peer",)
    PEER_FIELD_NUMBER: _ClassVar[int]
    peer: _common_pb2.PeerAddresses
    def __init__(self, peer: _Optional[_Union[_common_pb2.PeerAddresses, _Mapping]] = ...) -> None: ...

class ProvideContentRequest(_message.Message):
    __slots__ = ("content_hash", "scope")
    CONTENT_HASH_FIELD_NUMBER: _ClassVar[int]
    SCOPE_FIELD_NUMBER: _ClassVar[int]
    content_hash: str
    scope: DhtScope
    def __init__(self, content_hash: _Optional[str] = ..., scope: _Optional[_Union[DhtScope, str]] = ...) -> None: ...

class ProvideContentResponse(_message.Message):
    __slots__ = ("outcomes",)
    OUTCOMES_FIELD_NUMBER: _ClassVar[int]
    outcomes: _containers.RepeatedCompositeFieldContainer[DhtOutcome]
    def __init__(self, outcomes: _Optional[_Iterable[_Union[DhtOutcome, _Mapping]]] = ...) -> None: ...

class FindProvidersRequest(_message.Message):
    __slots__ = ("content_hash", "scope", "count")
    CONTENT_HASH_FIELD_NUMBER: _ClassVar[int]
    SCOPE_FIELD_NUMBER: _ClassVar[int]
    COUNT_FIELD_NUMBER: _ClassVar[int]
    content_hash: str
    scope: DhtScope
    count: int
    def __init__(self, content_hash: _Optional[str] = ..., scope: _Optional[_Union[DhtScope, str]] = ..., count: _Optional[int] = ...) -> None: ...

class FindProvidersResponse(_message.Message):
    __slots__ = ("providers",)
    PROVIDERS_FIELD_NUMBER: _ClassVar[int]
    providers: _containers.RepeatedCompositeFieldContainer[_common_pb2.PeerAddresses]
    def __init__(self, providers: _Optional[_Iterable[_Union[_common_pb2.PeerAddresses, _Mapping]]] = ...) -> None: ...

class PutDhtValueRequest(_message.Message):
    __slots__ = ("name", "value", "ttl", "scope")
    NAME_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TTL_FIELD_NUMBER: _ClassVar[int]
    SCOPE_FIELD_NUMBER: _ClassVar[int]
    name: str
    value: bytes
    ttl: _duration_pb2.Duration
    scope: DhtScope
    def __init__(self, name: _Optional[str] = ..., value: _Optional[bytes] = ..., ttl: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ..., scope: _Optional[_Union[DhtScope, str]] = ...) -> None: ...

class PutDhtValueResponse(_message.Message):
    __slots__ = ("key", "sequence", "outcomes")
    KEY_FIELD_NUMBER: _ClassVar[int]
    SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    OUTCOMES_FIELD_NUMBER: _ClassVar[int]
    key: str
    sequence: int
    outcomes: _containers.RepeatedCompositeFieldContainer[DhtOutcome]
    def __init__(self, key: _Optional[str] = ..., sequence: _Optional[int] = ..., outcomes: _Optional[_Iterable[_Union[DhtOutcome, _Mapping]]] = ...) -> None: ...

class GetDhtValueRequest(_message.Message):
    __slots__ = ("key", "scope")
    KEY_FIELD_NUMBER: _ClassVar[int]
    SCOPE_FIELD_NUMBER: _ClassVar[int]
    key: str
    scope: DhtScope
    def __init__(self, key: _Optional[str] = ..., scope: _Optional[_Union[DhtScope, str]] = ...) -> None: ...

class GetDhtValueResponse(_message.Message):
    __slots__ = ("value", "owner_id", "sequence", "expires_at")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    OWNER_ID_FIELD_NUMBER: _ClassVar[int]
    SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    EXPIRES_AT_FIELD_NUMBER: _ClassVar[int]
    value: bytes
    owner_id: str
    sequence: int
    expires_at: _timestamp_pb2.Timestamp
    def __init__(self, value: _Optional[bytes] = ..., owner_id: _Optional[str] = ..., sequence: _Optional[int] = ..., expires_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class GetNetworkSizeRequest(_message.Message):
    __slots__ = ("scope",)
    SCOPE_FIELD_NUMBER: _ClassVar[int]
    scope: DhtScope
    def __init__(self, scope: _Optional[_Union[DhtScope, str]] = ...) -> None: ...

class GetNetworkSizeResponse(_message.Message):
    __slots__ = ("estimate",)
    ESTIMATE_FIELD_NUMBER: _ClassVar[int]
    estimate: int
    def __init__(self, estimate: _Optional[int] = ...) -> None: ...

class PublishMiMeiRequest(_message.Message):
    __slots__ = ("mimei_id", "scope")
    MIMEI_ID_FIELD_NUMBER: _ClassVar[int]
    SCOPE_FIELD_NUMBER: _ClassVar[int]
    mimei_id: str
    scope: DhtScope
    def __init__(self, mimei_id: _Optional[str] = ..., scope: _Optional[_Union[DhtScope, str]] = ...) -> None: ...

class PublishMiMeiResponse(_message.Message):
    __slots__ = ("outcomes",)
    OUTCOMES_FIELD_NUMBER: _ClassVar[int]
    outcomes: _containers.RepeatedCompositeFieldContainer[DhtOutcome]
    def __init__(self, outcomes: _Optional[_Iterable[_Union[DhtOutcome, _Mapping]]] = ...) -> None: ...

class UnpublishMiMeiRequest(_message.Message):
    __slots__ = ("mimei_id", "scope")
    MIMEI_ID_FIELD_NUMBER: _ClassVar[int]
    SCOPE_FIELD_NUMBER: _ClassVar[int]
    mimei_id: str
    scope: DhtScope
    def __init__(self, mimei_id: _Optional[str] = ..., scope: _Optional[_Union[DhtScope, str]] = ...) -> None: ...

class UnpublishMiMeiResponse(_message.Message):
    __slots__ = ("outcomes",)
    OUTCOMES_FIELD_NUMBER: _ClassVar[int]
    outcomes: _containers.RepeatedCompositeFieldContainer[DhtOutcome]
    def __init__(self, outcomes: _Optional[_Iterable[_Union[DhtOutcome, _Mapping]]] = ...) -> None: ...

class ProvideMiMeiRequest(_message.Message):
    __slots__ = ("mimei_id", "scope")
    MIMEI_ID_FIELD_NUMBER: _ClassVar[int]
    SCOPE_FIELD_NUMBER: _ClassVar[int]
    mimei_id: str
    scope: DhtScope
    def __init__(self, mimei_id: _Optional[str] = ..., scope: _Optional[_Union[DhtScope, str]] = ...) -> None: ...

class ProvideMiMeiResponse(_message.Message):
    __slots__ = ("outcomes",)
    OUTCOMES_FIELD_NUMBER: _ClassVar[int]
    outcomes: _containers.RepeatedCompositeFieldContainer[DhtOutcome]
    def __init__(self, outcomes: _Optional[_Iterable[_Union[DhtOutcome, _Mapping]]] = ...) -> None: ...

class UnprovideMiMeiRequest(_message.Message):
    __slots__ = ("mimei_id", "scope")
    MIMEI_ID_FIELD_NUMBER: _ClassVar[int]
    SCOPE_FIELD_NUMBER: _ClassVar[int]
    mimei_id: str
    scope: DhtScope
    def __init__(self, mimei_id: _Optional[str] = ..., scope: _Optional[_Union[DhtScope, str]] = ...) -> None: ...

class UnprovideMiMeiResponse(_message.Message):
    __slots__ = ("outcomes",)
    OUTCOMES_FIELD_NUMBER: _ClassVar[int]
    outcomes: _containers.RepeatedCompositeFieldContainer[DhtOutcome]
    def __init__(self, outcomes: _Optional[_Iterable[_Union[DhtOutcome, _Mapping]]] = ...) -> None: ...

class VersionProviders(_message.Message):
    __slots__ = ("version", "providers")
    VERSION_FIELD_NUMBER: _ClassVar[int]
    PROVIDERS_FIELD_NUMBER: _ClassVar[int]
    version: int
    providers: _containers.RepeatedCompositeFieldContainer[_common_pb2.PeerAddresses]
    def __init__(self, version: _Optional[int] = ..., providers: _Optional[_Iterable[_Union[_common_pb2.PeerAddresses, _Mapping]]] = ...) -> None: ...

class FindMiMeiProvidersRequest(_message.Message):
    __slots__ = ("mimei_id", "scope", "count")
    MIMEI_ID_FIELD_NUMBER: _ClassVar[int]
    SCOPE_FIELD_NUMBER: _ClassVar[int]
    COUNT_FIELD_NUMBER: _ClassVar[int]
    mimei_id: str
    scope: DhtScope
    count: int
    def __init__(self, mimei_id: _Optional[str] = ..., scope: _Optional[_Union[DhtScope, str]] = ..., count: _Optional[int] = ...) -> None: ...

class FindMiMeiProvidersResponse(_message.Message):
    __slots__ = ("versions",)
    VERSIONS_FIELD_NUMBER: _ClassVar[int]
    versions: _containers.RepeatedCompositeFieldContainer[VersionProviders]
    def __init__(self, versions: _Optional[_Iterable[_Union[VersionProviders, _Mapping]]] = ...) -> None: ...

class ShowMiMeiRequest(_message.Message):
    __slots__ = ("mimei_id", "scope")
    MIMEI_ID_FIELD_NUMBER: _ClassVar[int]
    SCOPE_FIELD_NUMBER: _ClassVar[int]
    mimei_id: str
    scope: DhtScope
    def __init__(self, mimei_id: _Optional[str] = ..., scope: _Optional[_Union[DhtScope, str]] = ...) -> None: ...

class ShowMiMeiResponse(_message.Message):
    __slots__ = ("network_info", "network_versions", "network_rights", "local_info", "conflicts")
    NETWORK_INFO_FIELD_NUMBER: _ClassVar[int]
    NETWORK_VERSIONS_FIELD_NUMBER: _ClassVar[int]
    NETWORK_RIGHTS_FIELD_NUMBER: _ClassVar[int]
    LOCAL_INFO_FIELD_NUMBER: _ClassVar[int]
    CONFLICTS_FIELD_NUMBER: _ClassVar[int]
    network_info: _mimei_service_pb2.MiMeiInfo
    network_versions: _containers.RepeatedCompositeFieldContainer[_mimei_service_pb2.MiMeiVersion]
    network_rights: _containers.RepeatedCompositeFieldContainer[_mimei_service_pb2.MemberRights]
    local_info: _mimei_service_pb2.MiMeiInfo
    conflicts: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, network_info: _Optional[_Union[_mimei_service_pb2.MiMeiInfo, _Mapping]] = ..., network_versions: _Optional[_Iterable[_Union[_mimei_service_pb2.MiMeiVersion, _Mapping]]] = ..., network_rights: _Optional[_Iterable[_Union[_mimei_service_pb2.MemberRights, _Mapping]]] = ..., local_info: _Optional[_Union[_mimei_service_pb2.MiMeiInfo, _Mapping]] = ..., conflicts: _Optional[_Iterable[str]] = ...) -> None: ...

class SyncMiMeiRequest(_message.Message):
    __slots__ = ("mimei_id", "from_node", "version", "include_refs")
    MIMEI_ID_FIELD_NUMBER: _ClassVar[int]
    FROM_NODE_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    INCLUDE_REFS_FIELD_NUMBER: _ClassVar[int]
    mimei_id: str
    from_node: str
    version: str
    include_refs: bool
    def __init__(self, mimei_id: _Optional[str] = ..., from_node: _Optional[str] = ..., version: _Optional[str] = ..., include_refs: bool = ...) -> None: ...

class SyncMiMeiResponse(_message.Message):
    __slots__ = ("versions", "bytes_fetched", "refs_fetched", "source")
    VERSIONS_FIELD_NUMBER: _ClassVar[int]
    BYTES_FETCHED_FIELD_NUMBER: _ClassVar[int]
    REFS_FETCHED_FIELD_NUMBER: _ClassVar[int]
    SOURCE_FIELD_NUMBER: _ClassVar[int]
    versions: _containers.RepeatedScalarFieldContainer[int]
    bytes_fetched: int
    refs_fetched: int
    source: _common_pb2.PeerAddresses
    def __init__(self, versions: _Optional[_Iterable[int]] = ..., bytes_fetched: _Optional[int] = ..., refs_fetched: _Optional[int] = ..., source: _Optional[_Union[_common_pb2.PeerAddresses, _Mapping]] = ...) -> None: ...

class DbByteList(_message.Message):
    __slots__ = ("items",)
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedScalarFieldContainer[bytes]
    def __init__(self, items: _Optional[_Iterable[bytes]] = ...) -> None: ...

class DbFieldList(_message.Message):
    __slots__ = ("fields",)
    FIELDS_FIELD_NUMBER: _ClassVar[int]
    fields: _containers.RepeatedCompositeFieldContainer[_db_service_pb2.DbFieldValue]
    def __init__(self, fields: _Optional[_Iterable[_Union[_db_service_pb2.DbFieldValue, _Mapping]]] = ...) -> None: ...

class DbScoredMemberList(_message.Message):
    __slots__ = ("members",)
    MEMBERS_FIELD_NUMBER: _ClassVar[int]
    members: _containers.RepeatedCompositeFieldContainer[_db_service_pb2.DbScoredMember]
    def __init__(self, members: _Optional[_Iterable[_Union[_db_service_pb2.DbScoredMember, _Mapping]]] = ...) -> None: ...

class MiMeiChange(_message.Message):
    __slots__ = ("sequence", "key", "type", "string_value", "hash_value", "list_value", "set_value", "zset_value", "expires_at")
    SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    STRING_VALUE_FIELD_NUMBER: _ClassVar[int]
    HASH_VALUE_FIELD_NUMBER: _ClassVar[int]
    LIST_VALUE_FIELD_NUMBER: _ClassVar[int]
    SET_VALUE_FIELD_NUMBER: _ClassVar[int]
    ZSET_VALUE_FIELD_NUMBER: _ClassVar[int]
    EXPIRES_AT_FIELD_NUMBER: _ClassVar[int]
    sequence: int
    key: str
    type: _db_service_pb2.DbValueType
    string_value: bytes
    hash_value: DbFieldList
    list_value: DbByteList
    set_value: DbByteList
    zset_value: DbScoredMemberList
    expires_at: _timestamp_pb2.Timestamp
    def __init__(self, sequence: _Optional[int] = ..., key: _Optional[str] = ..., type: _Optional[_Union[_db_service_pb2.DbValueType, str]] = ..., string_value: _Optional[bytes] = ..., hash_value: _Optional[_Union[DbFieldList, _Mapping]] = ..., list_value: _Optional[_Union[DbByteList, _Mapping]] = ..., set_value: _Optional[_Union[DbByteList, _Mapping]] = ..., zset_value: _Optional[_Union[DbScoredMemberList, _Mapping]] = ..., expires_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class SyncMiMeiDataRequest(_message.Message):
    __slots__ = ("mimei_id", "after_sequence", "max_changes")
    MIMEI_ID_FIELD_NUMBER: _ClassVar[int]
    AFTER_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    MAX_CHANGES_FIELD_NUMBER: _ClassVar[int]
    mimei_id: str
    after_sequence: int
    max_changes: int
    def __init__(self, mimei_id: _Optional[str] = ..., after_sequence: _Optional[int] = ..., max_changes: _Optional[int] = ...) -> None: ...

class SyncMiMeiDataResponse(_message.Message):
    __slots__ = ("changes", "last_sequence", "more", "min_sequence")
    CHANGES_FIELD_NUMBER: _ClassVar[int]
    LAST_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    MORE_FIELD_NUMBER: _ClassVar[int]
    MIN_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    changes: _containers.RepeatedCompositeFieldContainer[MiMeiChange]
    last_sequence: int
    more: bool
    min_sequence: int
    def __init__(self, changes: _Optional[_Iterable[_Union[MiMeiChange, _Mapping]]] = ..., last_sequence: _Optional[int] = ..., more: bool = ..., min_sequence: _Optional[int] = ...) -> None: ...

class Invitation(_message.Message):
    __slots__ = ("inviter", "credit_bytes", "expires_at", "uses_left")
    INVITER_FIELD_NUMBER: _ClassVar[int]
    CREDIT_BYTES_FIELD_NUMBER: _ClassVar[int]
    EXPIRES_AT_FIELD_NUMBER: _ClassVar[int]
    USES_LEFT_FIELD_NUMBER: _ClassVar[int]
    inviter: _common_pb2.PeerAddresses
    credit_bytes: int
    expires_at: _timestamp_pb2.Timestamp
    uses_left: int
    def __init__(self, inviter: _Optional[_Union[_common_pb2.PeerAddresses, _Mapping]] = ..., credit_bytes: _Optional[int] = ..., expires_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., uses_left: _Optional[int] = ...) -> None: ...

class CreateInvitationRequest(_message.Message):
    __slots__ = ("validity", "credit_bytes", "max_uses")
    VALIDITY_FIELD_NUMBER: _ClassVar[int]
    CREDIT_BYTES_FIELD_NUMBER: _ClassVar[int]
    MAX_USES_FIELD_NUMBER: _ClassVar[int]
    validity: _duration_pb2.Duration
    credit_bytes: int
    max_uses: int
    def __init__(self, validity: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ..., credit_bytes: _Optional[int] = ..., max_uses: _Optional[int] = ...) -> None: ...

class CreateInvitationResponse(_message.Message):
    __slots__ = ("token", "invitation")
    TOKEN_FIELD_NUMBER: _ClassVar[int]
    INVITATION_FIELD_NUMBER: _ClassVar[int]
    token: str
    invitation: Invitation
    def __init__(self, token: _Optional[str] = ..., invitation: _Optional[_Union[Invitation, _Mapping]] = ...) -> None: ...

class AcceptInvitationRequest(_message.Message):
    __slots__ = ("token",)
    TOKEN_FIELD_NUMBER: _ClassVar[int]
    token: str
    def __init__(self, token: _Optional[str] = ...) -> None: ...

class AcceptInvitationResponse(_message.Message):
    __slots__ = ("partner",)
    PARTNER_FIELD_NUMBER: _ClassVar[int]
    partner: PartnerNode
    def __init__(self, partner: _Optional[_Union[PartnerNode, _Mapping]] = ...) -> None: ...

class AddNodeRequest(_message.Message):
    __slots__ = ("node_id", "addrs", "invitation", "signature", "public_key")
    NODE_ID_FIELD_NUMBER: _ClassVar[int]
    ADDRS_FIELD_NUMBER: _ClassVar[int]
    INVITATION_FIELD_NUMBER: _ClassVar[int]
    SIGNATURE_FIELD_NUMBER: _ClassVar[int]
    PUBLIC_KEY_FIELD_NUMBER: _ClassVar[int]
    node_id: str
    addrs: _containers.RepeatedScalarFieldContainer[str]
    invitation: str
    signature: bytes
    public_key: bytes
    def __init__(self, node_id: _Optional[str] = ..., addrs: _Optional[_Iterable[str]] = ..., invitation: _Optional[str] = ..., signature: _Optional[bytes] = ..., public_key: _Optional[bytes] = ...) -> None: ...

class AddNodeResponse(_message.Message):
    __slots__ = ("partner",)
    PARTNER_FIELD_NUMBER: _ClassVar[int]
    partner: PartnerNode
    def __init__(self, partner: _Optional[_Union[PartnerNode, _Mapping]] = ...) -> None: ...

class PartnerNode(_message.Message):
    __slots__ = ("node", "since", "last_seen", "online")
    NODE_FIELD_NUMBER: _ClassVar[int]
    SINCE_FIELD_NUMBER: _ClassVar[int]
    LAST_SEEN_FIELD_NUMBER: _ClassVar[int]
    ONLINE_FIELD_NUMBER: _ClassVar[int]
    node: _common_pb2.PeerAddresses
    since: _timestamp_pb2.Timestamp
    last_seen: _timestamp_pb2.Timestamp
    online: bool
    def __init__(self, node: _Optional[_Union[_common_pb2.PeerAddresses, _Mapping]] = ..., since: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., last_seen: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., online: bool = ...) -> None: ...

class ListNodesRequest(_message.Message):
    __slots__ = ("page",)
    PAGE_FIELD_NUMBER: _ClassVar[int]
    page: _common_pb2.PageRequest
    def __init__(self, page: _Optional[_Union[_common_pb2.PageRequest, _Mapping]] = ...) -> None: ...

class ListNodesResponse(_message.Message):
    __slots__ = ("partners", "page")
    PARTNERS_FIELD_NUMBER: _ClassVar[int]
    PAGE_FIELD_NUMBER: _ClassVar[int]
    partners: _containers.RepeatedCompositeFieldContainer[PartnerNode]
    page: _common_pb2.PageResponse
    def __init__(self, partners: _Optional[_Iterable[_Union[PartnerNode, _Mapping]]] = ..., page: _Optional[_Union[_common_pb2.PageResponse, _Mapping]] = ...) -> None: ...

class RemoveNodeRequest(_message.Message):
    __slots__ = ("node_id",)
    NODE_ID_FIELD_NUMBER: _ClassVar[int]
    node_id: str
    def __init__(self, node_id: _Optional[str] = ...) -> None: ...

class RemoveNodeResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class NodeLoginRequest(_message.Message):
    __slots__ = ("mutual",)
    PASS_FIELD_NUMBER: _ClassVar[int]
    MUTUAL_FIELD_NUMBER: _ClassVar[int]
    mutual: bool
    def __init__(self, mutual: bool = ..., **kwargs) -> None: ...

class NodeLoginResponse(_message.Message):
    __slots__ = ("session_id", "services", "expires_at", "trusted")
    SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    SERVICES_FIELD_NUMBER: _ClassVar[int]
    EXPIRES_AT_FIELD_NUMBER: _ClassVar[int]
    TRUSTED_FIELD_NUMBER: _ClassVar[int]
    session_id: str
    services: _containers.RepeatedScalarFieldContainer[str]
    expires_at: _timestamp_pb2.Timestamp
    trusted: bool
    def __init__(self, session_id: _Optional[str] = ..., services: _Optional[_Iterable[str]] = ..., expires_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., trusted: bool = ...) -> None: ...

class Tunnel(_message.Message):
    __slots__ = ("tunnel_id", "relay", "node_id", "public_addrs", "target_url", "relaying", "opened_at", "expires_at")
    TUNNEL_ID_FIELD_NUMBER: _ClassVar[int]
    RELAY_FIELD_NUMBER: _ClassVar[int]
    NODE_ID_FIELD_NUMBER: _ClassVar[int]
    PUBLIC_ADDRS_FIELD_NUMBER: _ClassVar[int]
    TARGET_URL_FIELD_NUMBER: _ClassVar[int]
    RELAYING_FIELD_NUMBER: _ClassVar[int]
    OPENED_AT_FIELD_NUMBER: _ClassVar[int]
    EXPIRES_AT_FIELD_NUMBER: _ClassVar[int]
    tunnel_id: str
    relay: _common_pb2.PeerAddresses
    node_id: str
    public_addrs: _containers.RepeatedScalarFieldContainer[str]
    target_url: str
    relaying: bool
    opened_at: _timestamp_pb2.Timestamp
    expires_at: _timestamp_pb2.Timestamp
    def __init__(self, tunnel_id: _Optional[str] = ..., relay: _Optional[_Union[_common_pb2.PeerAddresses, _Mapping]] = ..., node_id: _Optional[str] = ..., public_addrs: _Optional[_Iterable[str]] = ..., target_url: _Optional[str] = ..., relaying: bool = ..., opened_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., expires_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class OpenTunnelRequest(_message.Message):
    __slots__ = ("relay", "target_url", "name")
    RELAY_FIELD_NUMBER: _ClassVar[int]
    TARGET_URL_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    relay: str
    target_url: str
    name: str
    def __init__(self, relay: _Optional[str] = ..., target_url: _Optional[str] = ..., name: _Optional[str] = ...) -> None: ...

class OpenTunnelResponse(_message.Message):
    __slots__ = ("tunnel",)
    TUNNEL_FIELD_NUMBER: _ClassVar[int]
    tunnel: Tunnel
    def __init__(self, tunnel: _Optional[_Union[Tunnel, _Mapping]] = ...) -> None: ...

class CloseTunnelRequest(_message.Message):
    __slots__ = ("tunnel_id",)
    TUNNEL_ID_FIELD_NUMBER: _ClassVar[int]
    tunnel_id: str
    def __init__(self, tunnel_id: _Optional[str] = ...) -> None: ...

class CloseTunnelResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ListTunnelsRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ListTunnelsResponse(_message.Message):
    __slots__ = ("tunnels",)
    TUNNELS_FIELD_NUMBER: _ClassVar[int]
    tunnels: _containers.RepeatedCompositeFieldContainer[Tunnel]
    def __init__(self, tunnels: _Optional[_Iterable[_Union[Tunnel, _Mapping]]] = ...) -> None: ...

class SetExternalAddressRequest(_message.Message):
    __slots__ = ("addrs",)
    ADDRS_FIELD_NUMBER: _ClassVar[int]
    addrs: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, addrs: _Optional[_Iterable[str]] = ...) -> None: ...

class SetExternalAddressResponse(_message.Message):
    __slots__ = ("announce_addrs",)
    ANNOUNCE_ADDRS_FIELD_NUMBER: _ClassVar[int]
    announce_addrs: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, announce_addrs: _Optional[_Iterable[str]] = ...) -> None: ...

class RequestNodeTunnelRequest(_message.Message):
    __slots__ = ("node_id",)
    NODE_ID_FIELD_NUMBER: _ClassVar[int]
    node_id: str
    def __init__(self, node_id: _Optional[str] = ...) -> None: ...

class RequestNodeTunnelResponse(_message.Message):
    __slots__ = ("tunnel",)
    TUNNEL_FIELD_NUMBER: _ClassVar[int]
    tunnel: Tunnel
    def __init__(self, tunnel: _Optional[_Union[Tunnel, _Mapping]] = ...) -> None: ...

class ProxyFetchRequest(_message.Message):
    __slots__ = ("method", "url", "headers", "body", "timeout")
    class HeadersEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    METHOD_FIELD_NUMBER: _ClassVar[int]
    URL_FIELD_NUMBER: _ClassVar[int]
    HEADERS_FIELD_NUMBER: _ClassVar[int]
    BODY_FIELD_NUMBER: _ClassVar[int]
    TIMEOUT_FIELD_NUMBER: _ClassVar[int]
    method: str
    url: str
    headers: _containers.ScalarMap[str, str]
    body: bytes
    timeout: _duration_pb2.Duration
    def __init__(self, method: _Optional[str] = ..., url: _Optional[str] = ..., headers: _Optional[_Mapping[str, str]] = ..., body: _Optional[bytes] = ..., timeout: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ...) -> None: ...

class ProxyFetchResponse(_message.Message):
    __slots__ = ("status", "headers", "body")
    class HeadersEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    STATUS_FIELD_NUMBER: _ClassVar[int]
    HEADERS_FIELD_NUMBER: _ClassVar[int]
    BODY_FIELD_NUMBER: _ClassVar[int]
    status: int
    headers: _containers.ScalarMap[str, str]
    body: bytes
    def __init__(self, status: _Optional[int] = ..., headers: _Optional[_Mapping[str, str]] = ..., body: _Optional[bytes] = ...) -> None: ...

class NodeCredit(_message.Message):
    __slots__ = ("node_id", "limit_bytes", "used_bytes", "owed_bytes", "settled_at", "updated_at")
    NODE_ID_FIELD_NUMBER: _ClassVar[int]
    LIMIT_BYTES_FIELD_NUMBER: _ClassVar[int]
    USED_BYTES_FIELD_NUMBER: _ClassVar[int]
    OWED_BYTES_FIELD_NUMBER: _ClassVar[int]
    SETTLED_AT_FIELD_NUMBER: _ClassVar[int]
    UPDATED_AT_FIELD_NUMBER: _ClassVar[int]
    node_id: str
    limit_bytes: int
    used_bytes: int
    owed_bytes: int
    settled_at: _timestamp_pb2.Timestamp
    updated_at: _timestamp_pb2.Timestamp
    def __init__(self, node_id: _Optional[str] = ..., limit_bytes: _Optional[int] = ..., used_bytes: _Optional[int] = ..., owed_bytes: _Optional[int] = ..., settled_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., updated_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class GetNodeCreditRequest(_message.Message):
    __slots__ = ("node_id",)
    NODE_ID_FIELD_NUMBER: _ClassVar[int]
    node_id: str
    def __init__(self, node_id: _Optional[str] = ...) -> None: ...

class GetNodeCreditResponse(_message.Message):
    __slots__ = ("credit",)
    CREDIT_FIELD_NUMBER: _ClassVar[int]
    credit: NodeCredit
    def __init__(self, credit: _Optional[_Union[NodeCredit, _Mapping]] = ...) -> None: ...

class SetNodeCreditLimitRequest(_message.Message):
    __slots__ = ("node_id", "limit_bytes")
    NODE_ID_FIELD_NUMBER: _ClassVar[int]
    LIMIT_BYTES_FIELD_NUMBER: _ClassVar[int]
    node_id: str
    limit_bytes: int
    def __init__(self, node_id: _Optional[str] = ..., limit_bytes: _Optional[int] = ...) -> None: ...

class SetNodeCreditLimitResponse(_message.Message):
    __slots__ = ("credit",)
    CREDIT_FIELD_NUMBER: _ClassVar[int]
    credit: NodeCredit
    def __init__(self, credit: _Optional[_Union[NodeCredit, _Mapping]] = ...) -> None: ...

class ListNodeCreditsRequest(_message.Message):
    __slots__ = ("page",)
    PAGE_FIELD_NUMBER: _ClassVar[int]
    page: _common_pb2.PageRequest
    def __init__(self, page: _Optional[_Union[_common_pb2.PageRequest, _Mapping]] = ...) -> None: ...

class ListNodeCreditsResponse(_message.Message):
    __slots__ = ("credits", "page")
    CREDITS_FIELD_NUMBER: _ClassVar[int]
    PAGE_FIELD_NUMBER: _ClassVar[int]
    credits: _containers.RepeatedCompositeFieldContainer[NodeCredit]
    page: _common_pb2.PageResponse
    def __init__(self, credits: _Optional[_Iterable[_Union[NodeCredit, _Mapping]]] = ..., page: _Optional[_Union[_common_pb2.PageResponse, _Mapping]] = ...) -> None: ...
