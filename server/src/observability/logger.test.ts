import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { pino } from "pino";
import { Code, ConnectError, createClient, createRouterTransport } from "@connectrpc/connect";
import { NodeService } from "@leither/api/leither/v1/node_service_pb";
import { createRequestLogInterceptor, requestIdKey, REQUEST_ID_HEADER } from "./logger.js";

function capture() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _enc, cb) {
      lines.push(JSON.parse(String(chunk)));
      cb();
    },
  });
  return { lines, logger: pino({ level: "debug" }, stream) };
}

describe("request log interceptor", () => {
  it("echoes an incoming request id, exposes it to handlers and logs OK calls at debug", async () => {
    const { lines, logger } = capture();
    let seenByHandler = "";
    const transport = createRouterTransport(
      (router) =>
        router.service(NodeService, {
          getNodeInfo: (_req, ctx) => {
            seenByHandler = ctx.values.get(requestIdKey);
            return { nodeId: "n1" };
          },
        }),
      { router: { interceptors: [createRequestLogInterceptor(logger)] } },
    );
    let header: Headers | undefined;
    await createClient(NodeService, transport).getNodeInfo(
      {},
      { headers: { [REQUEST_ID_HEADER]: "abc-123" }, onHeader: (h) => (header = h) },
    );
    expect(seenByHandler).toBe("abc-123");
    expect(header?.get(REQUEST_ID_HEADER)).toBe("abc-123");
    await new Promise((r) => setImmediate(r));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 20, rid: "abc-123", procedure: "/leither.v1.NodeService/GetNodeInfo", code: "ok" });
    expect(typeof lines[0]!.ms).toBe("number");
  });

  it("generates an id when none came and logs errors by who caused them", async () => {
    const { lines, logger } = capture();
    const transport = createRouterTransport(
      (router) =>
        router.service(NodeService, {
          getNodeInfo: () => {
            throw new ConnectError("no such thing", Code.NotFound);
          },
          getStats: () => {
            throw new ConnectError("disk on fire", Code.Internal);
          },
        }),
      { router: { interceptors: [createRequestLogInterceptor(logger)] } },
    );
    const client = createClient(NodeService, transport);
    const err = await client.getNodeInfo({}).then(unexpected, (e: unknown) => ConnectError.from(e));
    expect(err.code).toBe(Code.NotFound);
    expect(err.metadata.get(REQUEST_ID_HEADER)).toMatch(/^[0-9a-f-]{36}$/);
    await client.getStats({}).catch(() => undefined);
    await new Promise((r) => setImmediate(r));
    expect(lines.map((l) => [l.level, l.code])).toEqual([
      [30, "not_found"],
      [40, "internal"],
    ]);
  });
});

function unexpected(): never {
  throw new Error("expected the call to fail");
}
