// Imported first by the `leither` executable, before anything allocates much.
//
// V8 "pretenures" the objects of an allocation site whose objects tended to survive
// young-generation collections: it allocates them in the old generation from then on, where
// only full collections free them. Connect allocates each streamed message's bytes (1 MiB for
// a Download or Upload chunk) at two sites of its own; a few of those buffers in flight at a
// collection were enough for V8 to pretenure every later one, and it then ran a full
// collection for each ~64 MiB streamed: 33-78 of them in a 1 GiB gRPC download, which tripled
// the node's CPU per MiB and halved the rate (bench/README.md). Without pretenuring those
// buffers die young, as they are. Set here rather than as a command-line flag so that every
// way of starting the node (npm start, the bin, a service manager) gets it.
import { setFlagsFromString } from "node:v8";

setFlagsFromString("--no-allocation-site-pretenuring");
