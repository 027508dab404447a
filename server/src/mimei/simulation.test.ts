// Seeded random operation sequences against the store and a small in-memory model of what it
// should hold; after every step the named invariants must hold and the store must match the model.
import { describe, expect, it } from "vitest";
import { LeitherError } from "../errors.js";
import { EMPTY_DIGEST } from "../store/index.js";
import { checkMiMeiInvariants } from "./invariants.js";
import { ALICE, BOB, CAROL, createTestStore } from "./mimei-test-support.js";
import { MIMEI_TYPES } from "./types.js";

/** mulberry32: a tiny seeded PRNG, so a failing seed replays exactly. */
function createRandom(seed: number) {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  return { int, pick: <T>(items: readonly T[]): T => items[int(items.length)]!, bytes: (n: number) => Uint8Array.from({ length: n }, () => int(256)) };
}

interface ModelMiMei {
  author: string;
  cur: { digest: string; refs: Map<string, number> };
  versions: Map<number, { digest: string; refs: Map<string, number> }>;
  last: number;
  release: number;
  next: number;
}

const sameMap = (a: Map<string, number>, b: Map<string, number>) => a.size === b.size && [...a].every(([k, v]) => b.get(k) === v);

async function run(seed: number, steps: number) {
  const rnd = createRandom(seed);
  const t = createTestStore({ random: rnd.bytes });
  const { store, db } = t;
  const blobs = [{ digest: EMPTY_DIGEST, size: 0 }];
  for (const text of ["a", "bb", "ccc"]) blobs.push(await t.blob(text));
  const model = new Map<string, ModelMiMei>();
  const ids = () => [...model.keys()];
  const log: string[] = [];
  const outcomes = { done: 0, refused: 0 };

  const refTargets = () => [...ids(), blobs[1]!.digest, blobs[2]!.digest, "bad target"];
  const versionName = (m: ModelMiMei | undefined) =>
    rnd.pick(["cur", "", "last", "release", String(1 + rnd.int((m?.next ?? 1) + 1)), "-1"]);

  for (let step = 0; step < steps; step++) {
    const op = rnd.int(11);
    const id = ids().length ? rnd.pick(ids()) : undefined;
    const m = id ? model.get(id) : undefined;
    log.push(`${step}: op ${op} on ${id ?? "-"}`);
    try {
      if (op === 0 || !id || !m) {
        const author = rnd.pick([ALICE, BOB, CAROL]);
        const r = store.create(author, { type: rnd.pick(MIMEI_TYPES), mark: rnd.pick(["a", "b", "auto"]) });
        expect(r.created).toBe(!model.has(r.mimeiId));
        if (r.created) model.set(r.mimeiId, { author, cur: { digest: EMPTY_DIGEST, refs: new Map() }, versions: new Map(), last: 0, release: 0, next: 1 });
      } else if (op === 1) {
        const b = rnd.pick(blobs);
        await store.setCurrent(id, b.digest, b.size);
        m.cur.digest = b.digest;
      } else if (op === 2 || op === 3) {
        const targets = Array.from({ length: 1 + rnd.int(3) }, () => rnd.pick(refTargets()));
        let expected = 0;
        for (const target of targets) {
          if (target === "bad target") break;
          const n = m.cur.refs.get(target) ?? 0;
          if (op === 3 && n === 0) break;
          const after = op === 2 ? n + 1 : n - 1;
          if (after === 0) m.cur.refs.delete(target);
          else m.cur.refs.set(target, after);
          expected++;
        }
        const outcome = op === 2 ? store.refs.add(id, targets) : store.refs.delete(id, targets);
        expect(outcome.count).toBe(expected);
        expect(outcome.error === null).toBe(expected === targets.length);
      } else if (op === 4) {
        const last = m.versions.get(m.last);
        const unchanged = last !== undefined && last.digest === m.cur.digest && sameMap(last.refs, m.cur.refs);
        const r = await store.versions.backup(id, m.author, "");
        expect(r).toEqual({ version: unchanged ? m.last : m.next, created: !unchanged, digest: m.cur.digest });
        if (!unchanged) {
          m.versions.set(m.next, { digest: m.cur.digest, refs: new Map(m.cur.refs) });
          m.last = m.next++;
        }
      } else if (op === 5) {
        const v = await store.versions.release(id, versionName(m), m.author);
        if (!m.versions.has(v)) {
          // "cur" backed up first
          m.versions.set(v, { digest: m.cur.digest, refs: new Map(m.cur.refs) });
          m.last = v;
          m.next = v + 1;
        }
        m.release = v;
      } else if (op === 6) {
        const { version } = await store.versions.restore(id, versionName(m));
        const v = m.versions.get(version)!;
        m.cur = { digest: v.digest, refs: new Map(v.refs) };
      } else if (op === 7) {
        const wanted = Array.from({ length: rnd.int(3) }, () => 1 + rnd.int(m.next));
        const before = [...m.versions.keys()];
        try {
          const n = store.versions.delete(id, wanted);
          expect(wanted.every((v) => m.versions.has(v) && v !== m.release)).toBe(true);
          for (const v of wanted) m.versions.delete(v);
          expect(n).toBe(new Set(wanted).size);
          m.last = Math.max(0, ...m.versions.keys());
        } catch (err) {
          expect(wanted.every((v) => m.versions.has(v) && v !== m.release)).toBe(false);
          expect(store.versions.list(id).versions.map((v) => v.version)).toEqual(before); // nothing deleted
          throw err;
        }
      } else if (op === 8) {
        store.rights.set(id, rnd.pick([BOB, CAROL, "*"]), rnd.int(64));
      } else if (op === 9) {
        const referenced = [...model].some(
          ([other, o]) => other !== id && [o.cur.refs, ...[...o.versions.values()].map((v) => v.refs)].some((refs) => refs.has(id)),
        );
        try {
          await store.delete(id);
          expect(referenced).toBe(false);
          model.delete(id);
        } catch (err) {
          expect(referenced && err instanceof LeitherError && err.reason === "REFERENCED").toBe(true);
          throw err;
        }
      } else {
        const h = store.open(id, versionName(m), { userId: m.author, canWrite: true });
        expect(h.readOnly).toBe(h.version !== 0);
        t.clock.advance(rnd.int(120_000));
      }
    } catch (err) {
      // Refusals are part of the game; anything else is a bug.
      if (!(err instanceof LeitherError)) throw err;
      outcomes.refused++;
      continue;
    } finally {
      const violations = checkMiMeiInvariants(db);
      if (violations.length) throw new Error(`seed ${seed}, after:\n${log.slice(-5).join("\n")}\n${violations.join("\n")}`);
    }
    outcomes.done++;
  }

  // The store holds exactly what the model says, frozen versions included.
  for (const [id, m] of model) {
    const list = store.versions.list(id);
    expect({ last: list.last, release: list.release, cur: list.curDigest }).toEqual({ last: m.last, release: m.release, cur: m.cur.digest });
    expect(list.versions.map((v) => [v.version, v.digest])).toEqual([...m.versions].sort(([a], [b]) => a - b).map(([v, x]) => [v, x.digest]));
    const names = ["cur", ...[...m.versions.keys()].map(String)];
    const refs = store.refs.get(id, names);
    expect(refs.map((r) => r.counts)).toEqual(
      [m.cur.refs, ...[...m.versions.values()].map((v) => v.refs)].map((r) => Object.fromEntries(r)),
    );
  }
  // The sequence must mostly do things, not just collect refusals.
  expect(outcomes.done).toBeGreaterThan(outcomes.refused);
  expect(store.list(ALICE, { pageSize: 1000 }).items.length + store.list(BOB).items.length + store.list(CAROL).items.length).toBe(model.size);
}

describe("random operation sequences", () => {
  it.each([1, 2, 3, 42, 1337, 2026])("keep the invariants and match the model (seed %i)", async (seed) => {
    await run(seed, 400);
  });
});
