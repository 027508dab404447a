import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import * as http2 from "node:http2";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { Code, ConnectError, createClient, type ConnectRouter, type Transport } from "@connectrpc/connect";
import { createConnectTransport, createGrpcTransport, createGrpcWebTransport } from "@connectrpc/connect-node";
import { timestampFromDate } from "@bufbuild/protobuf/wkt";
import { FileService } from "@leither/api/leither/v1/file_service_pb";
import { NodeService } from "@leither/api/leither/v1/node_service_pb";
import { createLogger } from "../observability/logger.js";
import { createMetricsRegistry } from "../observability/metrics.js";
import { createMetricsRoute, createRpcMetricsInterceptor } from "../observability/rpc-metrics.js";
import { createHealthRegistry, createHealthService, createHealthzRoute, Health, ServingStatus } from "./health.js";
import { createApiServer, type ApiServer, type ApiServerInit } from "./listener.js";
import { registerReflection } from "./reflection.js";

const run = promisify(execFile);
const BUF = join(import.meta.dirname, "../../../node_modules/.bin/buf");

let server: ApiServer | undefined;
afterEach(async () => {
  await server?.stop();
  server = undefined;
});

async function startServer(init: Partial<ApiServerInit> = {}) {
  const health = createHealthRegistry();
  const metrics = createMetricsRegistry();
  let statsDelayMs = 0;
  const routes = (router: ConnectRouter) => {
    router.service(NodeService, {
      getNodeInfo: () => ({ nodeId: "node-1", version: "test", startedAt: timestampFromDate(new Date(0)) }),
      getStats: async () => {
        await new Promise((r) => setTimeout(r, statsDelayMs));
        return { requestsTotal: 42n };
      },
    });
    router.service(Health, createHealthService(health));
    // A short server stream: a header and two chunks, each written in a later turn of the event
    // loop (as a stream whose messages wait on disk reads is), so each is a write of its own.
    const nextTurn = () => new Promise((r) => setImmediate(r));
    router.service(FileService, {
      async *download() {
        yield { part: { case: "header", value: { size: 2n } } };
        await nextTurn();
        yield { part: { case: "chunk", value: { offset: 0n, data: new Uint8Array([1]) } } };
        await nextTurn();
        yield { part: { case: "chunk", value: { offset: 1n, data: new Uint8Array([2]) } } };
      },
    });
    registerReflection(router, [NodeService, Health]);
  };
  server = createApiServer({
    routes,
    interceptors: [createRpcMetricsInterceptor(metrics)],
    httpRoutes: [createMetricsRoute(metrics), createHealthzRoute(health)],
    logger: createLogger({ quiet: true }),
    ...init,
  });
  await server.start();
  return { server, health, url: server.url, setStatsDelay: (ms: number) => (statsDelayMs = ms) };
}

const nodeClient = (t: Transport) => createClient(NodeService, t);

describe("api server", () => {
  it("answers a Connect JSON POST over HTTP/1.1", async () => {
    const { url } = await startServer();
    const res = await fetch(`${url}/leither.v1.NodeService/GetNodeInfo`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{}",
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ nodeId: "node-1", version: "test", startedAt: "1970-01-01T00:00:00Z" });
  });

  it("answers Connect binary over HTTP/2, gRPC over h2c and gRPC-web over HTTP/1.1 on the same port", async () => {
    const { url } = await startServer();
    const transports = {
      connectH2: createConnectTransport({ baseUrl: url, httpVersion: "2", useBinaryFormat: true }),
      grpcH2c: createGrpcTransport({ baseUrl: url }),
      grpcWebH1: createGrpcWebTransport({ baseUrl: url, httpVersion: "1.1" }),
      connectH1: createConnectTransport({ baseUrl: url, httpVersion: "1.1", useBinaryFormat: true }),
    };
    for (const [name, t] of Object.entries(transports)) {
      const info = await nodeClient(t).getNodeInfo({});
      expect(info.nodeId, name).toBe("node-1");
      const stats = await nodeClient(t).getStats({});
      expect(stats.requestsTotal, name).toBe(42n);
    }
  });

  it("serves health Check and /healthz, and tracks NOT_SERVING", async () => {
    const { url, health } = await startServer();
    const client = createClient(Health, createGrpcTransport({ baseUrl: url }));
    expect((await client.check({ service: "" })).status).toBe(ServingStatus.SERVING);
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    health.shutdown();
    expect((await client.check({ service: "" })).status).toBe(ServingStatus.NOT_SERVING);
    expect((await fetch(`${url}/healthz`)).status).toBe(503);
  });

  it("shows RPC counts on /metrics and 404s unknown paths", async () => {
    const { url } = await startServer();
    await nodeClient(createGrpcTransport({ baseUrl: url })).getNodeInfo({});
    const res = await fetch(`${url}/metrics`);
    expect(res.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await res.text();
    expect(text).toContain('leither_rpc_requests_total{procedure="/leither.v1.NodeService/GetNodeInfo",code="ok"} 1');
    expect(text).toContain('leither_rpc_duration_seconds_count{procedure="/leither.v1.NodeService/GetNodeInfo"} 1');
    expect((await fetch(`${url}/nope`)).status).toBe(404);
  });

  it("rejects oversized messages with RESOURCE_EXHAUSTED", async () => {
    const { url } = await startServer({ readMaxBytes: 1024 });
    const res = await fetch(`${url}/leither.v1.NodeService/GetNodeInfo`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ padding: "x".repeat(4096) }),
    });
    expect(await res.json()).toMatchObject({ code: "resource_exhausted" });
    const health = createClient(Health, createGrpcTransport({ baseUrl: url }));
    const err = await health.check({ service: "x".repeat(4096) }).then(unexpected, (e: unknown) => ConnectError.from(e));
    expect(err.code).toBe(Code.ResourceExhausted);
  });

  it("offers HTTP/2 clients 1 MiB frames and MiB-sized receive windows, for bulk uploads", async () => {
    const { url } = await startServer();
    const session = http2.connect(url);
    try {
      await new Promise<void>((resolve, reject) => {
        session.once("remoteSettings", () => resolve());
        session.once("error", reject);
      });
      expect(session.remoteSettings).toMatchObject({ maxFrameSize: 1 << 20, initialWindowSize: 4 << 20 });
      // The connection window is announced by a WINDOW_UPDATE after the settings.
      await expect.poll(() => session.state.remoteWindowSize).toBe(8 << 20);
    } finally {
      session.close();
    }
  });

  it("sends the small writes of a stream at once over HTTP/1.1 (no Nagle wait for the client's delayed ACK)", async () => {
    // Accepted sockets are the listener's own (it sniffs the protocol before handing them on),
    // so http.Server's noDelay never reached them: every server stream over Connect/HTTP/1.1
    // then waited ~40 ms for a TCP ACK before its later messages (48 ms per call, against 2 ms
    // over HTTP/2). Ten calls take ~20 ms now, and at least 400 ms with the wait.
    const { url } = await startServer();
    const files = createClient(FileService, createConnectTransport({ baseUrl: url, httpVersion: "1.1" }));
    const calls = async () => {
      for (let i = 0; i < 10; i++) {
        const parts = [];
        for await (const m of files.download({})) parts.push(m.part.case);
        expect(parts).toEqual(["header", "chunk", "chunk"]);
      }
    };
    await calls(); // connections and code warmed up
    const t0 = performance.now();
    await calls();
    expect(performance.now() - t0).toBeLessThan(300);
  });

  it("lets in-flight requests on HTTP/2 and HTTP/1.1 finish during stop()", async () => {
    const { url, setStatsDelay } = await startServer();
    setStatsDelay(300);
    const calls = [
      nodeClient(createGrpcTransport({ baseUrl: url })).getStats({}),
      nodeClient(createGrpcWebTransport({ baseUrl: url, httpVersion: "1.1" })).getStats({}),
    ];
    await new Promise((r) => setTimeout(r, 50));
    const stopped = server!.stop();
    for (const res of await Promise.all(calls)) expect(res.requestsTotal).toBe(42n);
    await stopped;
    // Nothing is accepted any more.
    await expect(fetch(`${url}/healthz`)).rejects.toThrow();
  });

  it("ends Watch streams cleanly when the node shuts health down before stop()", async () => {
    const { url, health } = await startServer({ shutdownTimeoutMs: 5000 });
    const seen: ServingStatus[] = [];
    const watching = (async () => {
      for await (const res of createClient(Health, createGrpcTransport({ baseUrl: url })).watch({ service: "" })) {
        seen.push(res.status);
        if (seen.length === 1) health.shutdown();
      }
    })();
    await watching;
    expect(seen).toEqual([ServingStatus.SERVING, ServingStatus.NOT_SERVING]);
    const started = Date.now();
    await server!.stop();
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it("stop() completes while clients are connected and a Watch is streaming", async () => {
    const { url } = await startServer({ shutdownTimeoutMs: 300 });
    // Idle keep-alive connections on both protocols...
    await nodeClient(createGrpcTransport({ baseUrl: url })).getNodeInfo({});
    await nodeClient(createConnectTransport({ baseUrl: url, httpVersion: "1.1" })).getNodeInfo({});
    // ...a raw HTTP/2 session that never sends a request...
    const idle = http2.connect(url);
    idle.on("error", () => undefined);
    await new Promise((r) => idle.once("connect", r));
    // ...and a long-lived stream.
    const watch = createClient(Health, createGrpcTransport({ baseUrl: url })).watch({ service: "" });
    const it = watch[Symbol.asyncIterator]();
    expect((await it.next()).value?.status).toBe(ServingStatus.SERVING);

    const started = Date.now();
    await server!.stop();
    expect(Date.now() - started).toBeLessThan(3000);
    // The stream was cut off by the shutdown signal once the grace period ran out.
    const last = await it.next().then((r) => (r.done ? "done" : "message"), (e: unknown) => ConnectError.from(e).code);
    expect(["done", Code.Unavailable, Code.Canceled]).toContain(last);
    idle.destroy();
  });

  it("serves TLS with HTTP/2 and HTTP/1.1 chosen by ALPN", async (ctx) => {
    const dir = await mkdtemp(join(tmpdir(), "leither-tls-"));
    try {
      const certFile = join(dir, "cert.pem");
      const keyFile = join(dir, "key.pem");
      try {
        await run("openssl", ["req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
          "-keyout", keyFile, "-out", certFile, "-days", "1", "-subj", "/CN=localhost"]);
      } catch {
        ctx.skip();
      }
      const { url } = await startServer({ tls: { certFile, keyFile } });
      expect(url).toMatch(/^https:/);
      const nodeOptions = { ca: [await readFile(certFile)], servername: "localhost" };
      for (const t of [
        createGrpcTransport({ baseUrl: url, nodeOptions }),
        createConnectTransport({ baseUrl: url, httpVersion: "1.1", nodeOptions }),
      ]) {
        expect((await nodeClient(t).getNodeInfo({})).nodeId).toBe("node-1");
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it.skipIf(!existsSync(BUF))("works with buf curl --reflect", async () => {
    const { url } = await startServer();
    const base = ["curl", "--http2-prior-knowledge", "--protocol", "grpc"];
    const list = await run(BUF, [...base, "--reflect", "--list-services", url]);
    expect(list.stdout.split("\n").filter(Boolean).sort()).toEqual([
      "grpc.health.v1.Health",
      "grpc.reflection.v1.ServerReflection",
      "grpc.reflection.v1alpha.ServerReflection",
      "leither.v1.NodeService",
    ]);
    const methods = await run(BUF, [...base, "--list-methods", url]);
    expect(methods.stdout).toContain("leither.v1.NodeService/GetNodeInfo");
    const call = await run(BUF, [...base, "--data", "{}", `${url}/leither.v1.NodeService/GetNodeInfo`]);
    expect(JSON.parse(call.stdout)).toMatchObject({ nodeId: "node-1", startedAt: "1970-01-01T00:00:00Z" });
  });
});

function unexpected(): never {
  throw new Error("expected the call to fail");
}
