import datetime

from google.protobuf import timestamp_pb2 as _timestamp_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class GetNodeInfoRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class GetNodeInfoResponse(_message.Message):
    __slots__ = ("node_id", "peer_id", "public_key", "version", "api_version", "started_at")
    NODE_ID_FIELD_NUMBER: _ClassVar[int]
    PEER_ID_FIELD_NUMBER: _ClassVar[int]
    PUBLIC_KEY_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    API_VERSION_FIELD_NUMBER: _ClassVar[int]
    STARTED_AT_FIELD_NUMBER: _ClassVar[int]
    node_id: str
    peer_id: str
    public_key: bytes
    version: str
    api_version: str
    started_at: _timestamp_pb2.Timestamp
    def __init__(self, node_id: _Optional[str] = ..., peer_id: _Optional[str] = ..., public_key: _Optional[bytes] = ..., version: _Optional[str] = ..., api_version: _Optional[str] = ..., started_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class GetAddressesRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class GetAddressesResponse(_message.Message):
    __slots__ = ("api_urls", "listen_addrs", "announce_addrs")
    API_URLS_FIELD_NUMBER: _ClassVar[int]
    LISTEN_ADDRS_FIELD_NUMBER: _ClassVar[int]
    ANNOUNCE_ADDRS_FIELD_NUMBER: _ClassVar[int]
    api_urls: _containers.RepeatedScalarFieldContainer[str]
    listen_addrs: _containers.RepeatedScalarFieldContainer[str]
    announce_addrs: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, api_urls: _Optional[_Iterable[str]] = ..., listen_addrs: _Optional[_Iterable[str]] = ..., announce_addrs: _Optional[_Iterable[str]] = ...) -> None: ...

class GetStatsRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class GetStatsResponse(_message.Message):
    __slots__ = ("requests_total", "sessions_active", "mimei_count", "database_bytes", "blob_bytes", "rss_bytes", "uptime_seconds", "load_average", "users_count")
    REQUESTS_TOTAL_FIELD_NUMBER: _ClassVar[int]
    SESSIONS_ACTIVE_FIELD_NUMBER: _ClassVar[int]
    MIMEI_COUNT_FIELD_NUMBER: _ClassVar[int]
    DATABASE_BYTES_FIELD_NUMBER: _ClassVar[int]
    BLOB_BYTES_FIELD_NUMBER: _ClassVar[int]
    RSS_BYTES_FIELD_NUMBER: _ClassVar[int]
    UPTIME_SECONDS_FIELD_NUMBER: _ClassVar[int]
    LOAD_AVERAGE_FIELD_NUMBER: _ClassVar[int]
    USERS_COUNT_FIELD_NUMBER: _ClassVar[int]
    requests_total: int
    sessions_active: int
    mimei_count: int
    database_bytes: int
    blob_bytes: int
    rss_bytes: int
    uptime_seconds: float
    load_average: float
    users_count: int
    def __init__(self, requests_total: _Optional[int] = ..., sessions_active: _Optional[int] = ..., mimei_count: _Optional[int] = ..., database_bytes: _Optional[int] = ..., blob_bytes: _Optional[int] = ..., rss_bytes: _Optional[int] = ..., uptime_seconds: _Optional[float] = ..., load_average: _Optional[float] = ..., users_count: _Optional[int] = ...) -> None: ...
