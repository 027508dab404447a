// The Leither client: one object holding a transport and the session, with a typed client per
// service. Works in Node (>= 20) and browsers, because it speaks Connect over fetch.
import { createClient, type Client, type Transport } from "@connectrpc/connect";
import { createConnectTransport } from "@connectrpc/connect-web";
import { IdentityService } from "@leither/api/leither/v1/identity_service_pb";
import { MiMeiService } from "@leither/api/leither/v1/mimei_service_pb";
import { NodeService } from "@leither/api/leither/v1/node_service_pb";

export interface LeitherClientOptions {
  /** The node's URL, e.g. "http://127.0.0.1:4800". */
  baseUrl: string;
  /** A session id from an earlier login, to resume it. */
  sessionId?: string;
  /** Use the binary protobuf encoding instead of JSON (smaller, faster; JSON is easier to debug). */
  binary?: boolean;
  /** A transport of your own (gRPC, gRPC-web, or an in-memory router transport for tests); the
   * client adds the session header to every call it makes through it. */
  transport?: Transport;
}

export interface LeitherClient {
  readonly identity: Client<typeof IdentityService>;
  readonly mimei: Client<typeof MiMeiService>;
  readonly node: Client<typeof NodeService>;
  /** The current session id, or null when logged out. */
  readonly sessionId: string | null;
  /** The logged-in user's id, or null. */
  readonly userId: string | null;
  /** Logs in by name and password and keeps the session for later calls. */
  login(name: string, password: string): Promise<{ userId: string; sessionId: string }>;
  /** Logs in with a pass token. */
  loginWithPass(pass: string): Promise<{ userId: string; sessionId: string }>;
  /** Ends the session. */
  logout(): Promise<void>;
}

export function createLeitherClient(options: LeitherClientOptions): LeitherClient {
  let sessionId: string | null = options.sessionId ?? null;
  let userId: string | null = null;
  const transport = withSession(
    options.transport ?? createConnectTransport({ baseUrl: options.baseUrl, useBinaryFormat: options.binary ?? false }),
    () => sessionId,
  );
  const identity = createClient(IdentityService, transport);
  const remember = (r: { sessionId: string; userId: string }) => {
    sessionId = r.sessionId;
    userId = r.userId;
    return { sessionId: r.sessionId, userId: r.userId };
  };
  return {
    identity,
    mimei: createClient(MiMeiService, transport),
    node: createClient(NodeService, transport),
    get sessionId() {
      return sessionId;
    },
    get userId() {
      return userId;
    },
    async login(name, password) {
      return remember(await identity.login({ credential: { case: "password", value: { name, password } } }));
    },
    async loginWithPass(pass) {
      return remember(await identity.login({ credential: { case: "pass", value: pass } }));
    },
    async logout() {
      if (sessionId) await identity.logout({});
      sessionId = null;
      userId = null;
    },
  };
}

/** Wraps a transport so every call carries `authorization: Bearer <session>` while logged in. */
function withSession(inner: Transport, session: () => string | null): Transport {
  const headersWith = (init: HeadersInit | undefined) => {
    const id = session();
    if (!id) return init;
    const h = new Headers(init);
    h.set("authorization", `Bearer ${id}`);
    return h;
  };
  return {
    unary: (method, signal, timeoutMs, header, input, contextValues) =>
      inner.unary(method, signal, timeoutMs, headersWith(header), input, contextValues),
    stream: (method, signal, timeoutMs, header, input, contextValues) =>
      inner.stream(method, signal, timeoutMs, headersWith(header), input, contextValues),
  };
}
