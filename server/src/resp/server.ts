// The RESP endpoint: a TCP server speaking the Redis protocol (RESP2) over database MiMei, so
// redis-cli, redis-benchmark and Redis client libraries work against a Leither node.
import * as net from "node:net";
import type { Logger } from "pino";
import type { DbEngine } from "../db/index.js";
import { LeitherError } from "../errors.js";
import { createConnection, type ConnectionDeps, type RespAuthenticator, type RespDatabases } from "./connection.js";
import { createRespWriter } from "./encoder.js";
import { createRespParser, RespProtocolError, type RespParserLimits } from "./parser.js";

export interface RespServerInit {
  /** Interface to bind; default 127.0.0.1. */
  host?: string;
  /** 0 picks a free port; read it from `address` after start(). */
  port?: number;
  /** The engine; each round of commands runs in one `engine.group` (group commit). */
  engine: ConnectionDeps["engine"] & Pick<DbEngine, "group">;
  auth: RespAuthenticator;
  databases: RespDatabases;
  /** Largest bulk string accepted: the node's value size limit. */
  maxValueBytes: number;
  /** Most arguments per command; default 100 001 (a reply or batch holds at most 100 000 items). */
  maxArgs?: number;
  /** Connections beyond this are refused with an error reply; default 10 000. */
  maxConnections?: number;
  /** The node's software version, for INFO. */
  version: string;
  logger: Logger;
}

export interface RespServer {
  start(): Promise<void>;
  /** Stops accepting and closes every connection (a pending WATCH is rolled back). Idempotent. */
  stop(): Promise<void>;
  readonly address: { host: string; port: number };
  /** redis://host:port */
  readonly url: string;
}

/** Before AUTH a client may send only small commands, as Redis limits unauthenticated clients. */
const UNAUTHENTICATED_LIMITS: RespParserLimits = { maxBulkBytes: 16 * 1024, maxArgs: 10 };
/** A connection's round ends once this many reply bytes are pending, or after ROUND_COMMANDS. */
const FLUSH_BYTES = 256 * 1024;
const ROUND_COMMANDS = 1024;

/** One connection's part in a group-commit round. */
interface ConnectionRound {
  /** Runs arrived commands; true when more are left for another round. */
  process(): boolean;
  /** Sends the round's replies. */
  afterRound(): void;
  /** The round's commit failed: drop the replies and the connection. */
  fail(): void;
}

export function createRespServer(init: RespServerInit): RespServer {
  const log = init.logger.child({ component: "resp-server" });
  const limits: RespParserLimits = { maxBulkBytes: init.maxValueBytes, maxArgs: init.maxArgs ?? 100_001 };
  const maxConnections = init.maxConnections ?? 10_000;
  const sockets = new Set<net.Socket>();
  const startedAt = Date.now();
  let nextId = 1;
  let bound: { host: string; port: number } | undefined;
  let stopping: Promise<void> | undefined;

  function info(section: string | undefined): string {
    const sections: Record<string, string[]> = {
      server: [
        "redis_version:7.0.0",
        `leither_version:${init.version}`,
        "redis_mode:standalone",
        `process_id:${process.pid}`,
        `tcp_port:${bound?.port ?? 0}`,
        `uptime_in_seconds:${Math.floor((Date.now() - startedAt) / 1000)}`,
      ],
      clients: [`connected_clients:${sockets.size}`],
      persistence: ["loading:0", "storage:sqlite-wal"],
    };
    const wanted = section === undefined || section === "all" || section === "default" || section === "everything" ? Object.keys(sections) : [section];
    return wanted
      .filter((s) => sections[s])
      .map((s) => `# ${s[0]!.toUpperCase()}${s.slice(1)}\r\n${sections[s]!.join("\r\n")}\r\n`)
      .join("\r\n");
  }

  function serve(socket: net.Socket): void {
    if (sockets.size >= maxConnections || stopping) {
      socket.end("-ERR max number of clients reached\r\n");
      return;
    }
    sockets.add(socket);
    socket.setNoDelay(true);
    const id = nextId++;
    const parser = createRespParser(UNAUTHENTICATED_LIMITS);
    const out = createRespWriter();
    const conn = createConnection({
      engine: init.engine,
      auth: init.auth,
      databases: init.databases,
      id,
      info,
      onInternalError: (err, command) => log.error({ err, command, client: id }, "RESP command failed"),
    });
    let authenticated = false;
    let busy = false;
    let ended = false;

    function flush(): void {
      if (out.length === 0 || socket.destroyed) return;
      if (!socket.write(out.take()) && !busy) {
        // The client reads slower than it sends: stop parsing its commands until it catches up.
        busy = true;
        socket.pause();
        socket.once("drain", () => {
          busy = false;
          socket.resume();
          schedule(state);
        });
      }
    }

    function finish(): void {
      ended = true;
      closeAfterFlush = true;
    }

    function syncLimits(): void {
      if (conn.authenticated !== authenticated) {
        authenticated = conn.authenticated;
        parser.setLimits(authenticated ? limits : UNAUTHENTICATED_LIMITS);
      }
    }

    /**
     * Runs the commands that have arrived, up to a round's worth; replies stay in `out` until
     * the round's group commit is done. Returns true when commands are left for another round.
     */
    function process(): boolean {
      if (busy || ended) return false;
      try {
        for (let n = 0; n < ROUND_COMMANDS; n++) {
          const cmd = parser.next();
          if (!cmd) return false;
          const pending = conn.execute(cmd, out);
          syncLimits();
          if (pending) {
            // A password AUTH: stop reading until it is done, then carry on in a later round.
            busy = true;
            socket.pause();
            void pending.then(() => {
              busy = false;
              syncLimits();
              if (conn.closing) {
                finish();
              } else {
                socket.resume();
              }
              schedule(state);
            });
            return false;
          }
          if (conn.closing) {
            finish();
            return false;
          }
          if (out.length >= FLUSH_BYTES) return true;
        }
        return true;
      } catch (err) {
        if (err instanceof RespProtocolError) {
          out.error(`ERR Protocol error: ${err.message}`);
          log.debug({ client: id, err: err.message }, "RESP protocol error; closing");
        } else {
          log.error({ err, client: id }, "RESP connection failed");
          out.error(err instanceof LeitherError ? `ERR ${err.message}` : "ERR internal error");
        }
        finish();
        return false;
      }
    }

    /** After the round's commit: send the replies, close if asked to. */
    function afterRound(): void {
      flush();
      if (closeAfterFlush && !socket.destroyed) socket.end();
    }

    let closeAfterFlush = false;
    const state: ConnectionRound = {
      process,
      afterRound,
      fail() {
        out.take();
        socket.destroy();
      },
    };

    socket.on("data", (chunk: Buffer) => {
      if (ended) return;
      parser.push(chunk);
      schedule(state);
    });
    socket.on("error", (err) => log.debug({ client: id, err: err.message }, "RESP socket error"));
    socket.on("close", () => {
      sockets.delete(socket);
      conn.close();
    });
  }

  // Group commit: the commands that arrive in one turn of the event loop, from every connection,
  // run inside one storage transaction, and their replies go out only after it committed. Each
  // command stays atomic on its own (the engine's transactions nest as savepoints), but the
  // WAL is written once per round instead of once per command.
  const ready = new Set<ConnectionRound>();
  let scheduled = false;
  function schedule(c: ConnectionRound): void {
    ready.add(c);
    if (!scheduled) {
      scheduled = true;
      setImmediate(runRound);
    }
  }
  function runRound(): void {
    scheduled = false;
    const round = [...ready];
    ready.clear();
    const again: ConnectionRound[] = [];
    const runAll = () => {
      for (const c of round) if (c.process()) again.push(c);
    };
    try {
      init.engine.group(runAll);
    } catch (err) {
      // Only a failed commit gets here; nothing of the round was applied, and its replies (which
      // claimed success) must not be sent.
      log.error({ err }, "RESP group commit failed; closing the round's connections");
      for (const c of round) c.fail();
      return;
    }
    for (const c of round) c.afterRound();
    for (const c of again) schedule(c);
  }

  const server = net.createServer(serve);

  return {
    async start() {
      if (bound) return;
      await new Promise<void>((resolve, reject) => {
        server.once("error", reject);
        server.listen(init.port ?? 0, init.host ?? "127.0.0.1", () => {
          server.off("error", reject);
          resolve();
        });
      });
      const a = server.address() as net.AddressInfo;
      bound = { host: a.address, port: a.port };
    },
    stop() {
      stopping ??= new Promise<void>((resolve) => {
        if (!server.listening) return resolve();
        server.close(() => resolve());
        for (const s of sockets) s.destroy();
      });
      return stopping;
    },
    get address() {
      if (!bound) throw new Error("the RESP server is not started");
      return bound;
    },
    get url() {
      const { host, port } = this.address;
      const shown = host === "0.0.0.0" ? "127.0.0.1" : host === "::" ? "::1" : host;
      return `redis://${shown.includes(":") ? `[${shown}]` : shown}:${port}`;
    },
  };
}
