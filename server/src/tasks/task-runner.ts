// Background tasks: stored schedules of registered scripts, run as their owner by a bounded
// pool (the rest wait their turn), cancellable while running, and recovered after a crash:
// a run that was in progress when the node died is recorded as failed with NODE_RESTARTED
// (one-shot tasks end FAILED; periodic ones go on with their next run); scheduled tasks simply
// run when due, late ones at once.
import { randomBytes } from "node:crypto";
import type { Clock } from "../clock.js";
import { invalidArgument, LeitherError, notFound, permissionDenied } from "../errors.js";
import type { SqliteDatabase } from "../store/index.js";
import type { ScriptRunner } from "./executor.js";
import type { ScriptStore } from "./scripts.js";
import type { Recurrence, RunAs, ScriptRun, Task, TaskSetting, TaskState } from "./types.js";

export const DEFAULT_TASK_TIMEOUT_MS = 60_000;
export const MAX_TASK_TIMEOUT_MS = 60 * 60_000;
export const MIN_PERIOD_MS = 1000;
export const DEFAULT_MAX_CONCURRENT = 2;
const NAME = /^[A-Za-z0-9._-]{1,64}$/;

interface Row {
  task_id: string;
  owner_id: string;
  name: string;
  script_id: string;
  start_at: number;
  period_ms: number;
  recurrence: Recurrence;
  params: string;
  timeout_ms: number;
  state: TaskState;
  created_at: number;
  next_run_at: number | null;
  run_count: number;
  last_run: string | null;
}

const toTask = (r: Row): Task => ({
  taskId: r.task_id,
  ownerId: r.owner_id,
  setting: {
    name: r.name,
    scriptId: r.script_id,
    startAt: r.start_at,
    periodMs: r.period_ms,
    recurrence: r.recurrence,
    params: JSON.parse(r.params) as Record<string, string>,
    timeoutMs: r.timeout_ms,
  },
  state: r.state,
  createdAt: r.created_at,
  nextRunAt: r.next_run_at,
  runCount: r.run_count,
  lastRun: r.last_run ? (JSON.parse(r.last_run) as ScriptRun) : null,
});

export interface TaskRunnerInit {
  db: SqliteDatabase;
  clock: Clock;
  scripts: ScriptStore;
  run: ScriptRunner;
  /** Whether a user may run a script that is not theirs (the execute right on its app). */
  mayRun(userId: string, script: { ownerId: string; appId: string }): boolean;
  isAdmin(userId: string): boolean;
  maxConcurrent?: number;
  onError?: (err: unknown, taskId: string) => void;
}

export interface TaskRunner {
  start(as: RunAs, setting: TaskSetting): Task;
  get(taskId: string, userId: string): Task;
  list(userId: string, state?: TaskState): Task[];
  cancel(taskId: string, userId: string): Task;
  /** Cancels every active task whose script belongs to an app (it is being uninstalled); returns how many. */
  cancelOfApp(appId: string): number;
  /** Recovers tasks a crash left running and starts scheduling. */
  begin(): void;
  /** Stops scheduling; runs in progress are interrupted and scheduled again for the next start. */
  stop(): Promise<void>;
}

/** The next run of a periodic task after `after`, or null for a one-shot task. */
export function nextRunAfter(setting: Pick<TaskSetting, "startAt" | "periodMs" | "recurrence">, after: number): number | null {
  if (setting.recurrence === "none") {
    if (setting.periodMs <= 0) return null;
    const periods = Math.floor((after - setting.startAt) / setting.periodMs) + 1;
    return setting.startAt + Math.max(1, periods) * setting.periodMs;
  }
  const start = new Date(setting.startAt);
  const step = setting.recurrence === "monthly" ? 1 : 12;
  for (let n = step; ; n += step) {
    const y = start.getUTCFullYear() + Math.floor((start.getUTCMonth() + n) / 12);
    const m = (start.getUTCMonth() + n) % 12;
    // The start day, or the last day of a shorter month.
    const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
    const t = Date.UTC(y, m, Math.min(start.getUTCDate(), lastDay), start.getUTCHours(), start.getUTCMinutes(), start.getUTCSeconds(), start.getUTCMilliseconds());
    if (t > after) return t;
  }
}

export function createTaskRunner(init: TaskRunnerInit): TaskRunner {
  const { db, clock, scripts } = init;
  const maxConcurrent = init.maxConcurrent ?? DEFAULT_MAX_CONCURRENT;
  const byId = db.prepare<[string], Row>("SELECT * FROM tasks_tasks WHERE task_id = ?");
  const insert = db.prepare(
    `INSERT INTO tasks_tasks (task_id, owner_id, name, script_id, start_at, period_ms, recurrence, params, timeout_ms, state, created_at, next_run_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'scheduled', ?, ?)`,
  );
  const due = db.prepare<[number], Row>("SELECT * FROM tasks_tasks WHERE state = 'scheduled' AND next_run_at <= ? ORDER BY next_run_at, created_at");
  const earliest = db.prepare<[], { t: number | null }>("SELECT MIN(next_run_at) AS t FROM tasks_tasks WHERE state = 'scheduled'");
  const markRunning = db.prepare("UPDATE tasks_tasks SET state = 'running' WHERE task_id = ? AND state = 'scheduled'");
  const record = db.prepare("UPDATE tasks_tasks SET state = ?, next_run_at = ?, run_count = run_count + 1, last_run = ? WHERE task_id = ?");
  const requeue = db.prepare("UPDATE tasks_tasks SET state = 'scheduled' WHERE task_id = ? AND state = 'running'");
  const setCancelled = db.prepare("UPDATE tasks_tasks SET state = 'cancelled', next_run_at = NULL WHERE task_id = ?");
  const activeOfApp = db.prepare<[string], { task_id: string }>(
    `SELECT t.task_id FROM tasks_tasks t JOIN tasks_scripts s ON s.script_id = t.script_id
     WHERE s.app_id = ? AND t.state IN ('scheduled', 'running')`,
  );
  const running = new Map<string, { abort: AbortController; stopping: boolean; done: Promise<void> }>();
  let timer: NodeJS.Timeout | undefined;
  let active = false;

  const load = (taskId: string, userId: string): Row => {
    const row = taskId ? byId.get(taskId) : undefined;
    if (!row) throw notFound("TASK_NOT_FOUND", `no task ${taskId || "(empty id)"}`, { task_id: taskId });
    if (row.owner_id !== userId && !init.isAdmin(userId)) throw permissionDenied("TASK_NOT_YOURS", "this task belongs to another user", { task_id: taskId });
    return row;
  };

  function arm() {
    if (!active) return;
    clearTimeout(timer);
    const t = earliest.get()?.t;
    if (t === null || t === undefined) return;
    // Cap the wait so a clock change cannot park the scheduler for long.
    timer = setTimeout(tick, Math.min(Math.max(0, t - clock.now()), 60_000));
    timer.unref();
  }

  function tick() {
    if (!active) return;
    for (const row of due.all(clock.now())) {
      if (running.size >= maxConcurrent) break;
      if (running.has(row.task_id)) continue;
      if (markRunning.run(row.task_id).changes === 1) launch(toTask(row));
    }
    arm();
  }

  function launch(task: Task) {
    const abort = new AbortController();
    const entry = { abort, stopping: false, done: Promise.resolve() };
    running.set(task.taskId, entry);
    entry.done = (async () => {
      let run: ScriptRun;
      try {
        const script = scripts.get(task.setting.scriptId);
        run = await init.run(
          { userId: task.ownerId, sessionId: null },
          { source: script.source, filename: `${script.name}.js`, params: task.setting.params, args: [], timeoutMs: task.setting.timeoutMs, signal: abort.signal },
        );
      } catch (err) {
        if (!(err instanceof LeitherError)) init.onError?.(err, task.taskId);
        const message = err instanceof LeitherError ? `${err.reason}: ${err.message}` : "INTERNAL: the task could not run";
        run = { result: null, error: message, logs: [], startedAt: clock.now(), durationMs: 0 };
      }
      running.delete(task.taskId);
      if (entry.stopping) {
        // The node is shutting down: the run did not finish, so it runs again after the start.
        requeue.run(task.taskId);
        return;
      }
      const current = byId.get(task.taskId);
      if (!current) return;
      if (current.state === "cancelled") {
        record.run("cancelled", null, JSON.stringify(run), task.taskId);
      } else {
        const next = nextRunAfter(task.setting, clock.now());
        const state: TaskState = next !== null ? "scheduled" : run.error ? "failed" : "completed";
        record.run(state, next, JSON.stringify(run), task.taskId);
      }
      tick();
    })();
  }

  return {
    start(as, setting) {
      if (!NAME.test(setting.name)) throw invalidArgument("INVALID_NAME", "a task's name is 1 to 64 letters, digits, '.', '_' or '-'");
      if (setting.periodMs > 0 && setting.periodMs < MIN_PERIOD_MS) throw invalidArgument("PERIOD_TOO_SHORT", `a task's period is at least ${MIN_PERIOD_MS} ms`);
      const script = scripts.get(setting.scriptId);
      if (!init.mayRun(as.userId, script)) {
        throw permissionDenied("SCRIPT_NOT_YOURS", "you may run only your own scripts, or those of an app you hold the execute right on", { script_id: script.scriptId });
      }
      const id = randomBytes(16).toString("base64url");
      const now = clock.now();
      try {
        insert.run(id, as.userId, setting.name, setting.scriptId, setting.startAt, setting.periodMs, setting.recurrence, JSON.stringify(setting.params), setting.timeoutMs, now, setting.startAt);
      } catch (err) {
        if ((err as { code?: string }).code === "SQLITE_CONSTRAINT_UNIQUE") {
          throw new LeitherError("already_exists", "TASK_NAME_TAKEN", `you have an active task named ${setting.name}`, { name: setting.name });
        }
        throw err;
      }
      // Decide right away, so a task due now starts without waiting for the timer.
      queueMicrotask(tick);
      arm();
      return toTask(byId.get(id)!);
    },
    get(taskId, userId) {
      return toTask(load(taskId, userId));
    },
    list(userId, state) {
      const admin = init.isAdmin(userId);
      const where = [admin ? "1 = 1" : "owner_id = @userId", state ? "state = @state" : "1 = 1"].join(" AND ");
      const rows = db.prepare<[{ userId: string; state?: string }], Row>(`SELECT * FROM tasks_tasks WHERE ${where} ORDER BY created_at DESC, task_id`).all({ userId, ...(state ? { state } : {}) });
      return rows.map(toTask);
    },
    cancel(taskId, userId) {
      const row = load(taskId, userId);
      if (row.state === "scheduled" || row.state === "running") {
        setCancelled.run(taskId);
        running.get(taskId)?.abort.abort();
      }
      arm();
      return toTask(byId.get(taskId)!);
    },
    cancelOfApp(appId) {
      if (appId === "") return 0;
      const ids = activeOfApp.all(appId).map((r) => r.task_id);
      for (const id of ids) {
        setCancelled.run(id);
        running.get(id)?.abort.abort();
      }
      arm();
      return ids.length;
    },
    begin() {
      // Runs that were in progress when the node died: record them as failed.
      const crashed = db.prepare<[], Row>("SELECT * FROM tasks_tasks WHERE state = 'running'").all();
      for (const row of crashed) {
        const task = toTask(row);
        const now = clock.now();
        const run: ScriptRun = { result: null, error: "NODE_RESTARTED: the node stopped while this run was in progress", logs: [], startedAt: now, durationMs: 0 };
        const next = nextRunAfter(task.setting, now);
        record.run(next !== null ? "scheduled" : "failed", next, JSON.stringify(run), task.taskId);
      }
      active = true;
      tick();
    },
    async stop() {
      active = false;
      clearTimeout(timer);
      for (const r of running.values()) {
        r.stopping = true;
        r.abort.abort();
      }
      await Promise.all([...running.values()].map((r) => r.done));
    },
  };
}
