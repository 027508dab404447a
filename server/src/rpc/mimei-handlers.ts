// MiMeiService: translates requests to the MiMei store and its answers back to messages.
// Access was checked by the policy layer before these run.
import { create } from "@bufbuild/protobuf";
import { timestampFromMs } from "@bufbuild/protobuf/wkt";
import type { HandlerContext, ServiceImpl } from "@connectrpc/connect";
import { MiMeiType } from "@leither/api/leither/v1/common_pb";
import { MiMeiInfoSchema, MiMeiService, type MiMeiInfo } from "@leither/api/leither/v1/mimei_service_pb";
import { failedPrecondition, invalidArgument, LeitherError } from "../errors.js";
import type { MiMeiStore, MiMeiInfo as DomainInfo, MiMeiType as DomainType } from "../mimei/index.js";
import type { Policy } from "../policy/policy.js";
import { RIGHT } from "../policy/rights.js";
import { callerOf, requireUser as userOf } from "./caller.js";

const TO_DOMAIN: Record<number, DomainType> = {
  [MiMeiType.FILE]: "file",
  [MiMeiType.DB]: "db",
  [MiMeiType.MMFS]: "mmfs",
  [MiMeiType.APP]: "app",
};
const TO_PROTO: Record<DomainType, MiMeiType> = { file: MiMeiType.FILE, db: MiMeiType.DB, mmfs: MiMeiType.MMFS, app: MiMeiType.APP };

function domainType(t: MiMeiType, required: boolean): DomainType | undefined {
  const d = TO_DOMAIN[t];
  if (!d && (required || t !== MiMeiType.UNSPECIFIED)) {
    throw invalidArgument("INVALID_TYPE", `type must be one of file, db, mmfs, app (got ${MiMeiType[t] ?? t})`);
  }
  return d;
}

/** uint64 fields arrive as bigint; the domain counts in safe integers. */
function safeNumber(v: bigint, field: string): number {
  if (v > BigInt(Number.MAX_SAFE_INTEGER)) throw invalidArgument("NUMBER_TOO_LARGE", `${field} is too large`);
  return Number(v);
}

function rightsBits(v: bigint): number {
  return safeNumber(v, "rights");
}

export function toMiMeiInfo(i: DomainInfo, rights: number): MiMeiInfo {
  return create(MiMeiInfoSchema, {
    mimeiId: i.mimeiId,
    type: TO_PROTO[i.type],
    authorId: i.authorId,
    appId: i.appId,
    ext: i.ext,
    mark: i.mark,
    createdAt: timestampFromMs(i.createdAt),
    rights: BigInt(rights),
    lastVersion: BigInt(i.lastVersion),
    releaseVersion: BigInt(i.releaseVersion),
    curDigest: i.curDigest,
    curSize: BigInt(i.curSize),
    modifiedAt: timestampFromMs(i.modifiedAt),
  });
}

/**
 * `closeFileHandle` closes the handles the file store hands out (temp files, content, files in
 * trees) and answers false for others: Close closes every kind of handle.
 */
export function createMiMeiHandlers(
  store: MiMeiStore,
  policy: Policy,
  closeFileHandle: (handle: string, userId: string | null) => Promise<boolean> = async () => false,
): ServiceImpl<typeof MiMeiService> {
  const idOf = (req: { mimeiId: string; handle?: string }, ctx: HandlerContext): string =>
    req.mimeiId || (req.handle ? store.handles.resolve(req.handle, callerOf(ctx).userId).mimeiId : "");

  return {
    create(req, ctx) {
      const r = store.create(userOf(ctx), {
        type: domainType(req.type, true)!,
        appId: req.appId,
        ext: req.ext,
        mark: req.mark,
        publicRights: rightsBits(req.publicRights),
      });
      return { mimeiId: r.mimeiId, created: r.created };
    },
    computeId(req, ctx) {
      const authorId = req.authorId || callerOf(ctx).userId;
      if (!authorId) throw invalidArgument("AUTHOR_REQUIRED", "author_id is required for guests");
      const mimeiId = store.computeId({ authorId, type: domainType(req.type, true)!, appId: req.appId, ext: req.ext, mark: req.mark });
      return { mimeiId };
    },
    open(req, ctx) {
      const caller = callerOf(ctx);
      const h = store.open(req.mimeiId, req.version, { userId: caller.userId, canWrite: policy.can(caller, req.mimeiId, RIGHT.WRITE) });
      return {
        handle: h.handle,
        version: BigInt(h.version),
        readOnly: h.readOnly,
        expiresAt: timestampFromMs(h.expiresAt),
        type: TO_PROTO[h.type],
        digest: h.digest,
      };
    },
    async close(req, ctx) {
      const userId = callerOf(ctx).userId;
      if (await closeFileHandle(req.handle, userId)) return {};
      if (!store.handles.close(req.handle, userId)) {
        throw new LeitherError("not_found", "HANDLE_UNKNOWN", "no open handle with that id (it may have expired)");
      }
      return {};
    },
    getMiMeiInfo(req, ctx) {
      const id = idOf(req, ctx);
      return { info: toMiMeiInfo(store.info(id), store.rights.effective(id, callerOf(ctx).userId)) };
    },
    hasMiMei(req) {
      return { exists: store.exists(req.mimeiId) };
    },
    listMiMei(req, ctx) {
      const caller = callerOf(ctx);
      const author = req.authorId || userOf(ctx);
      const page = store.list(author, {
        type: domainType(req.type, false),
        appId: req.appId || undefined,
        pageSize: req.page?.pageSize,
        pageToken: req.page?.pageToken,
      });
      const visible = page.items.filter((i) => policy.can(caller, i.mimeiId, RIGHT.READ));
      return {
        mimei: visible.map((i) => toMiMeiInfo(i, store.rights.effective(i.mimeiId, caller.userId))),
        page: { nextPageToken: page.nextPageToken },
      };
    },
    async deleteMiMei(req) {
      await store.delete(req.mimeiId);
      return {};
    },
    setRight(req) {
      store.rights.set(req.mimeiId, req.member, rightsBits(req.rights));
      return {};
    },
    getRight(req, ctx) {
      const member = req.member || callerOf(ctx).userId;
      return { rights: BigInt(store.rights.effective(req.mimeiId, member === "*" ? "*" : member)) };
    },
    listRights(req) {
      return { members: store.rights.list(req.mimeiId).map((m) => ({ member: m.member, rights: BigInt(m.bits) })) };
    },
    async backup(req, ctx) {
      // Backup freezes cur: a handle on a numbered version names nothing to back up.
      let id = req.mimeiId;
      if (!id && req.handle) {
        const h = store.handles.resolve(req.handle, callerOf(ctx).userId);
        if (h.version !== 0) throw failedPrecondition("VERSION_FROZEN", `the handle is on frozen version ${h.version}; backup works on cur`);
        id = h.mimeiId;
      }
      const r = await store.versions.backup(id, callerOf(ctx).userId, req.memo);
      return { version: BigInt(r.version), created: r.created, digest: r.digest };
    },
    async release(req, ctx) {
      return { version: BigInt(await store.versions.release(req.mimeiId, req.version, callerOf(ctx).userId)) };
    },
    async restore(req) {
      const r = await store.versions.restore(req.mimeiId, req.version);
      return { version: BigInt(r.version), digest: r.digest };
    },
    deleteVersions(req) {
      const n = store.versions.delete(req.mimeiId, req.versions.map((v) => safeNumber(v, "versions")));
      return { deleted: BigInt(n) };
    },
    listVersions(req) {
      const l = store.versions.list(req.mimeiId);
      return {
        versions: l.versions.map((v) => ({
          version: BigInt(v.version),
          digest: v.digest,
          size: BigInt(v.size),
          createdAt: timestampFromMs(v.createdAt),
          memo: v.memo,
          createdBy: v.createdBy,
        })),
        last: BigInt(l.last),
        release: BigInt(l.release),
        curDigest: l.curDigest,
      };
    },
    addRefs(req) {
      return refsOutcome(store.refs.add(req.mimeiId, req.targets));
    },
    deleteRefs(req) {
      return refsOutcome(store.refs.delete(req.mimeiId, req.targets));
    },
    getRefs(req) {
      const names = req.versions.length ? req.versions : ["cur"];
      return {
        versions: store.refs.get(req.mimeiId, names).map((v) => ({
          version: v.name,
          counts: Object.fromEntries(Object.entries(v.counts).map(([k, n]) => [k, BigInt(n)])),
        })),
      };
    },
    sum(req) {
      const r = store.sum(req.mimeiId, req.version, req.includeRefs);
      return { digest: r.digest, version: BigInt(r.version) };
    },
  };
}

/**
 * AddRefs/DeleteRefs stop at the first failure, keeping what was done. With nothing done the
 * failure is the answer; otherwise the count is, and the caller sees fewer than it asked for.
 */
function refsOutcome(o: { count: number; error: LeitherError | null }) {
  if (o.error && o.count === 0) throw o.error;
  return { count: BigInt(o.count) };
}
