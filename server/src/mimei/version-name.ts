// Version names as the API spells them: "cur" (or ""), "last", "release" or a decimal number.
import { invalidArgument } from "../errors.js";

export type VersionName =
  | { kind: "cur" }
  | { kind: "last" }
  | { kind: "release" }
  | { kind: "number"; version: number };

/**
 * Parses a version name. Numbers are canonical decimals from 1 up to 2^53-1 (no sign, leading
 * zero, fraction or exponent), so that one version has exactly one spelling.
 * Throws INVALID_ARGUMENT "BAD_VERSION".
 */
export function parseVersionName(name: string): VersionName {
  if (name === "" || name === "cur") return { kind: "cur" };
  if (name === "last") return { kind: "last" };
  if (name === "release") return { kind: "release" };
  if (/^[1-9][0-9]{0,15}$/.test(name)) {
    const version = Number(name);
    if (Number.isSafeInteger(version)) return { kind: "number", version };
  }
  throw invalidArgument("BAD_VERSION", `not a version: ${JSON.stringify(name)} (use "cur", "last", "release" or a number from 1)`, {
    version: name,
  });
}

/** Checks a version number passed as a number (DeleteVersions); throws INVALID_ARGUMENT "BAD_VERSION". */
export function checkVersionNumber(version: number): number {
  if (!Number.isSafeInteger(version) || version < 1) {
    throw invalidArgument("BAD_VERSION", `not a version number: ${version}`, { version: String(version) });
  }
  return version;
}
