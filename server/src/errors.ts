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
