// `leither mm`: creating MiMei, inspecting them, and managing their versions, rights and
// references (MiMeiService). Content itself is read and written by other command groups.
import type { Command } from "commander";
import {
  GetRefsResponseSchema,
  GetRightResponseSchema,
  ListRightsResponseSchema,
  ListVersionsResponseSchema,
  MiMeiInfoSchema,
  OpenResponseSchema,
  ReleaseResponseSchema,
  RestoreResponseSchema,
  SetRightRequestSchema,
  SumResponseSchema,
  type MiMeiInfo,
} from "@leither/api/leither/v1/mimei_service_pb";
import { create } from "@bufbuild/protobuf";
import { MiMeiType } from "@leither/api/leither/v1/common_pb";
import { formatMiMeiType, formatRights, parseIntInRange, parseMiMeiType, parseRights, parseVersion } from "./args.js";
import { CliError } from "./errors.js";
import { formatTime, messageJson } from "./output.js";
import type { CliApp } from "./program.js";

const parseAnyVersion = (s: string) => parseVersion(s);
const parseReleaseVersion = (s: string) => parseVersion(s, ["last", "cur"]);
const parseRestoreVersion = (s: string) => parseVersion(s, ["last", "release"]);

export function registerMmCommands(program: Command, app: CliApp): void {
  const mm = program.command("mm").description("create and manage MiMei: versions, rights, references");

  mm.command("create")
    .description("create a MiMei (or find the one these inputs already made); prints its id")
    .requiredOption("--type <type>", "file, db, mmfs or app", parseMiMeiType)
    .option("--app <id>", "the app it belongs to")
    .option("--ext <ext>", "extension, e.g. json or blog")
    .option("--mark <mark>", 'distinguishes MiMei with equal inputs; "auto" makes a fresh id')
    .option("--public-rights <bits>", "rights for everyone from the start (e.g. read)", parseRights)
    .action(async (opts: { type: MiMeiType; app?: string; ext?: string; mark?: string; publicRights?: bigint }, command: Command) => {
      const ctx = app.context(command);
      const res = await ctx.clients().mimei.create({
        type: opts.type,
        appId: opts.app ?? "",
        ext: opts.ext ?? "",
        mark: opts.mark ?? "",
        publicRights: opts.publicRights ?? 0n,
      });
      ctx.out.result(
        () => ({ id: res.mimeiId, created: res.created }),
        () => {
          // The id alone on stdout, so that `id=$(leither mm create ...)` works.
          ctx.out.line(res.mimeiId);
          if (!res.created) ctx.out.note("note: the MiMei existed already");
        },
      );
    });

  mm.command("ls")
    .description("list your MiMei (or another author's that you may read), newest first")
    .option("--author <id>", "whose MiMei")
    .option("--type <type>", "only this type", parseMiMeiType)
    .option("--app <id>", "only this app's")
    .option("--limit <n>", "stop after n", parseIntInRange(1, 1_000_000))
    .action(async (opts: { author?: string; type?: MiMeiType; app?: string; limit?: number }, command: Command) => {
      const ctx = app.context(command);
      const found: MiMeiInfo[] = [];
      let pageToken = "";
      // Follow the pages: a listing that silently stops at the service's page size misleads.
      do {
        const res = await ctx.clients().mimei.listMiMei({
          authorId: opts.author ?? "",
          type: opts.type ?? MiMeiType.UNSPECIFIED,
          appId: opts.app ?? "",
          page: { pageSize: 1000, pageToken },
        });
        found.push(...res.mimei);
        pageToken = res.page?.nextPageToken ?? "";
      } while (pageToken !== "" && (opts.limit === undefined || found.length < opts.limit));
      const shown = opts.limit === undefined ? found : found.slice(0, opts.limit);
      ctx.out.result(
        () => ({ mimei: shown.map((m) => messageJson(MiMeiInfoSchema, m)) }),
        () =>
          ctx.out.table(
            ["ID", "TYPE", "EXT", "MARK", "LAST", "RELEASE", "SIZE", "MODIFIED"],
            shown.map((m) => [
              m.mimeiId,
              formatMiMeiType(m.type),
              m.ext || "-",
              m.mark || "-",
              versionOrDash(m.lastVersion),
              versionOrDash(m.releaseVersion),
              m.curSize.toString(),
              formatTime(m.modifiedAt),
            ]),
          ),
      );
    });

  mm.command("info")
    .description("describe a MiMei")
    .argument("<id>", "MiMei id")
    .action(async (id: string, _opts: unknown, command: Command) => {
      const ctx = app.context(command);
      const res = await ctx.clients().mimei.getMiMeiInfo({ mimeiId: id });
      const m = res.info;
      if (!m) throw new CliError("internal", "the node answered without the MiMei's info");
      ctx.out.result(
        () => messageJson(MiMeiInfoSchema, m),
        () =>
          ctx.out.fields([
            ["id", m.mimeiId],
            ["type", formatMiMeiType(m.type)],
            ["author", m.authorId],
            ["app", m.appId || "-"],
            ["ext", m.ext || "-"],
            ["mark", m.mark || "-"],
            ["created", formatTime(m.createdAt)],
            ["modified", formatTime(m.modifiedAt)],
            ["your rights", `${formatRights(m.rights)} (0x${m.rights.toString(16)})`],
            ["last", versionOrDash(m.lastVersion)],
            ["release", versionOrDash(m.releaseVersion)],
            ["cur digest", m.curDigest || "-"],
            ["cur size", m.curSize.toString()],
          ]),
      );
    });

  mm.command("backup")
    .description("freeze cur into a new numbered version (no new version when cur is unchanged)")
    .argument("<id>", "MiMei id")
    .option("--memo <text>", "a note kept with the version")
    .action(async (id: string, opts: { memo?: string }, command: Command) => {
      const ctx = app.context(command);
      const res = await ctx.clients().mimei.backup({ mimeiId: id, memo: opts.memo ?? "" });
      ctx.out.result(
        // A plain number: version numbers stay far below 2^53, and scripts compare them as numbers.
        () => ({ version: Number(res.version), created: res.created, digest: res.digest }),
        () => ctx.out.line(`version ${res.version}${res.created ? "" : " (unchanged, no new version)"}`),
      );
    });

  mm.command("release")
    .description("publish a version: a number, last, or cur (which backs up first)")
    .argument("<id>", "MiMei id")
    .argument("<version>", "N, last or cur", parseReleaseVersion)
    .action(async (id: string, version: string, _opts: unknown, command: Command) => {
      const ctx = app.context(command);
      const res = await ctx.clients().mimei.release({ mimeiId: id, version });
      ctx.out.result(
        () => messageJson(ReleaseResponseSchema, res),
        () => ctx.out.line(`released version ${res.version}`),
      );
    });

  mm.command("restore")
    .description("make a numbered version the working state cur again")
    .argument("<id>", "MiMei id")
    .argument("<version>", "N, last or release", parseRestoreVersion)
    .action(async (id: string, version: string, _opts: unknown, command: Command) => {
      const ctx = app.context(command);
      const res = await ctx.clients().mimei.restore({ mimeiId: id, version });
      ctx.out.result(
        () => messageJson(RestoreResponseSchema, res),
        () => ctx.out.line(`restored version ${res.version}; cur digest ${res.digest}`),
      );
    });

  mm.command("versions")
    .description("list the numbered versions and what last and release point at")
    .argument("<id>", "MiMei id")
    .action(async (id: string, _opts: unknown, command: Command) => {
      const ctx = app.context(command);
      const res = await ctx.clients().mimei.listVersions({ mimeiId: id });
      ctx.out.result(
        () => messageJson(ListVersionsResponseSchema, res),
        () => {
          ctx.out.table(
            ["VERSION", "TAGS", "SIZE", "CREATED", "DIGEST", "MEMO"],
            res.versions.map((v) => [
              v.version.toString(),
              [v.version === res.last ? "last" : "", v.version === res.release ? "release" : ""].filter(Boolean).join(",") || "-",
              v.size.toString(),
              formatTime(v.createdAt),
              v.digest,
              v.memo,
            ]),
          );
          if (res.versions.length === 0) ctx.out.line("no versions yet (back up cur to make one)");
          ctx.out.line(`cur digest ${res.curDigest || "-"}`);
        },
      );
    });

  mm.command("open")
    .description("open a version and print the handle (cur opens read-write with the write right)")
    .argument("<id>", "MiMei id")
    .argument("[version]", "cur (default), last, release or N", parseAnyVersion)
    .action(async (id: string, version: string | undefined, _opts: unknown, command: Command) => {
      const ctx = app.context(command);
      const res = await ctx.clients().mimei.open({ mimeiId: id, version: version ?? "cur" });
      ctx.out.result(
        () => messageJson(OpenResponseSchema, res),
        () =>
          ctx.out.fields([
            ["handle", res.handle],
            ["version", res.version === 0n ? "cur" : res.version.toString()],
            ["mode", res.readOnly ? "read-only" : "read-write"],
            ["digest", res.digest || "-"],
            ["expires", formatTime(res.expiresAt)],
          ]),
      );
    });

  mm.command("close")
    .description("release a handle at once")
    .argument("<handle>", "a handle from mm open")
    .action(async (handle: string, _opts: unknown, command: Command) => {
      const ctx = app.context(command);
      await ctx.clients().mimei.close({ handle });
      ctx.out.result(() => ({}), () => ctx.out.line("closed"));
    });

  mm.command("rm")
    .description("delete a MiMei and all its versions")
    .argument("<id>", "MiMei id")
    .action(async (id: string, _opts: unknown, command: Command) => {
      const ctx = app.context(command);
      await ctx.clients().mimei.deleteMiMei({ mimeiId: id });
      ctx.out.result(() => ({ id, deleted: true }), () => ctx.out.line(`deleted ${id}`));
    });

  mm.command("sum")
    .description("print the digest of a version's content (equal digests, equal content)")
    .argument("<id>", "MiMei id")
    .argument("[version]", "cur (default), last, release or N", parseAnyVersion)
    .option("--refs", "let the digest cover the references too")
    .action(async (id: string, version: string | undefined, opts: { refs?: boolean }, command: Command) => {
      const ctx = app.context(command);
      const res = await ctx.clients().mimei.sum({ mimeiId: id, version: version ?? "", includeRefs: opts.refs === true });
      ctx.out.result(
        () => messageJson(SumResponseSchema, res),
        () => ctx.out.line(res.digest),
      );
    });

  registerRightCommands(mm, app);
  registerRefsCommands(mm, app);
}

function registerRightCommands(mm: Command, app: CliApp): void {
  const right = mm.command("right").description('rights of members on a MiMei ("*" is everyone)');

  right
    .command("set")
    .description("set a member's rights; 0 or none removes the member")
    .argument("<id>", "MiMei id")
    .argument("<member>", 'a user id, or "*" for everyone')
    .argument("<bits>", "a number, 0x.., all, none, or names: read,write,backup,release,admin,execute", parseRights)
    .action(async (id: string, member: string, bits: bigint, _opts: unknown, command: Command) => {
      const ctx = app.context(command);
      const req = create(SetRightRequestSchema, { mimeiId: id, member, rights: bits });
      await ctx.clients().mimei.setRight(req);
      ctx.out.result(
        () => messageJson(SetRightRequestSchema, req),
        () => ctx.out.line(`${member} on ${id}: ${formatRights(bits)}`),
      );
    });

  right
    .command("get")
    .description("show a member's effective rights (yours by default)")
    .argument("<id>", "MiMei id")
    .argument("[member]", 'a user id, or "*" for everyone')
    .action(async (id: string, member: string | undefined, _opts: unknown, command: Command) => {
      const ctx = app.context(command);
      const res = await ctx.clients().mimei.getRight({ mimeiId: id, member: member ?? "" });
      ctx.out.result(
        () => messageJson(GetRightResponseSchema, res),
        () => ctx.out.line(`0x${res.rights.toString(16)} ${formatRights(res.rights)}`),
      );
    });

  right
    .command("ls")
    .description("list every member's rights (needs the admin right)")
    .argument("<id>", "MiMei id")
    .action(async (id: string, _opts: unknown, command: Command) => {
      const ctx = app.context(command);
      const res = await ctx.clients().mimei.listRights({ mimeiId: id });
      ctx.out.result(
        () => messageJson(ListRightsResponseSchema, res),
        () =>
          ctx.out.table(
            ["MEMBER", "BITS", "RIGHTS"],
            res.members.map((m) => [m.member, `0x${m.rights.toString(16)}`, formatRights(m.rights)]),
          ),
      );
    });
}

function registerRefsCommands(mm: Command, app: CliApp): void {
  const refs = mm.command("refs").description("references from a MiMei to other MiMei or content digests");

  for (const [name, description] of [
    ["add", "add references from cur (each target once per mention)"],
    ["rm", "remove references from cur (one count per mention)"],
  ] as const) {
    refs
      .command(name)
      .description(description)
      .argument("<id>", "the referring MiMei")
      .argument("<targets...>", "MiMei ids or content digests")
      .action(async (id: string, targets: string[], _opts: unknown, command: Command) => {
        const ctx = app.context(command);
        const mimei = ctx.clients().mimei;
        const res = await (name === "add" ? mimei.addRefs({ mimeiId: id, targets }) : mimei.deleteRefs({ mimeiId: id, targets }));
        const done = Number(res.count);
        ctx.out.result(
          () => ({ count: done }),
          () => ctx.out.line(`${name === "add" ? "added" : "removed"} ${done} reference${done === 1 ? "" : "s"}`),
        );
        // The node stops at the first target it cannot handle; a script must not take that for success.
        if (done < targets.length) {
          throw new CliError("incomplete", `stopped at target ${done + 1} of ${targets.length}: ${targets[done]}`);
        }
      });
  }

  refs
    .command("ls")
    .description("show reference counts of versions (cur by default)")
    .argument("<id>", "MiMei id")
    .argument("[versions...]", "cur, last, release or N", (v: string, prev: string[] = []) => [...prev, parseAnyVersion(v)])
    .action(async (id: string, versions: string[], _opts: unknown, command: Command) => {
      const ctx = app.context(command);
      const res = await ctx.clients().mimei.getRefs({ mimeiId: id, versions });
      ctx.out.result(
        () => messageJson(GetRefsResponseSchema, res),
        () =>
          ctx.out.table(
            ["VERSION", "TARGET", "COUNT"],
            res.versions.flatMap((v) => Object.entries(v.counts).map(([target, n]) => [v.version, target, n.toString()])),
          ),
      );
    });
}

function versionOrDash(v: bigint): string {
  return v === 0n ? "-" : v.toString();
}
