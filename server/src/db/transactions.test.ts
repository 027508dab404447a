// Optimistic transactions: own writes visible only inside, atomic commit, conflicts abort,
// rollback, expiry on a manual clock, ownership, and atomic batches.
import { beforeEach, describe, expect, it } from "vitest";
import { createTestDb, reasonOf, type TestDb } from "./db-test-support.js";
import type { DbWriter } from "./types.js";

let t: TestDb;
let id: string;
let kv: DbWriter;
const A = "session:a";
const B = "session:b";
const text = (x: Buffer | null) => (x === null ? null : x.toString());

beforeEach(() => {
  t = createTestDb();
  id = t.newDb();
  kv = t.engine.open({ mimeiId: id });
});

describe("transactions", () => {
  it("see their own writes; others see them only after commit", () => {
    kv.set("a", "0");
    kv.hset("h", [["f", "1"]]);
    const { id: tx } = t.engine.begin(id, A);
    const v = t.engine.transaction(tx, A);
    v.set("a", "1");
    v.hset("h", [["g", "2"]]);
    v.rpush("l", ["x", "y"]);
    v.del(["nope"]);
    expect(text(v.get("a"))).toBe("1");
    expect(v.hgetall("h").map(([f, x]) => `${f}=${x}`)).toEqual(["f=1", "g=2"]);
    expect(v.scan({}).entries.map((e) => String(e.key))).toEqual(["a", "h", "l"]);
    expect(v.dbsize()).toBe(3);
    expect(text(kv.get("a"))).toBe("0");
    expect(kv.hlen("h")).toBe(1);
    expect(kv.exists(["l"])).toBe(0);
    const seq = kv.lastSeq();
    expect(t.engine.commit(tx, A).sequence).toBe(seq + 1);
    expect(text(kv.get("a"))).toBe("1");
    expect(kv.hlen("h")).toBe(2);
    expect(kv.lrange("l", 0, -1).map(String)).toEqual(["x", "y"]);
    expect(reasonOf(() => t.engine.commit(tx, A))).toBe("TX_NOT_FOUND");
    // Nothing of the transaction's private keyspace is left behind.
    expect(t.rows("db_spaces")).toBe(1);
  });

  it("deletes in a transaction hide the key inside and remove it on commit", () => {
    kv.set("a", "0");
    const { id: tx } = t.engine.begin(id, A);
    const v = t.engine.transaction(tx, A);
    expect(v.del(["a"])).toBe(1);
    expect(v.get("a")).toBeNull();
    expect(v.scan({}).entries).toEqual([]);
    expect(text(kv.get("a"))).toBe("0");
    t.engine.commit(tx, A);
    expect(kv.get("a")).toBeNull();
  });

  it("aborts when a key it read or wrote changed meanwhile", () => {
    kv.set("read", "1");
    kv.set("written", "1");
    const t1 = t.engine.begin(id, A).id;
    t.engine.transaction(t1, A).get("read");
    t.engine.transaction(t1, A).set("other", "x");
    kv.set("read", "2");
    expect(reasonOf(() => t.engine.commit(t1, A))).toBe("TX_CONFLICT");
    expect(kv.get("other")).toBeNull();
    // The transaction is over after a conflict.
    expect(reasonOf(() => t.engine.transaction(t1, A))).toBe("TX_NOT_FOUND");

    const t2 = t.engine.begin(id, A).id;
    t.engine.transaction(t2, A).incr("written");
    kv.del(["written"]);
    expect(reasonOf(() => t.engine.commit(t2, A))).toBe("TX_CONFLICT");
    expect(kv.get("written")).toBeNull();

    // A missing key read, then created by another writer, conflicts too.
    const t3 = t.engine.begin(id, A).id;
    expect(t.engine.transaction(t3, A).get("fresh")).toBeNull();
    kv.set("fresh", "x");
    expect(reasonOf(() => t.engine.commit(t3, A))).toBe("TX_CONFLICT");

    // Changes to keys it never touched do not.
    const t4 = t.engine.begin(id, A).id;
    t.engine.transaction(t4, A).set("mine", "1");
    kv.set("unrelated", "1");
    expect(() => t.engine.commit(t4, A)).not.toThrow();
    expect(t.rows("db_spaces")).toBe(1);
  });

  it("two transactions on one key: the first commit wins", () => {
    kv.set("n", "10");
    const t1 = t.engine.begin(id, A).id;
    const t2 = t.engine.begin(id, B).id;
    t.engine.transaction(t1, A).incr("n");
    t.engine.transaction(t2, B).incrBy("n", 5n);
    t.engine.commit(t1, A);
    expect(reasonOf(() => t.engine.commit(t2, B))).toBe("TX_CONFLICT");
    expect(text(kv.get("n"))).toBe("11");
  });

  it("rollback discards everything", () => {
    kv.sadd("s", ["a"]);
    const { id: tx } = t.engine.begin(id, A);
    t.engine.transaction(tx, A).sadd("s", ["b", "c"]);
    t.engine.transaction(tx, A).set("x", "1");
    t.engine.rollback(tx, A);
    expect(kv.smembers("s").map(String)).toEqual(["a"]);
    expect(kv.exists(["x"])).toBe(0);
    expect(t.rows("db_set")).toBe(1);
    expect(t.rows("db_keys")).toBe(1);
    expect(reasonOf(() => t.engine.rollback(tx, A))).toBe("TX_NOT_FOUND");
  });

  it("belongs to its owner", () => {
    const { id: tx } = t.engine.begin(id, A);
    expect(reasonOf(() => t.engine.transaction(tx, B))).toBe("TX_NOT_YOURS");
    expect(reasonOf(() => t.engine.commit(tx, B))).toBe("TX_NOT_YOURS");
    expect(reasonOf(() => t.engine.rollback(tx, B))).toBe("TX_NOT_YOURS");
    expect(() => t.engine.transaction(tx, A)).not.toThrow();
  });

  it("expires after its timeout and rolls back", () => {
    const { id: tx, expiresAt } = t.engine.begin(id, A, 5000);
    expect(expiresAt).toBe(t.clock.now() + 5000);
    t.engine.transaction(tx, A).set("k", "v");
    t.clock.advance(5000);
    expect(reasonOf(() => t.engine.commit(tx, A))).toBe("TX_EXPIRED");
    expect(reasonOf(() => t.engine.transaction(tx, A))).toBe("TX_EXPIRED");
    expect(kv.get("k")).toBeNull();
    expect(t.rows("db_keys")).toBe(0);

    const other = t.engine.begin(id, A, 1000).id;
    t.engine.transaction(other, A).set("k", "v");
    t.clock.advance(1000);
    t.engine.sweep();
    expect(t.rows("db_keys")).toBe(0);
    expect(reasonOf(() => t.engine.commit(other, A))).toBe("TX_EXPIRED");
    // Timeouts are capped at 10 minutes.
    expect(t.engine.begin(id, A, 3_600_000).expiresAt).toBe(t.clock.now() + 600_000);
    expect(reasonOf(() => t.engine.begin(id, A, 0))).toBe("INVALID_TIMEOUT");
  });

  it("a failed command inside a transaction leaves the transaction as it was", () => {
    kv.set("s", "string");
    const { id: tx } = t.engine.begin(id, A);
    const v = t.engine.transaction(tx, A);
    expect(reasonOf(() => v.lpush("s", ["x"]))).toBe("WRONGTYPE");
    expect(text(v.get("s"))).toBe("string");
    v.set("s", "mine");
    t.engine.commit(tx, A);
    expect(text(kv.get("s"))).toBe("mine");
  });

  it("does not survive a restart, and leaves nothing behind", () => {
    const { id: tx } = t.engine.begin(id, A);
    t.engine.transaction(tx, A).set("k", "v");
    t.db.close();
    const again = createTestDb({}, t.dir);
    expect(reasonOf(() => again.engine.commit(tx, A))).toBe("TX_NOT_FOUND");
    expect(again.rows("db_keys")).toBe(0);
    expect(again.rows("db_spaces")).toBe(1);
  });
});

describe("atomic runs", () => {
  it("apply all or nothing", () => {
    kv.set("a", "1");
    expect(() =>
      t.engine.atomic(id, (v) => {
        v.set("a", "2");
        v.rpush("l", ["x"]);
        v.incr("l");
      }),
    ).toThrow();
    expect(text(kv.get("a"))).toBe("1");
    expect(kv.exists(["l"])).toBe(0);
    expect(kv.lastSeq()).toBe(1);
    t.engine.atomic(id, (v) => {
      v.set("a", "2");
      v.rpush("l", ["x"]);
    });
    expect(text(kv.get("a"))).toBe("2");
    expect(kv.lastSeq()).toBe(3);
  });

  it("inside a transaction join it all together or not at all", () => {
    const { id: tx } = t.engine.begin(id, A);
    expect(() =>
      t.engine.atomicInTransaction(tx, A, (v) => {
        v.set("a", "1");
        v.hincrBy("a", "f", 1n);
      }),
    ).toThrow();
    expect(t.engine.transaction(tx, A).get("a")).toBeNull();
    t.engine.atomicInTransaction(tx, A, (v) => v.set("b", "1"));
    t.engine.commit(tx, A);
    expect(kv.exists(["a", "b"])).toBe(1);
  });
});
