// An unambiguous byte encoding of a list of strings (each UTF-8, prefixed by its 4-byte
// big-endian length), so that no two different lists hash alike: ("ab","c") ≠ ("a","bc").
export function encodeFields(fields: readonly string[]): Buffer {
  const parts: Buffer[] = [];
  for (const field of fields) {
    const bytes = Buffer.from(field, "utf8");
    const len = Buffer.alloc(4);
    len.writeUInt32BE(bytes.length);
    parts.push(len, bytes);
  }
  return Buffer.concat(parts);
}
