// Versions of a MiMei: backup freezes cur (content and references) into the next number and
// moves `last`; release publishes one; restore brings one back into cur; delete drops some.
// Frozen versions never change: only cur is ever written.
import type { Clock } from "../clock.js";
import { failedPrecondition, invalidArgument, notFound } from "../errors.js";
import type { SqliteDatabase } from "../store/index.js";
import type { ContentEngine } from "./content-engine.js";
import type { MiMeiRow, MiMeiRows } from "./mimei-rows.js";
import { sameRefs, type RefRows } from "./ref-rows.js";
import { checkVersionNumber, parseVersionName } from "./version-name.js";
import type { BackupResult, MiMeiType, VersionInfo, VersionList } from "./types.js";

export interface VersionKeeper {
  /** A version name as a number, 0 for cur. NOT_FOUND "NO_SUCH_VERSION", INVALID_ARGUMENT "BAD_VERSION". */
  resolve(mimeiId: string, name: string): number;
  /** One frozen version; NOT_FOUND "NO_SUCH_VERSION". */
  get(mimeiId: string, version: number): VersionInfo;
  /** Freezes cur into a new version, unless cur equals `last` (then nothing is stored). */
  backup(mimeiId: string, actor: string | null, memo?: string): Promise<BackupResult>;
  /** Points `release` at a version ("cur" backs up first); returns its number. */
  release(mimeiId: string, name: string, actor: string | null): Promise<number>;
  /** Makes a frozen version ("last", "release" or a number) cur again: content and references. */
  restore(mimeiId: string, name: string): Promise<{ version: number; digest: string }>;
  /** Deletes numbered versions, all or none; returns how many. */
  delete(mimeiId: string, versions: readonly number[]): number;
  list(mimeiId: string): VersionList;
}

export interface VersionKeeperDeps {
  db: SqliteDatabase;
  clock: Clock;
  rows: MiMeiRows;
  refRows: RefRows;
  engineOf(type: MiMeiType): ContentEngine;
  /** Told which versions went away, so open handles on them can be closed. */
  onVersionsDeleted?(mimeiId: string, versions: number[]): void;
}

interface VersionRow {
  version: number;
  digest: string;
  size: number;
  created_at: number;
  memo: string;
  created_by: string;
}

const MAX_MEMO = 4096;

export function createVersionKeeper(deps: VersionKeeperDeps): VersionKeeper {
  const { db, clock, rows, refRows } = deps;
  const selectOne = db.prepare<[string, number], VersionRow>(
    "SELECT version, digest, size, created_at, memo, created_by FROM mimei_versions WHERE mimei_id = ? AND version = ?",
  );
  const selectAll = db.prepare<[string], VersionRow>(
    "SELECT version, digest, size, created_at, memo, created_by FROM mimei_versions WHERE mimei_id = ? ORDER BY version",
  );
  const insert = db.prepare<[string, number, string, number, number, string, string]>(
    "INSERT INTO mimei_versions (mimei_id, version, digest, size, created_at, memo, created_by) VALUES (?, ?, ?, ?, ?, ?, ?)",
  );
  const advance = db.prepare<[number, number, string]>(
    "UPDATE mimei SET last_version = ?, next_version = ? WHERE id = ?",
  );
  const setRelease = db.prepare<[number, string]>("UPDATE mimei SET release_version = ? WHERE id = ?");
  const deleteOne = db.prepare<[string, number]>("DELETE FROM mimei_versions WHERE mimei_id = ? AND version = ?");
  const newest = db.prepare<[string], { v: number | null }>("SELECT MAX(version) AS v FROM mimei_versions WHERE mimei_id = ?");
  const setLast = db.prepare<[number, string]>("UPDATE mimei SET last_version = ? WHERE id = ?");

  function noSuchVersion(mimeiId: string, name: string): Error {
    return notFound("NO_SUCH_VERSION", `MiMei ${mimeiId} has no version ${JSON.stringify(name)}`, { mimei_id: mimeiId, version: name });
  }

  function resolveOnRow(row: MiMeiRow, name: string): number {
    const parsed = parseVersionName(name);
    switch (parsed.kind) {
      case "cur":
        return 0;
      case "last":
        if (row.last_version === 0) throw noSuchVersion(row.id, name);
        return row.last_version;
      case "release":
        if (row.release_version === 0) throw noSuchVersion(row.id, name);
        return row.release_version;
      case "number":
        if (!selectOne.get(row.id, parsed.version)) throw noSuchVersion(row.id, name);
        return parsed.version;
    }
  }

  function get(mimeiId: string, version: number): VersionInfo {
    rows.get(mimeiId);
    const v = selectOne.get(mimeiId, version);
    if (!v) throw noSuchVersion(mimeiId, String(version));
    return toInfo(v);
  }

  async function backup(mimeiId: string, actor: string | null, memo = ""): Promise<BackupResult> {
    if (memo.length > MAX_MEMO) throw invalidArgument("MEMO_TOO_LONG", `a memo holds at most ${MAX_MEMO} characters`);
    const row = rows.get(mimeiId);
    const frozen = await deps.engineOf(row.type).freeze(mimeiId);
    // Everything after the freeze is one transaction: the version, its refs and `last` move together.
    return db.transaction((): BackupResult => {
      const now = rows.get(mimeiId);
      const curRefs = refRows.read(mimeiId, 0);
      if (now.last_version > 0) {
        const last = selectOne.get(mimeiId, now.last_version);
        if (last && last.digest === frozen.digest && sameRefs(curRefs, refRows.read(mimeiId, now.last_version))) {
          return { version: now.last_version, created: false, digest: last.digest };
        }
      }
      const version = now.next_version;
      insert.run(mimeiId, version, frozen.digest, frozen.size, clock.now(), memo, actor ?? "");
      refRows.copy(mimeiId, 0, version);
      advance.run(version, version + 1, mimeiId);
      return { version, created: true, digest: frozen.digest };
    })();
  }

  async function release(mimeiId: string, name: string, actor: string | null): Promise<number> {
    const row = rows.get(mimeiId);
    let version = resolveOnRow(row, name);
    if (version === 0) version = (await backup(mimeiId, actor)).version;
    db.transaction(() => {
      rows.get(mimeiId);
      if (!selectOne.get(mimeiId, version)) throw noSuchVersion(mimeiId, String(version));
      setRelease.run(version, mimeiId);
    })();
    return version;
  }

  async function restore(mimeiId: string, name: string): Promise<{ version: number; digest: string }> {
    const row = rows.get(mimeiId);
    const version = resolveOnRow(row, name);
    if (version === 0) {
      throw invalidArgument("CUR_NOT_RESTORABLE", 'restore takes a frozen version ("last", "release" or a number), not cur');
    }
    // Read the version and its refs before the engine's await, so a concurrent delete cannot
    // leave cur with the content of one state and the references of another.
    const frozen = selectOne.get(mimeiId, version)!;
    const refs = refRows.read(mimeiId, version);
    await deps.engineOf(row.type).restore(mimeiId, { digest: frozen.digest, size: frozen.size });
    db.transaction(() => {
      rows.get(mimeiId);
      refRows.replace(mimeiId, 0, refs);
      rows.touch(mimeiId, clock.now());
    })();
    return { version, digest: frozen.digest };
  }

  function deleteVersions(mimeiId: string, versions: readonly number[]): number {
    const wanted = [...new Set(versions.map(checkVersionNumber))];
    const deleted = db.transaction((): number[] => {
      const row = rows.get(mimeiId);
      // Check everything before changing anything: the call is all or nothing.
      for (const v of wanted) {
        if (!selectOne.get(mimeiId, v)) {
          throw notFound("VERSION_UNKNOWN", `MiMei ${mimeiId} has no version ${v}`, { mimei_id: mimeiId, version: String(v) });
        }
      }
      if (wanted.includes(row.release_version)) {
        throw failedPrecondition("VERSION_RELEASED", `version ${row.release_version} is released; release another one first`, {
          mimei_id: mimeiId,
          version: String(row.release_version),
        });
      }
      for (const v of wanted) {
        deleteOne.run(mimeiId, v);
        refRows.drop(mimeiId, v);
      }
      setLast.run(newest.get(mimeiId)?.v ?? 0, mimeiId);
      return wanted;
    })();
    if (deleted.length > 0) deps.onVersionsDeleted?.(mimeiId, deleted);
    return deleted.length;
  }

  function list(mimeiId: string): VersionList {
    const row = rows.get(mimeiId);
    const cur = deps.engineOf(row.type).current(mimeiId);
    return {
      versions: selectAll.all(mimeiId).map(toInfo),
      last: row.last_version,
      release: row.release_version,
      curDigest: cur.digest,
      curSize: cur.size,
    };
  }

  return {
    resolve: (mimeiId, name) => resolveOnRow(rows.get(mimeiId), name),
    get,
    backup,
    release,
    restore,
    delete: deleteVersions,
    list,
  };
}

function toInfo(v: VersionRow): VersionInfo {
  return { version: v.version, digest: v.digest, size: v.size, createdAt: v.created_at, memo: v.memo, createdBy: v.created_by };
}
