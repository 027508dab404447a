// The task runner on its own: schedules (periods, calendar months), recovery of runs a crash
// cut short, and the outcome a periodic task keeps after errors.
import { describe, expect, it } from "vitest";
import { systemClock } from "../clock.js";
import { runInThisThread } from "../sandbox/index.js";
import { openDatabase } from "../store/index.js";
import { createTasks, nextRunAfter, tasksSchema, type Tasks } from "./index.js";

function tasksOnMemory(): { tasks: Tasks; db: ReturnType<typeof openDatabase> } {
  const db = openDatabase({ path: ":memory:", schemas: [tasksSchema] });
  const tasks = createTasks({
    db,
    clock: systemClock,
    api: { call: async () => ({}) },
    canExecuteApp: () => false,
    canWriteApp: () => false,
    isAdmin: () => false,
    sandbox: runInThisThread,
  });
  return { tasks, db };
}

const as = { userId: "alice", sessionId: null };

describe("task schedules", () => {
  it("repeats by period from the start, skipping missed runs", () => {
    expect(nextRunAfter({ startAt: 1000, periodMs: 500, recurrence: "none" }, 1000)).toBe(1500);
    expect(nextRunAfter({ startAt: 1000, periodMs: 500, recurrence: "none" }, 3200)).toBe(3500);
    expect(nextRunAfter({ startAt: 1000, periodMs: 0, recurrence: "none" }, 3200)).toBeNull();
  });

  it("repeats monthly on the start day, or the last day of a shorter month, and yearly", () => {
    const jan31 = Date.UTC(2026, 0, 31, 8);
    expect(new Date(nextRunAfter({ startAt: jan31, periodMs: 0, recurrence: "monthly" }, jan31)!).toISOString()).toBe("2026-02-28T08:00:00.000Z");
    expect(new Date(nextRunAfter({ startAt: jan31, periodMs: 0, recurrence: "monthly" }, Date.UTC(2026, 2, 1))!).toISOString()).toBe("2026-03-31T08:00:00.000Z");
    expect(new Date(nextRunAfter({ startAt: jan31, periodMs: 0, recurrence: "yearly" }, jan31)!).toISOString()).toBe("2027-01-31T08:00:00.000Z");
  });
});

describe("the task runner", () => {
  it("records a run a crash cut short as failed (NODE_RESTARTED) and reschedules periodic ones", async () => {
    const { tasks, db } = tasksOnMemory();
    const script = tasks.register(as, { name: "s", source: "1", memo: "", appId: "" });
    const future = Date.now() + 86_400_000;
    const once = tasks.tasks.start(as, { name: "once", scriptId: script.scriptId, startAt: future, periodMs: 0, recurrence: "none", params: {}, timeoutMs: 1000 });
    const every = tasks.tasks.start(as, { name: "every", scriptId: script.scriptId, startAt: future, periodMs: 60_000, recurrence: "none", params: {}, timeoutMs: 1000 });
    // What a crash in the middle of both runs leaves behind.
    db.prepare("UPDATE tasks_tasks SET state = 'running'").run();
    tasks.start();
    const a = tasks.tasks.get(once.taskId, "alice");
    expect([a.state, a.runCount, a.lastRun?.error.split(":")[0], a.nextRunAt]).toEqual(["failed", 1, "NODE_RESTARTED", null]);
    const b = tasks.tasks.get(every.taskId, "alice");
    expect([b.state, b.runCount, b.lastRun?.error.split(":")[0]]).toEqual(["scheduled", 1, "NODE_RESTARTED"]);
    expect(b.nextRunAt).toBeGreaterThan(Date.now());
    await tasks.stop();
  });

  it("keeps a periodic task scheduled after a failing run", async () => {
    const { tasks } = tasksOnMemory();
    tasks.start();
    const script = tasks.register(as, { name: "fails", source: "throw new Error('no')", memo: "", appId: "" });
    const t = tasks.tasks.start(as, { name: "p", scriptId: script.scriptId, startAt: Date.now(), periodMs: 60_000, recurrence: "none", params: {}, timeoutMs: 1000 });
    for (let i = 0; i < 100 && tasks.tasks.get(t.taskId, "alice").runCount === 0; i++) await new Promise((r) => setTimeout(r, 20));
    const after = tasks.tasks.get(t.taskId, "alice");
    expect([after.state, after.runCount]).toEqual(["scheduled", 1]);
    expect(after.lastRun?.error).toMatch(/^SCRIPT_ERROR: Error: no/);
    await tasks.stop();
  });
});
