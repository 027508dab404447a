// Clients of the node's services over any transport, and assertions on Connect errors.
import { Code, ConnectError, createClient, type Client, type Interceptor, type Transport } from "@connectrpc/connect";
import { createConnectTransport, createGrpcTransport, createGrpcWebTransport } from "@connectrpc/connect-node";
import { AppService } from "@leither/api/leither/v1/app_service_pb";
import { ErrorDetailSchema } from "@leither/api/leither/v1/common_pb";
import { FileService } from "@leither/api/leither/v1/file_service_pb";
import { DbService } from "@leither/api/leither/v1/db_service_pb";
import { IdentityService } from "@leither/api/leither/v1/identity_service_pb";
import { MiMeiService } from "@leither/api/leither/v1/mimei_service_pb";
import { NodeService } from "@leither/api/leither/v1/node_service_pb";
import { expect } from "vitest";

export interface Clients {
  identity: Client<typeof IdentityService>;
  mimei: Client<typeof MiMeiService>;
  node: Client<typeof NodeService>;
  file: Client<typeof FileService>;
  db: Client<typeof DbService>;
  app: Client<typeof AppService>;
}

export type Protocol = "connect-json-h1" | "connect-binary-h2" | "grpc-h2c" | "grpc-web-h1";

/** Sends `authorization` when the credential is set: a session id (Bearer) or a raw header value. */
export function authInterceptor(auth: () => string | undefined): Interceptor {
  return (next) => (req) => {
    const value = auth();
    if (value) req.header.set("authorization", value.includes(" ") ? value : `Bearer ${value}`);
    return next(req);
  };
}

export function createTransport(protocol: Protocol, baseUrl: string, interceptors: Interceptor[] = []): Transport {
  switch (protocol) {
    case "connect-json-h1":
      return createConnectTransport({ baseUrl, httpVersion: "1.1", useBinaryFormat: false, interceptors });
    case "connect-binary-h2":
      return createConnectTransport({ baseUrl, httpVersion: "2", useBinaryFormat: true, interceptors });
    case "grpc-h2c":
      return createGrpcTransport({ baseUrl, interceptors });
    case "grpc-web-h1":
      return createGrpcWebTransport({ baseUrl, httpVersion: "1.1", interceptors });
  }
}

/**
 * Clients that authenticate with `session` (a session id, or "Pass <token>"), read each call;
 * a caller object whose `session` is changed later sends the new value.
 */
export function createClients(baseUrl: string, credential: { session?: string } = {}, protocol: Protocol = "connect-binary-h2"): Clients {
  const transport = createTransport(protocol, baseUrl, [authInterceptor(() => credential.session)]);
  return {
    identity: createClient(IdentityService, transport),
    mimei: createClient(MiMeiService, transport),
    node: createClient(NodeService, transport),
    file: createClient(FileService, transport),
    db: createClient(DbService, transport),
    app: createClient(AppService, transport),
  };
}

export function reasonOf(err: ConnectError): string | undefined {
  return err.findDetails(ErrorDetailSchema)[0]?.reason;
}

/** Awaits a call that must fail, and returns its ConnectError (failing the test if it succeeded). */
export async function failureOf(call: Promise<unknown>): Promise<ConnectError> {
  try {
    await call;
  } catch (err) {
    return ConnectError.from(err);
  }
  throw new Error("expected the call to fail, but it succeeded");
}

/** Asserts the call fails with `code` and, when given, the ErrorDetail `reason`. */
export async function expectFailure(call: Promise<unknown>, code: Code, reason?: string): Promise<ConnectError> {
  const err = await failureOf(call);
  expect({ code: Code[err.code], reason: reasonOf(err), message: err.rawMessage }).toMatchObject({
    code: Code[code],
    ...(reason === undefined ? {} : { reason }),
  });
  return err;
}
