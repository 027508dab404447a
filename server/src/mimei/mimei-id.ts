// MiMei IDs: fixed at creation from (author, type, app id, ext, mark), so that creating twice
// with the same inputs finds the same MiMei. Also the stateless validation of those inputs.
import { createHash, randomBytes } from "node:crypto";
import { invalidArgument } from "../errors.js";
import { encodeFields } from "./canonical-encoding.js";
import { MIMEI_TYPES, type MiMeiIdInputs, type MiMeiType } from "./types.js";

const ID_DOMAIN = "leither.mimei.v1";
const ID_BYTES = 20;
const NAME_RE = /^[A-Za-z0-9._-]*$/;
// Printable: no control, format, surrogate or unassigned code points (Unicode category C).
const PRINTABLE_RE = /^[^\p{C}]*$/u;
const MAX_EXT = 64;
const MAX_APP_ID = 64;
const MAX_MARK = 128;

/** Marks that ask for a fresh ID; "{{auto}}" is the original Leither spelling. */
const AUTO_MARKS = new Set(["auto", "{{auto}}"]);

export function isAutoMark(mark: string | undefined): boolean {
  return mark !== undefined && AUTO_MARKS.has(mark);
}

/**
 * Whether `value` is a canonical Leither ID: 27 characters of unpadded base64url holding
 * exactly 160 bits (the last character's two spare bits must be zero).
 */
export function isLeitherIdFormat(value: unknown): value is string {
  if (typeof value !== "string" || value.length !== 27 || !/^[A-Za-z0-9_-]+$/.test(value)) return false;
  const bytes = Buffer.from(value, "base64url");
  return bytes.length === ID_BYTES && bytes.toString("base64url") === value;
}

/** A MiMei id has the shape of every Leither ID. */
export const isMiMeiId = isLeitherIdFormat;

/**
 * A fresh mark for "auto": unix seconds (as the original CLI did) plus a random suffix, so two
 * auto creations in the same second still differ.
 */
export function freshMark(nowMs: number, random: (n: number) => Uint8Array = randomBytes): string {
  return `${Math.floor(nowMs / 1000)}-${Buffer.from(random(6)).toString("base64url")}`;
}

/** Throws INVALID_ARGUMENT unless the inputs are well formed ("auto" marks are allowed here). */
export function validateIdInputs(inputs: MiMeiIdInputs): void {
  if (!isLeitherIdFormat(inputs.authorId)) {
    throw invalidArgument("INVALID_AUTHOR", "the author must be a 27-character Leither ID");
  }
  if (!MIMEI_TYPES.includes(inputs.type as MiMeiType)) {
    throw invalidArgument("INVALID_TYPE", `type must be one of ${MIMEI_TYPES.join(", ")}`, { type: String(inputs.type) });
  }
  const appId = inputs.appId ?? "";
  if (appId.length > MAX_APP_ID || !NAME_RE.test(appId)) {
    throw invalidArgument("INVALID_APP_ID", `app id: up to ${MAX_APP_ID} of letters, digits, '.', '_' and '-'`);
  }
  const ext = inputs.ext ?? "";
  if (ext.length > MAX_EXT || !NAME_RE.test(ext)) {
    throw invalidArgument("INVALID_EXT", `ext: up to ${MAX_EXT} of letters, digits, '.', '_' and '-'`);
  }
  const mark = inputs.mark ?? "";
  if ([...mark].length > MAX_MARK || !PRINTABLE_RE.test(mark)) {
    throw invalidArgument("INVALID_MARK", `mark: up to ${MAX_MARK} printable characters`);
  }
}

/** The ID Create gives for these inputs. Refuses "auto", which has no fixed ID. */
export function computeMiMeiId(inputs: MiMeiIdInputs): string {
  validateIdInputs(inputs);
  if (isAutoMark(inputs.mark)) {
    throw invalidArgument("AUTO_MARK_HAS_NO_ID", 'the mark "auto" makes a fresh ID at every creation; there is none to compute');
  }
  const digest = createHash("sha256")
    .update(encodeFields([ID_DOMAIN, inputs.authorId, inputs.type, inputs.appId ?? "", inputs.ext ?? "", inputs.mark ?? ""]))
    .digest();
  return digest.subarray(0, ID_BYTES).toString("base64url");
}
