// `leither serve`: resolves the node configuration and runs the node until SIGINT or SIGTERM.
import type { Command } from "commander";
import { resolveConfig } from "../config/index.js";
import type { CliApp } from "./program.js";
import { YOUNG_GENERATION_FLAG, youngGenerationSet } from "./start-flags.js";

interface ServeOptions {
  home?: string;
  listen?: string;
  tlsCert?: string;
  tlsKey?: string;
  logLevel?: string;
  resp?: string;
}

export function registerServeCommand(program: Command, app: CliApp): void {
  program
    .command("serve")
    .description("run a node (settings: flags, then LEITHER_* variables, then <home>/config.json)")
    .option("--home <dir>", "data directory (env LEITHER_HOME, default ./.leither)")
    .option("--listen <host:port>", "API address (env LEITHER_LISTEN, default 127.0.0.1:4800)")
    .option("--tls-cert <file>", "PEM certificate; serve HTTPS (env LEITHER_TLS_CERT)")
    .option("--tls-key <file>", "PEM private key of the certificate (env LEITHER_TLS_KEY)")
    .option("--log-level <level>", "fatal, error, warn, info, debug, trace or silent (env LEITHER_LOG_LEVEL)")
    .option("--resp <host:port>", "also serve the Redis protocol (RESP2) on this address (env LEITHER_RESP)")
    .action(async (opts: ServeOptions) => {
      const { io } = app;
      const config = resolveConfig({ flags: opts, env: io.env, cwd: io.cwd });
      if (io.execArgv && !youngGenerationSet(io.execArgv, io.env.NODE_OPTIONS)) {
        io.stderr.write(`leither: started without node ${YOUNG_GENERATION_FLAG} (the leither executable and npm start pass it): long transfers will hold more memory\n`);
      }
      // Listen before starting, so a signal during start-up still stops the node cleanly.
      const stopRequested = io.stopSignal?.() ?? new Promise<string>(() => {});
      // Loaded on demand: only `serve` needs the node (SQLite, networking), and the client
      // commands should start fast without loading it.
      const { startNode } = await import("../node.js");
      const node = await startNode(config);
      // The node logs its id and URL itself; this process only has to stay up until told to stop.
      await stopRequested;
      await node.stop();
    });
}
