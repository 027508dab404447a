// FileService: translates requests to the fs domain and its answers back to messages. Access
// was checked by the policy layer before unary calls run; the two streams authorize here with
// their first message, as the policy interceptor cannot see it.
import { create, fromJson, toJson, type JsonValue } from "@bufbuild/protobuf";
import { timestampFromMs, ValueSchema } from "@bufbuild/protobuf/wkt";
import type { HandlerContext, ServiceImpl } from "@connectrpc/connect";
import {
  DownloadResponseSchema,
  FileInfoSchema,
  FileService,
  TreeChangeKind,
  type DownloadRequest,
  type DownloadResponse,
  type FileInfo,
  type FileTarget,
  type UploadHeader,
  type UploadRequest,
} from "@leither/api/leither/v1/file_service_pb";
import { failedPrecondition, invalidArgument } from "../errors.js";
import type { FileInfo as DomainInfo, FileService as Files, Page, Placement, TreeChange as DomainChange, TreeEntry } from "../fs/index.js";
import type { Policy } from "../policy/policy.js";
import { ruleOf } from "../policy/rules.js";
import { directBody, directStream } from "../http/raw-call.js";
import { callerOf, requireUser as loggedIn } from "./caller.js";
import { chunkMessagePrefix } from "./download-frames.js";
import { readUploadRequests } from "./upload-frames.js";
import { splitUploadStream, toNumber } from "./streams.js";

/** Bytes per Download chunk: 256 KiB by default, at most 4 MiB. */
const DEFAULT_CHUNK = 256 * 1024;
const MAX_CHUNK = 4 * 1024 * 1024;
/**
 * How long an Upload that announced neither its size nor its hash waits after its last message
 * for a reset. Node's HTTP/2 clients cancel a stream by half-closing it, which reads here as a
 * complete body, and reset it a moment later; without a size or hash to check, the node could
 * not tell that cut upload from a whole one and would store the truncated bytes.
 */
const RESET_GRACE_MS = 50;

async function* thenAwaitReset(chunks: AsyncIterable<Uint8Array>, signal: AbortSignal): AsyncGenerator<Uint8Array> {
  yield* chunks;
  if (signal.aborted) return;
  await new Promise<void>((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener("abort", done);
      resolve();
    };
    const timer = setTimeout(done, RESET_GRACE_MS);
    signal.addEventListener("abort", done);
  });
}

export function toFileInfo(i: DomainInfo): FileInfo {
  return create(FileInfoSchema, {
    name: i.name,
    path: i.path ?? "",
    size: BigInt(i.size),
    digest: i.digest,
    mimeType: i.mimeType,
    modifiedAt: timestampFromMs(i.modifiedAt),
  });
}

export function toTreeInfo(e: TreeEntry): FileInfo {
  return create(FileInfoSchema, {
    name: e.name,
    path: e.path,
    isDir: e.kind === "dir",
    size: BigInt(e.size),
    digest: e.digest,
    mimeType: e.mimeType,
    modifiedAt: timestampFromMs(e.modifiedAt),
    entryCount: BigInt(e.entryCount),
  });
}

const CHANGE_KIND: Record<DomainChange["kind"], TreeChangeKind> = {
  added: TreeChangeKind.ADDED,
  removed: TreeChangeKind.REMOVED,
  modified: TreeChangeKind.MODIFIED,
  type_changed: TreeChangeKind.TYPE_CHANGED,
};

/** Page tokens are the key to continue after (a name or a path), opaque to clients. */
function pageOf(page: { pageSize: number; pageToken: string } | undefined): Partial<Page> {
  let after = "";
  if (page?.pageToken) {
    after = Buffer.from(page.pageToken, "base64url").toString("utf8");
    if (after === "" || Buffer.from(after).toString("base64url") !== page.pageToken) throw invalidArgument("BAD_PAGE_TOKEN", "page_token is not one this node returned");
  }
  return { after, limit: page?.pageSize ?? 0 };
}
const nextToken = (next: string) => ({ nextPageToken: next === "" ? "" : Buffer.from(next).toString("base64url") });

function placementOf(t: FileTarget | undefined): Placement {
  switch (t?.destination.case) {
    case "refMimeiId":
      return { kind: "ref", mimeiId: t.destination.value };
    case "fileHandle":
      return { kind: "file", handle: t.destination.value };
    case "treePath":
      return { kind: "tree", handle: t.destination.value.handle, path: t.destination.value.path, overwrite: t.overwrite, makeParents: t.makeParents };
    default:
      return { kind: "none" };
  }
}

export function createFileHandlers(files: Files, policy: Policy): ServiceImpl<typeof FileService> {
  const userOf = (ctx: HandlerContext) => callerOf(ctx).userId;

  return {
    openTempFile(req, ctx) {
      const t = files.openTemp(loggedIn(ctx), req.name);
      return { handle: t.handle, expiresAt: timestampFromMs(t.expiresAt) };
    },
    async openFile(req, ctx) {
      switch (req.target.case) {
        case "url": {
          const r = await files.openUrl(userOf(ctx), req.target.value, { truncate: req.truncate });
          return { handle: r.handle, readOnly: r.readOnly, info: toFileInfo(r.info), expiresAt: timestampFromMs(r.expiresAt) };
        }
        case "content": {
          const r = files.openContent(userOf(ctx), req.target.value.handle, req.target.value.contentHash);
          return { handle: r.handle, readOnly: true, info: toFileInfo(r.info), expiresAt: timestampFromMs(r.expiresAt) };
        }
        case "treePath": {
          const r = await files.openTreeFile(userOf(ctx), req.target.value.handle, req.target.value.path, { create: req.create, truncate: req.truncate });
          return { handle: r.handle, readOnly: r.readOnly, info: toFileInfo(r.info), expiresAt: timestampFromMs(r.expiresAt) };
        }
        default:
          throw invalidArgument("TARGET_REQUIRED", "set one of url, content or tree_path");
      }
    },
    async writeFile(req, ctx) {
      const r = await files.write(userOf(ctx), req.handle, toNumber(req.offset, "offset"), req.data);
      return { written: BigInt(r.written), size: BigInt(r.size) };
    },
    async readFile(req, ctx) {
      const r = await files.read(userOf(ctx), req.handle, toNumber(req.offset, "offset"), toNumber(req.length, "length"));
      return { data: r.data, offset: BigInt(r.position), eof: r.eof };
    },
    async truncateFile(req, ctx) {
      await files.truncate(userOf(ctx), req.handle, toNumber(req.size, "size"));
      return {};
    },
    async getFileSize(req, ctx) {
      return { size: BigInt((await files.stat(userOf(ctx), req.handle)).size) };
    },
    async statFile(req, ctx) {
      if (req.path !== "" || files.trees.isTreeHandle(userOf(ctx), req.handle)) return { info: toTreeInfo(files.trees.stat(userOf(ctx), req.handle, req.path)) };
      return { info: toFileInfo(await files.stat(userOf(ctx), req.handle)) };
    },
    fileExists(req, ctx) {
      switch (req.target.case) {
        case "contentHash":
          return { exists: files.contentExists(userOf(ctx), req.handle, req.target.value), isDir: false };
        case "path": {
          const e = files.trees.exists(userOf(ctx), req.handle, req.target.value);
          return { exists: e !== undefined, isDir: e?.kind === "dir" };
        }
        default:
          throw invalidArgument("TARGET_REQUIRED", "set path or content_hash");
      }
    },
    async getMimeType(req, ctx) {
      if (req.path !== "") {
        const e = files.trees.stat(userOf(ctx), req.handle, req.path);
        if (e.kind === "dir") throw failedPrecondition("IS_A_DIRECTORY", `${e.path} is a directory`, { path: e.path });
        return { mimeType: e.mimeType };
      }
      return { mimeType: await files.mimeType(userOf(ctx), req.handle) };
    },
    async finishTempFile(req, ctx) {
      const file = await files.finish(userOf(ctx), req.handle, placementOf(req.target));
      return { contentHash: file.hash, size: BigInt(file.size) };
    },
    async setObject(req, ctx) {
      if (!req.value) throw invalidArgument("VALUE_REQUIRED", "set value");
      const r = await files.setObject(userOf(ctx), req.handle, toJson(ValueSchema, req.value));
      return { contentHash: r.hash, size: BigInt(r.size) };
    },
    async getObject(req, ctx) {
      const value = await files.getObject(userOf(ctx), req.handle);
      return { value: fromJson(ValueSchema, value as JsonValue) };
    },
    setFileContent(req, ctx) {
      const r = files.setFileContent(userOf(ctx), req.handle, req.contentHash, req.mimeType);
      return { size: BigInt(r.size) };
    },
    makeDir(req, ctx) {
      return { info: toTreeInfo(files.trees.makeDir(userOf(ctx), req.handle, req.path, req.parents)) };
    },
    readDir(req, ctx) {
      const r = files.trees.readDir(userOf(ctx), req.handle, req.path, pageOf(req.page));
      return { entries: r.items.map(toTreeInfo), page: nextToken(r.next) };
    },
    findFiles(req, ctx) {
      const q = req.query;
      if (q.case === undefined || q.value === "") throw invalidArgument("QUERY_REQUIRED", "set name or glob");
      const r = files.trees.find(userOf(ctx), req.handle, req.path, q.case === "name" ? { name: q.value } : { glob: q.value }, pageOf(req.page));
      return { entries: r.items.map(toTreeInfo), page: nextToken(r.next) };
    },
    copyPath(req, ctx) {
      const source = { mimeiId: req.sourceMimeiId, version: req.sourceVersion, path: req.sourcePath };
      return { info: toTreeInfo(files.trees.copy(userOf(ctx), req.handle, source, req.destinationPath, req.overwrite)) };
    },
    movePath(req, ctx) {
      return { info: toTreeInfo(files.trees.move(userOf(ctx), req.handle, req.fromPath, req.toPath, req.overwrite)) };
    },
    removePath(req, ctx) {
      files.trees.remove(userOf(ctx), req.handle, req.path);
      return {};
    },
    removeAll(req, ctx) {
      return { removed: BigInt(files.trees.removeAll(userOf(ctx), req.handle, req.path)) };
    },
    diffTree(req) {
      if (req.fromVersion === "") throw invalidArgument("FROM_VERSION_REQUIRED", "set from_version (\"last\", \"release\" or a number)");
      const r = files.trees.diff(req.mimeiId, req.fromVersion, req.toVersion, req.path, pageOf(req.page));
      return {
        changes: r.items.map((c) => ({ path: c.path, kind: CHANGE_KIND[c.kind], isDir: c.isDir, fromDigest: c.fromDigest, toDigest: c.toDigest })),
        fromDigest: r.fromRoot,
        toDigest: r.toRoot,
        page: nextToken(r.next),
      };
    },

    async upload(requests, ctx) {
      // Over the network the body is read here, chunk bytes handed on as they arrive (raw-call.ts).
      const direct = directBody(ctx);
      const messages = direct ? readUploadRequests(direct.body, direct.readMaxBytes) : requests;
      const { first, header, chunks } = await splitUploadStream<UploadHeader, UploadRequest>(messages, { rpc: "Upload", header: "UploadHeader" });
      policy.authorize(callerOf(ctx), ruleOf(FileService.method.upload), first);
      const announced = header.size > 0n || header.contentHash !== "";
      const r = await files.upload(
        userOf(ctx),
        { target: placementOf(header.target), name: header.name, mimeType: header.mimeType, size: toNumber(header.size, "size"), contentHash: header.contentHash },
        announced ? chunks : thenAwaitReset(chunks, ctx.signal),
        ctx.signal,
      );
      const placed = header.target?.destination.case === "treePath" ? header.target.destination.value : undefined;
      const info = placed ? toTreeInfo(files.trees.stat(userOf(ctx), placed.handle, placed.path)) : undefined;
      return { contentHash: r.file.hash, size: BigInt(r.file.size), mimeType: r.mimeType, info };
    },

    async *download(req, ctx): AsyncGenerator<DownloadResponse> {
      policy.authorize(callerOf(ctx), ruleOf(FileService.method.download), req);
      let handle: string;
      // A handle opened here for the stream is closed with it.
      let own = false;
      switch (req.source.case) {
        case "handle":
          handle = req.source.value;
          break;
        case "content":
          handle = files.openContent(userOf(ctx), req.source.value.handle, req.source.value.contentHash).handle;
          own = true;
          break;
        case "treePath":
          handle = (await files.openTreeFile(userOf(ctx), req.source.value.handle, req.source.value.path, { create: false, truncate: false })).handle;
          own = true;
          break;
        default:
          throw invalidArgument("SOURCE_REQUIRED", "set handle, content or tree_path");
      }
      try {
        yield* sendDownload(handle, req, ctx);
      } finally {
        if (own) await files.close(userOf(ctx), handle);
      }
    },
  };

  async function* sendDownload(handle: string, req: DownloadRequest, ctx: HandlerContext): AsyncGenerator<DownloadResponse> {
    const size = req.chunkSize === 0 ? DEFAULT_CHUNK : Math.min(req.chunkSize, MAX_CHUNK);
    const d = await files.download(userOf(ctx), handle, toNumber(req.offset, "offset"), toNumber(req.length, "length"));
    yield create(DownloadResponseSchema, {
      part: {
        case: "header",
        value: {
          name: d.info.name,
          size: BigInt(d.info.size),
          contentHash: d.info.digest,
          mimeType: d.info.mimeType,
          modifiedAt: timestampFromMs(d.info.modifiedAt),
          offset: BigInt(d.offset),
          length: BigInt(d.length),
        },
      },
    });
    // Over the network the chunks are written straight from the store's buffers, connect
    // waiting meanwhile for the next message (raw-call.ts); the header went through it.
    const direct = directStream(ctx);
    let position = d.offset;
    for await (const piece of d.chunks) {
      for (let at = 0; at < piece.length; at += size) {
        const data = piece.subarray(at, Math.min(at + size, piece.length));
        if (direct) {
          ctx.signal.throwIfAborted();
          await direct(chunkMessagePrefix(position, data.length));
          await direct(data);
        } else {
          yield create(DownloadResponseSchema, { part: { case: "chunk", value: { offset: BigInt(position), data } } });
        }
        position += data.length;
      }
    }
  }
}
