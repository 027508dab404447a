// The framework's ceiling: a bare connect-node server on h2c whose only handler returns a fixed
// NodeService.GetNodeInfo response, with no interceptors, storage or auth. Prints its URL.
import http2 from "node:http2";
import { connectNodeAdapter } from "@connectrpc/connect-node";
import { NodeService } from "@leither/api/leither/v1/node_service_pb";

const reply = { nodeId: "bench", peerId: "bench", version: "0", apiVersion: "leither.v1" };
const handler = connectNodeAdapter({
  routes: (router) => router.service(NodeService, { getNodeInfo: () => reply }),
});
const server = http2.createServer(handler);
server.listen(0, "127.0.0.1", () => {
  const { port } = server.address();
  console.log(`http://127.0.0.1:${port}`);
});
process.on("SIGTERM", () => server.close(() => process.exit(0)));
