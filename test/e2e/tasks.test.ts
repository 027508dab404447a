// Scripts and background tasks end to end: scripts reach the node only through its API with
// their caller's rights; tasks report status, can be cancelled, are bounded in number, and a
// run cut by kill -9 is recorded as failed with NODE_RESTARTED after the restart. Also the CLI.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { toJson } from "@bufbuild/protobuf";
import { ValueSchema, type Value } from "@bufbuild/protobuf/wkt";
import { Code } from "@connectrpc/connect";
import { TaskState, type Task } from "@leither/api/leither/v1/app_service_pb";
import { MiMeiType, Right } from "@leither/api/leither/v1/common_pb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestNode, type TestNode } from "./support/in-process-node.js";
import { CLI_MAIN, startNodeProcess, type NodeProcess } from "./support/node-process.js";
import { createClients, expectFailure, type Clients } from "./support/rpc.js";

const PASSWORD = "correct horse battery";

async function userOn(url: string, name: string): Promise<{ c: Clients; userId: string }> {
  const credential: { session?: string } = {};
  const c = createClients(url, credential);
  const { userId } = await c.identity.register({ name, password: PASSWORD });
  credential.session = (await c.identity.login({ credential: { case: "password", value: { name, password: PASSWORD } } })).sessionId;
  return { c, userId };
}

async function waitFor(c: Clients, taskId: string, done: (t: Task) => boolean, timeoutMs = 15_000): Promise<Task> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const { task } = await c.app.getTaskStatus({ taskId });
    if (done(task!)) return task!;
    if (Date.now() > until) throw new Error(`task ${taskId} still ${TaskState[task!.state]}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const resultOf = (run: { result?: Value; error: string } | undefined) => {
  expect(run?.error).toBe("");
  return run!.result === undefined ? null : toJson(ValueSchema, run!.result);
};

describe("scripts and tasks on a node", () => {
  let node: TestNode;
  let alice: { c: Clients; userId: string };
  let bob: { c: Clients; userId: string };
  let privateId: string;

  beforeAll(async () => {
    node = await startTestNode();
    alice = await userOn(node.url, "alice");
    bob = await userOn(node.url, "bob");
    privateId = (await alice.c.mimei.create({ type: MiMeiType.FILE, mark: "auto" })).mimeiId;
  });
  afterAll(async () => {
    await node?.close();
  });

  it("runs a script as its caller: the owner reads a private MiMei, a stranger gets a catchable error with the code", async () => {
    const source = `export async function main(params, args) {
      try {
        const info = await leither.mimei.info(args[0]);
        return { author: info.authorId, me: caller.userId, p: params.p };
      } catch (e) {
        return { name: e.name, code: e.code, reason: e.reason };
      }
    }`;
    const run = async (c: Clients) => resultOf((await c.app.runScript({ source, params: { p: "x" }, args: [{ kind: { case: "stringValue", value: privateId } }] })).run);
    expect(await run(alice.c)).toEqual({ author: alice.userId, me: alice.userId, p: "x" });
    expect(await run(bob.c)).toEqual({ name: "RpcError", code: "permission_denied", reason: "RIGHT_MISSING" });
    // Admin-only calls stay admin-only from inside a script (alice is not the node admin: the
    // first registered user is, and that is alice here, so use bob).
    const trust = await bob.c.app.runScript({ source: `leither.call("IdentityService", "TrustIssuer", { publicKey: "AAAA" })` });
    expect(trust.run?.error).toMatch(/^SCRIPT_ERROR: RpcError: .*admin/);
    // Once alice grants bob read, the same script reads it.
    await alice.c.mimei.setRight({ mimeiId: privateId, member: bob.userId, rights: BigInt(Right.READ) });
    expect(await run(bob.c)).toMatchObject({ author: alice.userId, me: bob.userId });
  });

  it("returns logs, limits and errors in the run, not as call failures", async () => {
    const run = (await alice.c.app.runScript({ source: "log('hi'); console.error('bad'); while (true) {}", timeout: { seconds: 0n, nanos: 300_000_000 } })).run!;
    expect(run.error).toMatch(/^TIME_LIMIT: /);
    expect(run.logs.map((l) => [l.level, l.message])).toEqual([["info", "hi"], ["error", "bad"]]);
    expect((await alice.c.app.runScript({ source: "null.x" })).run!.error).toMatch(/^SCRIPT_ERROR: TypeError/);
    await expectFailure(alice.c.app.runScript({ source: "  " }), Code.InvalidArgument, "SOURCE_EMPTY");
    await expectFailure(alice.c.app.runScript({ source: "1", language: 7 }), Code.InvalidArgument, "INVALID_LANGUAGE");
  });

  it("registers, lists, runs by id (owner only) and deletes scripts", async () => {
    const { script } = await alice.c.app.registerScript({ name: "double", source: "export const main = (p, a) => a[0] * 2", memo: "doubles" });
    const again = (await alice.c.app.registerScript({ name: "double", source: "export const main = (p, a) => a[0] * 3" })).script!;
    expect(again.scriptId).toBe(script!.scriptId);
    expect(again.sourceHash).not.toBe(script!.sourceHash);
    expect((await alice.c.app.listScripts({})).scripts.map((s) => s.name)).toContain("double");
    expect((await bob.c.app.listScripts({})).scripts.map((s) => s.name)).not.toContain("double");
    const run = await alice.c.app.runScriptById({ scriptId: again.scriptId, args: [{ kind: { case: "numberValue", value: 7 } }] });
    expect(resultOf(run.run)).toBe(21);
    await expectFailure(bob.c.app.runScriptById({ scriptId: again.scriptId }), Code.PermissionDenied, "SCRIPT_NOT_YOURS");
    await expectFailure(bob.c.app.deleteScript({ scriptId: again.scriptId }), Code.PermissionDenied, "SCRIPT_NOT_YOURS");
    await expectFailure(alice.c.app.registerScript({ name: "../bad", source: "1" }), Code.InvalidArgument, "INVALID_NAME");
    await alice.c.app.deleteScript({ scriptId: again.scriptId });
    await expectFailure(alice.c.app.runScriptById({ scriptId: again.scriptId }), Code.NotFound, "SCRIPT_NOT_FOUND");
  });

  it("runs a task in the background to completion, and cancels a running one", async () => {
    const { script } = await alice.c.app.registerScript({ name: "greet", source: "export function main(p) { log('hello', p.who); return 'hi ' + p.who }" });
    const { task } = await alice.c.app.startTask({ setting: { name: "greet-once", scriptId: script!.scriptId, params: { who: "bob" } } });
    const done = await waitFor(alice.c, task!.taskId, (t) => t.state === TaskState.COMPLETED);
    expect(done.runCount).toBe(1n);
    expect(resultOf(done.lastRun)).toBe("hi bob");
    expect(done.lastRun!.logs[0]!.message).toBe("hello bob");
    await expectFailure(bob.c.app.getTaskStatus({ taskId: task!.taskId }), Code.PermissionDenied, "TASK_NOT_YOURS");

    const { script: spin } = await alice.c.app.registerScript({ name: "spin", source: "while (true) {}" });
    const long = (await alice.c.app.startTask({ setting: { name: "spin", scriptId: spin!.scriptId } })).task!;
    await waitFor(alice.c, long.taskId, (t) => t.state === TaskState.RUNNING);
    await expectFailure(alice.c.app.startTask({ setting: { name: "spin", scriptId: spin!.scriptId } }), Code.AlreadyExists, "TASK_NAME_TAKEN");
    await expectFailure(alice.c.app.deleteScript({ scriptId: spin!.scriptId }), Code.FailedPrecondition, "SCRIPT_IN_USE");
    expect((await alice.c.app.cancelTask({ taskId: long.taskId })).task!.state).toBe(TaskState.CANCELLED);
    const cancelled = await waitFor(alice.c, long.taskId, (t) => t.runCount === 1n);
    expect(cancelled.state).toBe(TaskState.CANCELLED);
    expect(cancelled.lastRun!.error).toMatch(/^CANCELLED/);
    await expectFailure(alice.c.app.startTask({ setting: { name: "fast", scriptId: spin!.scriptId, period: { seconds: 0n, nanos: 5e8 } } }), Code.InvalidArgument, "PERIOD_TOO_SHORT");
  });

  it("runs at most two tasks at a time and queues the rest", async () => {
    const { script } = await bob.c.app.registerScript({ name: "spin2", source: "while (true) {}" });
    const ids: string[] = [];
    for (const name of ["a", "b", "c"]) ids.push((await bob.c.app.startTask({ setting: { name, scriptId: script!.scriptId } })).task!.taskId);
    await waitFor(bob.c, ids[1]!, (t) => t.state === TaskState.RUNNING);
    await waitFor(bob.c, ids[0]!, (t) => t.state === TaskState.RUNNING);
    await new Promise((r) => setTimeout(r, 200));
    expect((await bob.c.app.getTaskStatus({ taskId: ids[2]! })).task!.state).toBe(TaskState.SCHEDULED);
    await bob.c.app.cancelTask({ taskId: ids[0]! });
    await waitFor(bob.c, ids[2]!, (t) => t.state === TaskState.RUNNING);
    for (const id of ids) await bob.c.app.cancelTask({ taskId: id });
  });
});

describe("tasks across a crash, and the CLI", () => {
  let tmp: string;
  let node: NodeProcess;

  beforeAll(async () => {
    tmp = mkdtempSync(join(tmpdir(), "leither-e2e-tasks-"));
    node = await startNodeProcess({ home: join(tmp, "home") });
  });
  afterAll(async () => {
    await node?.stop();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it("records a run cut by kill -9 as failed with NODE_RESTARTED, and keeps scheduled tasks", async () => {
    const alice = await userOn(node.url, "alice");
    const { script } = await alice.c.app.registerScript({ name: "spin", source: "while (true) {}" });
    const running = (await alice.c.app.startTask({ setting: { name: "spin", scriptId: script!.scriptId } })).task!;
    const later = (await alice.c.app.startTask({ setting: { name: "later", scriptId: script!.scriptId, startAt: { seconds: BigInt(Math.floor(Date.now() / 1000) + 86_400), nanos: 0 } } })).task!;
    await waitFor(alice.c, running.taskId, (t) => t.state === TaskState.RUNNING);
    await node.kill9();
    await node.restart();
    const after = (await alice.c.app.getTaskStatus({ taskId: running.taskId })).task!;
    expect(after.state).toBe(TaskState.FAILED);
    expect(after.lastRun!.error).toMatch(/^NODE_RESTARTED/);
    expect((await alice.c.app.getTaskStatus({ taskId: later.taskId })).task!.state).toBe(TaskState.SCHEDULED);
    await alice.c.app.cancelTask({ taskId: later.taskId });
  });

  it("leither task register|run|start|status|ls|cancel", async () => {
    const env: NodeJS.ProcessEnv = { ...process.env, LEITHER_CLI_HOME: join(tmp, "cli"), LEITHER_NODE: node.url };
    delete env.LEITHER_SESSION;
    const cli = (args: string[], input = "") =>
      new Promise<{ code: number | null; stdout: string; stderr: string }>((ok, fail) => {
        const child = spawn(process.execPath, [CLI_MAIN, ...args], { env, cwd: tmp, stdio: ["pipe", "pipe", "pipe"] });
        let stdout = "";
        let stderr = "";
        child.stdout.on("data", (d) => (stdout += d));
        child.stderr.on("data", (d) => (stderr += d));
        child.once("error", fail);
        child.once("close", (code) => ok({ code, stdout, stderr }));
        child.stdin.end(input);
      });
    expect((await cli(["user", "register", "carol", "--password-stdin"], PASSWORD)).code).toBe(0);
    expect((await cli(["login", "carol", "--password-stdin"], PASSWORD)).code).toBe(0);
    writeFileSync(join(tmp, "sum.js"), "export function main(params, args) { log('adding'); return args.reduce((a, b) => a + b, 0) }\n");
    writeFileSync(join(tmp, "boom.js"), "throw new Error('boom')\n");

    const reg = await cli(["task", "register", "sum.js"]);
    expect(reg.code, reg.stderr).toBe(0);
    const scriptId = reg.stdout.trim();
    const run = await cli(["task", "run", scriptId, "--args", "[1, 2, 3]"]);
    expect([run.code, run.stdout.trim(), run.stderr]).toEqual([0, "6", "[info] adding\n"]);
    const inline = await cli(["task", "run", "--file", "boom.js"]);
    expect(inline.code).toBe(1);
    expect(inline.stderr).toContain("leither: script: SCRIPT_ERROR: Error: boom");
    expect((await cli(["task", "run", scriptId, "--file", "boom.js"])).code).toBe(2);

    const started = await cli(["task", "start", scriptId, "--name", "sum-task"]);
    expect(started.code, started.stderr).toBe(0);
    const taskId = started.stdout.trim();
    let status: any;
    for (let i = 0; i < 100; i++) {
      status = JSON.parse((await cli(["--json", "task", "status", taskId])).stdout);
      if (status.state === "TASK_STATE_COMPLETED") break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(status).toMatchObject({ taskId, state: "TASK_STATE_COMPLETED", runCount: "1", lastRun: { result: 0, error: "" } });
    const ls = await cli(["task", "ls"]);
    expect(ls.stdout).toMatch(new RegExp(`${taskId}\\s+sum-task\\s+completed`));
    const cancel = await cli(["task", "cancel", taskId]);
    expect(cancel.stdout.trim()).toBe(`task ${taskId} is completed`);
    const missing = await cli(["task", "status", "nope"]);
    expect([missing.code, missing.stderr]).toEqual([1, "leither: not_found: no task nope (TASK_NOT_FOUND)\n"]);
  });
});
