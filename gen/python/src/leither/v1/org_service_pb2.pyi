import datetime

from google.protobuf import timestamp_pb2 as _timestamp_pb2
from leither.v1 import common_pb2 as _common_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class OrgRole(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    ORG_ROLE_UNSPECIFIED: _ClassVar[OrgRole]
    ORG_ROLE_SUPERVISOR: _ClassVar[OrgRole]
    ORG_ROLE_MEMBER: _ClassVar[OrgRole]
    ORG_ROLE_GUEST: _ClassVar[OrgRole]

class OrgApplicationStatus(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    ORG_APPLICATION_STATUS_UNSPECIFIED: _ClassVar[OrgApplicationStatus]
    ORG_APPLICATION_STATUS_PENDING: _ClassVar[OrgApplicationStatus]
    ORG_APPLICATION_STATUS_APPROVED: _ClassVar[OrgApplicationStatus]
    ORG_APPLICATION_STATUS_REJECTED: _ClassVar[OrgApplicationStatus]
    ORG_APPLICATION_STATUS_WITHDRAWN: _ClassVar[OrgApplicationStatus]
ORG_ROLE_UNSPECIFIED: OrgRole
ORG_ROLE_SUPERVISOR: OrgRole
ORG_ROLE_MEMBER: OrgRole
ORG_ROLE_GUEST: OrgRole
ORG_APPLICATION_STATUS_UNSPECIFIED: OrgApplicationStatus
ORG_APPLICATION_STATUS_PENDING: OrgApplicationStatus
ORG_APPLICATION_STATUS_APPROVED: OrgApplicationStatus
ORG_APPLICATION_STATUS_REJECTED: OrgApplicationStatus
ORG_APPLICATION_STATUS_WITHDRAWN: OrgApplicationStatus

class Org(_message.Message):
    __slots__ = ("org_id", "public_key", "name", "info", "approvals_required", "state_mimei_id", "creator_id", "created_at", "member_count", "caller_role")
    class InfoEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    ORG_ID_FIELD_NUMBER: _ClassVar[int]
    PUBLIC_KEY_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    INFO_FIELD_NUMBER: _ClassVar[int]
    APPROVALS_REQUIRED_FIELD_NUMBER: _ClassVar[int]
    STATE_MIMEI_ID_FIELD_NUMBER: _ClassVar[int]
    CREATOR_ID_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FIELD_NUMBER: _ClassVar[int]
    MEMBER_COUNT_FIELD_NUMBER: _ClassVar[int]
    CALLER_ROLE_FIELD_NUMBER: _ClassVar[int]
    org_id: str
    public_key: bytes
    name: str
    info: _containers.ScalarMap[str, str]
    approvals_required: int
    state_mimei_id: str
    creator_id: str
    created_at: _timestamp_pb2.Timestamp
    member_count: int
    caller_role: OrgRole
    def __init__(self, org_id: _Optional[str] = ..., public_key: _Optional[bytes] = ..., name: _Optional[str] = ..., info: _Optional[_Mapping[str, str]] = ..., approvals_required: _Optional[int] = ..., state_mimei_id: _Optional[str] = ..., creator_id: _Optional[str] = ..., created_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., member_count: _Optional[int] = ..., caller_role: _Optional[_Union[OrgRole, str]] = ...) -> None: ...

class CreateOrgRequest(_message.Message):
    __slots__ = ("name", "info", "approvals_required")
    class InfoEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    NAME_FIELD_NUMBER: _ClassVar[int]
    INFO_FIELD_NUMBER: _ClassVar[int]
    APPROVALS_REQUIRED_FIELD_NUMBER: _ClassVar[int]
    name: str
    info: _containers.ScalarMap[str, str]
    approvals_required: int
    def __init__(self, name: _Optional[str] = ..., info: _Optional[_Mapping[str, str]] = ..., approvals_required: _Optional[int] = ...) -> None: ...

class CreateOrgResponse(_message.Message):
    __slots__ = ("org",)
    ORG_FIELD_NUMBER: _ClassVar[int]
    org: Org
    def __init__(self, org: _Optional[_Union[Org, _Mapping]] = ...) -> None: ...

class GetOrgInfoRequest(_message.Message):
    __slots__ = ("org_id",)
    ORG_ID_FIELD_NUMBER: _ClassVar[int]
    org_id: str
    def __init__(self, org_id: _Optional[str] = ...) -> None: ...

class GetOrgInfoResponse(_message.Message):
    __slots__ = ("org",)
    ORG_FIELD_NUMBER: _ClassVar[int]
    org: Org
    def __init__(self, org: _Optional[_Union[Org, _Mapping]] = ...) -> None: ...

class UpdateOrgInfoRequest(_message.Message):
    __slots__ = ("org_id", "name", "info", "approvals_required")
    class InfoEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    ORG_ID_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    INFO_FIELD_NUMBER: _ClassVar[int]
    APPROVALS_REQUIRED_FIELD_NUMBER: _ClassVar[int]
    org_id: str
    name: str
    info: _containers.ScalarMap[str, str]
    approvals_required: int
    def __init__(self, org_id: _Optional[str] = ..., name: _Optional[str] = ..., info: _Optional[_Mapping[str, str]] = ..., approvals_required: _Optional[int] = ...) -> None: ...

class UpdateOrgInfoResponse(_message.Message):
    __slots__ = ("org",)
    ORG_FIELD_NUMBER: _ClassVar[int]
    org: Org
    def __init__(self, org: _Optional[_Union[Org, _Mapping]] = ...) -> None: ...

class ListOrgsRequest(_message.Message):
    __slots__ = ("mine", "page")
    MINE_FIELD_NUMBER: _ClassVar[int]
    PAGE_FIELD_NUMBER: _ClassVar[int]
    mine: bool
    page: _common_pb2.PageRequest
    def __init__(self, mine: bool = ..., page: _Optional[_Union[_common_pb2.PageRequest, _Mapping]] = ...) -> None: ...

class ListOrgsResponse(_message.Message):
    __slots__ = ("orgs", "page")
    ORGS_FIELD_NUMBER: _ClassVar[int]
    PAGE_FIELD_NUMBER: _ClassVar[int]
    orgs: _containers.RepeatedCompositeFieldContainer[Org]
    page: _common_pb2.PageResponse
    def __init__(self, orgs: _Optional[_Iterable[_Union[Org, _Mapping]]] = ..., page: _Optional[_Union[_common_pb2.PageResponse, _Mapping]] = ...) -> None: ...

class OrgApplication(_message.Message):
    __slots__ = ("application_id", "org_id", "applicant_id", "role", "statement", "status", "approved_by", "rejected_by", "reason", "created_at", "decided_at")
    APPLICATION_ID_FIELD_NUMBER: _ClassVar[int]
    ORG_ID_FIELD_NUMBER: _ClassVar[int]
    APPLICANT_ID_FIELD_NUMBER: _ClassVar[int]
    ROLE_FIELD_NUMBER: _ClassVar[int]
    STATEMENT_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    APPROVED_BY_FIELD_NUMBER: _ClassVar[int]
    REJECTED_BY_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FIELD_NUMBER: _ClassVar[int]
    DECIDED_AT_FIELD_NUMBER: _ClassVar[int]
    application_id: str
    org_id: str
    applicant_id: str
    role: OrgRole
    statement: str
    status: OrgApplicationStatus
    approved_by: _containers.RepeatedScalarFieldContainer[str]
    rejected_by: str
    reason: str
    created_at: _timestamp_pb2.Timestamp
    decided_at: _timestamp_pb2.Timestamp
    def __init__(self, application_id: _Optional[str] = ..., org_id: _Optional[str] = ..., applicant_id: _Optional[str] = ..., role: _Optional[_Union[OrgRole, str]] = ..., statement: _Optional[str] = ..., status: _Optional[_Union[OrgApplicationStatus, str]] = ..., approved_by: _Optional[_Iterable[str]] = ..., rejected_by: _Optional[str] = ..., reason: _Optional[str] = ..., created_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., decided_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class ApplyToOrgRequest(_message.Message):
    __slots__ = ("org_id", "role", "statement")
    ORG_ID_FIELD_NUMBER: _ClassVar[int]
    ROLE_FIELD_NUMBER: _ClassVar[int]
    STATEMENT_FIELD_NUMBER: _ClassVar[int]
    org_id: str
    role: OrgRole
    statement: str
    def __init__(self, org_id: _Optional[str] = ..., role: _Optional[_Union[OrgRole, str]] = ..., statement: _Optional[str] = ...) -> None: ...

class ApplyToOrgResponse(_message.Message):
    __slots__ = ("application",)
    APPLICATION_FIELD_NUMBER: _ClassVar[int]
    application: OrgApplication
    def __init__(self, application: _Optional[_Union[OrgApplication, _Mapping]] = ...) -> None: ...

class ListOrgApplicationsRequest(_message.Message):
    __slots__ = ("org_id", "status", "page")
    ORG_ID_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    PAGE_FIELD_NUMBER: _ClassVar[int]
    org_id: str
    status: OrgApplicationStatus
    page: _common_pb2.PageRequest
    def __init__(self, org_id: _Optional[str] = ..., status: _Optional[_Union[OrgApplicationStatus, str]] = ..., page: _Optional[_Union[_common_pb2.PageRequest, _Mapping]] = ...) -> None: ...

class ListOrgApplicationsResponse(_message.Message):
    __slots__ = ("applications", "page")
    APPLICATIONS_FIELD_NUMBER: _ClassVar[int]
    PAGE_FIELD_NUMBER: _ClassVar[int]
    applications: _containers.RepeatedCompositeFieldContainer[OrgApplication]
    page: _common_pb2.PageResponse
    def __init__(self, applications: _Optional[_Iterable[_Union[OrgApplication, _Mapping]]] = ..., page: _Optional[_Union[_common_pb2.PageResponse, _Mapping]] = ...) -> None: ...

class ApproveOrgApplicationRequest(_message.Message):
    __slots__ = ("application_id",)
    APPLICATION_ID_FIELD_NUMBER: _ClassVar[int]
    application_id: str
    def __init__(self, application_id: _Optional[str] = ...) -> None: ...

class ApproveOrgApplicationResponse(_message.Message):
    __slots__ = ("application",)
    APPLICATION_FIELD_NUMBER: _ClassVar[int]
    application: OrgApplication
    def __init__(self, application: _Optional[_Union[OrgApplication, _Mapping]] = ...) -> None: ...

class RejectOrgApplicationRequest(_message.Message):
    __slots__ = ("application_id", "reason")
    APPLICATION_ID_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    application_id: str
    reason: str
    def __init__(self, application_id: _Optional[str] = ..., reason: _Optional[str] = ...) -> None: ...

class RejectOrgApplicationResponse(_message.Message):
    __slots__ = ("application",)
    APPLICATION_FIELD_NUMBER: _ClassVar[int]
    application: OrgApplication
    def __init__(self, application: _Optional[_Union[OrgApplication, _Mapping]] = ...) -> None: ...

class LeaveOrgRequest(_message.Message):
    __slots__ = ("org_id",)
    ORG_ID_FIELD_NUMBER: _ClassVar[int]
    org_id: str
    def __init__(self, org_id: _Optional[str] = ...) -> None: ...

class LeaveOrgResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class OrgMember(_message.Message):
    __slots__ = ("user_id", "role", "since", "approved_by")
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    ROLE_FIELD_NUMBER: _ClassVar[int]
    SINCE_FIELD_NUMBER: _ClassVar[int]
    APPROVED_BY_FIELD_NUMBER: _ClassVar[int]
    user_id: str
    role: OrgRole
    since: _timestamp_pb2.Timestamp
    approved_by: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, user_id: _Optional[str] = ..., role: _Optional[_Union[OrgRole, str]] = ..., since: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., approved_by: _Optional[_Iterable[str]] = ...) -> None: ...

class ListOrgMembersRequest(_message.Message):
    __slots__ = ("org_id", "role", "page")
    ORG_ID_FIELD_NUMBER: _ClassVar[int]
    ROLE_FIELD_NUMBER: _ClassVar[int]
    PAGE_FIELD_NUMBER: _ClassVar[int]
    org_id: str
    role: OrgRole
    page: _common_pb2.PageRequest
    def __init__(self, org_id: _Optional[str] = ..., role: _Optional[_Union[OrgRole, str]] = ..., page: _Optional[_Union[_common_pb2.PageRequest, _Mapping]] = ...) -> None: ...

class ListOrgMembersResponse(_message.Message):
    __slots__ = ("members", "page")
    MEMBERS_FIELD_NUMBER: _ClassVar[int]
    PAGE_FIELD_NUMBER: _ClassVar[int]
    members: _containers.RepeatedCompositeFieldContainer[OrgMember]
    page: _common_pb2.PageResponse
    def __init__(self, members: _Optional[_Iterable[_Union[OrgMember, _Mapping]]] = ..., page: _Optional[_Union[_common_pb2.PageResponse, _Mapping]] = ...) -> None: ...

class SetOrgMemberRoleRequest(_message.Message):
    __slots__ = ("org_id", "user_id", "role")
    ORG_ID_FIELD_NUMBER: _ClassVar[int]
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    ROLE_FIELD_NUMBER: _ClassVar[int]
    org_id: str
    user_id: str
    role: OrgRole
    def __init__(self, org_id: _Optional[str] = ..., user_id: _Optional[str] = ..., role: _Optional[_Union[OrgRole, str]] = ...) -> None: ...

class SetOrgMemberRoleResponse(_message.Message):
    __slots__ = ("member",)
    MEMBER_FIELD_NUMBER: _ClassVar[int]
    member: OrgMember
    def __init__(self, member: _Optional[_Union[OrgMember, _Mapping]] = ...) -> None: ...

class RemoveOrgMemberRequest(_message.Message):
    __slots__ = ("org_id", "user_id", "reason")
    ORG_ID_FIELD_NUMBER: _ClassVar[int]
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    org_id: str
    user_id: str
    reason: str
    def __init__(self, org_id: _Optional[str] = ..., user_id: _Optional[str] = ..., reason: _Optional[str] = ...) -> None: ...

class RemoveOrgMemberResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...
