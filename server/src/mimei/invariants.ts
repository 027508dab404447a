// Named invariants of the MiMei tables, run by tests after every step of random operation
// sequences (and usable by an fsck-like admin command). Each returns the violations it found.
import type { SqliteDatabase } from "../store/index.js";
import { EMPTY_DIGEST, isDigest } from "../store/index.js";
import { computeMiMeiId, isLeitherIdFormat } from "./mimei-id.js";
import type { MiMeiRow } from "./mimei-rows.js";
import { isRefTarget } from "./refs.js";
import { ALL_RIGHTS, EVERYONE } from "./types.js";

type Invariant = (db: SqliteDatabase) => string[];

/** An ID is the hash of its inputs, so nobody can have moved a MiMei under another's name. */
export const idsMatchInputs: Invariant = (db) =>
  all<MiMeiRow>(db, "SELECT * FROM mimei")
    .filter((m) => computeMiMeiId({ authorId: m.author_id, type: m.type, appId: m.app_id, ext: m.ext, mark: m.mark }) !== m.id)
    .map((m) => `mimei ${m.id}: id does not match its inputs`);

/** `last` is the newest version (0 without versions) and below the next number to hand out. */
export const lastIsNewest: Invariant = (db) =>
  all<{ id: string; last_version: number; next_version: number; newest: number | null }>(
    db,
    `SELECT m.id, m.last_version, m.next_version, MAX(v.version) AS newest
     FROM mimei m LEFT JOIN mimei_versions v ON v.mimei_id = m.id GROUP BY m.id`,
  ).flatMap((m) => {
    const out: string[] = [];
    if (m.last_version !== (m.newest ?? 0)) out.push(`mimei ${m.id}: last ${m.last_version} but newest version ${m.newest ?? 0}`);
    if (m.next_version < 1 || m.last_version > m.next_version - 1) out.push(`mimei ${m.id}: last ${m.last_version}, next ${m.next_version}`);
    if ((m.newest ?? 0) >= m.next_version) out.push(`mimei ${m.id}: version ${m.newest} not below next ${m.next_version}`);
    return out;
  });

/** `release` is 0 or an existing version. */
export const releaseExists: Invariant = (db) =>
  all<{ id: string; release_version: number }>(
    db,
    `SELECT id, release_version FROM mimei m WHERE release_version <> 0
     AND NOT EXISTS (SELECT 1 FROM mimei_versions v WHERE v.mimei_id = m.id AND v.version = m.release_version)`,
  ).map((m) => `mimei ${m.id}: release ${m.release_version} does not exist`);

/** Content pointers are digests, sizes are sane, and empty content is the empty digest. */
export const contentWellFormed: Invariant = (db) => {
  const rows = [
    ...all<{ who: string; digest: string; size: number }>(db, "SELECT 'mimei ' || id || ' cur' AS who, cur_digest AS digest, cur_size AS size FROM mimei"),
    ...all<{ who: string; digest: string; size: number }>(
      db,
      "SELECT 'mimei ' || mimei_id || ' v' || version AS who, digest, size FROM mimei_versions",
    ),
  ];
  return rows
    .filter((r) => !isDigest(r.digest) || r.size < 0 || (r.digest === EMPTY_DIGEST) !== (r.size === 0))
    .map((r) => `${r.who}: bad content ${r.digest} / ${r.size}`);
};

/** Reference counts are positive, targets well formed, and versions of refs exist (0 = cur). */
export const refsWellFormed: Invariant = (db) => [
  ...all<{ mimei_id: string; version: number; target: string; count: number }>(db, "SELECT * FROM mimei_refs")
    .filter((r) => r.count < 1 || !isRefTarget(r.target))
    .map((r) => `mimei ${r.mimei_id} v${r.version}: bad ref ${r.target} × ${r.count}`),
  ...all<{ mimei_id: string; version: number }>(
    db,
    `SELECT DISTINCT mimei_id, version FROM mimei_refs r WHERE version <> 0
     AND NOT EXISTS (SELECT 1 FROM mimei_versions v WHERE v.mimei_id = r.mimei_id AND v.version = r.version)`,
  ).map((r) => `mimei ${r.mimei_id}: refs of missing version ${r.version}`),
];

/** Members are ids or "*", never the author, with known non-zero bits. */
export const rightsWellFormed: Invariant = (db) =>
  all<{ mimei_id: string; member: string; bits: number; author_id: string }>(
    db,
    "SELECT r.mimei_id, r.member, r.bits, m.author_id FROM mimei_rights r JOIN mimei m ON m.id = r.mimei_id",
  )
    .filter(
      (r) =>
        r.member === r.author_id ||
        (r.member !== EVERYONE && !isLeitherIdFormat(r.member)) ||
        r.bits <= 0 ||
        (r.bits & ~ALL_RIGHTS) !== 0,
    )
    .map((r) => `mimei ${r.mimei_id}: bad right ${r.member} = ${r.bits}`);

/** Nothing outlives its MiMei. */
export const noOrphans: Invariant = (db) =>
  ["mimei_rights", "mimei_versions", "mimei_refs"].flatMap((table) =>
    all<{ mimei_id: string }>(db, `SELECT DISTINCT mimei_id FROM ${table} WHERE mimei_id NOT IN (SELECT id FROM mimei)`).map(
      (r) => `${table}: rows of deleted mimei ${r.mimei_id}`,
    ),
  );

export const MIMEI_INVARIANTS: Readonly<Record<string, Invariant>> = Object.freeze({
  idsMatchInputs,
  lastIsNewest,
  releaseExists,
  contentWellFormed,
  refsWellFormed,
  rightsWellFormed,
  noOrphans,
});

/** Every violation of every invariant; empty when the tables are consistent. */
export function checkMiMeiInvariants(db: SqliteDatabase): string[] {
  return Object.entries(MIMEI_INVARIANTS).flatMap(([name, check]) => check(db).map((v) => `${name}: ${v}`));
}

function all<T>(db: SqliteDatabase, sql: string): T[] {
  return db.prepare<[], T>(sql).all();
}
