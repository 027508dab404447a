// The worker thread a sandboxed run lives in: runs the script with runInThisThread and proxies
// host function calls and cancellation to and from the parent, so that a busy script never
// blocks the node's event loop.
import { parentPort, workerData } from "node:worker_threads";
import { runInThisThread } from "./quickjs-runner.js";
import type { JsonValue, SandboxOptions } from "./types.js";
import type { ToParent, ToWorker, WorkerInput } from "./worker-protocol.js";

const input = workerData as WorkerInput;
const port = parentPort!;
const cancel = new AbortController();
const pending = new Map<number, { resolve: (v: JsonValue | undefined) => void; reject: (e: unknown) => void }>();
let nextId = 1;

port.on("message", (msg: ToWorker) => {
  if (msg.type === "cancel") {
    cancel.abort();
    return;
  }
  const call = pending.get(msg.id);
  if (!call) return;
  pending.delete(msg.id);
  if (msg.ok) call.resolve(msg.value);
  else call.reject(msg.error);
});

const hostFunctions: SandboxOptions["hostFunctions"] = Object.fromEntries(
  input.hostFunctionNames.map((name) => [
    name,
    (...args: JsonValue[]) =>
      new Promise<JsonValue | undefined>((resolve, reject) => {
        const id = nextId++;
        pending.set(id, { resolve, reject });
        port.postMessage({ type: "call", id, name, args } satisfies ToParent);
      }),
  ]),
);

const flag = new Int32Array(input.cancelFlag);
const result = await runInThisThread(input.code, { ...input.options, hostFunctions, signal: cancel.signal }, { cancelled: () => Atomics.load(flag, 0) === 1 });
port.postMessage({ type: "done", result } satisfies ToParent);
// Nothing else may keep the thread alive (host calls still in flight are abandoned).
port.close();
