// The database MiMei's public surface: the engine component (Redis-semantics keyspaces,
// transactions, versions), its schema, and the plain types handlers and the RESP endpoint use.
export { createDbEngine } from "./engine.js";
export { createCommitQueue } from "./commit-queue.js";
export type { CommitQueue } from "./commit-queue.js";
export type { DbEngineDeps } from "./engine.js";
export { dbSchema } from "./schema.js";
export { globMatch } from "./glob.js";
export { DB_ERROR, DB_VALUE_TYPES, DB_WRITE_COMMANDS, redisErrorText } from "./types.js";
export type {
  BytesLike,
  DbEngine,
  DbEngineOptions,
  DbErrorReason,
  DbReader,
  DbTarget,
  DbValueType,
  DbWriter,
  HScanOptions,
  HScanResult,
  ScanOptions,
  ScanResult,
  ScoreRange,
  ScoredMember,
  ScoredMemberInput,
  SetOptions,
  SetResult,
  TransactionInfo,
  WriteCondition,
  ZAddOptions,
  ZAddResult,
  ZRangeByScoreOptions,
} from "./types.js";
