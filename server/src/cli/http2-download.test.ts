// The CLI's Download reader against a bare HTTP/2 server that sends exactly the bytes each case
// needs: messages cut anywhere, and every way a response can be broken. (Against a real node:
// test/e2e/files.test.ts.)
import { once } from "node:events";
import http2 from "node:http2";
import type { AddressInfo } from "node:net";
import { create, toBinary } from "@bufbuild/protobuf";
import { Code, ConnectError } from "@connectrpc/connect";
import { encodeEnvelope } from "@connectrpc/connect/protocol";
import { DownloadResponseSchema, type DownloadResponse } from "@leither/api/leither/v1/file_service_pb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { downloadOverHttp2, MAX_MESSAGE } from "./http2-download.js";

type Respond = (stream: http2.ServerHttp2Stream) => void;
let respond: Respond;
let server: http2.Http2Server;
let baseUrl: string;

beforeAll(async () => {
  server = http2.createServer();
  server.on("stream", (stream) => {
    stream.resume(); // the request message is not looked at
    stream.on("error", () => {});
    respond(stream);
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const ok = { ":status": 200, "content-type": "application/grpc+proto" };
const message = (init: Parameters<typeof create<typeof DownloadResponseSchema>>[1]) =>
  encodeEnvelope(0, toBinary(DownloadResponseSchema, create(DownloadResponseSchema, init)));
const chunk = (offset: number, data: Uint8Array) => message({ part: { case: "chunk", value: { offset: BigInt(offset), data } } });

/** Sends `body` in the given pieces, then the trailers (a status of OK unless told). */
function sending(pieces: Uint8Array[], trailers: http2.OutgoingHttpHeaders = { "grpc-status": "0" }): Respond {
  return (stream) => {
    stream.respond(ok, { waitForTrailers: true });
    stream.on("wantTrailers", () => stream.sendTrailers(trailers));
    for (const p of pieces) stream.write(p);
    stream.end();
  };
}

/** Every message of the call, chunks copied (each is valid only until the next is asked for). */
async function readAll(): Promise<DownloadResponse[]> {
  const out: DownloadResponse[] = [];
  for await (const m of downloadOverHttp2({ baseUrl, request: { source: { case: "handle", value: "h" } } })) {
    if (m.part.case === "chunk") m.part.value.data = Uint8Array.from(m.part.value.data);
    out.push(m);
  }
  return out;
}

async function failure(): Promise<ConnectError> {
  try {
    await readAll();
  } catch (err) {
    return ConnectError.from(err);
  }
  throw new Error("expected the download to fail");
}

describe("downloadOverHttp2", () => {
  const big = Uint8Array.from({ length: 300_000 }, (_, i) => i % 251);
  const body = Buffer.concat([message({ part: { case: "header", value: { name: "f", size: 300_010n } } }), chunk(0, big), chunk(300_000, new Uint8Array(10).fill(7))]);
  const expected = (got: DownloadResponse[]) => {
    expect(got.map((m) => m.part.case)).toEqual(["header", "chunk", "chunk"]);
    expect(got[0]!.part.value).toMatchObject({ name: "f", size: 300_010n });
    // Compared as buffers: vitest compares typed arrays element by element, ~1 s for this one.
    const chunks = got.slice(1).map((m) => m.part.value as { offset: bigint; data: Uint8Array });
    expect(chunks.map((c) => c.offset)).toEqual([0n, 300_000n]);
    expect(Buffer.from(chunks[0]!.data).equals(big)).toBe(true);
    expect(Buffer.from(chunks[1]!.data).equals(Buffer.alloc(10, 7))).toBe(true);
  };

  it("reads messages that arrive whole, several to a piece, or cut anywhere (even inside the envelope's five bytes)", async () => {
    respond = sending([body]);
    expected(await readAll());
    const cuts = [1, 3, 7, 5000, 299_990, 300_020];
    respond = sending(cuts.map((at, i) => body.subarray(i === 0 ? 0 : cuts[i - 1], at)).concat(body.subarray(cuts.at(-1))));
    expected(await readAll());
  });

  it("ends with the error the trailers carry, after the messages sent before it", async () => {
    const got: string[] = [];
    respond = sending([body], { "grpc-status": String(Code.DataLoss), "grpc-message": "chunk 3 does not match its digest" });
    const err = await (async () => {
      try {
        for await (const m of downloadOverHttp2({ baseUrl, request: {} })) got.push(m.part.case ?? "");
      } catch (e) {
        return ConnectError.from(e);
      }
    })();
    expect(got).toEqual(["header", "chunk", "chunk"]);
    expect({ code: err?.code, message: err?.rawMessage }).toEqual({ code: Code.DataLoss, message: "chunk 3 does not match its digest" });
  });

  it("reports a trailers-only refusal and an HTTP error with their codes", async () => {
    respond = (stream) => stream.respond({ ...ok, "grpc-status": String(Code.PermissionDenied), "grpc-message": "no" }, { endStream: true });
    expect(await failure()).toMatchObject({ code: Code.PermissionDenied, rawMessage: "no" });
    respond = (stream) => stream.respond({ ":status": 503 }, { endStream: true });
    expect((await failure()).code).toBe(Code.Unavailable);
  });

  it("refuses a broken response: cut inside a message, no status, a compressed, an oversized or an undecodable message", async () => {
    respond = sending([body.subarray(0, body.length - 4)]);
    expect(await failure()).toMatchObject({ code: Code.Internal, rawMessage: expect.stringContaining("ended inside a message") });
    respond = sending([body], {});
    expect(await failure()).toMatchObject({ code: Code.Internal, rawMessage: expect.stringContaining("missing status") });
    const compressed = Buffer.from(body);
    compressed[0] = 1;
    respond = sending([compressed]);
    expect(await failure()).toMatchObject({ code: Code.Internal, rawMessage: expect.stringContaining("flags 1") });
    const huge = Buffer.alloc(5);
    huge.writeUInt32BE(MAX_MESSAGE + 1, 1);
    respond = sending([huge]);
    expect((await failure()).code).toBe(Code.ResourceExhausted);
    respond = sending([encodeEnvelope(0, new Uint8Array([0, 0, 0]))]);
    expect(await failure()).toMatchObject({ code: Code.Internal, rawMessage: expect.stringContaining("does not decode") });
  });

  it("reports a node it cannot reach as UNAVAILABLE", async () => {
    const closed = http2.createServer().listen(0, "127.0.0.1");
    await once(closed, "listening");
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const err = await (async () => {
      try {
        for await (const _ of downloadOverHttp2({ baseUrl: `http://127.0.0.1:${port}`, request: {} }));
      } catch (e) {
        return ConnectError.from(e);
      }
    })();
    expect(err).toMatchObject({ code: Code.Unavailable, rawMessage: expect.stringContaining(`download from http://127.0.0.1:${port}`) });
  });

  it("cancels the stream when the reader stops early, so the sender stops", async () => {
    const reset = new Promise<number>((resolve) => {
      respond = (stream) => {
        stream.respond(ok);
        stream.write(body);
        stream.on("close", () => resolve(stream.rstCode));
      };
    });
    for await (const m of downloadOverHttp2({ baseUrl, request: {} })) if (m.part.case === "chunk") break;
    expect(await reset).toBe(http2.constants.NGHTTP2_CANCEL);
  });
});
