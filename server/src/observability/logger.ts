// The node's structured logger (pino, JSON lines) and the interceptor that gives every RPC a
// request id and one log line.
import { randomUUID } from "node:crypto";
import type { EventEmitter } from "node:events";
import { pino, type Level, type Logger } from "pino";
import { Code, ConnectError, createContextKey, type Interceptor } from "@connectrpc/connect";
import { codeToString } from "@connectrpc/connect/protocol-connect";
import { observeCall } from "./observe-call.js";

export type { Logger } from "pino";

export interface LoggerInit {
  /** Minimum level written; default "info". */
  level?: Level;
  /** Write nothing at all (tests). Wins over `level`. */
  quiet?: boolean;
  /** Where the JSON lines go; default stdout. */
  stream?: "stdout" | "stderr";
  /** Bound as `name` on every line, e.g. "leither". */
  name?: string;
}

export function createLogger(init: LoggerInit = {}): Logger {
  const level = init.quiet ? "silent" : (init.level ?? "info");
  const dest = pino.destination({ dest: init.stream === "stderr" ? 2 : 1, sync: false });
  return pino({ level, name: init.name, base: { pid: process.pid } }, dest);
}

/**
 * Resolves once the line just logged at `level` is written, or has failed to be (nobody reads
 * stdout any more), or after `ms`; at once when that level is not logged. Log a last line, then
 * call this before the process exits: at exit pino writes a line still in flight synchronously,
 * and sonic-boom (4.x, under pino 10) retries such a write forever when it fails with EPIPE, so
 * a node whose stdout reader had gone ignored SIGTERM. Once the write has failed here, pino's
 * own handler turns the stream off.
 */
export function settleLog(log: Logger, level: Level, ms = 1000): Promise<void> {
  const stream = (log as unknown as Record<symbol, unknown>)[pino.symbols.streamSym] as EventEmitter | undefined;
  if (!log.isLevelEnabled(level) || !stream || typeof stream.once !== "function") return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      stream.off("drain", done);
      stream.off("error", done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    stream.once("drain", done);
    stream.once("error", done);
  });
}

export const REQUEST_ID_HEADER = "x-request-id";

/** The request id of the current RPC, for handlers that log or forward it. */
export const requestIdKey = createContextKey<string>("", { description: "the request id of this RPC" });

// An incoming id is echoed into logs and headers, so only short printable ids are honoured.
const ACCEPTABLE_ID = /^[\x21-\x7e]{1,128}$/;

export function requestIdFrom(header: string | null): string {
  return header !== null && ACCEPTABLE_ID.test(header) ? header : randomUUID();
}

// Errors the caller caused are routine (info); the rest point at the node itself (warn).
const CALLER_CODES = new Set<Code>([
  Code.Canceled,
  Code.InvalidArgument,
  Code.NotFound,
  Code.AlreadyExists,
  Code.PermissionDenied,
  Code.Unauthenticated,
  Code.FailedPrecondition,
  Code.OutOfRange,
  Code.ResourceExhausted,
  Code.Aborted,
]);

/**
 * Assigns the request id (honouring an incoming `x-request-id`), returns it in the response
 * header and logs one line per RPC. Put it first in the interceptor list so it sees the
 * final code and duration of everything inside it.
 */
export function createRequestLogInterceptor(logger: Logger): Interceptor {
  return (next) => async (req) => {
    const started = performance.now();
    const rid = requestIdFrom(req.header.get(REQUEST_ID_HEADER));
    req.contextValues.set(requestIdKey, rid);
    const procedure = `/${req.service.typeName}/${req.method.name}`;
    try {
      const res = await observeCall(next, req, (err) => {
        const ms = Math.round((performance.now() - started) * 100) / 100;
        if (!err) {
          logger.debug({ rid, procedure, code: "ok", ms }, "rpc");
        } else if (CALLER_CODES.has(err.code)) {
          logger.info({ rid, procedure, code: codeToString(err.code), ms, err: err.rawMessage }, "rpc");
        } else {
          logger.warn({ rid, procedure, code: codeToString(err.code), ms, err: err.rawMessage }, "rpc");
        }
      });
      res.header.set(REQUEST_ID_HEADER, rid);
      return res;
    } catch (err) {
      // Errors carry their own headers; a non-Connect error is left alone for the error
      // boundary to convert, it just goes without the id.
      if (err instanceof ConnectError) err.metadata.set(REQUEST_ID_HEADER, rid);
      throw err;
    }
  };
}
