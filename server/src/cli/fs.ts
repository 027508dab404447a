// `leither fs`: moving files between the local disk and MiMei (FileService Upload/Download),
// and working with file trees. A FILE MiMei holds one file; an MMFS or APP MiMei holds a tree of
// directories and files addressed by path (fs-tree.ts). put, get and ls serve both and pick by
// the MiMei's type; mkdir, mv, cp, rm, find and diff are for trees only.
import path from "node:path";
import type { Command } from "commander";
import { MiMeiType } from "@leither/api/leither/v1/common_pb";
import { formatMiMeiType } from "./args.js";
import type { CommandContext } from "./context.js";
import { CliError, usageError } from "./errors.js";
import { getFromTree, listTree, parseAnyVersion, putIntoTree, registerTreeCommands } from "./fs-tree.js";
import { downloadFile, localFile, progressEnabled, uploadFile } from "./fs-transfer.js";
import { createProgress, formatBytes, type Progress } from "./progress.js";
import type { CliApp } from "./program.js";

/** What a MiMei's content is to these commands: one file, or a tree of them. */
async function contentKind(ctx: CommandContext, mimeiId: string): Promise<"file" | "tree"> {
  const type = (await ctx.clients().mimei.getMiMeiInfo({ mimeiId })).info?.type ?? MiMeiType.UNSPECIFIED;
  if (type === MiMeiType.FILE) return "file";
  if (type === MiMeiType.MMFS || type === MiMeiType.APP) return "tree";
  throw usageError(`${mimeiId} is a ${formatMiMeiType(type)} MiMei; leither fs works on file, mmfs and app MiMei`);
}

/** Whether the user named no path inside a FILE MiMei (it has none but its own name). */
const noPath = (p: string | undefined) => p === undefined || p === "" || p === "." || p === "/";

export function registerFsCommands(program: Command, app: CliApp): void {
  const fsCmd = program.command("fs").description("put, get and list files of file MiMei and file trees (mmfs, app); edit trees");

  fsCmd
    .command("put")
    .description("upload a local file: as the content (cur) of a file MiMei, or to a path in a file tree")
    .argument("<mimei>", "the file, mmfs or app MiMei")
    .argument("<local>", "the local file (a directory with -r, for trees)")
    .argument("[remote]", 'file MiMei: the name to record (default: the local name). Tree: the path (default: "/" + the local name); a path ending in "/" or an existing directory means "into it"')
    .option("--type <mime>", "the MIME type to record (default: from the name and content)")
    .option("-p, --parents", "trees: create missing directories", true)
    .option("--no-parents", "trees: fail when the parent directory is missing")
    .option("-f, --force", "trees: replace an existing file (without it, putting onto one fails)")
    .option("-r, --recursive", "trees: put a local directory with everything below it")
    .action(async (mimeiId: string, local: string, remote: string | undefined, opts: { type?: string; parents: boolean; force?: boolean; recursive?: boolean }, command: Command) => {
      const ctx = app.context(command);
      if ((await contentKind(ctx, mimeiId)) === "tree") {
        return putIntoTree(ctx, mimeiId, local, remote, { parents: opts.parents, force: opts.force === true, recursive: opts.recursive === true, type: opts.type });
      }
      if (opts.recursive) throw usageError(`${mimeiId} is a file MiMei: it holds one file; -r needs an mmfs or app MiMei`);
      const { file, size } = await localFile(ctx, local);
      const { handle } = await ctx.clients().mimei.open({ mimeiId, version: "cur" });
      try {
        const name = remote && remote !== "." ? remote : path.basename(file);
        const progress = createProgress({ label: "put", total: size, stderr: ctx.io.stderr, enabled: progressEnabled(ctx) });
        const res = await uploadFile(ctx, { file, size, target: { destination: { case: "fileHandle", value: handle } }, name, mimeType: opts.type }, progress);
        progress.done();
        ctx.out.result(
          () => ({ mimeiId, name, size: String(res.size), contentHash: res.contentHash, mimeType: res.mimeType }),
          () => ctx.out.line(`${res.contentHash}  ${formatBytes(Number(res.size))}  ${res.mimeType}  ${name}`),
        );
      } finally {
        await ctx.clients().mimei.close({ handle }).catch(() => {});
      }
    });

  fsCmd
    .command("get")
    .description("download a file MiMei's content, or a file (a directory with -r) of a file tree, to a local file")
    .argument("<mimei>", "the file, mmfs or app MiMei")
    .argument("[remote]", 'file MiMei: "." or empty, or its recorded name. Tree: the path of the file')
    .argument("[local]", "where to write (default: the file's name in the current directory); an existing directory means into it")
    .option("--ver <version>", "the version: cur, last, release or a number", parseAnyVersion, "cur")
    .option("-r, --recursive", "trees: get a directory with everything below it")
    .action(async (mimeiId: string, remote: string | undefined, local: string | undefined, opts: { ver: string; recursive?: boolean }, command: Command) => {
      const ctx = app.context(command);
      if ((await contentKind(ctx, mimeiId)) === "tree") return getFromTree(ctx, mimeiId, remote, local, { ver: opts.ver, recursive: opts.recursive === true });
      if (opts.recursive) throw usageError(`${mimeiId} is a file MiMei: it holds one file; -r needs an mmfs or app MiMei`);
      const { handle } = await ctx.clients().mimei.open({ mimeiId, version: opts.ver });
      try {
        let progress: Progress | undefined;
        const got = await downloadFile(
          ctx,
          { case: "handle", value: handle },
          (header) => {
            if (!noPath(remote) && remote !== header.name) throw new CliError("not_found", `${mimeiId} holds ${JSON.stringify(header.name)}, not ${JSON.stringify(remote)}`, 1);
            return path.resolve(ctx.io.cwd, local ?? (header.name || mimeiId));
          },
          (header) => (progress = createProgress({ label: "get", total: Number(header.length), stderr: ctx.io.stderr, enabled: progressEnabled(ctx) })),
        );
        progress?.done();
        ctx.out.result(
          () => ({ mimeiId, file: got.file, size: String(got.header.size), contentHash: got.header.contentHash, mimeType: got.header.mimeType }),
          () => ctx.out.line(`${got.header.contentHash}  ${formatBytes(Number(got.header.size))}  ${got.file}`),
        );
      } finally {
        await ctx.clients().mimei.close({ handle }).catch(() => {});
      }
    });

  fsCmd
    .command("ls")
    .description("list a directory of a file tree (a file lists as itself), or describe the file a file MiMei holds")
    .argument("<mimei>", "the file, mmfs or app MiMei")
    .argument("[path]", "trees: the directory (default: the root)")
    .option("--ver <version>", "the version: cur, last, release or a number", parseAnyVersion, "cur")
    .option("-l, --long", "trees: also the MIME type (or entry count) and the content hash (or directory digest)")
    .option("-R, --recursive", "trees: everything below the directory, as paths relative to it")
    .action(async (mimeiId: string, typed: string | undefined, opts: { ver: string; long?: boolean; recursive?: boolean }, command: Command) => {
      const ctx = app.context(command);
      if ((await contentKind(ctx, mimeiId)) === "tree") return listTree(ctx, mimeiId, typed, { ver: opts.ver, long: opts.long === true, recursive: opts.recursive === true });
      if (!noPath(typed)) throw usageError(`${mimeiId} is a file MiMei: it holds one file and has no paths`);
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

  registerTreeCommands(fsCmd, app);
}
