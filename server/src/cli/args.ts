// Parsers for command-line values (rights, MiMei types, versions, numbers, JSON maps). They throw
// commander's InvalidArgumentError so that a bad value is reported as a usage error (exit 2).
import { InvalidArgumentError } from "commander";
import { MiMeiType, Right } from "@leither/api/leither/v1/common_pb";

const RIGHT_NAMES: ReadonlyArray<readonly [string, bigint]> = [
  ["read", BigInt(Right.READ)],
  ["write", BigInt(Right.WRITE)],
  ["backup", BigInt(Right.BACKUP)],
  ["release", BigInt(Right.RELEASE)],
  ["admin", BigInt(Right.ADMIN)],
  ["execute", BigInt(Right.EXECUTE)],
];
export const ALL_RIGHTS = RIGHT_NAMES.reduce((a, [, bit]) => a | bit, 0n);
const UINT64_MAX = (1n << 64n) - 1n;

/**
 * Parses a rights set: a decimal number, hex ("0x1f"), "all", "none", or names joined by
 * commas, "|" or "+" ("read,write"). Names may carry the proto prefix ("RIGHT_READ").
 */
export function parseRights(text: string): bigint {
  const s = text.trim().toLowerCase();
  if (s === "") throw new InvalidArgumentError("Rights must not be empty.");
  if (/^(0x[0-9a-f]+|\d+)$/.test(s)) {
    const n = BigInt(s);
    if (n > UINT64_MAX) throw new InvalidArgumentError("Rights do not fit in 64 bits.");
    return n;
  }
  let bits = 0n;
  for (const part of s.split(/[,|+]/)) {
    const name = part.trim().replace(/^right_/, "");
    if (name === "all") bits |= ALL_RIGHTS;
    else if (name === "none") continue;
    else {
      const found = RIGHT_NAMES.find(([n]) => n === name);
      if (!found) {
        throw new InvalidArgumentError(
          `Unknown right "${part.trim()}"; use a number, 0x.., "all", "none" or ${RIGHT_NAMES.map(([n]) => n).join(", ")}.`,
        );
      }
      bits |= found[1];
    }
  }
  return bits;
}

/** "read,write" for 3n, "none" for 0n; bits without a name show as hex. */
export function formatRights(bits: bigint): string {
  if (bits === 0n) return "none";
  const names = RIGHT_NAMES.filter(([, bit]) => (bits & bit) === bit).map(([n]) => n);
  const unknown = bits & ~ALL_RIGHTS;
  if (unknown !== 0n) names.push(`0x${unknown.toString(16)}`);
  return names.join(",");
}

const TYPE_NAMES: Record<string, MiMeiType> = {
  file: MiMeiType.FILE,
  db: MiMeiType.DB,
  mmfs: MiMeiType.MMFS,
  app: MiMeiType.APP,
};

export function parseMiMeiType(text: string): MiMeiType {
  const t = TYPE_NAMES[text.trim().toLowerCase()];
  if (t === undefined) throw new InvalidArgumentError(`Use one of ${Object.keys(TYPE_NAMES).join(", ")}.`);
  return t;
}

export function formatMiMeiType(type: MiMeiType): string {
  return Object.entries(TYPE_NAMES).find(([, t]) => t === type)?.[0] ?? "unspecified";
}

/** A version name accepted by the node: "cur", "last", "release" or a number. */
export function parseVersion(text: string, allowed: readonly string[] = ["cur", "last", "release"]): string {
  const s = text.trim().toLowerCase();
  if (/^\d+$/.test(s)) {
    if (BigInt(s) > UINT64_MAX) throw new InvalidArgumentError("Version number too large.");
    return BigInt(s).toString();
  }
  if (allowed.includes(s)) return s;
  throw new InvalidArgumentError(`Use a version number${allowed.length ? ` or ${allowed.join(", ")}` : ""}.`);
}

/** A whole number from `min` to `max`. */
export function parseIntInRange(min: number, max: number): (text: string) => number {
  return (text) => {
    const s = text.trim();
    if (!/^\d+$/.test(s) || Number(s) < min || Number(s) > max) {
      throw new InvalidArgumentError(`Use a whole number from ${min} to ${max}.`);
    }
    return Number(s);
  };
}

/** A JSON object of strings (numbers and booleans are turned into strings), for pass info. */
export function parseStringMap(text: string): Record<string, string> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new InvalidArgumentError(`Not valid JSON; expected an object like '{"app":"notes"}'.`);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new InvalidArgumentError(`Expected a JSON object like '{"app":"notes"}'.`);
  }
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(value)) {
    if (typeof v === "string") out[k] = v;
    else if (typeof v === "number" || typeof v === "boolean") out[k] = String(v);
    else throw new InvalidArgumentError(`Value of "${k}" must be a string.`);
  }
  return out;
}

/** "key=value" pairs collected from a repeatable option. */
export function collectKeyValue(text: string, previous: Record<string, string> = {}): Record<string, string> {
  const eq = text.indexOf("=");
  if (eq <= 0) throw new InvalidArgumentError("Use KEY=VALUE.");
  return { ...previous, [text.slice(0, eq)]: text.slice(eq + 1) };
}
