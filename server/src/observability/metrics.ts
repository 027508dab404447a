// A small Prometheus registry (counters, gauges, histograms) rendered in text format 0.0.4.
// Hand-written: the node needs a handful of series, not a client library's dependency tree.

export type Labels = Readonly<Record<string, string>>;

/** A gauge's sample source, read at scrape time: a bare number or one value per label set. */
export type GaugeCollector = () =>
  | number
  | readonly { labels: Labels; value: number }[]
  | Promise<number | readonly { labels: Labels; value: number }[]>;

export interface Counter {
  inc(labels?: Labels, by?: number): void;
}

export interface Gauge {
  set(labels: Labels, value: number): void;
  inc(labels?: Labels, by?: number): void;
  dec(labels?: Labels, by?: number): void;
}

export interface Histogram {
  observe(labels: Labels, value: number): void;
}

export interface MetricOptions {
  name: string;
  help: string;
  labelNames?: readonly string[];
}

export interface MetricsRegistry {
  counter(opts: MetricOptions): Counter;
  gauge(opts: MetricOptions & { collect?: GaugeCollector }): Gauge;
  histogram(opts: MetricOptions & { buckets?: readonly number[] }): Histogram;
  /** The whole exposition; collectors that throw are skipped so one bad gauge cannot break a scrape. */
  render(): Promise<string>;
}

export class MetricsError extends Error {
  override name = "MetricsError";
  constructor(
    readonly reason: "DUPLICATE_METRIC" | "INVALID_NAME" | "INVALID_LABELS",
    message: string,
  ) {
    super(message);
  }
}

export const CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

/** Seconds; suits RPCs from sub-millisecond reads to multi-second uploads. */
export const DEFAULT_BUCKETS: readonly number[] = [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

const NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
const LABEL = /^[a-zA-Z_][a-zA-Z0-9_]*$/;

interface Family {
  opts: MetricOptions;
  type: "counter" | "gauge" | "histogram";
  samples(): Promise<string[]>;
}

export function createMetricsRegistry(): MetricsRegistry {
  const families = new Map<string, Family>();

  function add(family: Family): void {
    const { name, labelNames = [] } = family.opts;
    if (!NAME.test(name)) throw new MetricsError("INVALID_NAME", `invalid metric name ${name}`);
    for (const l of labelNames) {
      if (!LABEL.test(l) || l.startsWith("__") || l === "le") {
        throw new MetricsError("INVALID_LABELS", `invalid label name ${l} on ${name}`);
      }
    }
    if (families.has(name)) throw new MetricsError("DUPLICATE_METRIC", `metric ${name} registered twice`);
    families.set(name, family);
  }

  return {
    counter(opts) {
      const values = new Map<string, number>();
      add({ opts, type: "counter", samples: async () => lines(opts.name, values) });
      return {
        inc(labels = {}, by = 1) {
          const key = labelKey(opts, labels);
          values.set(key, (values.get(key) ?? 0) + by);
        },
      };
    },

    gauge(opts) {
      const values = new Map<string, number>();
      add({
        opts,
        type: "gauge",
        samples: async () => {
          if (!opts.collect) return lines(opts.name, values);
          const got = await opts.collect();
          if (typeof got === "number") return [`${opts.name} ${fmt(got)}`];
          return got.map((s) => `${opts.name}${labelKey(opts, s.labels)} ${fmt(s.value)}`);
        },
      });
      const bump = (labels: Labels, by: number) => {
        const key = labelKey(opts, labels);
        values.set(key, (values.get(key) ?? 0) + by);
      };
      return {
        set: (labels, value) => void values.set(labelKey(opts, labels), value),
        inc: (labels = {}, by = 1) => bump(labels, by),
        dec: (labels = {}, by = 1) => bump(labels, -by),
      };
    },

    histogram(opts) {
      const buckets = [...(opts.buckets ?? DEFAULT_BUCKETS)].sort((a, b) => a - b);
      const series = new Map<string, { labels: Labels; counts: number[]; sum: number; count: number }>();
      add({
        opts,
        type: "histogram",
        samples: async () => {
          const out: string[] = [];
          for (const s of series.values()) {
            let cumulative = 0;
            buckets.forEach((le, i) => {
              cumulative += s.counts[i]!;
              out.push(`${opts.name}_bucket${renderLabels({ ...s.labels, le: fmt(le) })} ${cumulative}`);
            });
            out.push(`${opts.name}_bucket${renderLabels({ ...s.labels, le: "+Inf" })} ${s.count}`);
            out.push(`${opts.name}_sum${renderLabels(s.labels)} ${fmt(s.sum)}`);
            out.push(`${opts.name}_count${renderLabels(s.labels)} ${s.count}`);
          }
          return out;
        },
      });
      return {
        observe(labels, value) {
          const key = labelKey(opts, labels);
          let s = series.get(key);
          if (!s) {
            s = { labels, counts: buckets.map(() => 0), sum: 0, count: 0 };
            series.set(key, s);
          }
          const i = buckets.findIndex((le) => value <= le);
          if (i >= 0) s.counts[i]!++;
          s.sum += value;
          s.count++;
        },
      };
    },

    async render() {
      const out: string[] = [];
      for (const f of families.values()) {
        let samples: string[];
        try {
          samples = await f.samples();
        } catch {
          continue;
        }
        out.push(`# HELP ${f.opts.name} ${escapeHelp(f.opts.help)}`, `# TYPE ${f.opts.name} ${f.type}`, ...samples);
      }
      return out.join("\n") + "\n";
    },
  };
}

/** Process-level gauges every scrape wants: memory, uptime, start time. */
export function registerProcessMetrics(registry: MetricsRegistry): void {
  const startSeconds = Math.floor(Date.now() / 1000 - process.uptime());
  registry.gauge({ name: "process_resident_memory_bytes", help: "Resident memory size in bytes.", collect: () => process.memoryUsage.rss() });
  registry.gauge({ name: "nodejs_heap_used_bytes", help: "V8 heap in use, in bytes.", collect: () => process.memoryUsage().heapUsed });
  registry.gauge({ name: "process_start_time_seconds", help: "Start time of the process since the Unix epoch, in seconds.", collect: () => startSeconds });
}

// The key doubles as the rendered label block, so samples render without re-sorting.
function labelKey(opts: MetricOptions, labels: Labels): string {
  const names = opts.labelNames ?? [];
  const given = Object.keys(labels);
  if (given.length !== names.length || !names.every((n) => n in labels)) {
    throw new MetricsError("INVALID_LABELS", `${opts.name} takes labels [${names.join(", ")}], got [${given.join(", ")}]`);
  }
  return renderLabels(Object.fromEntries(names.map((n) => [n, labels[n]!])));
}

function renderLabels(labels: Labels): string {
  const parts = Object.entries(labels).map(([k, v]) => `${k}="${escapeValue(v)}"`);
  return parts.length ? `{${parts.join(",")}}` : "";
}

function lines(name: string, values: Map<string, number>): string[] {
  return [...values].map(([key, v]) => `${name}${key} ${fmt(v)}`);
}

function fmt(n: number): string {
  if (Number.isNaN(n)) return "NaN";
  if (n === Infinity) return "+Inf";
  if (n === -Infinity) return "-Inf";
  return String(n);
}

const escapeValue = (v: string) => v.replace(/\\/g, "\\\\").replace(/\n/g, "\\n").replace(/"/g, '\\"');
const escapeHelp = (v: string) => v.replace(/\\/g, "\\\\").replace(/\n/g, "\\n");
