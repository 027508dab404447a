// File transfer throughput: a real node (leither serve on a fresh home) moving one file up
// (Upload, client stream: through connect's gRPC client, and another file through the client
// `leither fs put` uses) and down (Download, server stream, through connect's client and the
// one `leither fs get` uses, and GET /mm/{id}), beside the
// loopback ceiling: a bare node:http server streaming the same file to the same HTTP client.
// Also: uploading the same file twice stores it once, and the node's memory in each phase; and
// for comparison, the downloads again from the node checking every chunk it reads against its
// SHA-256 digest (readCheck sha256) rather than the CRC-32 it checks by default.
// Usage: npm run bench:files [-- --size 1g] [-- --gzip]
//   --size 256m | 1g | 4g ...  the file size (default 1g; 4g is the constant-memory check)
//   --gzip                     the gRPC client advertises gzip, as connect-node clients do by
//                              default (the node then compresses what it sends)
import { spawn } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { once } from "node:events";
import { createReadStream, createWriteStream, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { open } from "node:fs/promises";
import http from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { setFlagsFromString } from "node:v8";
import { createClient } from "@connectrpc/connect";
import { createGrpcTransport, Http2SessionManager } from "@connectrpc/connect-node";
import { MiMeiType } from "@leither/api/leither/v1/common_pb";
import { FileService } from "@leither/api/leither/v1/file_service_pb";
import { IdentityService } from "@leither/api/leither/v1/identity_service_pb";
import { MiMeiService } from "@leither/api/leither/v1/mimei_service_pb";
import { downloadOverHttp2 } from "../server/dist/cli/http2-download.js";
import { uploadOverHttp2 } from "../server/dist/cli/http2-upload.js";
import { YOUNG_GENERATION_FLAG } from "../server/dist/cli/start-flags.js";

// This client tuned as the `leither` executable tunes itself (server/src/cli/v8-tuning.ts):
// connect's per-message buffers must not be pretenured, or full collections pace the client.
setFlagsFromString("--no-allocation-site-pretenuring");

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "..");
const sizeArg = (() => {
  const i = process.argv.indexOf("--size");
  const s = i > 0 ? process.argv[i + 1] : "1g";
  const m = /^(\d+)([kmg]?)$/i.exec(s ?? "");
  if (!m) throw new Error(`--size ${s}: expected e.g. 256m, 1g or 4g`);
  return Number(m[1]) * { "": 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[m[2].toLowerCase()];
})();
const gzip = process.argv.includes("--gzip");
const PIECE = 1024 * 1024;
const MB = 1e6;
const MiB = 1024 ** 2;
const RSS_LIMIT = 64 * MiB;
/**
 * Transfers that warm a ceiling server and its client up before it is measured: in the bench
 * process the ceiling kept rising over the first ten or so (from ~750 to ~1600 MB/s in one
 * run), so with fewer the first rows were compared with a ceiling still cold.
 */
const CEILING_WARMUP = 10;
// HTTP/2 settings of the gRPC client. Receive windows of the order grpc-go and browsers use:
// with Node's default (64 KiB per stream and per connection) the node could send 64 KiB and
// then wait for the client to announce room for more, a round trip per 64 KiB. The ceiling's
// HTTP/1.1 client has no window beyond TCP's. DATA frames of up to 1 MiB are allowed too, though
// Node's HTTP/2 (the node's included) sends 16 KiB frames whatever the peer allows (counted with
// a proxy, 2026-12-07): a 1 MiB message still arrives as 64 frames.
const STREAM_WINDOW = 8 * MiB;
const SESSION_WINDOW = 16 * MiB;
const MAX_FRAME = MiB;

const tmp = mkdtempSync(path.join(tmpdir(), "leither-bench-files-"));
const home = path.join(tmp, "home");
const source = path.join(tmp, "source.bin");
// The same size, other bytes: new content for the upload through the CLI's client.
const source2 = path.join(tmp, "source2.bin");
const memlogs = [path.join(tmp, "node-memory.log"), path.join(tmp, "node-memory-sha256.log")];

async function makeSource(file) {
  // Random bytes, as most large files are compressed already; a counter at the start of each
  // 1 MiB block makes every chunk distinct, so that nothing deduplicates inside the file.
  const out = createWriteStream(file);
  const block = randomBytes(PIECE);
  for (let i = 0; i * PIECE < sizeArg; i++) {
    block.writeUInt32LE(i, 0);
    const piece = block.subarray(0, Math.min(PIECE, sizeArg - i * PIECE));
    if (!out.write(Buffer.from(piece))) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
  const h = createHash("sha256");
  for await (const c of createReadStream(file, { highWaterMark: PIECE })) h.update(c);
  return h.digest("hex");
}

async function startNode(memlog, { listen = "127.0.0.1:0", env = {} } = {}) {
  // The node runs with the flags its executable's first line and `npm start` give it, plus the
  // memory sampler.
  const main = path.join(root, "server/dist/cli/main.js");
  const child = spawn(process.execPath, [YOUNG_GENERATION_FLAG, "--import", path.join(here, "node-memory.mjs"), main, "serve", "--home", home, "--listen", listen, "--log-level", "info"], {
    cwd: root,
    env: { ...process.env, ...env, LEITHER_BENCH_MEMLOG: memlog },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const exited = once(child, "exit");
  // Read stdout with a listener and keep draining it: breaking out of a for-await would
  // destroy the pipe, and the node's log writes would then fail.
  const url = await new Promise((resolve, reject) => {
    let out = "";
    const onData = (chunk) => {
      out += chunk;
      const m = /listening on (http:\/\/[^\s"]+)/.exec(out);
      if (m) {
        child.stdout.off("data", onData);
        child.stdout.resume();
        resolve(m[1]);
      }
    };
    child.stdout.on("data", onData);
    exited.then(() => reject(new Error(`the node exited before it was ready:\n${out}`)));
  });
  return { child, url, exited, memory: memoryPhases(child.pid, memlog) };
}

async function stopNode({ child, exited }) {
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
  await exited;
  clearTimeout(timer);
}

function status(pid) {
  const text = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = (k) => Number(new RegExp(`${k}:\\s+(\\d+) kB`).exec(text)[1]) * 1024;
  return { rss: kb("VmRSS"), peak: kb("VmHWM") };
}

/** Peaks of one phase: VmHWM (reset at the phase's start) and the node's own samples. */
function memoryPhases(pid, memlog) {
  let from = 0;
  const samples = () => readFileSync(memlog, "utf8").trim().split("\n").filter(Boolean).map((l) => l.split(" ").map(Number));
  return {
    /** The node's latest sample: before the first phase, its memory at rest. */
    latest: () => samples().at(-1),
    start() {
      // "5" resets the peak RSS (Linux >= 4.0); without it the peaks are cumulative.
      try {
        writeFileSync(`/proc/${pid}/clear_refs`, "5");
      } catch {}
      from = samples().length;
    },
    end() {
      const all = samples();
      const s = all.slice(from);
      const max = (i) => Math.max(0, ...s.map((r) => r[i]));
      // Counters: the last sample of the phase minus the last one before it.
      const before = from > 0 ? all[from - 1] : [0, 0, 0, 0, 0, 0, 0];
      const last = s.at(-1) ?? before;
      return { peak: status(pid).peak, heapTotal: max(1), external: max(3), arrayBuffers: max(4), fullGcs: last[5] - before[5], fullGcMs: last[6] - before[6] };
    },
  };
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

/** The bare server the ceiling rows use, serving the same file from the page cache. */
async function startCeiling() {
  const server = http.createServer((req, res) => {
    res.writeHead(200, { "content-type": "application/octet-stream", "content-length": sizeArg });
    createReadStream(source, { highWaterMark: PIECE }).pipe(res);
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const url = `http://127.0.0.1:${server.address().port}/`;
  // Warm the page cache and the client: the first transfers of a process run slower (its heap
  // still grows), and a ceiling measured cold favoured the rows measured against it.
  for (let i = 0; i < CEILING_WARMUP; i++) await httpGet(url);
  return { measure: () => httpGet(url), close: () => server.close() };
}

/**
 * For reference, not the issue's ceiling: the same bare server in a process of its own, so that
 * it does not share the client's event loop (as the node does not). Measured with the same client.
 */
async function separateServerRate() {
  const code = `const http = require("node:http"), fs = require("node:fs");
    const s = http.createServer((q, r) => { r.writeHead(200, { "content-length": ${sizeArg} }); fs.createReadStream(${JSON.stringify(source)}, { highWaterMark: ${PIECE} }).pipe(r); });
    s.listen(0, "127.0.0.1", () => console.log(s.address().port));`;
  const child = spawn(process.execPath, ["-e", code], { stdio: ["ignore", "pipe", "inherit"] });
  try {
    const [port] = await once(child.stdout, "data");
    const url = `http://127.0.0.1:${String(port).trim()}/`;
    for (let i = 0; i < CEILING_WARMUP; i++) await httpGet(url);
    const rates = [];
    for (let i = 0; i < 3; i++) rates.push(sizeArg / MB / (await httpGet(url)));
    return rates.sort((a, b) => a - b)[1];
  } finally {
    child.kill();
  }
}

/** Widens each HTTP/2 connection's receive window once (Node has no option for it). */
class WideWindows extends Http2SessionManager {
  widened = new WeakSet();
  async request(...args) {
    const stream = await super.request(...args);
    if (!this.widened.has(stream.session)) {
      this.widened.add(stream.session);
      stream.session.setLocalWindowSize(SESSION_WINDOW);
    }
    return stream;
  }
}

const mib = (n) => (n / MiB).toFixed(0);
const expectedHash = await makeSource(source);
const expectedHash2 = await makeSource(source2);
const bare = await startCeiling();
let node = await startNode(memlogs[0]);
const { url } = node;
const sessions = new WideWindows(url, undefined, { settings: { initialWindowSize: STREAM_WINDOW, maxFrameSize: MAX_FRAME } });
try {
  const cred = {};
  const auth = (next) => (req) => {
    if (cred.session) req.header.set("authorization", `Bearer ${cred.session}`);
    return next(req);
  };
  const transport = createGrpcTransport({ baseUrl: url, interceptors: [auth], sessionManager: sessions, ...(gzip ? {} : { acceptCompression: [] }) });
  const identity = createClient(IdentityService, transport);
  const mimei = createClient(MiMeiService, transport);
  const files = createClient(FileService, transport);
  await identity.register({ name: "bench", password: "correct horse battery" });
  const login = async () => {
    cred.session = (await identity.login({ credential: { case: "password", value: { name: "bench", password: "correct horse battery" } } })).sessionId;
  };
  await login();

  async function uploadOnce() {
    const { mimeiId } = await mimei.create({ type: MiMeiType.FILE, mark: "auto" });
    const { handle } = await mimei.open({ mimeiId, version: "cur" });
    async function* body() {
      yield { part: { case: "header", value: { target: { destination: { case: "fileHandle", value: handle } }, name: "source.bin", size: BigInt(sizeArg), contentHash: expectedHash } } };
      // One buffer for every piece, as a careful client does: the client serializes (copies)
      // each message before it asks for the next, and a fresh 1 MiB buffer per read is
      // garbage that costs the client ~1 ms of collection per MiB.
      const file = await open(source);
      const piece = Buffer.allocUnsafeSlow(PIECE);
      try {
        for (let at = 0; ; ) {
          const { bytesRead } = await file.read(piece, 0, PIECE, at);
          if (bytesRead === 0) break;
          at += bytesRead;
          yield { part: { case: "chunk", value: piece.subarray(0, bytesRead) } };
        }
      } finally {
        await file.close();
      }
    }
    const t0 = performance.now();
    const res = await files.upload(body());
    const secs = (performance.now() - t0) / 1000;
    if (res.contentHash !== expectedHash) throw new Error("upload hash differs");
    return { mimeiId, handle, secs };
  }

  /** The same upload through the client `leither fs put` uses (server/src/cli/http2-upload.ts). */
  async function framedUpload() {
    const { mimeiId } = await mimei.create({ type: MiMeiType.FILE, mark: "auto" });
    const { handle } = await mimei.open({ mimeiId, version: "cur" });
    const header = { target: { destination: { case: "fileHandle", value: handle } }, name: "source2.bin", size: BigInt(sizeArg), contentHash: expectedHash2 };
    const t0 = performance.now();
    const res = await uploadOverHttp2({ baseUrl: url, session: cred.session, header, file: source2 });
    const secs = (performance.now() - t0) / 1000;
    if (res.contentHash !== expectedHash2) throw new Error("upload hash differs");
    return secs;
  }

  /** Download through connect's client, or through the one `leither fs get` uses (server/src/cli/http2-download.ts). */
  async function rpcDownload(handle, framed = false) {
    const request = { source: { case: "handle", value: handle }, chunkSize: PIECE };
    const t0 = performance.now();
    let n = 0;
    const messages = framed ? downloadOverHttp2({ baseUrl: url, session: cred.session, request }) : files.download(request);
    for await (const m of messages) if (m.part.case === "chunk") n += m.part.value.data.byteLength;
    if (n !== sizeArg) throw new Error(`download: ${n} bytes`);
    return (performance.now() - t0) / 1000;
  }

  let before = status(node.child.pid).rss;
  const atRest = node.memory.latest();
  const rows = [];
  const phases = [];
  // Each row is paired with the ceiling measured twice just before and twice just after it, and
  // compared with the median of the four: the machine is shared, and transfers seconds apart are
  // what its noise disturbs least. A single ceiling sample swings by up to 2x between
  // consecutive transfers here, which moved a ratio by 20 points; the median drops such spikes.
  const ceilingRate = async () => sizeArg / MB / (await bare.measure());
  async function measure(name, phaseName, run) {
    const samples = [await ceilingRate(), await ceilingRate()];
    node.memory.start();
    const result = await run();
    phases.push({ name: phaseName, before, ...node.memory.end() });
    samples.push(await ceilingRate(), await ceilingRate());
    samples.sort((a, b) => a - b);
    const secs = typeof result === "number" ? result : result.secs;
    rows.push({ name, secs, mbs: sizeArg / MB / secs, samples, ceiling: (samples[1] + samples[2]) / 2 });
    return result;
  }
  const first = await measure("Upload, gRPC client stream (new content)", "upload", uploadOnce);
  await measure("Upload, the CLI's client: gRPC, messages framed by it (new content)", "upload, CLI's client", framedUpload);
  const storedAfterFirst = dirBytes(path.join(home, "chunks"));
  await measure("Upload again (same content, deduplicated)", "upload again", uploadOnce);
  const storedAfterSecond = dirBytes(path.join(home, "chunks"));
  await measure("Download, gRPC server stream", "gRPC download", () => rpcDownload(first.handle));
  await measure("Download, the CLI's client: gRPC, messages read by it", "gRPC download, CLI's client", () => rpcDownload(first.handle, true));
  await measure("GET /mm/{id}", "GET /mm", () => httpGet(`${url}/mm/${first.mimeiId}`, { authorization: `Bearer ${cred.session}` }));
  // The same node, home and port again, checking every chunk read against its SHA-256 digest.
  sessions.abort(); // the node's graceful stop would wait for the connection; the next call opens one
  await stopNode(node);
  node = await startNode(memlogs[1], { listen: new URL(url).host, env: { LEITHER_READ_CHECK: "sha256" } });
  before = status(node.child.pid).rss;
  await login();
  const { handle: again } = await mimei.open({ mimeiId: first.mimeiId, version: "cur" });
  // Unmeasured: the first transfers of a fresh process run slower (its code is not optimized yet).
  for (let i = 0; i < 2; i++) await httpGet(`${url}/mm/${first.mimeiId}`, { authorization: `Bearer ${cred.session}` });
  await measure("Download, the CLI's client, reads checked with SHA-256", "gRPC download, CLI's client, SHA-256", () => rpcDownload(again, true));
  await measure("GET /mm/{id}, reads checked with SHA-256", "GET /mm, SHA-256", () => httpGet(`${url}/mm/${first.mimeiId}`, { authorization: `Bearer ${cred.session}` }));

  const pct = (r) => (r.mbs / r.ceiling) * 100;
  const ceilings = rows.flatMap((r) => r.samples);
  console.log(`\nfile ${mib(sizeArg)} MiB of random bytes, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}, gRPC client ${gzip ? "advertises gzip" : "without compression"}\n`);
  console.log("| transfer | MB/s | s | ceiling around it: median (samples), MB/s | vs the median |\n|---|---:|---:|---:|---:|");
  for (const r of rows) console.log(`| ${r.name} | ${r.mbs.toFixed(0)} | ${r.secs.toFixed(2)} | ${r.ceiling.toFixed(0)} (${r.samples.map((x) => x.toFixed(0)).join(", ")}) | ${pct(r).toFixed(0)}% |`);
  console.log(`\nloopback ceiling (bare node:http GET, same client as GET /mm): ${Math.min(...ceilings).toFixed(0)}–${Math.max(...ceilings).toFixed(0)} MB/s in this run`);
  const separate = await separateServerRate();
  console.log(`for reference, the bare server in a process of its own (same client, median of 3): ${separate.toFixed(0)} MB/s; against it the rows reach ${rows.map((r) => `${((r.mbs / separate) * 100).toFixed(0)}%`).join(", ")}`);
  console.log(`stored after the two uploads of new content: ${(storedAfterFirst / MiB).toFixed(1)} MiB; after the first content again: ${(storedAfterSecond / MiB).toFixed(1)} MiB (${storedAfterSecond === storedAfterFirst ? "stored once" : "STORED TWICE"})`);

  console.log(`\nnode RSS before the transfers ${mib(phases[0].before)} MiB (${mib(before)} after the restart with readCheck sha256); peaks per phase (MiB):\n`);
  console.log("| phase | peak RSS | growth | V8 heap | external | ArrayBuffers | full GCs | their ms |\n|---|---:|---:|---:|---:|---:|---:|---:|");
  console.log(`| at rest, before | ${mib(phases[0].before)} | 0 | ${mib(atRest[1])} | ${mib(atRest[3])} | ${mib(atRest[4])} | | |`);
  for (const p of phases) console.log(`| ${p.name} | ${mib(p.peak)} | ${mib(p.peak - p.before)} | ${mib(p.heapTotal)} | ${mib(p.external)} | ${mib(p.arrayBuffers)} | ${p.fullGcs} | ${p.fullGcMs.toFixed(0)} |`);
  console.log("(peak RSS from VmHWM, reset at each phase's start; heap, external and ArrayBuffers: the highest of process.memoryUsage() sampled every 100 ms; full GCs: V8's mark-compact collections in the phase and their pause time)");
  const growth = Math.max(...phases.map((p) => p.peak - p.before));
  const up = pct(rows[0]);
  const upCli = pct(rows[1]);
  const verdict = (p, target) => `${Math.floor(p)}%: ${p >= target ? "met" : "NOT met"}`;
  const [down, downCli, get, downCliSha, getSha] = [pct(rows[3]), pct(rows[4]), pct(rows[5]), pct(rows[6]), pct(rows[7])];
  console.log(
    `\ntargets: download ≥ 70% of the ceiling (gRPC, connect's client ${verdict(down, 70)}; the CLI's ${verdict(downCli, 70)}; GET /mm ${verdict(get, 70)}), ` +
      `upload ≥ 50% (connect's client ${verdict(up, 50)}; the CLI's ${verdict(upCli, 50)}), ` +
      `RSS growth ≤ 64 MiB for 4 GiB (${mib(growth)} MiB for ${mib(sizeArg)} MiB: ${growth <= RSS_LIMIT ? "within" : "ABOVE"})`,
  );
  console.log(`with readCheck sha256 instead of the default crc32: the CLI's download ${downCliSha.toFixed(0)}% (${(downCli - downCliSha).toFixed(0)} points less), GET /mm ${getSha.toFixed(0)}% (${(get - getSha).toFixed(0)} less)`);
} catch (err) {
  console.error(err);
  process.exitCode = 1;
} finally {
  // Close the client's connection first, or the node's graceful stop waits for it.
  sessions.abort();
  bare.close();
  await stopNode(node);
  rmSync(tmp, { recursive: true, force: true });
  process.exit();
}
