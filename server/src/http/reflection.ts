// gRPC server reflection (grpc.reflection.v1 and v1alpha ServerReflectionInfo), answered from
// the generated descriptors so grpcurl and `buf curl --reflect` can call the node without protos.
import { create, toBinary, type DescFile, type DescService } from "@bufbuild/protobuf";
import { FileDescriptorProtoSchema } from "@bufbuild/protobuf/wkt";
import { Code, type ConnectRouter } from "@connectrpc/connect";
import * as v1 from "@leither/api/grpc/reflection/v1/reflection_pb";
import * as v1alpha from "@leither/api/grpc/reflection/v1alpha/reflection_pb";

/** The request shape both protocol versions share. */
export interface ReflectionRequest {
  messageRequest:
    | { case: "fileByFilename" | "fileContainingSymbol" | "allExtensionNumbersOfType" | "listServices"; value: string }
    | { case: "fileContainingExtension"; value: { containingType: string; extensionNumber: number } }
    | { case: undefined; value?: undefined };
}

/** The answer both versions share; each version wraps it in its own response message. */
export type ReflectionAnswer =
  | { case: "listServicesResponse"; value: { service: { name: string }[] } }
  | { case: "fileDescriptorResponse"; value: { fileDescriptorProto: Uint8Array[] } }
  | { case: "allExtensionNumbersResponse"; value: { baseTypeName: string; extensionNumber: number[] } }
  | { case: "errorResponse"; value: { errorCode: number; errorMessage: string } };

export interface ReflectionIndex {
  answer(req: ReflectionRequest): ReflectionAnswer;
}

/**
 * Indexes `services` (the reflection services themselves are added) and every file they
 * reach through imports, e.g. google/protobuf/timestamp.proto.
 */
export function createReflectionIndex(services: readonly DescService[]): ReflectionIndex {
  const served = new Map<string, DescService>();
  for (const s of [...services, v1.ServerReflection, v1alpha.ServerReflection]) served.set(s.typeName, s);

  const files = new Map<string, DescFile>(); // by file name with .proto
  const symbols = new Map<string, DescFile>(); // fully-qualified name -> defining file
  const addFile = (file: DescFile): void => {
    if (files.has(file.proto.name)) return;
    files.set(file.proto.name, file);
    indexSymbols(file, symbols);
    file.dependencies.forEach(addFile);
  };
  for (const s of served.values()) addFile(s.file);

  // Serialised once: descriptors do not change while the node runs.
  const encoded = new Map<DescFile, Uint8Array>();
  const encode = (f: DescFile) => {
    let b = encoded.get(f);
    if (!b) encoded.set(f, (b = toBinary(FileDescriptorProtoSchema, f.proto)));
    return b;
  };
  // The requested file first, then its transitive imports, so a client can resolve every
  // type from this one response.
  const withImports = (file: DescFile): ReflectionAnswer => {
    const out: DescFile[] = [];
    const visit = (f: DescFile) => {
      if (out.includes(f)) return;
      out.push(f);
      f.dependencies.forEach(visit);
    };
    visit(file);
    return { case: "fileDescriptorResponse", value: { fileDescriptorProto: out.map(encode) } };
  };
  const notFound = (what: string): ReflectionAnswer => ({
    case: "errorResponse",
    value: { errorCode: Code.NotFound, errorMessage: `${what} not found` },
  });

  return {
    answer(req) {
      const m = req.messageRequest;
      switch (m.case) {
        case "listServices":
          return { case: "listServicesResponse", value: { service: [...served.keys()].map((name) => ({ name })) } };
        case "fileByFilename": {
          const f = files.get(m.value);
          return f ? withImports(f) : notFound(`file ${m.value}`);
        }
        case "fileContainingSymbol": {
          const f = symbols.get(m.value.replace(/^\./, ""));
          return f ? withImports(f) : notFound(`symbol ${m.value}`);
        }
        case "fileContainingExtension":
          // The API defines no extensions.
          return notFound(`extension ${m.value.extensionNumber} of ${m.value.containingType}`);
        case "allExtensionNumbersOfType":
          return symbols.has(m.value)
            ? { case: "allExtensionNumbersResponse", value: { baseTypeName: m.value, extensionNumber: [] } }
            : notFound(`type ${m.value}`);
        default:
          return { case: "errorResponse", value: { errorCode: Code.InvalidArgument, errorMessage: "empty reflection request" } };
      }
    },
  };
}

// Every name a client may ask about: services and their methods, messages with their fields
// and nested types, enums with their values, extensions.
function indexSymbols(file: DescFile, symbols: Map<string, DescFile>): void {
  const addEnum = (e: DescFile["enums"][number]) => {
    symbols.set(e.typeName, file);
    // Enum values are scoped as siblings of their enum, per protobuf's C++ scoping rules.
    const scope = e.typeName.slice(0, Math.max(0, e.typeName.lastIndexOf(".")));
    for (const v of e.values) symbols.set(scope ? `${scope}.${v.name}` : v.name, file);
  };
  const addMessage = (msg: DescFile["messages"][number]) => {
    symbols.set(msg.typeName, file);
    for (const f of msg.fields) symbols.set(`${msg.typeName}.${f.name}`, file);
    for (const o of msg.oneofs) symbols.set(`${msg.typeName}.${o.name}`, file);
    msg.nestedMessages.forEach(addMessage);
    msg.nestedEnums.forEach(addEnum);
    for (const x of msg.nestedExtensions) symbols.set(x.typeName, file);
  };
  for (const s of file.services) {
    symbols.set(s.typeName, file);
    for (const m of s.methods) symbols.set(`${s.typeName}.${m.name}`, file);
  }
  file.messages.forEach(addMessage);
  file.enums.forEach(addEnum);
  for (const x of file.extensions) symbols.set(x.typeName, file);
}

/** Registers both reflection versions on `router`, describing `services`. */
export function registerReflection(router: ConnectRouter, services: readonly DescService[]): void {
  const index = createReflectionIndex(services);
  // The two versions are the same protocol under two package names.
  router.service(v1.ServerReflection, {
    async *serverReflectionInfo(requests) {
      for await (const req of requests) {
        yield create(v1.ServerReflectionResponseSchema, {
          validHost: req.host,
          originalRequest: req,
          messageResponse: index.answer(req),
        });
      }
    },
  });
  router.service(v1alpha.ServerReflection, {
    async *serverReflectionInfo(requests) {
      for await (const req of requests) {
        yield create(v1alpha.ServerReflectionResponseSchema, {
          validHost: req.host,
          originalRequest: req,
          messageResponse: index.answer(req),
        });
      }
    },
  });
}
