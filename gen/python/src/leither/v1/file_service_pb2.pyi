import datetime

from google.protobuf import struct_pb2 as _struct_pb2
from google.protobuf import timestamp_pb2 as _timestamp_pb2
from leither.v1 import common_pb2 as _common_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class TreeChangeKind(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    TREE_CHANGE_KIND_UNSPECIFIED: _ClassVar[TreeChangeKind]
    TREE_CHANGE_KIND_ADDED: _ClassVar[TreeChangeKind]
    TREE_CHANGE_KIND_REMOVED: _ClassVar[TreeChangeKind]
    TREE_CHANGE_KIND_MODIFIED: _ClassVar[TreeChangeKind]
    TREE_CHANGE_KIND_TYPE_CHANGED: _ClassVar[TreeChangeKind]
TREE_CHANGE_KIND_UNSPECIFIED: TreeChangeKind
TREE_CHANGE_KIND_ADDED: TreeChangeKind
TREE_CHANGE_KIND_REMOVED: TreeChangeKind
TREE_CHANGE_KIND_MODIFIED: TreeChangeKind
TREE_CHANGE_KIND_TYPE_CHANGED: TreeChangeKind

class TreePath(_message.Message):
    __slots__ = ("handle", "path")
    HANDLE_FIELD_NUMBER: _ClassVar[int]
    PATH_FIELD_NUMBER: _ClassVar[int]
    handle: str
    path: str
    def __init__(self, handle: _Optional[str] = ..., path: _Optional[str] = ...) -> None: ...

class ContentRef(_message.Message):
    __slots__ = ("handle", "content_hash")
    HANDLE_FIELD_NUMBER: _ClassVar[int]
    CONTENT_HASH_FIELD_NUMBER: _ClassVar[int]
    handle: str
    content_hash: str
    def __init__(self, handle: _Optional[str] = ..., content_hash: _Optional[str] = ...) -> None: ...

class FileTarget(_message.Message):
    __slots__ = ("ref_mimei_id", "file_handle", "tree_path", "overwrite", "make_parents")
    REF_MIMEI_ID_FIELD_NUMBER: _ClassVar[int]
    FILE_HANDLE_FIELD_NUMBER: _ClassVar[int]
    TREE_PATH_FIELD_NUMBER: _ClassVar[int]
    OVERWRITE_FIELD_NUMBER: _ClassVar[int]
    MAKE_PARENTS_FIELD_NUMBER: _ClassVar[int]
    ref_mimei_id: str
    file_handle: str
    tree_path: TreePath
    overwrite: bool
    make_parents: bool
    def __init__(self, ref_mimei_id: _Optional[str] = ..., file_handle: _Optional[str] = ..., tree_path: _Optional[_Union[TreePath, _Mapping]] = ..., overwrite: bool = ..., make_parents: bool = ...) -> None: ...

class FileInfo(_message.Message):
    __slots__ = ("name", "path", "is_dir", "size", "digest", "mime_type", "modified_at", "entry_count")
    NAME_FIELD_NUMBER: _ClassVar[int]
    PATH_FIELD_NUMBER: _ClassVar[int]
    IS_DIR_FIELD_NUMBER: _ClassVar[int]
    SIZE_FIELD_NUMBER: _ClassVar[int]
    DIGEST_FIELD_NUMBER: _ClassVar[int]
    MIME_TYPE_FIELD_NUMBER: _ClassVar[int]
    MODIFIED_AT_FIELD_NUMBER: _ClassVar[int]
    ENTRY_COUNT_FIELD_NUMBER: _ClassVar[int]
    name: str
    path: str
    is_dir: bool
    size: int
    digest: str
    mime_type: str
    modified_at: _timestamp_pb2.Timestamp
    entry_count: int
    def __init__(self, name: _Optional[str] = ..., path: _Optional[str] = ..., is_dir: bool = ..., size: _Optional[int] = ..., digest: _Optional[str] = ..., mime_type: _Optional[str] = ..., modified_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., entry_count: _Optional[int] = ...) -> None: ...

class OpenTempFileRequest(_message.Message):
    __slots__ = ("name",)
    NAME_FIELD_NUMBER: _ClassVar[int]
    name: str
    def __init__(self, name: _Optional[str] = ...) -> None: ...

class OpenTempFileResponse(_message.Message):
    __slots__ = ("handle", "expires_at")
    HANDLE_FIELD_NUMBER: _ClassVar[int]
    EXPIRES_AT_FIELD_NUMBER: _ClassVar[int]
    handle: str
    expires_at: _timestamp_pb2.Timestamp
    def __init__(self, handle: _Optional[str] = ..., expires_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class OpenFileRequest(_message.Message):
    __slots__ = ("tree_path", "content", "url", "create", "truncate")
    TREE_PATH_FIELD_NUMBER: _ClassVar[int]
    CONTENT_FIELD_NUMBER: _ClassVar[int]
    URL_FIELD_NUMBER: _ClassVar[int]
    CREATE_FIELD_NUMBER: _ClassVar[int]
    TRUNCATE_FIELD_NUMBER: _ClassVar[int]
    tree_path: TreePath
    content: ContentRef
    url: str
    create: bool
    truncate: bool
    def __init__(self, tree_path: _Optional[_Union[TreePath, _Mapping]] = ..., content: _Optional[_Union[ContentRef, _Mapping]] = ..., url: _Optional[str] = ..., create: bool = ..., truncate: bool = ...) -> None: ...

class OpenFileResponse(_message.Message):
    __slots__ = ("handle", "read_only", "info", "expires_at")
    HANDLE_FIELD_NUMBER: _ClassVar[int]
    READ_ONLY_FIELD_NUMBER: _ClassVar[int]
    INFO_FIELD_NUMBER: _ClassVar[int]
    EXPIRES_AT_FIELD_NUMBER: _ClassVar[int]
    handle: str
    read_only: bool
    info: FileInfo
    expires_at: _timestamp_pb2.Timestamp
    def __init__(self, handle: _Optional[str] = ..., read_only: bool = ..., info: _Optional[_Union[FileInfo, _Mapping]] = ..., expires_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class WriteFileRequest(_message.Message):
    __slots__ = ("handle", "offset", "data")
    HANDLE_FIELD_NUMBER: _ClassVar[int]
    OFFSET_FIELD_NUMBER: _ClassVar[int]
    DATA_FIELD_NUMBER: _ClassVar[int]
    handle: str
    offset: int
    data: bytes
    def __init__(self, handle: _Optional[str] = ..., offset: _Optional[int] = ..., data: _Optional[bytes] = ...) -> None: ...

class WriteFileResponse(_message.Message):
    __slots__ = ("written", "size")
    WRITTEN_FIELD_NUMBER: _ClassVar[int]
    SIZE_FIELD_NUMBER: _ClassVar[int]
    written: int
    size: int
    def __init__(self, written: _Optional[int] = ..., size: _Optional[int] = ...) -> None: ...

class ReadFileRequest(_message.Message):
    __slots__ = ("handle", "offset", "length")
    HANDLE_FIELD_NUMBER: _ClassVar[int]
    OFFSET_FIELD_NUMBER: _ClassVar[int]
    LENGTH_FIELD_NUMBER: _ClassVar[int]
    handle: str
    offset: int
    length: int
    def __init__(self, handle: _Optional[str] = ..., offset: _Optional[int] = ..., length: _Optional[int] = ...) -> None: ...

class ReadFileResponse(_message.Message):
    __slots__ = ("data", "offset", "eof")
    DATA_FIELD_NUMBER: _ClassVar[int]
    OFFSET_FIELD_NUMBER: _ClassVar[int]
    EOF_FIELD_NUMBER: _ClassVar[int]
    data: bytes
    offset: int
    eof: bool
    def __init__(self, data: _Optional[bytes] = ..., offset: _Optional[int] = ..., eof: bool = ...) -> None: ...

class TruncateFileRequest(_message.Message):
    __slots__ = ("handle", "size")
    HANDLE_FIELD_NUMBER: _ClassVar[int]
    SIZE_FIELD_NUMBER: _ClassVar[int]
    handle: str
    size: int
    def __init__(self, handle: _Optional[str] = ..., size: _Optional[int] = ...) -> None: ...

class TruncateFileResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class GetFileSizeRequest(_message.Message):
    __slots__ = ("handle",)
    HANDLE_FIELD_NUMBER: _ClassVar[int]
    handle: str
    def __init__(self, handle: _Optional[str] = ...) -> None: ...

class GetFileSizeResponse(_message.Message):
    __slots__ = ("size",)
    SIZE_FIELD_NUMBER: _ClassVar[int]
    size: int
    def __init__(self, size: _Optional[int] = ...) -> None: ...

class StatFileRequest(_message.Message):
    __slots__ = ("handle", "path")
    HANDLE_FIELD_NUMBER: _ClassVar[int]
    PATH_FIELD_NUMBER: _ClassVar[int]
    handle: str
    path: str
    def __init__(self, handle: _Optional[str] = ..., path: _Optional[str] = ...) -> None: ...

class StatFileResponse(_message.Message):
    __slots__ = ("info",)
    INFO_FIELD_NUMBER: _ClassVar[int]
    info: FileInfo
    def __init__(self, info: _Optional[_Union[FileInfo, _Mapping]] = ...) -> None: ...

class FileExistsRequest(_message.Message):
    __slots__ = ("handle", "path", "content_hash")
    HANDLE_FIELD_NUMBER: _ClassVar[int]
    PATH_FIELD_NUMBER: _ClassVar[int]
    CONTENT_HASH_FIELD_NUMBER: _ClassVar[int]
    handle: str
    path: str
    content_hash: str
    def __init__(self, handle: _Optional[str] = ..., path: _Optional[str] = ..., content_hash: _Optional[str] = ...) -> None: ...

class FileExistsResponse(_message.Message):
    __slots__ = ("exists", "is_dir")
    EXISTS_FIELD_NUMBER: _ClassVar[int]
    IS_DIR_FIELD_NUMBER: _ClassVar[int]
    exists: bool
    is_dir: bool
    def __init__(self, exists: bool = ..., is_dir: bool = ...) -> None: ...

class GetMimeTypeRequest(_message.Message):
    __slots__ = ("handle", "path")
    HANDLE_FIELD_NUMBER: _ClassVar[int]
    PATH_FIELD_NUMBER: _ClassVar[int]
    handle: str
    path: str
    def __init__(self, handle: _Optional[str] = ..., path: _Optional[str] = ...) -> None: ...

class GetMimeTypeResponse(_message.Message):
    __slots__ = ("mime_type",)
    MIME_TYPE_FIELD_NUMBER: _ClassVar[int]
    mime_type: str
    def __init__(self, mime_type: _Optional[str] = ...) -> None: ...

class FinishTempFileRequest(_message.Message):
    __slots__ = ("handle", "target")
    HANDLE_FIELD_NUMBER: _ClassVar[int]
    TARGET_FIELD_NUMBER: _ClassVar[int]
    handle: str
    target: FileTarget
    def __init__(self, handle: _Optional[str] = ..., target: _Optional[_Union[FileTarget, _Mapping]] = ...) -> None: ...

class FinishTempFileResponse(_message.Message):
    __slots__ = ("content_hash", "size", "info")
    CONTENT_HASH_FIELD_NUMBER: _ClassVar[int]
    SIZE_FIELD_NUMBER: _ClassVar[int]
    INFO_FIELD_NUMBER: _ClassVar[int]
    content_hash: str
    size: int
    info: FileInfo
    def __init__(self, content_hash: _Optional[str] = ..., size: _Optional[int] = ..., info: _Optional[_Union[FileInfo, _Mapping]] = ...) -> None: ...

class SetObjectRequest(_message.Message):
    __slots__ = ("handle", "value")
    HANDLE_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    handle: str
    value: _struct_pb2.Value
    def __init__(self, handle: _Optional[str] = ..., value: _Optional[_Union[_struct_pb2.Value, _Mapping]] = ...) -> None: ...

class SetObjectResponse(_message.Message):
    __slots__ = ("content_hash", "size")
    CONTENT_HASH_FIELD_NUMBER: _ClassVar[int]
    SIZE_FIELD_NUMBER: _ClassVar[int]
    content_hash: str
    size: int
    def __init__(self, content_hash: _Optional[str] = ..., size: _Optional[int] = ...) -> None: ...

class GetObjectRequest(_message.Message):
    __slots__ = ("handle",)
    HANDLE_FIELD_NUMBER: _ClassVar[int]
    handle: str
    def __init__(self, handle: _Optional[str] = ...) -> None: ...

class GetObjectResponse(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _struct_pb2.Value
    def __init__(self, value: _Optional[_Union[_struct_pb2.Value, _Mapping]] = ...) -> None: ...

class SetFileContentRequest(_message.Message):
    __slots__ = ("handle", "content_hash", "mime_type")
    HANDLE_FIELD_NUMBER: _ClassVar[int]
    CONTENT_HASH_FIELD_NUMBER: _ClassVar[int]
    MIME_TYPE_FIELD_NUMBER: _ClassVar[int]
    handle: str
    content_hash: str
    mime_type: str
    def __init__(self, handle: _Optional[str] = ..., content_hash: _Optional[str] = ..., mime_type: _Optional[str] = ...) -> None: ...

class SetFileContentResponse(_message.Message):
    __slots__ = ("size",)
    SIZE_FIELD_NUMBER: _ClassVar[int]
    size: int
    def __init__(self, size: _Optional[int] = ...) -> None: ...

class MakeDirRequest(_message.Message):
    __slots__ = ("handle", "path", "parents")
    HANDLE_FIELD_NUMBER: _ClassVar[int]
    PATH_FIELD_NUMBER: _ClassVar[int]
    PARENTS_FIELD_NUMBER: _ClassVar[int]
    handle: str
    path: str
    parents: bool
    def __init__(self, handle: _Optional[str] = ..., path: _Optional[str] = ..., parents: bool = ...) -> None: ...

class MakeDirResponse(_message.Message):
    __slots__ = ("info",)
    INFO_FIELD_NUMBER: _ClassVar[int]
    info: FileInfo
    def __init__(self, info: _Optional[_Union[FileInfo, _Mapping]] = ...) -> None: ...

class ReadDirRequest(_message.Message):
    __slots__ = ("handle", "path", "page")
    HANDLE_FIELD_NUMBER: _ClassVar[int]
    PATH_FIELD_NUMBER: _ClassVar[int]
    PAGE_FIELD_NUMBER: _ClassVar[int]
    handle: str
    path: str
    page: _common_pb2.PageRequest
    def __init__(self, handle: _Optional[str] = ..., path: _Optional[str] = ..., page: _Optional[_Union[_common_pb2.PageRequest, _Mapping]] = ...) -> None: ...

class ReadDirResponse(_message.Message):
    __slots__ = ("entries", "page")
    ENTRIES_FIELD_NUMBER: _ClassVar[int]
    PAGE_FIELD_NUMBER: _ClassVar[int]
    entries: _containers.RepeatedCompositeFieldContainer[FileInfo]
    page: _common_pb2.PageResponse
    def __init__(self, entries: _Optional[_Iterable[_Union[FileInfo, _Mapping]]] = ..., page: _Optional[_Union[_common_pb2.PageResponse, _Mapping]] = ...) -> None: ...

class FindFilesRequest(_message.Message):
    __slots__ = ("handle", "path", "name", "glob", "page")
    HANDLE_FIELD_NUMBER: _ClassVar[int]
    PATH_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    GLOB_FIELD_NUMBER: _ClassVar[int]
    PAGE_FIELD_NUMBER: _ClassVar[int]
    handle: str
    path: str
    name: str
    glob: str
    page: _common_pb2.PageRequest
    def __init__(self, handle: _Optional[str] = ..., path: _Optional[str] = ..., name: _Optional[str] = ..., glob: _Optional[str] = ..., page: _Optional[_Union[_common_pb2.PageRequest, _Mapping]] = ...) -> None: ...

class FindFilesResponse(_message.Message):
    __slots__ = ("entries", "page")
    ENTRIES_FIELD_NUMBER: _ClassVar[int]
    PAGE_FIELD_NUMBER: _ClassVar[int]
    entries: _containers.RepeatedCompositeFieldContainer[FileInfo]
    page: _common_pb2.PageResponse
    def __init__(self, entries: _Optional[_Iterable[_Union[FileInfo, _Mapping]]] = ..., page: _Optional[_Union[_common_pb2.PageResponse, _Mapping]] = ...) -> None: ...

class CopyPathRequest(_message.Message):
    __slots__ = ("handle", "source_path", "destination_path", "source_mimei_id", "source_version", "overwrite")
    HANDLE_FIELD_NUMBER: _ClassVar[int]
    SOURCE_PATH_FIELD_NUMBER: _ClassVar[int]
    DESTINATION_PATH_FIELD_NUMBER: _ClassVar[int]
    SOURCE_MIMEI_ID_FIELD_NUMBER: _ClassVar[int]
    SOURCE_VERSION_FIELD_NUMBER: _ClassVar[int]
    OVERWRITE_FIELD_NUMBER: _ClassVar[int]
    handle: str
    source_path: str
    destination_path: str
    source_mimei_id: str
    source_version: str
    overwrite: bool
    def __init__(self, handle: _Optional[str] = ..., source_path: _Optional[str] = ..., destination_path: _Optional[str] = ..., source_mimei_id: _Optional[str] = ..., source_version: _Optional[str] = ..., overwrite: bool = ...) -> None: ...

class CopyPathResponse(_message.Message):
    __slots__ = ("info",)
    INFO_FIELD_NUMBER: _ClassVar[int]
    info: FileInfo
    def __init__(self, info: _Optional[_Union[FileInfo, _Mapping]] = ...) -> None: ...

class MovePathRequest(_message.Message):
    __slots__ = ("handle", "from_path", "to_path", "overwrite")
    HANDLE_FIELD_NUMBER: _ClassVar[int]
    FROM_PATH_FIELD_NUMBER: _ClassVar[int]
    TO_PATH_FIELD_NUMBER: _ClassVar[int]
    OVERWRITE_FIELD_NUMBER: _ClassVar[int]
    handle: str
    from_path: str
    to_path: str
    overwrite: bool
    def __init__(self, handle: _Optional[str] = ..., from_path: _Optional[str] = ..., to_path: _Optional[str] = ..., overwrite: bool = ...) -> None: ...

class MovePathResponse(_message.Message):
    __slots__ = ("info",)
    INFO_FIELD_NUMBER: _ClassVar[int]
    info: FileInfo
    def __init__(self, info: _Optional[_Union[FileInfo, _Mapping]] = ...) -> None: ...

class RemovePathRequest(_message.Message):
    __slots__ = ("handle", "path")
    HANDLE_FIELD_NUMBER: _ClassVar[int]
    PATH_FIELD_NUMBER: _ClassVar[int]
    handle: str
    path: str
    def __init__(self, handle: _Optional[str] = ..., path: _Optional[str] = ...) -> None: ...

class RemovePathResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class RemoveAllRequest(_message.Message):
    __slots__ = ("handle", "path")
    HANDLE_FIELD_NUMBER: _ClassVar[int]
    PATH_FIELD_NUMBER: _ClassVar[int]
    handle: str
    path: str
    def __init__(self, handle: _Optional[str] = ..., path: _Optional[str] = ...) -> None: ...

class RemoveAllResponse(_message.Message):
    __slots__ = ("removed",)
    REMOVED_FIELD_NUMBER: _ClassVar[int]
    removed: int
    def __init__(self, removed: _Optional[int] = ...) -> None: ...

class TreeChange(_message.Message):
    __slots__ = ("path", "kind", "is_dir", "from_digest", "to_digest")
    PATH_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    IS_DIR_FIELD_NUMBER: _ClassVar[int]
    FROM_DIGEST_FIELD_NUMBER: _ClassVar[int]
    TO_DIGEST_FIELD_NUMBER: _ClassVar[int]
    path: str
    kind: TreeChangeKind
    is_dir: bool
    from_digest: str
    to_digest: str
    def __init__(self, path: _Optional[str] = ..., kind: _Optional[_Union[TreeChangeKind, str]] = ..., is_dir: bool = ..., from_digest: _Optional[str] = ..., to_digest: _Optional[str] = ...) -> None: ...

class DiffTreeRequest(_message.Message):
    __slots__ = ("mimei_id", "from_version", "to_version", "path", "page")
    MIMEI_ID_FIELD_NUMBER: _ClassVar[int]
    FROM_VERSION_FIELD_NUMBER: _ClassVar[int]
    TO_VERSION_FIELD_NUMBER: _ClassVar[int]
    PATH_FIELD_NUMBER: _ClassVar[int]
    PAGE_FIELD_NUMBER: _ClassVar[int]
    mimei_id: str
    from_version: str
    to_version: str
    path: str
    page: _common_pb2.PageRequest
    def __init__(self, mimei_id: _Optional[str] = ..., from_version: _Optional[str] = ..., to_version: _Optional[str] = ..., path: _Optional[str] = ..., page: _Optional[_Union[_common_pb2.PageRequest, _Mapping]] = ...) -> None: ...

class DiffTreeResponse(_message.Message):
    __slots__ = ("changes", "from_digest", "to_digest", "page")
    CHANGES_FIELD_NUMBER: _ClassVar[int]
    FROM_DIGEST_FIELD_NUMBER: _ClassVar[int]
    TO_DIGEST_FIELD_NUMBER: _ClassVar[int]
    PAGE_FIELD_NUMBER: _ClassVar[int]
    changes: _containers.RepeatedCompositeFieldContainer[TreeChange]
    from_digest: str
    to_digest: str
    page: _common_pb2.PageResponse
    def __init__(self, changes: _Optional[_Iterable[_Union[TreeChange, _Mapping]]] = ..., from_digest: _Optional[str] = ..., to_digest: _Optional[str] = ..., page: _Optional[_Union[_common_pb2.PageResponse, _Mapping]] = ...) -> None: ...

class UploadHeader(_message.Message):
    __slots__ = ("target", "name", "mime_type", "size", "content_hash")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    MIME_TYPE_FIELD_NUMBER: _ClassVar[int]
    SIZE_FIELD_NUMBER: _ClassVar[int]
    CONTENT_HASH_FIELD_NUMBER: _ClassVar[int]
    target: FileTarget
    name: str
    mime_type: str
    size: int
    content_hash: str
    def __init__(self, target: _Optional[_Union[FileTarget, _Mapping]] = ..., name: _Optional[str] = ..., mime_type: _Optional[str] = ..., size: _Optional[int] = ..., content_hash: _Optional[str] = ...) -> None: ...

class UploadRequest(_message.Message):
    __slots__ = ("header", "chunk")
    HEADER_FIELD_NUMBER: _ClassVar[int]
    CHUNK_FIELD_NUMBER: _ClassVar[int]
    header: UploadHeader
    chunk: bytes
    def __init__(self, header: _Optional[_Union[UploadHeader, _Mapping]] = ..., chunk: _Optional[bytes] = ...) -> None: ...

class UploadResponse(_message.Message):
    __slots__ = ("content_hash", "size", "mime_type", "info")
    CONTENT_HASH_FIELD_NUMBER: _ClassVar[int]
    SIZE_FIELD_NUMBER: _ClassVar[int]
    MIME_TYPE_FIELD_NUMBER: _ClassVar[int]
    INFO_FIELD_NUMBER: _ClassVar[int]
    content_hash: str
    size: int
    mime_type: str
    info: FileInfo
    def __init__(self, content_hash: _Optional[str] = ..., size: _Optional[int] = ..., mime_type: _Optional[str] = ..., info: _Optional[_Union[FileInfo, _Mapping]] = ...) -> None: ...

class DownloadRequest(_message.Message):
    __slots__ = ("handle", "tree_path", "content", "offset", "length", "chunk_size")
    HANDLE_FIELD_NUMBER: _ClassVar[int]
    TREE_PATH_FIELD_NUMBER: _ClassVar[int]
    CONTENT_FIELD_NUMBER: _ClassVar[int]
    OFFSET_FIELD_NUMBER: _ClassVar[int]
    LENGTH_FIELD_NUMBER: _ClassVar[int]
    CHUNK_SIZE_FIELD_NUMBER: _ClassVar[int]
    handle: str
    tree_path: TreePath
    content: ContentRef
    offset: int
    length: int
    chunk_size: int
    def __init__(self, handle: _Optional[str] = ..., tree_path: _Optional[_Union[TreePath, _Mapping]] = ..., content: _Optional[_Union[ContentRef, _Mapping]] = ..., offset: _Optional[int] = ..., length: _Optional[int] = ..., chunk_size: _Optional[int] = ...) -> None: ...

class DownloadHeader(_message.Message):
    __slots__ = ("name", "size", "content_hash", "mime_type", "modified_at", "offset", "length")
    NAME_FIELD_NUMBER: _ClassVar[int]
    SIZE_FIELD_NUMBER: _ClassVar[int]
    CONTENT_HASH_FIELD_NUMBER: _ClassVar[int]
    MIME_TYPE_FIELD_NUMBER: _ClassVar[int]
    MODIFIED_AT_FIELD_NUMBER: _ClassVar[int]
    OFFSET_FIELD_NUMBER: _ClassVar[int]
    LENGTH_FIELD_NUMBER: _ClassVar[int]
    name: str
    size: int
    content_hash: str
    mime_type: str
    modified_at: _timestamp_pb2.Timestamp
    offset: int
    length: int
    def __init__(self, name: _Optional[str] = ..., size: _Optional[int] = ..., content_hash: _Optional[str] = ..., mime_type: _Optional[str] = ..., modified_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., offset: _Optional[int] = ..., length: _Optional[int] = ...) -> None: ...

class DownloadChunk(_message.Message):
    __slots__ = ("offset", "data")
    OFFSET_FIELD_NUMBER: _ClassVar[int]
    DATA_FIELD_NUMBER: _ClassVar[int]
    offset: int
    data: bytes
    def __init__(self, offset: _Optional[int] = ..., data: _Optional[bytes] = ...) -> None: ...

class DownloadResponse(_message.Message):
    __slots__ = ("header", "chunk")
    HEADER_FIELD_NUMBER: _ClassVar[int]
    CHUNK_FIELD_NUMBER: _ClassVar[int]
    header: DownloadHeader
    chunk: DownloadChunk
    def __init__(self, header: _Optional[_Union[DownloadHeader, _Mapping]] = ..., chunk: _Optional[_Union[DownloadChunk, _Mapping]] = ...) -> None: ...
