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

class TransferStatus(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    TRANSFER_STATUS_UNSPECIFIED: _ClassVar[TransferStatus]
    TRANSFER_STATUS_PENDING: _ClassVar[TransferStatus]
    TRANSFER_STATUS_SEALED: _ClassVar[TransferStatus]
    TRANSFER_STATUS_REJECTED: _ClassVar[TransferStatus]

class RewardKind(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    REWARD_KIND_UNSPECIFIED: _ClassVar[RewardKind]
    REWARD_KIND_CONSTRUCTION: _ClassVar[RewardKind]
    REWARD_KIND_CONTENT: _ClassVar[RewardKind]
    REWARD_KIND_MINING: _ClassVar[RewardKind]
    REWARD_KIND_OPERATION: _ClassVar[RewardKind]

class RewardStatus(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    REWARD_STATUS_UNSPECIFIED: _ClassVar[RewardStatus]
    REWARD_STATUS_VOTING: _ClassVar[RewardStatus]
    REWARD_STATUS_APPROVED: _ClassVar[RewardStatus]
    REWARD_STATUS_REJECTED: _ClassVar[RewardStatus]

class DisputeStatus(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    DISPUTE_STATUS_UNSPECIFIED: _ClassVar[DisputeStatus]
    DISPUTE_STATUS_OPEN: _ClassVar[DisputeStatus]
    DISPUTE_STATUS_UPHELD: _ClassVar[DisputeStatus]
    DISPUTE_STATUS_DISMISSED: _ClassVar[DisputeStatus]
TRANSFER_STATUS_UNSPECIFIED: TransferStatus
TRANSFER_STATUS_PENDING: TransferStatus
TRANSFER_STATUS_SEALED: TransferStatus
TRANSFER_STATUS_REJECTED: TransferStatus
REWARD_KIND_UNSPECIFIED: RewardKind
REWARD_KIND_CONSTRUCTION: RewardKind
REWARD_KIND_CONTENT: RewardKind
REWARD_KIND_MINING: RewardKind
REWARD_KIND_OPERATION: RewardKind
REWARD_STATUS_UNSPECIFIED: RewardStatus
REWARD_STATUS_VOTING: RewardStatus
REWARD_STATUS_APPROVED: RewardStatus
REWARD_STATUS_REJECTED: RewardStatus
DISPUTE_STATUS_UNSPECIFIED: DisputeStatus
DISPUTE_STATUS_OPEN: DisputeStatus
DISPUTE_STATUS_UPHELD: DisputeStatus
DISPUTE_STATUS_DISMISSED: DisputeStatus

class LedgerInfo(_message.Message):
    __slots__ = ("org_id", "total_supply", "account_count", "latest_pulse", "final_pulse", "pulse_interval", "cycle_pulses", "publicity_period", "reward_quorum_ppm", "bookkeeper_deposit", "bookkeeper_id", "backup_id")
    ORG_ID_FIELD_NUMBER: _ClassVar[int]
    TOTAL_SUPPLY_FIELD_NUMBER: _ClassVar[int]
    ACCOUNT_COUNT_FIELD_NUMBER: _ClassVar[int]
    LATEST_PULSE_FIELD_NUMBER: _ClassVar[int]
    FINAL_PULSE_FIELD_NUMBER: _ClassVar[int]
    PULSE_INTERVAL_FIELD_NUMBER: _ClassVar[int]
    CYCLE_PULSES_FIELD_NUMBER: _ClassVar[int]
    PUBLICITY_PERIOD_FIELD_NUMBER: _ClassVar[int]
    REWARD_QUORUM_PPM_FIELD_NUMBER: _ClassVar[int]
    BOOKKEEPER_DEPOSIT_FIELD_NUMBER: _ClassVar[int]
    BOOKKEEPER_ID_FIELD_NUMBER: _ClassVar[int]
    BACKUP_ID_FIELD_NUMBER: _ClassVar[int]
    org_id: str
    total_supply: int
    account_count: int
    latest_pulse: int
    final_pulse: int
    pulse_interval: _duration_pb2.Duration
    cycle_pulses: int
    publicity_period: _duration_pb2.Duration
    reward_quorum_ppm: int
    bookkeeper_deposit: int
    bookkeeper_id: str
    backup_id: str
    def __init__(self, org_id: _Optional[str] = ..., total_supply: _Optional[int] = ..., account_count: _Optional[int] = ..., latest_pulse: _Optional[int] = ..., final_pulse: _Optional[int] = ..., pulse_interval: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ..., cycle_pulses: _Optional[int] = ..., publicity_period: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ..., reward_quorum_ppm: _Optional[int] = ..., bookkeeper_deposit: _Optional[int] = ..., bookkeeper_id: _Optional[str] = ..., backup_id: _Optional[str] = ...) -> None: ...

class GetLedgerInfoRequest(_message.Message):
    __slots__ = ("org_id",)
    ORG_ID_FIELD_NUMBER: _ClassVar[int]
    org_id: str
    def __init__(self, org_id: _Optional[str] = ...) -> None: ...

class GetLedgerInfoResponse(_message.Message):
    __slots__ = ("info",)
    INFO_FIELD_NUMBER: _ClassVar[int]
    info: LedgerInfo
    def __init__(self, info: _Optional[_Union[LedgerInfo, _Mapping]] = ...) -> None: ...

class AccountState(_message.Message):
    __slots__ = ("account_id", "balance", "nonce")
    ACCOUNT_ID_FIELD_NUMBER: _ClassVar[int]
    BALANCE_FIELD_NUMBER: _ClassVar[int]
    NONCE_FIELD_NUMBER: _ClassVar[int]
    account_id: str
    balance: int
    nonce: int
    def __init__(self, account_id: _Optional[str] = ..., balance: _Optional[int] = ..., nonce: _Optional[int] = ...) -> None: ...

class GetBalanceRequest(_message.Message):
    __slots__ = ("org_id", "account_id", "pulse")
    ORG_ID_FIELD_NUMBER: _ClassVar[int]
    ACCOUNT_ID_FIELD_NUMBER: _ClassVar[int]
    PULSE_FIELD_NUMBER: _ClassVar[int]
    org_id: str
    account_id: str
    pulse: int
    def __init__(self, org_id: _Optional[str] = ..., account_id: _Optional[str] = ..., pulse: _Optional[int] = ...) -> None: ...

class GetBalanceResponse(_message.Message):
    __slots__ = ("account", "pulse", "pending_out")
    ACCOUNT_FIELD_NUMBER: _ClassVar[int]
    PULSE_FIELD_NUMBER: _ClassVar[int]
    PENDING_OUT_FIELD_NUMBER: _ClassVar[int]
    account: AccountState
    pulse: int
    pending_out: int
    def __init__(self, account: _Optional[_Union[AccountState, _Mapping]] = ..., pulse: _Optional[int] = ..., pending_out: _Optional[int] = ...) -> None: ...

class Transfer(_message.Message):
    __slots__ = ("transfer_id", "org_id", "from_id", "to_id", "amount", "nonce", "memo", "valid_until_pulse", "public_key", "signature")
    TRANSFER_ID_FIELD_NUMBER: _ClassVar[int]
    ORG_ID_FIELD_NUMBER: _ClassVar[int]
    FROM_ID_FIELD_NUMBER: _ClassVar[int]
    TO_ID_FIELD_NUMBER: _ClassVar[int]
    AMOUNT_FIELD_NUMBER: _ClassVar[int]
    NONCE_FIELD_NUMBER: _ClassVar[int]
    MEMO_FIELD_NUMBER: _ClassVar[int]
    VALID_UNTIL_PULSE_FIELD_NUMBER: _ClassVar[int]
    PUBLIC_KEY_FIELD_NUMBER: _ClassVar[int]
    SIGNATURE_FIELD_NUMBER: _ClassVar[int]
    transfer_id: str
    org_id: str
    from_id: str
    to_id: str
    amount: int
    nonce: int
    memo: str
    valid_until_pulse: int
    public_key: bytes
    signature: bytes
    def __init__(self, transfer_id: _Optional[str] = ..., org_id: _Optional[str] = ..., from_id: _Optional[str] = ..., to_id: _Optional[str] = ..., amount: _Optional[int] = ..., nonce: _Optional[int] = ..., memo: _Optional[str] = ..., valid_until_pulse: _Optional[int] = ..., public_key: _Optional[bytes] = ..., signature: _Optional[bytes] = ...) -> None: ...

class TransferRecord(_message.Message):
    __slots__ = ("transfer", "status", "pulse", "reject_reason", "submitted_at")
    TRANSFER_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    PULSE_FIELD_NUMBER: _ClassVar[int]
    REJECT_REASON_FIELD_NUMBER: _ClassVar[int]
    SUBMITTED_AT_FIELD_NUMBER: _ClassVar[int]
    transfer: Transfer
    status: TransferStatus
    pulse: int
    reject_reason: str
    submitted_at: _timestamp_pb2.Timestamp
    def __init__(self, transfer: _Optional[_Union[Transfer, _Mapping]] = ..., status: _Optional[_Union[TransferStatus, str]] = ..., pulse: _Optional[int] = ..., reject_reason: _Optional[str] = ..., submitted_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class SubmitTransferRequest(_message.Message):
    __slots__ = ("transfer",)
    TRANSFER_FIELD_NUMBER: _ClassVar[int]
    transfer: Transfer
    def __init__(self, transfer: _Optional[_Union[Transfer, _Mapping]] = ...) -> None: ...

class SubmitTransferResponse(_message.Message):
    __slots__ = ("record",)
    RECORD_FIELD_NUMBER: _ClassVar[int]
    record: TransferRecord
    def __init__(self, record: _Optional[_Union[TransferRecord, _Mapping]] = ...) -> None: ...

class GetTransferRequest(_message.Message):
    __slots__ = ("org_id", "transfer_id")
    ORG_ID_FIELD_NUMBER: _ClassVar[int]
    TRANSFER_ID_FIELD_NUMBER: _ClassVar[int]
    org_id: str
    transfer_id: str
    def __init__(self, org_id: _Optional[str] = ..., transfer_id: _Optional[str] = ...) -> None: ...

class GetTransferResponse(_message.Message):
    __slots__ = ("record",)
    RECORD_FIELD_NUMBER: _ClassVar[int]
    record: TransferRecord
    def __init__(self, record: _Optional[_Union[TransferRecord, _Mapping]] = ...) -> None: ...

class ListTransfersRequest(_message.Message):
    __slots__ = ("org_id", "account_id", "status", "page")
    ORG_ID_FIELD_NUMBER: _ClassVar[int]
    ACCOUNT_ID_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    PAGE_FIELD_NUMBER: _ClassVar[int]
    org_id: str
    account_id: str
    status: TransferStatus
    page: _common_pb2.PageRequest
    def __init__(self, org_id: _Optional[str] = ..., account_id: _Optional[str] = ..., status: _Optional[_Union[TransferStatus, str]] = ..., page: _Optional[_Union[_common_pb2.PageRequest, _Mapping]] = ...) -> None: ...

class ListTransfersResponse(_message.Message):
    __slots__ = ("records", "page")
    RECORDS_FIELD_NUMBER: _ClassVar[int]
    PAGE_FIELD_NUMBER: _ClassVar[int]
    records: _containers.RepeatedCompositeFieldContainer[TransferRecord]
    page: _common_pb2.PageResponse
    def __init__(self, records: _Optional[_Iterable[_Union[TransferRecord, _Mapping]]] = ..., page: _Optional[_Union[_common_pb2.PageResponse, _Mapping]] = ...) -> None: ...

class Reward(_message.Message):
    __slots__ = ("reward_id", "org_id", "recipient_id", "amount", "kind", "reason", "evidence", "announcer_id", "announced_at", "announced_pulse", "deadline_pulse", "status", "yes_weight", "no_weight", "paid_pulse", "public_key", "signature")
    REWARD_ID_FIELD_NUMBER: _ClassVar[int]
    ORG_ID_FIELD_NUMBER: _ClassVar[int]
    RECIPIENT_ID_FIELD_NUMBER: _ClassVar[int]
    AMOUNT_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    EVIDENCE_FIELD_NUMBER: _ClassVar[int]
    ANNOUNCER_ID_FIELD_NUMBER: _ClassVar[int]
    ANNOUNCED_AT_FIELD_NUMBER: _ClassVar[int]
    ANNOUNCED_PULSE_FIELD_NUMBER: _ClassVar[int]
    DEADLINE_PULSE_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    YES_WEIGHT_FIELD_NUMBER: _ClassVar[int]
    NO_WEIGHT_FIELD_NUMBER: _ClassVar[int]
    PAID_PULSE_FIELD_NUMBER: _ClassVar[int]
    PUBLIC_KEY_FIELD_NUMBER: _ClassVar[int]
    SIGNATURE_FIELD_NUMBER: _ClassVar[int]
    reward_id: str
    org_id: str
    recipient_id: str
    amount: int
    kind: RewardKind
    reason: str
    evidence: _containers.RepeatedScalarFieldContainer[str]
    announcer_id: str
    announced_at: _timestamp_pb2.Timestamp
    announced_pulse: int
    deadline_pulse: int
    status: RewardStatus
    yes_weight: int
    no_weight: int
    paid_pulse: int
    public_key: bytes
    signature: bytes
    def __init__(self, reward_id: _Optional[str] = ..., org_id: _Optional[str] = ..., recipient_id: _Optional[str] = ..., amount: _Optional[int] = ..., kind: _Optional[_Union[RewardKind, str]] = ..., reason: _Optional[str] = ..., evidence: _Optional[_Iterable[str]] = ..., announcer_id: _Optional[str] = ..., announced_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., announced_pulse: _Optional[int] = ..., deadline_pulse: _Optional[int] = ..., status: _Optional[_Union[RewardStatus, str]] = ..., yes_weight: _Optional[int] = ..., no_weight: _Optional[int] = ..., paid_pulse: _Optional[int] = ..., public_key: _Optional[bytes] = ..., signature: _Optional[bytes] = ...) -> None: ...

class AnnounceRewardRequest(_message.Message):
    __slots__ = ("reward", "voting_period")
    REWARD_FIELD_NUMBER: _ClassVar[int]
    VOTING_PERIOD_FIELD_NUMBER: _ClassVar[int]
    reward: Reward
    voting_period: _duration_pb2.Duration
    def __init__(self, reward: _Optional[_Union[Reward, _Mapping]] = ..., voting_period: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ...) -> None: ...

class AnnounceRewardResponse(_message.Message):
    __slots__ = ("reward",)
    REWARD_FIELD_NUMBER: _ClassVar[int]
    reward: Reward
    def __init__(self, reward: _Optional[_Union[Reward, _Mapping]] = ...) -> None: ...

class VoteRewardRequest(_message.Message):
    __slots__ = ("org_id", "reward_id", "approve", "voter_id", "public_key", "signature")
    ORG_ID_FIELD_NUMBER: _ClassVar[int]
    REWARD_ID_FIELD_NUMBER: _ClassVar[int]
    APPROVE_FIELD_NUMBER: _ClassVar[int]
    VOTER_ID_FIELD_NUMBER: _ClassVar[int]
    PUBLIC_KEY_FIELD_NUMBER: _ClassVar[int]
    SIGNATURE_FIELD_NUMBER: _ClassVar[int]
    org_id: str
    reward_id: str
    approve: bool
    voter_id: str
    public_key: bytes
    signature: bytes
    def __init__(self, org_id: _Optional[str] = ..., reward_id: _Optional[str] = ..., approve: bool = ..., voter_id: _Optional[str] = ..., public_key: _Optional[bytes] = ..., signature: _Optional[bytes] = ...) -> None: ...

class VoteRewardResponse(_message.Message):
    __slots__ = ("reward",)
    REWARD_FIELD_NUMBER: _ClassVar[int]
    reward: Reward
    def __init__(self, reward: _Optional[_Union[Reward, _Mapping]] = ...) -> None: ...

class ListRewardsRequest(_message.Message):
    __slots__ = ("org_id", "status", "page")
    ORG_ID_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    PAGE_FIELD_NUMBER: _ClassVar[int]
    org_id: str
    status: RewardStatus
    page: _common_pb2.PageRequest
    def __init__(self, org_id: _Optional[str] = ..., status: _Optional[_Union[RewardStatus, str]] = ..., page: _Optional[_Union[_common_pb2.PageRequest, _Mapping]] = ...) -> None: ...

class ListRewardsResponse(_message.Message):
    __slots__ = ("rewards", "page")
    REWARDS_FIELD_NUMBER: _ClassVar[int]
    PAGE_FIELD_NUMBER: _ClassVar[int]
    rewards: _containers.RepeatedCompositeFieldContainer[Reward]
    page: _common_pb2.PageResponse
    def __init__(self, rewards: _Optional[_Iterable[_Union[Reward, _Mapping]]] = ..., page: _Optional[_Union[_common_pb2.PageResponse, _Mapping]] = ...) -> None: ...

class Pulse(_message.Message):
    __slots__ = ("org_id", "sequence", "previous_hash", "state_root", "transfers_root", "transfer_count", "sealed_at", "bookkeeper_id", "bookkeeper_signature", "backup_id", "backup_signature", "hash", "bookkeeper_public_key", "backup_public_key")
    ORG_ID_FIELD_NUMBER: _ClassVar[int]
    SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    PREVIOUS_HASH_FIELD_NUMBER: _ClassVar[int]
    STATE_ROOT_FIELD_NUMBER: _ClassVar[int]
    TRANSFERS_ROOT_FIELD_NUMBER: _ClassVar[int]
    TRANSFER_COUNT_FIELD_NUMBER: _ClassVar[int]
    SEALED_AT_FIELD_NUMBER: _ClassVar[int]
    BOOKKEEPER_ID_FIELD_NUMBER: _ClassVar[int]
    BOOKKEEPER_SIGNATURE_FIELD_NUMBER: _ClassVar[int]
    BACKUP_ID_FIELD_NUMBER: _ClassVar[int]
    BACKUP_SIGNATURE_FIELD_NUMBER: _ClassVar[int]
    HASH_FIELD_NUMBER: _ClassVar[int]
    BOOKKEEPER_PUBLIC_KEY_FIELD_NUMBER: _ClassVar[int]
    BACKUP_PUBLIC_KEY_FIELD_NUMBER: _ClassVar[int]
    org_id: str
    sequence: int
    previous_hash: bytes
    state_root: bytes
    transfers_root: bytes
    transfer_count: int
    sealed_at: _timestamp_pb2.Timestamp
    bookkeeper_id: str
    bookkeeper_signature: bytes
    backup_id: str
    backup_signature: bytes
    hash: bytes
    bookkeeper_public_key: bytes
    backup_public_key: bytes
    def __init__(self, org_id: _Optional[str] = ..., sequence: _Optional[int] = ..., previous_hash: _Optional[bytes] = ..., state_root: _Optional[bytes] = ..., transfers_root: _Optional[bytes] = ..., transfer_count: _Optional[int] = ..., sealed_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., bookkeeper_id: _Optional[str] = ..., bookkeeper_signature: _Optional[bytes] = ..., backup_id: _Optional[str] = ..., backup_signature: _Optional[bytes] = ..., hash: _Optional[bytes] = ..., bookkeeper_public_key: _Optional[bytes] = ..., backup_public_key: _Optional[bytes] = ...) -> None: ...

class GetPulseRequest(_message.Message):
    __slots__ = ("org_id", "sequence")
    ORG_ID_FIELD_NUMBER: _ClassVar[int]
    SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    org_id: str
    sequence: int
    def __init__(self, org_id: _Optional[str] = ..., sequence: _Optional[int] = ...) -> None: ...

class GetPulseResponse(_message.Message):
    __slots__ = ("pulse",)
    PULSE_FIELD_NUMBER: _ClassVar[int]
    pulse: Pulse
    def __init__(self, pulse: _Optional[_Union[Pulse, _Mapping]] = ...) -> None: ...

class ListPulsesRequest(_message.Message):
    __slots__ = ("org_id", "page")
    ORG_ID_FIELD_NUMBER: _ClassVar[int]
    PAGE_FIELD_NUMBER: _ClassVar[int]
    org_id: str
    page: _common_pb2.PageRequest
    def __init__(self, org_id: _Optional[str] = ..., page: _Optional[_Union[_common_pb2.PageRequest, _Mapping]] = ...) -> None: ...

class ListPulsesResponse(_message.Message):
    __slots__ = ("pulses", "page")
    PULSES_FIELD_NUMBER: _ClassVar[int]
    PAGE_FIELD_NUMBER: _ClassVar[int]
    pulses: _containers.RepeatedCompositeFieldContainer[Pulse]
    page: _common_pb2.PageResponse
    def __init__(self, pulses: _Optional[_Iterable[_Union[Pulse, _Mapping]]] = ..., page: _Optional[_Union[_common_pb2.PageResponse, _Mapping]] = ...) -> None: ...

class ProofEmptySubtree(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ProofOtherLeaf(_message.Message):
    __slots__ = ("account_id", "value_hash")
    ACCOUNT_ID_FIELD_NUMBER: _ClassVar[int]
    VALUE_HASH_FIELD_NUMBER: _ClassVar[int]
    account_id: str
    value_hash: bytes
    def __init__(self, account_id: _Optional[str] = ..., value_hash: _Optional[bytes] = ...) -> None: ...

class BalanceProof(_message.Message):
    __slots__ = ("org_id", "account_id", "pulse", "siblings", "account", "empty", "other_leaf")
    ORG_ID_FIELD_NUMBER: _ClassVar[int]
    ACCOUNT_ID_FIELD_NUMBER: _ClassVar[int]
    PULSE_FIELD_NUMBER: _ClassVar[int]
    SIBLINGS_FIELD_NUMBER: _ClassVar[int]
    ACCOUNT_FIELD_NUMBER: _ClassVar[int]
    EMPTY_FIELD_NUMBER: _ClassVar[int]
    OTHER_LEAF_FIELD_NUMBER: _ClassVar[int]
    org_id: str
    account_id: str
    pulse: Pulse
    siblings: _containers.RepeatedScalarFieldContainer[bytes]
    account: AccountState
    empty: ProofEmptySubtree
    other_leaf: ProofOtherLeaf
    def __init__(self, org_id: _Optional[str] = ..., account_id: _Optional[str] = ..., pulse: _Optional[_Union[Pulse, _Mapping]] = ..., siblings: _Optional[_Iterable[bytes]] = ..., account: _Optional[_Union[AccountState, _Mapping]] = ..., empty: _Optional[_Union[ProofEmptySubtree, _Mapping]] = ..., other_leaf: _Optional[_Union[ProofOtherLeaf, _Mapping]] = ...) -> None: ...

class GetBalanceProofRequest(_message.Message):
    __slots__ = ("org_id", "account_id", "pulse")
    ORG_ID_FIELD_NUMBER: _ClassVar[int]
    ACCOUNT_ID_FIELD_NUMBER: _ClassVar[int]
    PULSE_FIELD_NUMBER: _ClassVar[int]
    org_id: str
    account_id: str
    pulse: int
    def __init__(self, org_id: _Optional[str] = ..., account_id: _Optional[str] = ..., pulse: _Optional[int] = ...) -> None: ...

class GetBalanceProofResponse(_message.Message):
    __slots__ = ("proof",)
    PROOF_FIELD_NUMBER: _ClassVar[int]
    proof: BalanceProof
    def __init__(self, proof: _Optional[_Union[BalanceProof, _Mapping]] = ...) -> None: ...

class VoteBookkeeperRequest(_message.Message):
    __slots__ = ("org_id", "cycle", "candidate_id", "voter_id", "public_key", "signature")
    ORG_ID_FIELD_NUMBER: _ClassVar[int]
    CYCLE_FIELD_NUMBER: _ClassVar[int]
    CANDIDATE_ID_FIELD_NUMBER: _ClassVar[int]
    VOTER_ID_FIELD_NUMBER: _ClassVar[int]
    PUBLIC_KEY_FIELD_NUMBER: _ClassVar[int]
    SIGNATURE_FIELD_NUMBER: _ClassVar[int]
    org_id: str
    cycle: int
    candidate_id: str
    voter_id: str
    public_key: bytes
    signature: bytes
    def __init__(self, org_id: _Optional[str] = ..., cycle: _Optional[int] = ..., candidate_id: _Optional[str] = ..., voter_id: _Optional[str] = ..., public_key: _Optional[bytes] = ..., signature: _Optional[bytes] = ...) -> None: ...

class VoteBookkeeperResponse(_message.Message):
    __slots__ = ("weight",)
    WEIGHT_FIELD_NUMBER: _ClassVar[int]
    weight: int
    def __init__(self, weight: _Optional[int] = ...) -> None: ...

class BookkeeperTally(_message.Message):
    __slots__ = ("node_id", "weight")
    NODE_ID_FIELD_NUMBER: _ClassVar[int]
    WEIGHT_FIELD_NUMBER: _ClassVar[int]
    node_id: str
    weight: int
    def __init__(self, node_id: _Optional[str] = ..., weight: _Optional[int] = ...) -> None: ...

class GetBookkeepersRequest(_message.Message):
    __slots__ = ("org_id", "cycle")
    ORG_ID_FIELD_NUMBER: _ClassVar[int]
    CYCLE_FIELD_NUMBER: _ClassVar[int]
    org_id: str
    cycle: int
    def __init__(self, org_id: _Optional[str] = ..., cycle: _Optional[int] = ...) -> None: ...

class GetBookkeepersResponse(_message.Message):
    __slots__ = ("cycle", "first_pulse", "bookkeeper_id", "backup_id", "tallies")
    CYCLE_FIELD_NUMBER: _ClassVar[int]
    FIRST_PULSE_FIELD_NUMBER: _ClassVar[int]
    BOOKKEEPER_ID_FIELD_NUMBER: _ClassVar[int]
    BACKUP_ID_FIELD_NUMBER: _ClassVar[int]
    TALLIES_FIELD_NUMBER: _ClassVar[int]
    cycle: int
    first_pulse: int
    bookkeeper_id: str
    backup_id: str
    tallies: _containers.RepeatedCompositeFieldContainer[BookkeeperTally]
    def __init__(self, cycle: _Optional[int] = ..., first_pulse: _Optional[int] = ..., bookkeeper_id: _Optional[str] = ..., backup_id: _Optional[str] = ..., tallies: _Optional[_Iterable[_Union[BookkeeperTally, _Mapping]]] = ...) -> None: ...

class Dispute(_message.Message):
    __slots__ = ("dispute_id", "org_id", "pulse", "claimed_state_root", "reason", "raised_by", "status", "raised_at", "resolved_at", "public_key", "signature")
    DISPUTE_ID_FIELD_NUMBER: _ClassVar[int]
    ORG_ID_FIELD_NUMBER: _ClassVar[int]
    PULSE_FIELD_NUMBER: _ClassVar[int]
    CLAIMED_STATE_ROOT_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    RAISED_BY_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    RAISED_AT_FIELD_NUMBER: _ClassVar[int]
    RESOLVED_AT_FIELD_NUMBER: _ClassVar[int]
    PUBLIC_KEY_FIELD_NUMBER: _ClassVar[int]
    SIGNATURE_FIELD_NUMBER: _ClassVar[int]
    dispute_id: str
    org_id: str
    pulse: int
    claimed_state_root: bytes
    reason: str
    raised_by: str
    status: DisputeStatus
    raised_at: _timestamp_pb2.Timestamp
    resolved_at: _timestamp_pb2.Timestamp
    public_key: bytes
    signature: bytes
    def __init__(self, dispute_id: _Optional[str] = ..., org_id: _Optional[str] = ..., pulse: _Optional[int] = ..., claimed_state_root: _Optional[bytes] = ..., reason: _Optional[str] = ..., raised_by: _Optional[str] = ..., status: _Optional[_Union[DisputeStatus, str]] = ..., raised_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., resolved_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., public_key: _Optional[bytes] = ..., signature: _Optional[bytes] = ...) -> None: ...

class RaiseDisputeRequest(_message.Message):
    __slots__ = ("dispute",)
    DISPUTE_FIELD_NUMBER: _ClassVar[int]
    dispute: Dispute
    def __init__(self, dispute: _Optional[_Union[Dispute, _Mapping]] = ...) -> None: ...

class RaiseDisputeResponse(_message.Message):
    __slots__ = ("dispute",)
    DISPUTE_FIELD_NUMBER: _ClassVar[int]
    dispute: Dispute
    def __init__(self, dispute: _Optional[_Union[Dispute, _Mapping]] = ...) -> None: ...

class ListDisputesRequest(_message.Message):
    __slots__ = ("org_id", "status", "page")
    ORG_ID_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    PAGE_FIELD_NUMBER: _ClassVar[int]
    org_id: str
    status: DisputeStatus
    page: _common_pb2.PageRequest
    def __init__(self, org_id: _Optional[str] = ..., status: _Optional[_Union[DisputeStatus, str]] = ..., page: _Optional[_Union[_common_pb2.PageRequest, _Mapping]] = ...) -> None: ...

class ListDisputesResponse(_message.Message):
    __slots__ = ("disputes", "page")
    DISPUTES_FIELD_NUMBER: _ClassVar[int]
    PAGE_FIELD_NUMBER: _ClassVar[int]
    disputes: _containers.RepeatedCompositeFieldContainer[Dispute]
    page: _common_pb2.PageResponse
    def __init__(self, disputes: _Optional[_Iterable[_Union[Dispute, _Mapping]]] = ..., page: _Optional[_Union[_common_pb2.PageResponse, _Mapping]] = ...) -> None: ...
