// DbService writes are group-committed (the writes of one event-loop turn share one SQLite
// commit): every write the node acknowledged survives a SIGKILL, also when the kill lands in the
// middle of a burst of concurrent writes, and a write that was never acknowledged is either
// wholly there or wholly absent.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { MiMeiType } from "@leither/api/leither/v1/common_pb";
import { afterAll, describe, expect, it } from "vitest";
import { startNodeProcess } from "./support/node-process.js";
import { createClients } from "./support/rpc.js";

const PASSWORD = "correct horse battery";
const bytes = (s: string) => new TextEncoder().encode(s);
const text = (b: Uint8Array) => new TextDecoder().decode(b);

describe("group-committed DbService writes across SIGKILL", () => {
  let tmp: string;
  afterAll(() => {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it("keep every acknowledged write of concurrent bursts", { timeout: 120_000 }, async () => {
    tmp = mkdtempSync(join(tmpdir(), "leither-e2e-db-group-"));
    const node = await startNodeProcess({ home: join(tmp, "home") });
    try {
      const credential: { session?: string } = {};
      let c = createClients(node.url, credential);
      await c.identity.register({ name: "alice", password: PASSWORD });
      credential.session = (await c.identity.login({ credential: { case: "password", value: { name: "alice", password: PASSWORD } } })).sessionId;
      const db = (await c.mimei.create({ type: MiMeiType.DB, mark: "burst" })).mimeiId;
      const BURST = 200;

      for (const killAfterAcks of [BURST * 2, 5]) {
        const handle = (await c.mimei.open({ mimeiId: db, version: "cur" })).handle;
        const round = `k${killAfterAcks}`;
        const acked = { sets: new Set<number>(), incrs: [] as bigint[] };
        let acks = 0;
        let killed: Promise<void> | undefined;
        const ack = () => {
          if (++acks === killAfterAcks) killed = node.kill9();
        };
        const writes = Array.from({ length: BURST }, (_, i) => [
          c.db.set({ handle, key: `${round}:${i}`, value: bytes(`v${i}`) }).then(
            () => (acked.sets.add(i), ack()),
            () => undefined,
          ),
          c.db.incr({ handle, key: `${round}:n` }).then(
            (r) => (acked.incrs.push(r.value), ack()),
            () => undefined,
          ),
        ]).flat();
        await Promise.all(writes);
        await (killed ?? node.kill9());
        expect(acks).toBeGreaterThanOrEqual(Math.min(killAfterAcks, BURST * 2));
        await node.restart();
        c = createClients(node.url, credential);
        const after = (await c.mimei.open({ mimeiId: db, version: "cur" })).handle;
        const values = await c.db.mGet({ handle: after, keys: Array.from({ length: BURST }, (_, i) => `${round}:${i}`) });
        for (const i of acked.sets) expect(text(values.values[i]!.value), `acknowledged set ${i}`).toBe(`v${i}`);
        for (const [i, v] of values.values.entries()) if (v.found) expect(text(v.value)).toBe(`v${i}`);
        // Each acknowledged INCR answered a distinct count; the stored counter is at least the largest.
        const counter = await c.db.get({ handle: after, key: `${round}:n` });
        const stored = counter.found ? BigInt(text(counter.value)) : 0n;
        expect(new Set(acked.incrs).size).toBe(acked.incrs.length);
        for (const v of acked.incrs) expect(stored).toBeGreaterThanOrEqual(v);
        expect(stored).toBeLessThanOrEqual(BigInt(BURST));
      }
    } finally {
      await node.stop();
    }
  });
});
