import datetime

from google.protobuf import duration_pb2 as _duration_pb2
from google.protobuf import timestamp_pb2 as _timestamp_pb2
from leither.v1 import common_pb2 as _common_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class DbValueType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    DB_VALUE_TYPE_UNSPECIFIED: _ClassVar[DbValueType]
    DB_VALUE_TYPE_STRING: _ClassVar[DbValueType]
    DB_VALUE_TYPE_HASH: _ClassVar[DbValueType]
    DB_VALUE_TYPE_LIST: _ClassVar[DbValueType]
    DB_VALUE_TYPE_SET: _ClassVar[DbValueType]
    DB_VALUE_TYPE_ZSET: _ClassVar[DbValueType]

class DbWriteCondition(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    DB_WRITE_CONDITION_UNSPECIFIED: _ClassVar[DbWriteCondition]
    DB_WRITE_CONDITION_IF_NOT_EXISTS: _ClassVar[DbWriteCondition]
    DB_WRITE_CONDITION_IF_EXISTS: _ClassVar[DbWriteCondition]
DB_VALUE_TYPE_UNSPECIFIED: DbValueType
DB_VALUE_TYPE_STRING: DbValueType
DB_VALUE_TYPE_HASH: DbValueType
DB_VALUE_TYPE_LIST: DbValueType
DB_VALUE_TYPE_SET: DbValueType
DB_VALUE_TYPE_ZSET: DbValueType
DB_WRITE_CONDITION_UNSPECIFIED: DbWriteCondition
DB_WRITE_CONDITION_IF_NOT_EXISTS: DbWriteCondition
DB_WRITE_CONDITION_IF_EXISTS: DbWriteCondition

class DbKeyValue(_message.Message):
    __slots__ = ("key", "value")
    KEY_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    key: str
    value: bytes
    def __init__(self, key: _Optional[str] = ..., value: _Optional[bytes] = ...) -> None: ...

class DbFieldValue(_message.Message):
    __slots__ = ("field", "value")
    FIELD_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    field: str
    value: bytes
    def __init__(self, field: _Optional[str] = ..., value: _Optional[bytes] = ...) -> None: ...

class DbOptionalValue(_message.Message):
    __slots__ = ("found", "value")
    FOUND_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    found: bool
    value: bytes
    def __init__(self, found: bool = ..., value: _Optional[bytes] = ...) -> None: ...

class DbScoredMember(_message.Message):
    __slots__ = ("member", "score")
    MEMBER_FIELD_NUMBER: _ClassVar[int]
    SCORE_FIELD_NUMBER: _ClassVar[int]
    member: bytes
    score: float
    def __init__(self, member: _Optional[bytes] = ..., score: _Optional[float] = ...) -> None: ...

class DbScoreRange(_message.Message):
    __slots__ = ("min", "max", "min_exclusive", "max_exclusive")
    MIN_FIELD_NUMBER: _ClassVar[int]
    MAX_FIELD_NUMBER: _ClassVar[int]
    MIN_EXCLUSIVE_FIELD_NUMBER: _ClassVar[int]
    MAX_EXCLUSIVE_FIELD_NUMBER: _ClassVar[int]
    min: float
    max: float
    min_exclusive: bool
    max_exclusive: bool
    def __init__(self, min: _Optional[float] = ..., max: _Optional[float] = ..., min_exclusive: bool = ..., max_exclusive: bool = ...) -> None: ...

class SetRequest(_message.Message):
    __slots__ = ("handle", "transaction_id", "key", "value", "ttl", "condition", "keep_ttl", "return_old")
    HANDLE_FIELD_NUMBER: _ClassVar[int]
    TRANSACTION_ID_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TTL_FIELD_NUMBER: _ClassVar[int]
    CONDITION_FIELD_NUMBER: _ClassVar[int]
    KEEP_TTL_FIELD_NUMBER: _ClassVar[int]
    RETURN_OLD_FIELD_NUMBER: _ClassVar[int]
    handle: str
    transaction_id: str
    key: str
    value: bytes
    ttl: _duration_pb2.Duration
    condition: DbWriteCondition
    keep_ttl: bool
    return_old: bool
    def __init__(self, handle: _Optional[str] = ..., transaction_id: _Optional[str] = ..., key: _Optional[str] = ..., value: _Optional[bytes] = ..., ttl: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ..., condition: _Optional[_Union[DbWriteCondition, str]] = ..., keep_ttl: bool = ..., return_old: bool = ...) -> None: ...

class SetResponse(_message.Message):
    __slots__ = ("applied", "old")
    APPLIED_FIELD_NUMBER: _ClassVar[int]
    OLD_FIELD_NUMBER: _ClassVar[int]
    applied: bool
    old: DbOptionalValue
    def __init__(self, applied: bool = ..., old: _Optional[_Union[DbOptionalValue, _Mapping]] = ...) -> None: ...

class GetRequest(_message.Message):
    __slots__ = ("handle", "transaction_id", "key")
    HANDLE_FIELD_NUMBER: _ClassVar[int]
    TRANSACTION_ID_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    handle: str
    transaction_id: str
    key: str
    def __init__(self, handle: _Optional[str] = ..., transaction_id: _Optional[str] = ..., key: _Optional[str] = ...) -> None: ...

class GetResponse(_message.Message):
    __slots__ = ("found", "value")
    FOUND_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    found: bool
    value: bytes
    def __init__(self, found: bool = ..., value: _Optional[bytes] = ...) -> None: ...

class DelRequest(_message.Message):
    __slots__ = ("handle", "transaction_id", "keys")
    HANDLE_FIELD_NUMBER: _ClassVar[int]
    TRANSACTION_ID_FIELD_NUMBER: _ClassVar[int]
    KEYS_FIELD_NUMBER: _ClassVar[int]
    handle: str
    transaction_id: str
    keys: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, handle: _Optional[str] = ..., transaction_id: _Optional[str] = ..., keys: _Optional[_Iterable[str]] = ...) -> None: ...

class DelResponse(_message.Message):
    __slots__ = ("deleted",)
    DELETED_FIELD_NUMBER: _ClassVar[int]
    deleted: int
    def __init__(self, deleted: _Optional[int] = ...) -> None: ...

class ExistsRequest(_message.Message):
    __slots__ = ("handle", "transaction_id", "keys")
    HANDLE_FIELD_NUMBER: _ClassVar[int]
    TRANSACTION_ID_FIELD_NUMBER: _ClassVar[int]
    KEYS_FIELD_NUMBER: _ClassVar[int]
    handle: str
    transaction_id: str
    keys: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, handle: _Optional[str] = ..., transaction_id: _Optional[str] = ..., keys: _Optional[_Iterable[str]] = ...) -> None: ...

class ExistsResponse(_message.Message):
    __slots__ = ("count",)
    COUNT_FIELD_NUMBER: _ClassVar[int]
    count: int
    def __init__(self, count: _Optional[int] = ...) -> None: ...

class IncrRequest(_message.Message):
    __slots__ = ("handle", "transaction_id", "key")
    HANDLE_FIELD_NUMBER: _ClassVar[int]
    TRANSACTION_ID_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    handle: str
    transaction_id: str
    key: str
    def __init__(self, handle: _Optional[str] = ..., transaction_id: _Optional[str] = ..., key: _Optional[str] = ...) -> None: ...

class IncrResponse(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class IncrByRequest(_message.Message):
    __slots__ = ("handle", "transaction_id", "key", "delta")
    HANDLE_FIELD_NUMBER: _ClassVar[int]
    TRANSACTION_ID_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    DELTA_FIELD_NUMBER: _ClassVar[int]
    handle: str
    transaction_id: str
    key: str
    delta: int
    def __init__(self, handle: _Optional[str] = ..., transaction_id: _Optional[str] = ..., key: _Optional[str] = ..., delta: _Optional[int] = ...) -> None: ...

class IncrByResponse(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class StrlenRequest(_message.Message):
    __slots__ = ("handle", "transaction_id", "key")
    HANDLE_FIELD_NUMBER: _ClassVar[int]
    TRANSACTION_ID_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    handle: str
    transaction_id: str
    key: str
    def __init__(self, handle: _Optional[str] = ..., transaction_id: _Optional[str] = ..., key: _Optional[str] = ...) -> None: ...

class StrlenResponse(_message.Message):
    __slots__ = ("length",)
    LENGTH_FIELD_NUMBER: _ClassVar[int]
    length: int
    def __init__(self, length: _Optional[int] = ...) -> None: ...

class MGetRequest(_message.Message):
    __slots__ = ("handle", "transaction_id", "keys")
    HANDLE_FIELD_NUMBER: _ClassVar[int]
    TRANSACTION_ID_FIELD_NUMBER: _ClassVar[int]
    KEYS_FIELD_NUMBER: _ClassVar[int]
    handle: str
    transaction_id: str
    keys: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, handle: _Optional[str] = ..., transaction_id: _Optional[str] = ..., keys: _Optional[_Iterable[str]] = ...) -> None: ...

class MGetResponse(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedCompositeFieldContainer[DbOptionalValue]
    def __init__(self, values: _Optional[_Iterable[_Union[DbOptionalValue, _Mapping]]] = ...) -> None: ...

class MSetRequest(_message.Message):
    __slots__ = ("handle", "transaction_id", "entries")
    HANDLE_FIELD_NUMBER: _ClassVar[int]
    TRANSACTION_ID_FIELD_NUMBER: _ClassVar[int]
    ENTRIES_FIELD_NUMBER: _ClassVar[int]
    handle: str
    transaction_id: str
    entries: _containers.RepeatedCompositeFieldContainer[DbKeyValue]
    def __init__(self, handle: _Optional[str] = ..., transaction_id: _Optional[str] = ..., entries: _Optional[_Iterable[_Union[DbKeyValue, _Mapping]]] = ...) -> None: ...

class MSetResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ExpireRequest(_message.Message):
    __slots__ = ("handle", "transaction_id", "key", "ttl", "persist")
    HANDLE_FIELD_NUMBER: _ClassVar[int]
    TRANSACTION_ID_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    TTL_FIELD_NUMBER: _ClassVar[int]
    PERSIST_FIELD_NUMBER: _ClassVar[int]
    handle: str
    transaction_id: str
    key: str
    ttl: _duration_pb2.Duration
    persist: bool
    def __init__(self, handle: _Optional[str] = ..., transaction_id: _Optional[str] = ..., key: _Optional[str] = ..., ttl: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ..., persist: bool = ...) -> None: ...

class ExpireResponse(_message.Message):
    __slots__ = ("applied",)
    APPLIED_FIELD_NUMBER: _ClassVar[int]
    applied: bool
    def __init__(self, applied: bool = ...) -> None: ...

class TtlRequest(_message.Message):
    __slots__ = ("handle", "transaction_id", "key")
    HANDLE_FIELD_NUMBER: _ClassVar[int]
    TRANSACTION_ID_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    handle: str
    transaction_id: str
    key: str
    def __init__(self, handle: _Optional[str] = ..., transaction_id: _Optional[str] = ..., key: _Optional[str] = ...) -> None: ...

class TtlResponse(_message.Message):
    __slots__ = ("found", "has_expiry", "ttl")
    FOUND_FIELD_NUMBER: _ClassVar[int]
    HAS_EXPIRY_FIELD_NUMBER: _ClassVar[int]
    TTL_FIELD_NUMBER: _ClassVar[int]
    found: bool
    has_expiry: bool
    ttl: _duration_pb2.Duration
    def __init__(self, found: bool = ..., has_expiry: bool = ..., ttl: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ...) -> None: ...

class HSetRequest(_message.Message):
    __slots__ = ("handle", "transaction_id", "key", "field", "value")
    HANDLE_FIELD_NUMBER: _ClassVar[int]
    TRANSACTION_ID_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    FIELD_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    handle: str
    transaction_id: str
    key: str
    field: str
    value: bytes
    def __init__(self, handle: _Optional[str] = ..., transaction_id: _Optional[str] = ..., key: _Optional[str] = ..., field: _Optional[str] = ..., value: _Optional[bytes] = ...) -> None: ...

class HSetResponse(_message.Message):
    __slots__ = ("created",)
    CREATED_FIELD_NUMBER: _ClassVar[int]
    created: bool
    def __init__(self, created: bool = ...) -> None: ...

class HGetRequest(_message.Message):
    __slots__ = ("handle", "transaction_id", "key", "field")
    HANDLE_FIELD_NUMBER: _ClassVar[int]
    TRANSACTION_ID_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    FIELD_FIELD_NUMBER: _ClassVar[int]
    handle: str
    transaction_id: str
    key: str
    field: str
    def __init__(self, handle: _Optional[str] = ..., transaction_id: _Optional[str] = ..., key: _Optional[str] = ..., field: _Optional[str] = ...) -> None: ...

class HGetResponse(_message.Message):
    __slots__ = ("found", "value")
    FOUND_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    found: bool
    value: bytes
    def __init__(self, found: bool = ..., value: _Optional[bytes] = ...) -> None: ...

class HMSetRequest(_message.Message):
    __slots__ = ("handle", "transaction_id", "key", "fields")
    HANDLE_FIELD_NUMBER: _ClassVar[int]
    TRANSACTION_ID_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    FIELDS_FIELD_NUMBER: _ClassVar[int]
    handle: str
    transaction_id: str
    key: str
    fields: _containers.RepeatedCompositeFieldContainer[DbFieldValue]
    def __init__(self, handle: _Optional[str] = ..., transaction_id: _Optional[str] = ..., key: _Optional[str] = ..., fields: _Optional[_Iterable[_Union[DbFieldValue, _Mapping]]] = ...) -> None: ...

class HMSetResponse(_message.Message):
    __slots__ = ("created",)
    CREATED_FIELD_NUMBER: _ClassVar[int]
    created: int
    def __init__(self, created: _Optional[int] = ...) -> None: ...

class HMGetRequest(_message.Message):
    __slots__ = ("handle", "transaction_id", "key", "fields")
    HANDLE_FIELD_NUMBER: _ClassVar[int]
    TRANSACTION_ID_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    FIELDS_FIELD_NUMBER: _ClassVar[int]
    handle: str
    transaction_id: str
    key: str
    fields: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, handle: _Optional[str] = ..., transaction_id: _Optional[str] = ..., key: _Optional[str] = ..., fields: _Optional[_Iterable[str]] = ...) -> None: ...

class HMGetResponse(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedCompositeFieldContainer[DbOptionalValue]
    def __init__(self, values: _Optional[_Iterable[_Union[DbOptionalValue, _Mapping]]] = ...) -> None: ...

class HGetAllRequest(_message.Message):
    __slots__ = ("handle", "transaction_id", "key")
    HANDLE_FIELD_NUMBER: _ClassVar[int]
    TRANSACTION_ID_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    handle: str
    transaction_id: str
    key: str
    def __init__(self, handle: _Optional[str] = ..., transaction_id: _Optional[str] = ..., key: _Optional[str] = ...) -> None: ...

class HGetAllResponse(_message.Message):
    __slots__ = ("fields",)
    FIELDS_FIELD_NUMBER: _ClassVar[int]
    fields: _containers.RepeatedCompositeFieldContainer[DbFieldValue]
    def __init__(self, fields: _Optional[_Iterable[_Union[DbFieldValue, _Mapping]]] = ...) -> None: ...

class HKeysRequest(_message.Message):
    __slots__ = ("handle", "transaction_id", "key")
    HANDLE_FIELD_NUMBER: _ClassVar[int]
    TRANSACTION_ID_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    handle: str
    transaction_id: str
    key: str
    def __init__(self, handle: _Optional[str] = ..., transaction_id: _Optional[str] = ..., key: _Optional[str] = ...) -> None: ...

class HKeysResponse(_message.Message):
    __slots__ = ("fields",)
    FIELDS_FIELD_NUMBER: _ClassVar[int]
    fields: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, fields: _Optional[_Iterable[str]] = ...) -> None: ...

class HValsRequest(_message.Message):
    __slots__ = ("handle", "transaction_id", "key")
    HANDLE_FIELD_NUMBER: _ClassVar[int]
    TRANSACTION_ID_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    handle: str
    transaction_id: str
    key: str
    def __init__(self, handle: _Optional[str] = ..., transaction_id: _Optional[str] = ..., key: _Optional[str] = ...) -> None: ...

class HValsResponse(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[bytes]
    def __init__(self, values: _Optional[_Iterable[bytes]] = ...) -> None: ...

class HDelRequest(_message.Message):
    __slots__ = ("handle", "transaction_id", "key", "fields")
    HANDLE_FIELD_NUMBER: _ClassVar[int]
    TRANSACTION_ID_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    FIELDS_FIELD_NUMBER: _ClassVar[int]
    handle: str
    transaction_id: str
    key: str
    fields: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, handle: _Optional[str] = ..., transaction_id: _Optional[str] = ..., key: _Optional[str] = ..., fields: _Optional[_Iterable[str]] = ...) -> None: ...

class HDelResponse(_message.Message):
    __slots__ = ("deleted",)
    DELETED_FIELD_NUMBER: _ClassVar[int]
    deleted: int
    def __init__(self, deleted: _Optional[int] = ...) -> None: ...

class HLenRequest(_message.Message):
    __slots__ = ("handle", "transaction_id", "key")
    HANDLE_FIELD_NUMBER: _ClassVar[int]
    TRANSACTION_ID_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    handle: str
    transaction_id: str
    key: str
    def __init__(self, handle: _Optional[str] = ..., transaction_id: _Optional[str] = ..., key: _Optional[str] = ...) -> None: ...

class HLenResponse(_message.Message):
    __slots__ = ("length",)
    LENGTH_FIELD_NUMBER: _ClassVar[int]
    length: int
    def __init__(self, length: _Optional[int] = ...) -> None: ...

class HExistsRequest(_message.Message):
    __slots__ = ("handle", "transaction_id", "key", "field")
    HANDLE_FIELD_NUMBER: _ClassVar[int]
    TRANSACTION_ID_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    FIELD_FIELD_NUMBER: _ClassVar[int]
    handle: str
    transaction_id: str
    key: str
    field: str
    def __init__(self, handle: _Optional[str] = ..., transaction_id: _Optional[str] = ..., key: _Optional[str] = ..., field: _Optional[str] = ...) -> None: ...

class HExistsResponse(_message.Message):
    __slots__ = ("exists",)
    EXISTS_FIELD_NUMBER: _ClassVar[int]
    exists: bool
    def __init__(self, exists: bool = ...) -> None: ...

class HIncrByRequest(_message.Message):
    __slots__ = ("handle", "transaction_id", "key", "field", "delta")
    HANDLE_FIELD_NUMBER: _ClassVar[int]
    TRANSACTION_ID_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    FIELD_FIELD_NUMBER: _ClassVar[int]
    DELTA_FIELD_NUMBER: _ClassVar[int]
    handle: str
    transaction_id: str
    key: str
    field: str
    delta: int
    def __init__(self, handle: _Optional[str] = ..., transaction_id: _Optional[str] = ..., key: _Optional[str] = ..., field: _Optional[str] = ..., delta: _Optional[int] = ...) -> None: ...

class HIncrByResponse(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class HScanRequest(_message.Message):
    __slots__ = ("handle", "transaction_id", "key", "start_field", "inclusive", "pattern", "count")
    HANDLE_FIELD_NUMBER: _ClassVar[int]
    TRANSACTION_ID_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    START_FIELD_FIELD_NUMBER: _ClassVar[int]
    INCLUSIVE_FIELD_NUMBER: _ClassVar[int]
    PATTERN_FIELD_NUMBER: _ClassVar[int]
    COUNT_FIELD_NUMBER: _ClassVar[int]
    handle: str
    transaction_id: str
    key: str
    start_field: str
    inclusive: bool
    pattern: str
    count: int
    def __init__(self, handle: _Optional[str] = ..., transaction_id: _Optional[str] = ..., key: _Optional[str] = ..., start_field: _Optional[str] = ..., inclusive: bool = ..., pattern: _Optional[str] = ..., count: _Optional[int] = ...) -> None: ...

class HScanResponse(_message.Message):
    __slots__ = ("fields", "more")
    FIELDS_FIELD_NUMBER: _ClassVar[int]
    MORE_FIELD_NUMBER: _ClassVar[int]
    fields: _containers.RepeatedCompositeFieldContainer[DbFieldValue]
    more: bool
    def __init__(self, fields: _Optional[_Iterable[_Union[DbFieldValue, _Mapping]]] = ..., more: bool = ...) -> None: ...

class HRevScanRequest(_message.Message):
    __slots__ = ("handle", "transaction_id", "key", "start_field", "inclusive", "pattern", "count")
    HANDLE_FIELD_NUMBER: _ClassVar[int]
    TRANSACTION_ID_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    START_FIELD_FIELD_NUMBER: _ClassVar[int]
    INCLUSIVE_FIELD_NUMBER: _ClassVar[int]
    PATTERN_FIELD_NUMBER: _ClassVar[int]
    COUNT_FIELD_NUMBER: _ClassVar[int]
    handle: str
    transaction_id: str
    key: str
    start_field: str
    inclusive: bool
    pattern: str
    count: int
    def __init__(self, handle: _Optional[str] = ..., transaction_id: _Optional[str] = ..., key: _Optional[str] = ..., start_field: _Optional[str] = ..., inclusive: bool = ..., pattern: _Optional[str] = ..., count: _Optional[int] = ...) -> None: ...

class HRevScanResponse(_message.Message):
    __slots__ = ("fields", "more")
    FIELDS_FIELD_NUMBER: _ClassVar[int]
    MORE_FIELD_NUMBER: _ClassVar[int]
    fields: _containers.RepeatedCompositeFieldContainer[DbFieldValue]
    more: bool
    def __init__(self, fields: _Optional[_Iterable[_Union[DbFieldValue, _Mapping]]] = ..., more: bool = ...) -> None: ...

class HClearRequest(_message.Message):
    __slots__ = ("handle", "transaction_id", "keys")
    HANDLE_FIELD_NUMBER: _ClassVar[int]
    TRANSACTION_ID_FIELD_NUMBER: _ClassVar[int]
    KEYS_FIELD_NUMBER: _ClassVar[int]
    handle: str
    transaction_id: str
    keys: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, handle: _Optional[str] = ..., transaction_id: _Optional[str] = ..., keys: _Optional[_Iterable[str]] = ...) -> None: ...

class HClearResponse(_message.Message):
    __slots__ = ("deleted",)
    DELETED_FIELD_NUMBER: _ClassVar[int]
    deleted: int
    def __init__(self, deleted: _Optional[int] = ...) -> None: ...

class LPushRequest(_message.Message):
    __slots__ = ("handle", "transaction_id", "key", "values")
    HANDLE_FIELD_NUMBER: _ClassVar[int]
    TRANSACTION_ID_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    VALUES_FIELD_NUMBER: _ClassVar[int]
    handle: str
    transaction_id: str
    key: str
    values: _containers.RepeatedScalarFieldContainer[bytes]
    def __init__(self, handle: _Optional[str] = ..., transaction_id: _Optional[str] = ..., key: _Optional[str] = ..., values: _Optional[_Iterable[bytes]] = ...) -> None: ...

class LPushResponse(_message.Message):
    __slots__ = ("length",)
    LENGTH_FIELD_NUMBER: _ClassVar[int]
    length: int
    def __init__(self, length: _Optional[int] = ...) -> None: ...

class RPushRequest(_message.Message):
    __slots__ = ("handle", "transaction_id", "key", "values")
    HANDLE_FIELD_NUMBER: _ClassVar[int]
    TRANSACTION_ID_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    VALUES_FIELD_NUMBER: _ClassVar[int]
    handle: str
    transaction_id: str
    key: str
    values: _containers.RepeatedScalarFieldContainer[bytes]
    def __init__(self, handle: _Optional[str] = ..., transaction_id: _Optional[str] = ..., key: _Optional[str] = ..., values: _Optional[_Iterable[bytes]] = ...) -> None: ...

class RPushResponse(_message.Message):
    __slots__ = ("length",)
    LENGTH_FIELD_NUMBER: _ClassVar[int]
    length: int
    def __init__(self, length: _Optional[int] = ...) -> None: ...

class LPopRequest(_message.Message):
    __slots__ = ("handle", "transaction_id", "key", "count")
    HANDLE_FIELD_NUMBER: _ClassVar[int]
    TRANSACTION_ID_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    COUNT_FIELD_NUMBER: _ClassVar[int]
    handle: str
    transaction_id: str
    key: str
    count: int
    def __init__(self, handle: _Optional[str] = ..., transaction_id: _Optional[str] = ..., key: _Optional[str] = ..., count: _Optional[int] = ...) -> None: ...

class LPopResponse(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[bytes]
    def __init__(self, values: _Optional[_Iterable[bytes]] = ...) -> None: ...

class RPopRequest(_message.Message):
    __slots__ = ("handle", "transaction_id", "key", "count")
    HANDLE_FIELD_NUMBER: _ClassVar[int]
    TRANSACTION_ID_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    COUNT_FIELD_NUMBER: _ClassVar[int]
    handle: str
    transaction_id: str
    key: str
    count: int
    def __init__(self, handle: _Optional[str] = ..., transaction_id: _Optional[str] = ..., key: _Optional[str] = ..., count: _Optional[int] = ...) -> None: ...

class RPopResponse(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[bytes]
    def __init__(self, values: _Optional[_Iterable[bytes]] = ...) -> None: ...

class LRangeRequest(_message.Message):
    __slots__ = ("handle", "transaction_id", "key", "start", "stop")
    HANDLE_FIELD_NUMBER: _ClassVar[int]
    TRANSACTION_ID_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    START_FIELD_NUMBER: _ClassVar[int]
    STOP_FIELD_NUMBER: _ClassVar[int]
    handle: str
    transaction_id: str
    key: str
    start: int
    stop: int
    def __init__(self, handle: _Optional[str] = ..., transaction_id: _Optional[str] = ..., key: _Optional[str] = ..., start: _Optional[int] = ..., stop: _Optional[int] = ...) -> None: ...

class LRangeResponse(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[bytes]
    def __init__(self, values: _Optional[_Iterable[bytes]] = ...) -> None: ...

class LLenRequest(_message.Message):
    __slots__ = ("handle", "transaction_id", "key")
    HANDLE_FIELD_NUMBER: _ClassVar[int]
    TRANSACTION_ID_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    handle: str
    transaction_id: str
    key: str
    def __init__(self, handle: _Optional[str] = ..., transaction_id: _Optional[str] = ..., key: _Optional[str] = ...) -> None: ...

class LLenResponse(_message.Message):
    __slots__ = ("length",)
    LENGTH_FIELD_NUMBER: _ClassVar[int]
    length: int
    def __init__(self, length: _Optional[int] = ...) -> None: ...

class LIndexRequest(_message.Message):
    __slots__ = ("handle", "transaction_id", "key", "index")
    HANDLE_FIELD_NUMBER: _ClassVar[int]
    TRANSACTION_ID_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    INDEX_FIELD_NUMBER: _ClassVar[int]
    handle: str
    transaction_id: str
    key: str
    index: int
    def __init__(self, handle: _Optional[str] = ..., transaction_id: _Optional[str] = ..., key: _Optional[str] = ..., index: _Optional[int] = ...) -> None: ...

class LIndexResponse(_message.Message):
    __slots__ = ("found", "value")
    FOUND_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    found: bool
    value: bytes
    def __init__(self, found: bool = ..., value: _Optional[bytes] = ...) -> None: ...

class LSetRequest(_message.Message):
    __slots__ = ("handle", "transaction_id", "key", "index", "value")
    HANDLE_FIELD_NUMBER: _ClassVar[int]
    TRANSACTION_ID_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    INDEX_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    handle: str
    transaction_id: str
    key: str
    index: int
    value: bytes
    def __init__(self, handle: _Optional[str] = ..., transaction_id: _Optional[str] = ..., key: _Optional[str] = ..., index: _Optional[int] = ..., value: _Optional[bytes] = ...) -> None: ...

class LSetResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class LTrimRequest(_message.Message):
    __slots__ = ("handle", "transaction_id", "key", "start", "stop")
    HANDLE_FIELD_NUMBER: _ClassVar[int]
    TRANSACTION_ID_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    START_FIELD_NUMBER: _ClassVar[int]
    STOP_FIELD_NUMBER: _ClassVar[int]
    handle: str
    transaction_id: str
    key: str
    start: int
    stop: int
    def __init__(self, handle: _Optional[str] = ..., transaction_id: _Optional[str] = ..., key: _Optional[str] = ..., start: _Optional[int] = ..., stop: _Optional[int] = ...) -> None: ...

class LTrimResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class SAddRequest(_message.Message):
    __slots__ = ("handle", "transaction_id", "key", "members")
    HANDLE_FIELD_NUMBER: _ClassVar[int]
    TRANSACTION_ID_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    MEMBERS_FIELD_NUMBER: _ClassVar[int]
    handle: str
    transaction_id: str
    key: str
    members: _containers.RepeatedScalarFieldContainer[bytes]
    def __init__(self, handle: _Optional[str] = ..., transaction_id: _Optional[str] = ..., key: _Optional[str] = ..., members: _Optional[_Iterable[bytes]] = ...) -> None: ...

class SAddResponse(_message.Message):
    __slots__ = ("added",)
    ADDED_FIELD_NUMBER: _ClassVar[int]
    added: int
    def __init__(self, added: _Optional[int] = ...) -> None: ...

class SRemRequest(_message.Message):
    __slots__ = ("handle", "transaction_id", "key", "members")
    HANDLE_FIELD_NUMBER: _ClassVar[int]
    TRANSACTION_ID_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    MEMBERS_FIELD_NUMBER: _ClassVar[int]
    handle: str
    transaction_id: str
    key: str
    members: _containers.RepeatedScalarFieldContainer[bytes]
    def __init__(self, handle: _Optional[str] = ..., transaction_id: _Optional[str] = ..., key: _Optional[str] = ..., members: _Optional[_Iterable[bytes]] = ...) -> None: ...

class SRemResponse(_message.Message):
    __slots__ = ("removed",)
    REMOVED_FIELD_NUMBER: _ClassVar[int]
    removed: int
    def __init__(self, removed: _Optional[int] = ...) -> None: ...

class SMembersRequest(_message.Message):
    __slots__ = ("handle", "transaction_id", "key")
    HANDLE_FIELD_NUMBER: _ClassVar[int]
    TRANSACTION_ID_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    handle: str
    transaction_id: str
    key: str
    def __init__(self, handle: _Optional[str] = ..., transaction_id: _Optional[str] = ..., key: _Optional[str] = ...) -> None: ...

class SMembersResponse(_message.Message):
    __slots__ = ("members",)
    MEMBERS_FIELD_NUMBER: _ClassVar[int]
    members: _containers.RepeatedScalarFieldContainer[bytes]
    def __init__(self, members: _Optional[_Iterable[bytes]] = ...) -> None: ...

class SIsMemberRequest(_message.Message):
    __slots__ = ("handle", "transaction_id", "key", "member")
    HANDLE_FIELD_NUMBER: _ClassVar[int]
    TRANSACTION_ID_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    MEMBER_FIELD_NUMBER: _ClassVar[int]
    handle: str
    transaction_id: str
    key: str
    member: bytes
    def __init__(self, handle: _Optional[str] = ..., transaction_id: _Optional[str] = ..., key: _Optional[str] = ..., member: _Optional[bytes] = ...) -> None: ...

class SIsMemberResponse(_message.Message):
    __slots__ = ("is_member",)
    IS_MEMBER_FIELD_NUMBER: _ClassVar[int]
    is_member: bool
    def __init__(self, is_member: bool = ...) -> None: ...

class SCardRequest(_message.Message):
    __slots__ = ("handle", "transaction_id", "key")
    HANDLE_FIELD_NUMBER: _ClassVar[int]
    TRANSACTION_ID_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    handle: str
    transaction_id: str
    key: str
    def __init__(self, handle: _Optional[str] = ..., transaction_id: _Optional[str] = ..., key: _Optional[str] = ...) -> None: ...

class SCardResponse(_message.Message):
    __slots__ = ("count",)
    COUNT_FIELD_NUMBER: _ClassVar[int]
    count: int
    def __init__(self, count: _Optional[int] = ...) -> None: ...

class SInterRequest(_message.Message):
    __slots__ = ("handle", "transaction_id", "keys")
    HANDLE_FIELD_NUMBER: _ClassVar[int]
    TRANSACTION_ID_FIELD_NUMBER: _ClassVar[int]
    KEYS_FIELD_NUMBER: _ClassVar[int]
    handle: str
    transaction_id: str
    keys: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, handle: _Optional[str] = ..., transaction_id: _Optional[str] = ..., keys: _Optional[_Iterable[str]] = ...) -> None: ...

class SInterResponse(_message.Message):
    __slots__ = ("members",)
    MEMBERS_FIELD_NUMBER: _ClassVar[int]
    members: _containers.RepeatedScalarFieldContainer[bytes]
    def __init__(self, members: _Optional[_Iterable[bytes]] = ...) -> None: ...

class SUnionRequest(_message.Message):
    __slots__ = ("handle", "transaction_id", "keys")
    HANDLE_FIELD_NUMBER: _ClassVar[int]
    TRANSACTION_ID_FIELD_NUMBER: _ClassVar[int]
    KEYS_FIELD_NUMBER: _ClassVar[int]
    handle: str
    transaction_id: str
    keys: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, handle: _Optional[str] = ..., transaction_id: _Optional[str] = ..., keys: _Optional[_Iterable[str]] = ...) -> None: ...

class SUnionResponse(_message.Message):
    __slots__ = ("members",)
    MEMBERS_FIELD_NUMBER: _ClassVar[int]
    members: _containers.RepeatedScalarFieldContainer[bytes]
    def __init__(self, members: _Optional[_Iterable[bytes]] = ...) -> None: ...

class SDiffRequest(_message.Message):
    __slots__ = ("handle", "transaction_id", "keys")
    HANDLE_FIELD_NUMBER: _ClassVar[int]
    TRANSACTION_ID_FIELD_NUMBER: _ClassVar[int]
    KEYS_FIELD_NUMBER: _ClassVar[int]
    handle: str
    transaction_id: str
    keys: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, handle: _Optional[str] = ..., transaction_id: _Optional[str] = ..., keys: _Optional[_Iterable[str]] = ...) -> None: ...

class SDiffResponse(_message.Message):
    __slots__ = ("members",)
    MEMBERS_FIELD_NUMBER: _ClassVar[int]
    members: _containers.RepeatedScalarFieldContainer[bytes]
    def __init__(self, members: _Optional[_Iterable[bytes]] = ...) -> None: ...

class ZAddRequest(_message.Message):
    __slots__ = ("handle", "transaction_id", "key", "members", "condition", "score_by_sequence", "greater_than", "less_than", "increment")
    HANDLE_FIELD_NUMBER: _ClassVar[int]
    TRANSACTION_ID_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    MEMBERS_FIELD_NUMBER: _ClassVar[int]
    CONDITION_FIELD_NUMBER: _ClassVar[int]
    SCORE_BY_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    GREATER_THAN_FIELD_NUMBER: _ClassVar[int]
    LESS_THAN_FIELD_NUMBER: _ClassVar[int]
    INCREMENT_FIELD_NUMBER: _ClassVar[int]
    handle: str
    transaction_id: str
    key: str
    members: _containers.RepeatedCompositeFieldContainer[DbScoredMember]
    condition: DbWriteCondition
    score_by_sequence: bool
    greater_than: bool
    less_than: bool
    increment: bool
    def __init__(self, handle: _Optional[str] = ..., transaction_id: _Optional[str] = ..., key: _Optional[str] = ..., members: _Optional[_Iterable[_Union[DbScoredMember, _Mapping]]] = ..., condition: _Optional[_Union[DbWriteCondition, str]] = ..., score_by_sequence: bool = ..., greater_than: bool = ..., less_than: bool = ..., increment: bool = ...) -> None: ...

class ZAddResponse(_message.Message):
    __slots__ = ("added", "updated", "applied", "score")
    ADDED_FIELD_NUMBER: _ClassVar[int]
    UPDATED_FIELD_NUMBER: _ClassVar[int]
    APPLIED_FIELD_NUMBER: _ClassVar[int]
    SCORE_FIELD_NUMBER: _ClassVar[int]
    added: int
    updated: int
    applied: bool
    score: float
    def __init__(self, added: _Optional[int] = ..., updated: _Optional[int] = ..., applied: bool = ..., score: _Optional[float] = ...) -> None: ...

class ZRemRequest(_message.Message):
    __slots__ = ("handle", "transaction_id", "key", "members")
    HANDLE_FIELD_NUMBER: _ClassVar[int]
    TRANSACTION_ID_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    MEMBERS_FIELD_NUMBER: _ClassVar[int]
    handle: str
    transaction_id: str
    key: str
    members: _containers.RepeatedScalarFieldContainer[bytes]
    def __init__(self, handle: _Optional[str] = ..., transaction_id: _Optional[str] = ..., key: _Optional[str] = ..., members: _Optional[_Iterable[bytes]] = ...) -> None: ...

class ZRemResponse(_message.Message):
    __slots__ = ("removed",)
    REMOVED_FIELD_NUMBER: _ClassVar[int]
    removed: int
    def __init__(self, removed: _Optional[int] = ...) -> None: ...

class ZScoreRequest(_message.Message):
    __slots__ = ("handle", "transaction_id", "key", "member")
    HANDLE_FIELD_NUMBER: _ClassVar[int]
    TRANSACTION_ID_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    MEMBER_FIELD_NUMBER: _ClassVar[int]
    handle: str
    transaction_id: str
    key: str
    member: bytes
    def __init__(self, handle: _Optional[str] = ..., transaction_id: _Optional[str] = ..., key: _Optional[str] = ..., member: _Optional[bytes] = ...) -> None: ...

class ZScoreResponse(_message.Message):
    __slots__ = ("found", "score")
    FOUND_FIELD_NUMBER: _ClassVar[int]
    SCORE_FIELD_NUMBER: _ClassVar[int]
    found: bool
    score: float
    def __init__(self, found: bool = ..., score: _Optional[float] = ...) -> None: ...

class ZIncrByRequest(_message.Message):
    __slots__ = ("handle", "transaction_id", "key", "member", "delta")
    HANDLE_FIELD_NUMBER: _ClassVar[int]
    TRANSACTION_ID_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    MEMBER_FIELD_NUMBER: _ClassVar[int]
    DELTA_FIELD_NUMBER: _ClassVar[int]
    handle: str
    transaction_id: str
    key: str
    member: bytes
    delta: float
    def __init__(self, handle: _Optional[str] = ..., transaction_id: _Optional[str] = ..., key: _Optional[str] = ..., member: _Optional[bytes] = ..., delta: _Optional[float] = ...) -> None: ...

class ZIncrByResponse(_message.Message):
    __slots__ = ("score",)
    SCORE_FIELD_NUMBER: _ClassVar[int]
    score: float
    def __init__(self, score: _Optional[float] = ...) -> None: ...

class ZCardRequest(_message.Message):
    __slots__ = ("handle", "transaction_id", "key")
    HANDLE_FIELD_NUMBER: _ClassVar[int]
    TRANSACTION_ID_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    handle: str
    transaction_id: str
    key: str
    def __init__(self, handle: _Optional[str] = ..., transaction_id: _Optional[str] = ..., key: _Optional[str] = ...) -> None: ...

class ZCardResponse(_message.Message):
    __slots__ = ("count",)
    COUNT_FIELD_NUMBER: _ClassVar[int]
    count: int
    def __init__(self, count: _Optional[int] = ...) -> None: ...

class ZRankRequest(_message.Message):
    __slots__ = ("handle", "transaction_id", "key", "member", "reverse")
    HANDLE_FIELD_NUMBER: _ClassVar[int]
    TRANSACTION_ID_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    MEMBER_FIELD_NUMBER: _ClassVar[int]
    REVERSE_FIELD_NUMBER: _ClassVar[int]
    handle: str
    transaction_id: str
    key: str
    member: bytes
    reverse: bool
    def __init__(self, handle: _Optional[str] = ..., transaction_id: _Optional[str] = ..., key: _Optional[str] = ..., member: _Optional[bytes] = ..., reverse: bool = ...) -> None: ...

class ZRankResponse(_message.Message):
    __slots__ = ("found", "rank")
    FOUND_FIELD_NUMBER: _ClassVar[int]
    RANK_FIELD_NUMBER: _ClassVar[int]
    found: bool
    rank: int
    def __init__(self, found: bool = ..., rank: _Optional[int] = ...) -> None: ...

class ZRangeRequest(_message.Message):
    __slots__ = ("handle", "transaction_id", "key", "start", "stop")
    HANDLE_FIELD_NUMBER: _ClassVar[int]
    TRANSACTION_ID_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    START_FIELD_NUMBER: _ClassVar[int]
    STOP_FIELD_NUMBER: _ClassVar[int]
    handle: str
    transaction_id: str
    key: str
    start: int
    stop: int
    def __init__(self, handle: _Optional[str] = ..., transaction_id: _Optional[str] = ..., key: _Optional[str] = ..., start: _Optional[int] = ..., stop: _Optional[int] = ...) -> None: ...

class ZRangeResponse(_message.Message):
    __slots__ = ("members",)
    MEMBERS_FIELD_NUMBER: _ClassVar[int]
    members: _containers.RepeatedCompositeFieldContainer[DbScoredMember]
    def __init__(self, members: _Optional[_Iterable[_Union[DbScoredMember, _Mapping]]] = ...) -> None: ...

class ZRevRangeRequest(_message.Message):
    __slots__ = ("handle", "transaction_id", "key", "start", "stop")
    HANDLE_FIELD_NUMBER: _ClassVar[int]
    TRANSACTION_ID_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    START_FIELD_NUMBER: _ClassVar[int]
    STOP_FIELD_NUMBER: _ClassVar[int]
    handle: str
    transaction_id: str
    key: str
    start: int
    stop: int
    def __init__(self, handle: _Optional[str] = ..., transaction_id: _Optional[str] = ..., key: _Optional[str] = ..., start: _Optional[int] = ..., stop: _Optional[int] = ...) -> None: ...

class ZRevRangeResponse(_message.Message):
    __slots__ = ("members",)
    MEMBERS_FIELD_NUMBER: _ClassVar[int]
    members: _containers.RepeatedCompositeFieldContainer[DbScoredMember]
    def __init__(self, members: _Optional[_Iterable[_Union[DbScoredMember, _Mapping]]] = ...) -> None: ...

class ZRangeByScoreRequest(_message.Message):
    __slots__ = ("handle", "transaction_id", "key", "range", "offset", "count")
    HANDLE_FIELD_NUMBER: _ClassVar[int]
    TRANSACTION_ID_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    RANGE_FIELD_NUMBER: _ClassVar[int]
    OFFSET_FIELD_NUMBER: _ClassVar[int]
    COUNT_FIELD_NUMBER: _ClassVar[int]
    handle: str
    transaction_id: str
    key: str
    range: DbScoreRange
    offset: int
    count: int
    def __init__(self, handle: _Optional[str] = ..., transaction_id: _Optional[str] = ..., key: _Optional[str] = ..., range: _Optional[_Union[DbScoreRange, _Mapping]] = ..., offset: _Optional[int] = ..., count: _Optional[int] = ...) -> None: ...

class ZRangeByScoreResponse(_message.Message):
    __slots__ = ("members",)
    MEMBERS_FIELD_NUMBER: _ClassVar[int]
    members: _containers.RepeatedCompositeFieldContainer[DbScoredMember]
    def __init__(self, members: _Optional[_Iterable[_Union[DbScoredMember, _Mapping]]] = ...) -> None: ...

class ZRevRangeByScoreRequest(_message.Message):
    __slots__ = ("handle", "transaction_id", "key", "range", "offset", "count")
    HANDLE_FIELD_NUMBER: _ClassVar[int]
    TRANSACTION_ID_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    RANGE_FIELD_NUMBER: _ClassVar[int]
    OFFSET_FIELD_NUMBER: _ClassVar[int]
    COUNT_FIELD_NUMBER: _ClassVar[int]
    handle: str
    transaction_id: str
    key: str
    range: DbScoreRange
    offset: int
    count: int
    def __init__(self, handle: _Optional[str] = ..., transaction_id: _Optional[str] = ..., key: _Optional[str] = ..., range: _Optional[_Union[DbScoreRange, _Mapping]] = ..., offset: _Optional[int] = ..., count: _Optional[int] = ...) -> None: ...

class ZRevRangeByScoreResponse(_message.Message):
    __slots__ = ("members",)
    MEMBERS_FIELD_NUMBER: _ClassVar[int]
    members: _containers.RepeatedCompositeFieldContainer[DbScoredMember]
    def __init__(self, members: _Optional[_Iterable[_Union[DbScoredMember, _Mapping]]] = ...) -> None: ...

class ZCountRequest(_message.Message):
    __slots__ = ("handle", "transaction_id", "key", "range")
    HANDLE_FIELD_NUMBER: _ClassVar[int]
    TRANSACTION_ID_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    RANGE_FIELD_NUMBER: _ClassVar[int]
    handle: str
    transaction_id: str
    key: str
    range: DbScoreRange
    def __init__(self, handle: _Optional[str] = ..., transaction_id: _Optional[str] = ..., key: _Optional[str] = ..., range: _Optional[_Union[DbScoreRange, _Mapping]] = ...) -> None: ...

class ZCountResponse(_message.Message):
    __slots__ = ("count",)
    COUNT_FIELD_NUMBER: _ClassVar[int]
    count: int
    def __init__(self, count: _Optional[int] = ...) -> None: ...

class ZRemRangeByScoreRequest(_message.Message):
    __slots__ = ("handle", "transaction_id", "key", "range")
    HANDLE_FIELD_NUMBER: _ClassVar[int]
    TRANSACTION_ID_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    RANGE_FIELD_NUMBER: _ClassVar[int]
    handle: str
    transaction_id: str
    key: str
    range: DbScoreRange
    def __init__(self, handle: _Optional[str] = ..., transaction_id: _Optional[str] = ..., key: _Optional[str] = ..., range: _Optional[_Union[DbScoreRange, _Mapping]] = ...) -> None: ...

class ZRemRangeByScoreResponse(_message.Message):
    __slots__ = ("removed",)
    REMOVED_FIELD_NUMBER: _ClassVar[int]
    removed: int
    def __init__(self, removed: _Optional[int] = ...) -> None: ...

class ScanRequest(_message.Message):
    __slots__ = ("handle", "transaction_id", "cursor", "pattern", "count", "type", "reverse")
    HANDLE_FIELD_NUMBER: _ClassVar[int]
    TRANSACTION_ID_FIELD_NUMBER: _ClassVar[int]
    CURSOR_FIELD_NUMBER: _ClassVar[int]
    PATTERN_FIELD_NUMBER: _ClassVar[int]
    COUNT_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    REVERSE_FIELD_NUMBER: _ClassVar[int]
    handle: str
    transaction_id: str
    cursor: str
    pattern: str
    count: int
    type: DbValueType
    reverse: bool
    def __init__(self, handle: _Optional[str] = ..., transaction_id: _Optional[str] = ..., cursor: _Optional[str] = ..., pattern: _Optional[str] = ..., count: _Optional[int] = ..., type: _Optional[_Union[DbValueType, str]] = ..., reverse: bool = ...) -> None: ...

class DbScanEntry(_message.Message):
    __slots__ = ("key", "type")
    KEY_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    key: str
    type: DbValueType
    def __init__(self, key: _Optional[str] = ..., type: _Optional[_Union[DbValueType, str]] = ...) -> None: ...

class ScanResponse(_message.Message):
    __slots__ = ("entries", "next_cursor")
    ENTRIES_FIELD_NUMBER: _ClassVar[int]
    NEXT_CURSOR_FIELD_NUMBER: _ClassVar[int]
    entries: _containers.RepeatedCompositeFieldContainer[DbScanEntry]
    next_cursor: str
    def __init__(self, entries: _Optional[_Iterable[_Union[DbScanEntry, _Mapping]]] = ..., next_cursor: _Optional[str] = ...) -> None: ...

class BeginTransactionRequest(_message.Message):
    __slots__ = ("handle", "timeout")
    HANDLE_FIELD_NUMBER: _ClassVar[int]
    TIMEOUT_FIELD_NUMBER: _ClassVar[int]
    handle: str
    timeout: _duration_pb2.Duration
    def __init__(self, handle: _Optional[str] = ..., timeout: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ...) -> None: ...

class BeginTransactionResponse(_message.Message):
    __slots__ = ("transaction_id", "expires_at")
    TRANSACTION_ID_FIELD_NUMBER: _ClassVar[int]
    EXPIRES_AT_FIELD_NUMBER: _ClassVar[int]
    transaction_id: str
    expires_at: _timestamp_pb2.Timestamp
    def __init__(self, transaction_id: _Optional[str] = ..., expires_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class CommitTransactionRequest(_message.Message):
    __slots__ = ("handle", "transaction_id")
    HANDLE_FIELD_NUMBER: _ClassVar[int]
    TRANSACTION_ID_FIELD_NUMBER: _ClassVar[int]
    handle: str
    transaction_id: str
    def __init__(self, handle: _Optional[str] = ..., transaction_id: _Optional[str] = ...) -> None: ...

class CommitTransactionResponse(_message.Message):
    __slots__ = ("sequence",)
    SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    sequence: int
    def __init__(self, sequence: _Optional[int] = ...) -> None: ...

class RollbackTransactionRequest(_message.Message):
    __slots__ = ("handle", "transaction_id")
    HANDLE_FIELD_NUMBER: _ClassVar[int]
    TRANSACTION_ID_FIELD_NUMBER: _ClassVar[int]
    handle: str
    transaction_id: str
    def __init__(self, handle: _Optional[str] = ..., transaction_id: _Optional[str] = ...) -> None: ...

class RollbackTransactionResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class GetLastSeqRequest(_message.Message):
    __slots__ = ("handle",)
    HANDLE_FIELD_NUMBER: _ClassVar[int]
    handle: str
    def __init__(self, handle: _Optional[str] = ...) -> None: ...

class GetLastSeqResponse(_message.Message):
    __slots__ = ("sequence",)
    SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    sequence: int
    def __init__(self, sequence: _Optional[int] = ...) -> None: ...

class DbCommandError(_message.Message):
    __slots__ = ("code", "message", "detail")
    CODE_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    DETAIL_FIELD_NUMBER: _ClassVar[int]
    code: int
    message: str
    detail: _common_pb2.ErrorDetail
    def __init__(self, code: _Optional[int] = ..., message: _Optional[str] = ..., detail: _Optional[_Union[_common_pb2.ErrorDetail, _Mapping]] = ...) -> None: ...

class BatchRequest(_message.Message):
    __slots__ = ("handle", "transaction_id", "commands", "atomic")
    HANDLE_FIELD_NUMBER: _ClassVar[int]
    TRANSACTION_ID_FIELD_NUMBER: _ClassVar[int]
    COMMANDS_FIELD_NUMBER: _ClassVar[int]
    ATOMIC_FIELD_NUMBER: _ClassVar[int]
    handle: str
    transaction_id: str
    commands: _containers.RepeatedCompositeFieldContainer[DbCommand]
    atomic: bool
    def __init__(self, handle: _Optional[str] = ..., transaction_id: _Optional[str] = ..., commands: _Optional[_Iterable[_Union[DbCommand, _Mapping]]] = ..., atomic: bool = ...) -> None: ...

class BatchResponse(_message.Message):
    __slots__ = ("replies",)
    REPLIES_FIELD_NUMBER: _ClassVar[int]
    replies: _containers.RepeatedCompositeFieldContainer[DbReply]
    def __init__(self, replies: _Optional[_Iterable[_Union[DbReply, _Mapping]]] = ...) -> None: ...

class DbCommand(_message.Message):
    __slots__ = ("set", "get", "exists", "incr", "incrby", "strlen", "mget", "mset", "expire", "ttl", "hset", "hget", "hmset", "hmget", "hgetall", "hkeys", "hvals", "hdel", "hlen", "hexists", "hincrby", "hscan", "hrevscan", "hclear", "lpush", "rpush", "lpop", "rpop", "lrange", "llen", "lindex", "lset", "ltrim", "sadd", "srem", "smembers", "sismember", "scard", "sinter", "sunion", "sdiff", "zadd", "zrem", "zscore", "zincrby", "zcard", "zrank", "zrange", "zrevrange", "zrangebyscore", "zrevrangebyscore", "zcount", "zremrangebyscore", "scan")
    SET_FIELD_NUMBER: _ClassVar[int]
    GET_FIELD_NUMBER: _ClassVar[int]
    DEL_FIELD_NUMBER: _ClassVar[int]
    EXISTS_FIELD_NUMBER: _ClassVar[int]
    INCR_FIELD_NUMBER: _ClassVar[int]
    INCRBY_FIELD_NUMBER: _ClassVar[int]
    STRLEN_FIELD_NUMBER: _ClassVar[int]
    MGET_FIELD_NUMBER: _ClassVar[int]
    MSET_FIELD_NUMBER: _ClassVar[int]
    EXPIRE_FIELD_NUMBER: _ClassVar[int]
    TTL_FIELD_NUMBER: _ClassVar[int]
    HSET_FIELD_NUMBER: _ClassVar[int]
    HGET_FIELD_NUMBER: _ClassVar[int]
    HMSET_FIELD_NUMBER: _ClassVar[int]
    HMGET_FIELD_NUMBER: _ClassVar[int]
    HGETALL_FIELD_NUMBER: _ClassVar[int]
    HKEYS_FIELD_NUMBER: _ClassVar[int]
    HVALS_FIELD_NUMBER: _ClassVar[int]
    HDEL_FIELD_NUMBER: _ClassVar[int]
    HLEN_FIELD_NUMBER: _ClassVar[int]
    HEXISTS_FIELD_NUMBER: _ClassVar[int]
    HINCRBY_FIELD_NUMBER: _ClassVar[int]
    HSCAN_FIELD_NUMBER: _ClassVar[int]
    HREVSCAN_FIELD_NUMBER: _ClassVar[int]
    HCLEAR_FIELD_NUMBER: _ClassVar[int]
    LPUSH_FIELD_NUMBER: _ClassVar[int]
    RPUSH_FIELD_NUMBER: _ClassVar[int]
    LPOP_FIELD_NUMBER: _ClassVar[int]
    RPOP_FIELD_NUMBER: _ClassVar[int]
    LRANGE_FIELD_NUMBER: _ClassVar[int]
    LLEN_FIELD_NUMBER: _ClassVar[int]
    LINDEX_FIELD_NUMBER: _ClassVar[int]
    LSET_FIELD_NUMBER: _ClassVar[int]
    LTRIM_FIELD_NUMBER: _ClassVar[int]
    SADD_FIELD_NUMBER: _ClassVar[int]
    SREM_FIELD_NUMBER: _ClassVar[int]
    SMEMBERS_FIELD_NUMBER: _ClassVar[int]
    SISMEMBER_FIELD_NUMBER: _ClassVar[int]
    SCARD_FIELD_NUMBER: _ClassVar[int]
    SINTER_FIELD_NUMBER: _ClassVar[int]
    SUNION_FIELD_NUMBER: _ClassVar[int]
    SDIFF_FIELD_NUMBER: _ClassVar[int]
    ZADD_FIELD_NUMBER: _ClassVar[int]
    ZREM_FIELD_NUMBER: _ClassVar[int]
    ZSCORE_FIELD_NUMBER: _ClassVar[int]
    ZINCRBY_FIELD_NUMBER: _ClassVar[int]
    ZCARD_FIELD_NUMBER: _ClassVar[int]
    ZRANK_FIELD_NUMBER: _ClassVar[int]
    ZRANGE_FIELD_NUMBER: _ClassVar[int]
    ZREVRANGE_FIELD_NUMBER: _ClassVar[int]
    ZRANGEBYSCORE_FIELD_NUMBER: _ClassVar[int]
    ZREVRANGEBYSCORE_FIELD_NUMBER: _ClassVar[int]
    ZCOUNT_FIELD_NUMBER: _ClassVar[int]
    ZREMRANGEBYSCORE_FIELD_NUMBER: _ClassVar[int]
    SCAN_FIELD_NUMBER: _ClassVar[int]
    set: SetRequest
    get: GetRequest
    exists: ExistsRequest
    incr: IncrRequest
    incrby: IncrByRequest
    strlen: StrlenRequest
    mget: MGetRequest
    mset: MSetRequest
    expire: ExpireRequest
    ttl: TtlRequest
    hset: HSetRequest
    hget: HGetRequest
    hmset: HMSetRequest
    hmget: HMGetRequest
    hgetall: HGetAllRequest
    hkeys: HKeysRequest
    hvals: HValsRequest
    hdel: HDelRequest
    hlen: HLenRequest
    hexists: HExistsRequest
    hincrby: HIncrByRequest
    hscan: HScanRequest
    hrevscan: HRevScanRequest
    hclear: HClearRequest
    lpush: LPushRequest
    rpush: RPushRequest
    lpop: LPopRequest
    rpop: RPopRequest
    lrange: LRangeRequest
    llen: LLenRequest
    lindex: LIndexRequest
    lset: LSetRequest
    ltrim: LTrimRequest
    sadd: SAddRequest
    srem: SRemRequest
    smembers: SMembersRequest
    sismember: SIsMemberRequest
    scard: SCardRequest
    sinter: SInterRequest
    sunion: SUnionRequest
    sdiff: SDiffRequest
    zadd: ZAddRequest
    zrem: ZRemRequest
    zscore: ZScoreRequest
    zincrby: ZIncrByRequest
    zcard: ZCardRequest
    zrank: ZRankRequest
    zrange: ZRangeRequest
    zrevrange: ZRevRangeRequest
    zrangebyscore: ZRangeByScoreRequest
    zrevrangebyscore: ZRevRangeByScoreRequest
    zcount: ZCountRequest
    zremrangebyscore: ZRemRangeByScoreRequest
    scan: ScanRequest
    def __init__(self, set: _Optional[_Union[SetRequest, _Mapping]] = ..., get: _Optional[_Union[GetRequest, _Mapping]] = ..., exists: _Optional[_Union[ExistsRequest, _Mapping]] = ..., incr: _Optional[_Union[IncrRequest, _Mapping]] = ..., incrby: _Optional[_Union[IncrByRequest, _Mapping]] = ..., strlen: _Optional[_Union[StrlenRequest, _Mapping]] = ..., mget: _Optional[_Union[MGetRequest, _Mapping]] = ..., mset: _Optional[_Union[MSetRequest, _Mapping]] = ..., expire: _Optional[_Union[ExpireRequest, _Mapping]] = ..., ttl: _Optional[_Union[TtlRequest, _Mapping]] = ..., hset: _Optional[_Union[HSetRequest, _Mapping]] = ..., hget: _Optional[_Union[HGetRequest, _Mapping]] = ..., hmset: _Optional[_Union[HMSetRequest, _Mapping]] = ..., hmget: _Optional[_Union[HMGetRequest, _Mapping]] = ..., hgetall: _Optional[_Union[HGetAllRequest, _Mapping]] = ..., hkeys: _Optional[_Union[HKeysRequest, _Mapping]] = ..., hvals: _Optional[_Union[HValsRequest, _Mapping]] = ..., hdel: _Optional[_Union[HDelRequest, _Mapping]] = ..., hlen: _Optional[_Union[HLenRequest, _Mapping]] = ..., hexists: _Optional[_Union[HExistsRequest, _Mapping]] = ..., hincrby: _Optional[_Union[HIncrByRequest, _Mapping]] = ..., hscan: _Optional[_Union[HScanRequest, _Mapping]] = ..., hrevscan: _Optional[_Union[HRevScanRequest, _Mapping]] = ..., hclear: _Optional[_Union[HClearRequest, _Mapping]] = ..., lpush: _Optional[_Union[LPushRequest, _Mapping]] = ..., rpush: _Optional[_Union[RPushRequest, _Mapping]] = ..., lpop: _Optional[_Union[LPopRequest, _Mapping]] = ..., rpop: _Optional[_Union[RPopRequest, _Mapping]] = ..., lrange: _Optional[_Union[LRangeRequest, _Mapping]] = ..., llen: _Optional[_Union[LLenRequest, _Mapping]] = ..., lindex: _Optional[_Union[LIndexRequest, _Mapping]] = ..., lset: _Optional[_Union[LSetRequest, _Mapping]] = ..., ltrim: _Optional[_Union[LTrimRequest, _Mapping]] = ..., sadd: _Optional[_Union[SAddRequest, _Mapping]] = ..., srem: _Optional[_Union[SRemRequest, _Mapping]] = ..., smembers: _Optional[_Union[SMembersRequest, _Mapping]] = ..., sismember: _Optional[_Union[SIsMemberRequest, _Mapping]] = ..., scard: _Optional[_Union[SCardRequest, _Mapping]] = ..., sinter: _Optional[_Union[SInterRequest, _Mapping]] = ..., sunion: _Optional[_Union[SUnionRequest, _Mapping]] = ..., sdiff: _Optional[_Union[SDiffRequest, _Mapping]] = ..., zadd: _Optional[_Union[ZAddRequest, _Mapping]] = ..., zrem: _Optional[_Union[ZRemRequest, _Mapping]] = ..., zscore: _Optional[_Union[ZScoreRequest, _Mapping]] = ..., zincrby: _Optional[_Union[ZIncrByRequest, _Mapping]] = ..., zcard: _Optional[_Union[ZCardRequest, _Mapping]] = ..., zrank: _Optional[_Union[ZRankRequest, _Mapping]] = ..., zrange: _Optional[_Union[ZRangeRequest, _Mapping]] = ..., zrevrange: _Optional[_Union[ZRevRangeRequest, _Mapping]] = ..., zrangebyscore: _Optional[_Union[ZRangeByScoreRequest, _Mapping]] = ..., zrevrangebyscore: _Optional[_Union[ZRevRangeByScoreRequest, _Mapping]] = ..., zcount: _Optional[_Union[ZCountRequest, _Mapping]] = ..., zremrangebyscore: _Optional[_Union[ZRemRangeByScoreRequest, _Mapping]] = ..., scan: _Optional[_Union[ScanRequest, _Mapping]] = ..., **kwargs) -> None: ...

class DbReply(_message.Message):
    __slots__ = ("set", "get", "exists", "incr", "incrby", "strlen", "mget", "mset", "expire", "ttl", "hset", "hget", "hmset", "hmget", "hgetall", "hkeys", "hvals", "hdel", "hlen", "hexists", "hincrby", "hscan", "hrevscan", "hclear", "lpush", "rpush", "lpop", "rpop", "lrange", "llen", "lindex", "lset", "ltrim", "sadd", "srem", "smembers", "sismember", "scard", "sinter", "sunion", "sdiff", "zadd", "zrem", "zscore", "zincrby", "zcard", "zrank", "zrange", "zrevrange", "zrangebyscore", "zrevrangebyscore", "zcount", "zremrangebyscore", "scan", "error")
    SET_FIELD_NUMBER: _ClassVar[int]
    GET_FIELD_NUMBER: _ClassVar[int]
    DEL_FIELD_NUMBER: _ClassVar[int]
    EXISTS_FIELD_NUMBER: _ClassVar[int]
    INCR_FIELD_NUMBER: _ClassVar[int]
    INCRBY_FIELD_NUMBER: _ClassVar[int]
    STRLEN_FIELD_NUMBER: _ClassVar[int]
    MGET_FIELD_NUMBER: _ClassVar[int]
    MSET_FIELD_NUMBER: _ClassVar[int]
    EXPIRE_FIELD_NUMBER: _ClassVar[int]
    TTL_FIELD_NUMBER: _ClassVar[int]
    HSET_FIELD_NUMBER: _ClassVar[int]
    HGET_FIELD_NUMBER: _ClassVar[int]
    HMSET_FIELD_NUMBER: _ClassVar[int]
    HMGET_FIELD_NUMBER: _ClassVar[int]
    HGETALL_FIELD_NUMBER: _ClassVar[int]
    HKEYS_FIELD_NUMBER: _ClassVar[int]
    HVALS_FIELD_NUMBER: _ClassVar[int]
    HDEL_FIELD_NUMBER: _ClassVar[int]
    HLEN_FIELD_NUMBER: _ClassVar[int]
    HEXISTS_FIELD_NUMBER: _ClassVar[int]
    HINCRBY_FIELD_NUMBER: _ClassVar[int]
    HSCAN_FIELD_NUMBER: _ClassVar[int]
    HREVSCAN_FIELD_NUMBER: _ClassVar[int]
    HCLEAR_FIELD_NUMBER: _ClassVar[int]
    LPUSH_FIELD_NUMBER: _ClassVar[int]
    RPUSH_FIELD_NUMBER: _ClassVar[int]
    LPOP_FIELD_NUMBER: _ClassVar[int]
    RPOP_FIELD_NUMBER: _ClassVar[int]
    LRANGE_FIELD_NUMBER: _ClassVar[int]
    LLEN_FIELD_NUMBER: _ClassVar[int]
    LINDEX_FIELD_NUMBER: _ClassVar[int]
    LSET_FIELD_NUMBER: _ClassVar[int]
    LTRIM_FIELD_NUMBER: _ClassVar[int]
    SADD_FIELD_NUMBER: _ClassVar[int]
    SREM_FIELD_NUMBER: _ClassVar[int]
    SMEMBERS_FIELD_NUMBER: _ClassVar[int]
    SISMEMBER_FIELD_NUMBER: _ClassVar[int]
    SCARD_FIELD_NUMBER: _ClassVar[int]
    SINTER_FIELD_NUMBER: _ClassVar[int]
    SUNION_FIELD_NUMBER: _ClassVar[int]
    SDIFF_FIELD_NUMBER: _ClassVar[int]
    ZADD_FIELD_NUMBER: _ClassVar[int]
    ZREM_FIELD_NUMBER: _ClassVar[int]
    ZSCORE_FIELD_NUMBER: _ClassVar[int]
    ZINCRBY_FIELD_NUMBER: _ClassVar[int]
    ZCARD_FIELD_NUMBER: _ClassVar[int]
    ZRANK_FIELD_NUMBER: _ClassVar[int]
    ZRANGE_FIELD_NUMBER: _ClassVar[int]
    ZREVRANGE_FIELD_NUMBER: _ClassVar[int]
    ZRANGEBYSCORE_FIELD_NUMBER: _ClassVar[int]
    ZREVRANGEBYSCORE_FIELD_NUMBER: _ClassVar[int]
    ZCOUNT_FIELD_NUMBER: _ClassVar[int]
    ZREMRANGEBYSCORE_FIELD_NUMBER: _ClassVar[int]
    SCAN_FIELD_NUMBER: _ClassVar[int]
    ERROR_FIELD_NUMBER: _ClassVar[int]
    set: SetResponse
    get: GetResponse
    exists: ExistsResponse
    incr: IncrResponse
    incrby: IncrByResponse
    strlen: StrlenResponse
    mget: MGetResponse
    mset: MSetResponse
    expire: ExpireResponse
    ttl: TtlResponse
    hset: HSetResponse
    hget: HGetResponse
    hmset: HMSetResponse
    hmget: HMGetResponse
    hgetall: HGetAllResponse
    hkeys: HKeysResponse
    hvals: HValsResponse
    hdel: HDelResponse
    hlen: HLenResponse
    hexists: HExistsResponse
    hincrby: HIncrByResponse
    hscan: HScanResponse
    hrevscan: HRevScanResponse
    hclear: HClearResponse
    lpush: LPushResponse
    rpush: RPushResponse
    lpop: LPopResponse
    rpop: RPopResponse
    lrange: LRangeResponse
    llen: LLenResponse
    lindex: LIndexResponse
    lset: LSetResponse
    ltrim: LTrimResponse
    sadd: SAddResponse
    srem: SRemResponse
    smembers: SMembersResponse
    sismember: SIsMemberResponse
    scard: SCardResponse
    sinter: SInterResponse
    sunion: SUnionResponse
    sdiff: SDiffResponse
    zadd: ZAddResponse
    zrem: ZRemResponse
    zscore: ZScoreResponse
    zincrby: ZIncrByResponse
    zcard: ZCardResponse
    zrank: ZRankResponse
    zrange: ZRangeResponse
    zrevrange: ZRevRangeResponse
    zrangebyscore: ZRangeByScoreResponse
    zrevrangebyscore: ZRevRangeByScoreResponse
    zcount: ZCountResponse
    zremrangebyscore: ZRemRangeByScoreResponse
    scan: ScanResponse
    error: DbCommandError
    def __init__(self, set: _Optional[_Union[SetResponse, _Mapping]] = ..., get: _Optional[_Union[GetResponse, _Mapping]] = ..., exists: _Optional[_Union[ExistsResponse, _Mapping]] = ..., incr: _Optional[_Union[IncrResponse, _Mapping]] = ..., incrby: _Optional[_Union[IncrByResponse, _Mapping]] = ..., strlen: _Optional[_Union[StrlenResponse, _Mapping]] = ..., mget: _Optional[_Union[MGetResponse, _Mapping]] = ..., mset: _Optional[_Union[MSetResponse, _Mapping]] = ..., expire: _Optional[_Union[ExpireResponse, _Mapping]] = ..., ttl: _Optional[_Union[TtlResponse, _Mapping]] = ..., hset: _Optional[_Union[HSetResponse, _Mapping]] = ..., hget: _Optional[_Union[HGetResponse, _Mapping]] = ..., hmset: _Optional[_Union[HMSetResponse, _Mapping]] = ..., hmget: _Optional[_Union[HMGetResponse, _Mapping]] = ..., hgetall: _Optional[_Union[HGetAllResponse, _Mapping]] = ..., hkeys: _Optional[_Union[HKeysResponse, _Mapping]] = ..., hvals: _Optional[_Union[HValsResponse, _Mapping]] = ..., hdel: _Optional[_Union[HDelResponse, _Mapping]] = ..., hlen: _Optional[_Union[HLenResponse, _Mapping]] = ..., hexists: _Optional[_Union[HExistsResponse, _Mapping]] = ..., hincrby: _Optional[_Union[HIncrByResponse, _Mapping]] = ..., hscan: _Optional[_Union[HScanResponse, _Mapping]] = ..., hrevscan: _Optional[_Union[HRevScanResponse, _Mapping]] = ..., hclear: _Optional[_Union[HClearResponse, _Mapping]] = ..., lpush: _Optional[_Union[LPushResponse, _Mapping]] = ..., rpush: _Optional[_Union[RPushResponse, _Mapping]] = ..., lpop: _Optional[_Union[LPopResponse, _Mapping]] = ..., rpop: _Optional[_Union[RPopResponse, _Mapping]] = ..., lrange: _Optional[_Union[LRangeResponse, _Mapping]] = ..., llen: _Optional[_Union[LLenResponse, _Mapping]] = ..., lindex: _Optional[_Union[LIndexResponse, _Mapping]] = ..., lset: _Optional[_Union[LSetResponse, _Mapping]] = ..., ltrim: _Optional[_Union[LTrimResponse, _Mapping]] = ..., sadd: _Optional[_Union[SAddResponse, _Mapping]] = ..., srem: _Optional[_Union[SRemResponse, _Mapping]] = ..., smembers: _Optional[_Union[SMembersResponse, _Mapping]] = ..., sismember: _Optional[_Union[SIsMemberResponse, _Mapping]] = ..., scard: _Optional[_Union[SCardResponse, _Mapping]] = ..., sinter: _Optional[_Union[SInterResponse, _Mapping]] = ..., sunion: _Optional[_Union[SUnionResponse, _Mapping]] = ..., sdiff: _Optional[_Union[SDiffResponse, _Mapping]] = ..., zadd: _Optional[_Union[ZAddResponse, _Mapping]] = ..., zrem: _Optional[_Union[ZRemResponse, _Mapping]] = ..., zscore: _Optional[_Union[ZScoreResponse, _Mapping]] = ..., zincrby: _Optional[_Union[ZIncrByResponse, _Mapping]] = ..., zcard: _Optional[_Union[ZCardResponse, _Mapping]] = ..., zrank: _Optional[_Union[ZRankResponse, _Mapping]] = ..., zrange: _Optional[_Union[ZRangeResponse, _Mapping]] = ..., zrevrange: _Optional[_Union[ZRevRangeResponse, _Mapping]] = ..., zrangebyscore: _Optional[_Union[ZRangeByScoreResponse, _Mapping]] = ..., zrevrangebyscore: _Optional[_Union[ZRevRangeByScoreResponse, _Mapping]] = ..., zcount: _Optional[_Union[ZCountResponse, _Mapping]] = ..., zremrangebyscore: _Optional[_Union[ZRemRangeByScoreResponse, _Mapping]] = ..., scan: _Optional[_Union[ScanResponse, _Mapping]] = ..., error: _Optional[_Union[DbCommandError, _Mapping]] = ..., **kwargs) -> None: ...
