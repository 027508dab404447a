// End to end through the compiled `leither` binary: a real node started with `leither serve`, and
// the scripted CLI contract (exit codes, --json shapes, stderr messages) exercised against it.
// Needs `npm run build` first (the root `npm test` does it).
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLI_NODE_FLAGS } from "./support/node-process.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const MAIN = join(ROOT, "server/dist/cli/main.js");
const PASSWORD = "correct horse battery";

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

let tmp: string;
let nodeUrl: string;
let node: ChildProcess;
let nodeLog = "";
let nodeExit: Promise<number | null>;

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.once("error", fail);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => ok(port));
    });
  });
}

/** Runs the CLI against the test node with its own session store, feeding `input` on stdin. */
function cli(args: string[], input = ""): Promise<Run> {
  return new Promise((ok, fail) => {
    const env: NodeJS.ProcessEnv = { ...process.env, LEITHER_CLI_HOME: join(tmp, "cli"), LEITHER_NODE: nodeUrl };
    delete env.LEITHER_SESSION; // a session from the caller's shell would skew whoami
    const child = spawn(process.execPath, [MAIN, ...args], { env, stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.once("error", fail);
    child.once("close", (code) => ok({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

async function cliJson(args: string[], input = ""): Promise<any> {
  const r = await cli(["--json", ...args], input);
  expect(r.stderr, `leither ${args.join(" ")}`).toBe("");
  expect(r.code, `leither ${args.join(" ")}: ${r.stderr}`).toBe(0);
  return JSON.parse(r.stdout);
}

function expectCleanFailure(r: Run): void {
  expect(r.code).not.toBe(0);
  expect(r.stderr).toMatch(/^leither: [a-z_]+: \S/);
  expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
}

beforeAll(async () => {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing; run \`npm run build\` first`);
  tmp = mkdtempSync(join(tmpdir(), "leither-e2e-cli-"));
  const port = await freePort();
  nodeUrl = `http://127.0.0.1:${port}`;
  node = spawn(process.execPath, [...CLI_NODE_FLAGS, MAIN, "serve", "--home", join(tmp, "home"), "--listen", `127.0.0.1:${port}`, "--log-level", "warn"], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  node.stdout!.on("data", (d) => (nodeLog += d));
  node.stderr!.on("data", (d) => (nodeLog += d));
  nodeExit = new Promise((ok) => node.once("exit", (code) => ok(code)));
  let exited = false;
  void nodeExit.then(() => (exited = true));

  // Wait until the node answers its cheapest call, or give up with its log in the message.
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (exited) throw new Error(`leither serve exited early:\n${nodeLog}`);
    const r = await cli(["id"]);
    if (r.code === 0) break;
    if (Date.now() > deadline) throw new Error(`node did not answer at ${nodeUrl}: ${r.stderr}\n${nodeLog}`);
    await new Promise((ok) => setTimeout(ok, 200));
  }
});

afterAll(async () => {
  if (node && node.exitCode === null) {
    node.kill("SIGTERM");
    const timer = setTimeout(() => node.kill("SIGKILL"), 10_000);
    await nodeExit;
    clearTimeout(timer);
  }
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe("leither CLI against a running node", () => {
  it("reports the same ids remotely and from the home", async () => {
    const remote = await cliJson(["id"]);
    expect(remote.nodeId).toMatch(/^[A-Za-z0-9_-]{27}$/);
    expect(remote.peerId).toMatch(/^12D3KooW/);
    expect(await cliJson(["id", "--home", join(tmp, "home")])).toEqual(remote);
  });

  it("registers, logs in and manages a MiMei's versions", async () => {
    const registered = await cliJson(["user", "register", "alice", "--password-stdin"], `${PASSWORD}\n`);
    expect(registered.userId).toMatch(/^[A-Za-z0-9_-]{27}$/);

    expect(await cliJson(["whoami"])).toMatchObject({ user: null, session: null });
    const login = await cliJson(["login", "alice", "--password-stdin"], `${PASSWORD}\n`);
    expect(login.userId).toBe(registered.userId);
    const who = await cliJson(["whoami"]);
    expect(who).toMatchObject({ user: registered.userId, session: login.sessionId, name: "alice" });

    const made = await cliJson(["mm", "create", "--type", "file", "--ext", "txt", "--mark", "e2e"]);
    expect(made).toEqual({ id: expect.stringMatching(/^[A-Za-z0-9_-]{27}$/), created: true });
    // Same inputs, same MiMei.
    expect(await cliJson(["mm", "create", "--type", "file", "--ext", "txt", "--mark", "e2e"])).toEqual({ id: made.id, created: false });

    const backup = await cliJson(["mm", "backup", made.id, "--memo", "first"]);
    expect(backup.version).toBeGreaterThanOrEqual(1);
    expect(typeof backup.created).toBe("boolean");

    const opened = await cliJson(["mm", "open", made.id, String(backup.version)]);
    expect(opened.handle).not.toBe("");
    expect(opened.version).toBe(String(backup.version));
    expect(opened.readOnly).toBe(true);

    const human = await cli(["mm", "open", made.id, String(backup.version)]);
    expect(human.code).toBe(0);
    expect(human.stdout).toMatch(new RegExp(`^version\\s+${backup.version}$`, "m"));

    const versions = await cliJson(["mm", "versions", made.id]);
    expect(versions.versions.map((v: { version: string }) => v.version)).toContain(String(backup.version));
    expect(versions.last).toBe(String(backup.version));

    const table = await cli(["mm", "versions", made.id]);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/^VERSION\s+TAGS/m);

    const listed = await cliJson(["mm", "ls"]);
    expect(listed.mimei.map((m: { mimeiId: string }) => m.mimeiId)).toContain(made.id);
  });

  it("fails cleanly on a wrong password", async () => {
    const r = await cli(["login", "alice", "--password-stdin"], "wrong password\n");
    expectCleanFailure(r);
    expect(r.stdout).toBe("");
  });

  it("fails cleanly on an unknown MiMei", async () => {
    const r = await cli(["mm", "info", "AAAAAAAAAAAAAAAAAAAAAAAAAAA"]);
    expectCleanFailure(r);
    expect(r.code).toBe(1);
  });

  it("exits 2 on usage errors", async () => {
    const r = await cli(["mm", "create", "--type", "folder"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^leither: usage: /);
  });

  it("logs out", async () => {
    expect(await cliJson(["logout"])).toEqual({ loggedOut: true });
    expect(await cliJson(["whoami"])).toMatchObject({ user: null, session: null });
  });

  it("stops the node gracefully on SIGTERM", async () => {
    node.kill("SIGTERM");
    expect(await nodeExit).toBe(0);
  });
});

describe("leither serve whose stdout reader went away (`leither serve | head -1`)", () => {
  it("still stops on SIGTERM, with its last log line unwritable", async () => {
    const child = spawn(process.execPath, [...CLI_NODE_FLAGS, MAIN, "serve", "--home", join(tmp, "home-piped"), "--listen", "127.0.0.1:0"], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    const exited = new Promise<number | null>((ok) => child.once("exit", (code) => ok(code)));
    let out = "";
    await new Promise<void>((ok, fail) => {
      child.stdout!.on("data", (d) => {
        out += d;
        if (/listening on/.test(out)) ok();
      });
      void exited.then(() => fail(new Error(`the node exited before it was ready:\n${out}`)));
    });
    // The reader closes its end: every later write to stdout fails with EPIPE, the log line the
    // node writes while stopping included (before the fix, its exit retried that write forever).
    child.stdout!.destroy();
    child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
    const code = await exited;
    clearTimeout(timer);
    expect(code).toBe(0);
  });
});
