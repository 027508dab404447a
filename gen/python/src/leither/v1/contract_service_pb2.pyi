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

class ContractRuntime(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    CONTRACT_RUNTIME_UNSPECIFIED: _ClassVar[ContractRuntime]
    CONTRACT_RUNTIME_JAVASCRIPT: _ClassVar[ContractRuntime]

class ContractStatus(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    CONTRACT_STATUS_UNSPECIFIED: _ClassVar[ContractStatus]
    CONTRACT_STATUS_ACTIVE: _ClassVar[ContractStatus]
    CONTRACT_STATUS_EXHAUSTED: _ClassVar[ContractStatus]
    CONTRACT_STATUS_REVOKED: _ClassVar[ContractStatus]

class ContractCallStatus(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    CONTRACT_CALL_STATUS_UNSPECIFIED: _ClassVar[ContractCallStatus]
    CONTRACT_CALL_STATUS_PENDING: _ClassVar[ContractCallStatus]
    CONTRACT_CALL_STATUS_SEALED: _ClassVar[ContractCallStatus]
    CONTRACT_CALL_STATUS_FAILED: _ClassVar[ContractCallStatus]
CONTRACT_RUNTIME_UNSPECIFIED: ContractRuntime
CONTRACT_RUNTIME_JAVASCRIPT: ContractRuntime
CONTRACT_STATUS_UNSPECIFIED: ContractStatus
CONTRACT_STATUS_ACTIVE: ContractStatus
CONTRACT_STATUS_EXHAUSTED: ContractStatus
CONTRACT_STATUS_REVOKED: ContractStatus
CONTRACT_CALL_STATUS_UNSPECIFIED: ContractCallStatus
CONTRACT_CALL_STATUS_PENDING: ContractCallStatus
CONTRACT_CALL_STATUS_SEALED: ContractCallStatus
CONTRACT_CALL_STATUS_FAILED: ContractCallStatus

class Contract(_message.Message):
    __slots__ = ("contract_id", "org_id", "name", "consignor_id", "code_hash", "runtime", "spending_limit", "spent", "status", "created_at", "deployed_pulse", "memo", "public_key", "signature")
    CONTRACT_ID_FIELD_NUMBER: _ClassVar[int]
    ORG_ID_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    CONSIGNOR_ID_FIELD_NUMBER: _ClassVar[int]
    CODE_HASH_FIELD_NUMBER: _ClassVar[int]
    RUNTIME_FIELD_NUMBER: _ClassVar[int]
    SPENDING_LIMIT_FIELD_NUMBER: _ClassVar[int]
    SPENT_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FIELD_NUMBER: _ClassVar[int]
    DEPLOYED_PULSE_FIELD_NUMBER: _ClassVar[int]
    MEMO_FIELD_NUMBER: _ClassVar[int]
    PUBLIC_KEY_FIELD_NUMBER: _ClassVar[int]
    SIGNATURE_FIELD_NUMBER: _ClassVar[int]
    contract_id: str
    org_id: str
    name: str
    consignor_id: str
    code_hash: bytes
    runtime: ContractRuntime
    spending_limit: int
    spent: int
    status: ContractStatus
    created_at: _timestamp_pb2.Timestamp
    deployed_pulse: int
    memo: str
    public_key: bytes
    signature: bytes
    def __init__(self, contract_id: _Optional[str] = ..., org_id: _Optional[str] = ..., name: _Optional[str] = ..., consignor_id: _Optional[str] = ..., code_hash: _Optional[bytes] = ..., runtime: _Optional[_Union[ContractRuntime, str]] = ..., spending_limit: _Optional[int] = ..., spent: _Optional[int] = ..., status: _Optional[_Union[ContractStatus, str]] = ..., created_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., deployed_pulse: _Optional[int] = ..., memo: _Optional[str] = ..., public_key: _Optional[bytes] = ..., signature: _Optional[bytes] = ...) -> None: ...

class DeployContractRequest(_message.Message):
    __slots__ = ("contract", "code", "init_args")
    CONTRACT_FIELD_NUMBER: _ClassVar[int]
    CODE_FIELD_NUMBER: _ClassVar[int]
    INIT_ARGS_FIELD_NUMBER: _ClassVar[int]
    contract: Contract
    code: bytes
    init_args: bytes
    def __init__(self, contract: _Optional[_Union[Contract, _Mapping]] = ..., code: _Optional[bytes] = ..., init_args: _Optional[bytes] = ...) -> None: ...

class DeployContractResponse(_message.Message):
    __slots__ = ("contract",)
    CONTRACT_FIELD_NUMBER: _ClassVar[int]
    contract: Contract
    def __init__(self, contract: _Optional[_Union[Contract, _Mapping]] = ...) -> None: ...

class ContractCall(_message.Message):
    __slots__ = ("call_id", "org_id", "contract_id", "method", "args", "amount", "caller_id", "nonce", "public_key", "signature")
    CALL_ID_FIELD_NUMBER: _ClassVar[int]
    ORG_ID_FIELD_NUMBER: _ClassVar[int]
    CONTRACT_ID_FIELD_NUMBER: _ClassVar[int]
    METHOD_FIELD_NUMBER: _ClassVar[int]
    ARGS_FIELD_NUMBER: _ClassVar[int]
    AMOUNT_FIELD_NUMBER: _ClassVar[int]
    CALLER_ID_FIELD_NUMBER: _ClassVar[int]
    NONCE_FIELD_NUMBER: _ClassVar[int]
    PUBLIC_KEY_FIELD_NUMBER: _ClassVar[int]
    SIGNATURE_FIELD_NUMBER: _ClassVar[int]
    call_id: str
    org_id: str
    contract_id: str
    method: str
    args: bytes
    amount: int
    caller_id: str
    nonce: int
    public_key: bytes
    signature: bytes
    def __init__(self, call_id: _Optional[str] = ..., org_id: _Optional[str] = ..., contract_id: _Optional[str] = ..., method: _Optional[str] = ..., args: _Optional[bytes] = ..., amount: _Optional[int] = ..., caller_id: _Optional[str] = ..., nonce: _Optional[int] = ..., public_key: _Optional[bytes] = ..., signature: _Optional[bytes] = ...) -> None: ...

class ContractPayment(_message.Message):
    __slots__ = ("from_id", "to_id", "amount")
    FROM_ID_FIELD_NUMBER: _ClassVar[int]
    TO_ID_FIELD_NUMBER: _ClassVar[int]
    AMOUNT_FIELD_NUMBER: _ClassVar[int]
    from_id: str
    to_id: str
    amount: int
    def __init__(self, from_id: _Optional[str] = ..., to_id: _Optional[str] = ..., amount: _Optional[int] = ...) -> None: ...

class ContractCallRecord(_message.Message):
    __slots__ = ("call", "status", "pulse", "result", "error", "payments")
    CALL_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    PULSE_FIELD_NUMBER: _ClassVar[int]
    RESULT_FIELD_NUMBER: _ClassVar[int]
    ERROR_FIELD_NUMBER: _ClassVar[int]
    PAYMENTS_FIELD_NUMBER: _ClassVar[int]
    call: ContractCall
    status: ContractCallStatus
    pulse: int
    result: bytes
    error: str
    payments: _containers.RepeatedCompositeFieldContainer[ContractPayment]
    def __init__(self, call: _Optional[_Union[ContractCall, _Mapping]] = ..., status: _Optional[_Union[ContractCallStatus, str]] = ..., pulse: _Optional[int] = ..., result: _Optional[bytes] = ..., error: _Optional[str] = ..., payments: _Optional[_Iterable[_Union[ContractPayment, _Mapping]]] = ...) -> None: ...

class CallContractRequest(_message.Message):
    __slots__ = ("call", "wait")
    CALL_FIELD_NUMBER: _ClassVar[int]
    WAIT_FIELD_NUMBER: _ClassVar[int]
    call: ContractCall
    wait: bool
    def __init__(self, call: _Optional[_Union[ContractCall, _Mapping]] = ..., wait: bool = ...) -> None: ...

class CallContractResponse(_message.Message):
    __slots__ = ("record",)
    RECORD_FIELD_NUMBER: _ClassVar[int]
    record: ContractCallRecord
    def __init__(self, record: _Optional[_Union[ContractCallRecord, _Mapping]] = ...) -> None: ...

class GetContractCallRequest(_message.Message):
    __slots__ = ("org_id", "call_id")
    ORG_ID_FIELD_NUMBER: _ClassVar[int]
    CALL_ID_FIELD_NUMBER: _ClassVar[int]
    org_id: str
    call_id: str
    def __init__(self, org_id: _Optional[str] = ..., call_id: _Optional[str] = ...) -> None: ...

class GetContractCallResponse(_message.Message):
    __slots__ = ("record",)
    RECORD_FIELD_NUMBER: _ClassVar[int]
    record: ContractCallRecord
    def __init__(self, record: _Optional[_Union[ContractCallRecord, _Mapping]] = ...) -> None: ...

class QueryContractRequest(_message.Message):
    __slots__ = ("org_id", "contract_id", "method", "args", "pulse")
    ORG_ID_FIELD_NUMBER: _ClassVar[int]
    CONTRACT_ID_FIELD_NUMBER: _ClassVar[int]
    METHOD_FIELD_NUMBER: _ClassVar[int]
    ARGS_FIELD_NUMBER: _ClassVar[int]
    PULSE_FIELD_NUMBER: _ClassVar[int]
    org_id: str
    contract_id: str
    method: str
    args: bytes
    pulse: int
    def __init__(self, org_id: _Optional[str] = ..., contract_id: _Optional[str] = ..., method: _Optional[str] = ..., args: _Optional[bytes] = ..., pulse: _Optional[int] = ...) -> None: ...

class QueryContractResponse(_message.Message):
    __slots__ = ("result", "pulse")
    RESULT_FIELD_NUMBER: _ClassVar[int]
    PULSE_FIELD_NUMBER: _ClassVar[int]
    result: bytes
    pulse: int
    def __init__(self, result: _Optional[bytes] = ..., pulse: _Optional[int] = ...) -> None: ...

class GetContractInfoRequest(_message.Message):
    __slots__ = ("org_id", "contract_id")
    ORG_ID_FIELD_NUMBER: _ClassVar[int]
    CONTRACT_ID_FIELD_NUMBER: _ClassVar[int]
    org_id: str
    contract_id: str
    def __init__(self, org_id: _Optional[str] = ..., contract_id: _Optional[str] = ...) -> None: ...

class GetContractInfoResponse(_message.Message):
    __slots__ = ("contract", "balance")
    CONTRACT_FIELD_NUMBER: _ClassVar[int]
    BALANCE_FIELD_NUMBER: _ClassVar[int]
    contract: Contract
    balance: int
    def __init__(self, contract: _Optional[_Union[Contract, _Mapping]] = ..., balance: _Optional[int] = ...) -> None: ...

class ListContractsRequest(_message.Message):
    __slots__ = ("org_id", "status", "page")
    ORG_ID_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    PAGE_FIELD_NUMBER: _ClassVar[int]
    org_id: str
    status: ContractStatus
    page: _common_pb2.PageRequest
    def __init__(self, org_id: _Optional[str] = ..., status: _Optional[_Union[ContractStatus, str]] = ..., page: _Optional[_Union[_common_pb2.PageRequest, _Mapping]] = ...) -> None: ...

class ListContractsResponse(_message.Message):
    __slots__ = ("contracts", "page")
    CONTRACTS_FIELD_NUMBER: _ClassVar[int]
    PAGE_FIELD_NUMBER: _ClassVar[int]
    contracts: _containers.RepeatedCompositeFieldContainer[Contract]
    page: _common_pb2.PageResponse
    def __init__(self, contracts: _Optional[_Iterable[_Union[Contract, _Mapping]]] = ..., page: _Optional[_Union[_common_pb2.PageResponse, _Mapping]] = ...) -> None: ...

class RevokeContractRequest(_message.Message):
    __slots__ = ("org_id", "contract_id", "signature")
    ORG_ID_FIELD_NUMBER: _ClassVar[int]
    CONTRACT_ID_FIELD_NUMBER: _ClassVar[int]
    SIGNATURE_FIELD_NUMBER: _ClassVar[int]
    org_id: str
    contract_id: str
    signature: bytes
    def __init__(self, org_id: _Optional[str] = ..., contract_id: _Optional[str] = ..., signature: _Optional[bytes] = ...) -> None: ...

class RevokeContractResponse(_message.Message):
    __slots__ = ("contract",)
    CONTRACT_FIELD_NUMBER: _ClassVar[int]
    contract: Contract
    def __init__(self, contract: _Optional[_Union[Contract, _Mapping]] = ...) -> None: ...

class Distribution(_message.Message):
    __slots__ = ("distribution_id", "org_id", "token_org_id", "source_id", "amount", "snapshot_pulse", "nonce", "public_key", "signature")
    DISTRIBUTION_ID_FIELD_NUMBER: _ClassVar[int]
    ORG_ID_FIELD_NUMBER: _ClassVar[int]
    TOKEN_ORG_ID_FIELD_NUMBER: _ClassVar[int]
    SOURCE_ID_FIELD_NUMBER: _ClassVar[int]
    AMOUNT_FIELD_NUMBER: _ClassVar[int]
    SNAPSHOT_PULSE_FIELD_NUMBER: _ClassVar[int]
    NONCE_FIELD_NUMBER: _ClassVar[int]
    PUBLIC_KEY_FIELD_NUMBER: _ClassVar[int]
    SIGNATURE_FIELD_NUMBER: _ClassVar[int]
    distribution_id: str
    org_id: str
    token_org_id: str
    source_id: str
    amount: int
    snapshot_pulse: int
    nonce: int
    public_key: bytes
    signature: bytes
    def __init__(self, distribution_id: _Optional[str] = ..., org_id: _Optional[str] = ..., token_org_id: _Optional[str] = ..., source_id: _Optional[str] = ..., amount: _Optional[int] = ..., snapshot_pulse: _Optional[int] = ..., nonce: _Optional[int] = ..., public_key: _Optional[bytes] = ..., signature: _Optional[bytes] = ...) -> None: ...

class DistributeIncomeRequest(_message.Message):
    __slots__ = ("distribution", "wait")
    DISTRIBUTION_FIELD_NUMBER: _ClassVar[int]
    WAIT_FIELD_NUMBER: _ClassVar[int]
    distribution: Distribution
    wait: bool
    def __init__(self, distribution: _Optional[_Union[Distribution, _Mapping]] = ..., wait: bool = ...) -> None: ...

class DistributeIncomeResponse(_message.Message):
    __slots__ = ("distribution", "sealed", "pulse", "recipient_count", "distributed", "remainder")
    DISTRIBUTION_FIELD_NUMBER: _ClassVar[int]
    SEALED_FIELD_NUMBER: _ClassVar[int]
    PULSE_FIELD_NUMBER: _ClassVar[int]
    RECIPIENT_COUNT_FIELD_NUMBER: _ClassVar[int]
    DISTRIBUTED_FIELD_NUMBER: _ClassVar[int]
    REMAINDER_FIELD_NUMBER: _ClassVar[int]
    distribution: Distribution
    sealed: bool
    pulse: int
    recipient_count: int
    distributed: int
    remainder: int
    def __init__(self, distribution: _Optional[_Union[Distribution, _Mapping]] = ..., sealed: bool = ..., pulse: _Optional[int] = ..., recipient_count: _Optional[int] = ..., distributed: _Optional[int] = ..., remainder: _Optional[int] = ...) -> None: ...
