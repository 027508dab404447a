import { describe, expect, it } from "vitest";
import { Code, ConnectError, createClient, createRouterTransport } from "@connectrpc/connect";
import { createHealthRegistry, createHealthService, Health, ServingStatus } from "./health.js";

function setup() {
  const registry = createHealthRegistry();
  const transport = createRouterTransport((router) => router.service(Health, createHealthService(registry)));
  return { registry, client: createClient(Health, transport) };
}

describe("health service", () => {
  it("checks the whole server and named services; unknown names are NOT_FOUND", async () => {
    const { registry, client } = setup();
    expect((await client.check({ service: "" })).status).toBe(ServingStatus.SERVING);
    registry.set("leither.v1.NodeService", ServingStatus.NOT_SERVING);
    expect((await client.check({ service: "leither.v1.NodeService" })).status).toBe(ServingStatus.NOT_SERVING);
    const err = await client.check({ service: "nope" }).then(unexpected, (e: unknown) => ConnectError.from(e));
    expect(err.code).toBe(Code.NotFound);
    const list = await client.list({});
    expect(Object.keys(list.statuses).sort()).toEqual(["", "leither.v1.NodeService"]);
  });

  it("streams changes to watchers and ends their streams on shutdown", async () => {
    const { registry, client } = setup();
    const seen: ServingStatus[] = [];
    const watching = (async () => {
      for await (const res of client.watch({ service: "svc" })) {
        seen.push(res.status);
        if (seen.length === 1) registry.set("svc", ServingStatus.SERVING);
        if (seen.length === 2) registry.shutdown();
      }
    })();
    await watching;
    expect(seen).toEqual([ServingStatus.SERVICE_UNKNOWN, ServingStatus.SERVING, ServingStatus.NOT_SERVING]);
    // After shutdown statuses no longer change.
    registry.set("svc", ServingStatus.SERVING);
    expect(registry.get("svc")).toBe(ServingStatus.NOT_SERVING);
  });

  it("ends a watch when the caller aborts", async () => {
    const { client } = setup();
    const ac = new AbortController();
    const seen: ServingStatus[] = [];
    const err = await (async () => {
      for await (const res of client.watch({ service: "" }, { signal: ac.signal })) {
        seen.push(res.status);
        ac.abort();
      }
    })().catch((e: unknown) => ConnectError.from(e));
    expect(seen).toEqual([ServingStatus.SERVING]);
    expect(err?.code).toBe(Code.Canceled);
  });
});

function unexpected(): never {
  throw new Error("expected the call to fail");
}
