// The engine's errors: LeitherErrors with stable reasons, each carrying the exact Redis reply
// text in metadata.redis so the RESP endpoint answers what redis-server would.
import { LeitherError, type ErrorKind } from "../errors.js";
import { DB_ERROR } from "./types.js";

function dbError(kind: ErrorKind, reason: string, message: string, redis: string, metadata: Record<string, string> = {}): LeitherError {
  return new LeitherError(kind, reason, message, { ...metadata, redis });
}

export const wrongType = () =>
  dbError("failed_precondition", DB_ERROR.WRONGTYPE, "the key holds a value of another type", "WRONGTYPE Operation against a key holding the wrong kind of value");
export const notInteger = () =>
  dbError("failed_precondition", DB_ERROR.NOT_INTEGER, "the value is not a decimal 64-bit integer", "ERR value is not an integer or out of range");
export const hashNotInteger = () =>
  dbError("failed_precondition", DB_ERROR.NOT_INTEGER, "the hash value is not a decimal 64-bit integer", "ERR hash value is not an integer");
export const notFloat = () => dbError("invalid_argument", DB_ERROR.NOT_FLOAT, "a score must be a number (not NaN)", "ERR value is not a valid float");
export const nanScore = () =>
  dbError("invalid_argument", DB_ERROR.NAN_SCORE, "the resulting score would be NaN", "ERR resulting score is not a number (NaN)");
export const overflow = () =>
  dbError("out_of_range", DB_ERROR.OVERFLOW, "the increment would overflow a 64-bit integer", "ERR increment or decrement would overflow");
export const syntax = (message: string, redis = "ERR syntax error") => dbError("invalid_argument", DB_ERROR.SYNTAX, message, redis);
export const indexOutOfRange = () => dbError("out_of_range", DB_ERROR.INDEX_OUT_OF_RANGE, "the index is outside the list", "ERR index out of range");
export const noSuchKey = () => dbError("not_found", DB_ERROR.NO_SUCH_KEY, "the key does not exist", "ERR no such key");
export const invalidCursor = () => dbError("invalid_argument", DB_ERROR.INVALID_CURSOR, "the cursor is not one a scan returned", "ERR invalid cursor");
export const valueTooLarge = (max: number) =>
  dbError("invalid_argument", DB_ERROR.VALUE_TOO_LARGE, `a key, field, member or value holds at most ${max} bytes`, "ERR string exceeds maximum allowed size (proto-max-bulk-len)", {
    max_bytes: String(max),
  });
export const invalidExpire = (command: string) =>
  dbError("invalid_argument", DB_ERROR.INVALID_EXPIRE, "the expiry must be a positive number of milliseconds", `ERR invalid expire time in '${command}' command`);
export const versionFrozen = (mimeiId: string, version: number) =>
  dbError("failed_precondition", DB_ERROR.VERSION_FROZEN, `version ${version} is frozen; only cur can be written`, "READONLY You can't write against a frozen version", {
    mimei_id: mimeiId,
    version: String(version),
  });
export const replyTooLarge = () =>
  dbError("resource_exhausted", DB_ERROR.REPLY_TOO_LARGE, "the reply would hold more than 100 000 items or 64 MiB; page with ranges or scans", "ERR reply too large");
export const txConflict = (txId: string) =>
  dbError("aborted", DB_ERROR.TX_CONFLICT, "another writer changed a key this transaction read or wrote; redo the transaction", "EXECABORT Transaction discarded because of a conflict", {
    transaction_id: txId,
  });
export const txExpired = (txId: string) =>
  dbError("not_found", DB_ERROR.TX_EXPIRED, "the transaction timed out and was rolled back", "ERR transaction expired", { transaction_id: txId });
export const txNotFound = (txId: string) =>
  dbError("not_found", DB_ERROR.TX_NOT_FOUND, "no such transaction (committed, rolled back, or from before a restart)", "ERR no such transaction", {
    transaction_id: txId,
  });
export const txNotYours = (txId: string) =>
  dbError("permission_denied", DB_ERROR.TX_NOT_YOURS, "the transaction belongs to another session", "ERR transaction belongs to another session", {
    transaction_id: txId,
  });
export const snapshotMissing = (mimeiId: string, digest: string) =>
  dbError("not_found", DB_ERROR.SNAPSHOT_MISSING, `no stored snapshot of MiMei ${mimeiId} with digest ${digest}`, "ERR snapshot missing", { mimei_id: mimeiId, digest });
