// RESP2 reply encoder: builds the replies of one batch of commands into a single buffer, so a
// pipelined burst costs one socket write. Doubles are formatted as Redis 7.0 does (%.17g).

export type RespValue =
  | { kind: "simple"; text: string }
  | { kind: "error"; text: string }
  | number
  | bigint
  | string
  | Uint8Array
  | null
  | RespValue[];

/** Accumulates encoded replies; `take()` returns them as one Buffer and empties the writer. */
export interface RespWriter {
  simple(text: string): void;
  error(text: string): void;
  integer(n: number | bigint): void;
  /** A bulk string; null is the nil bulk (`$-1`). */
  bulk(value: Uint8Array | string | null): void;
  /** A double as a bulk string, formatted like Redis. */
  double(d: number): void;
  /** An array header; null is the nil array (`*-1`). The caller then writes `n` values. */
  arrayHeader(n: number | null): void;
  /** Any value: numbers are integers, strings and bytes are bulks, arrays nest. */
  value(v: RespValue): void;
  /** Bytes already encoded (the output of another writer). */
  raw(bytes: Uint8Array): void;
  readonly length: number;
  take(): Buffer;
}

// Replies are gathered in a growable buffer; small writes are copied into it, which is cheaper
// than keeping a list of tiny Buffers.
export function createRespWriter(initialBytes = 16 * 1024): RespWriter {
  let buf = Buffer.allocUnsafe(initialBytes);
  let len = 0;

  function reserve(n: number): void {
    if (len + n <= buf.length) return;
    const next = Buffer.allocUnsafe(Math.max(buf.length * 2, len + n));
    buf.copy(next, 0, 0, len);
    buf = next;
  }
  function ascii(s: string): void {
    // Headers and simple strings are short ASCII; 3 bytes per char covers any UTF-8 anyway.
    reserve(s.length * 3);
    len += buf.write(s, len, "utf8");
  }
  function bytes(b: Uint8Array): void {
    reserve(b.length);
    buf.set(b, len);
    len += b.length;
  }

  const writer: RespWriter = {
    simple(text) {
      // A simple string cannot hold CR or LF; Redis replaces them with spaces too.
      ascii(`+${text.replace(/[\r\n]/g, " ")}\r\n`);
    },
    error(text) {
      ascii(`-${text.replace(/[\r\n]/g, " ")}\r\n`);
    },
    integer(n) {
      ascii(`:${typeof n === "bigint" ? n.toString() : Math.trunc(n)}\r\n`);
    },
    bulk(value) {
      if (value === null) {
        ascii("$-1\r\n");
      } else if (typeof value === "string") {
        const n = Buffer.byteLength(value);
        ascii(`$${n}\r\n`);
        reserve(n + 2);
        len += buf.write(value, len, "utf8");
        ascii("\r\n");
      } else {
        ascii(`$${value.length}\r\n`);
        bytes(value);
        ascii("\r\n");
      }
    },
    double(d) {
      writer.bulk(formatDouble(d));
    },
    arrayHeader(n) {
      ascii(n === null ? "*-1\r\n" : `*${n}\r\n`);
    },
    value(v) {
      if (v === null) writer.bulk(null);
      else if (typeof v === "number" || typeof v === "bigint") writer.integer(v);
      else if (typeof v === "string" || v instanceof Uint8Array) writer.bulk(v);
      else if (Array.isArray(v)) {
        writer.arrayHeader(v.length);
        for (const item of v) writer.value(item);
      } else if (v.kind === "simple") writer.simple(v.text);
      else writer.error(v.text);
    },
    raw(b) {
      bytes(b);
    },
    get length() {
      return len;
    },
    take() {
      const out = Buffer.from(buf.subarray(0, len));
      len = 0;
      // Do not keep a huge buffer around after one big reply.
      if (buf.length > 1024 * 1024) buf = Buffer.allocUnsafe(initialBytes);
      return out;
    },
  };
  return writer;
}

/**
 * Formats a double as Redis 7.0's addReplyDouble: "inf"/"-inf", otherwise C's "%.17g"
 * (integers print without ".0": 3 → "3", 1.5 → "1.5", 0.1 → "0.10000000000000001").
 */
export function formatDouble(d: number): string {
  if (d === Infinity) return "inf";
  if (d === -Infinity) return "-inf";
  if (Number.isNaN(d)) return "nan";
  // Redis stores small sorted sets as text, where -0 reads back as 0; print 0 for both.
  if (d === 0) return "0";
  // toExponential(16) gives 17 significant digits, correctly rounded: "d.dddddddddddddddde±x".
  const exp = d.toExponential(16);
  const e = exp.indexOf("e");
  const x = Number(exp.slice(e + 1));
  if (x < -4 || x >= 17) {
    const mantissa = stripZeros(exp.slice(0, e));
    const sign = x < 0 ? "-" : "+";
    const digits = String(Math.abs(x)).padStart(2, "0");
    return `${mantissa}e${sign}${digits}`;
  }
  return stripZeros(d.toFixed(16 - x));
}

function stripZeros(s: string): string {
  if (!s.includes(".")) return s;
  return s.replace(/\.?0+$/, "");
}
