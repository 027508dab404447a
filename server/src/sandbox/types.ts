// The sandbox's contract: what a caller passes in (code, globals, host functions, limits) and
// what comes back (a JSON result or a classified failure, plus the captured log lines).

/** A JSON value: what crosses the boundary between the host and a script, in both directions. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/**
 * A function the host lends to scripts. Inside the script every host function returns a
 * promise (await it); arguments and results cross as JSON. A thrown error reaches the script
 * as an Error with the thrown error's `name`, `message`, and `code`/`reason` when it has them;
 * never its host stack.
 */
export type HostFunction = (...args: JsonValue[]) => JsonValue | undefined | Promise<JsonValue | undefined>;

export interface SandboxOptions {
  /** Read-only data set as globals before the script runs (e.g. `args`). */
  globals?: Record<string, JsonValue>;
  /** Host functions by global path; dotted names nest: "leither.call" → `leither.call(...)`. */
  hostFunctions?: Record<string, HostFunction>;
  /** Trusted JavaScript run before the script, after globals and host functions exist. */
  prelude?: string;
  /** Wall-clock limit of the whole run, host calls included. Default 10 s. */
  timeLimitMs?: number;
  /** Heap limit of the script's runtime. Default 32 MiB. */
  memoryLimitBytes?: number;
  /** Stack limit of the script's runtime. Default 256 KiB. */
  stackLimitBytes?: number;
  /** Largest result, as JSON text. Default 1 MiB. */
  maxResultBytes?: number;
  /** Log lines kept (the last ones win). Default 1000. */
  maxLogLines?: number;
  /** Longest log line; longer ones are cut. Default 8 KiB. */
  maxLogLineBytes?: number;
  /**
   * For smart contracts: no clock and no randomness (Date.now, argument-less `new Date()` and
   * Math.random throw; WeakRef and FinalizationRegistry are removed). Pass time as a global.
   */
  deterministic?: boolean;
  /** For modules: the export to call after evaluation, and its arguments. */
  entry?: { name: string; args: JsonValue[] };
  /** The file name shown in stacks. Default "script.js". */
  filename?: string;
  /** Aborting it interrupts the run, which fails with CANCELLED. */
  signal?: AbortSignal;
}

/** Why a run failed. */
export type SandboxFailureKind =
  /** The script threw, or failed to parse. */
  | "SCRIPT_ERROR"
  /** The run took longer than timeLimitMs. */
  | "TIME_LIMIT"
  /** The script's heap exceeded memoryLimitBytes. */
  | "MEMORY_LIMIT"
  /** The script recursed deeper than stackLimitBytes allows. */
  | "STACK_LIMIT"
  /** The result did not fit maxResultBytes. */
  | "OUTPUT_LIMIT"
  /** The result is not a JSON value (a function, a symbol, a cycle...). */
  | "RESULT_NOT_JSON"
  /** The signal was aborted. */
  | "CANCELLED";

export interface SandboxFailure {
  kind: SandboxFailureKind;
  /** The script error's name ("TypeError", ...), or the kind for limits. */
  name: string;
  message: string;
  /** The script's own stack frames (file names are the script's, never the host's); may be empty. */
  stack: string;
  /** For errors raised by host functions: their code and reason, when they had them. */
  code?: string;
  reason?: string;
}

export interface LogLine {
  /** Milliseconds since the epoch. */
  time: number;
  level: "trace" | "debug" | "info" | "warn" | "error" | "critical";
  message: string;
}

export type SandboxResult =
  | { ok: true; value: JsonValue; logs: LogLine[]; durationMs: number }
  | { ok: false; error: SandboxFailure; logs: LogLine[]; durationMs: number };

export const SANDBOX_DEFAULTS = {
  timeLimitMs: 10_000,
  memoryLimitBytes: 32 * 1024 * 1024,
  stackLimitBytes: 256 * 1024,
  maxResultBytes: 1024 * 1024,
  maxLogLines: 1000,
  maxLogLineBytes: 8 * 1024,
  filename: "script.js",
} as const;
