// What the node acknowledged survives a crash: writes are killed with SIGKILL right after their
// acknowledgement, the node is started again on the same home, and every acknowledged write is
// found (file content included). Also: the node keeps its identity across restarts, and a home
// is used by one node at a time.
import { createHash, randomBytes } from "node:crypto";
import { mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Code } from "@connectrpc/connect";
import { MiMeiType, Right } from "@leither/api/leither/v1/common_pb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawnNode, startNodeProcess, type NodeProcess } from "./support/node-process.js";
import { createClients, expectFailure } from "./support/rpc.js";

const PASSWORD = "correct horse battery";

let tmp: string;
let home: string;
let node: NodeProcess;
let firstNodeId: string;

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), "leither-e2e-durability-"));
  home = join(tmp, "home");
  node = await startNodeProcess({ home });
  firstNodeId = node.nodeId;
});

afterAll(async () => {
  await node?.stop();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

const randomId = () => randomBytes(20).toString("base64url");

describe("a node killed with SIGKILL", () => {
  it("keeps every acknowledged write of a session: user, session, MiMei, version, references and rights", async () => {
    const credential: { session?: string } = {};
    const alice = createClients(node.url, credential);
    const { userId: aliceId } = await alice.identity.register({ name: "alice", password: PASSWORD });
    const { userId: bobId } = await alice.identity.register({ name: "bob", password: PASSWORD });
    const login = await alice.identity.login({ credential: { case: "password", value: { name: "alice", password: PASSWORD } } });
    credential.session = login.sessionId;
    const { mimeiId } = await alice.mimei.create({ type: MiMeiType.FILE, ext: "txt", mark: "durable" });
    const target = (await alice.mimei.create({ type: MiMeiType.DB, mark: "target" })).mimeiId;
    expect((await alice.mimei.addRefs({ mimeiId, targets: [target, target] })).count).toBe(2n);
    const backup = await alice.mimei.backup({ mimeiId, memo: "before the crash" });
    expect(backup.created).toBe(true);
    await alice.mimei.setRight({ mimeiId, member: bobId, rights: BigInt(Right.READ | Right.WRITE) });
    await node.kill9();

    await node.restart();
    expect(node.nodeId).toBe(firstNodeId);
    const after = createClients(node.url, credential);
    // The session is still valid (its unlocked key was only in memory, so it can no longer sign).
    expect((await after.identity.getUserInfo({})).user).toMatchObject({ userId: aliceId, name: "alice" });
    await expectFailure(after.identity.sign({ message: new Uint8Array([1]) }), Code.FailedPrecondition, "KEY_LOCKED");
    // The password still opens the key that was sealed at registration.
    const again = await after.identity.login({ credential: { case: "password", value: { name: "alice", password: PASSWORD } } });
    expect(again.userId).toBe(aliceId);
    const signer = createClients(node.url, { session: again.sessionId });
    const signed = await signer.identity.sign({ message: new Uint8Array([1]) });
    expect((await after.identity.verifySignature({ message: new Uint8Array([1]), signature: signed.signature, signer: { case: "userId", value: aliceId } })).valid).toBe(true);

    expect((await after.mimei.getMiMeiInfo({ mimeiId })).info).toMatchObject({ authorId: aliceId, ext: "txt", mark: "durable", lastVersion: 1n });
    const versions = await after.mimei.listVersions({ mimeiId });
    expect(versions.versions.map((v) => [v.version, v.memo, v.digest])).toEqual([[1n, "before the crash", backup.digest]]);
    const refs = await after.mimei.getRefs({ mimeiId, versions: ["cur", "1"] });
    expect(refs.versions.map((v) => [v.version, v.counts])).toEqual([
      ["cur", { [target]: 2n }],
      ["1", { [target]: 2n }],
    ]);
    expect((await after.mimei.listRights({ mimeiId })).members.map((m) => [m.member, m.rights])).toEqual([
      [aliceId, expect.any(BigInt)],
      [bobId, BigInt(Right.READ | Right.WRITE)],
    ]);
    // bob logs in and uses the right he was given.
    const bob = createClients(node.url, {
      session: (await after.identity.login({ credential: { case: "password", value: { name: "bob", password: PASSWORD } } })).sessionId,
    });
    expect((await bob.mimei.addRefs({ mimeiId, targets: [target] })).count).toBe(1n);
  });

  it("keeps the content of every acknowledged upload; a cut upload leaves nothing visible, and its space goes at the next GC", async () => {
    const credential: { session?: string } = {};
    const c = createClients(node.url, credential);
    await c.identity.register({ name: "carol", password: PASSWORD });
    credential.session = (await c.identity.login({ credential: { case: "password", value: { name: "carol", password: PASSWORD } } })).sessionId;
    const fileMiMei = async () => {
      const { mimeiId } = await c.mimei.create({ type: MiMeiType.FILE, mark: "auto" });
      return { mimeiId, handle: (await c.mimei.open({ mimeiId, version: "cur" })).handle };
    };
    async function* body(handle: string, data: Uint8Array, stallAfter?: number): AsyncGenerator<any> {
      yield { part: { case: "header", value: { target: { destination: { case: "fileHandle", value: handle } }, name: "data.bin" } } };
      for (let at = 0; at < data.length; at += 256 * 1024) {
        if (stallAfter !== undefined && at >= stallAfter) await new Promise(() => {});
        yield { part: { case: "chunk", value: data.subarray(at, at + 256 * 1024) } };
      }
    }
    // Three uploads at once, acknowledged, then a fourth cut by the crash after 2 MiB.
    const contents = [randomBytes(3 * 1024 * 1024 + 123), randomBytes(1024 * 1024), randomBytes(5000)];
    const targets = await Promise.all(contents.map(fileMiMei));
    const acked = await Promise.all(contents.map((data, i) => c.file.upload(body(targets[i]!.handle, data))));
    const cut = await fileMiMei();
    const cutting = c.file.upload(body(cut.handle, randomBytes(4 * 1024 * 1024), 2 * 1024 * 1024)).catch((err: unknown) => err);
    await new Promise((r) => setTimeout(r, 500));
    const packBytes = () => readdirSync(join(home, "chunks", "packs")).reduce((n, f) => n + statSync(join(home, "chunks", "packs", f)).size, 0);
    const beforeCrash = packBytes();
    await node.kill9();
    expect(await cutting).toBeInstanceOf(Error);

    await node.restart();
    for (const [i, data] of contents.entries()) {
      const parts: Buffer[] = [];
      for await (const m of c.file.download({ source: { case: "handle", value: (await c.mimei.open({ mimeiId: targets[i]!.mimeiId, version: "cur" })).handle } })) {
        if (m.part.case === "chunk") parts.push(Buffer.from(m.part.value.data));
      }
      expect(Buffer.concat(parts).equals(data)).toBe(true);
      expect(acked[i]!.contentHash).toBe(createHash("sha256").update(data).digest("hex"));
    }
    expect((await c.mimei.getMiMeiInfo({ mimeiId: cut.mimeiId })).info?.curSize).toBe(0n);
    // GC runs at start: the 2 MiB the cut upload wrote (the pack's tail) are given back.
    const deadline = Date.now() + 10_000;
    while (packBytes() > beforeCrash - 2 * 1024 * 1024 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    expect(packBytes()).toBeLessThanOrEqual(beforeCrash - 2 * 1024 * 1024);
  });

  it("keeps every acknowledged AddRefs of a burst of 200 concurrent calls", async () => {
    const credential: { session?: string } = {};
    const c = createClients(node.url, credential);
    await c.identity.register({ name: "burst", password: PASSWORD });
    credential.session = (await c.identity.login({ credential: { case: "password", value: { name: "burst", password: PASSWORD } } })).sessionId;
    const { mimeiId } = await c.mimei.create({ type: MiMeiType.FILE, mark: "burst" });

    const targets = Array.from({ length: 200 }, () => randomId());
    const acknowledged = new Set<string>();
    const outcomes = await Promise.allSettled(
      targets.map(async (target) => {
        expect((await c.mimei.addRefs({ mimeiId, targets: [target] })).count).toBe(1n);
        acknowledged.add(target);
      }),
    );
    // SIGKILL at once: nothing gets a chance to flush after the last acknowledgement.
    await node.kill9();
    expect(outcomes.filter((o) => o.status === "rejected")).toEqual([]);
    expect(acknowledged.size).toBe(200);

    await node.restart();
    const counts = (await c.mimei.getRefs({ mimeiId })).versions[0]!.counts;
    const lost = [...acknowledged].filter((t) => counts[t] !== 1n);
    expect(lost, `${lost.length} acknowledged references lost`).toEqual([]);
    // Nothing else appeared: only targets that were sent, each once.
    expect(Object.keys(counts).filter((t) => !targets.includes(t))).toEqual([]);
    expect(Object.values(counts).every((n) => n === 1n)).toBe(true);
  });

  it("keeps its node id across restarts, graceful or not", async () => {
    const info = await createClients(node.url).node.getNodeInfo({});
    expect(info.nodeId).toBe(firstNodeId);
    expect(await node.stop()).toBe(0);
    await node.restart();
    expect(node.nodeId).toBe(firstNodeId);
    expect((await createClients(node.url).node.getNodeInfo({})).nodeId).toBe(firstNodeId);
  });
});

describe("one home, one node", () => {
  it("refuses to start a second node on a home in use", async () => {
    let second: Awaited<ReturnType<typeof spawnNode>> | undefined;
    try {
      second = await spawnNode({ home, startTimeoutMs: 15_000 });
    } catch (err) {
      // The second node must say why it refused, and leave the first one serving.
      expect(String(err)).toMatch(/exited .* before listening/);
      expect(String(err)).toMatch(/home|lock|in use|another/i);
      expect((await createClients(node.url).node.getNodeInfo({})).nodeId).toBe(firstNodeId);
      return;
    }
    second.child.kill("SIGKILL");
    await second.exited;
    throw new Error(`a second node started on ${home} while the first was running (it listened on ${second.url})`);
  });
});
