// DbService over the wire: commands with Redis results and errors, batches, transactions owned
// by their session, versions opened read-only, and commit atomicity across a SIGKILL.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Code } from "@connectrpc/connect";
import { MiMeiType } from "@leither/api/leither/v1/common_pb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestNode, type TestNode } from "./support/in-process-node.js";
import { startNodeProcess } from "./support/node-process.js";
import { createClients, expectFailure, type Clients } from "./support/rpc.js";

const PASSWORD = "correct horse battery";
const bytes = (s: string) => new TextEncoder().encode(s);
const text = (b: Uint8Array) => new TextDecoder().decode(b);

async function userClients(url: string, name: string): Promise<Clients> {
  const credential: { session?: string } = {};
  const c = createClients(url, credential);
  await c.identity.register({ name, password: PASSWORD });
  credential.session = (await c.identity.login({ credential: { case: "password", value: { name, password: PASSWORD } } })).sessionId;
  return c;
}

/** A second session of the same user, by a self-signed pass (no scrypt). */
async function secondSession(url: string, c: Clients): Promise<Clients> {
  const { token } = await c.identity.signPass({ hours: 1 });
  return createClients(url, { session: (await c.identity.login({ credential: { case: "pass", value: token } })).sessionId });
}

describe("DbService on a node", () => {
  let node: TestNode;
  let alice: Clients;
  let db: string;
  let handle: string;

  beforeAll(async () => {
    node = await startTestNode();
    alice = await userClients(node.url, "alice");
    db = (await alice.mimei.create({ type: MiMeiType.DB, mark: "auto" })).mimeiId;
    handle = (await alice.mimei.open({ mimeiId: db, version: "cur" })).handle;
  });
  afterAll(async () => node?.close());

  it("answers commands with Redis semantics", async () => {
    const d = alice.db;
    expect(await d.set({ handle, key: "greeting", value: bytes("hello") })).toMatchObject({ applied: true });
    expect(await d.set({ handle, key: "greeting", value: bytes("x"), condition: 1 })).toMatchObject({ applied: false });
    expect(text((await d.get({ handle, key: "greeting" })).value)).toBe("hello");
    expect((await d.incrBy({ handle, key: "n", delta: 41n })).value).toBe(41n);
    expect((await d.incr({ handle, key: "n" })).value).toBe(42n);
    await d.hMSet({ handle, key: "h", fields: [{ field: "b", value: bytes("2") }, { field: "a", value: bytes("1") }] });
    expect((await d.hGetAll({ handle, key: "h" })).fields.map((f) => f.field)).toEqual(["a", "b"]);
    await d.rPush({ handle, key: "l", values: [bytes("1"), bytes("2"), bytes("3")] });
    expect((await d.lRange({ handle, key: "l", start: 1n, stop: -1n })).values.map(text)).toEqual(["2", "3"]);
    await d.zAdd({ handle, key: "z", members: [{ member: bytes("b"), score: 2 }, { member: bytes("a"), score: 2 }, { member: bytes("c"), score: 1 }] });
    expect((await d.zRevRangeByScore({ handle, key: "z", range: { min: -Infinity, max: Infinity }, count: 2n })).members.map((m) => text(m.member))).toEqual(["b", "a"]);
    expect((await d.ttl({ handle, key: "greeting" })).found).toBe(true);
    expect((await d.ttl({ handle, key: "nope" })).found).toBe(false);
    await d.expire({ handle, key: "greeting", ttl: { seconds: 100n, nanos: 0 } });
    expect(Number((await d.ttl({ handle, key: "greeting" })).ttl!.seconds)).toBeGreaterThan(98);
    const scan = await d.scan({ handle, count: 3 });
    expect(scan.entries.map((e) => e.key)).toEqual(["greeting", "h", "l"]);
    expect((await d.scan({ handle, cursor: scan.nextCursor })).entries.map((e) => e.key)).toEqual(["n", "z"]);
    expect((await d.getLastSeq({ handle })).sequence).toBeGreaterThan(5n);
  });

  it("refuses wrong types, overflow and bad cursors without changing anything", async () => {
    const d = alice.db;
    await d.set({ handle, key: "s", value: bytes("v") });
    const seq = (await d.getLastSeq({ handle })).sequence;
    await expectFailure(d.lPush({ handle, key: "s", values: [bytes("x")] }), Code.FailedPrecondition, "WRONGTYPE");
    await d.set({ handle, key: "max", value: bytes("9223372036854775807") });
    await expectFailure(d.incr({ handle, key: "max" }), Code.OutOfRange, "OVERFLOW");
    await expectFailure(d.incr({ handle, key: "s" }), Code.FailedPrecondition, "NOT_INTEGER");
    await expectFailure(d.scan({ handle, cursor: "garbage!" }), Code.InvalidArgument, "INVALID_CURSOR");
    await expectFailure(d.lSet({ handle, key: "nope", index: 0n, value: bytes("x") }), Code.NotFound, "NO_SUCH_KEY");
    expect((await d.getLastSeq({ handle })).sequence).toBe(seq + 1n);
    expect(text((await d.get({ handle, key: "s" })).value)).toBe("v");
  });

  it("runs batches: each command on its own, or atomically", async () => {
    const d = alice.db;
    const res = await d.batch({
      handle,
      commands: [
        { command: { case: "set", value: { key: "b1", value: bytes("1") } } },
        { command: { case: "lpush", value: { key: "b1", values: [bytes("x")] } } },
        { command: { case: "get", value: { key: "b1" } } },
      ],
    });
    expect(res.replies.map((r) => r.reply.case)).toEqual(["set", "error", "get"]);
    const err = res.replies[1]!.reply.value as { code: number; detail?: { reason: string } };
    expect(err.code).toBe(Code.FailedPrecondition);
    expect(err.detail?.reason).toBe("WRONGTYPE");

    const failed = await expectFailure(
      d.batch({
        handle,
        atomic: true,
        commands: [
          { command: { case: "set", value: { key: "b2", value: bytes("1") } } },
          { command: { case: "incr", value: { key: "b1" } } },
          { command: { case: "incr", value: { key: "h" } } },
        ],
      }),
      Code.FailedPrecondition,
      "WRONGTYPE",
    );
    expect(failed.rawMessage).toContain("command 2");
    expect((await d.exists({ handle, keys: ["b2"] })).count).toBe(0n);
    expect(text((await d.get({ handle, key: "b1" })).value)).toBe("1");
  });

  it("keeps a transaction's writes private until commit, and to its session", async () => {
    const d = alice.db;
    const { transactionId } = await d.beginTransaction({ handle, timeout: { seconds: 30n, nanos: 0 } });
    await d.set({ handle, transactionId, key: "tx", value: bytes("mine") });
    expect((await d.get({ handle, transactionId, key: "tx" })).found).toBe(true);
    expect((await d.get({ handle, key: "tx" })).found).toBe(false);
    // Another session of the same user may not use it.
    const other = await secondSession(node.url, alice);
    const otherHandle = (await other.mimei.open({ mimeiId: db, version: "cur" })).handle;
    await expectFailure(other.db.get({ handle: otherHandle, transactionId, key: "tx" }), Code.PermissionDenied, "TX_NOT_YOURS");
    await expectFailure(other.db.commitTransaction({ handle: otherHandle, transactionId }), Code.PermissionDenied, "TX_NOT_YOURS");
    const { sequence } = await d.commitTransaction({ handle, transactionId });
    expect((await d.getLastSeq({ handle })).sequence).toBe(sequence);
    expect(text((await d.get({ handle, key: "tx" })).value)).toBe("mine");

    // A conflict aborts.
    const t2 = (await d.beginTransaction({ handle })).transactionId;
    await d.get({ handle, transactionId: t2, key: "tx" });
    await d.set({ handle, key: "tx", value: bytes("theirs") });
    await d.set({ handle, transactionId: t2, key: "other", value: bytes("x") });
    await expectFailure(d.commitTransaction({ handle, transactionId: t2 }), Code.Aborted, "TX_CONFLICT");
    expect((await d.get({ handle, key: "other" })).found).toBe(false);
    await expectFailure(d.rollbackTransaction({ handle, transactionId: t2 }), Code.NotFound, "TX_NOT_FOUND");
  });

  it("serves versions read-only while cur changes, and restores them", async () => {
    const d = alice.db;
    await d.set({ handle, key: "ver", value: bytes("one") });
    const { version } = await alice.mimei.backup({ mimeiId: db });
    await d.set({ handle, key: "ver", value: bytes("two") });
    const v = (await alice.mimei.open({ mimeiId: db, version: String(version) })).handle;
    expect(text((await d.get({ handle: v, key: "ver" })).value)).toBe("one");
    await expectFailure(d.set({ handle: v, key: "ver", value: bytes("x") }), Code.FailedPrecondition, "VERSION_FROZEN");
    await expectFailure(d.beginTransaction({ handle: v }), Code.FailedPrecondition, "VERSION_FROZEN");
    expect((await alice.mimei.backup({ mimeiId: db })).created).toBe(true);
    expect((await alice.mimei.backup({ mimeiId: db })).created).toBe(false);
    await alice.mimei.restore({ mimeiId: db, version: String(version) });
    expect(text((await d.get({ handle, key: "ver" })).value)).toBe("one");
  });

  it("refuses handles on other MiMei types", async () => {
    const file = (await alice.mimei.create({ type: MiMeiType.FILE, mark: "auto" })).mimeiId;
    const h = (await alice.mimei.open({ mimeiId: file, version: "cur" })).handle;
    await expectFailure(alice.db.get({ handle: h, key: "k" }), Code.FailedPrecondition, "NOT_A_DATABASE");
  });
});

describe("a db commit across SIGKILL", () => {
  let tmp: string;
  afterAll(() => {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it("is all or nothing", { timeout: 120_000 }, async () => {
    tmp = mkdtempSync(join(tmpdir(), "leither-e2e-db-kill-"));
    const node = await startNodeProcess({ home: join(tmp, "home") });
    try {
      const credential: { session?: string } = {};
      let c = createClients(node.url, credential);
      await c.identity.register({ name: "alice", password: PASSWORD });
      credential.session = (await c.identity.login({ credential: { case: "password", value: { name: "alice", password: PASSWORD } } })).sessionId;
      const db = (await c.mimei.create({ type: MiMeiType.DB, mark: "crash" })).mimeiId;
      const KEYS = 5_000;
      const outcomes: string[] = [];
      /** Fills a transaction with KEYS keys of round `round`; returns its handle and id. */
      const prepare = async (round: number) => {
        const handle = (await c.mimei.open({ mimeiId: db, version: "cur" })).handle;
        const { transactionId } = await c.db.beginTransaction({ handle, timeout: { seconds: 300n, nanos: 0 } });
        for (let i = 0; i < KEYS; i += 1000) {
          await c.db.batch({
            handle,
            transactionId,
            atomic: true,
            commands: Array.from({ length: 1000 }, (_, j) => ({ command: { case: "set" as const, value: { key: `r${round}:${i + j}`, value: bytes("x".repeat(64)) } } })),
          });
        }
        return { handle, transactionId };
      };
      const countRound = async (round: number) => {
        const h = (await c.mimei.open({ mimeiId: db, version: "cur" })).handle;
        let found = 0;
        let cursor = "";
        do {
          const page = await c.db.scan({ handle: h, pattern: `r${round}:*`, count: 10_000, cursor });
          found += page.entries.length;
          cursor = page.nextCursor;
        } while (cursor);
        return found;
      };
      // Round 0 measures how long a commit takes, so the kills below land before, inside and after it.
      const first = await prepare(0);
      const started = performance.now();
      await c.db.commitTransaction(first);
      const commitMs = performance.now() - started;
      expect(await countRound(0)).toBe(KEYS);
      for (const [i, fraction] of [0.3, 0.8, 2.0].entries()) {
        const round = i + 1;
        const tx = await prepare(round);
        let acknowledged = false;
        const commit = c.db.commitTransaction(tx).then(
          () => (acknowledged = true),
          () => undefined,
        );
        await new Promise((r) => setTimeout(r, commitMs * fraction));
        await node.kill9();
        await commit;
        await node.restart();
        c = createClients(node.url, credential);
        const found = await countRound(round);
        expect([0, KEYS], `round ${round}`).toContain(found);
        if (acknowledged) expect(found, `round ${round} was acknowledged`).toBe(KEYS);
        outcomes.push(found === KEYS ? "all" : "none");
      }
      console.log(`db kill -9: commit of ${KEYS} keys took ${commitMs.toFixed(0)} ms; rounds: ${outcomes.join(",")}`);
    } finally {
      await node.stop();
    }
  });
});
