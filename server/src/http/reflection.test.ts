import { describe, expect, it } from "vitest";
import { create, fromBinary } from "@bufbuild/protobuf";
import { FileDescriptorProtoSchema } from "@bufbuild/protobuf/wkt";
import { Code, createClient, createRouterTransport } from "@connectrpc/connect";
import { NodeService } from "@leither/api/leither/v1/node_service_pb";
import { Health } from "@leither/api/health/v1/health_pb";
import * as v1 from "@leither/api/grpc/reflection/v1/reflection_pb";
import * as v1alpha from "@leither/api/grpc/reflection/v1alpha/reflection_pb";
import { registerReflection } from "./reflection.js";

const transport = createRouterTransport((router) => registerReflection(router, [NodeService, Health]));

async function* once<T>(msg: T) {
  yield msg;
}

async function ask(init: Parameters<typeof create<typeof v1.ServerReflectionRequestSchema>>[1]) {
  const client = createClient(v1.ServerReflection, transport);
  const out: v1.ServerReflectionResponse[] = [];
  for await (const res of client.serverReflectionInfo(once(create(v1.ServerReflectionRequestSchema, init)))) out.push(res);
  expect(out).toHaveLength(1);
  return out[0]!;
}

const fileNames = (res: v1.ServerReflectionResponse) =>
  res.messageResponse.case === "fileDescriptorResponse"
    ? res.messageResponse.value.fileDescriptorProto.map((b) => fromBinary(FileDescriptorProtoSchema, b).name)
    : [];

describe("server reflection", () => {
  it("lists the served services, reflection included", async () => {
    const res = await ask({ messageRequest: { case: "listServices", value: "" } });
    expect(res.messageResponse.case).toBe("listServicesResponse");
    const names = res.messageResponse.case === "listServicesResponse" ? res.messageResponse.value.service.map((s) => s.name) : [];
    expect(names.sort()).toEqual([
      "grpc.health.v1.Health",
      "grpc.reflection.v1.ServerReflection",
      "grpc.reflection.v1alpha.ServerReflection",
      "leither.v1.NodeService",
    ]);
  });

  it("returns the file containing a symbol with its transitive imports", async () => {
    for (const symbol of ["leither.v1.NodeService", "leither.v1.NodeService.GetNodeInfo", "leither.v1.GetNodeInfoResponse"]) {
      const res = await ask({ messageRequest: { case: "fileContainingSymbol", value: symbol } });
      const names = fileNames(res);
      expect(names[0]).toBe("leither/v1/node_service.proto");
      expect(names).toContain("google/protobuf/timestamp.proto");
      expect(res.originalRequest?.messageRequest.value).toBe(symbol);
    }
  });

  it("returns files by name and NOT_FOUND errors for unknown names and extensions", async () => {
    expect(fileNames(await ask({ messageRequest: { case: "fileByFilename", value: "google/protobuf/timestamp.proto" } }))).toEqual([
      "google/protobuf/timestamp.proto",
    ]);
    for (const messageRequest of [
      { case: "fileByFilename" as const, value: "nope.proto" },
      { case: "fileContainingSymbol" as const, value: "nope.Nope" },
      { case: "fileContainingExtension" as const, value: { containingType: "leither.v1.GetNodeInfoRequest", extensionNumber: 100 } },
    ]) {
      const res = await ask({ messageRequest });
      expect(res.messageResponse.case).toBe("errorResponse");
      expect(res.messageResponse.value).toMatchObject({ errorCode: Code.NotFound });
    }
    const ext = await ask({ messageRequest: { case: "allExtensionNumbersOfType", value: "leither.v1.GetNodeInfoRequest" } });
    expect(ext.messageResponse).toMatchObject({ case: "allExtensionNumbersResponse", value: { extensionNumber: [] } });
  });

  it("answers v1alpha the same way", async () => {
    const client = createClient(v1alpha.ServerReflection, transport);
    const req = create(v1alpha.ServerReflectionRequestSchema, { messageRequest: { case: "listServices", value: "" } });
    for await (const res of client.serverReflectionInfo(once(req))) {
      expect(res.$typeName).toBe("grpc.reflection.v1alpha.ServerReflectionResponse");
      expect(res.messageResponse.case).toBe("listServicesResponse");
    }
  });
});
