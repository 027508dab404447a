#!/usr/bin/env -S node --max-semi-space-size=2
// The `leither` executable: runs the command tree against the real process. Its first line
// gives Node the flag that V8 only takes at start-up (YOUNG_GENERATION_FLAG in start-flags.ts).
import "./v8-tuning.js";
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

// A reader that went away (`leither fs ls | head`) is not an error of the command: what it
// no longer reads is dropped instead of crashing the process with EPIPE.
for (const stream of [process.stdout, process.stderr]) stream.on("error", () => {});

const code = await runCli(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
  stopSignal,
  execArgv: process.execArgv,
});
// Exit once what was printed is handed to the OS, and no later: a keep-alive socket or a timer
// left by a library must not hold a script up. Writes to a pipe whose buffer is full are queued
// (not synchronous), so exiting at once would cut long output.
const flushed = (stream: NodeJS.WriteStream) => new Promise<void>((resolve) => stream.write("", () => resolve()));
await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
process.exit(code);
