import { describe, expect, it } from "vitest";
import { EMPTY_DIGEST } from "../store/index.js";
import type { ContentEngine } from "./content-engine.js";
import { checkMiMeiInvariants } from "./invariants.js";
import { encodePageToken } from "./listing.js";
import { ALICE, BOB, CAROL, createTestStore } from "./mimei-test-support.js";
import { RIGHT, type ContentState } from "./types.js";

describe("info and exists", () => {
  it("describe a MiMei and its cur", async () => {
    const t = createTestStore();
    const created = t.clock.now();
    const { mimeiId } = t.store.create(ALICE, { type: "mmfs", appId: "blog", ext: "site", mark: "m" });
    t.clock.advance(1000);
    const b = await t.blob("hello");
    await t.store.setCurrent(mimeiId, b.digest, b.size);
    expect(t.store.info(mimeiId)).toEqual({
      mimeiId,
      type: "mmfs",
      authorId: ALICE,
      appId: "blog",
      ext: "site",
      mark: "m",
      createdAt: created,
      modifiedAt: created + 1000,
      lastVersion: 0,
      releaseVersion: 0,
      curDigest: b.digest,
      curSize: 5,
    });
    expect(t.store.exists(mimeiId)).toBe(true);
    expect(t.store.exists(Buffer.alloc(20, 3).toString("base64url"))).toBe(false);
    expect(t.store.exists("not an id")).toBe(false);
  });
});

describe("setCurrent", () => {
  it("points cur at a stored blob of the given size", async () => {
    const t = createTestStore();
    const { mimeiId } = t.store.create(ALICE, { type: "file" });
    const b = await t.blob("content");
    await expect(t.store.setCurrent(mimeiId, "XYZ", 1)).rejects.toMatchObject({ reason: "INVALID_DIGEST" });
    await expect(t.store.setCurrent(mimeiId, b.digest, -1)).rejects.toMatchObject({ reason: "INVALID_SIZE" });
    await expect(t.store.setCurrent(mimeiId, b.digest, 3)).rejects.toMatchObject({ reason: "SIZE_MISMATCH" });
    await expect(t.store.setCurrent(mimeiId, EMPTY_DIGEST, 1)).rejects.toMatchObject({ reason: "SIZE_MISMATCH" });
    await expect(t.store.setCurrent(mimeiId, "a".repeat(64), 1)).rejects.toMatchObject({ kind: "not_found", reason: "BLOB_UNKNOWN" });
    await t.store.setCurrent(mimeiId, b.digest, b.size);
    await t.store.setCurrent(mimeiId, EMPTY_DIGEST, 0); // emptying needs no blob
    expect(t.store.info(mimeiId).curDigest).toBe(EMPTY_DIGEST);
  });
});

describe("list", () => {
  it("lists an author's MiMei newest first, in pages", () => {
    const t = createTestStore();
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      ids.push(t.store.create(ALICE, { type: i % 2 ? "db" : "file", appId: i < 2 ? "a" : "b", mark: `m${i}` }).mimeiId);
      t.clock.advance(1);
    }
    t.store.create(BOB, { type: "file", mark: "other" });
    const newestFirst = [...ids].reverse();

    const p1 = t.store.list(ALICE, { pageSize: 2 });
    expect(p1.items.map((i) => i.mimeiId)).toEqual(newestFirst.slice(0, 2));
    const p2 = t.store.list(ALICE, { pageSize: 2, pageToken: p1.nextPageToken });
    const p3 = t.store.list(ALICE, { pageSize: 2, pageToken: p2.nextPageToken });
    expect([...p2.items, ...p3.items].map((i) => i.mimeiId)).toEqual(newestFirst.slice(2));
    expect(p3.nextPageToken).toBe("");
    expect(t.store.list(ALICE).items).toHaveLength(5);
    expect(t.store.list(CAROL)).toEqual({ items: [], nextPageToken: "" });
  });

  it("keeps pages stable for MiMei created in the same millisecond", () => {
    const t = createTestStore();
    const ids = Array.from({ length: 7 }, (_, i) => t.store.create(ALICE, { type: "file", mark: `${i}` }).mimeiId);
    const seen: string[] = [];
    let token = "";
    do {
      const page = t.store.list(ALICE, { pageSize: 3, pageToken: token });
      seen.push(...page.items.map((i) => i.mimeiId));
      token = page.nextPageToken;
    } while (token);
    expect(seen).toEqual([...ids].sort().reverse());
  });

  it("filters by type and app", () => {
    const t = createTestStore();
    t.store.create(ALICE, { type: "file", appId: "a", mark: "1" });
    t.store.create(ALICE, { type: "db", appId: "a", mark: "2" });
    t.store.create(ALICE, { type: "db", appId: "b", mark: "3" });
    expect(t.store.list(ALICE, { type: "db" }).items.map((i) => i.mark).sort()).toEqual(["2", "3"]);
    expect(t.store.list(ALICE, { type: "db", appId: "a" }).items.map((i) => i.mark)).toEqual(["2"]);
  });

  it("caps the page size and refuses foreign tokens", () => {
    const t = createTestStore();
    for (let i = 0; i < 3; i++) t.store.create(ALICE, { type: "file", mark: `${i}` });
    expect(t.store.list(ALICE, { pageSize: 5000 }).items).toHaveLength(3);
    expect(() => t.store.list(ALICE, { pageSize: -1 })).toThrow(expect.objectContaining({ reason: "BAD_PAGE_SIZE" }));
    expect(() => t.store.list(ALICE, { pageToken: "garbage" })).toThrow(expect.objectContaining({ kind: "invalid_argument", reason: "BAD_PAGE_TOKEN" }));
    expect(() => t.store.list(ALICE, { pageToken: encodePageToken({ createdAt: 1, id: "x" }) })).toThrow(
      expect.objectContaining({ reason: "BAD_PAGE_TOKEN" }),
    );
  });
});

describe("content engines", () => {
  it("let a type keep its own content; versions freeze and restore through it", async () => {
    // A toy engine holding cur in memory, frozen by digest.
    const cur = new Map<string, ContentState>();
    const calls: string[] = [];
    const engine: ContentEngine = {
      current: (id) => cur.get(id) ?? { digest: EMPTY_DIGEST, size: 0 },
      freeze: async (id) => (calls.push("freeze"), cur.get(id) ?? { digest: EMPTY_DIGEST, size: 0 }),
      restore: async (id, frozen) => void (calls.push("restore"), cur.set(id, frozen)),
      remove: async (id) => void (calls.push("remove"), cur.delete(id)),
    };
    const t = createTestStore({ engines: { db: engine } });
    const { mimeiId } = t.store.create(ALICE, { type: "db", mark: "kv" });
    cur.set(mimeiId, { digest: "b".repeat(64), size: 10 });
    expect(t.store.info(mimeiId)).toMatchObject({ curDigest: "b".repeat(64), curSize: 10 });
    await t.store.versions.backup(mimeiId, ALICE);
    cur.set(mimeiId, { digest: "c".repeat(64), size: 20 });
    await t.store.versions.restore(mimeiId, "1");
    expect(cur.get(mimeiId)?.digest).toBe("b".repeat(64));
    await expect(t.store.setCurrent(mimeiId, EMPTY_DIGEST, 0)).rejects.toMatchObject({ reason: "NOT_BLOB_CONTENT" });
    await t.store.delete(mimeiId);
    expect(calls).toEqual(["freeze", "restore", "remove"]);
  });
});

describe("restart", () => {
  it("keeps MiMei, versions, rights and references in the database file", async () => {
    const t = createTestStore();
    const { mimeiId } = t.store.create(ALICE, { type: "file", mark: "keep", publicRights: RIGHT.READ });
    const other = t.store.create(BOB, { type: "db", mark: "target" }).mimeiId;
    const b = await t.blob("v1");
    await t.store.setCurrent(mimeiId, b.digest, b.size);
    t.store.refs.add(mimeiId, [other, b.digest]);
    await t.store.versions.release(mimeiId, "cur", ALICE);
    t.store.rights.set(mimeiId, BOB, RIGHT.WRITE);
    const before = { info: t.store.info(mimeiId), versions: t.store.versions.list(mimeiId), refs: t.store.refs.get(mimeiId, ["cur", "1"]) };

    const after = t.restart();
    expect(after.store.info(mimeiId)).toEqual(before.info);
    expect(after.store.versions.list(mimeiId)).toEqual(before.versions);
    expect(after.store.refs.get(mimeiId, ["cur", "1"])).toEqual(before.refs);
    expect(after.store.rights.effective(mimeiId, BOB)).toBe(RIGHT.READ | RIGHT.WRITE);
    expect(after.store.create(ALICE, { type: "file", mark: "keep" }).created).toBe(false);
    await expect(after.store.delete(other)).rejects.toMatchObject({ reason: "REFERENCED" });
    // numbering continues where it stopped
    const c = await after.blob("v2");
    await after.store.setCurrent(mimeiId, c.digest, c.size);
    expect((await after.store.versions.backup(mimeiId, ALICE)).version).toBe(2);
    expect(checkMiMeiInvariants(after.db)).toEqual([]);
  });
});
