// Drives one unary RPC with N concurrent clients (one HTTP/2 connection each, Connect binary)
// for a fixed time and prints {count, seconds, rps, p50, p99} as JSON. Runs as its own process
// so the load generator does not share an event loop with the server under test.
import { createClient } from "@connectrpc/connect";
import { createConnectTransport } from "@connectrpc/connect-node";
import { IdentityService } from "@leither/api/leither/v1/identity_service_pb";
import { MiMeiService } from "@leither/api/leither/v1/mimei_service_pb";
import { NodeService } from "@leither/api/leither/v1/node_service_pb";
import { MiMeiType } from "@leither/api/leither/v1/common_pb";

const [url, scenario, clientsArg, secondsArg] = process.argv.slice(2);
const clients = Number(clientsArg ?? 16);
const seconds = Number(secondsArg ?? 5);

function transport(session) {
  return createConnectTransport({
    baseUrl: url,
    httpVersion: "2",
    useBinaryFormat: true,
    interceptors: session ? [(next) => (req) => (req.header.set("authorization", `Bearer ${session}`), next(req))] : [],
  });
}

async function setupUser() {
  const id = createClient(IdentityService, transport());
  const name = `bench${process.pid}${Date.now()}`;
  await id.register({ name, password: "bench-password" });
  const login = await id.login({ credential: { case: "password", value: { name, password: "bench-password" } } });
  return login.sessionId;
}

async function makeCall() {
  if (scenario === "node-info") {
    const c = createClient(NodeService, transport());
    return () => c.getNodeInfo({});
  }
  const session = await setupUser();
  const mm = createClient(MiMeiService, transport(session));
  const { mimeiId } = await mm.create({ type: MiMeiType.FILE, mark: "auto" });
  if (scenario === "mimei-create") return () => mm.create({ type: MiMeiType.FILE, mark: "auto" });
  if (scenario === "mimei-open") return () => mm.open({ mimeiId, version: "cur" });
  if (scenario === "mimei-backup") {
    // Each backup follows a change of `cur` (a new reference), so every call freezes a new version.
    let n = 0;
    return async () => {
      await mm.addRefs({ mimeiId, targets: [mimeiId] });
      n++;
      await mm.backup({ mimeiId, memo: `b${n}` });
    };
  }
  throw new Error(`unknown scenario ${scenario}`);
}

const calls = await Promise.all(Array.from({ length: clients }, () => makeCall()));
const latencies = [];
const warmupEnd = performance.now() + 500;
const end = warmupEnd + seconds * 1000;
await Promise.all(
  calls.map(async (call) => {
    while (performance.now() < end) {
      const t0 = performance.now();
      await call();
      if (t0 >= warmupEnd) latencies.push(performance.now() - t0);
    }
  }),
);
latencies.sort((a, b) => a - b);
const pct = (p) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? 0;
console.log(JSON.stringify({ count: latencies.length, seconds, rps: latencies.length / seconds, p50: pct(50), p99: pct(99) }));
process.exit(0);
