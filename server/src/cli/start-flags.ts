// The Node.js flags a node is started with. Free of side effects (unlike v8-tuning.ts), so that
// the tests and benchmarks that start nodes can pass the same flags.
/**
 * The young generation's size is fixed when V8 starts, so this one is a command-line flag: the
 * executable's first line (`#!/usr/bin/env -S node ...`) and `npm start` pass it. Semi-spaces
 * of 2 MiB instead of V8's 16 halved the node's heap at rest (52 to 26 MiB) and took ~20 MiB
 * off its peak RSS during uploads in the files bench, at no cost in speed (bench/README.md).
 */
export const YOUNG_GENERATION_FLAG = "--max-semi-space-size=2";

/** Whether this process was started with YOUNG_GENERATION_FLAG (or its own choice of it). */
export function youngGenerationSet(execArgv: readonly string[], nodeOptions: string | undefined): boolean {
  const given = (arg: string) => arg.startsWith("--max-semi-space-size");
  return execArgv.some(given) || (nodeOptions ?? "").split(/\s+/).some(given);
}
