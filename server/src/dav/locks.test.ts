import { describe, expect, it } from "vitest";
import { createManualClock, type Clock } from "../clock.js";
import { openDatabase } from "../store/index.js";
import { createLockManager, DEFAULT_LOCK_SECONDS, lockTimeout, MAX_LOCK_SECONDS, type NewLock } from "./locks.js";
import { davSchema } from "./schema.js";

const memoryDb = () => openDatabase({ path: ":memory:", schemas: [davSchema] });
const manager = (clock: Clock = createManualClock(), db = memoryDb()) => createLockManager({ clock, db });

const M = "mimei";
const lockAt = (path: string, over: Partial<NewLock> = {}): NewLock => ({
  mimeiId: M,
  path,
  collection: true,
  scope: "exclusive",
  depth: "infinity",
  owner: "",
  userId: "alice",
  timeoutSeconds: 60,
  ...over,
});

describe("the lock manager", () => {
  it("covers the lock root, and everything below it at depth infinity only", () => {
    const locks = manager();
    const deep = locks.create(lockAt("/a"));
    const shallow = locks.create(lockAt("/b", { depth: "0" }));
    expect(locks.covering(M, "/a/x/y")).toEqual([deep]);
    expect(locks.covering(M, "/b")).toEqual([shallow]);
    expect(locks.covering(M, "/b/x")).toEqual([]);
    expect(locks.covering("other", "/a")).toEqual([]);
    expect(locks.below(M, "/")).toEqual([deep, shallow]);
  });

  it("finds conflicts: exclusive with anything overlapping, shared only with exclusive", () => {
    const locks = manager();
    locks.create(lockAt("/s/x", { scope: "shared", depth: "0" }));
    expect(locks.conflicts({ mimeiId: M, path: "/s/x", scope: "shared", depth: "0" })).toEqual([]);
    expect(locks.conflicts({ mimeiId: M, path: "/s/x", scope: "exclusive", depth: "0" })).toHaveLength(1);
    // A depth-infinity lock on an ancestor overlaps a lock below it.
    expect(locks.conflicts({ mimeiId: M, path: "/s", scope: "exclusive", depth: "infinity" })).toHaveLength(1);
    expect(locks.conflicts({ mimeiId: M, path: "/s", scope: "exclusive", depth: "0" })).toEqual([]);
  });

  it("forgets locks when they time out, and a refresh extends them", () => {
    const clock = createManualClock();
    const locks = manager(clock);
    const l = locks.create(lockAt("/a"));
    clock.advance(59_000);
    locks.refresh(l.token, 60);
    clock.advance(59_000);
    expect(locks.get(l.token)).toBe(l);
    clock.advance(2_000);
    expect(locks.get(l.token)).toBeUndefined();
    expect(locks.covering(M, "/a")).toEqual([]);
    expect(locks.count()).toBe(0);
  });

  it("drops the locks rooted at or below a removed path", () => {
    const locks = manager();
    locks.create(lockAt("/a/b"));
    const keep = locks.create(lockAt("/ab"));
    locks.removeTree(M, "/a");
    expect(locks.below(M, "/")).toEqual([keep]);
  });

  it("keeps locks across a restart (a new manager over the same database), as they were last granted", () => {
    const clock = createManualClock();
    const db = memoryDb();
    const before = manager(clock, db);
    const held = before.create(lockAt("/docs", { scope: "shared", depth: "0", collection: false, owner: "<D:href>mailto:a@x</D:href>", timeoutSeconds: 600 }));
    const refreshed = before.create(lockAt("/b"));
    before.refresh(refreshed.token, 3600);
    const unlocked = before.create(lockAt("/c"));
    before.remove(unlocked.token);
    const removedWithTree = before.create(lockAt("/d/e"));
    before.removeTree(M, "/d");
    const expiring = before.create(lockAt("/f", { timeoutSeconds: 1 }));
    clock.advance(2_000);

    const after = manager(clock, db);
    expect(after.get(held.token)).toEqual(held);
    expect(after.get(refreshed.token)?.expiresAt).toBe(refreshed.expiresAt);
    for (const gone of [unlocked, removedWithTree, expiring]) expect(after.get(gone.token)).toBeUndefined();
    expect(after.count()).toBe(2);
    // And what the new manager changes is kept in turn.
    after.remove(held.token);
    expect(manager(clock, db).count()).toBe(1);
  });

  it("makes unguessable tokens short enough for two content-hash ETags in a 200-byte If header", () => {
    const locks = manager();
    const a = locks.create(lockAt("/a")).token;
    const b = locks.create(lockAt("/b")).token;
    expect(a).not.toBe(b);
    expect(a).toMatch(/^leither-lock:[A-Za-z0-9_-]{22}$/);
    const etag = `"${"0".repeat(64)}"`;
    expect(`(<${a}> [${etag}]) (Not <DAV:no-lock> [${etag}])`.length).toBeLessThan(200);
  });
});

describe("lock timeouts", () => {
  it("take the first usable value of the Timeout header, bounded", () => {
    expect(lockTimeout(undefined)).toBe(DEFAULT_LOCK_SECONDS);
    expect(lockTimeout("Second-600")).toBe(600);
    expect(lockTimeout("Infinite, Second-600")).toBe(MAX_LOCK_SECONDS);
    expect(lockTimeout("bogus, Second-4100000000")).toBe(MAX_LOCK_SECONDS);
    expect(lockTimeout("Second-0")).toBe(1);
  });
});
