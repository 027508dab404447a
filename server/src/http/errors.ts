// The transport layer's one error type; `reason` is stable for callers that branch on it.
export type ApiServerErrorReason = "ALREADY_STARTED" | "NOT_STARTED" | "LISTEN_FAILED" | "TLS_CONFIG_INVALID";

export class ApiServerError extends Error {
  override name = "ApiServerError";
  constructor(
    readonly reason: ApiServerErrorReason,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
