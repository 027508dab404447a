// Versions of a db MiMei through the MiMei store: backup freezes cur into a read-only snapshot
// while writes go on, restore brings it back, digests are deterministic, and a backup after a
// small change stores only what changed.
import { describe, expect, it } from "vitest";
import { EMPTY_DIGEST } from "../store/index.js";
import { ALICE, createTestDb, reasonOf } from "./db-test-support.js";

const text = (x: Buffer | null) => (x === null ? null : x.toString());

describe("db versions", () => {
  it("backup freezes cur; the version opens read-only while cur changes", async () => {
    const t = createTestDb();
    const id = t.newDb();
    const kv = t.engine.open({ mimeiId: id });
    kv.set("a", "1");
    kv.hset("h", [["f", "1"]]);
    const v1 = await t.store.versions.backup(id, ALICE);
    expect(v1).toMatchObject({ version: 1, created: true });
    kv.set("a", "2");
    kv.hset("h", [["g", "2"]]);
    kv.rpush("l", ["x"]);

    const h = t.store.open(id, "1", { userId: ALICE, canWrite: true });
    const frozen = t.engine.open({ mimeiId: id, version: h.version, digest: h.digest });
    expect(text(frozen.get("a"))).toBe("1");
    expect(frozen.hkeys("h").map(String)).toEqual(["f"]);
    expect(frozen.exists(["l"])).toBe(0);
    expect(reasonOf(() => frozen.set("a", "3"))).toBe("VERSION_FROZEN");
    expect(frozen.lastSeq()).toBe(2);
    expect(text(kv.get("a"))).toBe("2");
  });

  it("unchanged content gives the same digest and no new version", async () => {
    const t = createTestDb();
    const id = t.newDb();
    expect(t.store.info(id).curDigest).toBe(EMPTY_DIGEST);
    const kv = t.engine.open({ mimeiId: id });
    kv.set("a", "1");
    const v1 = await t.store.versions.backup(id, ALICE);
    // A write and its undo leave the same content.
    kv.set("a", "2");
    kv.set("a", "1");
    const again = await t.store.versions.backup(id, ALICE);
    expect(again).toEqual({ version: 1, created: false, digest: v1.digest });
    // The same content in another store has the same digest, whatever the write order.
    const other = t.newDb();
    const kv2 = t.engine.open({ mimeiId: other });
    kv2.set("b", "x");
    kv2.set("a", "1");
    kv2.del(["b"]);
    expect(t.store.info(other).curDigest).toBe(v1.digest);
  });

  it("a change that keeps a container's length still changes the digest", () => {
    const t = createTestDb();
    const id = t.newDb();
    const kv = t.engine.open({ mimeiId: id });
    kv.hset("h", [["f", "1"]]);
    kv.rpush("l", ["a", "b"]);
    const digests = [t.store.info(id).curDigest];
    kv.hset("h", [["f", "2"]]);
    digests.push(t.store.info(id).curDigest);
    kv.lset("l", 0, "z");
    digests.push(t.store.info(id).curDigest);
    kv.hset("h", [["f", "1"]]);
    kv.lset("l", 0, "a");
    digests.push(t.store.info(id).curDigest);
    expect(new Set(digests.slice(0, 3)).size).toBe(3);
    expect(digests[3]).toBe(digests[0]);
  });

  it("restore makes a version cur again", async () => {
    const t = createTestDb();
    const id = t.newDb();
    const kv = t.engine.open({ mimeiId: id });
    kv.zadd("z", [{ member: "a", score: 1 }]);
    kv.set("s", "1");
    await t.store.versions.backup(id, ALICE);
    kv.zadd("z", [{ member: "b", score: 2 }]);
    kv.del(["s"]);
    kv.set("new", "x");
    const seq = kv.lastSeq();
    await t.store.versions.restore(id, "1");
    expect(kv.zrange("z", 0, -1).map((m) => String(m.member))).toEqual(["a"]);
    expect(text(kv.get("s"))).toBe("1");
    expect(kv.exists(["new"])).toBe(0);
    expect(kv.lastSeq()).toBe(seq + 1);
    // Writes after the restore do not reach the version.
    kv.set("s", "changed");
    const h = t.store.open(id, "1", { userId: ALICE, canWrite: false });
    expect(text(t.engine.open({ mimeiId: id, version: 1, digest: h.digest }).get("s"))).toBe("1");
    // A transaction that read before the restore conflicts.
    const tx = t.engine.begin(id, "s").id;
    t.engine.transaction(tx, "s").zscore("z", "a");
    await t.store.versions.restore(id, "1");
    expect(reasonOf(() => t.engine.commit(tx, "s"))).toBe("TX_CONFLICT");
  });

  it("a backup after a small change stores only the changed key", async () => {
    const t = createTestDb();
    const id = t.newDb();
    const kv = t.engine.open({ mimeiId: id });
    const KEYS = 200;
    const FIELDS = 50;
    t.engine.atomic(id, (v) => {
      for (let k = 0; k < KEYS; k++) v.hset(`h${k}`, Array.from({ length: FIELDS }, (_, f) => [`f${f}`, `v${k}.${f}`] as const));
    });
    await t.store.versions.backup(id, ALICE);
    const before = { hash: t.rows("db_hash"), keys: t.rows("db_keys"), objects: t.rows("db_objects") };
    expect(before.hash).toBe(KEYS * FIELDS);
    kv.hset("h7", [["f0", "changed"]]);
    await t.store.versions.backup(id, ALICE);
    const after = { hash: t.rows("db_hash"), keys: t.rows("db_keys"), objects: t.rows("db_objects") };
    // One hash was copied on write; the key map of the new version is one row per key.
    expect(after.hash - before.hash).toBe(FIELDS);
    expect(after.objects - before.objects).toBe(1);
    expect(after.keys - before.keys).toBe(KEYS);
    // Both versions still read their own content.
    for (const [version, expected] of [[1, "v7.0"], [2, "changed"]] as const) {
      const h = t.store.open(id, String(version), { userId: ALICE, canWrite: false });
      expect(text(t.engine.open({ mimeiId: id, version, digest: h.digest }).hget("h7", "f0"))).toBe(expected);
    }
  });

  it("drops the snapshot of a deleted version and everything only it held", async () => {
    const t = createTestDb();
    const id = t.newDb();
    const kv = t.engine.open({ mimeiId: id });
    kv.sadd("s", ["a", "b"]);
    await t.store.versions.backup(id, ALICE);
    kv.del(["s"]);
    await t.store.versions.backup(id, ALICE);
    expect(t.rows("db_set")).toBe(2);
    t.store.versions.delete(id, [1]);
    t.clock.advance(120_000);
    t.engine.sweep();
    expect(t.rows("db_set")).toBe(0);
    expect(t.rows("db_spaces")).toBe(1);
  });

  it("deleting the MiMei removes all its keyspaces", async () => {
    const t = createTestDb();
    const id = t.newDb();
    t.engine.open({ mimeiId: id }).rpush("l", ["1", "2"]);
    await t.store.versions.backup(id, ALICE);
    t.engine.begin(id, "x");
    await t.store.delete(id);
    for (const table of ["db_spaces", "db_keys", "db_objects", "db_list"]) expect(t.rows(table), table).toBe(0);
  });

  it("keys with an expiry: a snapshot keeps the absolute expiry and drops expired keys", async () => {
    const t = createTestDb();
    const id = t.newDb();
    const kv = t.engine.open({ mimeiId: id });
    kv.set("short", "1", { ttlMs: 1000 });
    kv.set("long", "1", { ttlMs: 60_000 });
    t.clock.advance(2000);
    const v1 = await t.store.versions.backup(id, ALICE);
    const only = t.newDb();
    t.engine.open({ mimeiId: only }).set("long", "1", { ttlMs: 58_000 });
    expect(t.store.info(only).curDigest).toBe(v1.digest);
  });
});
