// Apps end to end on an in-process node: archives uploaded over the UploadAppArchive stream and
// by content hash, served at /app/{id}/ and /entry with index and single-page fallbacks, types,
// ETags and caching by content hash; versions and release; listing and rights; bad archives
// that change nothing; and `leither app upload DIR` followed by a GET.
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { Code } from "@connectrpc/connect";
import { ArchiveFormat, TaskState } from "@leither/api/leither/v1/app_service_pb";
import { MiMeiType, Right } from "@leither/api/leither/v1/common_pb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeTar, makeTarGz, makeZip, type SpecEntry } from "../../server/src/app/test-support/archives.js";
import type { CliIo } from "../../server/src/cli/context.js";
import { runCli } from "../../server/src/cli/program.js";
import { startTestNode, type TestNode } from "./support/in-process-node.js";
import { createClients, expectFailure, type Clients } from "./support/rpc.js";

const PASSWORD = "correct horse battery";
const sha = (b: Uint8Array | string) => createHash("sha256").update(b).digest("hex");
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

let node: TestNode;
let tmp: string;
interface User {
  c: Clients;
  id: string;
  session: string;
}
let alice: User;
let bob: User;

async function user(name: string): Promise<User> {
  const cred: { session?: string } = {};
  const c = createClients(node.url, cred);
  const { userId } = await c.identity.register({ name, password: PASSWORD });
  cred.session = (await c.identity.login({ credential: { case: "password", value: { name, password: PASSWORD } } })).sessionId;
  return { c, id: userId, session: cred.session };
}

async function* archiveStream(header: Record<string, unknown>, data: Buffer, piece = 64 * 1024) {
  yield { part: { case: "header" as const, value: header } };
  for (let at = 0; at < data.length; at += piece) yield { part: { case: "chunk" as const, value: data.subarray(at, at + piece) } };
}

function upload(u: User, name: string, data: Buffer, extra: Record<string, unknown> = {}) {
  return u.c.app.uploadAppArchive(archiveStream({ name, size: BigInt(data.length), contentHash: sha(data), ...extra }, data));
}

function get(path: string, opts: { session?: string; headers?: Record<string, string>; method?: string } = {}) {
  return fetch(`${node.url}${path}`, {
    method: opts.method ?? "GET",
    redirect: "manual",
    headers: { ...(opts.session ? { authorization: `Bearer ${opts.session}` } : {}), ...opts.headers },
  });
}

/** A GET sent as written: fetch would normalize the path before it leaves. */
function rawStatus(path: string, session: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${node.url}${path}`, { headers: { authorization: `Bearer ${session}` } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on("error", reject);
    req.end();
  });
}

const SITE: SpecEntry[] = [
  { name: "site/" },
  { name: "site/index.html", data: "<h1>blog v1</h1>" },
  { name: "site/css/app.css", data: "body { color: red }" },
  { name: "site/js/app.js", data: "console.log('hi')" },
  { name: "site/img/logo.png", data: PNG },
  { name: "site/data.json", data: '{"posts": []}' },
  { name: "site/docs/index.html", data: "<h1>docs</h1>" },
];

let blog: string;

beforeAll(async () => {
  node = await startTestNode();
  tmp = mkdtempSync(join(tmpdir(), "leither-apps-"));
  alice = await user("alice");
  bob = await user("bob");
  const res = await upload(alice, "blog", await makeTarGz(SITE));
  blog = res.app!.appId;
});

afterAll(async () => {
  await node?.close();
  rmSync(tmp, { recursive: true, force: true });
});

describe("uploading an archive over the UploadAppArchive stream", () => {
  it("installs it as the caller's app, whose id ComputeId gives for (author, app, name)", async () => {
    const { mimeiId } = await alice.c.mimei.computeId({ authorId: alice.id, type: MiMeiType.APP, mark: "blog" });
    expect(blog).toBe(mimeiId);
    const { app } = await alice.c.app.getAppInfo({ name: "blog" });
    expect(app).toMatchObject({ appId: blog, name: "blog", authorId: alice.id, entry: "index.html", fileCount: 6n, lastVersion: 0n, releaseVersion: 0n });
    expect(app!.entryUrl).toBe(`/entry?author=${alice.id}&app=blog`);
    expect(Number(app!.size)).toBe(SITE.reduce((n, e) => n + (e.data ? Buffer.byteLength(e.data) : 0), 0));
  });

  it("strips the single top-level directory and serves index.html at the app's root", async () => {
    const r = await get(`/app/${blog}/`, { session: alice.session });
    expect(r.status).toBe(200);
    expect(r.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(await r.text()).toBe("<h1>blog v1</h1>");
  });

  it("reports the archive's content hash and the files written", async () => {
    const data = await makeTarGz([{ name: "index.html", data: "x" }]);
    const res = await upload(alice, "tiny", data, { format: ArchiveFormat.TAR_GZ });
    expect(res.contentHash).toBe(sha(data));
    expect(res.filesWritten).toBe(1n);
  });

  it("installs nothing from an upload cancelled after a whole entry, when it announced neither size nor hash", async () => {
    // The first entry of a tar is complete in the bytes sent; a node that took the cancelled
    // stream's end for the archive's end would install it.
    const data = await makeTar([{ name: "index.html", data: "first" }, { name: "second.html", data: "x".repeat(10_000) }]);
    const abort = new AbortController();
    async function* cut() {
      yield { part: { case: "header" as const, value: { name: "cut", format: ArchiveFormat.TAR } } };
      yield { part: { case: "chunk" as const, value: data.subarray(0, 1024) } };
      // Let the node take in what was sent, then cut the stream as a dropped connection would.
      await new Promise((r) => setTimeout(r, 200));
      abort.abort();
      await new Promise(() => {});
    }
    await expect(alice.c.app.uploadAppArchive(cut(), { signal: abort.signal })).rejects.toThrow();
    await new Promise((r) => setTimeout(r, 300));
    await expectFailure(alice.c.app.getAppInfo({ name: "cut" }), Code.NotFound);
  });

  it("refuses an archive whose bytes do not match the announced hash, installing nothing", async () => {
    const data = await makeTarGz([{ name: "index.html", data: "x" }]);
    await expectFailure(alice.c.app.uploadAppArchive(archiveStream({ name: "mismatch", contentHash: sha("other") }, data)), Code.InvalidArgument, "HASH_MISMATCH");
    await expectFailure(alice.c.app.getAppInfo({ name: "mismatch" }), Code.NotFound);
  });
});

describe("serving /app/{appId}/", () => {
  it.each([
    ["css/app.css", "text/css; charset=utf-8", "body { color: red }"],
    ["js/app.js", "text/javascript; charset=utf-8", "console.log('hi')"],
    ["img/logo.png", "image/png", PNG.toString("latin1")],
    ["data.json", "application/json", '{"posts": []}'],
  ])("serves %s as %s", async (path, type, body) => {
    const r = await get(`/app/${blog}/${path}`, { session: alice.session });
    expect(r.status).toBe(200);
    expect(r.headers.get("content-type")).toBe(type);
    expect(Buffer.from(await r.arrayBuffer()).toString("latin1")).toBe(body);
    expect(r.headers.get("etag")).toBe(`"${sha(Buffer.from(body, "latin1"))}"`);
  });

  it("redirects a directory without its slash, then serves its index.html", async () => {
    const r = await get(`/app/${blog}/docs?x=1`, { session: alice.session });
    expect(r.status).toBe(301);
    expect(r.headers.get("location")).toBe(`/app/${blog}/docs/?x=1`);
    expect(await (await get(`/app/${blog}/docs/`, { session: alice.session })).text()).toBe("<h1>docs</h1>");
    const root = await get(`/app/${blog}`, { session: alice.session });
    expect(root.status).toBe(301);
    expect(root.headers.get("location")).toBe(`/app/${blog}/`);
  });

  it("answers unknown paths without an extension with the entry page (single-page apps), others with 404", async () => {
    const spa = await get(`/app/${blog}/posts/42`, { session: alice.session });
    expect(spa.status).toBe(200);
    expect(await spa.text()).toBe("<h1>blog v1</h1>");
    expect((await get(`/app/${blog}/missing.css`, { session: alice.session })).status).toBe(404);
    expect((await get(`/app/${blog}/img/nope.png`, { session: alice.session })).status).toBe(404);
  });

  it("revalidates with the ETag (304) and caches by content hash", async () => {
    const first = await get(`/app/${blog}/css/app.css`, { session: alice.session });
    const etag = first.headers.get("etag")!;
    expect(first.headers.get("cache-control")).toBe("private, no-cache");
    const again = await get(`/app/${blog}/css/app.css`, { session: alice.session, headers: { "if-none-match": etag } });
    expect(again.status).toBe(304);
    const hashed = await get(`/app/${blog}/css/app.css?h=${etag.slice(1, -1)}`, { session: alice.session });
    expect(hashed.headers.get("cache-control")).toBe("private, max-age=31536000, immutable");
    // A stale ?h= does not make other bytes immutable.
    const stale = await get(`/app/${blog}/css/app.css?h=${sha("old")}`, { session: alice.session });
    expect(stale.headers.get("cache-control")).toBe("private, no-cache");
  });

  it("answers HEAD without a body and serves byte ranges", async () => {
    const head = await get(`/app/${blog}/js/app.js`, { session: alice.session, method: "HEAD" });
    expect(head.status).toBe(200);
    expect(head.headers.get("content-length")).toBe("17");
    expect(await head.text()).toBe("");
    const part = await get(`/app/${blog}/js/app.js`, { session: alice.session, headers: { range: "bytes=0-6" } });
    expect(part.status).toBe(206);
    expect(part.headers.get("content-range")).toBe("bytes 0-6/17");
    expect(await part.text()).toBe("console");
    expect((await get(`/app/${blog}/js/app.js`, { session: alice.session, headers: { range: "bytes=100-" } })).status).toBe(416);
  });

  it("refuses guests and users without READ on a private app, and paths that try to leave it", async () => {
    expect((await get(`/app/${blog}/`)).status).toBe(401);
    expect((await get(`/app/${blog}/`, { session: bob.session })).status).toBe(403);
    expect(await rawStatus(`/app/${blog}/..%2f..%2fsecret`, alice.session)).toBe(400);
    expect(await rawStatus(`/app/${blog}/%00`, alice.session)).toBe(400);
    expect((await get(`/app/${blog}/a%2Fb`, { session: alice.session })).status).toBe(400);
    expect((await get(`/app/${blog}/`, { session: alice.session, method: "POST" })).status).toBe(405);
  });

  it("serves only apps: another MiMei the caller reads is not found here", async () => {
    const { mimeiId } = await alice.c.mimei.create({ type: MiMeiType.MMFS, mark: "auto" });
    expect((await get(`/app/${mimeiId}/`, { session: alice.session })).status).toBe(404);
  });
});

describe("/entry", () => {
  it("redirects to the app by author and name, keeping the version and a pass", async () => {
    const r = await get(`/entry?author=${alice.id}&app=blog`);
    expect(r.status).toBe(302);
    expect(r.headers.get("location")).toBe(`/app/${blog}/`);
    const v = await get(`/entry?author=${alice.id}&app=blog&ver=release&pass=TOKEN`);
    expect(v.headers.get("location")).toBe(`/app/${blog}/?ver=release&pass=TOKEN`);
    expect((await get(`/entry?aid=${blog}`)).headers.get("location")).toBe(`/app/${blog}/`);
  });

  it("answers 404 for an app that does not exist and 400 for malformed arguments", async () => {
    expect((await get(`/entry?author=${alice.id}&app=nothing-here`)).status).toBe(404);
    expect((await get(`/entry?author=${alice.id}`)).status).toBe(400);
    expect((await get(`/entry?author=${alice.id}&app=..`)).status).toBe(400);
    expect((await get(`/entry?author=${alice.id}&app=blog&ver=latest`)).status).toBe(400);
  });
});

describe("versions and release", () => {
  it("serves cur until a version is released, then the release; ?ver= picks any version", async () => {
    const site = await makeTarGz([{ name: "index.html", data: "<h1>v1</h1>" }, { name: "a.txt", data: "a" }]);
    const { app } = await upload(alice, "versioned", site);
    const id = app!.appId;
    expect((await alice.c.mimei.backup({ mimeiId: id })).version).toBe(1n);
    await upload(alice, "versioned", await makeTarGz([{ name: "index.html", data: "<h1>v2</h1>" }]));
    expect(await (await get(`/app/${id}/`, { session: alice.session })).text()).toBe("<h1>v2</h1>");
    // cur is exactly the new archive: a.txt is gone.
    expect((await get(`/app/${id}/a.txt`, { session: alice.session })).status).toBe(404);

    await alice.c.mimei.release({ mimeiId: id, version: "1" });
    expect(await (await get(`/app/${id}/`, { session: alice.session })).text()).toBe("<h1>v1</h1>");
    expect(await (await get(`/app/${id}/?ver=cur`, { session: alice.session })).text()).toBe("<h1>v2</h1>");
    const pinned = await get(`/app/${id}/a.txt?ver=1`, { session: alice.session });
    expect(await pinned.text()).toBe("a");
    expect(pinned.headers.get("cache-control")).toBe("private, max-age=31536000, immutable");
    expect((await get(`/app/${id}/?ver=7`, { session: alice.session })).status).toBe(404);

    const info = (await alice.c.app.getAppInfo({ appId: id })).app!;
    expect(info).toMatchObject({ lastVersion: 1n, releaseVersion: 1n, fileCount: 1n });
  });

  it("merges into cur when asked, keeping files the archive does not hold", async () => {
    await upload(alice, "merged", await makeTarGz([{ name: "index.html", data: "i" }, { name: "old.txt", data: "o" }]));
    const { app, filesWritten } = await upload(alice, "merged", await makeTarGz([{ name: "new.txt", data: "n" }]), { merge: true });
    expect(filesWritten).toBe(1n);
    expect(app!.fileCount).toBe(3n);
  });

  it("takes only the files below strip_prefix", async () => {
    const { app } = await upload(alice, "stripped", await makeTarGz([{ name: "src/main.ts", data: "x" }, { name: "dist/index.html", data: "built" }]), { stripPrefix: "dist/" });
    expect(app!.fileCount).toBe(1n);
    expect(await (await get(`/app/${app!.appId}/index.html`, { session: alice.session })).text()).toBe("built");
    await expectFailure(upload(alice, "stripped", await makeTarGz([{ name: "a/b.txt", data: "x" }]), { stripPrefix: "dist" }), Code.InvalidArgument, "ARCHIVE_PREFIX_EMPTY");
  });
});

describe("UploadApp from stored content, and UploadAppFile", () => {
  async function store(u: User, data: Buffer): Promise<string> {
    return (await u.c.file.upload(archiveStream({ name: "site.zip", size: BigInt(data.length), contentHash: sha(data) }, data))).contentHash;
  }

  it("installs a zip the caller stored with FileService.Upload", async () => {
    const hash = await store(alice, makeZip([{ name: "index.html", data: "<p>zipped</p>" }, { name: "s/x.js", data: "1" }]));
    const { app, filesWritten } = await alice.c.app.uploadApp({ name: "zipped", contentHash: hash });
    expect(filesWritten).toBe(2n);
    expect(await (await get(`/app/${app!.appId}/`, { session: alice.session })).text()).toBe("<p>zipped</p>");
  });

  it("does not install content another user stored", async () => {
    const hash = await store(alice, makeZip([{ name: "index.html", data: "private" }]));
    await expectFailure(bob.c.app.uploadApp({ name: "stolen", contentHash: hash }), Code.NotFound, "CONTENT_UNKNOWN");
  });

  it("adds one file with UploadAppFile, from bytes or from stored content", async () => {
    const { app } = await upload(alice, "files", await makeTarGz([{ name: "index.html", data: "i" }]));
    const id = app!.appId;
    const { info } = await alice.c.app.uploadAppFile({ appId: id, path: "/deep/new.css", content: { case: "data", value: Buffer.from("p{}") } });
    expect(info).toMatchObject({ path: "/deep/new.css", size: 3n, mimeType: "text/css; charset=utf-8", digest: sha("p{}") });
    const hash = await store(alice, Buffer.from("stored"));
    await alice.c.app.uploadAppFile({ appId: id, path: "stored.txt", content: { case: "contentHash", value: hash } });
    expect(await (await get(`/app/${id}/stored.txt`, { session: alice.session })).text()).toBe("stored");
    expect(await (await get(`/app/${id}/deep/new.css`, { session: alice.session })).text()).toBe("p{}");
  });
});

describe("listing and rights", () => {
  it("lists the caller's apps by name, and another author's only where the caller may read", async () => {
    const mine = (await alice.c.app.listApps({})).apps.map((a) => a.name);
    expect(mine).toEqual([...mine].sort());
    expect(mine).toContain("blog");
    expect((await bob.c.app.listApps({ authorId: alice.id })).apps).toEqual([]);
    await alice.c.mimei.setRight({ mimeiId: blog, member: "*", rights: BigInt(Right.READ) });
    try {
      expect((await bob.c.app.listApps({ authorId: alice.id })).apps.map((a) => a.name)).toEqual(["blog"]);
      // Public now: guests read it, and shared caches may keep it.
      const r = await get(`/app/${blog}/css/app.css`);
      expect(r.status).toBe(200);
      expect(r.headers.get("cache-control")).toBe("public, no-cache");
      expect((await bob.c.app.getAppInfo({ authorId: alice.id, name: "blog" })).app?.appId).toBe(blog);
    } finally {
      await alice.c.mimei.setRight({ mimeiId: blog, member: "*", rights: 0n });
    }
  });

  it("pages through apps by name", async () => {
    const first = await alice.c.app.listApps({ page: { pageSize: 2 } });
    expect(first.apps).toHaveLength(2);
    const rest = await alice.c.app.listApps({ page: { pageSize: 1000, pageToken: first.page!.nextPageToken } });
    expect([...first.apps, ...rest.apps].map((a) => a.name)).toEqual((await alice.c.app.listApps({})).apps.map((a) => a.name));
  });

  it("lets nobody else upload into an app: another user's upload makes their own app", async () => {
    await expectFailure(bob.c.app.uploadAppFile({ appId: blog, path: "index.html", content: { case: "data", value: Buffer.from("defaced") } }), Code.PermissionDenied, "RIGHT_MISSING");
    const { app } = await upload(bob, "blog", await makeTarGz([{ name: "index.html", data: "bob's blog" }]));
    expect(app!.appId).not.toBe(blog);
    expect(app!.authorId).toBe(bob.id);
    expect(await (await get(`/app/${blog}/`, { session: alice.session })).text()).toBe("<h1>blog v1</h1>");
    await expectFailure(bob.c.app.uninstallApp({ appId: blog }), Code.PermissionDenied);
  });

  it("lets a user the author gave WRITE replace files, but not uninstall", async () => {
    const { app } = await upload(alice, "shared", await makeTarGz([{ name: "index.html", data: "alice" }]));
    await alice.c.mimei.setRight({ mimeiId: app!.appId, member: bob.id, rights: BigInt(Right.READ | Right.WRITE) });
    await bob.c.app.uploadAppFile({ appId: app!.appId, path: "index.html", content: { case: "data", value: Buffer.from("bob") } });
    expect(await (await get(`/app/${app!.appId}/`, { session: bob.session })).text()).toBe("bob");
    await expectFailure(bob.c.app.uninstallApp({ appId: app!.appId }), Code.PermissionDenied);
  });

  it("uninstalls an app with its versions and cancels the tasks of its scripts", async () => {
    const { app } = await upload(alice, "doomed", await makeTarGz([{ name: "index.html", data: "d" }]));
    await alice.c.mimei.backup({ mimeiId: app!.appId });
    const { script } = await alice.c.app.registerScript({ name: "doomed-job", source: "1", appId: app!.appId });
    const startAt = { seconds: BigInt(Math.floor(Date.now() / 1000) + 86_400), nanos: 0 };
    const { task } = await alice.c.app.startTask({ setting: { name: "doomed-job", scriptId: script!.scriptId, startAt } });
    const { script: other } = await alice.c.app.registerScript({ name: "other-job", source: "1" });
    const { task: kept } = await alice.c.app.startTask({ setting: { name: "other-job", scriptId: other!.scriptId, startAt } });
    await alice.c.app.uninstallApp({ appId: app!.appId });
    expect((await alice.c.app.getTaskStatus({ taskId: task!.taskId })).task?.state).toBe(TaskState.CANCELLED);
    expect((await alice.c.app.getTaskStatus({ taskId: kept!.taskId })).task?.state).toBe(TaskState.SCHEDULED);
    await expectFailure(alice.c.app.getAppInfo({ appId: app!.appId }), Code.NotFound);
    expect((await get(`/app/${app!.appId}/`, { session: alice.session })).status).toBe(404);
    expect((await alice.c.app.listApps({})).apps.map((a) => a.name)).not.toContain("doomed");
  });
});

describe("bad archives change nothing", () => {
  it.each([
    ["traversal", async () => makeTarGz([{ name: "index.html", data: "evil" }, { name: "../../escape.txt", data: "x" }]), Code.InvalidArgument, "ARCHIVE_PATH_UNSAFE"],
    ["a symbolic link", async () => makeTarGz([{ name: "index.html", data: "evil" }, { name: "l", type: "symlink", linkname: "/etc/passwd" }]), Code.InvalidArgument, "ARCHIVE_LINK"],
    ["a zip bomb", async () => makeZip([{ name: "index.html", data: "evil" }, { name: "zeros", data: Buffer.alloc(16 * 1024 * 1024) }]), Code.ResourceExhausted, "ARCHIVE_RATIO"],
    ["a truncated gzip", async () => (await makeTarGz([{ name: "index.html", data: "evil".repeat(1000) }])).subarray(0, 40), Code.InvalidArgument, "ARCHIVE_CORRUPT"],
    ["no archive at all", async () => Buffer.from("<html>"), Code.InvalidArgument, "ARCHIVE_FORMAT_UNKNOWN"],
  ])("refuses %s and leaves the app as it was", async (_what, make, code, reason) => {
    await expectFailure(upload(alice, "blog", await make()), code, reason);
    expect(await (await get(`/app/${blog}/`, { session: alice.session })).text()).toBe("<h1>blog v1</h1>");
    expect((await alice.c.app.getAppInfo({ appId: blog })).app?.fileCount).toBe(6n);
  });

  it("refuses bad app names", async () => {
    for (const name of ["", "auto", "..", "a/b", "x".repeat(65)]) {
      await expectFailure(upload(alice, name, await makeTarGz([{ name: "index.html", data: "x" }])), Code.InvalidArgument, "INVALID_APP_NAME");
    }
  });
});

describe("a node's own archive limits (appArchive in config.json, LEITHER_APP_MAX_*)", () => {
  it("refuses what goes beyond them with their reasons, and takes what stays within", async () => {
    const strict = await startTestNode({ appArchive: { maxBytes: 1000, maxFiles: 3, maxRatio: 100 } });
    try {
      const c = createClients(strict.url, {});
      await c.identity.register({ name: "carol", password: PASSWORD });
      const session = (await c.identity.login({ credential: { case: "password", value: { name: "carol", password: PASSWORD } } })).sessionId;
      const carol: User = { c: createClients(strict.url, { session }), id: "", session };
      const file = (name: string, bytes: number) => ({ name, data: Buffer.alloc(bytes, 1) });
      await expectFailure(upload(carol, "site", await makeTar([file("a", 10), file("b", 10), file("c", 10), file("d", 10)])), Code.ResourceExhausted, "ARCHIVE_TOO_MANY_FILES");
      await expectFailure(upload(carol, "site", await makeTar([file("index.html", 1001)])), Code.ResourceExhausted, "ARCHIVE_TOO_LARGE");
      const ok = await upload(carol, "site", await makeTar([file("index.html", 600), file("b", 400)]));
      expect(ok.app).toMatchObject({ name: "site", fileCount: 2n, size: 1000n });
    } finally {
      await strict.close();
    }
  });
});

describe("leither app", () => {
  async function cli(args: string[], stdin = ""): Promise<{ code: number; stdout: string; stderr: string }> {
    let stdout = "";
    let stderr = "";
    const io: CliIo = {
      stdin: Readable.from([Buffer.from(stdin)]),
      stdout: { write: (s: string) => (stdout += s) },
      stderr: { write: (s: string) => (stderr += s) },
      env: { LEITHER_CLI_HOME: join(tmp, "cli"), LEITHER_NODE: node.url },
      cwd: tmp,
    };
    const code = await runCli(args, io);
    return { code, stdout, stderr };
  }

  it("uploads a directory packed on the fly, lists it, releases it, and the node serves it", async () => {
    const dir = join(tmp, "my-site");
    mkdirSync(join(dir, "assets"), { recursive: true });
    writeFileSync(join(dir, "index.html"), "<h1>from the CLI</h1>");
    writeFileSync(join(dir, "assets", "app.js"), "export {}");
    symlinkSync("/etc/passwd", join(dir, "passwd"));
    expect((await cli(["login", "alice", "--password-stdin"], `${PASSWORD}\n`)).code).toBe(0);

    const up = await cli(["--json", "app", "upload", "my-site"]);
    expect(up.stderr).toBe("leither: skipped passwd: a symbolic link\n");
    expect(up.code).toBe(0);
    const out = JSON.parse(up.stdout);
    expect(out).toMatchObject({ filesWritten: 2, app: { name: "my-site", fileCount: "2" } });
    expect(out.url).toBe(`${node.url}/entry?author=${alice.id}&app=my-site`);
    const id = out.app.appId as string;
    const entry = await get(`/entry?author=${alice.id}&app=my-site`);
    expect(entry.headers.get("location")).toBe(`/app/${id}/`);
    const page = await get(`/app/${id}/`, { session: alice.session });
    expect(await page.text()).toBe("<h1>from the CLI</h1>");
    expect((await get(`/app/${id}/assets/app.js`, { session: alice.session })).headers.get("content-type")).toBe("text/javascript; charset=utf-8");

    const ls = await cli(["--json", "app", "ls"]);
    expect(JSON.parse(ls.stdout).apps.map((a: { name: string }) => a.name)).toContain("my-site");

    const rel = await cli(["--json", "app", "release", "my-site"]);
    expect(rel.code).toBe(0);
    expect(JSON.parse(rel.stdout)).toEqual({ appId: id, name: "my-site", version: 1 });
    expect((await alice.c.app.getAppInfo({ appId: id })).app).toMatchObject({ lastVersion: 1n, releaseVersion: 1n });
  });

  it("uploads an archive file under a name of its own and refuses another author's app", async () => {
    const file = join(tmp, "site.zip");
    writeFileSync(file, makeZip([{ name: "index.html", data: "zip via cli" }]));
    const up = await cli(["--json", "app", "upload", "site.zip", "--name", "zipsite"]);
    expect(up.code).toBe(0);
    const id = JSON.parse(up.stdout).app.appId as string;
    expect(await (await get(`/app/${id}/`, { session: alice.session })).text()).toBe("zip via cli");
    const { app } = await upload(bob, "bobs", await makeTarGz([{ name: "index.html", data: "b" }]));
    await bob.c.mimei.setRight({ mimeiId: app!.appId, member: alice.id, rights: BigInt(Right.READ | Right.WRITE) });
    const refused = await cli(["app", "upload", "site.zip", "--app", app!.appId]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/^leither: usage: app \S+ belongs to /);
  });
});
