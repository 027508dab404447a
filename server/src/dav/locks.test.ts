import { describe, expect, it } from "vitest";
import { createManualClock } from "../clock.js";
import { createLockManager, DEFAULT_LOCK_SECONDS, lockTimeout, MAX_LOCK_SECONDS, type NewLock } from "./locks.js";

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
    const locks = createLockManager({ clock: createManualClock() });
    const deep = locks.create(lockAt("/a"));
    const shallow = locks.create(lockAt("/b", { depth: "0" }));
    expect(locks.covering(M, "/a/x/y")).toEqual([deep]);
    expect(locks.covering(M, "/b")).toEqual([shallow]);
    expect(locks.covering(M, "/b/x")).toEqual([]);
    expect(locks.covering("other", "/a")).toEqual([]);
    expect(locks.below(M, "/")).toEqual([deep, shallow]);
  });

  it("finds conflicts: exclusive with anything overlapping, shared only with exclusive", () => {
    const locks = createLockManager({ clock: createManualClock() });
    locks.create(lockAt("/s/x", { scope: "shared", depth: "0" }));
    expect(locks.conflicts({ mimeiId: M, path: "/s/x", scope: "shared", depth: "0" })).toEqual([]);
    expect(locks.conflicts({ mimeiId: M, path: "/s/x", scope: "exclusive", depth: "0" })).toHaveLength(1);
    // A depth-infinity lock on an ancestor overlaps a lock below it.
    expect(locks.conflicts({ mimeiId: M, path: "/s", scope: "exclusive", depth: "infinity" })).toHaveLength(1);
    expect(locks.conflicts({ mimeiId: M, path: "/s", scope: "exclusive", depth: "0" })).toEqual([]);
  });

  it("forgets locks when they time out, and a refresh extends them", () => {
    const clock = createManualClock();
    const locks = createLockManager({ clock });
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
    const locks = createLockManager({ clock: createManualClock() });
    locks.create(lockAt("/a/b"));
    const keep = locks.create(lockAt("/ab"));
    locks.removeTree(M, "/a");
    expect(locks.below(M, "/")).toEqual([keep]);
  });

  it("makes unguessable tokens short enough for two content-hash ETags in a 200-byte If header", () => {
    const locks = createLockManager({ clock: createManualClock() });
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
