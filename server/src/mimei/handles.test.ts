import { describe, expect, it } from "vitest";
import { EMPTY_DIGEST } from "../store/index.js";
import { DEFAULT_HANDLE_IDLE_MS } from "./handles.js";
import { ALICE, BOB, createTestStore } from "./mimei-test-support.js";

const MINUTE = 60_000;

async function setup() {
  const t = createTestStore();
  const { mimeiId } = t.store.create(ALICE, { type: "file", mark: "h" });
  const one = await t.blob("one");
  await t.store.setCurrent(mimeiId, one.digest, one.size);
  await t.store.versions.backup(mimeiId, ALICE);
  return { ...t, mimeiId, one };
}

describe("handles", () => {
  it("open cur read-write with the write right, 40 hex characters like the original mmsid", async () => {
    const { store, mimeiId, one, clock } = await setup();
    const h = store.open(mimeiId, "cur", { userId: ALICE, canWrite: true });
    expect(h).toMatchObject({ mimeiId, type: "file", version: 0, readOnly: false, digest: one.digest, userId: ALICE });
    expect(h.handle).toMatch(/^[0-9a-f]{40}$/);
    expect(h.expiresAt).toBe(clock.now() + DEFAULT_HANDLE_IDLE_MS);
    expect(store.handles.resolveForWrite(h.handle, ALICE).mimeiId).toBe(mimeiId);
  });

  it("open cur read-only without the write right", async () => {
    const { store, mimeiId } = await setup();
    const h = store.open(mimeiId, "", { userId: BOB, canWrite: false });
    expect(h.readOnly).toBe(true);
    expect(() => store.handles.resolveForWrite(h.handle, BOB)).toThrow(expect.objectContaining({ reason: "HANDLE_READ_ONLY" }));
  });

  it("open every numbered version read-only: frozen versions refuse writes", async () => {
    const { store, mimeiId, one } = await setup();
    for (const name of ["1", "last"]) {
      const h = store.open(mimeiId, name, { userId: ALICE, canWrite: true });
      expect(h).toMatchObject({ version: 1, readOnly: true, digest: one.digest });
      expect(() => store.handles.resolveForWrite(h.handle, ALICE)).toThrow(
        expect.objectContaining({ kind: "failed_precondition", reason: "VERSION_FROZEN" }),
      );
    }
    expect(() => store.open(mimeiId, "release", { userId: ALICE, canWrite: true })).toThrow(expect.objectContaining({ reason: "NO_SUCH_VERSION" }));
  });

  it("expire after the idle period, each use renewing it", async () => {
    const { store, mimeiId, clock } = await setup();
    const h = store.open(mimeiId, "cur", { userId: ALICE, canWrite: true });
    clock.advance(9 * MINUTE);
    expect(store.handles.resolve(h.handle, ALICE).expiresAt).toBe(clock.now() + 10 * MINUTE);
    clock.advance(9 * MINUTE); // 18 minutes after opening, 9 after the last use
    store.handles.resolve(h.handle, ALICE);
    clock.advance(10 * MINUTE);
    expect(() => store.handles.resolve(h.handle, ALICE)).toThrow(expect.objectContaining({ kind: "not_found", reason: "HANDLE_EXPIRED" }));
    expect(() => store.handles.resolve(h.handle, ALICE)).toThrow(expect.objectContaining({ reason: "HANDLE_UNKNOWN" }));
  });

  it("honour a configured idle period and drop expired handles from the count", async () => {
    const t = createTestStore({ handleIdleMs: 1000 });
    const { mimeiId } = t.store.create(ALICE, { type: "db", mark: "x" });
    t.store.open(mimeiId, "", { userId: ALICE, canWrite: true });
    t.store.open(mimeiId, "", { userId: null, canWrite: false });
    expect(t.store.handles.count()).toBe(2);
    t.clock.advance(1000);
    expect(t.store.handles.count()).toBe(0);
  });

  it("belong to whoever opened them", async () => {
    const { store, mimeiId } = await setup();
    const mine = store.open(mimeiId, "cur", { userId: ALICE, canWrite: true });
    const guest = store.open(mimeiId, "1", { userId: null, canWrite: false });
    expect(() => store.handles.resolve(mine.handle, BOB)).toThrow(expect.objectContaining({ kind: "permission_denied", reason: "HANDLE_NOT_YOURS" }));
    expect(() => store.handles.resolve(mine.handle, null)).toThrow(expect.objectContaining({ reason: "HANDLE_NOT_YOURS" }));
    expect(() => store.handles.close(mine.handle, BOB)).toThrow(expect.objectContaining({ reason: "HANDLE_NOT_YOURS" }));
    expect(store.handles.resolve(guest.handle, null).version).toBe(1);
  });

  it("close at once, and closing again reports false", async () => {
    const { store, mimeiId } = await setup();
    const h = store.open(mimeiId, "cur", { userId: ALICE, canWrite: true });
    expect(store.handles.close(h.handle, ALICE)).toBe(true);
    expect(store.handles.close(h.handle, ALICE)).toBe(false);
    expect(() => store.handles.resolve(h.handle, ALICE)).toThrow(expect.objectContaining({ reason: "HANDLE_UNKNOWN" }));
  });

  it("close when their version or their MiMei is deleted", async () => {
    const { store, mimeiId } = await setup();
    const onCur = store.open(mimeiId, "cur", { userId: ALICE, canWrite: true });
    const onOne = store.open(mimeiId, "1", { userId: ALICE, canWrite: true });
    store.versions.delete(mimeiId, [1]);
    expect(() => store.handles.resolve(onOne.handle, ALICE)).toThrow(expect.objectContaining({ reason: "HANDLE_UNKNOWN" }));
    expect(store.handles.resolve(onCur.handle, ALICE).digest).not.toBe(EMPTY_DIGEST);
    await store.delete(mimeiId);
    expect(store.handles.count()).toBe(0);
  });

  it("do not survive a restart", async () => {
    const t = await setup();
    const h = t.store.open(t.mimeiId, "cur", { userId: ALICE, canWrite: true });
    const after = t.restart();
    expect(() => after.store.handles.resolve(h.handle, ALICE)).toThrow(expect.objectContaining({ reason: "HANDLE_UNKNOWN" }));
  });
});
