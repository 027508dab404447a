// Messages between the sandbox (index.ts, on the node's thread) and its worker.
import type { JsonValue, SandboxOptions, SandboxResult } from "./types.js";

/** The worker's workerData: everything of SandboxOptions that can be cloned. */
export interface WorkerInput {
  code: string;
  options: Omit<SandboxOptions, "hostFunctions" | "signal">;
  hostFunctionNames: string[];
  /** One Int32; the parent sets it to 1 to cancel (read by the interrupt handler mid-loop). */
  cancelFlag: SharedArrayBuffer;
}

export type ToParent =
  | { type: "call"; id: number; name: string; args: JsonValue[] }
  | { type: "done"; result: SandboxResult };

export type ToWorker =
  | { type: "reply"; id: number; ok: true; value: JsonValue | undefined }
  | { type: "reply"; id: number; ok: false; error: { name: string; message: string; code?: string; reason?: string } }
  | { type: "cancel" };
