// Files end to end over a real node process: uploads, versions of a FILE MiMei, downloads over
// the RPC stream and HTTP (ETag, Range, conditional requests, rights), temp files, dedup, GC of
// an interrupted upload across a restart, and bad input that must change nothing.
import { execFile } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { promisify } from "node:util";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Code } from "@connectrpc/connect";
import { MiMeiType, Right } from "@leither/api/leither/v1/common_pb";
import type { UploadRequest } from "@leither/api/leither/v1/file_service_pb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkChunkStorage, checkContentInvariants, fsSchema } from "../../server/src/fs/index.js";
import { mimeiSchema } from "../../server/src/mimei/index.js";
import { createBlobStore, createDirectIo, createPackFiles, openDatabase } from "../../server/src/store/index.js";
import { CLI_MAIN, startNodeProcess, type NodeProcess } from "./support/node-process.js";
import { downloadOverHttp2 } from "../../server/src/cli/http2-download.js";
import { uploadOverHttp2 } from "../../server/src/cli/http2-upload.js";
import { createConnectTransport, createGrpcTransport, createGrpcWebTransport } from "@connectrpc/connect-node";
import { createClient, type Transport } from "@connectrpc/connect";
import { compressionGzip } from "@connectrpc/connect-node";
import { FileService } from "@leither/api/leither/v1/file_service_pb";
import { authInterceptor, createClients, expectFailure, type Clients } from "./support/rpc.js";

const PASSWORD = "correct horse battery";
const sha = (b: Uint8Array) => createHash("sha256").update(b).digest("hex");

let tmp: string;
let home: string;
let node: NodeProcess;
let alice: Clients;
let aliceSession: { session?: string };
let bob: Clients;
let bobSession: { session?: string };
let bobId: string;

async function* uploadStream(header: UploadRequest["part"] & { case: "header" }, data: Uint8Array, piece = 256 * 1024): AsyncGenerator<any> {
  yield { part: header };
  for (let at = 0; at < data.length; at += piece) yield { part: { case: "chunk", value: data.subarray(at, at + piece) } };
}

async function download(c: Clients, handle: string, offset = 0n, length = 0n): Promise<{ header: any; data: Buffer }> {
  let header: any;
  const parts: Buffer[] = [];
  for await (const m of c.file.download({ source: { case: "handle", value: handle }, offset, length })) {
    if (m.part.case === "header") header = m.part.value;
    else if (m.part.case === "chunk") parts.push(Buffer.from(m.part.value.data));
  }
  return { header, data: Buffer.concat(parts) };
}

/** Bytes of chunk blobs on disk (what GC must give back). */
function chunkBytes(): number {
  let total = 0;
  const walk = (dir: string) => {
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      return;
    }
    for (const n of names) {
      const p = join(dir, n);
      const s = statSync(p);
      if (s.isDirectory()) walk(p);
      else total += s.size;
    }
  };
  walk(join(home, "chunks"));
  return total;
}

async function fileMiMei(c: Clients): Promise<{ mimeiId: string; handle: string }> {
  const { mimeiId } = await c.mimei.create({ type: MiMeiType.FILE, mark: "auto" });
  const { handle } = await c.mimei.open({ mimeiId, version: "cur" });
  return { mimeiId, handle };
}

async function put(c: Clients, handle: string, data: Uint8Array, name = "data.bin") {
  return c.file.upload(uploadStream({ case: "header", value: { target: { destination: { case: "fileHandle", value: handle } }, name, size: BigInt(data.length), contentHash: sha(data) } } as any, data));
}

async function login(name: string): Promise<{ c: Clients; cred: { session?: string }; userId: string }> {
  const cred: { session?: string } = {};
  const c = createClients(node.url, cred);
  const { userId } = await c.identity.register({ name, password: PASSWORD });
  cred.session = (await c.identity.login({ credential: { case: "password", value: { name, password: PASSWORD } } })).sessionId;
  return { c, cred, userId };
}

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), "leither-e2e-files-"));
  home = join(tmp, "home");
  node = await startNodeProcess({ home });
  ({ c: alice, cred: aliceSession } = await login("alice"));
  ({ c: bob, cred: bobSession, userId: bobId } = await login("bob"));
});

afterAll(async () => {
  await node?.stop();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe("a FILE MiMei with versions", () => {
  it("uploads, backs up, uploads other content, and version 1 still downloads the first content", async () => {
    const first = randomBytes(3 * 1024 * 1024 + 123);
    const second = randomBytes(700_000);
    const { mimeiId, handle } = await fileMiMei(alice);
    const up = await put(alice, handle, first, "first.bin");
    expect(up).toMatchObject({ contentHash: sha(first), size: BigInt(first.length) });
    expect((await alice.mimei.backup({ mimeiId })).version).toBe(1n);
    await put(alice, handle, second, "second.bin");
    expect((await alice.mimei.getMiMeiInfo({ mimeiId })).info?.curDigest).toBe(sha(second));

    const v1 = await alice.mimei.open({ mimeiId, version: "1" });
    const got = await download(alice, v1.handle);
    expect(got.header.contentHash).toBe(sha(first));
    expect(got.data.equals(first)).toBe(true);
    expect((await download(alice, handle)).data.equals(second)).toBe(true);
    // The MiMei's Sum and the ETag rest on the same content hash.
    expect((await alice.mimei.listVersions({ mimeiId })).versions[0]?.digest).toBe(sha(first));

    // A range of version 1, from a negative offset (the last 10 bytes).
    const tail = await alice.file.readFile({ handle: v1.handle, offset: -11n, length: 0n });
    expect(Buffer.from(tail.data).equals(first.subarray(first.length - 10))).toBe(true);
    expect(tail.eof).toBe(true);

    // Writing through the frozen version is refused; cur is untouched.
    await expectFailure(alice.file.writeFile({ handle: v1.handle, offset: 0n, data: new Uint8Array([1]) }), Code.FailedPrecondition, "VERSION_FROZEN");
    await expectFailure(alice.file.upload(uploadStream({ case: "header", value: { target: { destination: { case: "fileHandle", value: v1.handle } } } } as any, second)), Code.FailedPrecondition, "VERSION_FROZEN");
    expect((await alice.mimei.getMiMeiInfo({ mimeiId })).info?.curDigest).toBe(sha(second));

    // Restore brings version 1 back as cur.
    await alice.mimei.restore({ mimeiId, version: "1" });
    expect((await download(alice, handle)).data.equals(first)).toBe(true);
  });

  it("writes at offsets through a cur handle, each write making new content", async () => {
    const { handle } = await fileMiMei(alice);
    await alice.file.writeFile({ handle, offset: 0n, data: Buffer.from("hello world") });
    await alice.file.writeFile({ handle, offset: 6n, data: Buffer.from("WORLD") });
    await alice.file.writeFile({ handle, offset: -1n, data: Buffer.from("!") });
    expect(Buffer.from((await alice.file.readFile({ handle, offset: 0n, length: 0n })).data).toString()).toBe("hello WORLD!");
    await alice.file.truncateFile({ handle, size: 5n });
    const stat = await alice.file.statFile({ handle, path: "" });
    expect(stat.info).toMatchObject({ size: 5n, digest: sha(Buffer.from("hello")) });
    await expectFailure(alice.file.writeFile({ handle, offset: 99n, data: Buffer.from("x") }), Code.OutOfRange, "OFFSET_BEYOND_END");
    await expectFailure(alice.file.readFile({ handle, offset: -7n, length: 1n }), Code.OutOfRange, "OFFSET_BEFORE_START");
    await alice.file.setObject({ handle, value: { kind: { case: "structValue", value: { fields: { b: { kind: { case: "numberValue", value: 1 } }, a: { kind: { case: "stringValue", value: "x" } } } } } } });
    expect(Buffer.from((await alice.file.readFile({ handle, offset: 0n, length: 0n })).data).toString()).toBe('{"a":"x","b":1}');
    expect((await alice.file.getMimeType({ handle, path: "" })).mimeType).toBe("application/json");
    const obj = await alice.file.getObject({ handle });
    expect(obj.value?.kind.case).toBe("structValue");
  });
});

describe("temp files", () => {
  it("write at offsets, truncate, read from the end, finish into a FILE MiMei", async () => {
    const { handle: tmpHandle } = await alice.file.openTempFile({ name: "page.html" });
    await alice.file.writeFile({ handle: tmpHandle, offset: 0n, data: Buffer.from("<p>hello</p>") });
    await alice.file.writeFile({ handle: tmpHandle, offset: -1n, data: Buffer.from("\n<p>bye</p>") });
    await alice.file.truncateFile({ handle: tmpHandle, size: 12n });
    expect((await alice.file.getFileSize({ handle: tmpHandle })).size).toBe(12n);
    expect(Buffer.from((await alice.file.readFile({ handle: tmpHandle, offset: -6n, length: 0n })).data).toString()).toBe("o</p>");
    expect((await alice.file.getMimeType({ handle: tmpHandle, path: "" })).mimeType).toBe("text/html; charset=utf-8");
    // Someone else's temp file is not theirs to touch.
    await expectFailure(bob.file.readFile({ handle: tmpHandle, offset: 0n, length: 0n }), Code.PermissionDenied);

    const { mimeiId, handle } = await fileMiMei(alice);
    const done = await alice.file.finishTempFile({ handle: tmpHandle, target: { destination: { case: "fileHandle", value: handle } } });
    expect(done.contentHash).toBe(sha(Buffer.from("<p>hello</p>")));
    await expectFailure(alice.file.readFile({ handle: tmpHandle, offset: 0n, length: 0n }), Code.NotFound);
    expect((await alice.file.fileExists({ handle, target: { case: "contentHash", value: done.contentHash } })).exists).toBe(true);
    expect((await alice.file.fileExists({ handle, target: { case: "contentHash", value: sha(Buffer.from("nope")) } })).exists).toBe(false);

    const res = await fetch(`${node.url}/mm/${mimeiId}`, { headers: { authorization: `Bearer ${aliceSession.session}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(await res.text()).toBe("<p>hello</p>");
  });
});

describe("GET /mm/{mimeiId}", () => {
  it("serves ETag, ranges, 304, 416 and HEAD, with rights applied", async () => {
    const data = randomBytes(2 * 1024 * 1024 + 5);
    const { mimeiId, handle } = await fileMiMei(alice);
    await put(alice, handle, data, "photo.bin");
    const auth = { authorization: `Bearer ${aliceSession.session}` };
    const url = `${node.url}/mm/${mimeiId}`;

    const full = await fetch(url, { headers: auth });
    expect(full.status).toBe(200);
    expect(full.headers.get("etag")).toBe(`"${sha(data)}"`);
    expect(Buffer.from(await full.arrayBuffer()).equals(data)).toBe(true);
    expect((await fetch(`${url}/photo.bin`, { headers: auth })).status).toBe(200);
    expect((await fetch(`${url}/other.bin`, { headers: auth })).status).toBe(404);

    const part = await fetch(url, { headers: { ...auth, range: "bytes=1048570-1048585" } });
    expect(part.status).toBe(206);
    expect(part.headers.get("content-range")).toBe(`bytes 1048570-1048585/${data.length}`);
    expect(Buffer.from(await part.arrayBuffer()).equals(data.subarray(1048570, 1048586))).toBe(true);
    const suffix = await fetch(url, { headers: { ...auth, range: "bytes=-4" } });
    expect(Buffer.from(await suffix.arrayBuffer()).equals(data.subarray(data.length - 4))).toBe(true);
    const unsat = await fetch(url, { headers: { ...auth, range: `bytes=${data.length}-` } });
    expect(unsat.status).toBe(416);
    expect(unsat.headers.get("content-range")).toBe(`bytes */${data.length}`);
    expect((await fetch(url, { headers: { ...auth, "if-none-match": `"${sha(data)}"` } })).status).toBe(304);
    const head = await fetch(url, { method: "HEAD", headers: auth });
    expect(head.headers.get("content-length")).toBe(String(data.length));

    // Rights: no credentials → 401; a stranger → 403; a session cookie and a pass work too.
    expect((await fetch(url)).status).toBe(401);
    expect((await fetch(url, { headers: { authorization: `Bearer ${bobSession.session}` } })).status).toBe(403);
    expect((await fetch(url, { headers: { cookie: `leither_session=${aliceSession.session}` } })).status).toBe(200);
    const { token } = await alice.identity.signPass({ hours: 1 });
    expect((await fetch(`${url}?pass=${encodeURIComponent(token)}`)).status).toBe(200);
    await alice.mimei.setRight({ mimeiId, member: bobId, rights: BigInt(Right.READ) });
    expect((await fetch(url, { headers: { authorization: `Bearer ${bobSession.session}` } })).status).toBe(200);

    // Versions: ?ver=1 stays what it was, with an immutable cache policy.
    await alice.mimei.backup({ mimeiId });
    await put(alice, handle, Buffer.from("new"), "photo.bin");
    const v1 = await fetch(`${url}?ver=1`, { headers: auth });
    expect(v1.headers.get("cache-control")).toContain("immutable");
    expect(Buffer.from(await v1.arrayBuffer()).equals(data)).toBe(true);
    expect(await (await fetch(url, { headers: auth })).text()).toBe("new");
    expect((await fetch(`${url}?ver=9`, { headers: auth })).status).toBe(404);
  });

  it("gives each of many concurrent downloads its own bytes (the node reuses its chunk buffers)", async () => {
    // Several multi-chunk files, fetched at once over GET (HTTP/1.1) and the Download stream
    // (HTTP/2), with ranges: a buffer reused too early would show up as another file's bytes.
    const files = await Promise.all(
      [3, 2, 4].map(async (mib, i) => {
        const data = randomBytes(mib * 1024 * 1024 + 1000 * i);
        const f = await fileMiMei(alice);
        await put(alice, f.handle, data);
        return { ...f, data };
      }),
    );
    const auth = { authorization: `Bearer ${aliceSession.session}` };
    const checks = files.flatMap((f) => [
      (async () => expect(Buffer.from(await (await fetch(`${node.url}/mm/${f.mimeiId}`, { headers: auth })).arrayBuffer()).equals(f.data)).toBe(true))(),
      (async () => {
        const r = await fetch(`${node.url}/mm/${f.mimeiId}`, { headers: { ...auth, range: "bytes=1000000-2100000" } });
        expect(Buffer.from(await r.arrayBuffer()).equals(f.data.subarray(1000000, 2100001))).toBe(true);
      })(),
      (async () => expect((await download(alice, f.handle)).data.equals(f.data)).toBe(true))(),
      (async () => expect((await download(alice, f.handle, 5n, 3000000n)).data.equals(f.data.subarray(5, 3000005))).toBe(true))(),
    ]);
    await Promise.all(checks);
  });

  it("downloads the same bytes and offsets over every protocol, HTTP version and codec", async () => {
    // Binary streams over the network get their chunk messages written by the node itself
    // (straight from its buffers); JSON goes through connect. Every client must read the same.
    const data = randomBytes(3 * 1024 * 1024 + 123);
    const f = await fileMiMei(alice);
    await put(alice, f.handle, data);
    const auth = [authInterceptor(() => aliceSession.session)];
    const baseUrl = node.url;
    const transports: Record<string, Transport> = {
      "gRPC, HTTP/2, gzip accepted": createGrpcTransport({ baseUrl, interceptors: auth }),
      "gRPC, HTTP/2, no compression": createGrpcTransport({ baseUrl, interceptors: auth, acceptCompression: [] }),
      "gRPC-web, HTTP/1.1": createGrpcWebTransport({ baseUrl, httpVersion: "1.1", interceptors: auth }),
      "gRPC-web, HTTP/2": createGrpcWebTransport({ baseUrl, httpVersion: "2", interceptors: auth }),
      "Connect binary, HTTP/1.1": createConnectTransport({ baseUrl, httpVersion: "1.1", useBinaryFormat: true, interceptors: auth }),
      "Connect binary, HTTP/2": createConnectTransport({ baseUrl, httpVersion: "2", useBinaryFormat: true, interceptors: auth }),
      "Connect JSON, HTTP/1.1": createConnectTransport({ baseUrl, httpVersion: "1.1", useBinaryFormat: false, interceptors: auth }),
    };
    for (const [name, transport] of Object.entries(transports)) {
      const client = createClient(FileService, transport);
      for (const [offset, length, chunkSize] of [[0, 0, 0], [1000, 2_500_000, 1024 * 1024], [data.length - 10, 0, 7]] as const) {
        let header: any;
        const parts: Buffer[] = [];
        let next = offset;
        for await (const m of client.download({ source: { case: "handle", value: f.handle }, offset: BigInt(offset), length: BigInt(length), chunkSize })) {
          if (m.part.case === "header") header = m.part.value;
          else if (m.part.case === "chunk") {
            expect(Number(m.part.value.offset), `${name}: chunk offsets follow each other`).toBe(next);
            next += m.part.value.data.length;
            parts.push(Buffer.from(m.part.value.data));
          }
        }
        const end = length ? offset + length : data.length;
        expect(header?.contentHash, name).toBe(sha(data));
        expect(Buffer.concat(parts).equals(data.subarray(offset, end)), `${name}: bytes [${offset}, ${end})`).toBe(true);
      }
    }
  });

  it("stores the same content from uploads over every protocol, HTTP version, codec and compression", async () => {
    // Binary uncompressed uploads over the network are read by the node itself, chunk bytes as
    // they arrive; compressed and JSON ones go through connect. Every one must store the same.
    const auth = [authInterceptor(() => aliceSession.session)];
    const baseUrl = node.url;
    const transports: Record<string, Transport> = {
      "gRPC, HTTP/2": createGrpcTransport({ baseUrl, interceptors: auth }),
      "gRPC, HTTP/2, gzip-compressed messages": createGrpcTransport({ baseUrl, interceptors: auth, sendCompression: compressionGzip }),
      "gRPC-web, HTTP/2": createGrpcWebTransport({ baseUrl, httpVersion: "2", interceptors: auth }),
      "Connect binary, HTTP/2": createConnectTransport({ baseUrl, httpVersion: "2", useBinaryFormat: true, interceptors: auth }),
      "Connect JSON, HTTP/2": createConnectTransport({ baseUrl, httpVersion: "2", useBinaryFormat: false, interceptors: auth }),
    };
    for (const [name, transport] of Object.entries(transports)) {
      const data = randomBytes(2 * 1024 * 1024 + 777);
      const f = await fileMiMei(alice);
      const header = { case: "header", value: { target: { destination: { case: "fileHandle", value: f.handle } }, name: "p.bin", size: BigInt(data.length), contentHash: sha(data) } } as any;
      const r = await createClient(FileService, transport).upload(uploadStream(header, data, 1024 * 1024));
      expect([r.contentHash, Number(r.size)], name).toEqual([sha(data), data.length]);
      expect((await download(alice, f.handle)).data.equals(data), name).toBe(true);
    }
  });

  it("refuses an upload whose announced hash or size the bytes read by the node do not match", async () => {
    const data = randomBytes(1024 * 1024 + 3);
    const f = await fileMiMei(alice);
    const transport = createGrpcTransport({ baseUrl: node.url, interceptors: [authInterceptor(() => aliceSession.session)] });
    const header = (size: number, hash: string) => ({ case: "header", value: { target: { destination: { case: "fileHandle", value: f.handle } }, name: "q.bin", size: BigInt(size), contentHash: hash } }) as any;
    await expectFailure(createClient(FileService, transport).upload(uploadStream(header(data.length, sha(Buffer.from("other"))), data, 1024 * 1024)), Code.InvalidArgument, "HASH_MISMATCH");
    await expectFailure(createClient(FileService, transport).upload(uploadStream(header(data.length - 1, sha(data)), data, 1024 * 1024)), Code.InvalidArgument, "SIZE_MISMATCH");
  });

  it("stops a download the client cancels, and serves the next one", async () => {
    const data = randomBytes(6 * 1024 * 1024);
    const f = await fileMiMei(alice);
    await put(alice, f.handle, data);
    for (const transport of [createGrpcTransport({ baseUrl: node.url, interceptors: [authInterceptor(() => aliceSession.session)] }), createGrpcWebTransport({ baseUrl: node.url, httpVersion: "1.1", interceptors: [authInterceptor(() => aliceSession.session)] })]) {
      const client = createClient(FileService, transport);
      const abort = new AbortController();
      let chunks = 0;
      await expect(
        (async () => {
          for await (const m of client.download({ source: { case: "handle", value: f.handle }, chunkSize: 64 * 1024 }, { signal: abort.signal })) {
            if (m.part.case === "chunk" && ++chunks === 3) abort.abort();
          }
        })(),
      ).rejects.toMatchObject({ code: Code.Canceled });
      expect(chunks).toBe(3);
      expect((await download(alice, f.handle)).data.equals(data)).toBe(true);
    }
  });

  it("refuses traversal and malformed paths", async () => {
    const { mimeiId } = await fileMiMei(alice);
    const auth = { authorization: `Bearer ${aliceSession.session}` };
    expect((await fetch(`${node.url}/mm/${mimeiId}/%2e%2e`, { headers: auth })).status).toBe(400);
    expect((await fetch(`${node.url}/mm/${mimeiId}/a%00b`, { headers: auth })).status).toBe(400);
    expect((await fetch(`${node.url}/mm/${mimeiId}/${"x".repeat(300)}`, { headers: auth })).status).toBe(400);
    expect((await fetch(`${node.url}/mm/${mimeiId}`, { method: "POST", headers: auth })).status).toBe(405);
  });
});

describe("stored once, freed when nothing holds it", () => {
  it("stores the same content once across MiMei and users", async () => {
    const data = randomBytes(3 * 1024 * 1024);
    const a = await fileMiMei(alice);
    await put(alice, a.handle, data);
    const before = chunkBytes();
    const b = await fileMiMei(bob);
    await put(bob, b.handle, data);
    const { handle: t } = await bob.file.openTempFile({ name: "" });
    await bob.file.writeFile({ handle: t, offset: 0n, data: data.subarray(0, 1024 * 1024) });
    await bob.file.finishTempFile({ handle: t });
    expect(chunkBytes()).toBe(before);
  });

  it("refuses a wrong hash and a wrong size, and keeps cur as it was", async () => {
    const { mimeiId, handle } = await fileMiMei(alice);
    const data = randomBytes(100_000);
    const header = (h: string, size = 0n) => ({ case: "header", value: { target: { destination: { case: "fileHandle", value: handle } }, contentHash: h, size } }) as any;
    await expectFailure(alice.file.upload(uploadStream(header(sha(Buffer.from("other"))), data)), Code.InvalidArgument, "HASH_MISMATCH");
    await expectFailure(alice.file.upload(uploadStream(header("", 5n), data)), Code.InvalidArgument, "SIZE_MISMATCH");
    await expectFailure(alice.file.upload(uploadStream(header("XYZ"), data)), Code.InvalidArgument, "INVALID_CONTENT_HASH");
    await expectFailure(alice.file.upload(uploadStream({ case: "header", value: { name: "../evil" } } as any, data)), Code.InvalidArgument, "INVALID_NAME");
    expect((await alice.mimei.getMiMeiInfo({ mimeiId })).info?.curSize).toBe(0n);
    // Without the write right nothing is stored either.
    await expectFailure(bob.file.upload(uploadStream({ case: "header", value: { target: { destination: { case: "refMimeiId", value: mimeiId } } } } as any, data)), Code.PermissionDenied, "RIGHT_MISSING");
    // Placing content by hash needs content the caller stored or may read.
    const bobFile = await fileMiMei(bob);
    await expectFailure(bob.file.setFileContent({ handle: bobFile.handle, contentHash: sha(data) }), Code.NotFound, "CONTENT_UNKNOWN");
  });

  it("leaves no visible file after an interrupted upload, and no space after GC (at restart)", async () => {
    const { mimeiId, handle } = await fileMiMei(alice);
    const before = chunkBytes();
    const abort = new AbortController();
    const data = randomBytes(5 * 1024 * 1024);
    async function* stalled(): AsyncGenerator<any> {
      yield { part: { case: "header", value: { target: { destination: { case: "fileHandle", value: handle } }, name: "big.bin" } } };
      for (let at = 0; at < 4 * 1024 * 1024; at += 256 * 1024) yield { part: { case: "chunk", value: data.subarray(at, at + 256 * 1024) } };
      // Let the node store what it has, then cut the stream as a dropped connection would.
      await new Promise((r) => setTimeout(r, 500));
      abort.abort();
      await new Promise(() => {});
    }
    await expect(alice.file.upload(stalled(), { signal: abort.signal })).rejects.toThrow();
    await new Promise((r) => setTimeout(r, 300));
    expect((await alice.mimei.getMiMeiInfo({ mimeiId })).info?.curSize).toBe(0n);
    const cutOff = chunkBytes();
    expect(cutOff).toBeGreaterThanOrEqual(before + 4 * 1024 * 1024);
    await node.stop();
    await node.restart();
    // GC runs at start; wait for it to give the space back. It also frees what the refused
    // uploads of the test before left, so the space may end below `before`.
    const deadline = Date.now() + 10_000;
    while (chunkBytes() > before && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    expect(chunkBytes()).toBeLessThanOrEqual(before);
    // Sessions survive the restart.
    expect((await alice.mimei.getMiMeiInfo({ mimeiId })).info?.curSize).toBe(0n);
  });
});

describe("leither fs", () => {
  it("puts a local file into a file MiMei and gets it back (no progress bar when piped; --json)", async () => {
    const run = (...args: string[]) =>
      promisify(execFile)(process.execPath, [CLI_MAIN, "--node", node.url, ...args], { env: { ...process.env, LEITHER_SESSION: aliceSession.session!, LEITHER_CLI_HOME: tmp } });
    const { mimeiId } = await alice.mimei.create({ type: MiMeiType.FILE, mark: "auto" });
    const local = join(tmp, "notes.md");
    const data = randomBytes(1024 * 1024 + 3);
    writeFileSync(local, data);
    const put = await run("--json", "fs", "put", mimeiId, local);
    expect(JSON.parse(put.stdout)).toMatchObject({ mimeiId, name: "notes.md", contentHash: sha(data), mimeType: "text/markdown; charset=utf-8" });
    expect(put.stderr).toBe("");
    const out = join(tmp, "copy.md");
    const got = await run("fs", "get", mimeiId, ".", out);
    expect(got.stderr).toBe("");
    expect(readFileSync(out).equals(data)).toBe(true);
    expect((await run("fs", "ls", mimeiId)).stdout).toContain("notes.md");
    await expect(run("fs", "get", mimeiId, "other.md", out)).rejects.toMatchObject({ code: 1 });
  });
});

describe("the CLI's upload over HTTP/2 (chunk messages framed by the client)", () => {
  it("delivers multi-chunk content intact, and reports a refusal as connect reports any call's", async () => {
    const data = randomBytes(2 * 1024 * 1024 + 512 * 1024 + 7);
    const local = join(tmp, "framed.bin");
    writeFileSync(local, data);
    const { mimeiId, handle } = await fileMiMei(alice);
    let reported = 0;
    const header = (contentHash: string, target = handle) => ({ target: { destination: { case: "fileHandle" as const, value: target } }, name: "framed.bin", size: BigInt(data.length), contentHash });
    const res = await uploadOverHttp2({ baseUrl: node.url, session: aliceSession.session, header: header(sha(data)), file: local, onBytes: (n) => (reported += n) });
    expect(res).toMatchObject({ contentHash: sha(data), size: BigInt(data.length) });
    expect(reported).toBe(data.length);
    expect((await download(alice, (await alice.mimei.open({ mimeiId, version: "cur" })).handle)).data.equals(data)).toBe(true);
    // Refusals keep their code and reason: a wrong hash, a caller without the right, and no
    // session (the handle is alice's).
    await expectFailure(uploadOverHttp2({ baseUrl: node.url, session: aliceSession.session, header: header(sha(Buffer.from("other"))), file: local }), Code.InvalidArgument, "HASH_MISMATCH");
    const bobTarget = { target: { destination: { case: "refMimeiId" as const, value: mimeiId } }, name: "x", size: BigInt(data.length), contentHash: sha(data) };
    await expectFailure(uploadOverHttp2({ baseUrl: node.url, session: bobSession.session, header: bobTarget, file: local }), Code.PermissionDenied, "RIGHT_MISSING");
    await expectFailure(uploadOverHttp2({ baseUrl: node.url, header: header(sha(data)), file: local }), Code.PermissionDenied);
    expect((await alice.mimei.getMiMeiInfo({ mimeiId })).info?.curSize).toBe(BigInt(data.length));
  });

  it("stops sending and reports the refusal when the node refuses the upload midway", async () => {
    // Far more than the node's receive windows: the node answers after the first MiB and
    // stops reading, so a client that waited for its window to open again would wait forever.
    const local = join(tmp, "too-long.bin");
    writeFileSync(local, randomBytes(64 * 1024 * 1024));
    const { mimeiId, handle } = await fileMiMei(alice);
    const header = { target: { destination: { case: "fileHandle" as const, value: handle } }, name: "too-long.bin", size: 1024n * 1024n };
    const started = Date.now();
    await expectFailure(uploadOverHttp2({ baseUrl: node.url, session: aliceSession.session, header, file: local }), Code.InvalidArgument, "SIZE_MISMATCH");
    expect(Date.now() - started).toBeLessThan(5_000);
    expect((await alice.mimei.getMiMeiInfo({ mimeiId })).info?.curSize).toBe(0n);
    rmSync(local);
  });
});

describe("the CLI's download over HTTP/2 (messages read by the client)", () => {
  const framedDownload = async (request: Parameters<typeof downloadOverHttp2>[0]["request"], session = aliceSession.session) => {
    let header: any;
    const parts: Buffer[] = [];
    for await (const m of downloadOverHttp2({ baseUrl: node.url, session, request })) {
      if (m.part.case === "header") header = m.part.value;
      // Copied: a chunk's bytes are valid only until the next message.
      else if (m.part.case === "chunk") parts.push(Buffer.from(m.part.value.data));
    }
    return { header, data: Buffer.concat(parts) };
  };

  it("delivers what connect's client delivers: 1 MiB messages spanning frames, and many small messages in one frame", async () => {
    const data = randomBytes(2 * 1024 * 1024 + 512 * 1024 + 7);
    const { handle } = await fileMiMei(alice);
    await put(alice, handle, data);
    const whole = await framedDownload({ source: { case: "handle", value: handle }, chunkSize: 1024 * 1024 });
    expect(whole.data.equals(data)).toBe(true);
    expect(whole.header).toEqual((await download(alice, handle)).header);
    const range = await framedDownload({ source: { case: "handle", value: handle }, offset: 1000n, length: 50_000n, chunkSize: 1024 });
    expect(range.data.equals(data.subarray(1000, 51_000))).toBe(true);
    expect(range.header).toMatchObject({ offset: 1000n, length: 50_000n, size: BigInt(data.length) });
    // Stopping after the first chunk ends the call at once.
    for await (const m of downloadOverHttp2({ baseUrl: node.url, session: aliceSession.session, request: { source: { case: "handle", value: handle } } })) {
      if (m.part.case === "chunk") break;
    }
  });

  it("reports a refusal as connect reports any call's", async () => {
    const data = randomBytes(10_000);
    const { handle } = await fileMiMei(alice);
    await put(alice, handle, data);
    await expectFailure(framedDownload({ source: { case: "handle", value: handle }, offset: 20_000n }), Code.OutOfRange, "OFFSET_BEYOND_END");
    await expectFailure(framedDownload({ source: { case: "handle", value: "no-such-handle" } }), Code.NotFound, "HANDLE_UNKNOWN");
    await expectFailure(framedDownload({ source: { case: "handle", value: handle } }, bobSession.session), Code.PermissionDenied, "HANDLE_NOT_YOURS");
    await expectFailure(framedDownload({ source: { case: "handle", value: handle } }, ""), Code.PermissionDenied, "HANDLE_NOT_YOURS");
  });
});

describe("the stored content after all of the above", () => {
  it("holds every content invariant, every stored chunk reads back right, and every chunk file on disk belongs to a chunk row", async () => {
    await node.stop();
    const db = openDatabase({ path: join(home, "leither.db"), schemas: [mimeiSchema, fsSchema] });
    const root = join(home, "chunks");
    const packs = createPackFiles(join(root, "packs"), createDirectIo(join(root, "tmp")));
    try {
      expect(checkContentInvariants(db)).toEqual([]);
      expect(await checkChunkStorage(db, { blobs: createBlobStore(root), packs, root })).toEqual([]);
    } finally {
      await packs.close();
      db.close();
    }
    await node.restart();
  });
});
