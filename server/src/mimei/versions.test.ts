import { describe, expect, it } from "vitest";
import { EMPTY_DIGEST } from "../store/index.js";
import { checkMiMeiInvariants } from "./invariants.js";
import { ALICE, BOB, createTestStore } from "./mimei-test-support.js";

async function setup() {
  const t = createTestStore();
  const { mimeiId } = t.store.create(ALICE, { type: "file", ext: "txt", mark: "doc" });
  const write = async (text: string) => {
    const b = await t.blob(text);
    await t.store.setCurrent(mimeiId, b.digest, b.size);
    return b;
  };
  const versionCount = () => (t.db.prepare("SELECT COUNT(*) AS n FROM mimei_versions").get() as { n: number }).n;
  return { ...t, mimeiId, write, versionCount };
}

describe("backup", () => {
  it("freezes cur into version 1, then the next numbers, and moves last", async () => {
    const { store, mimeiId, write } = await setup();
    const one = await write("one");
    expect(await store.versions.backup(mimeiId, ALICE, "first")).toEqual({ version: 1, created: true, digest: one.digest });
    const two = await write("two");
    expect(await store.versions.backup(mimeiId, BOB)).toEqual({ version: 2, created: true, digest: two.digest });
    const list = store.versions.list(mimeiId);
    expect(list).toMatchObject({ last: 2, release: 0, curDigest: two.digest, curSize: 3 });
    expect(list.versions.map((v) => [v.version, v.digest, v.memo, v.createdBy])).toEqual([
      [1, one.digest, "first", ALICE],
      [2, two.digest, "", BOB],
    ]);
  });

  it("stores nothing when cur equals last in content and references", async () => {
    const { store, mimeiId, write, versionCount } = await setup();
    const one = await write("one");
    store.refs.add(mimeiId, [one.digest]);
    await store.versions.backup(mimeiId, ALICE);
    expect(await store.versions.backup(mimeiId, ALICE)).toEqual({ version: 1, created: false, digest: one.digest });
    await write("one"); // same bytes written again
    expect((await store.versions.backup(mimeiId, ALICE)).created).toBe(false);
    expect(versionCount()).toBe(1);
  });

  it("counts a change of references alone as a change", async () => {
    const { store, mimeiId } = await setup();
    await store.versions.backup(mimeiId, ALICE);
    store.refs.add(mimeiId, [EMPTY_DIGEST]);
    expect(await store.versions.backup(mimeiId, ALICE)).toMatchObject({ version: 2, created: true });
    store.refs.add(mimeiId, [EMPTY_DIGEST]); // the count changes, not the set of targets
    expect(await store.versions.backup(mimeiId, ALICE)).toMatchObject({ version: 3, created: true });
  });

  it("backs up empty content as a version too", async () => {
    const { store, mimeiId } = await setup();
    expect(await store.versions.backup(mimeiId, null)).toEqual({ version: 1, created: true, digest: EMPTY_DIGEST });
    expect(store.versions.get(mimeiId, 1).createdBy).toBe("");
  });

  it("never reuses a number, even after the newest version is deleted", async () => {
    const { store, mimeiId, write } = await setup();
    await write("a");
    await store.versions.backup(mimeiId, ALICE);
    await write("b");
    await store.versions.backup(mimeiId, ALICE);
    store.versions.delete(mimeiId, [2]);
    await write("c");
    expect((await store.versions.backup(mimeiId, ALICE)).version).toBe(3);
  });

  it("keeps frozen versions unchanged while cur is written", async () => {
    const { store, mimeiId, write } = await setup();
    const one = await write("one");
    store.refs.add(mimeiId, [one.digest]);
    await store.versions.backup(mimeiId, ALICE);
    await write("changed");
    store.refs.add(mimeiId, [one.digest, EMPTY_DIGEST]);
    store.refs.delete(mimeiId, [one.digest]);
    expect(store.versions.get(mimeiId, 1).digest).toBe(one.digest);
    expect(store.refs.get(mimeiId, ["1"])[0]!.counts).toEqual({ [one.digest]: 1 });
  });
});

describe("release", () => {
  it("publishes last, a number, or cur after backing it up", async () => {
    const { store, mimeiId, write } = await setup();
    await write("a");
    await store.versions.backup(mimeiId, ALICE);
    expect(await store.versions.release(mimeiId, "last", ALICE)).toBe(1);
    await write("b");
    expect(await store.versions.release(mimeiId, "cur", ALICE)).toBe(2);
    expect(store.versions.list(mimeiId)).toMatchObject({ last: 2, release: 2 });
    expect(await store.versions.release(mimeiId, "1", ALICE)).toBe(1);
    expect(await store.versions.release(mimeiId, "cur", ALICE)).toBe(2); // unchanged cur: no new version
    expect(store.versions.list(mimeiId).versions).toHaveLength(2);
  });

  it("refuses versions that do not exist", async () => {
    const { store, mimeiId } = await setup();
    for (const name of ["last", "release", "7"]) {
      await expect(store.versions.release(mimeiId, name, ALICE)).rejects.toMatchObject({ kind: "not_found", reason: "NO_SUCH_VERSION" });
    }
    await expect(store.versions.release(mimeiId, "1.5", ALICE)).rejects.toMatchObject({ reason: "BAD_VERSION" });
  });
});

describe("restore", () => {
  it("makes a version's content and references cur again, and backup keeps working", async () => {
    const { store, mimeiId, write, clock } = await setup();
    const one = await write("one");
    store.refs.add(mimeiId, [one.digest]);
    await store.versions.backup(mimeiId, ALICE);
    const two = await write("two");
    store.refs.delete(mimeiId, [one.digest]);
    await store.versions.backup(mimeiId, ALICE);
    clock.advance(5000);

    expect(await store.versions.restore(mimeiId, "1")).toEqual({ version: 1, digest: one.digest });
    const info = store.info(mimeiId);
    expect(info).toMatchObject({ curDigest: one.digest, curSize: 3, lastVersion: 2, modifiedAt: clock.now() });
    expect(store.refs.get(mimeiId, [])[0]!.counts).toEqual({ [one.digest]: 1 });

    // cur now differs from last (2), so a backup stores it as 3
    expect(await store.versions.backup(mimeiId, ALICE)).toEqual({ version: 3, created: true, digest: one.digest });
    await store.versions.restore(mimeiId, "2");
    expect(store.info(mimeiId).curDigest).toBe(two.digest);
    expect(store.refs.get(mimeiId, ["cur"])[0]!.counts).toEqual({});
  });

  it("takes last and release by name, and refuses cur", async () => {
    const { store, mimeiId, write } = await setup();
    await write("a");
    await store.versions.release(mimeiId, "cur", ALICE);
    await write("b");
    await store.versions.backup(mimeiId, ALICE);
    expect((await store.versions.restore(mimeiId, "release")).version).toBe(1);
    expect((await store.versions.restore(mimeiId, "last")).version).toBe(2);
    await expect(store.versions.restore(mimeiId, "cur")).rejects.toMatchObject({ kind: "invalid_argument", reason: "CUR_NOT_RESTORABLE" });
  });
});

describe("deleteVersions", () => {
  async function threeVersions() {
    const s = await setup();
    for (const text of ["a", "b", "c"]) {
      await s.write(text);
      await s.store.versions.backup(s.mimeiId, ALICE);
    }
    return s;
  }

  it("deletes versions and their references, and moves last to the newest remaining", async () => {
    const { store, mimeiId, db } = await threeVersions();
    store.refs.add(mimeiId, [EMPTY_DIGEST]);
    await store.versions.backup(mimeiId, ALICE); // 4, with a ref
    expect(store.versions.delete(mimeiId, [4, 3, 4])).toBe(2);
    expect(store.versions.list(mimeiId)).toMatchObject({ last: 2 });
    expect(db.prepare("SELECT COUNT(*) AS n FROM mimei_refs WHERE version = 4").get()).toEqual({ n: 0 });
    expect(store.versions.delete(mimeiId, [1, 2])).toBe(2);
    expect(store.versions.list(mimeiId)).toMatchObject({ last: 0, versions: [] });
    expect(store.versions.delete(mimeiId, [])).toBe(0);
  });

  it("is all or nothing: one unknown version deletes none", async () => {
    const { store, mimeiId } = await threeVersions();
    expect(() => store.versions.delete(mimeiId, [1, 9])).toThrow(expect.objectContaining({ kind: "not_found", reason: "VERSION_UNKNOWN" }));
    expect(store.versions.list(mimeiId).versions.map((v) => v.version)).toEqual([1, 2, 3]);
  });

  it("refuses the released version", async () => {
    const { store, mimeiId } = await threeVersions();
    await store.versions.release(mimeiId, "2", ALICE);
    expect(() => store.versions.delete(mimeiId, [1, 2])).toThrow(expect.objectContaining({ kind: "failed_precondition", reason: "VERSION_RELEASED" }));
    expect(store.versions.list(mimeiId).versions).toHaveLength(3);
    await store.versions.release(mimeiId, "3", ALICE);
    expect(store.versions.delete(mimeiId, [1, 2])).toBe(2);
  });

  it("refuses malformed numbers", async () => {
    const { store, mimeiId } = await threeVersions();
    expect(() => store.versions.delete(mimeiId, [0])).toThrow(expect.objectContaining({ reason: "BAD_VERSION" }));
  });

  it("leaves the tables consistent", async () => {
    const { db, store, mimeiId } = await threeVersions();
    store.versions.delete(mimeiId, [2]);
    expect(checkMiMeiInvariants(db)).toEqual([]);
  });
});

describe("resolve", () => {
  it("names cur 0 and the special versions by their numbers", async () => {
    const { store, mimeiId, write } = await setup();
    expect(store.versions.resolve(mimeiId, "")).toBe(0);
    expect(store.versions.resolve(mimeiId, "cur")).toBe(0);
    expect(() => store.versions.resolve(mimeiId, "last")).toThrow(expect.objectContaining({ reason: "NO_SUCH_VERSION" }));
    await store.versions.backup(mimeiId, ALICE);
    await write("x");
    await store.versions.backup(mimeiId, ALICE);
    await store.versions.release(mimeiId, "1", ALICE);
    expect([store.versions.resolve(mimeiId, "last"), store.versions.resolve(mimeiId, "release"), store.versions.resolve(mimeiId, "2")]).toEqual([2, 1, 2]);
    expect(() => store.versions.resolve(mimeiId, "3")).toThrow(expect.objectContaining({ kind: "not_found", reason: "NO_SUCH_VERSION" }));
    expect(() => store.versions.resolve(mimeiId, "-1")).toThrow(expect.objectContaining({ kind: "invalid_argument", reason: "BAD_VERSION" }));
  });
});
