#!/usr/bin/env node
// A protoc plugin (run by buf, see buf.gen.langs.yaml) that writes an OpenAPI 3.1 document of the
// Connect JSON API: one POST path per unary RPC, schemas in the proto3 JSON mapping, comments as
// descriptions. Streaming RPCs have no plain-JSON form and are listed, not described.
import { create, createFileRegistry, fromBinary, toBinary } from "@bufbuild/protobuf";
import { CodeGeneratorRequestSchema, CodeGeneratorResponseSchema, CodeGeneratorResponse_Feature, FileDescriptorSetSchema } from "@bufbuild/protobuf/wkt";
import { getComments } from "@bufbuild/protoplugin";
import { readFileSync, writeSync } from "node:fs";

const OUTPUT = "leither.openapi.yaml";

// scalar type numbers of google.protobuf.FieldDescriptorProto.Type
const SCALAR = {
  1: { type: "number", format: "double" },
  2: { type: "number", format: "float" },
  // 64-bit integers are JSON strings in the proto3 JSON mapping (numbers are accepted as input).
  3: { type: ["string", "integer"], format: "int64" },
  4: { type: ["string", "integer"], format: "uint64" },
  5: { type: "integer", format: "int32" },
  6: { type: ["string", "integer"], format: "uint64" },
  7: { type: "integer", format: "uint32" },
  8: { type: "boolean" },
  9: { type: "string" },
  12: { type: "string", contentEncoding: "base64" },
  13: { type: "integer", format: "uint32" },
  15: { type: "integer", format: "int32" },
  16: { type: ["string", "integer"], format: "int64" },
  17: { type: "integer", format: "int32" },
  18: { type: ["string", "integer"], format: "int64" },
};

// Well-known types have their own JSON forms instead of an object of their fields.
const WELL_KNOWN = {
  "google.protobuf.Timestamp": { type: "string", format: "date-time" },
  "google.protobuf.Duration": { type: "string", pattern: "^-?[0-9]+(\\.[0-9]{1,9})?s$", description: "Seconds with an `s` suffix, e.g. `1.5s`." },
  "google.protobuf.Struct": { type: "object", additionalProperties: true },
  "google.protobuf.Value": { description: "Any JSON value." },
  "google.protobuf.ListValue": { type: "array", items: {} },
  "google.protobuf.Empty": { type: "object" },
  "google.protobuf.FieldMask": { type: "string" },
  "google.protobuf.Any": { type: "object", properties: { "@type": { type: "string" } }, additionalProperties: true },
  "google.protobuf.StringValue": { type: "string" },
  "google.protobuf.BytesValue": { type: "string", contentEncoding: "base64" },
  "google.protobuf.BoolValue": { type: "boolean" },
  "google.protobuf.DoubleValue": { type: "number" },
  "google.protobuf.FloatValue": { type: "number" },
  "google.protobuf.Int32Value": { type: "integer", format: "int32" },
  "google.protobuf.UInt32Value": { type: "integer", format: "uint32" },
  "google.protobuf.Int64Value": { type: ["string", "integer"], format: "int64" },
  "google.protobuf.UInt64Value": { type: ["string", "integer"], format: "uint64" },
};

/** The leading comment of a descriptor, trimmed, or undefined when there is none. */
function describe(desc) {
  const text = getComments(desc).leading?.trim();
  return text ? text.replace(/\n /g, "\n") : undefined;
}

function createSchemaBuilder() {
  const schemas = {};
  const ref = (typeName) => ({ $ref: `#/components/schemas/${typeName}` });

  function fieldSchema(field) {
    switch (field.fieldKind) {
      case "scalar":
        return { ...SCALAR[field.scalar] };
      case "enum":
        return enumSchema(field.enum);
      case "message":
        return messageRef(field.message);
      case "list":
        return {
          type: "array",
          items: field.listKind === "scalar" ? { ...SCALAR[field.scalar] } : field.listKind === "enum" ? enumSchema(field.enum) : messageRef(field.message),
        };
      case "map":
        return {
          type: "object",
          additionalProperties:
            field.mapKind === "scalar" ? { ...SCALAR[field.scalar] } : field.mapKind === "enum" ? enumSchema(field.enum) : messageRef(field.message),
        };
    }
    throw new Error(`unknown field kind ${field.fieldKind}`);
  }

  function enumSchema(desc) {
    if (!(desc.typeName in schemas)) {
      schemas[desc.typeName] = {
        type: "string",
        ...(describe(desc) ? { description: describe(desc) } : {}),
        enum: desc.values.map((v) => v.name),
      };
    }
    return ref(desc.typeName);
  }

  function messageRef(desc) {
    if (WELL_KNOWN[desc.typeName]) return { ...WELL_KNOWN[desc.typeName] };
    if (!(desc.typeName in schemas)) {
      const schema = { type: "object" };
      schemas[desc.typeName] = schema; // set first: messages may refer to themselves
      const description = describe(desc);
      if (description) schema.description = description;
      const properties = {};
      for (const field of desc.fields) {
        const property = fieldSchema(field);
        const comment = describe(field);
        const oneof = field.oneof ? `One of \`${field.oneof.name}\`: set at most one of its fields.` : undefined;
        const text = [comment, oneof].filter(Boolean).join("\n\n");
        // A $ref cannot carry siblings in every tool; wrap it when it needs a description.
        properties[field.jsonName] = text ? (property.$ref ? { allOf: [property], description: text } : { ...property, description: text }) : property;
      }
      schema.properties = properties;
      schema.additionalProperties = false;
    }
    return ref(desc.typeName);
  }

  return { schemas, messageRef };
}

function buildDocument(registry, filesToGenerate) {
  const { schemas, messageRef } = createSchemaBuilder();
  const paths = {};
  const tags = [];
  const streaming = [];
  for (const name of filesToGenerate) {
    const file = registry.getFile(name);
    if (!file) throw new Error(`file ${name} is not in the request`);
    for (const service of file.services) {
      tags.push({ name: service.typeName, ...(describe(service) ? { description: describe(service) } : {}) });
      for (const method of service.methods) {
        const path = `/${service.typeName}/${method.name}`;
        if (method.methodKind !== "unary") {
          streaming.push(`${path} (${method.methodKind})`);
          continue;
        }
        paths[path] = {
          post: {
            tags: [service.typeName],
            operationId: `${service.name}_${method.name}`,
            ...(describe(method) ? { description: describe(method) } : {}),
            requestBody: { required: true, content: { "application/json": { schema: messageRef(method.input) } } },
            responses: {
              200: { description: "Success", content: { "application/json": { schema: messageRef(method.output) } } },
              default: { $ref: "#/components/responses/ConnectError" },
            },
          },
        };
      }
    }
  }
  schemas["connect.error"] = {
    type: "object",
    description: "A Connect error. `details` carries a leither.v1.ErrorDetail whose `reason` is a stable name.",
    properties: {
      code: {
        type: "string",
        enum: ["canceled", "unknown", "invalid_argument", "deadline_exceeded", "not_found", "already_exists", "permission_denied", "resource_exhausted", "failed_precondition", "aborted", "out_of_range", "unimplemented", "internal", "unavailable", "data_loss", "unauthenticated"],
      },
      message: { type: "string" },
      details: {
        type: "array",
        items: {
          type: "object",
          properties: {
            type: { type: "string", description: "Fully qualified message name, e.g. leither.v1.ErrorDetail." },
            value: { type: "string", contentEncoding: "base64", description: "The detail message in the binary protobuf encoding." },
            debug: { description: "The detail as JSON, when the server adds it." },
          },
        },
      },
    },
  };
  const sortedSchemas = Object.fromEntries(Object.keys(schemas).sort().map((k) => [k, schemas[k]]));
  return {
    openapi: "3.1.0",
    info: {
      title: "Leither API (Connect JSON)",
      version: "v1",
      description: [
        "Every unary RPC of the Leither node as `POST /<package>.<Service>/<Method>` with a JSON body (the Connect protocol, proto3 JSON mapping).",
        "A session travels as `authorization: Bearer <session id>` (from IdentityService/Login); a signed pass as `authorization: Pass <token>`; without either the call runs as a guest.",
        "Errors come as non-2xx statuses with a `connect.error` body.",
        `Streaming RPCs need a Connect, gRPC or gRPC-web client and are not described here: ${streaming.join(", ") || "none"}.`,
        "Generated from proto/ by scripts/protoc-gen-connect-openapi.mjs; do not edit.",
      ].join("\n\n"),
    },
    servers: [{ url: "http://127.0.0.1:4800", description: "a node started with `leither serve` (default listen address)" }],
    security: [{}, { session: [] }],
    tags,
    paths,
    components: {
      securitySchemes: { session: { type: "http", scheme: "bearer", description: "A session id from IdentityService/Login." } },
      responses: {
        ConnectError: { description: "An error", content: { "application/json": { schema: { $ref: "#/components/schemas/connect.error" } } } },
      },
      schemas: sortedSchemas,
    },
  };
}

// A small YAML writer: block style, strings quoted only when plain style would change their meaning.
const PLAIN = /^[A-Za-z_/.$@][A-Za-z0-9_ ./$@#()<>,'`-]*$/;
const RESERVED = /^(true|false|null|yes|no|on|off|y|n|~)$/i;
function scalar(value, indent) {
  if (typeof value === "string") {
    // Multi-line text (comments) as a literal block, so the document reads like the protos.
    if (value.includes("\n") && !/(^\s)|([ \t]\n)|\s$/.test(value)) {
      return "|-" + value.split("\n").map((line) => (line ? `\n${indent}${line}` : "\n")).join("");
    }
    return PLAIN.test(value) && !RESERVED.test(value) && !value.endsWith(" ") && !value.includes(" #") ? value : JSON.stringify(value);
  }
  return JSON.stringify(value);
}
function key(k) {
  return PLAIN.test(k) && !RESERVED.test(k) ? k : JSON.stringify(k);
}
function toYaml(value, indent = "") {
  if (Array.isArray(value)) {
    if (value.length === 0) return " []";
    return value
      .map((item) => {
        if (item !== null && typeof item === "object" && !Array.isArray(item) && Object.keys(item).length > 0) {
          const body = toYaml(item, indent + "  ");
          return `\n${indent}- ${body.slice(indent.length + 3)}`;
        }
        return `\n${indent}-${toYaml(item, indent + "  ")}`;
      })
      .join("");
  }
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value);
    if (entries.length === 0) return " {}";
    return entries.map(([k, v]) => `\n${indent}${key(k)}:${toYaml(v, indent + "  ")}`).join("");
  }
  return " " + scalar(value, indent);
}

const request = fromBinary(CodeGeneratorRequestSchema, readFileSync(0));
const registry = createFileRegistry(create(FileDescriptorSetSchema, { file: request.protoFile }));
const document = buildDocument(registry, request.fileToGenerate);
const response = create(CodeGeneratorResponseSchema, {
  supportedFeatures: BigInt(CodeGeneratorResponse_Feature.PROTO3_OPTIONAL),
  file: [{ name: OUTPUT, content: "# Generated by scripts/protoc-gen-connect-openapi.mjs from proto/; do not edit.\n" + toYaml(document).slice(1) + "\n" }],
});
const bytes = toBinary(CodeGeneratorResponseSchema, response);
for (let off = 0; off < bytes.length; ) off += writeSync(1, bytes, off);
