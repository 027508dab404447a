// Where string values live: small strings inline in their key rows (one B-tree page per write),
// longer ones in objects shared between versions; moving between the two never changes what a
// key reads, what a version holds, or a digest; and databases from before inline strings migrate.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { mimeiSchema } from "../mimei/index.js";
import { openDatabase } from "../store/index.js";
import { ALICE, createTestDb, type TestDb } from "./db-test-support.js";
import { dbSchema, INLINE_STRING_BYTES } from "./schema.js";

const small = "s".repeat(INLINE_STRING_BYTES);
const large = "L".repeat(INLINE_STRING_BYTES + 1);
const text = (x: Buffer | null) => (x === null ? null : x.toString());

/** Key rows holding their string inline, and value objects, in the whole database. */
function layout(t: TestDb) {
  return {
    inline: (t.db.prepare("SELECT COUNT(*) AS n FROM db_keys WHERE oid IS NULL").get() as { n: number }).n,
    objects: t.rows("db_objects"),
  };
}

describe("string storage", () => {
  it("keeps strings up to the inline limit in the key row, longer ones in an object", () => {
    const t = createTestDb();
    const kv = t.engine.open({ mimeiId: t.newDb() });
    kv.set("a", small);
    kv.incr("n");
    kv.set("empty", "");
    expect(layout(t)).toEqual({ inline: 3, objects: 0 });
    kv.set("b", large);
    expect(layout(t)).toEqual({ inline: 3, objects: 1 });
    expect(text(kv.get("a"))).toBe(small);
    expect(text(kv.get("empty"))).toBe("");
    expect(text(kv.get("b"))).toBe(large);
    expect(kv.strlen("b")).toBe(large.length);
  });

  it("moves a string between inline and object as its length crosses the limit, leaving nothing behind", () => {
    const t = createTestDb();
    const kv = t.engine.open({ mimeiId: t.newDb() });
    kv.set("k", small);
    kv.set("k", large);
    expect(layout(t)).toEqual({ inline: 0, objects: 1 });
    kv.set("k", "x", { keepTtl: true });
    expect(layout(t)).toEqual({ inline: 1, objects: 0 });
    kv.set("k", large, { ttlMs: 60_000 });
    expect(kv.pttl("k")).toBe(60_000);
    kv.set("k", "12");
    expect(kv.incr("k")).toBe(13n);
    expect(kv.pttl("k")).toBe(-1);
    kv.set("k", large);
    kv.del(["k"]);
    expect(layout(t)).toEqual({ inline: 0, objects: 0 });
  });

  it("a type change replaces an inline string with a container and back", () => {
    const t = createTestDb();
    const kv = t.engine.open({ mimeiId: t.newDb() });
    kv.set("k", "v");
    kv.del(["k"]);
    kv.rpush("k", ["a"]);
    kv.set("k", "v");
    expect(layout(t)).toEqual({ inline: 1, objects: 0 });
    expect(t.rows("db_list")).toBe(0);
  });

  it("versions keep their strings whichever way cur rewrites them", async () => {
    const t = createTestDb();
    const id = t.newDb();
    const kv = t.engine.open({ mimeiId: id });
    kv.set("s", small);
    kv.set("l", large);
    const v1 = await t.store.versions.backup(id, ALICE);
    // The large value is shared with the version; the small one was copied with its key row.
    expect(layout(t)).toEqual({ inline: 2, objects: 1 });
    kv.set("s", large);
    kv.set("l", "short now");
    expect(layout(t)).toEqual({ inline: 2, objects: 2 });
    const h = t.store.open(id, "1", { userId: ALICE, canWrite: false });
    const frozen = t.engine.open({ mimeiId: id, version: 1, digest: h.digest });
    expect(text(frozen.get("s"))).toBe(small);
    expect(text(frozen.get("l"))).toBe(large);
    await t.store.versions.restore(id, "1");
    expect(text(kv.get("s"))).toBe(small);
    expect(text(kv.get("l"))).toBe(large);
    expect(t.store.info(id).curDigest).toBe(v1.digest);
    // Only the version and cur hold the large value now, through one shared object.
    expect(layout(t).objects).toBe(1);
  });

  it("transactions copy inline strings into their keyspace and commit them", () => {
    const t = createTestDb();
    const id = t.newDb();
    const kv = t.engine.open({ mimeiId: id });
    kv.set("a", "1");
    kv.set("b", large);
    const tx = t.engine.begin(id, "me").id;
    const v = t.engine.transaction(tx, "me");
    expect(v.incr("a")).toBe(2n);
    v.set("b", "small now");
    v.set("c", large);
    expect(text(kv.get("a"))).toBe("1");
    t.engine.commit(tx, "me");
    expect(text(kv.get("a"))).toBe("2");
    expect(text(kv.get("b"))).toBe("small now");
    expect(text(kv.get("c"))).toBe(large);
    expect(layout(t)).toEqual({ inline: 2, objects: 1 });
  });
});

describe("the inline-strings migration", () => {
  it("moves small strings of every keyspace inline, recounts references and keeps digests", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "leither-db-migrate-"));
    // A node from before: only the first db migration ran.
    const old = openDatabase({ path: path.join(dir, "node.db"), schemas: [mimeiSchema, { namespace: "db", migrations: [dbSchema.migrations[0]!] }] });
    old.exec(`
      INSERT INTO db_spaces (space, mimei_id, kind, seq, created_at) VALUES (1, 'm', 'cur', 3, 0), (2, 'm', 'frozen', 2, 0);
      UPDATE db_spaces SET digest = 'd1' WHERE space = 2;
      INSERT INTO db_objects (oid, refs, value) VALUES (1, 2, CAST('1' AS BLOB)), (2, 1, CAST('${large}' AS BLOB)), (3, 1, NULL), (4, 1, CAST('2' AS BLOB));
      INSERT INTO db_objects (oid, refs, len) VALUES (5, 1, 1);
      INSERT INTO db_hash (oid, field, value) VALUES (5, CAST('f' AS BLOB), CAST('v' AS BLOB));
      INSERT INTO db_keys (space, key, type, oid, expires_at, seq) VALUES
        (1, CAST('a' AS BLOB), 1, 1, NULL, 1), (2, CAST('a' AS BLOB), 1, 1, NULL, 1),
        (1, CAST('big' AS BLOB), 1, 2, NULL, 2), (1, CAST('n' AS BLOB), 1, 4, 99999999999999, 3),
        (1, CAST('h' AS BLOB), 2, 5, NULL, 3);
    `);
    old.close();

    const t = createTestDb({}, dir);
    // The same content written now has the same digest.
    const same = t.newDb();
    const fresh = t.engine.open({ mimeiId: same });
    fresh.set("a", "1");
    fresh.set("big", large);
    fresh.set("n", "2", { ttlMs: 99999999999999 - t.clock.now() });
    fresh.hset("h", [["f", "v"]]);
    expect(t.engine.content.current("m")).toEqual(t.engine.content.current(same));
    await t.engine.content.remove(same);

    const kv = t.engine.open({ mimeiId: "m" });
    expect(text(kv.get("a"))).toBe("1");
    expect(text(kv.get("big"))).toBe(large);
    expect(kv.incr("n")).toBe(3n);
    expect(kv.pttl("n")).toBeGreaterThan(0);
    expect(text(kv.hget("h", "f"))).toBe("v");
    expect(kv.lastSeq()).toBe(4);
    // "a" (both keyspaces) and "n" moved inline; the orphan object 3 and the string objects went.
    expect(layout(t)).toEqual({ inline: 3, objects: 2 });
    expect(t.db.prepare("SELECT oid, refs FROM db_objects ORDER BY oid").all()).toEqual([
      { oid: 2, refs: 1 },
      { oid: 5, refs: 1 },
    ]);
    expect(text(t.engine.open({ mimeiId: "m", version: 1, digest: "d1" }).get("a"))).toBe("1");
  });
});
