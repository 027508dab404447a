// How a node checks the chunks it reads back (readCheck: the CRC-32 kept from upload, or the
// SHA-256 digest), seen from a client: the chunk files are damaged under a running node.
import { createHash, randomBytes } from "node:crypto";
import { closeSync, openSync, readdirSync, readFileSync, writeSync } from "node:fs";
import { join } from "node:path";
import { Code } from "@connectrpc/connect";
import { MiMeiType } from "@leither/api/leither/v1/common_pb";
import { afterEach, describe, expect, it } from "vitest";
import type { ReadCheck } from "../../server/src/fs/read-check.js";
import { forgeKeepingCrc } from "../../server/src/fs/test-support/crc-forgery.js";
import { startTestNode, type TestNode } from "./support/in-process-node.js";
import { createClients, expectFailure, type Clients } from "./support/rpc.js";

const CHUNK = 1024 * 1024;
const sha = (b: Uint8Array) => createHash("sha256").update(b).digest("hex");

let node: TestNode | undefined;

afterEach(async () => {
  await node?.close();
  node = undefined;
});

/** A node with one FILE MiMei holding `data` (one chunk), and a way to overwrite it on disk. */
async function nodeHolding(data: Buffer, readCheck?: ReadCheck) {
  node = await startTestNode(readCheck ? { readCheck } : {});
  const cred: { session?: string } = {};
  const c: Clients = createClients(node.url, cred);
  await c.identity.register({ name: "alice", password: "correct horse battery" });
  cred.session = (await c.identity.login({ credential: { case: "password", value: { name: "alice", password: "correct horse battery" } } })).sessionId;
  const { mimeiId } = await c.mimei.create({ type: MiMeiType.FILE, mark: "auto" });
  const { handle } = await c.mimei.open({ mimeiId, version: "cur" });
  async function* body(): AsyncGenerator<any> {
    yield { part: { case: "header", value: { target: { destination: { case: "fileHandle", value: handle } }, name: "a.bin", size: BigInt(data.length), contentHash: sha(data) } } };
    yield { part: { case: "chunk", value: data } };
  }
  await c.file.upload(body());
  const packs = join(node.home, "chunks", "packs");
  /** Overwrites the chunk where it lies in its pack file, as a failing disk or an intruder would. */
  const overwrite = (bytes: Buffer) => {
    for (const name of readdirSync(packs)) {
      const at = readFileSync(join(packs, name)).indexOf(data);
      if (at < 0) continue;
      const fd = openSync(join(packs, name), "r+");
      writeSync(fd, bytes, 0, bytes.length, at);
      closeSync(fd);
      return;
    }
    throw new Error("the chunk is in no pack");
  };
  const download = async () => {
    const parts: Buffer[] = [];
    for await (const m of c.file.download({ source: { case: "handle", value: handle } })) if (m.part.case === "chunk") parts.push(Buffer.from(m.part.value.data));
    return Buffer.concat(parts);
  };
  return { overwrite, download };
}

describe("checking the chunks a node reads (readCheck)", () => {
  it("refuses a damaged chunk by default: its CRC-32 no longer matches", async () => {
    const data = randomBytes(CHUNK);
    const { overwrite, download } = await nodeHolding(data);
    expect((await download()).equals(data)).toBe(true);
    const damaged = Buffer.from(data);
    damaged[CHUNK / 2]! ^= 0x10;
    overwrite(damaged);
    await expectFailure(download(), Code.Internal, "CHUNK_CORRUPT");
  });

  it("with readCheck sha256, refuses even a forgery made to keep the chunk's CRC-32", async () => {
    const data = randomBytes(CHUNK);
    const { overwrite, download } = await nodeHolding(data, "sha256");
    overwrite(forgeKeepingCrc(data, 100, 8 * 4096));
    await expectFailure(download(), Code.Internal, "CHUNK_CORRUPT");
  });

  it("by default, serves such a forgery: the trade readCheck sha256 exists for", async () => {
    const data = randomBytes(CHUNK);
    const { overwrite, download } = await nodeHolding(data);
    const forged = forgeKeepingCrc(data, 100, 8 * 4096);
    overwrite(forged);
    expect((await download()).equals(forged)).toBe(true);
  });
});
