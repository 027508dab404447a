// File transfer throughput: a real node (leither serve on a fresh home) moving one file up
// (Upload, client stream) and down (Download, server stream, and GET /mm/{id}), beside the
// loopback ceiling: a bare node:http server streaming the same file to the same HTTP client.
// Also: uploading the same file twice stores it once, and the node's peak RSS.
// Usage: npm run bench:files [-- --size 1g]   (sizes: 256m, 1g, 4g ...)
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { once } from "node:events";
import { createReadStream, createWriteStream, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from "node:fs";
import http from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createClient } from "@connectrpc/connect";
import { createConnectTransport, createGrpcTransport } from "@connectrpc/connect-node";
import { MiMeiType } from "@leither/api/leither/v1/common_pb";
import { FileService } from "@leither/api/leither/v1/file_service_pb";
import { IdentityService } from "@leither/api/leither/v1/identity_service_pb";
import { MiMeiService } from "@leither/api/leither/v1/mimei_service_pb";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "..");
const sizeArg = (() => {
  const i = process.argv.indexOf("--size");
  const s = i > 0 ? process.argv[i + 1] : "1g";
  const m = /^(\d+)([kmg]?)$/i.exec(s);
  if (!m) throw new Error(`--size ${s}: expected e.g. 256m or 1g`);
  return Number(m[1]) * { "": 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[m[2].toLowerCase()];
})();
const PIECE = 1024 * 1024;
const MB = 1e6;

const tmp = mkdtempSync(path.join(tmpdir(), "leither-bench-files-"));
const home = path.join(tmp, "home");
const source = path.join(tmp, "source.bin");

async function makeSource() {
  // Distinct 1 MiB blocks (a counter in each), so that nothing deduplicates inside the file.
  const out = createWriteStream(source);
  const block = Buffer.alloc(PIECE);
  for (let i = 0; i * PIECE < sizeArg; i++) {
    block.fill(i % 251);
    block.writeUInt32LE(i, 0);
    const piece = block.subarray(0, Math.min(PIECE, sizeArg - i * PIECE));
    if (!out.write(Buffer.from(piece))) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
  const h = createHash("sha256");
  for await (const c of createReadStream(source, { highWaterMark: PIECE })) h.update(c);
  return h.digest("hex");
}

async function startNode() {
  const child = spawn(process.execPath, [path.join(root, "server/dist/cli/main.js"), "serve", "--home", home, "--listen", "127.0.0.1:0", "--log-level", "info"], {
    cwd: root,
    stdio: ["ignore", "pipe", "inherit"],
  });
  let out = "";
  for await (const chunk of child.stdout) {
    out += chunk;
    const m = /listening on (http:\/\/[^\s"]+)/.exec(out);
    if (m) {
      child.stdout.resume();
      return { child, url: m[1] };
    }
  }
  throw new Error(`the node exited before it was ready:\n${out}`);
}

function memory(pid) {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = (k) => Number(new RegExp(`${k}:\\s+(\\d+) kB`).exec(status)[1]) * 1024;
  return { rss: kb("VmRSS"), peak: kb("VmHWM") };
}

function dirBytes(dir) {
  let total = 0;
  let names = [];
  try {
    names = readdirSync(dir);
  } catch {
    return 0;
  }
  for (const n of names) {
    const p = path.join(dir, n);
    const s = statSync(p);
    total += s.isDirectory() ? dirBytes(p) : s.size;
  }
  return total;
}

/** The HTTP client both GET rows use: consume the body, count bytes, no hashing (like curl). */
async function httpGet(url, headers = {}) {
  const t0 = performance.now();
  const res = await fetch(url, { headers });
  if (res.status !== 200) throw new Error(`GET ${url}: ${res.status}`);
  let n = 0;
  for await (const part of res.body) n += part.byteLength;
  if (n !== sizeArg) throw new Error(`GET ${url}: ${n} bytes, expected ${sizeArg}`);
  return (performance.now() - t0) / 1000;
}

async function ceiling() {
  const server = http.createServer((req, res) => {
    res.writeHead(200, { "content-type": "application/octet-stream", "content-length": sizeArg });
    createReadStream(source, { highWaterMark: PIECE }).pipe(res);
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const url = `http://127.0.0.1:${server.address().port}/`;
  await httpGet(url); // warm the page cache and the client
  const secs = await httpGet(url);
  server.close();
  return secs;
}

const row = (name, secs, ref) => ({ name, mbs: sizeArg / MB / secs, secs, ref });

const expectedHash = await makeSource();
const ceilingSecs = await ceiling();
const { child, url } = await startNode();
try {
  const cred = {};
  const auth = (next) => (req) => {
    if (cred.session) req.header.set("authorization", `Bearer ${cred.session}`);
    return next(req);
  };
  const transport = createGrpcTransport({ baseUrl: url, interceptors: [auth] });
  const identity = createClient(IdentityService, transport);
  const mimei = createClient(MiMeiService, transport);
  const files = createClient(FileService, transport);
  await identity.register({ name: "bench", password: "correct horse battery" });
  cred.session = (await identity.login({ credential: { case: "password", value: { name: "bench", password: "correct horse battery" } } })).sessionId;

  async function uploadOnce() {
    const { mimeiId } = await mimei.create({ type: MiMeiType.FILE, mark: "auto" });
    const { handle } = await mimei.open({ mimeiId, version: "cur" });
    async function* body() {
      yield { part: { case: "header", value: { target: { destination: { case: "fileHandle", value: handle } }, name: "source.bin", size: BigInt(sizeArg), contentHash: expectedHash } } };
      for await (const c of createReadStream(source, { highWaterMark: PIECE })) yield { part: { case: "chunk", value: c } };
    }
    const t0 = performance.now();
    const res = await files.upload(body());
    const secs = (performance.now() - t0) / 1000;
    if (res.contentHash !== expectedHash) throw new Error("upload hash differs");
    return { mimeiId, handle, secs };
  }

  const base = memory(child.pid);
  const peaks = [];
  const mark = (phase) => peaks.push(`${phase} ${(memory(child.pid).peak / 1024 ** 2).toFixed(0)}`);
  const first = await uploadOnce();
  mark("upload");
  const storedAfterFirst = dirBytes(path.join(home, "chunks"));
  const second = await uploadOnce();
  mark("upload again");
  const storedAfterSecond = dirBytes(path.join(home, "chunks"));

  const t0 = performance.now();
  let n = 0;
  for await (const m of files.download({ source: { case: "handle", value: first.handle }, chunkSize: 1024 * 1024 })) if (m.part.case === "chunk") n += m.part.value.data.byteLength;
  const rpcDownSecs = (performance.now() - t0) / 1000;
  if (n !== sizeArg) throw new Error(`download: ${n} bytes`);
  mark("rpc download");
  const httpSecs = await httpGet(`${url}/mm/${first.mimeiId}`, { authorization: `Bearer ${cred.session}` });
  mark("http get");
  const mem = memory(child.pid);

  const ceil = sizeArg / MB / ceilingSecs;
  const rows = [
    row("loopback ceiling (bare node:http GET)", ceilingSecs),
    row("Upload, gRPC client stream (new content)", first.secs),
    row("Upload again (same content, deduplicated)", second.secs),
    row("Download, gRPC server stream", rpcDownSecs),
    row("GET /mm/{id}", httpSecs),
  ];
  console.log(`\nfile ${(sizeArg / 1024 ** 2).toFixed(0)} MiB, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}\n`);
  console.log("| transfer | MB/s | s | vs ceiling |\n|---|---:|---:|---:|");
  for (const r of rows) console.log(`| ${r.name} | ${r.mbs.toFixed(0)} | ${r.secs.toFixed(2)} | ${((r.mbs / ceil) * 100).toFixed(0)}% |`);
  console.log(`\nstored after the first upload: ${(storedAfterFirst / 1024 ** 2).toFixed(1)} MiB; after the second: ${(storedAfterSecond / 1024 ** 2).toFixed(1)} MiB (${storedAfterSecond === storedAfterFirst ? "stored once" : "STORED TWICE"})`);
  console.log(`node RSS before the transfers ${(base.rss / 1024 ** 2).toFixed(0)} MiB, peak ${(mem.peak / 1024 ** 2).toFixed(0)} MiB: growth ${((mem.peak - base.rss) / 1024 ** 2).toFixed(0)} MiB (limit 64 MiB)`);
  console.log(`peak RSS (MiB) after each phase: ${peaks.join(", ")}`);
  console.log(`targets: download ≥ 70% of the ceiling, upload ≥ 50%`);
} finally {
  // The client's HTTP/2 session stays open, so a graceful stop would wait for it.
  const exited = once(child, "exit");
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 3000);
  await exited;
  clearTimeout(timer);
  rmSync(tmp, { recursive: true, force: true });
  process.exit(0);
}
