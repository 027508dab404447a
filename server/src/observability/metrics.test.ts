import { describe, expect, it } from "vitest";
import { createMetricsRegistry, MetricsError } from "./metrics.js";

describe("metrics registry", () => {
  it("renders counters, callback gauges and histograms in text format 0.0.4", async () => {
    const r = createMetricsRegistry();
    const c = r.counter({ name: "t_requests_total", help: "Requests.", labelNames: ["code"] });
    c.inc({ code: "ok" });
    c.inc({ code: "ok" }, 2);
    c.inc({ code: 'we"ird\n' });
    r.gauge({ name: "t_sessions", help: "Sessions.", collect: () => 7 });
    r.gauge({
      name: "t_bytes",
      help: "Bytes by store.",
      labelNames: ["store"],
      collect: async () => [{ labels: { store: "blob" }, value: 1024 }],
    });
    const h = r.histogram({ name: "t_seconds", help: "Latency.", labelNames: ["p"], buckets: [0.1, 1] });
    h.observe({ p: "a" }, 0.05);
    h.observe({ p: "a" }, 0.5);
    h.observe({ p: "a" }, 5);

    const text = await r.render();
    expect(text).toContain("# HELP t_requests_total Requests.\n# TYPE t_requests_total counter\n");
    expect(text).toContain('t_requests_total{code="ok"} 3\n');
    expect(text).toContain('t_requests_total{code="we\\"ird\\n"} 1\n');
    expect(text).toContain("# TYPE t_sessions gauge\nt_sessions 7\n");
    expect(text).toContain('t_bytes{store="blob"} 1024\n');
    expect(text).toContain('t_seconds_bucket{p="a",le="0.1"} 1\n');
    expect(text).toContain('t_seconds_bucket{p="a",le="1"} 2\n');
    expect(text).toContain('t_seconds_bucket{p="a",le="+Inf"} 3\n');
    expect(text).toContain('t_seconds_sum{p="a"} 5.55\n');
    expect(text).toContain('t_seconds_count{p="a"} 3\n');
  });

  it("skips a collector that throws instead of failing the scrape", async () => {
    const r = createMetricsRegistry();
    r.gauge({ name: "bad", help: "Fails.", collect: () => { throw new Error("db closed"); } });
    r.gauge({ name: "good", help: "Works.", collect: () => 1 });
    const text = await r.render();
    expect(text).not.toContain("bad");
    expect(text).toContain("good 1");
  });

  it("rejects duplicate names and wrong label sets", () => {
    const r = createMetricsRegistry();
    const c = r.counter({ name: "x_total", help: "X.", labelNames: ["a"] });
    expect(() => r.counter({ name: "x_total", help: "X." })).toThrow(MetricsError);
    expect(() => c.inc({ b: "1" })).toThrow(/takes labels \[a\]/);
    expect(() => r.counter({ name: "bad-name", help: "" })).toThrow(MetricsError);
  });
});
