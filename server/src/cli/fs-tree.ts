// `leither fs` on file trees (MMFS and APP MiMei): put and get by path (files or whole
// directories), ls, mkdir, mv, cp, rm, find and diff over the FileService tree calls. Every
// command opens its own handle (on cur to write, on --ver to read) and closes it again.
import { promises as fs } from "node:fs";
import path from "node:path";
import { ConnectError } from "@connectrpc/connect";
import { codeToString } from "@connectrpc/connect/protocol-connect";
import { ErrorDetailSchema } from "@leither/api/leither/v1/common_pb";
import { FileInfoSchema, TreeChangeKind, type FileInfo, type TreeChange } from "@leither/api/leither/v1/file_service_pb";
import { InvalidArgumentError, type Command } from "commander";
import { parseVersion } from "./args.js";
import type { CommandContext } from "./context.js";
import { CliError, usageError } from "./errors.js";
import { downloadFile, isLocalDir, localFile, progressEnabled, uploadFile, walkLocal } from "./fs-transfer.js";
import { formatTime, messageJson } from "./output.js";
import { createProgress, formatBytes, type Progress } from "./progress.js";
import type { CliApp } from "./program.js";

/** Entries asked for per ReadDir/FindFiles/DiffTree call; the commands follow every page. */
const PAGE_SIZE = 1000;

export const parseAnyVersion = (s: string) => parseVersion(s);

// ---- paths -------------------------------------------------------------------------------

/** The absolute tree path for what the user typed: "docs/a" is "/docs/a"; "", "." and "/" are the root. */
export function treePath(typed: string): string {
  const trimmed = typed.replace(/\/+$/, "");
  if (trimmed === "" || trimmed === ".") return "/";
  return trimmed.startsWith("/") ? trimmed : `/${trimmed}`;
}

export function treeJoin(dir: string, rel: string): string {
  return dir === "/" ? `/${rel}` : `${dir}/${rel}`;
}

function treeBase(p: string): string {
  return p.split("/").filter(Boolean).pop() ?? "";
}

function treeParent(p: string): string {
  const i = p.lastIndexOf("/");
  return i <= 0 ? "/" : p.slice(0, i);
}

/** `p` shown relative to `dir` (for recursive listings). */
function relativeTo(dir: string, p: string): string {
  return dir === "/" ? p.slice(1) : p.slice(dir.length + 1);
}

// ---- node calls ---------------------------------------------------------------------------

/** Runs `fn` with a handle on `version` of the tree, closing the handle however `fn` ends. */
export async function withTree<R>(ctx: CommandContext, mimeiId: string, version: string, fn: (handle: string) => Promise<R>): Promise<R> {
  const { handle } = await ctx.clients().mimei.open({ mimeiId, version });
  try {
    return await fn(handle);
  } finally {
    await ctx.clients().mimei.close({ handle }).catch(() => {});
  }
}

/**
 * Awaits a node call and, when it fails with one of the given reasons, says which option
 * changes the outcome. The code and reason stay those of the node, so scripts see no difference.
 */
async function hinted<R>(call: Promise<R>, hints: Partial<Record<string, string>>): Promise<R> {
  try {
    return await call;
  } catch (err) {
    if (err instanceof ConnectError) {
      const reason = err.findDetails(ErrorDetailSchema)[0]?.reason;
      const hint = reason ? hints[reason] : undefined;
      if (hint) throw new CliError(codeToString(err.code), `${err.rawMessage}; ${hint} (${reason})`);
    }
    throw err;
  }
}

async function exists(ctx: CommandContext, handle: string, p: string): Promise<{ exists: boolean; isDir: boolean }> {
  return ctx.clients().file.fileExists({ handle, target: { case: "path", value: p } });
}

/**
 * Where a copy of something named `name` lands for the destination the user typed, the way cp
 * and mv read it: nothing typed is the root; a trailing "/" or an existing directory means
 * "into that directory"; anything else is the new path itself.
 */
async function destination(ctx: CommandContext, handle: string, typed: string | undefined, name: string): Promise<string> {
  if (typed === undefined || typed === "") return treeJoin("/", name);
  const p = treePath(typed);
  if (typed.endsWith("/") || p === "/") return treeJoin(p, name);
  return (await exists(ctx, handle, p)).isDir ? treeJoin(p, name) : p;
}

/** Every entry of one directory, following the pages. */
async function readAll(ctx: CommandContext, handle: string, dir: string): Promise<FileInfo[]> {
  const out: FileInfo[] = [];
  let pageToken = "";
  do {
    const r = await ctx.clients().file.readDir({ handle, path: dir, page: { pageSize: PAGE_SIZE, pageToken } });
    out.push(...r.entries);
    pageToken = r.page?.nextPageToken ?? "";
  } while (pageToken !== "");
  return out;
}

/** Every entry below `dir`, depth first, each directory before what it holds. */
async function walkTree(ctx: CommandContext, handle: string, dir: string): Promise<FileInfo[]> {
  const out: FileInfo[] = [];
  for (const e of await readAll(ctx, handle, dir)) {
    out.push(e);
    if (e.isDir) out.push(...(await walkTree(ctx, handle, e.path)));
  }
  return out;
}

function bar(ctx: CommandContext, label: string, total: number): Progress {
  return createProgress({ label, total, stderr: ctx.io.stderr, enabled: progressEnabled(ctx) });
}

const entryJson = (e: FileInfo) => messageJson(FileInfoSchema, e);
const shownName = (name: string, e: FileInfo) => `${name}${e.isDir ? "/" : ""}`;

// ---- put and get (called by fs.ts once it knows the MiMei is a tree) -----------------------

export interface TreePutOptions {
  parents: boolean;
  force: boolean;
  recursive: boolean;
  type?: string;
}

const REPLACE_HINT = { PATH_EXISTS: "use --force to replace it" };
const PUT_HINTS = { ...REPLACE_HINT, PARENT_NOT_FOUND: "leave out --no-parents to create missing directories" };

export async function putIntoTree(ctx: CommandContext, mimeiId: string, local: string, remote: string | undefined, opts: TreePutOptions): Promise<void> {
  const abs = path.resolve(ctx.io.cwd, local);
  if (opts.recursive && (await isLocalDir(abs))) return putDirectory(ctx, mimeiId, abs, remote, opts);
  if (await isLocalDir(abs)) throw usageError(`${local} is a directory; use -r to put it with everything below it`);
  const { file, size } = await localFile(ctx, local);
  await withTree(ctx, mimeiId, "cur", async (handle) => {
    const dest = await destination(ctx, handle, remote, path.basename(file));
    const progress = bar(ctx, "put", size);
    const target = { destination: { case: "treePath" as const, value: { handle, path: dest } }, overwrite: opts.force, makeParents: opts.parents };
    const res = await hinted(uploadFile(ctx, { file, size, target, name: treeBase(dest), mimeType: opts.type }, progress), PUT_HINTS);
    progress.done();
    ctx.out.result(
      () => ({ mimeiId, path: dest, size: String(res.size), contentHash: res.contentHash, mimeType: res.mimeType }),
      () => ctx.out.line(`${res.contentHash}  ${formatBytes(Number(res.size))}  ${res.mimeType}  ${dest}`),
    );
  });
}

/** Puts a local directory: its directories first (so empty ones exist too), then its files. */
async function putDirectory(ctx: CommandContext, mimeiId: string, dir: string, remote: string | undefined, opts: TreePutOptions): Promise<void> {
  const entries = await walkLocal(ctx, dir);
  await withTree(ctx, mimeiId, "cur", async (handle) => {
    const dest = await destination(ctx, handle, remote, path.basename(dir));
    if (!opts.parents && dest !== "/") {
      const parent = treeParent(dest);
      if (!(await exists(ctx, handle, parent)).isDir) throw new CliError("not_found", `no directory ${parent} in the tree; leave out --no-parents to create it`);
    }
    await ctx.clients().file.makeDir({ handle, path: dest, parents: true });
    const files = entries.filter((e) => e.kind === "file");
    const dirs = entries.filter((e) => e.kind === "dir");
    for (const d of dirs) await ctx.clients().file.makeDir({ handle, path: treeJoin(dest, d.rel), parents: true });
    const progress = bar(ctx, "put", files.reduce((n, f) => n + f.size, 0));
    const placed: { path: string; size: string; contentHash: string }[] = [];
    for (const f of files) {
      const p = treeJoin(dest, f.rel);
      const target = { destination: { case: "treePath" as const, value: { handle, path: p } }, overwrite: opts.force };
      const res = await hinted(uploadFile(ctx, { file: f.abs, size: f.size, target, name: treeBase(p), mimeType: opts.type }, progress), PUT_HINTS);
      placed.push({ path: p, size: String(res.size), contentHash: res.contentHash });
    }
    progress.done();
    const total = placed.reduce((n, f) => n + Number(f.size), 0);
    ctx.out.result(
      () => ({ mimeiId, path: dest, directories: dirs.length, files: placed, size: String(total) }),
      () => ctx.out.line(`${dest}: ${placed.length} files (${formatBytes(total)}) in ${dirs.length + 1} directories`),
    );
  });
}

export interface TreeGetOptions {
  ver: string;
  recursive: boolean;
}

export async function getFromTree(ctx: CommandContext, mimeiId: string, remote: string | undefined, local: string | undefined, opts: TreeGetOptions): Promise<void> {
  if (remote === undefined || remote === "") throw usageError(`${mimeiId} is a file tree; give the path of a file in it (or of a directory, with -r)`);
  const src = treePath(remote);
  await withTree(ctx, mimeiId, opts.ver, async (handle) => {
    const info = (await ctx.clients().file.statFile({ handle, path: src })).info!;
    if (info.isDir) {
      if (!opts.recursive) throw new CliError("failed_precondition", `${src} is a directory; use -r to get it with everything below it`);
      return getDirectory(ctx, mimeiId, handle, info, local);
    }
    let target = path.resolve(ctx.io.cwd, local ?? info.name);
    if (await isLocalDir(target)) target = path.join(target, info.name);
    const progress = bar(ctx, "get", Number(info.size));
    const got = await downloadFile(ctx, { case: "treePath", value: { handle, path: src } }, () => target, () => progress);
    progress.done();
    ctx.out.result(
      () => ({ mimeiId, path: src, file: got.file, size: String(got.header.size), contentHash: got.header.contentHash, mimeType: got.header.mimeType }),
      () => ctx.out.line(`${got.header.contentHash}  ${formatBytes(Number(got.header.size))}  ${got.file}`),
    );
  });
}

/** Mirrors a tree directory into a local one, which is created as needed; local files of the same names are replaced. */
async function getDirectory(ctx: CommandContext, mimeiId: string, handle: string, dir: FileInfo, local: string | undefined): Promise<void> {
  const name = dir.path === "/" ? mimeiId : dir.name;
  let target = path.resolve(ctx.io.cwd, local ?? name);
  if (local !== undefined && (await isLocalDir(target))) target = path.join(target, name);
  const entries = await walkTree(ctx, handle, dir.path);
  await fs.mkdir(target, { recursive: true });
  const progress = bar(ctx, "get", Number(dir.size));
  const written: { path: string; file: string; size: string; contentHash: string }[] = [];
  for (const e of entries) {
    const to = path.join(target, ...relativeTo(dir.path, e.path).split("/"));
    if (e.isDir) {
      await fs.mkdir(to, { recursive: true });
      continue;
    }
    const got = await downloadFile(ctx, { case: "treePath", value: { handle, path: e.path } }, () => to, () => progress);
    written.push({ path: e.path, file: got.file, size: String(got.header.size), contentHash: got.header.contentHash });
  }
  progress.done();
  const total = written.reduce((n, f) => n + Number(f.size), 0);
  ctx.out.result(
    () => ({ mimeiId, path: dir.path, dir: target, files: written, size: String(total) }),
    () => ctx.out.line(`${target}: ${written.length} files (${formatBytes(total)})`),
  );
}

// ---- ls ------------------------------------------------------------------------------------

export interface TreeLsOptions {
  ver: string;
  long: boolean;
  recursive: boolean;
}

export async function listTree(ctx: CommandContext, mimeiId: string, typed: string | undefined, opts: TreeLsOptions): Promise<void> {
  const dir = treePath(typed ?? "/");
  await withTree(ctx, mimeiId, opts.ver, async (handle) => {
    const self = (await ctx.clients().file.statFile({ handle, path: dir })).info!;
    // Like ls, a file lists as itself.
    const entries = !self.isDir ? [self] : opts.recursive ? await walkTree(ctx, handle, dir) : await readAll(ctx, handle, dir);
    const nameOf = (e: FileInfo) => (!self.isDir ? e.name : opts.recursive ? relativeTo(dir, e.path) : e.name);
    ctx.out.result(
      () => ({ mimeiId, path: dir, entries: entries.map(entryJson) }),
      () => {
        const headers = opts.long ? ["NAME", "SIZE", "MODIFIED", "TYPE", "DIGEST"] : ["NAME", "SIZE", "MODIFIED"];
        ctx.out.table(
          headers,
          entries.map((e) => {
            const row = [shownName(nameOf(e), e), String(e.size), formatTime(e.modifiedAt)];
            return opts.long ? [...row, e.isDir ? `dir (${e.entryCount} ${e.entryCount === 1n ? "entry" : "entries"})` : e.mimeType, e.digest] : row;
          }),
        );
      },
    );
  });
}

// ---- the tree-only commands ----------------------------------------------------------------

const KIND_LETTER: Record<TreeChangeKind, string> = {
  [TreeChangeKind.UNSPECIFIED]: "?",
  [TreeChangeKind.ADDED]: "A",
  [TreeChangeKind.REMOVED]: "D",
  [TreeChangeKind.MODIFIED]: "M",
  [TreeChangeKind.TYPE_CHANGED]: "T",
};
const KIND_NAME: Record<TreeChangeKind, string> = {
  [TreeChangeKind.UNSPECIFIED]: "unspecified",
  [TreeChangeKind.ADDED]: "added",
  [TreeChangeKind.REMOVED]: "removed",
  [TreeChangeKind.MODIFIED]: "modified",
  [TreeChangeKind.TYPE_CHANGED]: "type_changed",
};

/** "ID", "ID:VER" or ":VER" (this tree at VER), for `cp --from`. */
function parseSource(text: string): { mimeiId: string; version: string } {
  const at = text.lastIndexOf(":");
  if (at < 0) return { mimeiId: text, version: "" };
  try {
    return { mimeiId: text.slice(0, at), version: parseVersion(text.slice(at + 1)) };
  } catch (err) {
    throw new InvalidArgumentError(`Use MIMEI, MIMEI:VERSION or :VERSION. ${(err as Error).message}`);
  }
}

export function registerTreeCommands(fsCmd: Command, app: CliApp): void {
  fsCmd
    .command("mkdir")
    .description("make a directory in a file tree")
    .argument("<mimei>", "the mmfs or app MiMei")
    .argument("<path>", "the directory's path in the tree")
    .option("-p, --parents", "create missing parents, and accept an existing directory")
    .action(async (mimeiId: string, typed: string, opts: { parents?: boolean }, command: Command) => {
      const ctx = app.context(command);
      const p = treePath(typed);
      await withTree(ctx, mimeiId, "cur", async (handle) => {
        const hints = opts.parents ? {} : { PATH_EXISTS: "use -p to accept an existing directory", PARENT_NOT_FOUND: "use -p to create missing parents" };
        const res = await hinted(ctx.clients().file.makeDir({ handle, path: p, parents: opts.parents === true }), hints);
        ctx.out.result(() => ({ mimeiId, entry: entryJson(res.info!) }), () => ctx.out.line(res.info!.path));
      });
    });

  fsCmd
    .command("mv")
    .description("move or rename a file or directory within a file tree")
    .argument("<mimei>", "the mmfs or app MiMei")
    .argument("<from>", "the path to move")
    .argument("<to>", 'the new path, or a directory to move into (an existing one, or any ending in "/")')
    .option("-f, --force", "replace an existing entry at the destination")
    .action(async (mimeiId: string, from: string, to: string, opts: { force?: boolean }, command: Command) => {
      const ctx = app.context(command);
      const src = treePath(from);
      await withTree(ctx, mimeiId, "cur", async (handle) => {
        const dest = await destination(ctx, handle, to, treeBase(src));
        const res = await hinted(ctx.clients().file.movePath({ handle, fromPath: src, toPath: dest, overwrite: opts.force === true }), REPLACE_HINT);
        ctx.out.result(() => ({ mimeiId, from: src, entry: entryJson(res.info!) }), () => ctx.out.line(`${src} -> ${res.info!.path}`));
      });
    });

  fsCmd
    .command("cp")
    .description("copy a file or directory (recursively) into a file tree; content is shared, not sent again")
    .argument("<mimei>", "the mmfs or app MiMei to copy into (its cur)")
    .argument("<from>", "the path to copy")
    .argument("<to>", 'the new path, or a directory to copy into (an existing one, or any ending in "/")')
    .option("--from <mimei[:ver]>", 'copy from another tree, or a version ("ID:3", or ":3" for this tree\'s version 3)', parseSource)
    .option("-f, --force", "replace an existing entry at the destination")
    .action(async (mimeiId: string, from: string, to: string, opts: { from?: { mimeiId: string; version: string }; force?: boolean }, command: Command) => {
      const ctx = app.context(command);
      const src = treePath(from);
      const source = { mimeiId: opts.from?.mimeiId || mimeiId, version: opts.from?.version ?? "" };
      await withTree(ctx, mimeiId, "cur", async (handle) => {
        const dest = await destination(ctx, handle, to, treeBase(src));
        const res = await hinted(
          ctx.clients().file.copyPath({ handle, sourcePath: src, destinationPath: dest, sourceMimeiId: source.mimeiId, sourceVersion: source.version, overwrite: opts.force === true }),
          REPLACE_HINT,
        );
        const shown = `${source.mimeiId === mimeiId ? "" : source.mimeiId}${source.version ? `:${source.version}` : ""}${src}`;
        ctx.out.result(
          () => ({ mimeiId, from: { mimeiId: source.mimeiId, version: source.version || "cur", path: src }, entry: entryJson(res.info!) }),
          () => ctx.out.line(`${shown} -> ${res.info!.path}`),
        );
      });
    });

  fsCmd
    .command("rm")
    .description("remove a file or an empty directory from a file tree (-r: a directory with everything below it)")
    .argument("<mimei>", "the mmfs or app MiMei")
    .argument("<path>", "the path to remove")
    .option("-r, --recursive", "remove a directory with everything below it (a missing path is then no error)")
    .action(async (mimeiId: string, typed: string, opts: { recursive?: boolean }, command: Command) => {
      const ctx = app.context(command);
      const p = treePath(typed);
      await withTree(ctx, mimeiId, "cur", async (handle) => {
        let removed = 1n;
        if (opts.recursive) removed = (await ctx.clients().file.removeAll({ handle, path: p })).removed;
        else await hinted(ctx.clients().file.removePath({ handle, path: p }), { DIRECTORY_NOT_EMPTY: "use -r to remove it with everything below it" });
        ctx.out.result(() => ({ mimeiId, path: p, removed: String(removed) }), () => ctx.out.line(`removed ${p} (${removed} ${removed === 1n ? "entry" : "entries"})`));
      });
    });

  fsCmd
    .command("find")
    .description("find entries of a file tree by name or by a glob on their path")
    .argument("<mimei>", "the mmfs or app MiMei")
    .argument("[path]", "the directory to search below", "/")
    .option("--name <name>", "entries with exactly this name, at any depth")
    .option("--glob <pattern>", 'paths (relative to PATH) matching a glob: *, ?, [a-z], ** (e.g. "**/*.md")')
    .option("--ver <version>", "the version: cur, last, release or a number", parseAnyVersion, "cur")
    .action(async (mimeiId: string, typed: string, opts: { name?: string; glob?: string; ver: string }, command: Command) => {
      const ctx = app.context(command);
      if ((opts.name === undefined) === (opts.glob === undefined)) throw usageError("give one of --name or --glob");
      const query = opts.name !== undefined ? { case: "name" as const, value: opts.name } : { case: "glob" as const, value: opts.glob! };
      const dir = treePath(typed);
      await withTree(ctx, mimeiId, opts.ver, async (handle) => {
        const found: FileInfo[] = [];
        let pageToken = "";
        do {
          const r = await ctx.clients().file.findFiles({ handle, path: dir, query, page: { pageSize: PAGE_SIZE, pageToken } });
          found.push(...r.entries);
          pageToken = r.page?.nextPageToken ?? "";
        } while (pageToken !== "");
        ctx.out.result(
          () => ({ mimeiId, path: dir, entries: found.map(entryJson) }),
          () => {
            for (const e of found) ctx.out.line(shownName(e.path, e));
          },
        );
      });
    });

  fsCmd
    .command("diff")
    .description("list the paths that differ between two versions of a file tree (A added, D removed, M modified, T file<->directory)")
    .argument("<mimei>", "the mmfs or app MiMei")
    .argument("<from-ver>", "the older version", parseAnyVersion)
    .argument("[to-ver]", "the newer version (default: cur)", parseAnyVersion)
    .option("--path <dir>", "only paths below this directory")
    .action(async (mimeiId: string, fromVersion: string, toVersion: string | undefined, opts: { path?: string }, command: Command) => {
      const ctx = app.context(command);
      const below = opts.path === undefined ? "" : treePath(opts.path);
      const changes: TreeChange[] = [];
      let digests = { from: "", to: "" };
      let pageToken = "";
      do {
        const r = await ctx.clients().file.diffTree({ mimeiId, fromVersion, toVersion: toVersion ?? "cur", path: below, page: { pageSize: PAGE_SIZE, pageToken } });
        changes.push(...r.changes);
        digests = { from: r.fromDigest, to: r.toDigest };
        pageToken = r.page?.nextPageToken ?? "";
      } while (pageToken !== "");
      ctx.out.result(
        () => ({
          mimeiId,
          fromVersion,
          toVersion: toVersion ?? "cur",
          fromDigest: digests.from,
          toDigest: digests.to,
          changes: changes.map((c) => ({ path: c.path, kind: KIND_NAME[c.kind], isDir: c.isDir, fromDigest: c.fromDigest, toDigest: c.toDigest })),
        }),
        () => {
          for (const c of changes) ctx.out.line(`${KIND_LETTER[c.kind]}  ${c.path}${c.isDir ? "/" : ""}`);
        },
      );
    });
}
