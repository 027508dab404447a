// What commands print: short aligned text for people, or exactly one JSON object for scripts
// (--json). Commands describe both forms; this module picks one and does the formatting.
import { toJson, type DescMessage, type JsonValue, type MessageShape } from "@bufbuild/protobuf";
import { timestampDate, type Timestamp } from "@bufbuild/protobuf/wkt";

export interface Writable {
  write(chunk: string): unknown;
}

export interface Output {
  readonly json: boolean;
  /** Prints `value` as one JSON document in --json mode, or calls `human` otherwise. */
  result(value: () => unknown, human: () => void): void;
  /** A line of human text on stdout (ignored in --json mode, where stdout holds only JSON). */
  line(text: string): void;
  /** Columns padded to the widest cell; a table without rows prints nothing. */
  table(headers: readonly string[], rows: ReadonlyArray<readonly string[]>): void;
  /** "label  value" lines with the labels aligned. */
  fields(pairs: ReadonlyArray<readonly [string, string]>): void;
  /** A remark for people on stderr, in both modes. */
  note(text: string): void;
}

export function createOutput({ json, stdout, stderr }: { json: boolean; stdout: Writable; stderr: Writable }): Output {
  const line = (text: string) => {
    if (!json) stdout.write(`${text}\n`);
  };
  return {
    json,
    result(value, human) {
      if (json) stdout.write(`${JSON.stringify(value(), bigintReplacer, 2)}\n`);
      else human();
    },
    line,
    table(headers, rows) {
      if (rows.length === 0) return;
      const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
      const format = (cells: readonly string[]) =>
        cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!))).join("  ").trimEnd();
      line(format(headers));
      for (const r of rows) line(format(r));
    },
    fields(pairs) {
      const width = Math.max(...pairs.map(([k]) => k.length));
      for (const [k, v] of pairs) line(`${k.padEnd(width)}  ${v}`);
    },
    note(text) {
      stderr.write(`leither: ${text}\n`);
    },
  };
}

/**
 * A message in Connect's JSON form (lowerCamelCase names, 64-bit integers as strings), with
 * fields at their default values included so scripts can rely on every key being present.
 */
export function messageJson<Desc extends DescMessage>(schema: Desc, message: MessageShape<Desc>): JsonValue {
  return toJson(schema, message, { alwaysEmitImplicit: true });
}

/** ISO 8601 time, or "-" when unset. */
export function formatTime(ts: Timestamp | undefined): string {
  return ts ? timestampDate(ts).toISOString().replace(/\.000Z$/, "Z") : "-";
}

function bigintReplacer(_key: string, value: unknown): unknown {
  // Only hand-built results can carry bigints; proto JSON has already turned them into strings.
  return typeof value === "bigint" ? value.toString() : value;
}
