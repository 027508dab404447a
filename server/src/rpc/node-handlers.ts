// NodeService: what the node is and how it is doing. Everything here is public.
import os from "node:os";
import { timestampFromMs } from "@bufbuild/protobuf/wkt";
import type { ServiceImpl } from "@connectrpc/connect";
import { NodeService } from "@leither/api/leither/v1/node_service_pb";

export interface NodeFacts {
  nodeId: string;
  peerId: string;
  publicKey: Uint8Array;
  version: string;
  startedAt: number;
  apiUrls(): string[];
  listenAddrs(): string[];
  announceAddrs(): string[];
  stats(): Promise<{
    requestsTotal: number;
    sessionsActive: number;
    mimeiCount: number;
    usersCount: number;
    databaseBytes: number;
    blobBytes: number;
  }>;
}

export function createNodeHandlers(facts: NodeFacts): ServiceImpl<typeof NodeService> {
  const startedAt = timestampFromMs(facts.startedAt);
  return {
    getNodeInfo: () => ({
      nodeId: facts.nodeId,
      peerId: facts.peerId,
      publicKey: facts.publicKey,
      version: facts.version,
      apiVersion: "leither.v1",
      startedAt,
    }),
    getAddresses: () => ({
      apiUrls: facts.apiUrls(),
      listenAddrs: facts.listenAddrs(),
      announceAddrs: facts.announceAddrs(),
    }),
    async getStats() {
      const s = await facts.stats();
      return {
        requestsTotal: BigInt(s.requestsTotal),
        sessionsActive: BigInt(s.sessionsActive),
        mimeiCount: BigInt(s.mimeiCount),
        usersCount: BigInt(s.usersCount),
        databaseBytes: BigInt(s.databaseBytes),
        blobBytes: BigInt(s.blobBytes),
        rssBytes: BigInt(process.memoryUsage.rss()),
        uptimeSeconds: (Date.now() - facts.startedAt) / 1000,
        loadAverage: os.loadavg()[0] ?? 0,
      };
    },
  };
}
