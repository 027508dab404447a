// How the CLI fails: one error class for its own problems, and one function that turns anything
// thrown into the `leither: <code>: <message>` line and exit code that scripts rely on.
import { CommanderError } from "commander";
import { Code, ConnectError } from "@connectrpc/connect";
import { codeToString } from "@connectrpc/connect/protocol-connect";
import { ErrorDetailSchema } from "@leither/api/leither/v1/common_pb";
import { ConfigError } from "../config/index.js";
import { LeitherError } from "../errors.js";

/** Exit codes: 1 for failures at the node or with local files, 2 for wrong usage. */
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

/** A problem the CLI itself found; `code` is a short snake_case name shown to the user. */
export class CliError extends Error {
  override name = "CliError";
  constructor(
    readonly code: string,
    message: string,
    readonly exitCode: number = EXIT_FAILURE,
  ) {
    super(message);
  }
}

export const usageError = (message: string) => new CliError("usage", message, EXIT_USAGE);

export interface ErrorReport {
  /** The line for stderr, newline included. */
  line: string;
  exitCode: number;
}

/** Turns a thrown value into the line for stderr and the exit code. */
export function reportError(err: unknown, debug = false): ErrorReport {
  if (err instanceof CommanderError) {
    // Commander has already printed its message (through outputError); only the code is left.
    return { line: "", exitCode: err.exitCode === 0 ? 0 : EXIT_USAGE };
  }
  if (err instanceof ConnectError) {
    const reason = err.findDetails(ErrorDetailSchema)[0]?.reason;
    let message = err.rawMessage || Code[err.code];
    if (reason) message += ` (${reason})`;
    return { line: `leither: ${codeToString(err.code)}: ${message}\n`, exitCode: EXIT_FAILURE };
  }
  if (err instanceof CliError) return { line: `leither: ${err.code}: ${err.message}\n`, exitCode: err.exitCode };
  // Local domain code (e.g. reading the node key) fails the same way the node's services do.
  if (err instanceof LeitherError) return { line: `leither: ${err.kind}: ${err.message} (${err.reason})\n`, exitCode: EXIT_FAILURE };
  if (err instanceof ConfigError) return { line: `leither: config: ${err.message}\n`, exitCode: EXIT_USAGE };
  // Anything else is a bug or an environment failure; the stack only helps whoever debugs it.
  const detail = err instanceof Error ? (debug && err.stack ? err.stack : err.message) : String(err);
  return { line: `leither: internal: ${detail}\n`, exitCode: EXIT_FAILURE };
}
