// The TypeScript SDK against a real node: the calls a user's first program makes.
import { createGrpcTransport } from "@connectrpc/connect-node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Code, ConnectError, createLeitherClient, MiMeiType } from "../../sdk/src/index.js";
import { startTestNode, type TestNode } from "./support/in-process-node.js";

let node: TestNode;

beforeAll(async () => {
  node = await startTestNode();
  const setup = createLeitherClient({ baseUrl: node.url });
  await setup.identity.register({ name: "sdk-user", password: "sdk-password" });
});

afterAll(async () => {
  await node?.close();
});

describe("@leither/sdk", () => {
  it("logs in, creates a MiMei, backs it up and opens that version", async () => {
    const leither = createLeitherClient({ baseUrl: node.url });
    const { userId } = await leither.login("sdk-user", "sdk-password");
    expect(leither.userId).toBe(userId);
    const { mimeiId } = await leither.mimei.create({ type: MiMeiType.DB, mark: "auto" });
    const { version, created } = await leither.mimei.backup({ mimeiId });
    expect(created).toBe(true);
    const opened = await leither.mimei.open({ mimeiId, version: String(version) });
    expect(opened.readOnly).toBe(true);
    expect(opened.version).toBe(version);
  });

  it("stops sending the session after logout", async () => {
    const leither = createLeitherClient({ baseUrl: node.url, binary: true });
    await leither.login("sdk-user", "sdk-password");
    await leither.logout();
    expect(leither.sessionId).toBeNull();
    const err = await leither.mimei.create({ type: MiMeiType.FILE, mark: "auto" }).catch((e) => e);
    expect(ConnectError.from(err).code).toBe(Code.Unauthenticated);
  });

  it("adds the session to a transport of the caller's own (gRPC)", async () => {
    const leither = createLeitherClient({ baseUrl: node.url, transport: createGrpcTransport({ baseUrl: node.url }) });
    const { userId } = await leither.login("sdk-user", "sdk-password");
    const { user } = await leither.identity.getUserInfo({});
    expect(user?.userId).toBe(userId);
  });

  it("resumes a session by id", async () => {
    const first = createLeitherClient({ baseUrl: node.url });
    const { sessionId } = await first.login("sdk-user", "sdk-password");
    const second = createLeitherClient({ baseUrl: node.url, sessionId });
    const { mimeiId } = await second.mimei.create({ type: MiMeiType.FILE, mark: "auto" });
    expect(mimeiId).toHaveLength(27);
  });
});
