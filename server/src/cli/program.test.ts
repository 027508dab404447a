import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { timestampFromDate } from "@bufbuild/protobuf/wkt";
import { Code, ConnectError, createRouterTransport, type HandlerContext } from "@connectrpc/connect";
import { ErrorDetailSchema } from "@leither/api/leither/v1/common_pb";
import { IdentityService } from "@leither/api/leither/v1/identity_service_pb";
import { MiMeiService } from "@leither/api/leither/v1/mimei_service_pb";
import type { CliIo } from "./context.js";
import { runCli } from "./program.js";

// A pretend node in memory: just enough behaviour to check what the CLI sends and prints.
const SESSION = "sess-1";
const USER = "U".repeat(27);

function caller(ctx: HandlerContext): string | undefined {
  const auth = ctx.requestHeader.get("authorization");
  return auth === `Bearer ${SESSION}` ? USER : undefined;
}

function createFakeNode() {
  const seen: { createRights?: bigint; authorization: (string | null)[] } = { authorization: [] };
  let backups = 0n;
  const transportFactory: CliIo["createTransport"] = (_url, interceptors) =>
    createRouterTransport(
      (router) => {
        router.service(IdentityService, {
          register: (req) => {
            if (req.password !== "secret pw") throw new ConnectError("password must be 'secret pw'", Code.InvalidArgument);
            return { userId: USER, publicKey: new Uint8Array(32) };
          },
          login: (req) => {
            if (req.credential.case !== "password" || req.credential.value.password !== "secret pw") {
              throw new ConnectError("wrong name or password", Code.Unauthenticated, undefined, [
                { desc: ErrorDetailSchema, value: { reason: "WRONG_PASSWORD" } },
              ]);
            }
            return { sessionId: SESSION, userId: USER, expiresAt: timestampFromDate(new Date("2030-01-01T00:00:00Z")) };
          },
          getUserInfo: (_req, ctx) => {
            if (!caller(ctx)) throw new ConnectError("no session", Code.Unauthenticated);
            return { user: { userId: USER, name: "alice" } };
          },
          logout: () => ({}),
          verifyPass: (req) => (req.token === "good" ? { valid: true, trusted: true } : { valid: false, problem: "bad signature" }),
        });
        router.service(MiMeiService, {
          create: (req, ctx) => {
            seen.authorization.push(ctx.requestHeader.get("authorization"));
            if (!caller(ctx)) throw new ConnectError("log in first", Code.Unauthenticated);
            seen.createRights = req.publicRights;
            return { mimeiId: "M".repeat(27), created: req.mark !== "again" };
          },
          backup: () => ({ version: ++backups, created: true, digest: "ab".repeat(32) }),
          getMiMeiInfo: (req) => {
            throw new ConnectError(`MiMei ${req.mimeiId} not found`, Code.NotFound);
          },
          getRight: () => ({ rights: 3n }),
          addRefs: (req) => ({ count: BigInt(Math.min(req.targets.length, 1)) }),
        });
      },
      { transport: { interceptors } },
    );
  return { seen, transportFactory };
}

let cliHome: string;
let node: ReturnType<typeof createFakeNode>;
beforeEach(() => {
  cliHome = mkdtempSync(join(tmpdir(), "leither-cli-"));
  node = createFakeNode();
});
afterEach(() => rmSync(cliHome, { recursive: true, force: true }));

async function run(args: string[], { stdin = "", env = {} }: { stdin?: string; env?: Record<string, string> } = {}) {
  let stdout = "";
  let stderr = "";
  const io: CliIo = {
    stdin: Readable.from([Buffer.from(stdin)]),
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    env: { LEITHER_CLI_HOME: cliHome, ...env },
    cwd: cliHome,
    createTransport: node.transportFactory,
  };
  const code = await runCli(args, io);
  return { code, stdout, stderr };
}

describe("leither CLI (in memory)", () => {
  it("registers with the password from stdin, dropping one newline", async () => {
    const r = await run(["user", "register", "alice", "--password-stdin", "--json"], { stdin: "secret pw\n" });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ userId: USER, publicKey: "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=" });
  });

  it("insists on --password-stdin", async () => {
    const r = await run(["user", "register", "alice"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("leither: usage: give the password on stdin with --password-stdin\n");
  });

  it("logs in, stores the session 0600, sends it, and forgets it on logout", async () => {
    const login = await run(["login", "alice", "--password-stdin"], { stdin: "secret pw\r\n" });
    expect(login.code).toBe(0);
    expect(login.stdout).toContain(`as alice (${USER})`);
    expect(statSync(join(cliHome, "sessions.json")).mode & 0o777).toBe(0o600);

    const who = await run(["whoami", "--json"]);
    expect(JSON.parse(who.stdout)).toEqual({ user: USER, session: SESSION, name: "alice", node: "http://127.0.0.1:4800" });

    const created = await run(["--json", "mm", "create", "--type", "file", "--public-rights", "read,write"]);
    expect(created.code).toBe(0);
    expect(JSON.parse(created.stdout)).toEqual({ id: "M".repeat(27), created: true });
    expect(node.seen.createRights).toBe(3n);
    expect(node.seen.authorization).toEqual([`Bearer ${SESSION}`]);

    expect((await run(["logout"])).code).toBe(0);
    expect(JSON.parse((await run(["whoami", "--json"])).stdout)).toEqual({ user: null, session: null, name: null, node: "http://127.0.0.1:4800" });
  });

  it("keeps sessions per node URL and lets LEITHER_SESSION override", async () => {
    await run(["login", "alice", "--password-stdin", "--node", "http://other:1/"], { stdin: "secret pw" });
    const here = await run(["mm", "create", "--type", "db"]);
    expect(here.code).toBe(1);
    expect(here.stderr).toBe("leither: unauthenticated: log in first\n");
    const env = await run(["mm", "create", "--type", "db"], { env: { LEITHER_SESSION: SESSION } });
    expect(env.code).toBe(0);
    const there = await run(["mm", "create", "--type", "db", "--node", "http://other:1"]);
    expect(there.code).toBe(0);
  });

  it("reports a wrong password with its code and reason, without a stack", async () => {
    const r = await run(["login", "alice", "--password-stdin"], { stdin: "nope" });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("leither: unauthenticated: wrong name or password (WRONG_PASSWORD)\n");
    expect(r.stdout).toBe("");
  });

  it("prints the id alone and notes an existing MiMei on stderr", async () => {
    const r = await run(["mm", "create", "--type", "app", "--mark", "again"], { env: { LEITHER_SESSION: SESSION } });
    expect(r.stdout).toBe(`${"M".repeat(27)}\n`);
    expect(r.stderr).toContain("existed already");
    const j = await run(["mm", "create", "--type", "app", "--mark", "again", "--json"], { env: { LEITHER_SESSION: SESSION } });
    expect(JSON.parse(j.stdout)).toEqual({ id: "M".repeat(27), created: false });
  });

  it("prints backup versions as numbers in JSON", async () => {
    const r = await run(["mm", "backup", "X", "--json"]);
    expect(JSON.parse(r.stdout)).toEqual({ version: 1, created: true, digest: "ab".repeat(32) });
    expect((await run(["mm", "backup", "X"])).stdout).toBe("version 2\n");
  });

  it("exits 1 with not_found for an unknown MiMei", async () => {
    const r = await run(["mm", "info", "nope"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("leither: not_found: MiMei nope not found\n");
  });

  it("treats bad arguments as usage errors (exit 2)", async () => {
    for (const args of [
      ["mm", "create", "--type", "folder"],
      ["mm", "create"],
      ["mm", "right", "set", "X", "*", "reed"],
      ["mm", "release", "X", "release"],
      ["mm", "frobnicate"],
      ["pass", "sign", "--hours", "0"],
      ["login"],
      ["whoami", "extra"],
      ["--node", "ftp://x", "whoami"],
    ]) {
      const r = await run(args);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stderr, args.join(" ")).toMatch(/^leither: usage: /);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it("shows rights as hex and names", async () => {
    expect((await run(["mm", "right", "get", "X", "*"])).stdout).toBe("0x3 read,write\n");
    expect(JSON.parse((await run(["mm", "right", "get", "X", "--json"])).stdout)).toEqual({ rights: "3" });
  });

  it("fails when the node stops adding references part-way", async () => {
    const r = await run(["mm", "refs", "add", "X", "a", "b"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("added 1 reference\n");
    expect(r.stderr).toBe("leither: incomplete: stopped at target 2 of 2: b\n");
  });

  it("exits by the validity of a pass", async () => {
    expect((await run(["pass", "verify", "good"])).code).toBe(0);
    const bad = await run(["pass", "verify", "bad", "--json"]);
    expect(bad.code).toBe(1);
    expect(JSON.parse(bad.stdout)).toMatchObject({ valid: false, trusted: false, problem: "bad signature" });
    expect(bad.stderr).toBe("leither: invalid_pass: bad signature\n");
  });

  it("reads the node ids from a local home, and refuses a home that is not there", async () => {
    const first = await run(["id", "--home", ".", "--json"]);
    expect(first.code).toBe(0);
    const ids = JSON.parse(first.stdout);
    expect(ids.nodeId).toMatch(/^[A-Za-z0-9_-]{27}$/);
    expect(ids.peerId).toMatch(/^12D3KooW/);
    expect(JSON.parse((await run(["id", "--home", cliHome, "--json"])).stdout)).toEqual(ids);
    const missing = await run(["id", "--home", "nowhere"]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^leither: not_found: no node home at .*nowhere\n$/);
  });

  it("prints help with exit 0", async () => {
    const r = await run(["--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Usage: leither");
  });

  it("reports an unreachable node as unavailable", async () => {
    let stderr = "";
    const code = await runCli(["--node", "http://127.0.0.1:1", "whoami"], {
      stdin: Readable.from([]),
      stdout: { write: () => true },
      stderr: { write: (s: string) => (stderr += s) },
      env: { LEITHER_CLI_HOME: cliHome, LEITHER_SESSION: "x" },
      cwd: cliHome,
    });
    expect(code).toBe(1);
    expect(stderr).toMatch(/^leither: unavailable: /);
  });
});

describe("arguments shaped like ids", () => {
  it("reads a 27-character argument that begins with '-' as an id, also as an option's value", async () => {
    const id = "-V" + "a".repeat(25); // "-V" alone would print the version
    const r = await run(["fs", "cp", "--from", `${id}:1`, id, "/a", "/b"]);
    expect(r.stdout).toBe("");
    // Parsed as meant, the command reaches the node (this test node lacks MiMeiService).
    expect(r.stderr).not.toMatch(/unknown option|usage/);
    expect(r.stderr).toMatch(/^leither: [a-z_]+: leither\.v1\.MiMeiService/);
  });

  it("reads a 22-character script or task id that begins with '-' as an id", async () => {
    for (const args of [["task", "status"], ["task", "cancel"], ["task", "run"]]) {
      const r = await run([...args, "-V" + "b".repeat(20)]);
      expect(r.stdout).toBe("");
      expect(r.stderr).not.toMatch(/unknown option|usage/);
      expect(r.stderr).toMatch(/^leither: unimplemented: .*\/leither\.v1\.AppService\//);
    }
  });
});
