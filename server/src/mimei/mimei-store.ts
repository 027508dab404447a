// The MiMei domain in one component: creation and identity, content pointers, versions, rights,
// references and open handles over the node database. RPC handlers call it after the policy
// layer has checked rights; it never checks the caller's rights itself.
import { randomBytes } from "node:crypto";
import { systemClock, type Clock } from "../clock.js";
import { failedPrecondition, invalidArgument, notFound } from "../errors.js";
import { BlobError, EMPTY_DIGEST, isDigest, type BlobStore, type SqliteDatabase } from "../store/index.js";
import { createBlobContentEngine, type ContentEngine } from "./content-engine.js";
import { createHandleTable, type HandleState, type HandleView, type OpenOptions } from "./handles.js";
import { listRows } from "./listing.js";
import { computeMiMeiId, freshMark, isAutoMark, isMiMeiId, validateIdInputs } from "./mimei-id.js";
import { createMiMeiRows, infoOf, type MiMeiRow } from "./mimei-rows.js";
import { createRefRows } from "./ref-rows.js";
import { createRefKeeper, listReferencedDigests, type RefKeeper } from "./refs.js";
import { checkRightBits, createRightsKeeper, type RightsKeeper } from "./rights.js";
import { sumOf } from "./sum.js";
import { createVersionKeeper, type VersionKeeper } from "./versions.js";
import {
  EVERYONE,
  type CreateMiMeiOptions,
  type CreateMiMeiResult,
  type ListOptions,
  type MiMeiIdInputs,
  type MiMeiInfo,
  type MiMeiPage,
  type MiMeiType,
  type SumResult,
} from "./types.js";

export interface MiMeiStoreDeps {
  /** The node database, opened with `mimeiSchema` among its schemas. */
  db: SqliteDatabase;
  /** Where cur content of blob-backed MiMei lives (setCurrent checks the blob is there). */
  blobs: BlobStore;
  clock?: Clock;
  /** How long a handle lives without use; 10 minutes by default. */
  handleIdleMs?: number;
  /** Content engines per type; the blob engine serves every type not given. */
  engines?: Partial<Record<MiMeiType, ContentEngine>>;
  /** Randomness for handles and auto marks (tests make it deterministic). */
  random?: (n: number) => Uint8Array;
}

export interface MiMeiStore {
  /** Creates a MiMei, or finds the one the same inputs made before (`created` false). */
  create(authorId: string, options: CreateMiMeiOptions): CreateMiMeiResult;
  /** The ID create would give; refuses "auto" marks. */
  computeId(inputs: MiMeiIdInputs): string;
  /** Whether the MiMei is stored here (false for malformed ids). */
  exists(mimeiId: string): boolean;
  info(mimeiId: string): MiMeiInfo;
  list(authorId: string, options?: ListOptions): MiMeiPage;
  /** Deletes the MiMei with its versions, rights and references. FAILED_PRECONDITION "REFERENCED". */
  delete(mimeiId: string): Promise<void>;
  /** Points cur of a blob-backed MiMei at a stored blob (how FileService writes). */
  setCurrent(mimeiId: string, digest: string, size: number): Promise<void>;
  /** The digest replicas compare, of cur or a frozen version, optionally covering references. */
  sum(mimeiId: string, version: string, includeRefs: boolean): SumResult;
  /** Opens a version ("cur"/""/"last"/"release"/N) and returns a handle on it. */
  open(mimeiId: string, version: string, options: OpenOptions): HandleState;
  readonly versions: VersionKeeper;
  readonly refs: RefKeeper;
  readonly rights: RightsKeeper;
  readonly handles: HandleView;
  /** Blob digests MiMei content holds on to (for blob GC). */
  referencedDigests(): Set<string>;
  /** Starts the handle sweeper. */
  start(): void;
  stop(): void;
}

export function createMiMeiStore(deps: MiMeiStoreDeps): MiMeiStore {
  const { db, blobs } = deps;
  const clock = deps.clock ?? systemClock;
  const random = deps.random ?? randomBytes;
  const rows = createMiMeiRows(db);
  const refRows = createRefRows(db);
  const blobEngine = createBlobContentEngine(db, clock);
  const engineOf = (type: MiMeiType): ContentEngine => deps.engines?.[type] ?? blobEngine;
  const handles = createHandleTable({ clock, idleMs: deps.handleIdleMs, random });
  const versions = createVersionKeeper({
    db,
    clock,
    rows,
    refRows,
    engineOf,
    onVersionsDeleted: (mimeiId, deleted) => handles.closeAll(mimeiId, deleted),
  });
  const refs = createRefKeeper({ db, clock, rows, refRows, versions });
  const rights = createRightsKeeper(db, rows);

  const insertMiMei = db.prepare<[string, string, string, string, string, string, number, number, string]>(
    `INSERT INTO mimei (id, type, author_id, app_id, ext, mark, created_at, modified_at, cur_digest, cur_size)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0) ON CONFLICT (id) DO NOTHING`,
  );
  const insertRight = db.prepare<[string, string, number]>("INSERT INTO mimei_rights (mimei_id, member, bits) VALUES (?, ?, ?)");
  const deleteAll = ["mimei_refs", "mimei_rights", "mimei_versions"].map((t) => db.prepare<[string]>(`DELETE FROM ${t} WHERE mimei_id = ?`));
  const deleteRow = db.prepare<[string]>("DELETE FROM mimei WHERE id = ?");

  const info = (row: MiMeiRow): MiMeiInfo => infoOf(row, engineOf(row.type).current(row.id));

  /** The content digest of version `v` (0 = cur). */
  function digestOf(row: MiMeiRow, v: number): string {
    return v === 0 ? engineOf(row.type).current(row.id).digest : versions.get(row.id, v).digest;
  }

  function create(authorId: string, options: CreateMiMeiOptions): CreateMiMeiResult {
    const inputs: MiMeiIdInputs = { authorId, type: options.type, appId: options.appId ?? "", ext: options.ext ?? "", mark: options.mark ?? "" };
    validateIdInputs(inputs);
    const publicRights = checkRightBits(options.publicRights ?? 0);
    const mark = isAutoMark(inputs.mark) ? freshMark(clock.now(), random) : inputs.mark!;
    const mimeiId = computeMiMeiId({ ...inputs, mark });
    const created = db.transaction((): boolean => {
      const now = clock.now();
      const inserted = insertMiMei.run(mimeiId, inputs.type, authorId, inputs.appId!, inputs.ext!, mark, now, now, EMPTY_DIGEST).changes > 0;
      // An existing MiMei keeps its rights: a repeated Create must not widen or narrow access.
      if (inserted && publicRights !== 0) insertRight.run(mimeiId, EVERYONE, publicRights);
      return inserted;
    })();
    return { mimeiId, created, mark };
  }

  async function setCurrent(mimeiId: string, digest: string, size: number): Promise<void> {
    if (!isDigest(digest)) throw invalidArgument("INVALID_DIGEST", "a digest is a lowercase hex SHA-256", { digest });
    if (!Number.isSafeInteger(size) || size < 0) throw invalidArgument("INVALID_SIZE", "a size is a non-negative integer");
    if (engineOf(rows.get(mimeiId).type) !== blobEngine) {
      throw failedPrecondition("NOT_BLOB_CONTENT", "this MiMei's type keeps its content in its own engine", { mimei_id: mimeiId });
    }
    if (digest === EMPTY_DIGEST ? size !== 0 : await blobSizeDiffers(digest, size)) {
      throw invalidArgument("SIZE_MISMATCH", `blob ${digest} does not hold ${size} bytes`, { digest });
    }
    rows.get(mimeiId); // it may have been deleted while we looked at the blob
    blobEngine.setCurrent(mimeiId, { digest, size });
  }

  async function blobSizeDiffers(digest: string, size: number): Promise<boolean> {
    try {
      return (await blobs.size(digest)) !== size;
    } catch (err) {
      if (err instanceof BlobError && err.reason === "NOT_FOUND") throw notFound("BLOB_UNKNOWN", `no blob ${digest} on this node`, { digest });
      throw err;
    }
  }

  async function deleteMiMei(mimeiId: string): Promise<void> {
    const { type } = rows.get(mimeiId);
    db.transaction(() => {
      rows.get(mimeiId);
      const referrer = refRows.firstReferrer(mimeiId);
      if (referrer) {
        throw failedPrecondition("REFERENCED", `MiMei ${referrer.mimeiId} references ${mimeiId}`, {
          mimei_id: mimeiId,
          referenced_by: referrer.mimeiId,
          version: String(referrer.version),
        });
      }
      for (const stmt of deleteAll) stmt.run(mimeiId);
      deleteRow.run(mimeiId);
    })();
    handles.closeAll(mimeiId);
    // After the rows: if this fails, what remains is unreferenced content for GC, never a
    // MiMei whose content is gone.
    await engineOf(type).remove(mimeiId);
  }

  return {
    create,
    computeId: (inputs) => computeMiMeiId(inputs),
    exists: (mimeiId) => isMiMeiId(mimeiId) && rows.find(mimeiId) !== undefined,
    info: (mimeiId) => info(rows.get(mimeiId)),
    list(authorId, options = {}) {
      const page = listRows(db, authorId, options);
      return { items: page.rows.map(info), nextPageToken: page.next };
    },
    delete: deleteMiMei,
    setCurrent,
    sum(mimeiId, version, includeRefs) {
      const row = rows.get(mimeiId);
      const v = versions.resolve(mimeiId, version);
      return { digest: sumOf(digestOf(row, v), includeRefs ? refRows.read(mimeiId, v) : null), version: v };
    },
    open(mimeiId, version, options) {
      const row = rows.get(mimeiId);
      const v = versions.resolve(mimeiId, version);
      return handles.open({ mimeiId, type: row.type, version: v, digest: digestOf(row, v) }, options);
    },
    versions,
    refs,
    rights,
    handles,
    referencedDigests: () => listReferencedDigests(db),
    start: () => handles.start(),
    stop: () => handles.stop(),
  };
}
