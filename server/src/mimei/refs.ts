// References from a MiMei's cur to other MiMei or blobs. They keep their targets from deletion
// and from blob GC; backup copies them into the frozen version.
import type { Clock } from "../clock.js";
import { invalidArgument, LeitherError, notFound } from "../errors.js";
import type { SqliteDatabase } from "../store/index.js";
import { isDigest } from "../store/index.js";
import { isMiMeiId } from "./mimei-id.js";
import type { MiMeiRows } from "./mimei-rows.js";
import type { RefRows } from "./ref-rows.js";
import type { VersionKeeper } from "./versions.js";
import type { VersionRefs } from "./types.js";

/**
 * The outcome of AddRefs/DeleteRefs, which stop at the first failing target: how many were done
 * before it (those stay done) and the failure, or null when all were done.
 */
export interface RefsOutcome {
  count: number;
  error: LeitherError | null;
}

export interface RefKeeper {
  /** Adds one count per target to cur's references (a repeated target counts twice). */
  add(mimeiId: string, targets: readonly string[]): RefsOutcome;
  /** Removes one count per target; a target cur does not reference stops the call. */
  delete(mimeiId: string, targets: readonly string[]): RefsOutcome;
  /** Counts per version name ("cur", "last", "release", numbers); none means cur. */
  get(mimeiId: string, versions: readonly string[]): VersionRefs[];
  /** Every MiMei version (0 = cur) that references `target`. */
  referrers(target: string): { mimeiId: string; version: number; count: number }[];
}

export interface RefKeeperDeps {
  db: SqliteDatabase;
  clock: Clock;
  rows: MiMeiRows;
  refRows: RefRows;
  versions: Pick<VersionKeeper, "resolve">;
}

/** A reference target is a MiMei id or a blob digest (lowercase hex SHA-256). */
export function isRefTarget(value: string): boolean {
  return isMiMeiId(value) || isDigest(value);
}

export function createRefKeeper(deps: RefKeeperDeps): RefKeeper {
  const { db, clock, rows, refRows } = deps;

  function invalidTarget(target: string, index: number): LeitherError {
    return invalidArgument("INVALID_REF_TARGET", "a reference target is a MiMei id or a lowercase hex SHA-256 digest", {
      target,
      index: String(index),
    });
  }

  // One transaction for the whole list (fast, and the outcome is seen at once); targets done
  // before a failure are committed, as the original MMAddRef/MMDelRef did.
  function apply(mimeiId: string, targets: readonly string[], step: (target: string, index: number) => LeitherError | null): RefsOutcome {
    return db.transaction((): RefsOutcome => {
      rows.get(mimeiId);
      let count = 0;
      let error: LeitherError | null = null;
      for (const [index, target] of targets.entries()) {
        error = isRefTarget(target) ? step(target, index) : invalidTarget(target, index);
        if (error) break;
        count++;
      }
      if (count > 0) rows.touch(mimeiId, clock.now());
      return { count, error };
    })();
  }

  return {
    add: (mimeiId, targets) =>
      apply(mimeiId, targets, (target) => {
        refRows.add(mimeiId, target);
        return null;
      }),
    delete: (mimeiId, targets) =>
      apply(mimeiId, targets, (target, index) =>
        refRows.remove(mimeiId, target)
          ? null
          : notFound("REF_UNKNOWN", `cur of ${mimeiId} does not reference ${target}`, { mimei_id: mimeiId, target, index: String(index) }),
      ),
    get(mimeiId, versions) {
      const names = versions.length === 0 ? ["cur"] : versions;
      return names.map((name) => {
        const version = deps.versions.resolve(mimeiId, name);
        return {
          name: version === 0 ? "cur" : String(version),
          version,
          counts: Object.fromEntries(refRows.read(mimeiId, version)),
        };
      });
    },
    referrers: (target) => refRows.referrers(target),
  };
}

/**
 * Every blob digest that MiMei content holds on to: cur digests, version digests and digest
 * references of cur and versions. Blob GC must keep these (and may drop any other blob that is
 * not in use elsewhere).
 */
export function listReferencedDigests(db: SqliteDatabase): Set<string> {
  const digests = new Set<string>();
  const all = db.prepare<[], { d: string }>(
    `SELECT cur_digest AS d FROM mimei
     UNION SELECT digest FROM mimei_versions
     UNION SELECT target FROM mimei_refs WHERE length(target) = 64`,
  );
  for (const { d } of all.iterate()) if (isDigest(d)) digests.add(d);
  return digests;
}
