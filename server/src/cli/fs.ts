// `leither fs`: moving files between the local disk and MiMei (FileService Upload/Download).
// Files are hashed locally, so the node checks every byte arrived; downloads are written to a
// temp file beside the target and renamed once their hash matches. mmfs trees come later.
import { createHash } from "node:crypto";
import { createReadStream, createWriteStream, promises as fs } from "node:fs";
import { once } from "node:events";
import path from "node:path";
import type { Command } from "commander";
import { MiMeiType } from "@leither/api/leither/v1/common_pb";
import { CliError, usageError } from "./errors.js";
import { createProgress, formatBytes } from "./progress.js";
import type { CliApp } from "./program.js";
import type { CommandContext } from "./context.js";

const PIECE = 1024 * 1024;

async function hashOf(file: string): Promise<string> {
  const h = createHash("sha256");
  for await (const c of createReadStream(file, { highWaterMark: PIECE })) h.update(c as Buffer);
  return h.digest("hex");
}

function progressEnabled(ctx: CommandContext): boolean {
  return !ctx.out.json && (ctx.io.stdout as { isTTY?: boolean }).isTTY === true;
}

async function requireFileMiMei(ctx: CommandContext, mimeiId: string): Promise<void> {
  const info = (await ctx.clients().mimei.getMiMeiInfo({ mimeiId })).info;
  if (info?.type === MiMeiType.MMFS || info?.type === MiMeiType.APP) {
    throw new CliError("unimplemented", `${mimeiId} is a file tree; trees (mmfs) land with the file-tree part of issue 4`, 1);
  }
  if (info?.type !== MiMeiType.FILE) throw usageError(`${mimeiId} is not a file MiMei`);
}

export function registerFsCommands(program: Command, app: CliApp): void {
  const fsCmd = program.command("fs").description("put and get file content of MiMei");

  fsCmd
    .command("put")
    .description("upload a local file as the content of a file MiMei (its cur)")
    .argument("<mimei>", "the file MiMei")
    .argument("<local>", "the local file")
    .argument("[remote]", "the name to record (default: the local file's name)")
    .option("--type <mime>", "the MIME type to record (default: from the name and content)")
    .action(async (mimeiId: string, local: string, remote: string | undefined, opts: { type?: string }, command: Command) => {
      const ctx = app.context(command);
      const file = path.resolve(ctx.io.cwd, local);
      const stat = await fs.stat(file).catch(() => {
        throw usageError(`${local}: no such file`);
      });
      if (!stat.isFile()) throw usageError(`${local} is not a regular file`);
      await requireFileMiMei(ctx, mimeiId);
      const contentHash = await hashOf(file);
      const { handle } = await ctx.clients().mimei.open({ mimeiId, version: "cur" });
      const name = remote && remote !== "." ? remote : path.basename(file);
      const progress = createProgress({ label: "put", total: stat.size, stderr: ctx.io.stderr, enabled: progressEnabled(ctx) });
      async function* body() {
        yield { part: { case: "header" as const, value: { target: { destination: { case: "fileHandle" as const, value: handle } }, name, mimeType: opts.type ?? "", size: BigInt(stat.size), contentHash } } };
        for await (const c of createReadStream(file, { highWaterMark: PIECE })) {
          progress.add((c as Buffer).length);
          yield { part: { case: "chunk" as const, value: c as Buffer } };
        }
      }
      const res = await ctx.clients().file.upload(body());
      progress.done();
      await ctx.clients().mimei.close({ handle });
      ctx.out.result(
        () => ({ mimeiId, name, size: String(res.size), contentHash: res.contentHash, mimeType: res.mimeType }),
        () => ctx.out.line(`${res.contentHash}  ${formatBytes(Number(res.size))}  ${res.mimeType}  ${name}`),
      );
    });

  fsCmd
    .command("get")
    .description("download the content of a file MiMei to a local file")
    .argument("<mimei>", "the file MiMei")
    .argument("[remote]", 'the file: "." or empty for a file MiMei, or its name')
    .argument("[local]", "where to write (default: the recorded name, else the MiMei id)")
    .option("--ver <version>", "the version: cur, last, release or a number", "cur")
    .action(async (mimeiId: string, remote: string | undefined, local: string | undefined, opts: { ver: string }, command: Command) => {
      const ctx = app.context(command);
      await requireFileMiMei(ctx, mimeiId);
      const { handle } = await ctx.clients().mimei.open({ mimeiId, version: opts.ver });
      try {
        const stream = ctx.clients().file.download({ source: { case: "handle", value: handle }, chunkSize: PIECE });
        const it = stream[Symbol.asyncIterator]();
        const first = await it.next();
        if (first.done || first.value.part.case !== "header") throw new CliError("protocol", "the node sent no download header", 1);
        const header = first.value.part.value;
        if (remote && remote !== "." && remote !== header.name) throw new CliError("not_found", `${mimeiId} holds ${JSON.stringify(header.name)}, not ${JSON.stringify(remote)}`, 1);
        const target = path.resolve(ctx.io.cwd, local ?? (header.name || mimeiId));
        const partial = `${target}.leither-part`;
        const out = createWriteStream(partial, { mode: 0o644 });
        const h = createHash("sha256");
        const progress = createProgress({ label: "get", total: Number(header.length), stderr: ctx.io.stderr, enabled: progressEnabled(ctx) });
        try {
          for (;;) {
            const next = await it.next();
            if (next.done) break;
            if (next.value.part.case !== "chunk") continue;
            const data = next.value.part.value.data;
            h.update(data);
            progress.add(data.length);
            if (!out.write(data)) await once(out, "drain");
          }
          out.end();
          await once(out, "finish");
          const got = h.digest("hex");
          if (got !== header.contentHash) throw new CliError("data_loss", `downloaded content hashes to ${got}, expected ${header.contentHash}`, 1);
          await fs.rename(partial, target);
        } catch (err) {
          out.destroy();
          await fs.rm(partial, { force: true });
          throw err;
        }
        progress.done();
        ctx.out.result(
          () => ({ mimeiId, file: target, size: String(header.size), contentHash: header.contentHash, mimeType: header.mimeType }),
          () => ctx.out.line(`${header.contentHash}  ${formatBytes(Number(header.size))}  ${target}`),
        );
      } finally {
        await ctx.clients().mimei.close({ handle }).catch(() => {});
      }
    });

  fsCmd
    .command("ls")
    .description("describe the file a file MiMei holds (directory listings come with mmfs trees)")
    .argument("<mimei>", "the MiMei")
    .option("--ver <version>", "the version", "cur")
    .action(async (mimeiId: string, opts: { ver: string }, command: Command) => {
      const ctx = app.context(command);
      await requireFileMiMei(ctx, mimeiId);
      const { handle } = await ctx.clients().mimei.open({ mimeiId, version: opts.ver });
      try {
        const info = (await ctx.clients().file.statFile({ handle })).info!;
        ctx.out.result(
          () => ({ entries: [{ name: info.name, size: String(info.size), contentHash: info.digest, mimeType: info.mimeType }] }),
          () => ctx.out.table(["NAME", "SIZE", "TYPE", "CONTENT HASH"], [[info.name || "(unnamed)", String(info.size), info.mimeType, info.digest]]),
        );
      } finally {
        await ctx.clients().mimei.close({ handle }).catch(() => {});
      }
    });
}
