import datetime

from google.protobuf import timestamp_pb2 as _timestamp_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class UserInfo(_message.Message):
    __slots__ = ("user_id", "name", "public_key", "created_at", "profile", "node_admin")
    class ProfileEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    PUBLIC_KEY_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FIELD_NUMBER: _ClassVar[int]
    PROFILE_FIELD_NUMBER: _ClassVar[int]
    NODE_ADMIN_FIELD_NUMBER: _ClassVar[int]
    user_id: str
    name: str
    public_key: bytes
    created_at: _timestamp_pb2.Timestamp
    profile: _containers.ScalarMap[str, str]
    node_admin: bool
    def __init__(self, user_id: _Optional[str] = ..., name: _Optional[str] = ..., public_key: _Optional[bytes] = ..., created_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., profile: _Optional[_Mapping[str, str]] = ..., node_admin: bool = ...) -> None: ...

class RegisterRequest(_message.Message):
    __slots__ = ("name", "password", "profile")
    class ProfileEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    NAME_FIELD_NUMBER: _ClassVar[int]
    PASSWORD_FIELD_NUMBER: _ClassVar[int]
    PROFILE_FIELD_NUMBER: _ClassVar[int]
    name: str
    password: str
    profile: _containers.ScalarMap[str, str]
    def __init__(self, name: _Optional[str] = ..., password: _Optional[str] = ..., profile: _Optional[_Mapping[str, str]] = ...) -> None: ...

class RegisterResponse(_message.Message):
    __slots__ = ("user_id", "public_key")
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    PUBLIC_KEY_FIELD_NUMBER: _ClassVar[int]
    user_id: str
    public_key: bytes
    def __init__(self, user_id: _Optional[str] = ..., public_key: _Optional[bytes] = ...) -> None: ...

class LoginRequest(_message.Message):
    __slots__ = ("guest", "password")
    GUEST_FIELD_NUMBER: _ClassVar[int]
    PASSWORD_FIELD_NUMBER: _ClassVar[int]
    PASS_FIELD_NUMBER: _ClassVar[int]
    guest: bool
    password: PasswordCredential
    def __init__(self, guest: bool = ..., password: _Optional[_Union[PasswordCredential, _Mapping]] = ..., **kwargs) -> None: ...

class PasswordCredential(_message.Message):
    __slots__ = ("name", "password")
    NAME_FIELD_NUMBER: _ClassVar[int]
    PASSWORD_FIELD_NUMBER: _ClassVar[int]
    name: str
    password: str
    def __init__(self, name: _Optional[str] = ..., password: _Optional[str] = ...) -> None: ...

class LoginResponse(_message.Message):
    __slots__ = ("session_id", "user_id", "expires_at")
    SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    EXPIRES_AT_FIELD_NUMBER: _ClassVar[int]
    session_id: str
    user_id: str
    expires_at: _timestamp_pb2.Timestamp
    def __init__(self, session_id: _Optional[str] = ..., user_id: _Optional[str] = ..., expires_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class LogoutRequest(_message.Message):
    __slots__ = ("info",)
    INFO_FIELD_NUMBER: _ClassVar[int]
    info: str
    def __init__(self, info: _Optional[str] = ...) -> None: ...

class LogoutResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class GetUserInfoRequest(_message.Message):
    __slots__ = ("user_id",)
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    user_id: str
    def __init__(self, user_id: _Optional[str] = ...) -> None: ...

class GetUserInfoResponse(_message.Message):
    __slots__ = ("user",)
    USER_FIELD_NUMBER: _ClassVar[int]
    user: UserInfo
    def __init__(self, user: _Optional[_Union[UserInfo, _Mapping]] = ...) -> None: ...

class SetUserInfoRequest(_message.Message):
    __slots__ = ("profile", "new_password", "old_password")
    class ProfileEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    PROFILE_FIELD_NUMBER: _ClassVar[int]
    NEW_PASSWORD_FIELD_NUMBER: _ClassVar[int]
    OLD_PASSWORD_FIELD_NUMBER: _ClassVar[int]
    profile: _containers.ScalarMap[str, str]
    new_password: str
    old_password: str
    def __init__(self, profile: _Optional[_Mapping[str, str]] = ..., new_password: _Optional[str] = ..., old_password: _Optional[str] = ...) -> None: ...

class SetUserInfoResponse(_message.Message):
    __slots__ = ("user",)
    USER_FIELD_NUMBER: _ClassVar[int]
    user: UserInfo
    def __init__(self, user: _Optional[_Union[UserInfo, _Mapping]] = ...) -> None: ...

class Pass(_message.Message):
    __slots__ = ("issuer_id", "issuer_public_key", "subject_id", "info", "issued_at", "expires_at", "nonce")
    class InfoEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    ISSUER_ID_FIELD_NUMBER: _ClassVar[int]
    ISSUER_PUBLIC_KEY_FIELD_NUMBER: _ClassVar[int]
    SUBJECT_ID_FIELD_NUMBER: _ClassVar[int]
    INFO_FIELD_NUMBER: _ClassVar[int]
    ISSUED_AT_FIELD_NUMBER: _ClassVar[int]
    EXPIRES_AT_FIELD_NUMBER: _ClassVar[int]
    NONCE_FIELD_NUMBER: _ClassVar[int]
    issuer_id: str
    issuer_public_key: bytes
    subject_id: str
    info: _containers.ScalarMap[str, str]
    issued_at: _timestamp_pb2.Timestamp
    expires_at: _timestamp_pb2.Timestamp
    nonce: str
    def __init__(self, issuer_id: _Optional[str] = ..., issuer_public_key: _Optional[bytes] = ..., subject_id: _Optional[str] = ..., info: _Optional[_Mapping[str, str]] = ..., issued_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., expires_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., nonce: _Optional[str] = ...) -> None: ...

class SignPassRequest(_message.Message):
    __slots__ = ("info", "hours")
    class InfoEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    INFO_FIELD_NUMBER: _ClassVar[int]
    HOURS_FIELD_NUMBER: _ClassVar[int]
    info: _containers.ScalarMap[str, str]
    hours: int
    def __init__(self, info: _Optional[_Mapping[str, str]] = ..., hours: _Optional[int] = ...) -> None: ...

class SignPassResponse(_message.Message):
    __slots__ = ("token",)
    TOKEN_FIELD_NUMBER: _ClassVar[int]
    PASS_FIELD_NUMBER: _ClassVar[int]
    token: str
    def __init__(self, token: _Optional[str] = ..., **kwargs) -> None: ...

class VerifyPassRequest(_message.Message):
    __slots__ = ("token",)
    TOKEN_FIELD_NUMBER: _ClassVar[int]
    token: str
    def __init__(self, token: _Optional[str] = ...) -> None: ...

class VerifyPassResponse(_message.Message):
    __slots__ = ("valid", "trusted", "problem")
    VALID_FIELD_NUMBER: _ClassVar[int]
    TRUSTED_FIELD_NUMBER: _ClassVar[int]
    PROBLEM_FIELD_NUMBER: _ClassVar[int]
    PASS_FIELD_NUMBER: _ClassVar[int]
    valid: bool
    trusted: bool
    problem: str
    def __init__(self, valid: bool = ..., trusted: bool = ..., problem: _Optional[str] = ..., **kwargs) -> None: ...

class SignRequest(_message.Message):
    __slots__ = ("message",)
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    message: bytes
    def __init__(self, message: _Optional[bytes] = ...) -> None: ...

class SignResponse(_message.Message):
    __slots__ = ("signature", "public_key")
    SIGNATURE_FIELD_NUMBER: _ClassVar[int]
    PUBLIC_KEY_FIELD_NUMBER: _ClassVar[int]
    signature: bytes
    public_key: bytes
    def __init__(self, signature: _Optional[bytes] = ..., public_key: _Optional[bytes] = ...) -> None: ...

class VerifySignatureRequest(_message.Message):
    __slots__ = ("message", "signature", "public_key", "user_id")
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    SIGNATURE_FIELD_NUMBER: _ClassVar[int]
    PUBLIC_KEY_FIELD_NUMBER: _ClassVar[int]
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    message: bytes
    signature: bytes
    public_key: bytes
    user_id: str
    def __init__(self, message: _Optional[bytes] = ..., signature: _Optional[bytes] = ..., public_key: _Optional[bytes] = ..., user_id: _Optional[str] = ...) -> None: ...

class VerifySignatureResponse(_message.Message):
    __slots__ = ("valid",)
    VALID_FIELD_NUMBER: _ClassVar[int]
    valid: bool
    def __init__(self, valid: bool = ...) -> None: ...

class Certificate(_message.Message):
    __slots__ = ("subject_id", "subject_public_key", "info", "issuer_id", "issuer_public_key", "not_before", "not_after", "signature")
    class InfoEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    SUBJECT_ID_FIELD_NUMBER: _ClassVar[int]
    SUBJECT_PUBLIC_KEY_FIELD_NUMBER: _ClassVar[int]
    INFO_FIELD_NUMBER: _ClassVar[int]
    ISSUER_ID_FIELD_NUMBER: _ClassVar[int]
    ISSUER_PUBLIC_KEY_FIELD_NUMBER: _ClassVar[int]
    NOT_BEFORE_FIELD_NUMBER: _ClassVar[int]
    NOT_AFTER_FIELD_NUMBER: _ClassVar[int]
    SIGNATURE_FIELD_NUMBER: _ClassVar[int]
    subject_id: str
    subject_public_key: bytes
    info: _containers.ScalarMap[str, str]
    issuer_id: str
    issuer_public_key: bytes
    not_before: _timestamp_pb2.Timestamp
    not_after: _timestamp_pb2.Timestamp
    signature: bytes
    def __init__(self, subject_id: _Optional[str] = ..., subject_public_key: _Optional[bytes] = ..., info: _Optional[_Mapping[str, str]] = ..., issuer_id: _Optional[str] = ..., issuer_public_key: _Optional[bytes] = ..., not_before: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., not_after: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., signature: _Optional[bytes] = ...) -> None: ...

class IssueCertificateRequest(_message.Message):
    __slots__ = ("subject_public_key", "info", "hours")
    class InfoEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    SUBJECT_PUBLIC_KEY_FIELD_NUMBER: _ClassVar[int]
    INFO_FIELD_NUMBER: _ClassVar[int]
    HOURS_FIELD_NUMBER: _ClassVar[int]
    subject_public_key: bytes
    info: _containers.ScalarMap[str, str]
    hours: int
    def __init__(self, subject_public_key: _Optional[bytes] = ..., info: _Optional[_Mapping[str, str]] = ..., hours: _Optional[int] = ...) -> None: ...

class IssueCertificateResponse(_message.Message):
    __slots__ = ("certificate", "token")
    CERTIFICATE_FIELD_NUMBER: _ClassVar[int]
    TOKEN_FIELD_NUMBER: _ClassVar[int]
    certificate: Certificate
    token: str
    def __init__(self, certificate: _Optional[_Union[Certificate, _Mapping]] = ..., token: _Optional[str] = ...) -> None: ...

class VerifyCertificateRequest(_message.Message):
    __slots__ = ("token", "ca_public_key")
    TOKEN_FIELD_NUMBER: _ClassVar[int]
    CA_PUBLIC_KEY_FIELD_NUMBER: _ClassVar[int]
    token: str
    ca_public_key: bytes
    def __init__(self, token: _Optional[str] = ..., ca_public_key: _Optional[bytes] = ...) -> None: ...

class VerifyCertificateResponse(_message.Message):
    __slots__ = ("valid", "problem", "certificate")
    VALID_FIELD_NUMBER: _ClassVar[int]
    PROBLEM_FIELD_NUMBER: _ClassVar[int]
    CERTIFICATE_FIELD_NUMBER: _ClassVar[int]
    valid: bool
    problem: str
    certificate: Certificate
    def __init__(self, valid: bool = ..., problem: _Optional[str] = ..., certificate: _Optional[_Union[Certificate, _Mapping]] = ...) -> None: ...

class TrustIssuerRequest(_message.Message):
    __slots__ = ("public_key", "note")
    PUBLIC_KEY_FIELD_NUMBER: _ClassVar[int]
    NOTE_FIELD_NUMBER: _ClassVar[int]
    public_key: bytes
    note: str
    def __init__(self, public_key: _Optional[bytes] = ..., note: _Optional[str] = ...) -> None: ...

class TrustIssuerResponse(_message.Message):
    __slots__ = ("issuer_id",)
    ISSUER_ID_FIELD_NUMBER: _ClassVar[int]
    issuer_id: str
    def __init__(self, issuer_id: _Optional[str] = ...) -> None: ...

class UntrustIssuerRequest(_message.Message):
    __slots__ = ("issuer_id",)
    ISSUER_ID_FIELD_NUMBER: _ClassVar[int]
    issuer_id: str
    def __init__(self, issuer_id: _Optional[str] = ...) -> None: ...

class UntrustIssuerResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ListTrustedIssuersRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class TrustedIssuer(_message.Message):
    __slots__ = ("issuer_id", "public_key", "note", "node_key")
    ISSUER_ID_FIELD_NUMBER: _ClassVar[int]
    PUBLIC_KEY_FIELD_NUMBER: _ClassVar[int]
    NOTE_FIELD_NUMBER: _ClassVar[int]
    NODE_KEY_FIELD_NUMBER: _ClassVar[int]
    issuer_id: str
    public_key: bytes
    note: str
    node_key: bool
    def __init__(self, issuer_id: _Optional[str] = ..., public_key: _Optional[bytes] = ..., note: _Optional[str] = ..., node_key: bool = ...) -> None: ...

class ListTrustedIssuersResponse(_message.Message):
    __slots__ = ("issuers",)
    ISSUERS_FIELD_NUMBER: _ClassVar[int]
    issuers: _containers.RepeatedCompositeFieldContainer[TrustedIssuer]
    def __init__(self, issuers: _Optional[_Iterable[_Union[TrustedIssuer, _Mapping]]] = ...) -> None: ...

class RequestServiceRequest(_message.Message):
    __slots__ = ()
    PASS_FIELD_NUMBER: _ClassVar[int]
    def __init__(self, **kwargs) -> None: ...

class RequestServiceResponse(_message.Message):
    __slots__ = ("granted", "attributes", "reason")
    class AttributesEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    GRANTED_FIELD_NUMBER: _ClassVar[int]
    ATTRIBUTES_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    granted: bool
    attributes: _containers.ScalarMap[str, str]
    reason: str
    def __init__(self, granted: bool = ..., attributes: _Optional[_Mapping[str, str]] = ..., reason: _Optional[str] = ...) -> None: ...
