// Loaded into the benchmarked node with --import (bench/files.mjs only): appends the node's
// memory breakdown to $LEITHER_BENCH_MEMLOG every 100 ms, so the bench can tell which part of
// RSS grows (V8 heap, ArrayBuffers and other external memory, or the rest: native and malloc).
import { appendFileSync } from "node:fs";

const file = process.env.LEITHER_BENCH_MEMLOG;
if (file) {
  setInterval(() => {
    const m = process.memoryUsage();
    appendFileSync(file, `${m.rss} ${m.heapTotal} ${m.heapUsed} ${m.external} ${m.arrayBuffers}\n`);
  }, 100).unref();
}
