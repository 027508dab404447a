// `leither app`: upload web apps (a directory, packed as a tar stream on the fly, or a .tar,
// .tar.gz or .zip archive) with AppService.UploadAppArchive, list them, release versions and
// uninstall them. Versions are the app MiMei's own (`leither mm versions APP_ID` lists them).
import { createHash } from "node:crypto";
import { once } from "node:events";
import { createReadStream, promises as fs } from "node:fs";
import path from "node:path";
import type { Command } from "commander";
import tar from "tar-stream";
import { AppSchema, ArchiveFormat, type App } from "@leither/api/leither/v1/app_service_pb";
import { isAppName } from "../app/app-id.js";
import { parseVersion } from "./args.js";
import type { CommandContext } from "./context.js";
import { CliError, usageError } from "./errors.js";
import { formatTime, messageJson } from "./output.js";
import { createProgress, formatBytes, type Progress } from "./progress.js";
import type { CliApp } from "./program.js";

const PIECE = 1024 * 1024;

const ARCHIVE_SUFFIXES: [string, ArchiveFormat][] = [
  [".tar.gz", ArchiveFormat.TAR_GZ],
  [".tgz", ArchiveFormat.TAR_GZ],
  [".tar", ArchiveFormat.TAR],
  [".zip", ArchiveFormat.ZIP],
];

interface LocalEntry {
  /** '/'-separated, relative to the uploaded directory. */
  rel: string;
  abs: string;
  kind: "file" | "dir";
  size: number;
  mtime: Date;
}

function progressEnabled(ctx: CommandContext): boolean {
  return !ctx.out.json && (ctx.io.stdout as { isTTY?: boolean }).isTTY === true;
}

/** Files and directories below `root`, sorted; symbolic links and special files are left out (and said so). */
async function walk(ctx: CommandContext, root: string): Promise<LocalEntry[]> {
  const out: LocalEntry[] = [];
  async function visit(dir: string, rel: string): Promise<void> {
    const names = (await fs.readdir(dir)).sort();
    for (const name of names) {
      const abs = path.join(dir, name);
      const r = rel ? `${rel}/${name}` : name;
      const st = await fs.lstat(abs);
      if (st.isDirectory()) {
        out.push({ rel: r, abs, kind: "dir", size: 0, mtime: st.mtime });
        await visit(abs, r);
      } else if (st.isFile()) {
        out.push({ rel: r, abs, kind: "file", size: st.size, mtime: st.mtime });
      } else {
        // The node refuses links in archives (they could point anywhere); say what is left out.
        ctx.out.note(`skipped ${r}: ${st.isSymbolicLink() ? "a symbolic link" : "not a regular file"}`);
      }
    }
  }
  await visit(root, "");
  return out;
}

/** A tar stream of the entries, read from disk as it is sent. */
async function* packEntries(entries: LocalEntry[], progress: Progress): AsyncGenerator<Uint8Array> {
  const pack = tar.pack();
  const entryDone = (header: tar.Headers) => {
    let sink!: ReturnType<typeof pack.entry>;
    const done = new Promise<void>((resolve, reject) => {
      sink = pack.entry(header, (err) => (err ? reject(err) : resolve()));
    });
    return { sink, done };
  };
  const feeding = (async () => {
    try {
      for (const e of entries) {
        if (e.kind === "dir") {
          const { sink, done } = entryDone({ name: `${e.rel}/`, type: "directory", mode: 0o755, mtime: e.mtime });
          sink.end();
          await done;
          continue;
        }
        const { sink, done } = entryDone({ name: e.rel, type: "file", size: e.size, mode: 0o644, mtime: e.mtime });
        for await (const c of createReadStream(e.abs, { highWaterMark: PIECE })) {
          progress.add((c as Buffer).length);
          if (!sink.write(c)) await once(sink as unknown as NodeJS.EventEmitter, "drain");
        }
        sink.end();
        await done;
      }
      pack.finalize();
    } catch (err) {
      pack.destroy(err as Error);
    }
  })();
  try {
    for await (const c of pack) yield c as Buffer;
  } finally {
    await feeding;
  }
}

async function hashOf(file: string): Promise<string> {
  const h = createHash("sha256");
  for await (const c of createReadStream(file, { highWaterMark: PIECE })) h.update(c as Buffer);
  return h.digest("hex");
}

function defaultName(local: string, isDir: boolean): string {
  let base = path.basename(path.resolve(local));
  if (!isDir) {
    const suffix = ARCHIVE_SUFFIXES.find(([s]) => base.toLowerCase().endsWith(s));
    if (suffix) base = base.slice(0, -suffix[0].length);
  }
  return base;
}

/** The app an argument names: an app id, or the name of one of the caller's apps. */
async function resolveApp(ctx: CommandContext, app: string): Promise<App> {
  if (/^[A-Za-z0-9_-]{27}$/.test(app)) {
    try {
      const res = await ctx.clients().app.getAppInfo({ appId: app });
      if (res.app) return res.app;
    } catch (err) {
      // A 27-character name is a name too: fall back to it when no app has that id.
      if (!isAppName(app)) throw err;
    }
  }
  if (!isAppName(app)) throw usageError(`${JSON.stringify(app)} is neither an app id nor an app name`);
  const res = await ctx.clients().app.getAppInfo({ name: app });
  if (!res.app) throw new CliError("internal", "the node answered without the app");
  return res.app;
}

function appJson(app: App) {
  return messageJson(AppSchema, app);
}

export function registerAppCommands(program: Command, app: CliApp): void {
  const appCmd = program.command("app").description("upload, list, release and remove web apps");

  appCmd
    .command("upload")
    .description("install a directory or a .tar, .tar.gz or .zip archive as the cur of your app")
    .argument("<source>", "a directory (packed as tar on the fly) or an archive file")
    .option("--name <name>", "the app's name (default: the directory's or archive's name)")
    .option("--app <id>", "upload into this app of yours (checked against the name)")
    .option("--merge", "keep files of cur the upload does not contain")
    .option("--strip <prefix>", "take only the files below this directory of the archive (default: strip a single top-level directory)")
    .action(async (source: string, opts: { name?: string; app?: string; merge?: boolean; strip?: string }, command: Command) => {
      const ctx = app.context(command);
      const local = path.resolve(ctx.io.cwd, source);
      const stat = await fs.stat(local).catch(() => {
        throw usageError(`${source}: no such file or directory`);
      });
      if (!stat.isDirectory() && !stat.isFile()) throw usageError(`${source} is neither a directory nor a file`);
      let name = opts.name ?? "";
      if (opts.app) {
        const target = (await ctx.clients().app.getAppInfo({ appId: opts.app })).app!;
        const me = (await ctx.clients().identity.getUserInfo({})).user?.userId;
        if (target.authorId !== me) {
          throw usageError(`app ${opts.app} belongs to ${target.authorId}; uploads install into your own apps`);
        }
        if (name && name !== target.name) throw usageError(`app ${opts.app} is named ${target.name}, not ${name}`);
        name = target.name;
      }
      if (!name) {
        name = defaultName(local, stat.isDirectory());
        if (!isAppName(name)) throw usageError(`${JSON.stringify(name)} is not a valid app name; give one with --name`);
      }
      const common = { name, merge: opts.merge === true, stripPrefix: opts.strip ?? "" };

      let body: AsyncIterable<Uint8Array>;
      let header: { format: ArchiveFormat; size: bigint; contentHash: string };
      let progress: Progress;
      if (stat.isDirectory()) {
        const entries = await walk(ctx, local);
        const total = entries.reduce((n, e) => n + e.size, 0);
        progress = createProgress({ label: "upload", total, stderr: ctx.io.stderr, enabled: progressEnabled(ctx) });
        header = { format: ArchiveFormat.TAR, size: 0n, contentHash: "" };
        body = packEntries(entries, progress);
      } else {
        const lower = local.toLowerCase();
        const format = ARCHIVE_SUFFIXES.find(([s]) => lower.endsWith(s))?.[1] ?? ArchiveFormat.UNSPECIFIED;
        // Hashed first, so the node checks that every byte arrived.
        header = { format, size: BigInt(stat.size), contentHash: await hashOf(local) };
        progress = createProgress({ label: "upload", total: stat.size, stderr: ctx.io.stderr, enabled: progressEnabled(ctx) });
        body = (async function* () {
          for await (const c of createReadStream(local, { highWaterMark: PIECE })) {
            progress.add((c as Buffer).length);
            yield c as Buffer;
          }
        })();
      }
      async function* requests() {
        yield { part: { case: "header" as const, value: { ...common, ...header } } };
        for await (const c of body) {
          // A message holds at most 4 MiB; tar-stream hands over file pieces as read.
          for (let at = 0; at < c.byteLength; at += PIECE) yield { part: { case: "chunk" as const, value: c.subarray(at, at + PIECE) } };
        }
      }
      const res = await ctx.clients().app.uploadAppArchive(requests());
      progress.done();
      const a = res.app!;
      const url = `${ctx.nodeUrl}${a.entryUrl}`;
      ctx.out.result(
        () => ({ app: appJson(a), filesWritten: Number(res.filesWritten), contentHash: res.contentHash, url }),
        () => {
          ctx.out.line(`installed ${a.name} (${a.appId}): ${res.filesWritten} files, ${formatBytes(Number(a.size))}`);
          ctx.out.line(`open ${url}`);
        },
      );
    });

  appCmd
    .command("ls")
    .description("list your apps (or another author's that you may read), by name")
    .option("--author <id>", "whose apps")
    .action(async (opts: { author?: string }, command: Command) => {
      const ctx = app.context(command);
      const found: App[] = [];
      let pageToken = "";
      do {
        const res = await ctx.clients().app.listApps({ authorId: opts.author ?? "", page: { pageSize: 1000, pageToken } });
        found.push(...res.apps);
        pageToken = res.page?.nextPageToken ?? "";
      } while (pageToken !== "");
      ctx.out.result(
        () => ({ apps: found.map(appJson) }),
        () => {
          ctx.out.table(
            ["NAME", "ID", "FILES", "SIZE", "LAST", "RELEASE", "MODIFIED"],
            found.map((a) => [a.name, a.appId, String(a.fileCount), formatBytes(Number(a.size)), dash(a.lastVersion), dash(a.releaseVersion), formatTime(a.modifiedAt)]),
          );
          if (found.length === 0) ctx.out.line("no apps");
        },
      );
    });

  appCmd
    .command("info")
    .description("describe an app")
    .argument("<app>", "an app id, or the name of one of your apps")
    .action(async (target: string, _opts: unknown, command: Command) => {
      const ctx = app.context(command);
      const a = await resolveApp(ctx, target);
      ctx.out.result(
        () => appJson(a),
        () =>
          ctx.out.fields([
            ["name", a.name],
            ["id", a.appId],
            ["author", a.authorId],
            ["files", String(a.fileCount)],
            ["size", formatBytes(Number(a.size))],
            ["last", dash(a.lastVersion)],
            ["release", dash(a.releaseVersion)],
            ["entry", a.entry],
            ["url", `${ctx.nodeUrl}${a.entryUrl}`],
            ["created", formatTime(a.createdAt)],
            ["modified", formatTime(a.modifiedAt)],
          ]),
      );
    });

  appCmd
    .command("release")
    .description("publish a version of an app; without a version, back up cur and publish that")
    .argument("<app>", "an app id, or the name of one of your apps")
    .argument("[version]", "N or last (default: cur, backed up first)", (s: string) => parseVersion(s, ["last", "cur"]))
    .action(async (target: string, version: string | undefined, _opts: unknown, command: Command) => {
      const ctx = app.context(command);
      const a = await resolveApp(ctx, target);
      // Release of "cur" backs cur up first (no new version when it equals last).
      const res = await ctx.clients().mimei.release({ mimeiId: a.appId, version: version ?? "cur" });
      ctx.out.result(
        () => ({ appId: a.appId, name: a.name, version: Number(res.version) }),
        () => ctx.out.line(`released version ${res.version} of ${a.name}`),
      );
    });

  appCmd
    .command("rm")
    .description("uninstall an app: delete it with all its versions")
    .argument("<app>", "an app id, or the name of one of your apps")
    .action(async (target: string, _opts: unknown, command: Command) => {
      const ctx = app.context(command);
      const a = await resolveApp(ctx, target);
      await ctx.clients().app.uninstallApp({ appId: a.appId });
      ctx.out.result(() => ({ appId: a.appId, name: a.name, uninstalled: true }), () => ctx.out.line(`uninstalled ${a.name} (${a.appId})`));
    });
}

const dash = (v: bigint) => (v === 0n ? "-" : v.toString());
