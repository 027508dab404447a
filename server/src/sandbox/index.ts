// The script sandbox: JavaScript in QuickJS (quickjs-emscripten), one worker thread and one
// QuickJS instance per run, with time, memory, stack and output limits and no access to the
// host beyond the globals and host functions the caller lends. See README.md.
import { existsSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { SANDBOX_DEFAULTS, type JsonValue, type LogLine, type SandboxOptions, type SandboxResult } from "./types.js";
import type { ToParent, ToWorker, WorkerInput } from "./worker-protocol.js";

export { runInThisThread } from "./quickjs-runner.js";
import { hostErrorFields } from "./quickjs-runner.js";
export * from "./types.js";

/** How long past its time limit a worker may take to stop by itself before it is terminated. */
const HARD_STOP_GRACE_MS = 1000;

/**
 * The worker's script. Built code finds it beside this module; tests that run the TypeScript
 * sources use the built copy in dist/ (`npm run build` first; `npm test` does it).
 */
function workerUrl(): URL {
  const here = new URL("./sandbox-worker.js", import.meta.url);
  if (existsSync(fileURLToPath(here))) return here;
  const built = fileURLToPath(here).replace(/([/\\])src([/\\]sandbox[/\\])/, "$1dist$2");
  if (existsSync(built)) return pathToFileURL(built);
  throw new Error(`the sandbox worker is not built (${built}); run \`npm run build\``);
}

/**
 * Runs `code` in a fresh worker thread. Resolves with the script's result or a classified
 * failure; rejects only when the sandbox itself breaks.
 */
export function runSandboxed(code: string, options: SandboxOptions = {}): Promise<SandboxResult> {
  const { hostFunctions = {}, signal, ...rest } = options;
  const started = Date.now();
  const timeLimitMs = options.timeLimitMs ?? SANDBOX_DEFAULTS.timeLimitMs;
  const cancelFlag = new SharedArrayBuffer(4);
  const input: WorkerInput = { code, options: rest, hostFunctionNames: Object.keys(hostFunctions), cancelFlag };
  const worker = new Worker(workerUrl(), {
    workerData: input,
    // The QuickJS heap lives in WebAssembly memory bounded per run; this bounds the glue.
    resourceLimits: { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 16, stackSizeMb: 8 },
    stdout: true,
    stderr: true,
  });
  // The worker prints nothing on purpose; drain its streams so a stray write cannot block it.
  worker.stdout.resume();
  worker.stderr.resume();

  return new Promise<SandboxResult>((resolve, reject) => {
    let settled = false;
    const finish = (r: SandboxResult | Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(hardStop);
      signal?.removeEventListener("abort", onAbort);
      void worker.terminate();
      if (r instanceof Error) reject(r);
      else resolve(r);
    };
    const stopped = (kind: "TIME_LIMIT" | "CANCELLED" | "MEMORY_LIMIT", message: string): SandboxResult => ({
      ok: false,
      error: { kind, name: kind, message, stack: "" },
      logs: [] as LogLine[],
      durationMs: Date.now() - started,
    });
    // QuickJS checks its deadline every few thousand operations, and a single slow built-in
    // (a huge split or sort) runs between checks: the hard stop bounds the worst case.
    const hardStop = setTimeout(
      () => finish(stopped("TIME_LIMIT", `the script ran longer than its time limit of ${timeLimitMs} ms`)),
      timeLimitMs + HARD_STOP_GRACE_MS,
    );
    const onAbort = () => {
      Atomics.store(new Int32Array(cancelFlag), 0, 1);
      worker.postMessage({ type: "cancel" } satisfies ToWorker);
      setTimeout(() => finish(stopped("CANCELLED", "the run was cancelled")), HARD_STOP_GRACE_MS).unref();
    };
    if (signal?.aborted) onAbort();
    else signal?.addEventListener("abort", onAbort);

    worker.on("message", (msg: ToParent) => {
      if (msg.type === "done") {
        finish(msg.result);
        return;
      }
      const fn = Object.hasOwn(hostFunctions, msg.name) ? hostFunctions[msg.name] : undefined;
      Promise.resolve()
        .then(() => {
          if (!fn) throw new TypeError(`no host function ${msg.name}`);
          return fn(...msg.args);
        })
        .then(
          (value) => post({ type: "reply", id: msg.id, ok: true, value: value as JsonValue | undefined }),
          (err: unknown) => post({ type: "reply", id: msg.id, ok: false, error: hostErrorFields(err) }),
        );
    });
    const post = (m: ToWorker) => {
      if (!settled) worker.postMessage(m);
    };
    worker.on("error", (err) => {
      // The worker's own heap limit (not the script's WebAssembly heap) ran out.
      if ((err as { code?: string }).code === "ERR_WORKER_OUT_OF_MEMORY") finish(stopped("MEMORY_LIMIT", "the script used more memory than its limit"));
      else finish(err);
    });
    worker.on("exit", (code) => finish(new Error(`the sandbox worker exited (code ${code}) without a result`)));
  });
}
