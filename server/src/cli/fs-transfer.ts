// Moving bytes between local files and the node, for file MiMei and trees alike. Uploads are
// hashed locally first so the node checks that every byte arrived; downloads are written to a
// temp file beside the target and renamed only once their hash matches.
import { createHash } from "node:crypto";
import { createReadStream, promises as fs } from "node:fs";
import path from "node:path";
import type { MessageInitShape } from "@bufbuild/protobuf";
import type { DownloadHeader, DownloadRequestSchema, FileTargetSchema, UploadResponse } from "@leither/api/leither/v1/file_service_pb";
import type { CommandContext } from "./context.js";
import { CliError, usageError } from "./errors.js";
import { downloadOverHttp2 } from "./http2-download.js";
import { uploadOverHttp2 } from "./http2-upload.js";
import type { Progress } from "./progress.js";

/** The piece size for reading local files and asking for download chunks. */
const PIECE = 1024 * 1024;

export async function hashOf(file: string): Promise<string> {
  const h = createHash("sha256");
  for await (const c of createReadStream(file, { highWaterMark: PIECE })) h.update(c as Buffer);
  return h.digest("hex");
}

/** A bar only for people watching a terminal: never under --json, never into a pipe. */
export function progressEnabled(ctx: CommandContext): boolean {
  return !ctx.out.json && (ctx.io.stdout as { isTTY?: boolean }).isTTY === true;
}

/** The regular file at `local` (resolved against the CLI's cwd), or a usage error. */
export async function localFile(ctx: CommandContext, local: string): Promise<{ file: string; size: number }> {
  const file = path.resolve(ctx.io.cwd, local);
  const stat = await fs.stat(file).catch(() => {
    throw usageError(`${local}: no such file`);
  });
  if (!stat.isFile()) throw usageError(`${local} is not a regular file`);
  return { file, size: stat.size };
}

export interface UploadSpec {
  file: string;
  size: number;
  target: MessageInitShape<typeof FileTargetSchema>;
  /** The name the node derives the MIME type from. */
  name: string;
  mimeType?: string;
}

/**
 * Uploads a local file; the node refuses it (HASH_MISMATCH) if it changed while being sent. To a
 * node on the network it goes over HTTP/2 with its chunk messages framed here (http2-upload.ts);
 * through a transport a test swapped in, over that transport.
 */
export async function uploadFile(ctx: CommandContext, spec: UploadSpec, progress: Progress): Promise<UploadResponse> {
  const contentHash = await hashOf(spec.file);
  const header = { target: spec.target, name: spec.name, mimeType: spec.mimeType ?? "", size: BigInt(spec.size), contentHash };
  if (ctx.io.createTransport === undefined) {
    return uploadOverHttp2({ baseUrl: ctx.nodeUrl, session: ctx.session(), header, file: spec.file, onBytes: (n) => progress.add(n) });
  }
  async function* body() {
    yield { part: { case: "header" as const, value: header } };
    for await (const c of createReadStream(spec.file, { highWaterMark: PIECE })) {
      progress.add((c as Buffer).length);
      yield { part: { case: "chunk" as const, value: c as Buffer } };
    }
  }
  return ctx.clients().file.upload(body());
}

export interface Downloaded {
  header: DownloadHeader;
  /** The local file written. */
  file: string;
}

/**
 * Downloads `source` to the local file `place(header)` picks (the header tells the name and
 * size before any byte arrives). Nothing is left at the target unless every byte hashed right.
 * From a node on the network it comes over HTTP/2 with its messages read here
 * (http2-download.ts); through a transport a test swapped in, over that transport.
 */
export async function downloadFile(
  ctx: CommandContext,
  source: MessageInitShape<typeof DownloadRequestSchema>["source"],
  place: (header: DownloadHeader) => string,
  progress: (header: DownloadHeader) => Progress,
): Promise<Downloaded> {
  const request = { source, chunkSize: PIECE };
  const responses =
    ctx.io.createTransport === undefined ? downloadOverHttp2({ baseUrl: ctx.nodeUrl, session: ctx.session(), request }) : ctx.clients().file.download(request);
  const it = responses[Symbol.asyncIterator]();
  try {
    const first = await it.next();
    if (first.done || first.value.part.case !== "header") throw new CliError("protocol", "the node sent no download header", 1);
    const header = first.value.part.value;
    const target = place(header);
    const bar = progress(header);
    const partial = `${target}.leither-part`;
    const out = await fs.open(partial, "w", 0o644);
    const h = createHash("sha256");
    try {
      for (;;) {
        const next = await it.next();
        if (next.done) break;
        if (next.value.part.case !== "chunk") continue;
        // Written before the next message is asked for: the framed reader reuses its buffer.
        const data = next.value.part.value.data;
        h.update(data);
        for (let at = 0; at < data.length; ) at += (await out.write(data, at, data.length - at)).bytesWritten;
        bar.add(data.length);
      }
      await out.close();
      const got = h.digest("hex");
      if (got !== header.contentHash) throw new CliError("data_loss", `downloaded content hashes to ${got}, expected ${header.contentHash}`, 1);
      await fs.rename(partial, target);
    } catch (err) {
      await out.close().catch(() => {}); // closed already when the hash was wrong
      await fs.rm(partial, { force: true });
      throw err;
    }
    return { header, file: target };
  } finally {
    // Ends the stream early when something above threw, so the node stops sending.
    await it.return?.();
  }
}

export interface LocalEntry {
  /** '/'-separated, relative to the walked directory. */
  rel: string;
  abs: string;
  kind: "file" | "dir";
  size: number;
}

/** Files and directories below `root`, parents before children; links and special files are left out, with a note. */
export async function walkLocal(ctx: CommandContext, root: string): Promise<LocalEntry[]> {
  const out: LocalEntry[] = [];
  async function visit(dir: string, rel: string): Promise<void> {
    for (const name of (await fs.readdir(dir)).sort()) {
      const abs = path.join(dir, name);
      const r = rel ? `${rel}/${name}` : name;
      const st = await fs.lstat(abs);
      if (st.isDirectory()) {
        out.push({ rel: r, abs, kind: "dir", size: 0 });
        await visit(abs, r);
      } else if (st.isFile()) {
        out.push({ rel: r, abs, kind: "file", size: st.size });
      } else {
        // A link could point anywhere on this machine; say what is not sent rather than follow it.
        ctx.out.note(`skipped ${r}: ${st.isSymbolicLink() ? "a symbolic link" : "not a regular file"}`);
      }
    }
  }
  await visit(root, "");
  return out;
}

/** Whether `p` is an existing local directory. */
export async function isLocalDir(p: string): Promise<boolean> {
  return (await fs.stat(p).catch(() => undefined))?.isDirectory() === true;
}
