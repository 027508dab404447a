// Transfers run in constant memory: a 128 MiB upload and its downloads (RPC stream and HTTP)
// must not grow the node's peak RSS by more than 64 MiB. The 4 GiB version of this check is
// `npm run bench:files -- --size 4g` (too slow for every test run).
import { createHash, randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { MiMeiType } from "@leither/api/leither/v1/common_pb";
import { afterAll, beforeAll, expect, it } from "vitest";
import { startNodeProcess, type NodeProcess } from "./support/node-process.js";
import { createClients, type Clients } from "./support/rpc.js";

const SIZE = 128 * 1024 * 1024;
const LIMIT = 64 * 1024 * 1024;
let tmp: string;
let node: NodeProcess;
let c: Clients;
let session: { session?: string };

/** VmRSS and VmHWM (peak) of a process, in bytes (Linux). */
function memoryOf(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = (k: string) => Number(new RegExp(`${k}:\\s+(\\d+) kB`).exec(status)![1]) * 1024;
  return { rss: kb("VmRSS"), peak: kb("VmHWM") };
}

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), "leither-e2e-files-mem-"));
  node = await startNodeProcess({ home: join(tmp, "home") });
  session = {};
  c = createClients(node.url, session);
  await c.identity.register({ name: "alice", password: "correct horse battery" });
  session.session = (await c.identity.login({ credential: { case: "password", value: { name: "alice", password: "correct horse battery" } } })).sessionId;
});

afterAll(async () => {
  await node?.stop();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

it.skipIf(process.platform !== "linux")("moves 128 MiB up and down without growing the node's RSS by 64 MiB", { timeout: 120_000 }, async () => {
  const { mimeiId } = await c.mimei.create({ type: MiMeiType.FILE, mark: "auto" });
  const { handle } = await c.mimei.open({ mimeiId, version: "cur" });
  // Warm up the code paths (JIT, pools) so that the baseline is the steady state.
  const warm = randomBytes(4 * 1024 * 1024);
  await c.file.upload((async function* () {
    yield { part: { case: "header" as const, value: { name: "warm" } } };
    yield { part: { case: "chunk" as const, value: warm } };
  })());
  const before = memoryOf(node.pid).rss;

  const block = randomBytes(1024 * 1024);
  const sent = createHash("sha256");
  async function* body() {
    yield { part: { case: "header" as const, value: { target: { destination: { case: "fileHandle" as const, value: handle } }, size: BigInt(SIZE), name: "big.bin" } } };
    for (let i = 0; i < SIZE / block.length; i++) {
      block.writeUInt32LE(i, 0); // every chunk differs, so nothing is deduplicated
      sent.update(block);
      for (let at = 0; at < block.length; at += 256 * 1024) yield { part: { case: "chunk" as const, value: Buffer.from(block.subarray(at, at + 256 * 1024)) } };
    }
  }
  const up = await c.file.upload(body());
  expect(up.contentHash).toBe(sent.digest("hex"));

  const got = createHash("sha256");
  for await (const m of c.file.download({ source: { case: "handle", value: handle } })) if (m.part.case === "chunk") got.update(m.part.value.data);
  expect(got.digest("hex")).toBe(up.contentHash);

  const res = await fetch(`${node.url}/mm/${mimeiId}`, { headers: { authorization: `Bearer ${session.session}` } });
  const viaHttp = createHash("sha256");
  for await (const part of res.body as unknown as AsyncIterable<Uint8Array>) viaHttp.update(part);
  expect(viaHttp.digest("hex")).toBe(up.contentHash);

  const after = memoryOf(node.pid);
  expect(after.peak - before, `peak RSS grew from ${before >> 20} MiB to ${after.peak >> 20} MiB`).toBeLessThan(LIMIT);
});
