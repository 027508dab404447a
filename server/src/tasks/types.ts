// Domain types of scripts and tasks, independent of the API's messages.
import type { JsonValue, LogLine } from "../sandbox/index.js";

export interface Script {
  scriptId: string;
  ownerId: string;
  name: string;
  appId: string;
  language: "javascript";
  memo: string;
  sourceHash: string;
  updatedAt: number;
}

/** The outcome of one run, as RunScript returns it and a task keeps its last one. */
export interface ScriptRun {
  result: JsonValue;
  /** Empty when the script finished normally; else "KIND: message" (e.g. "TIME_LIMIT: ..."). */
  error: string;
  logs: LogLine[];
  startedAt: number;
  durationMs: number;
}

export type TaskState = "scheduled" | "running" | "completed" | "failed" | "cancelled";
export type Recurrence = "none" | "monthly" | "yearly";

export interface TaskSetting {
  name: string;
  scriptId: string;
  /** Ms since the epoch; the first run. */
  startAt: number;
  /** 0 runs once. */
  periodMs: number;
  recurrence: Recurrence;
  params: Record<string, string>;
  timeoutMs: number;
}

export interface Task {
  taskId: string;
  ownerId: string;
  setting: TaskSetting;
  state: TaskState;
  createdAt: number;
  nextRunAt: number | null;
  runCount: number;
  lastRun: ScriptRun | null;
}

/** Who a run acts as: the node's RPCs see this user, with this session when there is one. */
export interface RunAs {
  userId: string;
  sessionId: string | null;
}

/**
 * The node's API as scripts reach it: one unary RPC by service and method name, with the
 * request and response in the API's JSON form. Implemented over the node's own routes and
 * interceptors (rpc/in-process-api.ts), so every rights check applies.
 */
export interface HostApi {
  call(as: RunAs, service: string, method: string, request: JsonValue): Promise<JsonValue>;
}
