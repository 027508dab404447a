// A real `leither serve` process for end-to-end tests: started on a free port, its URL read from
// the node's own "listening on" log line, stopped gracefully, killed with SIGKILL, or restarted
// on the same home (and the same port, so clients keep their URL).
// Needs `npm run build` first (the root `npm test` does it).
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { YOUNG_GENERATION_FLAG } from "../../../server/src/cli/start-flags.js";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
export const CLI_MAIN = join(ROOT, "server/dist/cli/main.js");

/** The Node.js flags the executable's first line passes: nodes run as `leither serve` runs. */
export const CLI_NODE_FLAGS = [YOUNG_GENERATION_FLAG];

export interface NodeProcess {
  /** The API's base URL, e.g. http://127.0.0.1:43765 (unchanged by restart). */
  readonly url: string;
  /** The node's Leither ID as its start-up line reported it. */
  readonly nodeId: string;
  /** The OS process id of the current process. */
  readonly pid: number;
  /** Everything the current process wrote to stdout and stderr. */
  log(): string;
  /** SIGTERM and wait for the exit (SIGKILL after 10 s); resolves to the exit code. */
  stop(): Promise<number | null>;
  /** SIGKILL, as a crash or power cut of the process would; resolves once it is gone. */
  kill9(): Promise<void>;
  /** Starts a new process on the same home and port (the old one must be gone). */
  restart(): Promise<void>;
}

export interface StartNodeProcessOptions {
  home: string;
  /** "127.0.0.1:0" by default: the OS picks a free port, the log line tells which. */
  listen?: string;
  /**
   * The node reports its URL at info level, so anything above info would hide it; levels
   * above info are refused here rather than leaving the test waiting for a line that never comes.
   */
  logLevel?: "info" | "debug" | "trace";
  /** Extra environment variables (LEITHER_*), e.g. LEITHER_MAX_MESSAGE_BYTES. */
  env?: Record<string, string>;
  /** How long to wait for the "listening on" line. */
  startTimeoutMs?: number;
}

const LISTENING = /listening on (https?:\/\/\S+)/;

interface Spawned {
  child: ChildProcess;
  url: string;
  nodeId: string;
  exited: Promise<number | null>;
  output: { text: string };
}

/** Spawns `leither serve` and resolves once it reports its URL; rejects with its output if it exits first. */
export function spawnNode(options: StartNodeProcessOptions): Promise<Spawned> {
  if (!existsSync(CLI_MAIN)) throw new Error(`${CLI_MAIN} is missing; run \`npm run build\` first`);
  const env: NodeJS.ProcessEnv = { ...process.env, ...options.env };
  for (const k of Object.keys(env)) if (k.startsWith("LEITHER_") && !(options.env && k in options.env)) delete env[k];
  const args = [...CLI_NODE_FLAGS, CLI_MAIN, "serve", "--home", options.home, "--listen", options.listen ?? "127.0.0.1:0", "--log-level", options.logLevel ?? "info"];
  const child = spawn(process.execPath, args, { env, stdio: ["ignore", "pipe", "pipe"] });
  const output = { text: "" };
  const exited = new Promise<number | null>((ok) => child.once("exit", (code, signal) => ok(code ?? (signal ? -1 : null))));
  return new Promise((ok, fail) => {
    let lineBuffer = "";
    let done = false;
    const timer = setTimeout(() => {
      if (done) return;
      done = true;
      child.kill("SIGKILL");
      fail(new Error(`leither serve did not report its URL within ${options.startTimeoutMs ?? 20_000} ms:\n${output.text}`));
    }, options.startTimeoutMs ?? 20_000);
    child.stdout!.on("data", (d: Buffer) => {
      output.text += d;
      if (done) return;
      lineBuffer += d;
      const lines = lineBuffer.split("\n");
      lineBuffer = lines.pop()!;
      for (const line of lines) {
        let entry: { msg?: string; url?: string; nodeId?: string };
        try {
          entry = JSON.parse(line);
        } catch {
          continue;
        }
        const m = LISTENING.exec(entry.msg ?? "");
        if (m && entry.nodeId) {
          done = true;
          clearTimeout(timer);
          ok({ child, url: m[1]!, nodeId: entry.nodeId, exited, output });
          return;
        }
      }
    });
    child.stderr!.on("data", (d: Buffer) => (output.text += d));
    void exited.then((code) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      fail(new Error(`leither serve exited (code ${code}) before listening:\n${output.text}`));
    });
  });
}

export async function startNodeProcess(options: StartNodeProcessOptions): Promise<NodeProcess> {
  let current = await spawnNode(options);
  // A restart binds the port the first start got, so URLs held by clients stay valid.
  const listen = new URL(current.url).host;

  const gone = async () => {
    await current.exited;
  };

  return {
    get url() {
      return current.url;
    },
    get nodeId() {
      return current.nodeId;
    },
    get pid() {
      return current.child.pid!;
    },
    log: () => current.output.text,
    async stop() {
      if (current.child.exitCode !== null || current.child.signalCode !== null) return current.exited;
      current.child.kill("SIGTERM");
      const timer = setTimeout(() => current.child.kill("SIGKILL"), 10_000);
      const code = await current.exited;
      clearTimeout(timer);
      return code;
    },
    async kill9() {
      current.child.kill("SIGKILL");
      await gone();
    },
    async restart() {
      if (current.child.exitCode === null && current.child.signalCode === null) {
        throw new Error("restart() needs the previous process gone: call stop() or kill9() first");
      }
      current = await spawnNode({ ...options, listen });
    },
  };
}
