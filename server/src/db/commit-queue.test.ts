// The commit queue: writes queued in one event-loop turn share one group commit, each caller
// hears of its write only after that commit, a failed write fails alone, a failed commit fails all.
import { describe, expect, it } from "vitest";
import { createCommitQueue } from "./commit-queue.js";
import { createTestDb } from "./db-test-support.js";

describe("commit queue", () => {
  it("runs the writes of one turn in one group and settles them after its commit", async () => {
    const t = createTestDb();
    const kv = t.engine.open({ mimeiId: t.newDb() });
    const events: string[] = [];
    const queue = createCommitQueue((fn) => {
      events.push("begin");
      t.engine.group(fn);
      events.push("committed");
    });
    const results = Promise.all(
      [1, 2, 3].map((i) =>
        queue.run(() => {
          events.push(`write ${i}`);
          return kv.incr("n");
        }).then((n) => events.push(`reply ${n}`)),
      ),
    );
    // Nothing runs before the turn ends.
    expect(events).toEqual([]);
    await results;
    expect(events).toEqual(["begin", "write 1", "write 2", "write 3", "committed", "reply 1", "reply 2", "reply 3"]);
    // The next turn is a new group.
    await queue.run(() => kv.incr("n"));
    expect(events.filter((e) => e === "begin")).toHaveLength(2);
    expect(kv.get("n")?.toString()).toBe("4");
  });

  it("rejects a failed write alone; its partial writes are undone, the others are stored", async () => {
    const t = createTestDb();
    const id = t.newDb();
    const kv = t.engine.open({ mimeiId: id });
    kv.set("s", "text");
    const queue = createCommitQueue((fn) => t.engine.group(fn));
    const [a, bad, c] = await Promise.allSettled([
      queue.run(() => kv.set("a", "1")),
      queue.run(() =>
        t.engine.atomic(id, (v) => {
          v.set("half", "written");
          return v.incr("s");
        }),
      ),
      queue.run(() => kv.set("c", "3")),
    ]);
    expect(a.status).toBe("fulfilled");
    expect(bad).toMatchObject({ status: "rejected", reason: expect.objectContaining({ reason: "NOT_INTEGER" }) });
    expect(c.status).toBe("fulfilled");
    expect(kv.exists(["a", "half", "c"])).toBe(2);
    expect(kv.lastSeq()).toBe(3);
  });

  it("rejects every write of the round when the commit fails, and stores none", async () => {
    const t = createTestDb();
    const kv = t.engine.open({ mimeiId: t.newDb() });
    const queue = createCommitQueue((fn) =>
      t.engine.group(() => {
        fn();
        throw new Error("disk full");
      }),
    );
    const outcomes = await Promise.allSettled([queue.run(() => kv.set("a", "1")), queue.run(() => kv.set("b", "2"))]);
    expect(outcomes.map((o) => o.status)).toEqual(["rejected", "rejected"]);
    expect(kv.exists(["a", "b"])).toBe(0);
  });
});

describe("engine group", () => {
  it("stores each keyspace's sequence number at its end, so a restarted node continues from it", () => {
    const t = createTestDb();
    const id = t.newDb();
    const kv = t.engine.open({ mimeiId: id });
    const seqInDb = () => (t.db.prepare("SELECT seq FROM db_spaces WHERE mimei_id = ? AND kind = 'cur'").get(id) as { seq: number }).seq;
    t.engine.group(() => {
      kv.set("a", "1");
      kv.incr("n");
      kv.incr("a");
      expect(seqInDb()).toBe(0);
    });
    expect(seqInDb()).toBe(3);
    t.db.close();
    const again = createTestDb({}, t.dir);
    expect(again.engine.open({ mimeiId: id }).lastSeq()).toBe(3);
  });
});
