// The one error type domain code throws. Its `kind` is transport-neutral; the RPC boundary maps
// it to a Connect/gRPC code, and `reason` becomes the stable ErrorDetail.reason clients branch on.
export type ErrorKind =
  | "invalid_argument"
  | "not_found"
  | "already_exists"
  | "permission_denied"
  | "unauthenticated"
  | "failed_precondition"
  | "resource_exhausted"
  | "aborted"
  | "out_of_range"
  | "unimplemented"
  | "internal";

export class LeitherError extends Error {
  override name = "LeitherError";
  constructor(
    readonly kind: ErrorKind,
    /** Stable UPPER_SNAKE_CASE name, e.g. "WRONG_PASSWORD". */
    readonly reason: string,
    message: string,
    readonly metadata: Record<string, string> = {},
  ) {
    super(message);
  }
}

export const invalidArgument = (reason: string, message: string, metadata?: Record<string, string>) =>
  new LeitherError("invalid_argument", reason, message, metadata);
export const notFound = (reason: string, message: string, metadata?: Record<string, string>) =>
  new LeitherError("not_found", reason, message, metadata);
export const permissionDenied = (reason: string, message: string, metadata?: Record<string, string>) =>
  new LeitherError("permission_denied", reason, message, metadata);
export const failedPrecondition = (reason: string, message: string, metadata?: Record<string, string>) =>
  new LeitherError("failed_precondition", reason, message, metadata);

/** How the OS (a full disk, a quota) and SQLite say that a write found no room. */
const STORAGE_FULL_CODES = new Set(["ENOSPC", "EDQUOT", "SQLITE_FULL"]);

/**
 * What a caller is told when a write failed because the node's storage is full (undefined for
 * any other error): RESOURCE_EXHAUSTED STORAGE_FULL rather than an internal error. The boundaries
 * still log the original error; the node's operator has to act on it.
 */
export function storageFullError(err: unknown): LeitherError | undefined {
  const code = err instanceof Error ? (err as { code?: unknown }).code : undefined;
  if (typeof code !== "string" || !STORAGE_FULL_CODES.has(code)) return undefined;
  return new LeitherError("resource_exhausted", "STORAGE_FULL", "the node's storage is full, so nothing of this write was kept; try again once the node has room");
}
