// Runs a script for a user: the sandbox with the `leither` host API (the node's own RPCs, as
// that user), `args`, `params`/`request`, `log`, and the limits of a script run.
import { runSandboxed, type JsonValue, type SandboxOptions, type SandboxResult } from "../sandbox/index.js";
import type { HostApi, RunAs, ScriptRun } from "./types.js";

export const DEFAULT_RUN_TIMEOUT_MS = 10_000;
export const MAX_RUN_TIMEOUT_MS = 5 * 60_000;
export const SCRIPT_MEMORY_BYTES = 64 * 1024 * 1024;

/** Conveniences over `leither.call`, defined in the sandbox before the script runs. */
const PRELUDE = `
leither.mimei = {
  info: (mimeiId) => leither.call("MiMeiService", "GetMiMeiInfo", { mimeiId }).then((r) => r.info),
  list: (request = {}) => leither.call("MiMeiService", "ListMiMei", request).then((r) => r.mimei ?? []),
  create: (request) => leither.call("MiMeiService", "Create", request),
  versions: (mimeiId) => leither.call("MiMeiService", "ListVersions", { mimeiId }),
};
leither.user = { info: (userId) => leither.call("IdentityService", "GetUserInfo", userId ? { userId } : {}).then((r) => r.user) };
leither.node = { info: () => leither.call("NodeService", "GetNodeInfo", {}) };
`;

export interface RunRequest {
  source: string;
  /** Shown in stacks, e.g. the script's name. */
  filename?: string;
  params: Record<string, string>;
  args: JsonValue[];
  timeoutMs: number;
  signal?: AbortSignal;
}

export type ScriptRunner = (as: RunAs, request: RunRequest) => Promise<ScriptRun>;

/** Chosen so tests can swap in the in-thread runner; the node uses worker threads. */
export type Sandbox = (code: string, options: SandboxOptions) => Promise<SandboxResult>;

export function createScriptRunner({ api, sandbox = runSandboxed }: { api: HostApi; sandbox?: Sandbox }): ScriptRunner {
  return async (as, req) => {
    const startedAt = Date.now();
    const result = await sandbox(req.source, {
      globals: { args: req.args, params: req.params, request: req.params, caller: { userId: as.userId } },
      hostFunctions: {
        "leither.call": (service, method, request) => {
          if (typeof service !== "string" || typeof method !== "string") {
            throw Object.assign(new TypeError("leither.call(service, method, request): service and method are strings"), { code: "invalid_argument" });
          }
          return api.call(as, service, method, request ?? {});
        },
      },
      prelude: PRELUDE,
      timeLimitMs: req.timeoutMs,
      memoryLimitBytes: SCRIPT_MEMORY_BYTES,
      entry: { name: "main", args: [req.params, req.args] },
      filename: req.filename ?? "script.js",
      signal: req.signal,
    });
    return {
      result: result.ok ? result.value : null,
      error: result.ok ? "" : formatFailure(result.error),
      logs: result.logs,
      startedAt,
      durationMs: result.durationMs,
    };
  };
}

function formatFailure(f: Extract<SandboxResult, { ok: false }>["error"]): string {
  if (f.kind !== "SCRIPT_ERROR" && f.kind !== "RESULT_NOT_JSON") return `${f.kind}: ${f.message}`;
  const head = `${f.kind}: ${f.name}: ${f.message}`;
  return f.stack ? `${head}\n${f.stack.trimEnd()}` : head;
}

/** Unset (0) means the default; above the maximum is capped, as the API documents. */
export function runTimeout(requestedMs: number, defaultMs: number, maxMs: number): number {
  if (!requestedMs || requestedMs <= 0) return defaultMs;
  return Math.min(requestedMs, maxMs);
}
