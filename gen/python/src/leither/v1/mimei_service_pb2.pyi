import datetime

from google.protobuf import timestamp_pb2 as _timestamp_pb2
from leither.v1 import common_pb2 as _common_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class MiMeiInfo(_message.Message):
    __slots__ = ("mimei_id", "type", "author_id", "app_id", "ext", "mark", "created_at", "rights", "last_version", "release_version", "cur_digest", "cur_size", "modified_at")
    MIMEI_ID_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    AUTHOR_ID_FIELD_NUMBER: _ClassVar[int]
    APP_ID_FIELD_NUMBER: _ClassVar[int]
    EXT_FIELD_NUMBER: _ClassVar[int]
    MARK_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FIELD_NUMBER: _ClassVar[int]
    RIGHTS_FIELD_NUMBER: _ClassVar[int]
    LAST_VERSION_FIELD_NUMBER: _ClassVar[int]
    RELEASE_VERSION_FIELD_NUMBER: _ClassVar[int]
    CUR_DIGEST_FIELD_NUMBER: _ClassVar[int]
    CUR_SIZE_FIELD_NUMBER: _ClassVar[int]
    MODIFIED_AT_FIELD_NUMBER: _ClassVar[int]
    mimei_id: str
    type: _common_pb2.MiMeiType
    author_id: str
    app_id: str
    ext: str
    mark: str
    created_at: _timestamp_pb2.Timestamp
    rights: int
    last_version: int
    release_version: int
    cur_digest: str
    cur_size: int
    modified_at: _timestamp_pb2.Timestamp
    def __init__(self, mimei_id: _Optional[str] = ..., type: _Optional[_Union[_common_pb2.MiMeiType, str]] = ..., author_id: _Optional[str] = ..., app_id: _Optional[str] = ..., ext: _Optional[str] = ..., mark: _Optional[str] = ..., created_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., rights: _Optional[int] = ..., last_version: _Optional[int] = ..., release_version: _Optional[int] = ..., cur_digest: _Optional[str] = ..., cur_size: _Optional[int] = ..., modified_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class CreateRequest(_message.Message):
    __slots__ = ("type", "app_id", "ext", "mark", "public_rights")
    TYPE_FIELD_NUMBER: _ClassVar[int]
    APP_ID_FIELD_NUMBER: _ClassVar[int]
    EXT_FIELD_NUMBER: _ClassVar[int]
    MARK_FIELD_NUMBER: _ClassVar[int]
    PUBLIC_RIGHTS_FIELD_NUMBER: _ClassVar[int]
    type: _common_pb2.MiMeiType
    app_id: str
    ext: str
    mark: str
    public_rights: int
    def __init__(self, type: _Optional[_Union[_common_pb2.MiMeiType, str]] = ..., app_id: _Optional[str] = ..., ext: _Optional[str] = ..., mark: _Optional[str] = ..., public_rights: _Optional[int] = ...) -> None: ...

class CreateResponse(_message.Message):
    __slots__ = ("mimei_id", "created")
    MIMEI_ID_FIELD_NUMBER: _ClassVar[int]
    CREATED_FIELD_NUMBER: _ClassVar[int]
    mimei_id: str
    created: bool
    def __init__(self, mimei_id: _Optional[str] = ..., created: bool = ...) -> None: ...

class ComputeIdRequest(_message.Message):
    __slots__ = ("author_id", "type", "app_id", "ext", "mark")
    AUTHOR_ID_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    APP_ID_FIELD_NUMBER: _ClassVar[int]
    EXT_FIELD_NUMBER: _ClassVar[int]
    MARK_FIELD_NUMBER: _ClassVar[int]
    author_id: str
    type: _common_pb2.MiMeiType
    app_id: str
    ext: str
    mark: str
    def __init__(self, author_id: _Optional[str] = ..., type: _Optional[_Union[_common_pb2.MiMeiType, str]] = ..., app_id: _Optional[str] = ..., ext: _Optional[str] = ..., mark: _Optional[str] = ...) -> None: ...

class ComputeIdResponse(_message.Message):
    __slots__ = ("mimei_id",)
    MIMEI_ID_FIELD_NUMBER: _ClassVar[int]
    mimei_id: str
    def __init__(self, mimei_id: _Optional[str] = ...) -> None: ...

class OpenRequest(_message.Message):
    __slots__ = ("mimei_id", "version")
    MIMEI_ID_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    mimei_id: str
    version: str
    def __init__(self, mimei_id: _Optional[str] = ..., version: _Optional[str] = ...) -> None: ...

class OpenResponse(_message.Message):
    __slots__ = ("handle", "version", "read_only", "expires_at", "type", "digest")
    HANDLE_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    READ_ONLY_FIELD_NUMBER: _ClassVar[int]
    EXPIRES_AT_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    DIGEST_FIELD_NUMBER: _ClassVar[int]
    handle: str
    version: int
    read_only: bool
    expires_at: _timestamp_pb2.Timestamp
    type: _common_pb2.MiMeiType
    digest: str
    def __init__(self, handle: _Optional[str] = ..., version: _Optional[int] = ..., read_only: bool = ..., expires_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., type: _Optional[_Union[_common_pb2.MiMeiType, str]] = ..., digest: _Optional[str] = ...) -> None: ...

class CloseRequest(_message.Message):
    __slots__ = ("handle",)
    HANDLE_FIELD_NUMBER: _ClassVar[int]
    handle: str
    def __init__(self, handle: _Optional[str] = ...) -> None: ...

class CloseResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class GetMiMeiInfoRequest(_message.Message):
    __slots__ = ("mimei_id", "handle")
    MIMEI_ID_FIELD_NUMBER: _ClassVar[int]
    HANDLE_FIELD_NUMBER: _ClassVar[int]
    mimei_id: str
    handle: str
    def __init__(self, mimei_id: _Optional[str] = ..., handle: _Optional[str] = ...) -> None: ...

class GetMiMeiInfoResponse(_message.Message):
    __slots__ = ("info",)
    INFO_FIELD_NUMBER: _ClassVar[int]
    info: MiMeiInfo
    def __init__(self, info: _Optional[_Union[MiMeiInfo, _Mapping]] = ...) -> None: ...

class HasMiMeiRequest(_message.Message):
    __slots__ = ("mimei_id",)
    MIMEI_ID_FIELD_NUMBER: _ClassVar[int]
    mimei_id: str
    def __init__(self, mimei_id: _Optional[str] = ...) -> None: ...

class HasMiMeiResponse(_message.Message):
    __slots__ = ("exists",)
    EXISTS_FIELD_NUMBER: _ClassVar[int]
    exists: bool
    def __init__(self, exists: bool = ...) -> None: ...

class ListMiMeiRequest(_message.Message):
    __slots__ = ("author_id", "type", "app_id", "page")
    AUTHOR_ID_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    APP_ID_FIELD_NUMBER: _ClassVar[int]
    PAGE_FIELD_NUMBER: _ClassVar[int]
    author_id: str
    type: _common_pb2.MiMeiType
    app_id: str
    page: _common_pb2.PageRequest
    def __init__(self, author_id: _Optional[str] = ..., type: _Optional[_Union[_common_pb2.MiMeiType, str]] = ..., app_id: _Optional[str] = ..., page: _Optional[_Union[_common_pb2.PageRequest, _Mapping]] = ...) -> None: ...

class ListMiMeiResponse(_message.Message):
    __slots__ = ("mimei", "page")
    MIMEI_FIELD_NUMBER: _ClassVar[int]
    PAGE_FIELD_NUMBER: _ClassVar[int]
    mimei: _containers.RepeatedCompositeFieldContainer[MiMeiInfo]
    page: _common_pb2.PageResponse
    def __init__(self, mimei: _Optional[_Iterable[_Union[MiMeiInfo, _Mapping]]] = ..., page: _Optional[_Union[_common_pb2.PageResponse, _Mapping]] = ...) -> None: ...

class DeleteMiMeiRequest(_message.Message):
    __slots__ = ("mimei_id",)
    MIMEI_ID_FIELD_NUMBER: _ClassVar[int]
    mimei_id: str
    def __init__(self, mimei_id: _Optional[str] = ...) -> None: ...

class DeleteMiMeiResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class SetRightRequest(_message.Message):
    __slots__ = ("mimei_id", "member", "rights")
    MIMEI_ID_FIELD_NUMBER: _ClassVar[int]
    MEMBER_FIELD_NUMBER: _ClassVar[int]
    RIGHTS_FIELD_NUMBER: _ClassVar[int]
    mimei_id: str
    member: str
    rights: int
    def __init__(self, mimei_id: _Optional[str] = ..., member: _Optional[str] = ..., rights: _Optional[int] = ...) -> None: ...

class SetRightResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class GetRightRequest(_message.Message):
    __slots__ = ("mimei_id", "member")
    MIMEI_ID_FIELD_NUMBER: _ClassVar[int]
    MEMBER_FIELD_NUMBER: _ClassVar[int]
    mimei_id: str
    member: str
    def __init__(self, mimei_id: _Optional[str] = ..., member: _Optional[str] = ...) -> None: ...

class GetRightResponse(_message.Message):
    __slots__ = ("rights",)
    RIGHTS_FIELD_NUMBER: _ClassVar[int]
    rights: int
    def __init__(self, rights: _Optional[int] = ...) -> None: ...

class ListRightsRequest(_message.Message):
    __slots__ = ("mimei_id",)
    MIMEI_ID_FIELD_NUMBER: _ClassVar[int]
    mimei_id: str
    def __init__(self, mimei_id: _Optional[str] = ...) -> None: ...

class MemberRights(_message.Message):
    __slots__ = ("member", "rights")
    MEMBER_FIELD_NUMBER: _ClassVar[int]
    RIGHTS_FIELD_NUMBER: _ClassVar[int]
    member: str
    rights: int
    def __init__(self, member: _Optional[str] = ..., rights: _Optional[int] = ...) -> None: ...

class ListRightsResponse(_message.Message):
    __slots__ = ("members",)
    MEMBERS_FIELD_NUMBER: _ClassVar[int]
    members: _containers.RepeatedCompositeFieldContainer[MemberRights]
    def __init__(self, members: _Optional[_Iterable[_Union[MemberRights, _Mapping]]] = ...) -> None: ...

class BackupRequest(_message.Message):
    __slots__ = ("mimei_id", "memo", "handle")
    MIMEI_ID_FIELD_NUMBER: _ClassVar[int]
    MEMO_FIELD_NUMBER: _ClassVar[int]
    HANDLE_FIELD_NUMBER: _ClassVar[int]
    mimei_id: str
    memo: str
    handle: str
    def __init__(self, mimei_id: _Optional[str] = ..., memo: _Optional[str] = ..., handle: _Optional[str] = ...) -> None: ...

class BackupResponse(_message.Message):
    __slots__ = ("version", "created", "digest")
    VERSION_FIELD_NUMBER: _ClassVar[int]
    CREATED_FIELD_NUMBER: _ClassVar[int]
    DIGEST_FIELD_NUMBER: _ClassVar[int]
    version: int
    created: bool
    digest: str
    def __init__(self, version: _Optional[int] = ..., created: bool = ..., digest: _Optional[str] = ...) -> None: ...

class ReleaseRequest(_message.Message):
    __slots__ = ("mimei_id", "version")
    MIMEI_ID_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    mimei_id: str
    version: str
    def __init__(self, mimei_id: _Optional[str] = ..., version: _Optional[str] = ...) -> None: ...

class ReleaseResponse(_message.Message):
    __slots__ = ("version",)
    VERSION_FIELD_NUMBER: _ClassVar[int]
    version: int
    def __init__(self, version: _Optional[int] = ...) -> None: ...

class RestoreRequest(_message.Message):
    __slots__ = ("mimei_id", "version")
    MIMEI_ID_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    mimei_id: str
    version: str
    def __init__(self, mimei_id: _Optional[str] = ..., version: _Optional[str] = ...) -> None: ...

class RestoreResponse(_message.Message):
    __slots__ = ("version", "digest")
    VERSION_FIELD_NUMBER: _ClassVar[int]
    DIGEST_FIELD_NUMBER: _ClassVar[int]
    version: int
    digest: str
    def __init__(self, version: _Optional[int] = ..., digest: _Optional[str] = ...) -> None: ...

class DeleteVersionsRequest(_message.Message):
    __slots__ = ("mimei_id", "versions")
    MIMEI_ID_FIELD_NUMBER: _ClassVar[int]
    VERSIONS_FIELD_NUMBER: _ClassVar[int]
    mimei_id: str
    versions: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, mimei_id: _Optional[str] = ..., versions: _Optional[_Iterable[int]] = ...) -> None: ...

class DeleteVersionsResponse(_message.Message):
    __slots__ = ("deleted",)
    DELETED_FIELD_NUMBER: _ClassVar[int]
    deleted: int
    def __init__(self, deleted: _Optional[int] = ...) -> None: ...

class MiMeiVersion(_message.Message):
    __slots__ = ("version", "digest", "size", "created_at", "memo", "created_by")
    VERSION_FIELD_NUMBER: _ClassVar[int]
    DIGEST_FIELD_NUMBER: _ClassVar[int]
    SIZE_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FIELD_NUMBER: _ClassVar[int]
    MEMO_FIELD_NUMBER: _ClassVar[int]
    CREATED_BY_FIELD_NUMBER: _ClassVar[int]
    version: int
    digest: str
    size: int
    created_at: _timestamp_pb2.Timestamp
    memo: str
    created_by: str
    def __init__(self, version: _Optional[int] = ..., digest: _Optional[str] = ..., size: _Optional[int] = ..., created_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., memo: _Optional[str] = ..., created_by: _Optional[str] = ...) -> None: ...

class ListVersionsRequest(_message.Message):
    __slots__ = ("mimei_id",)
    MIMEI_ID_FIELD_NUMBER: _ClassVar[int]
    mimei_id: str
    def __init__(self, mimei_id: _Optional[str] = ...) -> None: ...

class ListVersionsResponse(_message.Message):
    __slots__ = ("versions", "last", "release", "cur_digest")
    VERSIONS_FIELD_NUMBER: _ClassVar[int]
    LAST_FIELD_NUMBER: _ClassVar[int]
    RELEASE_FIELD_NUMBER: _ClassVar[int]
    CUR_DIGEST_FIELD_NUMBER: _ClassVar[int]
    versions: _containers.RepeatedCompositeFieldContainer[MiMeiVersion]
    last: int
    release: int
    cur_digest: str
    def __init__(self, versions: _Optional[_Iterable[_Union[MiMeiVersion, _Mapping]]] = ..., last: _Optional[int] = ..., release: _Optional[int] = ..., cur_digest: _Optional[str] = ...) -> None: ...

class AddRefsRequest(_message.Message):
    __slots__ = ("mimei_id", "targets")
    MIMEI_ID_FIELD_NUMBER: _ClassVar[int]
    TARGETS_FIELD_NUMBER: _ClassVar[int]
    mimei_id: str
    targets: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, mimei_id: _Optional[str] = ..., targets: _Optional[_Iterable[str]] = ...) -> None: ...

class AddRefsResponse(_message.Message):
    __slots__ = ("count",)
    COUNT_FIELD_NUMBER: _ClassVar[int]
    count: int
    def __init__(self, count: _Optional[int] = ...) -> None: ...

class DeleteRefsRequest(_message.Message):
    __slots__ = ("mimei_id", "targets")
    MIMEI_ID_FIELD_NUMBER: _ClassVar[int]
    TARGETS_FIELD_NUMBER: _ClassVar[int]
    mimei_id: str
    targets: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, mimei_id: _Optional[str] = ..., targets: _Optional[_Iterable[str]] = ...) -> None: ...

class DeleteRefsResponse(_message.Message):
    __slots__ = ("count",)
    COUNT_FIELD_NUMBER: _ClassVar[int]
    count: int
    def __init__(self, count: _Optional[int] = ...) -> None: ...

class GetRefsRequest(_message.Message):
    __slots__ = ("mimei_id", "versions")
    MIMEI_ID_FIELD_NUMBER: _ClassVar[int]
    VERSIONS_FIELD_NUMBER: _ClassVar[int]
    mimei_id: str
    versions: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, mimei_id: _Optional[str] = ..., versions: _Optional[_Iterable[str]] = ...) -> None: ...

class VersionRefs(_message.Message):
    __slots__ = ("version", "counts")
    class CountsEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: int
        def __init__(self, key: _Optional[str] = ..., value: _Optional[int] = ...) -> None: ...
    VERSION_FIELD_NUMBER: _ClassVar[int]
    COUNTS_FIELD_NUMBER: _ClassVar[int]
    version: str
    counts: _containers.ScalarMap[str, int]
    def __init__(self, version: _Optional[str] = ..., counts: _Optional[_Mapping[str, int]] = ...) -> None: ...

class GetRefsResponse(_message.Message):
    __slots__ = ("versions",)
    VERSIONS_FIELD_NUMBER: _ClassVar[int]
    versions: _containers.RepeatedCompositeFieldContainer[VersionRefs]
    def __init__(self, versions: _Optional[_Iterable[_Union[VersionRefs, _Mapping]]] = ...) -> None: ...

class SumRequest(_message.Message):
    __slots__ = ("mimei_id", "version", "include_refs")
    MIMEI_ID_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    INCLUDE_REFS_FIELD_NUMBER: _ClassVar[int]
    mimei_id: str
    version: str
    include_refs: bool
    def __init__(self, mimei_id: _Optional[str] = ..., version: _Optional[str] = ..., include_refs: bool = ...) -> None: ...

class SumResponse(_message.Message):
    __slots__ = ("digest", "version")
    DIGEST_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    digest: str
    version: int
    def __init__(self, digest: _Optional[str] = ..., version: _Optional[int] = ...) -> None: ...
