// What a command gets to work with: the process's streams and environment (injected, so tests
// run the CLI in memory), the global options, output, the session store and node clients.
import { homedir } from "node:os";
import { join } from "node:path";
import type { Command } from "commander";
import { createAuthInterceptor, createClients, createHttpTransport, normalizeNodeUrl, DEFAULT_NODE_URL,
  type Clients, type TransportFactory } from "./client.js";
import { createOutput, type Output, type Writable } from "./output.js";
import { createSessionStore, type SessionStore } from "./session-store.js";

export interface CliIo {
  stdin: AsyncIterable<Buffer | string>;
  stdout: Writable;
  stderr: Writable;
  env: Record<string, string | undefined>;
  cwd: string;
  createTransport?: TransportFactory;
  /** Resolves when the process is asked to stop (SIGINT/SIGTERM); `serve` waits on it. */
  stopSignal?: () => Promise<string>;
  /** The Node.js flags the process started with (`serve` checks for the memory flag). */
  execArgv?: readonly string[];
}

export interface GlobalOptions {
  node: string;
  json: boolean;
}

export interface CommandContext {
  io: CliIo;
  out: Output;
  /** The normalized --node URL. */
  nodeUrl: string;
  sessions: SessionStore;
  /** The session to send: LEITHER_SESSION, else the one stored for this node. */
  session(): string | undefined;
  clients(): Clients;
  /** Clients that send no session, for calls such as Login that must not depend on an old one. */
  anonymousClients(): Clients;
  /** Sets the exit code without printing an error (for "ran fine, answer is no"). */
  setExitCode(code: number): void;
}

export interface CliState {
  exitCode: number;
}

export function cliHome(env: Record<string, string | undefined>): string {
  return env.LEITHER_CLI_HOME || join(homedir(), ".leither-cli");
}

export function createCommandContext(io: CliIo, state: CliState, command: Command): CommandContext {
  const globals = command.optsWithGlobals<Partial<GlobalOptions>>();
  const nodeUrl = normalizeNodeUrl(globals.node ?? io.env.LEITHER_NODE ?? DEFAULT_NODE_URL);
  const sessions = createSessionStore(cliHome(io.env));
  const session = () => io.env.LEITHER_SESSION || sessions.get(nodeUrl)?.sessionId;
  const factory = io.createTransport ?? createHttpTransport;
  let clients: Clients | undefined;
  let anonymous: Clients | undefined;
  return {
    io,
    out: createOutput({ json: globals.json === true, stdout: io.stdout, stderr: io.stderr }),
    nodeUrl,
    sessions,
    session,
    clients() {
      clients ??= createClients(factory(nodeUrl, [createAuthInterceptor(session)]));
      return clients;
    },
    anonymousClients() {
      anonymous ??= createClients(factory(nodeUrl, []));
      return anonymous;
    },
    setExitCode(code) {
      state.exitCode = code;
    },
  };
}

/** Reads all of stdin and drops one trailing newline, as `echo pw | leither ...` adds one. */
export async function readSecret(io: CliIo): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of io.stdin) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString("utf8").replace(/\r?\n$/, "");
}
