from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional

DESCRIPTOR: _descriptor.FileDescriptor

class Right(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    RIGHT_UNSPECIFIED: _ClassVar[Right]
    RIGHT_READ: _ClassVar[Right]
    RIGHT_WRITE: _ClassVar[Right]
    RIGHT_BACKUP: _ClassVar[Right]
    RIGHT_RELEASE: _ClassVar[Right]
    RIGHT_ADMIN: _ClassVar[Right]
    RIGHT_EXECUTE: _ClassVar[Right]

class MiMeiType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    MI_MEI_TYPE_UNSPECIFIED: _ClassVar[MiMeiType]
    MI_MEI_TYPE_FILE: _ClassVar[MiMeiType]
    MI_MEI_TYPE_DB: _ClassVar[MiMeiType]
    MI_MEI_TYPE_MMFS: _ClassVar[MiMeiType]
    MI_MEI_TYPE_APP: _ClassVar[MiMeiType]
RIGHT_UNSPECIFIED: Right
RIGHT_READ: Right
RIGHT_WRITE: Right
RIGHT_BACKUP: Right
RIGHT_RELEASE: Right
RIGHT_ADMIN: Right
RIGHT_EXECUTE: Right
MI_MEI_TYPE_UNSPECIFIED: MiMeiType
MI_MEI_TYPE_FILE: MiMeiType
MI_MEI_TYPE_DB: MiMeiType
MI_MEI_TYPE_MMFS: MiMeiType
MI_MEI_TYPE_APP: MiMeiType

class ErrorDetail(_message.Message):
    __slots__ = ("reason", "metadata")
    class MetadataEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    REASON_FIELD_NUMBER: _ClassVar[int]
    METADATA_FIELD_NUMBER: _ClassVar[int]
    reason: str
    metadata: _containers.ScalarMap[str, str]
    def __init__(self, reason: _Optional[str] = ..., metadata: _Optional[_Mapping[str, str]] = ...) -> None: ...

class PageRequest(_message.Message):
    __slots__ = ("page_size", "page_token")
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    page_size: int
    page_token: str
    def __init__(self, page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class PageResponse(_message.Message):
    __slots__ = ("next_page_token",)
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    next_page_token: str
    def __init__(self, next_page_token: _Optional[str] = ...) -> None: ...

class PeerAddresses(_message.Message):
    __slots__ = ("node_id", "peer_id", "addrs")
    NODE_ID_FIELD_NUMBER: _ClassVar[int]
    PEER_ID_FIELD_NUMBER: _ClassVar[int]
    ADDRS_FIELD_NUMBER: _ClassVar[int]
    node_id: str
    peer_id: str
    addrs: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, node_id: _Optional[str] = ..., peer_id: _Optional[str] = ..., addrs: _Optional[_Iterable[str]] = ...) -> None: ...
