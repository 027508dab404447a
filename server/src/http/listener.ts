// The API server: one port serving Connect, gRPC and gRPC-web over HTTP/1.1 and HTTP/2 (TLS by
// ALPN, or cleartext by sniffing the HTTP/2 preface), plus the node's plain HTTP routes.
import { setMaxListeners } from "node:events";
import { readFile } from "node:fs/promises";
import * as http from "node:http";
import * as http2 from "node:http2";
import * as net from "node:net";
import type { AddressInfo } from "node:net";
import { Code, ConnectError, createContextValues, type ConnectRouter, type ConnectRouterOptions, type Interceptor } from "@connectrpc/connect";
import { connectNodeAdapter } from "@connectrpc/connect-node";
import type { Logger } from "pino";
import { ApiServerError } from "./errors.js";
import { sendText, type HttpRequest, type HttpResponse, type HttpRoute } from "./http-route.js";
import { sniffPreface } from "./preface-sniffer.js";
import { rawCallKey } from "./raw-call.js";

export const DEFAULT_READ_MAX_BYTES = 16 * 1024 * 1024;

export interface ApiServerInit {
  /** Interface to bind; default 127.0.0.1. */
  host?: string;
  /** 0 picks a free port; read it from `address` after start(). Default 0. */
  port?: number;
  /** Registers the RPC services, as for any Connect adapter. */
  routes: (router: ConnectRouter) => void;
  /** Applied to every RPC; the first is the outermost. */
  interceptors?: Interceptor[];
  /** Plain HTTP routes, asked in order when no RPC matches; unanswered requests get 404. */
  httpRoutes?: HttpRoute[];
  /** Largest accepted request message; bigger ones fail with RESOURCE_EXHAUSTED. Default 16 MiB. */
  readMaxBytes?: number;
  /** PEM files; when set the port speaks TLS only, with HTTP/2 or HTTP/1.1 chosen by ALPN. */
  tls?: { certFile: string; keyFile: string };
  /** How long stop() lets in-flight requests finish before cutting them off. Default 10 s. */
  shutdownTimeoutMs?: number;
  /** Other Connect router options (maxTimeoutMs, jsonOptions, acceptCompression, ...). */
  connect?: Partial<Omit<ConnectRouterOptions, "interceptors" | "readMaxBytes" | "shutdownSignal">>;
  logger: Logger;
}

export interface ApiServer {
  start(): Promise<void>;
  /** Stops accepting, drains in-flight requests up to shutdownTimeoutMs, then closes everything. Idempotent. */
  stop(): Promise<void>;
  /** The bound address; throws NOT_STARTED before start(). */
  readonly address: { host: string; port: number };
  /** Base URL for clients, e.g. http://127.0.0.1:8080; a wildcard host is given as loopback. */
  readonly url: string;
}

type Listener = net.Server | http2.Http2SecureServer;

const MiB = 1024 * 1024;
/**
 * HTTP/2 as a bulk receiver needs it. Node's default 64 KiB receive windows made a client wait
 * for a window update every 64 KiB: uploads ran at 100 MB/s where these settings reach 160-190
 * (bench/README.md). Frames of up to 1 MiB are allowed for clients that send them (Node's own
 * HTTP/2 client sends 16 KiB frames whatever is allowed). A
 * connection may then have up to 8 MiB in flight towards the node, which the session memory
 * limit (in MB) must allow. Windows of 8 MiB per stream and 16 per connection were no faster on
 * loopback and held ~10 MiB more of the node's memory during uploads (80 MB/s per stream at a
 * 50 ms round trip is what 4 MiB allows over a long link).
 */
const H2_OPTIONS: http2.ServerOptions = {
  settings: { initialWindowSize: 4 * MiB, maxFrameSize: MiB },
  maxSessionMemory: 64,
};
const SESSION_WINDOW = 8 * MiB;

/** The connection-level window has no setting of its own: it is widened per session. */
function widenSessionWindow(session: http2.Http2Session): void {
  const widen = () => session.setLocalWindowSize(SESSION_WINDOW);
  if (session.connecting) session.once("connect", widen);
  else widen();
}

export function createApiServer(init: ApiServerInit): ApiServer {
  const log = init.logger.child({ component: "api-server" });
  const shutdownTimeoutMs = init.shutdownTimeoutMs ?? 10_000;
  let state: "idle" | "running" | "stopping" | "stopped" = "idle";
  let listener: Listener | undefined;
  let h1Server: http.Server | undefined;
  let bound: { host: string; port: number } | undefined;
  let stopping: Promise<void> | undefined;
  // Aborting this aborts every handler's context signal: the last word to long streams.
  const shutdown = new AbortController();
  // Every request in flight listens on this signal; many at once is normal, not a leak.
  setMaxListeners(0, shutdown.signal);

  // Everything open, so stop() can drain and then cut: raw TCP sockets; HTTP/1 connections
  // with their count of in-flight requests (idle ones can be closed at once); HTTP/2 sessions.
  const rawSockets = new Set<net.Socket>();
  const h1Conns = new Map<net.Socket, number>();
  const sessions = new Set<http2.Http2Session>();
  // Cleartext sockets whose protocol is not known yet; nothing is in flight on them.
  const sniffing = new Set<net.Socket>();
  let onDrained: (() => void) | undefined;
  const checkDrained = () => {
    if (state === "stopping" && h1Conns.size === 0 && sessions.size === 0) onDrained?.();
  };

  // Each RPC's Node response, for handlers that move bulk bytes themselves (raw-call.ts).
  const responses = new WeakMap<HttpRequest, HttpResponse>();
  const readMaxBytes = init.readMaxBytes ?? DEFAULT_READ_MAX_BYTES;
  const rpc = connectNodeAdapter({
    ...init.connect,
    contextValues: (req) => {
      const response = responses.get(req);
      return createContextValues().set(rawCallKey, response && { request: req, response, readMaxBytes });
    },
    routes: init.routes,
    interceptors: init.interceptors ?? [],
    readMaxBytes,
    shutdownSignal: shutdown.signal,
    // connect-node narrows the response's write() signature; it is the same object.
    fallback: (req, res) => void serveHttpRoutes(req, res as unknown as HttpResponse),
  });

  async function serveHttpRoutes(req: HttpRequest, res: HttpResponse): Promise<void> {
    try {
      for (const route of init.httpRoutes ?? []) if (await route(req, res)) return;
      sendText(req, res, 404, "not found\n");
    } catch (err) {
      log.error({ err, url: req.url }, "http route failed");
      if (!res.headersSent) sendText(req, res, 500, "internal error\n");
      else res.destroy();
    }
  }

  function onRequest(req: HttpRequest, res: HttpResponse): void {
    if (req.httpVersionMajor === 1) trackHttp1Request(req as http.IncomingMessage, res as http.ServerResponse);
    responses.set(req, res);
    rpc(req, res);
  }

  function trackHttp1Request(req: http.IncomingMessage, res: http.ServerResponse): void {
    const conn = req.socket;
    if (!h1Conns.has(conn)) {
      if (conn.destroyed) return; // its 'close' already fired; tracking it would stall drains
      addH1Conn(conn);
    }
    h1Conns.set(conn, h1Conns.get(conn)! + 1);
    // While draining, tell the client not to reuse the connection.
    if (state === "stopping") res.setHeader("connection", "close");
    res.once("close", () => {
      const left = (h1Conns.get(conn) ?? 1) - 1;
      if (h1Conns.has(conn)) h1Conns.set(conn, left);
      if (state === "stopping" && left === 0) conn.end();
    });
  }

  function addH1Conn(conn: net.Socket): void {
    h1Conns.set(conn, 0);
    conn.once("close", () => {
      h1Conns.delete(conn);
      checkDrained();
    });
  }

  function addSession(session: http2.Http2Session): void {
    sessions.add(session);
    widenSessionWindow(session);
    session.once("close", () => {
      sessions.delete(session);
      checkDrained();
    });
    if (state === "stopping") session.close();
  }

  function trackRawSocket(socket: net.Socket): void {
    rawSockets.add(socket);
    socket.once("close", () => rawSockets.delete(socket));
    // Resets and the like are routine; the owning server reports what matters.
    socket.on("error", (err) => log.debug({ err }, "socket error"));
  }

  async function createListener(): Promise<Listener> {
    if (init.tls) {
      let cert: Buffer, key: Buffer;
      try {
        [cert, key] = await Promise.all([readFile(init.tls.certFile), readFile(init.tls.keyFile)]);
      } catch (cause) {
        throw new ApiServerError("TLS_CONFIG_INVALID", `cannot read TLS certificate or key: ${String(cause)}`, { cause });
      }
      const server = http2.createSecureServer({ ...H2_OPTIONS, cert, key, allowHTTP1: true, noDelay: true }, onRequest);
      server.on("connection", trackRawSocket);
      server.on("secureConnection", (s) => {
        if (s.alpnProtocol !== "h2") addH1Conn(s);
      });
      server.on("session", addSession);
      server.on("sessionError", (err) => log.debug({ err }, "http2 session error"));
      return server;
    }
    const h1 = (h1Server = http.createServer(onRequest));
    // http.Server arms its headers/request timeouts (slowloris protection) on 'listening',
    // which it never sees since the net.Server listens for it.
    h1.emit("listening");
    const h2 = http2.createServer(H2_OPTIONS, onRequest);
    h2.on("session", addSession);
    h2.on("sessionError", (err) => log.debug({ err }, "http2 session error"));
    return net.createServer({ noDelay: true }, (socket) => {
      trackRawSocket(socket);
      if (state !== "running") return void socket.destroy();
      sniffing.add(socket);
      socket.once("close", () => sniffing.delete(socket));
      sniffPreface(socket, {
        http1: (s) => {
          sniffing.delete(s);
          if (state !== "running") return void s.destroy();
          addH1Conn(s);
          h1.emit("connection", s);
          // The HTTP/1 server never resumes a paused socket; HTTP/2 drains the pushed-back
          // bytes itself and must not be resumed (JS-level reads would steal frames).
          s.resume();
        },
        http2: (s) => {
          sniffing.delete(s);
          if (state !== "running") return void s.destroy();
          h2.emit("connection", s);
        },
        failed: (_s, reason) => log.debug({ reason }, "connection closed before its protocol was known"),
      });
    });
  }

  return {
    async start() {
      if (state !== "idle") throw new ApiServerError("ALREADY_STARTED", `api server is ${state}`);
      state = "running";
      try {
        const l = (listener = await createListener());
        await new Promise<void>((resolve, reject) => {
          l.once("error", reject);
          l.listen(init.port ?? 0, init.host ?? "127.0.0.1", () => {
            l.off("error", reject);
            resolve();
          });
        });
        l.on("error", (err) => log.error({ err }, "listener error"));
      } catch (err) {
        state = "stopped";
        if (err instanceof ApiServerError) throw err;
        throw new ApiServerError("LISTEN_FAILED", `cannot listen on ${init.host ?? "127.0.0.1"}:${init.port ?? 0}: ${String(err)}`, { cause: err });
      }
      const a = listener.address() as AddressInfo;
      bound = { host: a.address, port: a.port };
      log.info({ url: this.url, tls: Boolean(init.tls) }, "api server listening");
    },

    stop() {
      if (state === "idle") state = "stopped";
      if (state === "stopped") return stopping ?? Promise.resolve();
      return (stopping ??= drainAndClose());
    },

    get address() {
      if (!bound) throw new ApiServerError("NOT_STARTED", "api server has not started");
      return bound;
    },

    get url() {
      const { host, port } = this.address;
      const h = host === "0.0.0.0" ? "127.0.0.1" : host === "::" ? "::1" : host;
      return `${init.tls ? "https" : "http"}://${h.includes(":") ? `[${h}]` : h}:${port}`;
    },
  };

  async function drainAndClose(): Promise<void> {
    state = "stopping";
    const l = listener!;
    const closed = new Promise<void>((resolve) => l.close(() => resolve()));
    // Disarms the timeout checker armed in createListener; it never listened, so no callback.
    h1Server?.close();
    const drained = new Promise<void>((resolve) => (onDrained = resolve));
    // Close what is idle now; busy connections close as their last request ends.
    for (const s of sessions) s.close();
    for (const [conn, busy] of h1Conns) if (busy === 0) conn.end();
    for (const s of sniffing) s.destroy();
    checkDrained();

    if (!(await settlesWithin(drained, shutdownTimeoutMs))) {
      log.warn({ sessions: sessions.size, http1: h1Conns.size }, "shutdown timeout: cancelling in-flight requests");
      shutdown.abort(new ConnectError("server is shutting down", Code.Unavailable));
      // Handlers that honour their signal end their streams cleanly; give them a moment.
      await settlesWithin(drained, 200);
    }
    for (const s of sessions) s.destroy();
    for (const c of h1Conns.keys()) c.destroy();
    for (const s of rawSockets) s.destroy();
    await closed;
    state = "stopped";
    log.info("api server stopped");
  }
}

function settlesWithin(p: Promise<void>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout;
  const timeout = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
  return Promise.race([p.then(() => true), timeout]).finally(() => clearTimeout(timer));
}
