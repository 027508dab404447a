// Loaded into the benchmarked node with --import (bench/files.mjs only): appends the node's
// memory breakdown to $LEITHER_BENCH_MEMLOG every 100 ms, so the bench can tell which part of
// RSS grows (V8 heap, ArrayBuffers and other external memory, or the rest: native and malloc),
// and how many full (mark-compact) collections V8 ran so far and their time: a transfer that
// makes V8 collect its whole heap many times a second pays for it in CPU.
import { appendFileSync } from "node:fs";
import { constants, PerformanceObserver } from "node:perf_hooks";

const file = process.env.LEITHER_BENCH_MEMLOG;
if (file) {
  let fullGcs = 0;
  let fullGcMs = 0;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR) {
        fullGcs++;
        fullGcMs += e.duration;
      }
    }
  }).observe({ entryTypes: ["gc"] });
  setInterval(() => {
    const m = process.memoryUsage();
    appendFileSync(file, `${m.rss} ${m.heapTotal} ${m.heapUsed} ${m.external} ${m.arrayBuffers} ${fullGcs} ${fullGcMs.toFixed(1)}\n`);
  }, 100).unref();
}
