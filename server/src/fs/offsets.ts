// Offsets as the FileService defines them: non-negative counts from the start, negative from
// the end (size + 1 + offset, so -1 is the end of the file).
import { LeitherError } from "../errors.js";

/** The position an offset names in a file of `size` bytes; OUT_OF_RANGE outside [0, size]. */
export function resolveOffset(offset: number, size: number): number {
  if (!Number.isSafeInteger(offset)) throw new LeitherError("out_of_range", "OFFSET_TOO_LARGE", `offset ${offset} is not a safe integer`);
  const position = offset >= 0 ? offset : size + 1 + offset;
  if (position < 0) {
    throw new LeitherError("out_of_range", "OFFSET_BEFORE_START", `offset ${offset} lies before the start of a ${size}-byte file`, { offset: String(offset), size: String(size) });
  }
  if (position > size) {
    throw new LeitherError("out_of_range", "OFFSET_BEYOND_END", `offset ${offset} lies beyond the end of a ${size}-byte file`, { offset: String(offset), size: String(size) });
  }
  return position;
}
