// The error boundary: domain errors become Connect errors with an ErrorDetail, and anything
// unexpected becomes INTERNAL without leaking internals to the caller.
import { Code, ConnectError } from "@connectrpc/connect";
import { create } from "@bufbuild/protobuf";
import { ErrorDetailSchema } from "@leither/api/leither/v1/common_pb";
import { LeitherError, storageFullError, type ErrorKind } from "../errors.js";
import { BlobError } from "../store/index.js";

const CODES: Record<ErrorKind, Code> = {
  invalid_argument: Code.InvalidArgument,
  not_found: Code.NotFound,
  already_exists: Code.AlreadyExists,
  permission_denied: Code.PermissionDenied,
  unauthenticated: Code.Unauthenticated,
  failed_precondition: Code.FailedPrecondition,
  resource_exhausted: Code.ResourceExhausted,
  aborted: Code.Aborted,
  out_of_range: Code.OutOfRange,
  unimplemented: Code.Unimplemented,
  internal: Code.Internal,
};

export function connectCodeOf(kind: ErrorKind): Code {
  return CODES[kind];
}

/** Whether an error was raised on purpose (a domain or protocol error), not a bug. */
export function isExpectedError(err: unknown): boolean {
  return err instanceof ConnectError || err instanceof LeitherError || err instanceof BlobError;
}

/** Converts what a handler threw into the ConnectError the caller receives. */
export function toConnectError(err: unknown): ConnectError {
  if (err instanceof ConnectError) return err;
  if (err instanceof BlobError) {
    const code = err.reason === "NOT_FOUND" ? Code.NotFound : Code.InvalidArgument;
    return withDetail(code, err.message, err.reason, {});
  }
  // A full disk is told as the domain error it amounts to (the interceptor still logs the original).
  const domain = err instanceof LeitherError ? err : storageFullError(err);
  if (domain) return withDetail(CODES[domain.kind], domain.message, domain.reason, domain.metadata);
  return new ConnectError("internal error", Code.Internal, undefined, undefined, err);
}

function withDetail(code: Code, message: string, reason: string, metadata: Record<string, string>): ConnectError {
  return new ConnectError(message, code, undefined, [
    { desc: ErrorDetailSchema, value: create(ErrorDetailSchema, { reason, metadata }) },
  ]);
}

/** Reads the stable reason back out of an error (clients and tests use this). */
export function reasonOf(err: ConnectError): string | undefined {
  return err.findDetails(ErrorDetailSchema)[0]?.reason;
}
