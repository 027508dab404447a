// `leither fs` on file trees, run in process against a real node process (and through the
// compiled binary where the process matters: long output into a pipe, exit codes): paths,
// directories, versions, copies between trees, and the errors a script can rely on (exit code,
// `leither: <code>: ...` on stderr, the tree unchanged).
// Needs `npm run build` first (the root `npm test` does it).
import { spawn } from "node:child_process";
import { Readable } from "node:stream";
import { createHash, randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { MiMeiType } from "@leither/api/leither/v1/common_pb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLI_MAIN, startNodeProcess, type NodeProcess } from "./support/node-process.js";
import { createClients, type Clients } from "./support/rpc.js";
import type { CliIo } from "../../server/src/cli/context.js";
import { runCli } from "../../server/src/cli/program.js";

const PASSWORD = "correct horse battery";
const sha = (b: Uint8Array | string) => createHash("sha256").update(b).digest("hex");

let tmp: string;
let node: NodeProcess;
let session: string;
let alice: Clients;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `leither` as alice in `cwd` (default: the test's temp directory). In process through
 * runCli, the same code the binary runs (a process per command would cost a second each on a
 * loaded machine); `binary` spawns the compiled CLI instead, stdout piped.
 */
async function cli(args: string[], cwd = tmp, binary = false): Promise<Run> {
  const env: NodeJS.ProcessEnv = { ...process.env, LEITHER_NODE: node.url, LEITHER_SESSION: session, LEITHER_CLI_HOME: join(tmp, "cli") };
  if (!binary) {
    let stdout = "";
    let stderr = "";
    const io: CliIo = {
      stdin: Readable.from([]),
      stdout: { write: (s: string) => (stdout += s) },
      stderr: { write: (s: string) => (stderr += s) },
      env,
      cwd,
    };
    const code = await runCli(args, io);
    return { code, stdout, stderr };
  }
  return new Promise((ok, fail) => {
    const child = spawn(process.execPath, [CLI_MAIN, ...args], { env, cwd, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.once("error", fail);
    child.once("close", (code) => ok({ code, stdout, stderr }));
  });
}

/** Runs a command that must succeed quietly (no progress bar into a pipe) and returns stdout. */
async function ok(args: string[], cwd?: string, binary = false): Promise<string> {
  const r = await cli(args, cwd, binary);
  expect(r.stderr, `leither ${args.join(" ")}`).toBe("");
  expect(r.code, `leither ${args.join(" ")}`).toBe(0);
  return r.stdout;
}

const json = async (args: string[], cwd?: string): Promise<any> => JSON.parse(await ok(["--json", ...args], cwd));

/** Runs a command that must fail the way scripts expect: the exit code and one clean error line. */
async function fails(args: string[], exitCode: number, stderr: RegExp, binary = false): Promise<Run> {
  const r = await cli(args, tmp, binary);
  expect(r.code, `leither ${args.join(" ")}: ${r.stderr}`).toBe(exitCode);
  expect(r.stderr).toMatch(/^leither: [a-z_]+: \S/);
  expect(r.stderr).toMatch(stderr);
  expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
  expect(r.stdout).toBe("");
  return r;
}

async function create(type: MiMeiType): Promise<string> {
  return (await alice.mimei.create({ type, mark: "auto" })).mimeiId;
}
const newTree = () => create(MiMeiType.MMFS);

/** Writes a local file below the temp directory and returns its path. */
function local(rel: string, data: Uint8Array | string): string {
  const p = join(tmp, rel);
  mkdirSync(join(p, ".."), { recursive: true });
  writeFileSync(p, data);
  return p;
}

/** The digest of a tree's cur root: equal digests, equal trees. */
const rootDigest = async (id: string) => (await alice.mimei.getMiMeiInfo({ mimeiId: id })).info!.curDigest;
const lsNames = async (id: string, path = "/") => (await json(["fs", "ls", id, path])).entries.map((e: { name: string; isDir: boolean }) => `${e.name}${e.isDir ? "/" : ""}`);

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), "leither-e2e-cli-trees-"));
  node = await startNodeProcess({ home: join(tmp, "home") });
  const anon = createClients(node.url);
  await anon.identity.register({ name: "alice", password: PASSWORD });
  session = (await anon.identity.login({ credential: { case: "password", value: { name: "alice", password: PASSWORD } } })).sessionId;
  alice = createClients(node.url, { session });
});

afterAll(async () => {
  await node?.stop();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe("leither fs mkdir", () => {
  it("makes a directory, with -p its missing parents too, and refuses a missing parent without -p", async () => {
    const id = await newTree();
    await fails(["fs", "mkdir", id, "/a/b"], 1, /^leither: not_found: no directory \/a; use -p to create missing parents \(PARENT_NOT_FOUND\)\n$/);
    expect(await lsNames(id)).toEqual([]);
    expect(await ok(["fs", "mkdir", id, "/a/b", "-p"])).toBe("/a/b\n");
    const made = await json(["fs", "mkdir", id, "a/c"]); // relative paths start at the root
    expect(made).toMatchObject({ mimeiId: id, entry: { path: "/a/c", isDir: true, size: "0" } });
    expect(await lsNames(id, "/a")).toEqual(["b/", "c/"]);
    // -p accepts an existing directory; without it that is an error that names the way out.
    await ok(["fs", "mkdir", id, "/a/b", "-p"]);
    await fails(["fs", "mkdir", id, "/a/b"], 1, /already_exists: .*use -p to accept an existing directory \(PATH_EXISTS\)/);
  });
});

describe("leither fs put and get on a tree", () => {
  it("puts a file at a path, into a directory, or at / + its name, and gets it back byte for byte", async () => {
    const id = await newTree();
    const data = randomBytes(1024 * 1024 + 5); // more than one stored chunk
    const file = local("put/big.bin", data);
    const put = await json(["fs", "put", id, file, "/data/one.bin"]); // missing parents are made
    expect(put).toMatchObject({ mimeiId: id, path: "/data/one.bin", size: String(data.length), contentHash: sha(data) });
    expect((await json(["fs", "put", id, file, "/data/"])).path).toBe("/data/big.bin"); // a trailing "/": into it
    await ok(["fs", "mkdir", id, "/dir"]);
    expect((await json(["fs", "put", id, file, "/dir"])).path).toBe("/dir/big.bin"); // an existing directory: into it
    expect((await json(["fs", "put", id, file])).path).toBe("/big.bin");
    expect(await lsNames(id)).toEqual(["big.bin", "data/", "dir/"]);

    const got = await json(["fs", "get", id, "/data/one.bin", join(tmp, "put/copy.bin")]);
    expect(got).toMatchObject({ path: "/data/one.bin", file: join(tmp, "put/copy.bin"), contentHash: sha(data) });
    expect(readFileSync(join(tmp, "put/copy.bin")).equals(data)).toBe(true);
    // Into an existing local directory, or under its own name in the current directory.
    mkdirSync(join(tmp, "put/into"));
    await ok(["fs", "get", id, "/dir/big.bin", join(tmp, "put/into")]);
    expect(readFileSync(join(tmp, "put/into/big.bin")).equals(data)).toBe(true);
    const text = await ok(["fs", "get", id, "data/big.bin"], join(tmp, "put/into"));
    expect(text).toBe(`${sha(data)}  1.0 MiB  ${join(tmp, "put/into/big.bin")}\n`);
  });

  it("refuses to put onto an existing file without --force, leaving it as it was, and replaces it with --force", async () => {
    const id = await newTree();
    const first = local("force/a.txt", "first");
    await ok(["fs", "put", id, first, "/a.txt"]);
    const before = await rootDigest(id);
    const second = local("force/b.txt", "second");
    await fails(["fs", "put", id, second, "/a.txt"], 1, /^leither: already_exists: \/a\.txt exists; use --force to replace it \(PATH_EXISTS\)\n$/, true);
    expect(await rootDigest(id)).toEqual(before);
    expect((await json(["fs", "put", id, second, "/a.txt", "--force"])).contentHash).toBe(sha("second"));
    await ok(["fs", "get", id, "/a.txt", join(tmp, "force/out.txt")]);
    expect(readFileSync(join(tmp, "force/out.txt"), "utf8")).toBe("second");
  });

  it("with --no-parents refuses a missing directory, and refuses a local directory without -r", async () => {
    const id = await newTree();
    const f = local("np/f.txt", "f");
    await fails(["fs", "put", id, f, "/x/f.txt", "--no-parents"], 1, /not_found: no directory \/x; leave out --no-parents/);
    await fails(["fs", "put", id, join(tmp, "np")], 2, /^leither: usage: .* is a directory; use -r/);
    expect(await lsNames(id)).toEqual([]);
  });

  it("puts a local directory with -r (empty directories included) and gets it back with -r, every byte equal", async () => {
    const id = await newTree();
    const big = randomBytes(2 * 1024 * 1024 + 17);
    local("site/index.html", "<h1>hi</h1>");
    local("site/img/big.bin", big);
    mkdirSync(join(tmp, "site/empty"));
    const put = await json(["fs", "put", id, join(tmp, "site"), "/www/", "-r"]);
    expect(put).toMatchObject({ path: "/www/site", directories: 2, size: String(big.length + 11) });
    expect(put.files.map((f: { path: string }) => f.path)).toEqual(["/www/site/img/big.bin", "/www/site/index.html"]);
    expect(await lsNames(id, "/www/site")).toEqual(["empty/", "img/", "index.html"]);
    // Again without --force: the first file already there stops it.
    await fails(["fs", "put", id, join(tmp, "site"), "/www/", "-r"], 1, /already_exists: \/www\/site\/img\/big\.bin exists; use --force/);
    await ok(["fs", "put", id, join(tmp, "site"), "/www/", "-r", "--force"]);

    await fails(["fs", "get", id, "/www/site", join(tmp, "back")], 1, /is a directory; use -r/);
    const got = await json(["fs", "get", id, "/www/site", join(tmp, "back"), "-r"]);
    expect(got).toMatchObject({ path: "/www/site", dir: join(tmp, "back") });
    expect(readdirSync(join(tmp, "back")).sort()).toEqual(["empty", "img", "index.html"]);
    expect(readFileSync(join(tmp, "back/img/big.bin")).equals(big)).toBe(true);
    expect(readFileSync(join(tmp, "back/index.html"), "utf8")).toBe("<h1>hi</h1>");
  });

  it("gets a file as it was in an older version with --ver", async () => {
    const id = await newTree();
    await ok(["fs", "put", id, local("ver/n.txt", "v1"), "/n.txt"]);
    const v1 = (await json(["mm", "backup", id])).version;
    await ok(["fs", "put", id, local("ver/n.txt", "v2"), "/n.txt", "--force"]);
    await ok(["fs", "get", id, "/n.txt", join(tmp, "ver/old.txt"), "--ver", String(v1)]);
    await ok(["fs", "get", id, "/n.txt", join(tmp, "ver/new.txt")]);
    expect(readFileSync(join(tmp, "ver/old.txt"), "utf8")).toBe("v1");
    expect(readFileSync(join(tmp, "ver/new.txt"), "utf8")).toBe("v2");
    await fails(["fs", "get", id, "/n.txt", join(tmp, "ver/x.txt"), "--ver", "99"], 1, /NO_SUCH_VERSION|not_found/);
  });
});

describe("leither fs ls on a tree", () => {
  it("lists a directory as a table and as JSON; -l adds types and digests, -R everything below", async () => {
    const id = await newTree();
    await ok(["fs", "put", id, local("ls/readme.md", "# hi"), "/readme.md"]);
    await ok(["fs", "put", id, local("ls/a.ts", "let a"), "/src/a.ts"]);
    const text = await ok(["fs", "ls", id]);
    expect(text).toMatch(/^NAME\s+SIZE\s+MODIFIED\n/);
    expect(text).toMatch(/^readme\.md\s+4\s+\d{4}-\d\d-\d\dT[\d:.]+Z$/m);
    expect(text).toMatch(/^src\/\s+5\s+/m);
    const long = await ok(["fs", "ls", id, "-l"]);
    expect(long).toMatch(/^NAME\s+SIZE\s+MODIFIED\s+TYPE\s+DIGEST$/m);
    expect(long).toContain(sha("# hi"));
    expect(long).toMatch(/^src\/\s+5\s+\S+\s+dir \(1 entry\)\s+[0-9a-f]{64}$/m);
    expect(await ok(["fs", "ls", id, "-R"])).toMatch(/^src\/a\.ts\s+5\s/m);

    const listed = await json(["fs", "ls", id, "/"]);
    expect(listed).toEqual({
      mimeiId: id,
      path: "/",
      entries: [
        expect.objectContaining({ name: "readme.md", path: "/readme.md", isDir: false, size: "4", digest: sha("# hi"), mimeType: "text/markdown; charset=utf-8", modifiedAt: expect.any(String) }),
        expect.objectContaining({ name: "src", path: "/src", isDir: true, size: "5", entryCount: "1" }),
      ],
    });
    // A file lists as itself; a missing path is an error.
    expect((await json(["fs", "ls", id, "/src/a.ts"])).entries).toEqual([expect.objectContaining({ path: "/src/a.ts", size: "5" })]);
    await fails(["fs", "ls", id, "/nope"], 1, /^leither: not_found: .*\(NO_SUCH_PATH\)/);
  });

  it("follows ReadDir's pages to the end of a large directory", async () => {
    const id = await newTree();
    const { handle } = await alice.mimei.open({ mimeiId: id, version: "cur" });
    // One more entry than the CLI asks for per page (the node's maximum), made over the API.
    const names = Array.from({ length: 1001 }, (_, i) => `d${String(i).padStart(4, "0")}`);
    const queue = [...names];
    const worker = async () => {
      for (let n = queue.shift(); n !== undefined; n = queue.shift()) await alice.file.makeDir({ handle, path: `/${n}` });
    };
    await Promise.all(Array.from({ length: 8 }, worker));
    const listed = await json(["fs", "ls", id]);
    expect(listed.entries.map((e: { name: string }) => e.name)).toEqual(names);
    // Through the binary: more than a pipe's 64 KiB buffer must reach the reader before exit.
    expect((await ok(["fs", "ls", "-l", id], undefined, true)).trimEnd().split("\n")).toHaveLength(1 + 1001);
  }, 120_000);
});

describe("leither fs mv, cp and rm", () => {
  it("moves and renames, into directories, and refuses to replace without --force", async () => {
    const id = await newTree();
    await ok(["fs", "put", id, local("mv/a.txt", "a"), "/a.txt"]);
    await ok(["fs", "put", id, local("mv/b.txt", "b"), "/docs/a.txt"]);
    expect(await ok(["fs", "mv", id, "/docs/a.txt", "/b.txt"])).toBe("/docs/a.txt -> /b.txt\n");
    await ok(["fs", "put", id, local("mv/c.txt", "c"), "/docs/a.txt"]);
    const before = await rootDigest(id);
    await fails(["fs", "mv", id, "/a.txt", "/docs"], 1, /already_exists: \/docs\/a\.txt exists; use --force to replace it/);
    expect(await rootDigest(id)).toEqual(before);
    expect((await json(["fs", "mv", id, "/a.txt", "/docs", "--force"])).entry).toMatchObject({ path: "/docs/a.txt", digest: sha("a") });
    expect(await lsNames(id)).toEqual(["b.txt", "docs/"]);
    await fails(["fs", "mv", id, "/missing", "/m"], 1, /not_found: .*\(NO_SUCH_PATH\)/);
  });

  it("copies within a tree, from an older version of it, and from another tree", async () => {
    const id = await newTree();
    await ok(["fs", "put", id, local("cp/s.txt", "old"), "/src/s.txt"]);
    const v1 = (await json(["mm", "backup", id])).version;
    await ok(["fs", "put", id, local("cp/s.txt", "new"), "/src/s.txt", "--force"]);
    const copied = await json(["fs", "cp", id, "/src", "/backup"]);
    expect(copied.entry).toMatchObject({ path: "/backup", isDir: true, entryCount: "1" });
    await ok(["fs", "cp", id, "/src/s.txt", "/old.txt", "--from", `:${v1}`]);
    await fails(["fs", "cp", id, "/src/s.txt", "/old.txt", "--from", `:${v1}`], 1, /already_exists: .*use --force/);
    await ok(["fs", "get", id, "/old.txt", join(tmp, "cp/old.txt")]);
    await ok(["fs", "get", id, "/backup/s.txt", join(tmp, "cp/new.txt")]);
    expect(readFileSync(join(tmp, "cp/old.txt"), "utf8")).toBe("old");
    expect(readFileSync(join(tmp, "cp/new.txt"), "utf8")).toBe("new");

    const other = await newTree();
    const text = await ok(["fs", "cp", other, "/src", "/", "--from", `${id}:${v1}`]);
    expect(text).toBe(`${id}:${v1}/src -> /src\n`);
    expect((await json(["fs", "ls", other, "/src", "-l"])).entries).toEqual([expect.objectContaining({ name: "s.txt", digest: sha("old") })]);
    await fails(["fs", "cp", other, "/a", "/b", "--from", `${id}:nope`], 2, /^leither: usage: /);
  });

  it("removes files and empty directories, refuses a non-empty one without -r, and removes it with -r", async () => {
    const id = await newTree();
    await ok(["fs", "put", id, local("rm/f.txt", "f"), "/d/sub/f.txt"]);
    await ok(["fs", "put", id, local("rm/f.txt", "f"), "/top.txt"]);
    await ok(["fs", "mkdir", id, "/empty"]);
    const before = await rootDigest(id);
    await fails(["fs", "rm", id, "/d"], 1, /^leither: failed_precondition: \/d is not empty; use -r to remove it with everything below it \(DIRECTORY_NOT_EMPTY\)\n$/);
    expect(await rootDigest(id)).toEqual(before);
    expect(await json(["fs", "rm", id, "/top.txt"])).toEqual({ mimeiId: id, path: "/top.txt", removed: "1" });
    await ok(["fs", "rm", id, "/empty"]);
    expect(await json(["fs", "rm", id, "/d", "-r"])).toEqual({ mimeiId: id, path: "/d", removed: "3" });
    expect(await lsNames(id)).toEqual([]);
    await fails(["fs", "rm", id, "/d"], 1, /not_found: .*\(NO_SUCH_PATH\)/);
  });
});

describe("leither fs find and diff", () => {
  it("finds entries by name and by glob, below a directory and in a version", async () => {
    const id = await newTree();
    for (const p of ["/README.md", "/docs/README.md", "/docs/guide.md", "/src/a.ts"]) await ok(["fs", "put", id, local(`find${p}`, p), p]);
    expect(await ok(["fs", "find", id, "--name", "README.md"])).toBe("/README.md\n/docs/README.md\n");
    expect(await ok(["fs", "find", id, "/docs", "--glob", "*.md"])).toBe("/docs/README.md\n/docs/guide.md\n");
    expect(await ok(["fs", "find", id, "--glob", "*"])).toBe("/README.md\n/docs/\n/src/\n");
    const v1 = (await json(["mm", "backup", id])).version;
    await ok(["fs", "rm", id, "/docs", "-r"]);
    expect((await json(["fs", "find", id, "--glob", "**/*.md", "--ver", String(v1)])).entries.map((e: { path: string }) => e.path)).toEqual([
      "/README.md",
      "/docs/README.md",
      "/docs/guide.md",
    ]);
    expect((await json(["fs", "find", id, "--glob", "**/*.md"])).entries.map((e: { path: string }) => e.path)).toEqual(["/README.md"]);
    await fails(["fs", "find", id], 2, /^leither: usage: give one of --name or --glob/);
    await fails(["fs", "find", id, "--glob", "[abc"], 1, /^leither: invalid_argument: .*\(INVALID_GLOB\)/);
  });

  it("follows FindFiles' pages past a thousand matches, agreeing with ls -R", async () => {
    // Each level holds two copies of the one below: 1534 entries below /L9 from 28 calls.
    const id = await newTree();
    const { handle } = await alice.mimei.open({ mimeiId: id, version: "cur" });
    await alice.file.makeDir({ handle, path: "/L0" });
    await alice.file.openFile({ target: { case: "treePath", value: { handle, path: "/L0/f" } }, create: true });
    for (let k = 0; k < 9; k++) {
      await alice.file.makeDir({ handle, path: `/L${k + 1}` });
      for (const copy of ["a", "b"]) await alice.file.copyPath({ handle, sourcePath: `/L${k}`, destinationPath: `/L${k + 1}/${copy}` });
    }
    const found = (await json(["fs", "find", id, "/L9", "--glob", "**/*"])).entries.map((e: { path: string }) => e.path);
    expect(found).toHaveLength(1534);
    const walked = (await json(["fs", "ls", id, "/L9", "-R"])).entries.map((e: { path: string }) => e.path);
    expect(found).toEqual(walked);
    expect((await json(["fs", "find", id, "/L9", "--name", "f"])).entries).toHaveLength(512);
  }, 120_000);

  it("lists what changed between two versions, and between a version and cur", async () => {
    const id = await newTree();
    await ok(["fs", "put", id, local("diff/e.txt", "v1"), "/edit.txt"]);
    await ok(["fs", "put", id, local("diff/g.txt", "gone"), "/gone.txt"]);
    const v1 = (await json(["mm", "backup", id])).version;
    await ok(["fs", "put", id, local("diff/e.txt", "v2"), "/edit.txt", "--force"]);
    await ok(["fs", "rm", id, "/gone.txt"]);
    await ok(["fs", "mkdir", id, "/new"]);
    expect(await ok(["fs", "diff", id, String(v1)])).toBe("M  /edit.txt\nD  /gone.txt\nA  /new/\n");
    const v2 = (await json(["mm", "backup", id])).version;
    const d = await json(["fs", "diff", id, String(v1), String(v2)]);
    expect(d).toMatchObject({ mimeiId: id, fromVersion: String(v1), toVersion: String(v2) });
    expect(d.changes).toEqual([
      { path: "/edit.txt", kind: "modified", isDir: false, fromDigest: sha("v1"), toDigest: sha("v2") },
      { path: "/gone.txt", kind: "removed", isDir: false, fromDigest: sha("gone"), toDigest: "" },
      { path: "/new", kind: "added", isDir: true, fromDigest: "", toDigest: sha("") },
    ]);
    expect(await ok(["fs", "diff", id, String(v2)])).toBe("");
    await fails(["fs", "diff", id, "99"], 1, /not_found: .*\(NO_SUCH_VERSION\)/);
  });
});

describe("leither fs on the wrong kind of MiMei", () => {
  it("says a FILE MiMei holds no tree, and keeps its put, get and ls", async () => {
    const mimeiId = await create(MiMeiType.FILE);
    await fails(["fs", "mkdir", mimeiId, "/d"], 1, /^leither: failed_precondition: .*\(NOT_A_TREE\)/);
    await fails(["fs", "ls", mimeiId, "/d"], 2, /^leither: usage: .* is a file MiMei: it holds one file and has no paths/);
    const p = local("plain/p.txt", "plain");
    await fails(["fs", "put", mimeiId, join(tmp, "plain"), "-r"], 2, /^leither: usage: .*-r needs an mmfs or app MiMei/);
    await ok(["fs", "put", mimeiId, p]);
    expect(await ok(["fs", "ls", mimeiId])).toMatch(/^p\.txt\s+5\s+text\/plain/m);
    const db = await create(MiMeiType.DB);
    await fails(["fs", "ls", db], 2, /^leither: usage: .* is a db MiMei; leither fs works on file, mmfs and app MiMei/);
  });
});

describe("leither fs with a MiMei id that begins with \"-\"", () => {
  it("reads it as an id wherever it stands, and after \"--\" too", async () => {
    let id = "";
    for (let i = 0; i < 5000 && !id.startsWith("-"); i++) id = (await alice.mimei.create({ type: MiMeiType.MMFS, mark: "auto" })).mimeiId;
    expect(id).toMatch(/^-/); // one id in 64 begins with "-"
    const f = local("dash/d.txt", "dash");
    expect((await json(["fs", "put", id, f, "/d.txt"])).path).toBe("/d.txt");
    expect((await json(["fs", "put", "--force", "--", id, f, "/d.txt"])).path).toBe("/d.txt");
    expect((await json(["fs", "ls", id, "-l"])).entries).toEqual([expect.objectContaining({ path: "/d.txt", digest: sha("dash") })]);
    expect((await json(["fs", "cp", "--from", `${id}:cur`, id, "/d.txt", "/e.txt"])).entry).toMatchObject({ path: "/e.txt" });
  }, 120_000);
});
