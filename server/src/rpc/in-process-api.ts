// The node's API called from inside the node (scripts' `leither.call`): a Connect router
// transport over the node's own routes and interceptors, so every call passes the same
// authentication and policy as a network call. The user travels as a short-lived bearer token
// issued for that one call.
import { randomBytes } from "node:crypto";
import { fromJson, toJson, type DescMethod, type DescService, type JsonValue } from "@bufbuild/protobuf";
import { Code, ConnectError, createClient, type Transport } from "@connectrpc/connect";
import { codeToString } from "@connectrpc/connect/protocol-connect";
import type { HostApi, RunAs } from "../tasks/index.js";
import type { Caller } from "./caller.js";
import { reasonOf } from "./errors.js";

const TOKEN_PREFIX = "run.";

/** Bearer tokens that stand for a user during one in-process call. */
export interface RunTokens {
  /** The caller behind a token, or undefined when `bearer` is not a live run token. */
  resolve(bearer: string): Caller | undefined;
  issue(as: RunAs): string;
  revoke(token: string): void;
}

export function createRunTokens(): RunTokens {
  const live = new Map<string, Caller>();
  return {
    resolve: (bearer) => (bearer.startsWith(TOKEN_PREFIX) ? live.get(bearer) : undefined),
    issue(as) {
      // 256 random bits, like session ids; they exist only in memory and only during a call.
      const token = TOKEN_PREFIX + randomBytes(32).toString("base64url");
      live.set(token, { userId: as.userId, sessionId: as.sessionId });
      return token;
    },
    revoke: (token) => void live.delete(token),
  };
}

/** An error as scripts see it: `code` is the gRPC code's name (e.g. "permission_denied"). */
class RpcError extends Error {
  override name = "RpcError";
  constructor(
    message: string,
    readonly code: string,
    readonly reason?: string,
  ) {
    super(message);
  }
}

export function createInProcessApi({ transport, services, tokens }: { transport: Transport; services: readonly DescService[]; tokens: RunTokens }): HostApi {
  const find = (service: string, method: string): DescMethod => {
    const s = services.find((d) => d.typeName === service || d.name === service);
    if (!s) throw new RpcError(`the API has no service ${service}`, codeToString(Code.Unimplemented), "UNKNOWN_SERVICE");
    const m = s.methods.find((d) => d.localName === method || d.name === method);
    if (!m) throw new RpcError(`${s.name} has no method ${method}`, codeToString(Code.Unimplemented), "UNKNOWN_METHOD");
    if (m.methodKind !== "unary") {
      throw new RpcError(`${s.name}.${m.name} streams; scripts call unary methods only`, codeToString(Code.Unimplemented), "STREAMING_UNSUPPORTED");
    }
    return m;
  };

  return {
    async call(as, service, method, request) {
      const m = find(service, method);
      let input;
      try {
        input = fromJson(m.input, request as JsonValue);
      } catch (err) {
        throw new RpcError(`bad request for ${m.parent.name}.${m.name}: ${(err as Error).message}`, codeToString(Code.InvalidArgument), "BAD_REQUEST");
      }
      const client = createClient(m.parent, transport) as unknown as Record<string, (req: unknown, opts: unknown) => Promise<unknown>>;
      const token = tokens.issue(as);
      try {
        const output = await client[m.localName]!(input, { headers: { authorization: `Bearer ${token}` } });
        return toJson(m.output, output as never, { alwaysEmitImplicit: true });
      } catch (err) {
        const e = ConnectError.from(err);
        throw new RpcError(e.rawMessage, codeToString(e.code), reasonOf(e));
      } finally {
        tokens.revoke(token);
      }
    },
  };
}
