// One real node process, called over every wire protocol it serves on its one port: Connect
// (JSON over HTTP/1.1, binary over HTTP/2), gRPC (h2c) and gRPC-web (HTTP/1.1). The same
// scenario and the same errors over each; then the operational surface: gRPC health,
// reflection (through `buf curl`), /metrics and /healthz.
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { fromBinary } from "@bufbuild/protobuf";
import { Code, createClient } from "@connectrpc/connect";
import { createGrpcTransport } from "@connectrpc/connect-node";
import { Health, HealthCheckResponse_ServingStatus as ServingStatus } from "@leither/api/health/v1/health_pb";
import { ErrorDetailSchema, MiMeiType } from "@leither/api/leither/v1/common_pb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, startNodeProcess, type NodeProcess } from "./support/node-process.js";
import { createClients, expectFailure, type Protocol } from "./support/rpc.js";

const run = promisify(execFile);
const BUF = join(ROOT, "node_modules/.bin/buf");
const PASSWORD = "correct horse battery";
const PROTOCOLS: Protocol[] = ["connect-json-h1", "connect-binary-h2", "grpc-h2c", "grpc-web-h1"];

let tmp: string;
let node: NodeProcess;

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), "leither-e2e-protocols-"));
  node = await startNodeProcess({ home: join(tmp, "home") });
});

afterAll(async () => {
  await node?.stop();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe.each(PROTOCOLS)("over %s", (protocol) => {
  it("registers, logs in, creates a MiMei, backs it up and opens the version", async () => {
    const credential: { session?: string } = {};
    const c = createClients(node.url, credential, protocol);
    const name = `user-${protocol}`;

    const registered = await c.identity.register({ name, password: PASSWORD });
    expect(registered.userId).toMatch(/^[A-Za-z0-9_-]{27}$/);
    expect(registered.publicKey).toHaveLength(32);

    const login = await c.identity.login({ credential: { case: "password", value: { name, password: PASSWORD } } });
    expect(login.userId).toBe(registered.userId);
    credential.session = login.sessionId;
    expect((await c.identity.getUserInfo({})).user?.name).toBe(name);

    const made = await c.mimei.create({ type: MiMeiType.FILE, ext: "txt", mark: protocol });
    expect(made).toMatchObject({ mimeiId: expect.stringMatching(/^[A-Za-z0-9_-]{27}$/), created: true });

    const backup = await c.mimei.backup({ mimeiId: made.mimeiId, memo: "first" });
    expect(backup).toMatchObject({ version: 1n, created: true });

    const opened = await c.mimei.open({ mimeiId: made.mimeiId, version: "1" });
    expect(opened).toMatchObject({ version: 1n, readOnly: true, type: MiMeiType.FILE, digest: backup.digest });
    expect(opened.handle).toMatch(/^[0-9a-f]{40}$/);

    const info = await c.mimei.getMiMeiInfo({ handle: opened.handle });
    expect(info.info).toMatchObject({ mimeiId: made.mimeiId, authorId: registered.userId, lastVersion: 1n });
  });

  it("reports errors with their code and ErrorDetail reason", async () => {
    const guest = createClients(node.url, {}, protocol);
    await expectFailure(
      guest.identity.login({ credential: { case: "password", value: { name: `user-${protocol}`, password: "wrong password" } } }),
      Code.Unauthenticated,
      "WRONG_PASSWORD",
    );
    await expectFailure(guest.mimei.create({ type: MiMeiType.FILE }), Code.Unauthenticated, "LOGIN_REQUIRED");
    await expectFailure(guest.mimei.getMiMeiInfo({ mimeiId: "not-an-id" }), Code.InvalidArgument, "INVALID_MIMEI_ID");
    await expectFailure(createClients(node.url, { session: "x".repeat(43) }, protocol).node.getNodeInfo({}), Code.Unauthenticated, "SESSION_UNKNOWN");
  });
});

describe("Connect JSON as a plain HTTP POST", () => {
  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${node.url}${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify(body),
    });

  it("answers a JSON body with JSON, uint64 as strings", async () => {
    const res = await post("/leither.v1.NodeService/GetNodeInfo", {});
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    const body = await res.json();
    expect(body).toMatchObject({ nodeId: node.nodeId, apiVersion: "leither.v1", peerId: expect.stringMatching(/^12D3KooW/) });

    const stats = await (await post("/leither.v1.NodeService/GetStats", {})).json();
    expect(stats.requestsTotal).toMatch(/^[1-9][0-9]*$/);
  });

  it("answers an error as Connect's JSON error with the ErrorDetail", async () => {
    const res = await post("/leither.v1.MiMeiService/Create", { type: "MI_MEI_TYPE_FILE" });
    expect(res.status).toBe(401);
    const body = await res.json();
    expect(body).toMatchObject({ code: "unauthenticated", message: expect.stringMatching(/log/) });
    const detail = body.details.find((d: { type: string }) => d.type === "leither.v1.ErrorDetail");
    expect(fromBinary(ErrorDetailSchema, Buffer.from(detail.value, "base64")).reason).toBe("LOGIN_REQUIRED");
  });

  it("authenticates with the authorization header", async () => {
    await post("/leither.v1.IdentityService/Register", { name: "curl-user", password: PASSWORD });
    const login = await (await post("/leither.v1.IdentityService/Login", { password: { name: "curl-user", password: PASSWORD } })).json();
    expect(login.sessionId).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const res = await post("/leither.v1.IdentityService/GetUserInfo", {}, { authorization: `Bearer ${login.sessionId}` });
    expect(await res.json()).toMatchObject({ user: { name: "curl-user", userId: login.userId } });
  });
});

describe("operations", () => {
  it("answers gRPC health Check for the whole server", async () => {
    const health = createClient(Health, createGrpcTransport({ baseUrl: node.url }));
    expect((await health.check({ service: "" })).status).toBe(ServingStatus.SERVING);
    await expectFailure(health.check({ service: "no.such.Service" }), Code.NotFound);
  });

  it("lists the API through gRPC reflection (buf curl)", async () => {
    const { stdout } = await run(BUF, ["curl", "--http2-prior-knowledge", "--protocol", "grpc", "--reflect", "--list-services", node.url]);
    const services = stdout.trim().split("\n");
    expect(services).toEqual(expect.arrayContaining(["leither.v1.MiMeiService", "leither.v1.IdentityService", "leither.v1.NodeService", "grpc.health.v1.Health"]));
  });

  it("calls a method described only by reflection (buf curl)", async () => {
    const { stdout } = await run(BUF, ["curl", "--reflect", "--data", "{}", `${node.url}/leither.v1.NodeService/GetNodeInfo`]);
    expect(JSON.parse(stdout)).toMatchObject({ nodeId: node.nodeId, apiVersion: "leither.v1" });
  });

  it("counts RPCs in /metrics", async () => {
    await createClients(node.url).node.getNodeInfo({});
    const res = await fetch(`${node.url}/metrics`);
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).toMatch(/^leither_rpc_requests_total\{[^}]*procedure="\/leither\.v1\.NodeService\/GetNodeInfo"[^}]*\} [1-9]/m);
    // The failed logins above are counted with their code.
    expect(text).toMatch(/^leither_rpc_requests_total\{[^}]*procedure="\/leither\.v1\.IdentityService\/Login"[^}]*code="unauthenticated"[^}]*\} [1-9]/m);
  });

  it("answers /healthz", async () => {
    const res = await fetch(`${node.url}/healthz`);
    expect(res.status).toBe(200);
  });
});
