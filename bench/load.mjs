// Drives one unary RPC with N concurrent clients (one HTTP/2 connection each, one call in flight
// per connection, Connect protocol with binary messages) for a fixed time and prints
// {count, seconds, rps, p50, p99} as JSON. Requests are encoded once and sent over raw
// node:http2, so the generator costs far less CPU than the server it measures; it runs as its
// own process so it never shares an event loop with the server under test.
import http2 from "node:http2";
import { create, toBinary } from "@bufbuild/protobuf";
import { createClient } from "@connectrpc/connect";
import { createConnectTransport } from "@connectrpc/connect-node";
import { IdentityService } from "@leither/api/leither/v1/identity_service_pb";
import { MiMeiService } from "@leither/api/leither/v1/mimei_service_pb";
import { NodeService } from "@leither/api/leither/v1/node_service_pb";
import { DbService } from "@leither/api/leither/v1/db_service_pb";
import { MiMeiType } from "@leither/api/leither/v1/common_pb";

const [url, scenario, clientsArg, secondsArg] = process.argv.slice(2);
const clients = Number(clientsArg ?? 16);
const seconds = Number(secondsArg ?? 5);

/** A typed client for setting up fixtures (not measured). */
function setupClient(service, session) {
  const interceptors = session ? [(next) => (req) => (req.header.set("authorization", `Bearer ${session}`), next(req))] : [];
  return createClient(service, createConnectTransport({ baseUrl: url, httpVersion: "1.1", interceptors }));
}

async function setupUser() {
  const id = setupClient(IdentityService);
  const name = `bench${process.pid}x${Date.now()}`;
  await id.register({ name, password: "bench-password" });
  const login = await id.login({ credential: { case: "password", value: { name, password: "bench-password" } } });
  return login.sessionId;
}

/** One pre-encoded unary call: path and body. */
function call(service, methodName, message) {
  const method = service.method[methodName];
  return { path: `/${service.typeName}/${method.name}`, body: Buffer.from(toBinary(method.input, create(method.input, message))) };
}

/**
 * A call whose key is picked at random among `keys` (as redis-benchmark -r), pre-encoded for
 * each key; `message(key)` builds the request.
 */
function randomCall(service, methodName, keys, message) {
  const calls = Array.from({ length: keys }, (_, i) => call(service, methodName, message(`key:${String(i).padStart(12, "0")}`)));
  return { path: calls[0].path, bodies: calls.map((c) => c.body) };
}

async function plan() {
  if (scenario === "node-info") return { session: undefined, steps: [call(NodeService, "getNodeInfo", {})] };
  const session = await setupUser();
  if (scenario.startsWith("db-")) {
    // A db MiMei holding one 3-byte value, read by key through a handle on cur; the writes use
    // 10 000 random keys and 3-byte values, as redis-benchmark -r 10000 does.
    const mimei = setupClient(MiMeiService, session);
    const { mimeiId } = await mimei.create({ type: MiMeiType.DB, mark: "auto" });
    const { handle } = await mimei.open({ mimeiId, version: "cur" });
    const value = new TextEncoder().encode("xxx");
    await setupClient(DbService, session).set({ handle, key: "key", value });
    if (scenario === "db-get") return { session, steps: [call(DbService, "get", { handle, key: "key" })] };
    if (scenario === "db-set") return { session, steps: [randomCall(DbService, "set", 10_000, (key) => ({ handle, key, value }))] };
    if (scenario === "db-hset") return { session, steps: [randomCall(DbService, "hSet", 10_000, (field) => ({ handle, key: "myhash", field, value }))] };
    if (scenario === "db-incr") return { session, steps: [randomCall(DbService, "incr", 10_000, (key) => ({ handle, key }))] };
  }
  const { mimeiId } = await setupClient(MiMeiService, session).create({ type: MiMeiType.FILE, mark: "auto" });
  if (scenario === "mimei-create") return { session, steps: [call(MiMeiService, "create", { type: MiMeiType.FILE, mark: "auto" })] };
  if (scenario === "mimei-open") return { session, steps: [call(MiMeiService, "open", { mimeiId, version: "cur" })] };
  if (scenario === "mimei-backup") {
    // Each backup follows a change of `cur` (one more reference), so every call freezes a new version.
    return {
      session,
      steps: [call(MiMeiService, "addRefs", { mimeiId, targets: [mimeiId] }), call(MiMeiService, "backup", { mimeiId })],
    };
  }
  throw new Error(`unknown scenario ${scenario}`);
}

function send(session, headers, body) {
  return new Promise((resolve, reject) => {
    const req = session.request(headers);
    let status = 0;
    const chunks = [];
    req.on("response", (h) => (status = h[":status"]));
    req.on("data", (c) => chunks.push(c));
    req.on("end", () => (status === 200 ? resolve() : reject(new Error(`HTTP ${status}: ${Buffer.concat(chunks)}`))));
    req.on("error", reject);
    req.end(body);
  });
}

const { session: sessionId, steps } = await plan();
const baseHeaders = {
  ":method": "POST",
  "content-type": "application/proto",
  "connect-protocol-version": "1",
  ...(sessionId ? { authorization: `Bearer ${sessionId}` } : {}),
};
const connections = await Promise.all(
  Array.from({ length: clients }, () => new Promise((resolve, reject) => {
    const s = http2.connect(url);
    s.once("connect", () => resolve(s));
    s.once("error", reject);
  })),
);

const latencies = [];
const warmupEnd = performance.now() + 500;
const end = warmupEnd + seconds * 1000;
await Promise.all(
  connections.map(async (conn) => {
    while (performance.now() < end) {
      const t0 = performance.now();
      for (const step of steps) {
        const body = step.bodies ? step.bodies[Math.floor(Math.random() * step.bodies.length)] : step.body;
        await send(conn, { ...baseHeaders, ":path": step.path }, body);
      }
      if (t0 >= warmupEnd) latencies.push(performance.now() - t0);
    }
  }),
);
for (const c of connections) c.close();
latencies.sort((a, b) => a - b);
const pct = (p) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? 0;
console.log(JSON.stringify({ count: latencies.length, seconds, rps: latencies.length / seconds, p50: pct(50), p99: pct(99) }));
process.exit(0);
