// Redis-style argument parsing for the RESP endpoint: integers as string2ll, doubles as strtod
// with Redis's checks, score bounds, and the exact error texts redis-server replies with.

/** An error that becomes the reply `-<text>`; the text starts with its Redis error code. */
export class RespError extends Error {
  override name = "RespError";
  constructor(readonly text: string) {
    super(text);
  }
}

export const ERR = {
  syntax: "ERR syntax error",
  notInteger: "ERR value is not an integer or out of range",
  notFloat: "ERR value is not a valid float",
  minMaxNotFloat: "ERR min or max is not a float",
  mustBePositive: "ERR value is out of range, must be positive",
  wrongType: "WRONGTYPE Operation against a key holding the wrong kind of value",
} as const;

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

/** Parses an int64 as Redis's string2ll: optional '-', no '+', no leading zeros, no blanks. */
export function parseInt64(arg: Buffer, error: string = ERR.notInteger): bigint {
  const s = arg.toString("latin1");
  if (!/^(0|-?[1-9]\d{0,19})$/.test(s)) throw new RespError(error);
  const n = BigInt(s);
  if (n < INT64_MIN || n > INT64_MAX) throw new RespError(error);
  return n;
}

/** An int64 argument that JavaScript can hold exactly as a number (indexes, counts, TTLs). */
export function parseInteger(arg: Buffer, error: string = ERR.notInteger): number {
  const n = parseInt64(arg, error);
  // Indexes beyond 2^53 mean "far past the end" for every command that takes them; clamping
  // keeps their meaning without losing the sign.
  if (n > BigInt(Number.MAX_SAFE_INTEGER)) return Number.MAX_SAFE_INTEGER;
  if (n < BigInt(Number.MIN_SAFE_INTEGER)) return Number.MIN_SAFE_INTEGER;
  return Number(n);
}

const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const INFINITY = /^([+-]?)(inf|infinity)$/i;
const HEX_INT = /^([+-]?)0[xX]([0-9a-fA-F]+)$/;

/**
 * Parses a double as Redis's getDoubleFromObject: the whole argument must be a strtod number
 * (decimal, hex integer, inf/infinity), with no leading blank, no NaN, and no overflow to
 * infinity or underflow to zero. Returns undefined when it is not one.
 */
export function tryParseDouble(arg: Buffer | string): number | undefined {
  const s = typeof arg === "string" ? arg : arg.toString("latin1");
  if (DECIMAL.test(s)) {
    const d = Number(s);
    if (!Number.isFinite(d)) return undefined; // overflow (ERANGE)
    if (d === 0 && /[1-9]/.test(s.replace(/[eE].*$/, ""))) return undefined; // underflow (ERANGE)
    return d;
  }
  const inf = INFINITY.exec(s);
  if (inf) return inf[1] === "-" ? -Infinity : Infinity;
  const hex = HEX_INT.exec(s);
  if (hex) {
    const d = Number(`0x${hex[2]}`);
    return hex[1] === "-" ? -d : d;
  }
  return undefined;
}

export function parseDouble(arg: Buffer, error: string = ERR.notFloat): number {
  const d = tryParseDouble(arg);
  if (d === undefined) throw new RespError(error);
  return d;
}

/** A ZRANGEBYSCORE bound: "1.5", "(1.5" (exclusive), "-inf", "+inf". */
export function parseScoreBound(arg: Buffer): { value: number; exclusive: boolean } {
  const s = arg.toString("latin1");
  const exclusive = s.startsWith("(");
  const d = tryParseDouble(exclusive ? s.slice(1) : s);
  // Redis's zslParseRange uses strtod without the ERANGE check, so "1e999" is inf there.
  const value = d ?? (DECIMAL.test(exclusive ? s.slice(1) : s) ? Number(exclusive ? s.slice(1) : s) : undefined);
  if (value === undefined || Number.isNaN(value)) throw new RespError(ERR.minMaxNotFloat);
  return { value, exclusive };
}

/** An argument compared case-insensitively with an ASCII option name (e.g. "WITHSCORES"). */
export function isOption(arg: Buffer | undefined, name: string): boolean {
  return arg !== undefined && arg.length === name.length && arg.toString("latin1").toUpperCase() === name;
}

export function upper(arg: Buffer): string {
  return arg.toString("latin1").toUpperCase();
}
