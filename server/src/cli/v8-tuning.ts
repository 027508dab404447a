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
// start, the bin, a service manager) gets it. The flag V8 takes only at start-up is in
// start-flags.ts.
import { setFlagsFromString } from "node:v8";

setFlagsFromString("--no-allocation-site-pretenuring");

