import datetime

from google.protobuf import duration_pb2 as _duration_pb2
from google.protobuf import struct_pb2 as _struct_pb2
from google.protobuf import timestamp_pb2 as _timestamp_pb2
from leither.v1 import common_pb2 as _common_pb2
from leither.v1 import file_service_pb2 as _file_service_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class ArchiveFormat(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    ARCHIVE_FORMAT_UNSPECIFIED: _ClassVar[ArchiveFormat]
    ARCHIVE_FORMAT_TAR: _ClassVar[ArchiveFormat]
    ARCHIVE_FORMAT_TAR_GZ: _ClassVar[ArchiveFormat]
    ARCHIVE_FORMAT_ZIP: _ClassVar[ArchiveFormat]

class ScriptLanguage(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    SCRIPT_LANGUAGE_UNSPECIFIED: _ClassVar[ScriptLanguage]
    SCRIPT_LANGUAGE_JAVASCRIPT: _ClassVar[ScriptLanguage]

class TaskRecurrence(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    TASK_RECURRENCE_UNSPECIFIED: _ClassVar[TaskRecurrence]
    TASK_RECURRENCE_MONTHLY: _ClassVar[TaskRecurrence]
    TASK_RECURRENCE_YEARLY: _ClassVar[TaskRecurrence]

class TaskState(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    TASK_STATE_UNSPECIFIED: _ClassVar[TaskState]
    TASK_STATE_SCHEDULED: _ClassVar[TaskState]
    TASK_STATE_RUNNING: _ClassVar[TaskState]
    TASK_STATE_COMPLETED: _ClassVar[TaskState]
    TASK_STATE_FAILED: _ClassVar[TaskState]
    TASK_STATE_CANCELLED: _ClassVar[TaskState]
ARCHIVE_FORMAT_UNSPECIFIED: ArchiveFormat
ARCHIVE_FORMAT_TAR: ArchiveFormat
ARCHIVE_FORMAT_TAR_GZ: ArchiveFormat
ARCHIVE_FORMAT_ZIP: ArchiveFormat
SCRIPT_LANGUAGE_UNSPECIFIED: ScriptLanguage
SCRIPT_LANGUAGE_JAVASCRIPT: ScriptLanguage
TASK_RECURRENCE_UNSPECIFIED: TaskRecurrence
TASK_RECURRENCE_MONTHLY: TaskRecurrence
TASK_RECURRENCE_YEARLY: TaskRecurrence
TASK_STATE_UNSPECIFIED: TaskState
TASK_STATE_SCHEDULED: TaskState
TASK_STATE_RUNNING: TaskState
TASK_STATE_COMPLETED: TaskState
TASK_STATE_FAILED: TaskState
TASK_STATE_CANCELLED: TaskState

class App(_message.Message):
    __slots__ = ("app_id", "name", "author_id", "last_version", "release_version", "entry", "entry_url", "file_count", "size", "created_at", "modified_at")
    APP_ID_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    AUTHOR_ID_FIELD_NUMBER: _ClassVar[int]
    LAST_VERSION_FIELD_NUMBER: _ClassVar[int]
    RELEASE_VERSION_FIELD_NUMBER: _ClassVar[int]
    ENTRY_FIELD_NUMBER: _ClassVar[int]
    ENTRY_URL_FIELD_NUMBER: _ClassVar[int]
    FILE_COUNT_FIELD_NUMBER: _ClassVar[int]
    SIZE_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FIELD_NUMBER: _ClassVar[int]
    MODIFIED_AT_FIELD_NUMBER: _ClassVar[int]
    app_id: str
    name: str
    author_id: str
    last_version: int
    release_version: int
    entry: str
    entry_url: str
    file_count: int
    size: int
    created_at: _timestamp_pb2.Timestamp
    modified_at: _timestamp_pb2.Timestamp
    def __init__(self, app_id: _Optional[str] = ..., name: _Optional[str] = ..., author_id: _Optional[str] = ..., last_version: _Optional[int] = ..., release_version: _Optional[int] = ..., entry: _Optional[str] = ..., entry_url: _Optional[str] = ..., file_count: _Optional[int] = ..., size: _Optional[int] = ..., created_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., modified_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class UploadAppRequest(_message.Message):
    __slots__ = ("name", "content_hash", "format", "merge", "strip_prefix")
    NAME_FIELD_NUMBER: _ClassVar[int]
    CONTENT_HASH_FIELD_NUMBER: _ClassVar[int]
    FORMAT_FIELD_NUMBER: _ClassVar[int]
    MERGE_FIELD_NUMBER: _ClassVar[int]
    STRIP_PREFIX_FIELD_NUMBER: _ClassVar[int]
    name: str
    content_hash: str
    format: ArchiveFormat
    merge: bool
    strip_prefix: str
    def __init__(self, name: _Optional[str] = ..., content_hash: _Optional[str] = ..., format: _Optional[_Union[ArchiveFormat, str]] = ..., merge: bool = ..., strip_prefix: _Optional[str] = ...) -> None: ...

class UploadAppResponse(_message.Message):
    __slots__ = ("app", "files_written")
    APP_FIELD_NUMBER: _ClassVar[int]
    FILES_WRITTEN_FIELD_NUMBER: _ClassVar[int]
    app: App
    files_written: int
    def __init__(self, app: _Optional[_Union[App, _Mapping]] = ..., files_written: _Optional[int] = ...) -> None: ...

class AppArchiveHeader(_message.Message):
    __slots__ = ("name", "format", "merge", "strip_prefix", "size", "content_hash")
    NAME_FIELD_NUMBER: _ClassVar[int]
    FORMAT_FIELD_NUMBER: _ClassVar[int]
    MERGE_FIELD_NUMBER: _ClassVar[int]
    STRIP_PREFIX_FIELD_NUMBER: _ClassVar[int]
    SIZE_FIELD_NUMBER: _ClassVar[int]
    CONTENT_HASH_FIELD_NUMBER: _ClassVar[int]
    name: str
    format: ArchiveFormat
    merge: bool
    strip_prefix: str
    size: int
    content_hash: str
    def __init__(self, name: _Optional[str] = ..., format: _Optional[_Union[ArchiveFormat, str]] = ..., merge: bool = ..., strip_prefix: _Optional[str] = ..., size: _Optional[int] = ..., content_hash: _Optional[str] = ...) -> None: ...

class UploadAppArchiveRequest(_message.Message):
    __slots__ = ("header", "chunk")
    HEADER_FIELD_NUMBER: _ClassVar[int]
    CHUNK_FIELD_NUMBER: _ClassVar[int]
    header: AppArchiveHeader
    chunk: bytes
    def __init__(self, header: _Optional[_Union[AppArchiveHeader, _Mapping]] = ..., chunk: _Optional[bytes] = ...) -> None: ...

class UploadAppArchiveResponse(_message.Message):
    __slots__ = ("app", "files_written", "content_hash")
    APP_FIELD_NUMBER: _ClassVar[int]
    FILES_WRITTEN_FIELD_NUMBER: _ClassVar[int]
    CONTENT_HASH_FIELD_NUMBER: _ClassVar[int]
    app: App
    files_written: int
    content_hash: str
    def __init__(self, app: _Optional[_Union[App, _Mapping]] = ..., files_written: _Optional[int] = ..., content_hash: _Optional[str] = ...) -> None: ...

class UploadAppFileRequest(_message.Message):
    __slots__ = ("app_id", "path", "content_hash", "data")
    APP_ID_FIELD_NUMBER: _ClassVar[int]
    PATH_FIELD_NUMBER: _ClassVar[int]
    CONTENT_HASH_FIELD_NUMBER: _ClassVar[int]
    DATA_FIELD_NUMBER: _ClassVar[int]
    app_id: str
    path: str
    content_hash: str
    data: bytes
    def __init__(self, app_id: _Optional[str] = ..., path: _Optional[str] = ..., content_hash: _Optional[str] = ..., data: _Optional[bytes] = ...) -> None: ...

class UploadAppFileResponse(_message.Message):
    __slots__ = ("info",)
    INFO_FIELD_NUMBER: _ClassVar[int]
    info: _file_service_pb2.FileInfo
    def __init__(self, info: _Optional[_Union[_file_service_pb2.FileInfo, _Mapping]] = ...) -> None: ...

class ListAppsRequest(_message.Message):
    __slots__ = ("author_id", "page")
    AUTHOR_ID_FIELD_NUMBER: _ClassVar[int]
    PAGE_FIELD_NUMBER: _ClassVar[int]
    author_id: str
    page: _common_pb2.PageRequest
    def __init__(self, author_id: _Optional[str] = ..., page: _Optional[_Union[_common_pb2.PageRequest, _Mapping]] = ...) -> None: ...

class ListAppsResponse(_message.Message):
    __slots__ = ("apps", "page")
    APPS_FIELD_NUMBER: _ClassVar[int]
    PAGE_FIELD_NUMBER: _ClassVar[int]
    apps: _containers.RepeatedCompositeFieldContainer[App]
    page: _common_pb2.PageResponse
    def __init__(self, apps: _Optional[_Iterable[_Union[App, _Mapping]]] = ..., page: _Optional[_Union[_common_pb2.PageResponse, _Mapping]] = ...) -> None: ...

class GetAppInfoRequest(_message.Message):
    __slots__ = ("app_id", "author_id", "name")
    APP_ID_FIELD_NUMBER: _ClassVar[int]
    AUTHOR_ID_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    app_id: str
    author_id: str
    name: str
    def __init__(self, app_id: _Optional[str] = ..., author_id: _Optional[str] = ..., name: _Optional[str] = ...) -> None: ...

class GetAppInfoResponse(_message.Message):
    __slots__ = ("app",)
    APP_FIELD_NUMBER: _ClassVar[int]
    app: App
    def __init__(self, app: _Optional[_Union[App, _Mapping]] = ...) -> None: ...

class UninstallAppRequest(_message.Message):
    __slots__ = ("app_id",)
    APP_ID_FIELD_NUMBER: _ClassVar[int]
    app_id: str
    def __init__(self, app_id: _Optional[str] = ...) -> None: ...

class UninstallAppResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class Script(_message.Message):
    __slots__ = ("script_id", "name", "owner_id", "app_id", "language", "memo", "source_hash", "updated_at")
    SCRIPT_ID_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    OWNER_ID_FIELD_NUMBER: _ClassVar[int]
    APP_ID_FIELD_NUMBER: _ClassVar[int]
    LANGUAGE_FIELD_NUMBER: _ClassVar[int]
    MEMO_FIELD_NUMBER: _ClassVar[int]
    SOURCE_HASH_FIELD_NUMBER: _ClassVar[int]
    UPDATED_AT_FIELD_NUMBER: _ClassVar[int]
    script_id: str
    name: str
    owner_id: str
    app_id: str
    language: ScriptLanguage
    memo: str
    source_hash: str
    updated_at: _timestamp_pb2.Timestamp
    def __init__(self, script_id: _Optional[str] = ..., name: _Optional[str] = ..., owner_id: _Optional[str] = ..., app_id: _Optional[str] = ..., language: _Optional[_Union[ScriptLanguage, str]] = ..., memo: _Optional[str] = ..., source_hash: _Optional[str] = ..., updated_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class RegisterScriptRequest(_message.Message):
    __slots__ = ("name", "source", "language", "memo", "app_id")
    NAME_FIELD_NUMBER: _ClassVar[int]
    SOURCE_FIELD_NUMBER: _ClassVar[int]
    LANGUAGE_FIELD_NUMBER: _ClassVar[int]
    MEMO_FIELD_NUMBER: _ClassVar[int]
    APP_ID_FIELD_NUMBER: _ClassVar[int]
    name: str
    source: str
    language: ScriptLanguage
    memo: str
    app_id: str
    def __init__(self, name: _Optional[str] = ..., source: _Optional[str] = ..., language: _Optional[_Union[ScriptLanguage, str]] = ..., memo: _Optional[str] = ..., app_id: _Optional[str] = ...) -> None: ...

class RegisterScriptResponse(_message.Message):
    __slots__ = ("script",)
    SCRIPT_FIELD_NUMBER: _ClassVar[int]
    script: Script
    def __init__(self, script: _Optional[_Union[Script, _Mapping]] = ...) -> None: ...

class ListScriptsRequest(_message.Message):
    __slots__ = ("app_id", "page")
    APP_ID_FIELD_NUMBER: _ClassVar[int]
    PAGE_FIELD_NUMBER: _ClassVar[int]
    app_id: str
    page: _common_pb2.PageRequest
    def __init__(self, app_id: _Optional[str] = ..., page: _Optional[_Union[_common_pb2.PageRequest, _Mapping]] = ...) -> None: ...

class ListScriptsResponse(_message.Message):
    __slots__ = ("scripts", "page")
    SCRIPTS_FIELD_NUMBER: _ClassVar[int]
    PAGE_FIELD_NUMBER: _ClassVar[int]
    scripts: _containers.RepeatedCompositeFieldContainer[Script]
    page: _common_pb2.PageResponse
    def __init__(self, scripts: _Optional[_Iterable[_Union[Script, _Mapping]]] = ..., page: _Optional[_Union[_common_pb2.PageResponse, _Mapping]] = ...) -> None: ...

class DeleteScriptRequest(_message.Message):
    __slots__ = ("script_id",)
    SCRIPT_ID_FIELD_NUMBER: _ClassVar[int]
    script_id: str
    def __init__(self, script_id: _Optional[str] = ...) -> None: ...

class DeleteScriptResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ScriptLogLine(_message.Message):
    __slots__ = ("time", "level", "message")
    TIME_FIELD_NUMBER: _ClassVar[int]
    LEVEL_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    time: _timestamp_pb2.Timestamp
    level: str
    message: str
    def __init__(self, time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., level: _Optional[str] = ..., message: _Optional[str] = ...) -> None: ...

class ScriptRun(_message.Message):
    __slots__ = ("result", "error", "logs", "started_at", "duration")
    RESULT_FIELD_NUMBER: _ClassVar[int]
    ERROR_FIELD_NUMBER: _ClassVar[int]
    LOGS_FIELD_NUMBER: _ClassVar[int]
    STARTED_AT_FIELD_NUMBER: _ClassVar[int]
    DURATION_FIELD_NUMBER: _ClassVar[int]
    result: _struct_pb2.Value
    error: str
    logs: _containers.RepeatedCompositeFieldContainer[ScriptLogLine]
    started_at: _timestamp_pb2.Timestamp
    duration: _duration_pb2.Duration
    def __init__(self, result: _Optional[_Union[_struct_pb2.Value, _Mapping]] = ..., error: _Optional[str] = ..., logs: _Optional[_Iterable[_Union[ScriptLogLine, _Mapping]]] = ..., started_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., duration: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ...) -> None: ...

class RunScriptRequest(_message.Message):
    __slots__ = ("source", "language", "params", "args", "timeout")
    class ParamsEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    SOURCE_FIELD_NUMBER: _ClassVar[int]
    LANGUAGE_FIELD_NUMBER: _ClassVar[int]
    PARAMS_FIELD_NUMBER: _ClassVar[int]
    ARGS_FIELD_NUMBER: _ClassVar[int]
    TIMEOUT_FIELD_NUMBER: _ClassVar[int]
    source: str
    language: ScriptLanguage
    params: _containers.ScalarMap[str, str]
    args: _containers.RepeatedCompositeFieldContainer[_struct_pb2.Value]
    timeout: _duration_pb2.Duration
    def __init__(self, source: _Optional[str] = ..., language: _Optional[_Union[ScriptLanguage, str]] = ..., params: _Optional[_Mapping[str, str]] = ..., args: _Optional[_Iterable[_Union[_struct_pb2.Value, _Mapping]]] = ..., timeout: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ...) -> None: ...

class RunScriptResponse(_message.Message):
    __slots__ = ("run",)
    RUN_FIELD_NUMBER: _ClassVar[int]
    run: ScriptRun
    def __init__(self, run: _Optional[_Union[ScriptRun, _Mapping]] = ...) -> None: ...

class RunScriptByIdRequest(_message.Message):
    __slots__ = ("script_id", "params", "args", "timeout")
    class ParamsEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    SCRIPT_ID_FIELD_NUMBER: _ClassVar[int]
    PARAMS_FIELD_NUMBER: _ClassVar[int]
    ARGS_FIELD_NUMBER: _ClassVar[int]
    TIMEOUT_FIELD_NUMBER: _ClassVar[int]
    script_id: str
    params: _containers.ScalarMap[str, str]
    args: _containers.RepeatedCompositeFieldContainer[_struct_pb2.Value]
    timeout: _duration_pb2.Duration
    def __init__(self, script_id: _Optional[str] = ..., params: _Optional[_Mapping[str, str]] = ..., args: _Optional[_Iterable[_Union[_struct_pb2.Value, _Mapping]]] = ..., timeout: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ...) -> None: ...

class RunScriptByIdResponse(_message.Message):
    __slots__ = ("run",)
    RUN_FIELD_NUMBER: _ClassVar[int]
    run: ScriptRun
    def __init__(self, run: _Optional[_Union[ScriptRun, _Mapping]] = ...) -> None: ...

class TaskSetting(_message.Message):
    __slots__ = ("name", "script_id", "start_at", "period", "recurrence", "params", "timeout")
    class ParamsEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    NAME_FIELD_NUMBER: _ClassVar[int]
    SCRIPT_ID_FIELD_NUMBER: _ClassVar[int]
    START_AT_FIELD_NUMBER: _ClassVar[int]
    PERIOD_FIELD_NUMBER: _ClassVar[int]
    RECURRENCE_FIELD_NUMBER: _ClassVar[int]
    PARAMS_FIELD_NUMBER: _ClassVar[int]
    TIMEOUT_FIELD_NUMBER: _ClassVar[int]
    name: str
    script_id: str
    start_at: _timestamp_pb2.Timestamp
    period: _duration_pb2.Duration
    recurrence: TaskRecurrence
    params: _containers.ScalarMap[str, str]
    timeout: _duration_pb2.Duration
    def __init__(self, name: _Optional[str] = ..., script_id: _Optional[str] = ..., start_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., period: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ..., recurrence: _Optional[_Union[TaskRecurrence, str]] = ..., params: _Optional[_Mapping[str, str]] = ..., timeout: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ...) -> None: ...

class Task(_message.Message):
    __slots__ = ("task_id", "owner_id", "setting", "state", "created_at", "next_run_at", "run_count", "last_run")
    TASK_ID_FIELD_NUMBER: _ClassVar[int]
    OWNER_ID_FIELD_NUMBER: _ClassVar[int]
    SETTING_FIELD_NUMBER: _ClassVar[int]
    STATE_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FIELD_NUMBER: _ClassVar[int]
    NEXT_RUN_AT_FIELD_NUMBER: _ClassVar[int]
    RUN_COUNT_FIELD_NUMBER: _ClassVar[int]
    LAST_RUN_FIELD_NUMBER: _ClassVar[int]
    task_id: str
    owner_id: str
    setting: TaskSetting
    state: TaskState
    created_at: _timestamp_pb2.Timestamp
    next_run_at: _timestamp_pb2.Timestamp
    run_count: int
    last_run: ScriptRun
    def __init__(self, task_id: _Optional[str] = ..., owner_id: _Optional[str] = ..., setting: _Optional[_Union[TaskSetting, _Mapping]] = ..., state: _Optional[_Union[TaskState, str]] = ..., created_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., next_run_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., run_count: _Optional[int] = ..., last_run: _Optional[_Union[ScriptRun, _Mapping]] = ...) -> None: ...

class StartTaskRequest(_message.Message):
    __slots__ = ("setting",)
    SETTING_FIELD_NUMBER: _ClassVar[int]
    setting: TaskSetting
    def __init__(self, setting: _Optional[_Union[TaskSetting, _Mapping]] = ...) -> None: ...

class StartTaskResponse(_message.Message):
    __slots__ = ("task",)
    TASK_FIELD_NUMBER: _ClassVar[int]
    task: Task
    def __init__(self, task: _Optional[_Union[Task, _Mapping]] = ...) -> None: ...

class GetTaskStatusRequest(_message.Message):
    __slots__ = ("task_id",)
    TASK_ID_FIELD_NUMBER: _ClassVar[int]
    task_id: str
    def __init__(self, task_id: _Optional[str] = ...) -> None: ...

class GetTaskStatusResponse(_message.Message):
    __slots__ = ("task",)
    TASK_FIELD_NUMBER: _ClassVar[int]
    task: Task
    def __init__(self, task: _Optional[_Union[Task, _Mapping]] = ...) -> None: ...

class ListTasksRequest(_message.Message):
    __slots__ = ("state", "page")
    STATE_FIELD_NUMBER: _ClassVar[int]
    PAGE_FIELD_NUMBER: _ClassVar[int]
    state: TaskState
    page: _common_pb2.PageRequest
    def __init__(self, state: _Optional[_Union[TaskState, str]] = ..., page: _Optional[_Union[_common_pb2.PageRequest, _Mapping]] = ...) -> None: ...

class ListTasksResponse(_message.Message):
    __slots__ = ("tasks", "page")
    TASKS_FIELD_NUMBER: _ClassVar[int]
    PAGE_FIELD_NUMBER: _ClassVar[int]
    tasks: _containers.RepeatedCompositeFieldContainer[Task]
    page: _common_pb2.PageResponse
    def __init__(self, tasks: _Optional[_Iterable[_Union[Task, _Mapping]]] = ..., page: _Optional[_Union[_common_pb2.PageResponse, _Mapping]] = ...) -> None: ...

class CancelTaskRequest(_message.Message):
    __slots__ = ("task_id",)
    TASK_ID_FIELD_NUMBER: _ClassVar[int]
    task_id: str
    def __init__(self, task_id: _Optional[str] = ...) -> None: ...

class CancelTaskResponse(_message.Message):
    __slots__ = ("task",)
    TASK_FIELD_NUMBER: _ClassVar[int]
    task: Task
    def __init__(self, task: _Optional[_Union[Task, _Mapping]] = ...) -> None: ...
