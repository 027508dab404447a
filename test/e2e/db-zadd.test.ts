// DbService.ZAdd with Redis's GT, LT and INCR options (CH is added + updated): the same
// outcomes as ZADD on redis-server, refusals that change nothing, and the options in a Batch.
import { Code } from "@connectrpc/connect";
import { MiMeiType } from "@leither/api/leither/v1/common_pb";
import { DbWriteCondition } from "@leither/api/leither/v1/db_service_pb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestNode, type TestNode } from "./support/in-process-node.js";
import { createClients, expectFailure, type Clients } from "./support/rpc.js";

const PASSWORD = "correct horse battery";
const bytes = (s: string) => new TextEncoder().encode(s);
const text = (b: Uint8Array) => new TextDecoder().decode(b);

describe("DbService.ZAdd options", () => {
  let node: TestNode;
  let alice: Clients;
  let handle: string;
  const scores = async (key: string) =>
    Object.fromEntries((await alice.db.zRange({ handle, key, start: 0n, stop: -1n })).members.map((m) => [text(m.member), m.score]));

  beforeAll(async () => {
    node = await startTestNode();
    const credential: { session?: string } = {};
    alice = createClients(node.url, credential);
    await alice.identity.register({ name: "alice", password: PASSWORD });
    credential.session = (await alice.identity.login({ credential: { case: "password", value: { name: "alice", password: PASSWORD } } })).sessionId;
    const db = (await alice.mimei.create({ type: MiMeiType.DB, mark: "auto" })).mimeiId;
    handle = (await alice.mimei.open({ mimeiId: db, version: "cur" })).handle;
  });
  afterAll(async () => node?.close());

  it("GT and LT change existing members only in their direction and still add new ones", async () => {
    const d = alice.db;
    await d.zAdd({ handle, key: "z", members: [{ member: bytes("a"), score: 5 }, { member: bytes("b"), score: 5 }] });
    const gt = await d.zAdd({ handle, key: "z", greaterThan: true, members: [{ member: bytes("a"), score: 7 }, { member: bytes("b"), score: 1 }, { member: bytes("c"), score: 3 }] });
    expect(gt).toMatchObject({ added: 1n, updated: 1n });
    expect(await scores("z")).toEqual({ a: 7, b: 5, c: 3 });
    const lt = await d.zAdd({ handle, key: "z", lessThan: true, condition: DbWriteCondition.IF_EXISTS, members: [{ member: bytes("a"), score: 9 }, { member: bytes("b"), score: 2 }, { member: bytes("new"), score: 0 }] });
    expect(lt).toMatchObject({ added: 0n, updated: 1n });
    expect(await scores("z")).toEqual({ a: 7, b: 2, c: 3 });
  });

  it("INCR adds to one member's score under the conditions and reports the new score", async () => {
    const d = alice.db;
    const incr = (delta: number, extra: object = {}) => d.zAdd({ handle, key: "i", increment: true, members: [{ member: bytes("m"), score: delta }], ...extra });
    expect(await incr(2.5)).toMatchObject({ applied: true, score: 2.5, added: 1n, updated: 0n });
    expect(await incr(1)).toMatchObject({ applied: true, score: 3.5, added: 0n, updated: 1n });
    expect(await incr(-1, { greaterThan: true })).toMatchObject({ applied: false, added: 0n, updated: 0n });
    expect(await incr(1, { condition: DbWriteCondition.IF_NOT_EXISTS })).toMatchObject({ applied: false });
    expect(await incr(-0.5, { lessThan: true })).toMatchObject({ applied: true, score: 3 });
    expect((await d.zScore({ handle, key: "i", member: bytes("m") })).score).toBe(3);
    const missing = await d.zAdd({ handle, key: "i", increment: true, condition: DbWriteCondition.IF_EXISTS, members: [{ member: bytes("x"), score: 1 }] });
    expect(missing).toMatchObject({ applied: false });
    expect((await d.zCard({ handle, key: "i" })).count).toBe(1n);
  });

  it("refuses contradictory options and INCR with more than one member, changing nothing", async () => {
    const d = alice.db;
    const before = (await d.getLastSeq({ handle })).sequence;
    const two = [{ member: bytes("p"), score: 1 }, { member: bytes("q"), score: 2 }];
    await expectFailure(d.zAdd({ handle, key: "r", increment: true, members: two }), Code.InvalidArgument, "SYNTAX");
    await expectFailure(d.zAdd({ handle, key: "r", greaterThan: true, lessThan: true, members: two }), Code.InvalidArgument, "SYNTAX");
    await expectFailure(d.zAdd({ handle, key: "r", greaterThan: true, condition: DbWriteCondition.IF_NOT_EXISTS, members: two }), Code.InvalidArgument, "SYNTAX");
    await expectFailure(d.zAdd({ handle, key: "r", increment: true, scoreBySequence: true, members: two.slice(0, 1) }), Code.InvalidArgument, "SYNTAX");
    expect((await d.exists({ handle, keys: ["r"] })).count).toBe(0n);
    expect((await d.getLastSeq({ handle })).sequence).toBe(before);
  });

  it("takes the options inside a Batch too", async () => {
    const { replies } = await alice.db.batch({
      handle,
      commands: [
        { command: { case: "zadd", value: { key: "b", members: [{ member: bytes("m"), score: 1 }] } } },
        { command: { case: "zadd", value: { key: "b", increment: true, greaterThan: true, members: [{ member: bytes("m"), score: 4 }] } } },
      ],
    });
    expect(replies[1]!.reply).toMatchObject({ case: "zadd", value: { applied: true, score: 5 } });
  });
});
