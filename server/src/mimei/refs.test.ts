import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { EMPTY_DIGEST } from "../store/index.js";
import { encodeFields } from "./canonical-encoding.js";
import { ALICE, BOB, createTestStore } from "./mimei-test-support.js";

const D1 = createHash("sha256").update("one").digest("hex");
const D2 = createHash("sha256").update("two").digest("hex");

function setup() {
  const t = createTestStore();
  const app = t.store.create(ALICE, { type: "app", mark: "app" }).mimeiId;
  const data = t.store.create(BOB, { type: "db", mark: "data" }).mimeiId;
  return { ...t, app, data };
}

describe("references", () => {
  it("count each target, a repeated target counting again", () => {
    const { store, app, data } = setup();
    expect(store.refs.add(app, [data, D1, D1])).toEqual({ count: 3, error: null });
    expect(store.refs.get(app, [])).toEqual([{ name: "cur", version: 0, counts: { [data]: 1, [D1]: 2 } }]);
    expect(store.refs.delete(app, [D1])).toEqual({ count: 1, error: null });
    expect(store.refs.get(app, ["cur"])[0]!.counts).toEqual({ [data]: 1, [D1]: 1 });
  });

  it("may point at MiMei stored elsewhere (any well-formed id)", () => {
    const { store, app } = setup();
    const remote = Buffer.alloc(20, 7).toString("base64url");
    expect(store.refs.add(app, [remote]).count).toBe(1);
  });

  it("stop at the first invalid target, keeping those before it and reporting the failure", () => {
    const { store, app, data } = setup();
    const outcome = store.refs.add(app, [D1, data, "not-a-target", D2]);
    expect(outcome.count).toBe(2);
    expect(outcome.error).toMatchObject({ kind: "invalid_argument", reason: "INVALID_REF_TARGET", metadata: { index: "2" } });
    expect(store.refs.get(app, [])[0]!.counts).toEqual({ [D1]: 1, [data]: 1 });
    expect(store.refs.add(app, [D1.toUpperCase()]).error?.reason).toBe("INVALID_REF_TARGET");
  });

  it("stop deleting at the first target cur does not reference", () => {
    const { store, app } = setup();
    store.refs.add(app, [D1, D2]);
    const outcome = store.refs.delete(app, [D1, D1, D2]);
    expect(outcome.count).toBe(1);
    expect(outcome.error).toMatchObject({ kind: "not_found", reason: "REF_UNKNOWN", metadata: { index: "1", target: D1 } });
    expect(store.refs.get(app, [])[0]!.counts).toEqual({ [D2]: 1 });
  });

  it("are reported per version, frozen with each backup", async () => {
    const { store, app } = setup();
    store.refs.add(app, [D1]);
    await store.versions.backup(app, ALICE);
    store.refs.add(app, [D2]);
    await store.versions.release(app, "cur", ALICE);
    store.refs.delete(app, [D1, D2]);
    expect(store.refs.get(app, ["1", "last", "release", "cur"])).toEqual([
      { name: "1", version: 1, counts: { [D1]: 1 } },
      { name: "2", version: 2, counts: { [D1]: 1, [D2]: 1 } },
      { name: "2", version: 2, counts: { [D1]: 1, [D2]: 1 } },
      { name: "cur", version: 0, counts: {} },
    ]);
    expect(() => store.refs.get(app, ["9"])).toThrow(expect.objectContaining({ reason: "NO_SUCH_VERSION" }));
  });

  it("name who references a target", async () => {
    const { store, app, data } = setup();
    store.refs.add(app, [data, data]);
    await store.versions.backup(app, ALICE);
    expect(store.refs.referrers(data)).toEqual([
      { mimeiId: app, version: 0, count: 2 },
      { mimeiId: app, version: 1, count: 2 },
    ]);
  });
});

describe("deleting a MiMei", () => {
  it("is refused while another MiMei's cur or any version references it", async () => {
    const { store, app, data } = setup();
    store.refs.add(app, [data]);
    await store.versions.backup(app, ALICE);
    store.refs.delete(app, [data]);
    // cur no longer references it, version 1 still does
    await expect(store.delete(data)).rejects.toMatchObject({
      kind: "failed_precondition",
      reason: "REFERENCED",
      metadata: { referenced_by: app, version: "1" },
    });
    store.versions.delete(app, [1]);
    await store.delete(data);
    expect(store.exists(data)).toBe(false);
  });

  it("is not blocked by the MiMei's references to itself", async () => {
    const { store, app } = setup();
    store.refs.add(app, [app]);
    await store.versions.backup(app, ALICE);
    await store.delete(app);
    expect(store.exists(app)).toBe(false);
  });

  it("removes its versions, rights and references", async () => {
    const { store, app, data, db } = setup();
    store.refs.add(app, [data, D1]);
    store.rights.set(app, BOB, 1);
    await store.versions.backup(app, ALICE);
    await store.delete(app);
    for (const table of ["mimei_versions", "mimei_rights", "mimei_refs"]) {
      expect(db.prepare(`SELECT COUNT(*) AS n FROM ${table} WHERE mimei_id = ?`).get(app)).toEqual({ n: 0 });
    }
    await store.delete(data); // no longer referenced
    await expect(store.delete(data)).rejects.toMatchObject({ kind: "not_found", reason: "MIMEI_UNKNOWN" });
  });
});

describe("referenced digests (for blob GC)", () => {
  it("cover cur digests, version digests and digest references, not MiMei ids", async () => {
    const t = setup();
    const { store, app, data } = t;
    const one = await t.blob("one");
    await store.setCurrent(app, one.digest, one.size);
    await store.versions.backup(app, ALICE);
    const two = await t.blob("two!");
    await store.setCurrent(app, two.digest, two.size);
    store.refs.add(app, [data, D2]);
    expect([...store.referencedDigests()].sort()).toEqual([EMPTY_DIGEST, one.digest, two.digest, D2].sort());
  });
});

describe("sum", () => {
  it("is the content digest without references, and covers sorted references with them", async () => {
    const t = setup();
    const { store, app } = t;
    const one = await t.blob("one");
    await store.setCurrent(app, one.digest, one.size);
    expect(store.sum(app, "", false)).toEqual({ digest: one.digest, version: 0 });
    store.refs.add(app, [D2, D1, D2]);
    const pairs = [[D1, "1"], [D2, "2"]].sort(([a], [b]) => (a! < b! ? -1 : 1)).flat() as string[];
    const expected = createHash("sha256").update(encodeFields(["leither.mimei.sum.v1", one.digest, ...pairs])).digest("hex");
    expect(store.sum(app, "cur", true)).toEqual({ digest: expected, version: 0 });

    await store.versions.backup(app, ALICE);
    expect(store.sum(app, "last", true)).toEqual({ digest: expected, version: 1 });
    store.refs.delete(app, [D2]);
    expect(store.sum(app, "cur", true).digest).not.toBe(expected);
    expect(store.sum(app, "1", false).digest).toBe(one.digest);
  });

  it("equals across replicas holding the same content and references", () => {
    const a = setup();
    const b = setup();
    a.store.refs.add(a.app, [D1, D2]);
    b.store.refs.add(b.app, [D2, D1]);
    expect(a.store.sum(a.app, "", true)).toEqual(b.store.sum(b.app, "", true));
  });
});
