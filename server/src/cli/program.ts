// The `leither` command tree: global options, the command groups, and the run function that
// maps every outcome to an exit code. main.ts only wires it to the real process.
import { createRequire } from "node:module";
import { Command } from "commander";
import { registerAppCommands } from "./app.js";
import { DEFAULT_NODE_URL } from "./client.js";
import { createCommandContext, type CliIo, type CliState, type CommandContext } from "./context.js";
import { reportError } from "./errors.js";
import { registerFsCommands } from "./fs.js";
import { registerIdCommand } from "./id.js";
import { registerMmCommands } from "./mm.js";
import { registerPassCommands } from "./pass.js";
import { registerServeCommand } from "./serve.js";
import { registerTaskCommands } from "./task.js";
import { registerSessionCommands } from "./session.js";
import { registerUserCommands } from "./user.js";

/** What a command group registers itself with. */
export interface CliApp {
  io: CliIo;
  /** The context of the command being run; call it inside an action. */
  context(command: Command): CommandContext;
}

function packageVersion(): string {
  try {
    // src/cli and dist/cli both sit two levels below the package root.
    const pkg = createRequire(import.meta.url)("../../package.json") as { version?: string };
    return pkg.version ?? "unknown";
  } catch {
    return "unknown";
  }
}

export function createProgram(io: CliIo, state: CliState = { exitCode: 0 }): Command {
  const program = new Command("leither")
    .description("Run a Leither node and work with one over its API.")
    .version(packageVersion(), "-V, --version")
    .option("--node <url>", `the node to talk to (env LEITHER_NODE, default ${DEFAULT_NODE_URL})`)
    .option("--json", "print one JSON object on stdout instead of text")
    // Set before any subcommand is added: commander copies these settings into each child.
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: (s, write) => write(`leither: usage: ${s.replace(/^error: /, "")}`),
    })
    .showHelpAfterError("(run with --help for usage)")
    .allowExcessArguments(false);

  // Ids shielded from option parsing (shieldId) reach the actions as they were typed.
  program.hook("preAction", (_root, action) => {
    const args = (action as unknown as { processedArgs: unknown[] }).processedArgs;
    for (let i = 0; i < args.length; i++) args[i] = unshield(args[i]);
    for (let c: Command | null = action; c; c = c.parent) {
      for (const [key, value] of Object.entries(c.opts())) if (value !== unshield(value)) c.setOptionValue(key, unshield(value));
    }
  });

  const app: CliApp = { io, context: (command) => createCommandContext(io, state, command) };
  registerServeCommand(program, app);
  registerIdCommand(program, app);
  registerUserCommands(program, app);
  registerSessionCommands(program, app);
  registerPassCommands(program, app);
  registerMmCommands(program, app);
  registerTaskCommands(program, app);
  registerFsCommands(program, app);
  registerAppCommands(program, app);
  return program;
}

/**
 * Ids are random base64url: a Leither or MiMei id is 27 characters, a script's or task's 22. One
 * in 64 begins with '-' and would be read as a cluster of short options (or not taken as an
 * option's value). No option cluster is that long: such an argument is marked here and unmarked
 * before the action runs.
 */
const ID_MARK = "\u0000";
/** An id, alone or with a version ("ID:3", as --from takes it). */
const LOOKS_LIKE_ID = /^-(?:[A-Za-z0-9_-]{21}|[A-Za-z0-9_-]{26})(:[A-Za-z0-9]+)?$/;
const shieldId = (arg: string): string => (LOOKS_LIKE_ID.test(arg) ? ID_MARK + arg : arg);
function unshield(value: unknown): unknown {
  if (typeof value === "string") return value.startsWith(ID_MARK) ? value.slice(ID_MARK.length) : value;
  if (Array.isArray(value)) return value.map(unshield);
  // Option parsers may have built an object from a marked id (e.g. --from ID[:VER]).
  if (value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    const entries = Object.entries(value);
    return entries.some(([, v]) => unshield(v) !== v) ? Object.fromEntries(entries.map(([k, v]) => [k, unshield(v)])) : value;
  }
  return value;
}

/** Runs the CLI on `args` (without "node" and the script path) and returns the exit code. */
export async function runCli(args: readonly string[], io: CliIo): Promise<number> {
  const state: CliState = { exitCode: 0 };
  try {
    await createProgram(io, state).parseAsync(args.map(shieldId), { from: "user" });
    return state.exitCode;
  } catch (err) {
    const { line, exitCode } = reportError(err, Boolean(io.env.LEITHER_DEBUG));
    if (line) io.stderr.write(line);
    return exitCode;
  }
}
