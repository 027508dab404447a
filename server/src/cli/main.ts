#!/usr/bin/env node
// The `leither` executable: runs the command tree against the real process.
import { runCli } from "./program.js";

const stopSignal = () =>
  new Promise<string>((resolve) => {
    const onSignal = (signal: NodeJS.Signals) => {
      process.off("SIGINT", onSignal);
      process.off("SIGTERM", onSignal);
      // A second signal while stopping means the user has given up waiting for a clean stop.
      process.once("SIGINT", () => process.exit(130));
      process.once("SIGTERM", () => process.exit(143));
      resolve(signal);
    };
    process.on("SIGINT", onSignal);
    process.on("SIGTERM", onSignal);
  });

const code = await runCli(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
  stopSignal,
});
// Exit at once: a keep-alive socket or a timer left by a library must not hold a script up.
// Writes to pipes and files are synchronous on POSIX, so nothing printed is lost.
process.exit(code);
