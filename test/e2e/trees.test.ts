// mmfs file trees end to end: the FileService tree calls over the wire, files placed by upload
// and opened by path, versions with DiffTree, the /mm route inside trees, and bad input that
// must change nothing.
import { createHash, randomBytes } from "node:crypto";
import { request } from "node:http";
import { Code } from "@connectrpc/connect";
import { MiMeiType, Right } from "@leither/api/leither/v1/common_pb";
import { TreeChangeKind } from "@leither/api/leither/v1/file_service_pb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestNode, type TestNode } from "./support/in-process-node.js";
import { createClients, expectFailure, type Clients } from "./support/rpc.js";

const PASSWORD = "correct horse battery";
const sha = (b: Uint8Array | string) => createHash("sha256").update(b).digest("hex");
const bytes = (s: string) => new TextEncoder().encode(s);

let node: TestNode;
let alice: Clients;
let aliceSession: string;
let bob: Clients;
let bobId: string;

async function user(name: string) {
  const anon = createClients(node.url);
  const { userId } = await anon.identity.register({ name, password: PASSWORD });
  const { sessionId } = await anon.identity.login({ credential: { case: "password", value: { name, password: PASSWORD } } });
  return { c: createClients(node.url, { session: sessionId }), userId, sessionId };
}

async function newTree(): Promise<{ id: string; handle: string }> {
  const { mimeiId } = await alice.mimei.create({ type: MiMeiType.MMFS, mark: "auto" });
  const { handle } = await alice.mimei.open({ mimeiId, version: "cur" });
  return { id: mimeiId, handle };
}

async function* uploadTo(handle: string, path: string, data: Uint8Array, opts: { overwrite?: boolean; makeParents?: boolean } = {}) {
  yield { part: { case: "header" as const, value: { target: { destination: { case: "treePath" as const, value: { handle, path } }, ...opts }, size: BigInt(data.length) } } };
  for (let at = 0; at < data.length; at += 100_000) yield { part: { case: "chunk" as const, value: data.subarray(at, at + 100_000) } };
}

async function downloadPath(c: Clients, handle: string, path: string): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const m of c.file.download({ source: { case: "treePath", value: { handle, path } } })) if (m.part.case === "chunk") parts.push(Buffer.from(m.part.value.data));
  return Buffer.concat(parts);
}

/** The status of a GET sent with the path exactly as given. */
function rawStatus(path: string, session: string): Promise<number> {
  const { hostname, port } = new URL(node.url);
  return new Promise((resolve, reject) => {
    request({ host: hostname, port, path, headers: { authorization: `Bearer ${session}` } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    })
      .on("error", reject)
      .end();
  });
}

const names = async (handle: string, path = "/") => (await alice.file.readDir({ handle, path })).entries.map((e) => `${e.name}${e.isDir ? "/" : ""}`);

beforeAll(async () => {
  node = await startTestNode();
  const a = await user("alice");
  alice = a.c;
  aliceSession = a.sessionId;
  const b = await user("bob");
  bob = b.c;
  bobId = b.userId;
});

afterAll(async () => {
  await node?.close();
});

describe("file trees (mmfs)", () => {
  it("makes directories, places uploaded files by path and lists them sorted by name", async () => {
    const t = await newTree();
    await alice.file.makeDir({ handle: t.handle, path: "/docs/notes", parents: true });
    const data = randomBytes(300_000);
    const up = await alice.file.upload(uploadTo(t.handle, "/docs/notes/big.bin", data));
    expect(up.info).toMatchObject({ path: "/docs/notes/big.bin", size: 300_000n, digest: sha(data), isDir: false });
    await alice.file.upload(uploadTo(t.handle, "/a.txt", bytes("hello")));
    expect(await names(t.handle)).toEqual(["a.txt", "docs/"]);
    const root = (await alice.file.statFile({ handle: t.handle, path: "/" })).info!;
    expect(root).toMatchObject({ isDir: true, size: 300_005n, entryCount: 2n });
    expect((await alice.file.getMimeType({ handle: t.handle, path: "/a.txt" })).mimeType).toBe("text/plain; charset=utf-8");
    expect(await downloadPath(alice, t.handle, "/docs/notes/big.bin")).toEqual(data);
    expect(await alice.file.fileExists({ handle: t.handle, target: { case: "path", value: "/docs" } })).toMatchObject({ exists: true, isDir: true });
    expect(await alice.file.fileExists({ handle: t.handle, target: { case: "path", value: "/nope" } })).toMatchObject({ exists: false });
  });

  it("opens a file by path to read and write at offsets; the tree's root moves with each write", async () => {
    const t = await newTree();
    const f = await alice.file.openFile({ target: { case: "treePath", value: { handle: t.handle, path: "/log.txt" } }, create: true });
    expect(f.info).toMatchObject({ path: "/log.txt", size: 0n });
    await alice.file.writeFile({ handle: f.handle, offset: -1n, data: bytes("one ") });
    await alice.file.writeFile({ handle: f.handle, offset: -1n, data: bytes("two") });
    expect(Buffer.from((await alice.file.readFile({ handle: f.handle, offset: 0n })).data).toString()).toBe("one two");
    expect((await alice.file.statFile({ handle: t.handle, path: "/log.txt" })).info!.digest).toBe(sha("one two"));
    // The same file through a MiMei URL.
    const u = await alice.file.openFile({ target: { case: "url", value: `mm://${t.id}/log.txt` } });
    expect(u.info!.digest).toBe(sha("one two"));
  });

  it("closes file handles of every kind with MiMeiService.Close", async () => {
    const t = await newTree();
    const f = await alice.file.openFile({ target: { case: "treePath", value: { handle: t.handle, path: "/c.txt" } }, create: true });
    const temp = await alice.file.openTempFile({ name: "t.txt" });
    await alice.file.writeFile({ handle: temp.handle, offset: 0n, data: bytes("scratch") });
    await expectFailure(bob.mimei.close({ handle: f.handle }), Code.PermissionDenied, "HANDLE_NOT_YOURS");
    for (const handle of [f.handle, temp.handle]) {
      await alice.mimei.close({ handle });
      await expectFailure(alice.file.readFile({ handle, offset: 0n }), Code.NotFound);
      await expectFailure(alice.mimei.close({ handle }), Code.NotFound, "HANDLE_UNKNOWN");
    }
    // The tree handle it was opened through is still open.
    expect((await alice.file.statFile({ handle: t.handle, path: "/c.txt" })).info!.size).toBe(0n);
  });

  it("copies, moves and removes paths, and finds files by name and glob", async () => {
    const t = await newTree();
    for (const p of ["/src/a.ts", "/src/lib/b.ts", "/README.md"]) await alice.file.upload(uploadTo(t.handle, p, bytes(p), { makeParents: true }));
    await alice.file.copyPath({ handle: t.handle, sourcePath: "/src", destinationPath: "/backup" });
    expect((await alice.file.findFiles({ handle: t.handle, query: { case: "glob", value: "**/*.ts" } })).entries.map((e) => e.path)).toEqual([
      "/backup/a.ts",
      "/backup/lib/b.ts",
      "/src/a.ts",
      "/src/lib/b.ts",
    ]);
    await alice.file.movePath({ handle: t.handle, fromPath: "/README.md", toPath: "/src/README.md" });
    expect((await alice.file.findFiles({ handle: t.handle, query: { case: "name", value: "README.md" } })).entries.map((e) => e.path)).toEqual(["/src/README.md"]);
    await expectFailure(alice.file.removePath({ handle: t.handle, path: "/backup" }), Code.FailedPrecondition, "DIRECTORY_NOT_EMPTY");
    expect((await alice.file.removeAll({ handle: t.handle, path: "/backup" })).removed).toBe(4n);
    expect(await names(t.handle)).toEqual(["src/"]);
  });

  it("pages ReadDir with opaque tokens", async () => {
    const t = await newTree();
    for (let i = 0; i < 7; i++) await alice.file.makeDir({ handle: t.handle, path: `/d${i}` });
    const seen: string[] = [];
    let token = "";
    do {
      const r = await alice.file.readDir({ handle: t.handle, path: "/", page: { pageSize: 3, pageToken: token } });
      seen.push(...r.entries.map((e) => e.name));
      token = r.page!.nextPageToken;
    } while (token);
    expect(seen).toEqual(["d0", "d1", "d2", "d3", "d4", "d5", "d6"]);
    await expectFailure(alice.file.readDir({ handle: t.handle, page: { pageSize: 3, pageToken: "not a token!" } }), Code.InvalidArgument, "BAD_PAGE_TOKEN");
  });

  it("backs up trees as immutable versions and lists what changed between two of them", async () => {
    const t = await newTree();
    await alice.file.upload(uploadTo(t.handle, "/keep/k.txt", bytes("k"), { makeParents: true }));
    await alice.file.upload(uploadTo(t.handle, "/edit.txt", bytes("v1")));
    const v1 = await alice.mimei.backup({ mimeiId: t.id, memo: "v1" });
    await alice.file.upload(uploadTo(t.handle, "/edit.txt", bytes("v2"), { overwrite: true }));
    await alice.file.makeDir({ handle: t.handle, path: "/new" });
    const v2 = await alice.mimei.backup({ mimeiId: t.id, memo: "v2" });
    const diff = await alice.file.diffTree({ mimeiId: t.id, fromVersion: String(v1.version), toVersion: String(v2.version) });
    expect(diff.changes.map((c) => [c.path, TreeChangeKind[c.kind]])).toEqual([
      ["/edit.txt", "MODIFIED"],
      ["/new", "ADDED"],
    ]);
    expect(diff.changes[0]).toMatchObject({ fromDigest: sha("v1"), toDigest: sha("v2") });
    // A version handle reads the old tree and refuses writes.
    const old = (await alice.mimei.open({ mimeiId: t.id, version: String(v1.version) })).handle;
    expect(await downloadPath(alice, old, "/edit.txt")).toEqual(Buffer.from("v1"));
    await expectFailure(alice.file.makeDir({ handle: old, path: "/x" }), Code.FailedPrecondition, "VERSION_FROZEN");
    const f = await alice.file.openFile({ target: { case: "treePath", value: { handle: old, path: "/edit.txt" } } });
    expect(f.readOnly).toBe(true);
    await expectFailure(alice.file.writeFile({ handle: f.handle, offset: 0n, data: bytes("x") }), Code.FailedPrecondition, "VERSION_FROZEN");
    // Restore brings the old tree back as cur.
    await alice.mimei.restore({ mimeiId: t.id, version: String(v1.version) });
    expect(await names(t.handle)).toEqual(["edit.txt", "keep/"]);
  });

  it("copies from a version of another tree the caller may read, and not from one they may not", async () => {
    const src = await newTree();
    await alice.file.upload(uploadTo(src.handle, "/shared.txt", bytes("s")));
    const v = await alice.mimei.backup({ mimeiId: src.id, memo: "v" });
    const dst = await newTree();
    await alice.file.copyPath({ handle: dst.handle, sourceMimeiId: src.id, sourceVersion: String(v.version), sourcePath: "/shared.txt", destinationPath: "/copied.txt" });
    expect(await downloadPath(alice, dst.handle, "/copied.txt")).toEqual(Buffer.from("s"));
    // Bob writes his own tree but cannot read Alice's.
    const { mimeiId: bobTree } = await bob.mimei.create({ type: MiMeiType.MMFS, mark: "auto" });
    const bh = (await bob.mimei.open({ mimeiId: bobTree, version: "cur" })).handle;
    await expectFailure(bob.file.copyPath({ handle: bh, sourceMimeiId: src.id, sourcePath: "/shared.txt", destinationPath: "/stolen" }), Code.PermissionDenied, "SOURCE_NOT_READABLE");
    expect((await bob.file.readDir({ handle: bh })).entries).toEqual([]);
  });

  it("serves files inside trees over GET /mm/{id}/{path} with rights applied", async () => {
    const t = await newTree();
    await alice.file.upload(uploadTo(t.handle, "/site/index.html", bytes("<h1>hi</h1>"), { makeParents: true }));
    const url = `${node.url}/mm/${t.id}/site/index.html`;
    const ok = await fetch(url, { headers: { authorization: `Bearer ${aliceSession}` } });
    expect(ok.status).toBe(200);
    expect(ok.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(ok.headers.get("etag")).toBe(`"${sha("<h1>hi</h1>")}"`);
    expect(await ok.text()).toBe("<h1>hi</h1>");
    expect((await fetch(url)).status).toBe(401);
    expect((await fetch(`${node.url}/mm/${t.id}/site/missing.html`, { headers: { authorization: `Bearer ${aliceSession}` } })).status).toBe(404);
    // fetch would resolve "%2e%2e" itself; a raw request sends it as a client could.
    expect(await rawStatus(`/mm/${t.id}/site/%2e%2e/x`, aliceSession)).toBe(400);
    await alice.mimei.setRight({ mimeiId: t.id, member: bobId, rights: BigInt(Right.READ) });
    const { sessionId } = await createClients(node.url).identity.login({ credential: { case: "password", value: { name: "bob", password: PASSWORD } } });
    expect((await fetch(url, { headers: { authorization: `Bearer ${sessionId}` } })).status).toBe(200);
  });

  it("refuses bad paths and impossible edits with clear errors, and the tree stays as it was", async () => {
    const t = await newTree();
    await alice.file.upload(uploadTo(t.handle, "/f", bytes("f")));
    const before = (await alice.file.statFile({ handle: t.handle, path: "/" })).info!.digest;
    const h = t.handle;
    await expectFailure(alice.file.makeDir({ handle: h, path: "/../etc" }), Code.InvalidArgument, "INVALID_NAME");
    await expectFailure(alice.file.makeDir({ handle: h, path: "/a\u0000b" }), Code.InvalidArgument, "INVALID_NAME");
    await expectFailure(alice.file.makeDir({ handle: h, path: "/" + "x".repeat(300) }), Code.InvalidArgument, "NAME_TOO_LONG");
    await expectFailure(alice.file.makeDir({ handle: h, path: "/a/".repeat(1400) }), Code.InvalidArgument, "PATH_TOO_LONG");
    await expectFailure(alice.file.makeDir({ handle: h, path: "/f" }), Code.AlreadyExists, "PATH_EXISTS");
    await expectFailure(alice.file.makeDir({ handle: h, path: "/f/sub" }), Code.FailedPrecondition, "NOT_A_DIRECTORY");
    await expectFailure(alice.file.movePath({ handle: h, fromPath: "/missing", toPath: "/m" }), Code.NotFound, "NO_SUCH_PATH");
    await expectFailure(alice.file.removePath({ handle: h, path: "/" }), Code.FailedPrecondition, "ROOT_PATH");
    await expectFailure(alice.file.upload(uploadTo(h, "/f", bytes("other"))), Code.AlreadyExists, "PATH_EXISTS");
    await expectFailure(alice.file.upload(uploadTo(h, "/no/parent", bytes("x"))), Code.NotFound, "PARENT_NOT_FOUND");
    await expectFailure(alice.file.findFiles({ handle: h, query: { case: "glob", value: "[abc" } }), Code.InvalidArgument, "INVALID_GLOB");
    await expectFailure(alice.file.diffTree({ mimeiId: t.id, fromVersion: "9" }), Code.NotFound, "NO_SUCH_VERSION");
    // Tree calls on a FILE MiMei, and file calls on a tree handle.
    const { mimeiId: fileId } = await alice.mimei.create({ type: MiMeiType.FILE, mark: "auto" });
    const fh = (await alice.mimei.open({ mimeiId: fileId, version: "cur" })).handle;
    await expectFailure(alice.file.makeDir({ handle: fh, path: "/d" }), Code.FailedPrecondition, "NOT_A_TREE");
    await expectFailure(alice.file.writeFile({ handle: h, offset: 0n, data: bytes("x") }), Code.FailedPrecondition, "TREE_HANDLE");
    expect((await alice.file.statFile({ handle: h, path: "/" })).info!.digest).toBe(before);
  });
});
