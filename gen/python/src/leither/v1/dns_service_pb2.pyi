import datetime

from google.protobuf import timestamp_pb2 as _timestamp_pb2
from leither.v1 import common_pb2 as _common_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class DomainRecord(_message.Message):
    __slots__ = ("domain", "owner_id", "mimei_id", "app_id", "node_id", "version", "addrs", "info", "domain_node_id", "created_at", "updated_at")
    class InfoEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    DOMAIN_FIELD_NUMBER: _ClassVar[int]
    OWNER_ID_FIELD_NUMBER: _ClassVar[int]
    MIMEI_ID_FIELD_NUMBER: _ClassVar[int]
    APP_ID_FIELD_NUMBER: _ClassVar[int]
    NODE_ID_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    ADDRS_FIELD_NUMBER: _ClassVar[int]
    INFO_FIELD_NUMBER: _ClassVar[int]
    DOMAIN_NODE_ID_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FIELD_NUMBER: _ClassVar[int]
    UPDATED_AT_FIELD_NUMBER: _ClassVar[int]
    domain: str
    owner_id: str
    mimei_id: str
    app_id: str
    node_id: str
    version: str
    addrs: _containers.RepeatedScalarFieldContainer[str]
    info: _containers.ScalarMap[str, str]
    domain_node_id: str
    created_at: _timestamp_pb2.Timestamp
    updated_at: _timestamp_pb2.Timestamp
    def __init__(self, domain: _Optional[str] = ..., owner_id: _Optional[str] = ..., mimei_id: _Optional[str] = ..., app_id: _Optional[str] = ..., node_id: _Optional[str] = ..., version: _Optional[str] = ..., addrs: _Optional[_Iterable[str]] = ..., info: _Optional[_Mapping[str, str]] = ..., domain_node_id: _Optional[str] = ..., created_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., updated_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class SetDomainRequest(_message.Message):
    __slots__ = ("domain", "mimei_id", "app_id", "node_id", "version", "addrs", "info")
    class InfoEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    DOMAIN_FIELD_NUMBER: _ClassVar[int]
    MIMEI_ID_FIELD_NUMBER: _ClassVar[int]
    APP_ID_FIELD_NUMBER: _ClassVar[int]
    NODE_ID_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    ADDRS_FIELD_NUMBER: _ClassVar[int]
    INFO_FIELD_NUMBER: _ClassVar[int]
    domain: str
    mimei_id: str
    app_id: str
    node_id: str
    version: str
    addrs: _containers.RepeatedScalarFieldContainer[str]
    info: _containers.ScalarMap[str, str]
    def __init__(self, domain: _Optional[str] = ..., mimei_id: _Optional[str] = ..., app_id: _Optional[str] = ..., node_id: _Optional[str] = ..., version: _Optional[str] = ..., addrs: _Optional[_Iterable[str]] = ..., info: _Optional[_Mapping[str, str]] = ...) -> None: ...

class SetDomainResponse(_message.Message):
    __slots__ = ("record",)
    RECORD_FIELD_NUMBER: _ClassVar[int]
    record: DomainRecord
    def __init__(self, record: _Optional[_Union[DomainRecord, _Mapping]] = ...) -> None: ...

class DeleteDomainRequest(_message.Message):
    __slots__ = ("domain",)
    DOMAIN_FIELD_NUMBER: _ClassVar[int]
    domain: str
    def __init__(self, domain: _Optional[str] = ...) -> None: ...

class DeleteDomainResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ListDomainsRequest(_message.Message):
    __slots__ = ("page",)
    PAGE_FIELD_NUMBER: _ClassVar[int]
    page: _common_pb2.PageRequest
    def __init__(self, page: _Optional[_Union[_common_pb2.PageRequest, _Mapping]] = ...) -> None: ...

class ListDomainsResponse(_message.Message):
    __slots__ = ("records", "page")
    RECORDS_FIELD_NUMBER: _ClassVar[int]
    PAGE_FIELD_NUMBER: _ClassVar[int]
    records: _containers.RepeatedCompositeFieldContainer[DomainRecord]
    page: _common_pb2.PageResponse
    def __init__(self, records: _Optional[_Iterable[_Union[DomainRecord, _Mapping]]] = ..., page: _Optional[_Union[_common_pb2.PageResponse, _Mapping]] = ...) -> None: ...

class UpdateDomainAddrsRequest(_message.Message):
    __slots__ = ("domain", "addrs")
    DOMAIN_FIELD_NUMBER: _ClassVar[int]
    ADDRS_FIELD_NUMBER: _ClassVar[int]
    domain: str
    addrs: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, domain: _Optional[str] = ..., addrs: _Optional[_Iterable[str]] = ...) -> None: ...

class UpdateDomainAddrsResponse(_message.Message):
    __slots__ = ("record",)
    RECORD_FIELD_NUMBER: _ClassVar[int]
    record: DomainRecord
    def __init__(self, record: _Optional[_Union[DomainRecord, _Mapping]] = ...) -> None: ...

class ResolveDomainRequest(_message.Message):
    __slots__ = ("domain",)
    DOMAIN_FIELD_NUMBER: _ClassVar[int]
    domain: str
    def __init__(self, domain: _Optional[str] = ...) -> None: ...

class ResolveDomainResponse(_message.Message):
    __slots__ = ("record", "providers", "local")
    RECORD_FIELD_NUMBER: _ClassVar[int]
    PROVIDERS_FIELD_NUMBER: _ClassVar[int]
    LOCAL_FIELD_NUMBER: _ClassVar[int]
    record: DomainRecord
    providers: _containers.RepeatedCompositeFieldContainer[_common_pb2.PeerAddresses]
    local: bool
    def __init__(self, record: _Optional[_Union[DomainRecord, _Mapping]] = ..., providers: _Optional[_Iterable[_Union[_common_pb2.PeerAddresses, _Mapping]]] = ..., local: bool = ...) -> None: ...
