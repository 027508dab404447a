// Client plumbing shared by every remote command: one transport to the --node URL whose
// requests carry the session as `authorization: Bearer <session id>`.
import { createClient, type Client, type Interceptor, type Transport } from "@connectrpc/connect";
import { createConnectTransport } from "@connectrpc/connect-node";
import { AppService } from "@leither/api/leither/v1/app_service_pb";
import { FileService } from "@leither/api/leither/v1/file_service_pb";
import { IdentityService } from "@leither/api/leither/v1/identity_service_pb";
import { MiMeiService } from "@leither/api/leither/v1/mimei_service_pb";
import { NodeService } from "@leither/api/leither/v1/node_service_pb";
import { usageError } from "./errors.js";

export interface Clients {
  identity: Client<typeof IdentityService>;
  mimei: Client<typeof MiMeiService>;
  node: Client<typeof NodeService>;
  file: Client<typeof FileService>;
  app: Client<typeof AppService>;
}

export const DEFAULT_NODE_URL = "http://127.0.0.1:4800";

/** Checks a --node URL and gives it one spelling, which is also the key of stored sessions. */
export function normalizeNodeUrl(text: string): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw usageError(`--node: "${text}" is not a URL; expected e.g. ${DEFAULT_NODE_URL}`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw usageError(`--node: "${text}" must be an http:// or https:// URL`);
  }
  return url.href.replace(/\/+$/, "");
}

/** Makes the transport to a node; tests swap in Connect's in-memory router transport. */
export type TransportFactory = (baseUrl: string, interceptors: Interceptor[]) => Transport;

export const createHttpTransport: TransportFactory = (baseUrl, interceptors) =>
  // HTTP/1.1 reaches the node through any proxy and needs no TLS for a local node.
  createConnectTransport({ baseUrl, httpVersion: "1.1", interceptors });

/** An interceptor that sends the session, read when each request is made. */
export function createAuthInterceptor(session: () => string | undefined): Interceptor {
  return (next) => (req) => {
    const id = session();
    if (id) req.header.set("authorization", `Bearer ${id}`);
    return next(req);
  };
}

export function createClients(transport: Transport): Clients {
  return {
    identity: createClient(IdentityService, transport),
    mimei: createClient(MiMeiService, transport),
    node: createClient(NodeService, transport),
    file: createClient(FileService, transport),
    app: createClient(AppService, transport),
  };
}
