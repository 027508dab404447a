// A node running inside the test process on a fresh home and a free port: faster than a node
// process, for specs that do not need to kill it.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEFAULT_CONFIG, type NodeConfig } from "../../../server/src/config/index.js";
import { startNode, type RunningNode } from "../../../server/src/node.js";

export interface TestNode extends RunningNode {
  home: string;
  /** Stops the node and starts it again on the same home and port (a clean restart). */
  restart(): Promise<void>;
  /** Stops the node and deletes its home. */
  close(): Promise<void>;
}

export async function startTestNode(overrides: Partial<NodeConfig> = {}): Promise<TestNode> {
  const tmp = mkdtempSync(join(tmpdir(), "leither-e2e-"));
  const home = join(tmp, "home");
  const config: NodeConfig = {
    home,
    listen: { host: "127.0.0.1", port: 0 },
    logLevel: "silent",
    sessionTtlHours: 24,
    handleIdleMinutes: 10,
    synchronous: "normal",
    maxMessageBytes: 4 * 1024 * 1024,
    directIo: true,
    readCheck: DEFAULT_CONFIG.readCheck,
    appArchive: { ...DEFAULT_CONFIG.appArchive },
    ...overrides,
  };
  let node = await startNode(config);
  // A restart binds the port the first start got, so URLs held by clients stay valid.
  const listen = { host: "127.0.0.1", port: Number(new URL(node.url).port) };
  return {
    url: node.url,
    nodeId: node.nodeId,
    peerId: node.peerId,
    home,
    stop: () => node.stop(),
    async restart() {
      await node.stop();
      node = await startNode({ ...config, listen });
    },
    async close() {
      await node.stop();
      rmSync(tmp, { recursive: true, force: true });
    },
  };
}
