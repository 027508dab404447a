// Imported first by the `leither` executable, before anything allocates much.
//
// V8 "pretenures" the objects of an allocation site whose objects tended to survive
// young-generation collections: it allocates them in the old generation from then on, where
// only full collections free them. Connect allocates each streamed message's bytes (1 MiB for
// a Download or Upload chunk) at two sites of its own, and a few of those buffers in flight at
// a collection can get every later one pretenured; V8 then runs a full collection for each
// ~64 MiB streamed. In 1 GiB bench runs the gRPC download phase had 33 and 78 full
// collections without this flag (the node's CPU per MiB tripled) and none in three runs with
// it. Set here rather than as a command-line flag so that every way of starting the node (npm
// start, the bin, a service manager) gets it.
import { setFlagsFromString } from "node:v8";

setFlagsFromString("--no-allocation-site-pretenuring");

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
