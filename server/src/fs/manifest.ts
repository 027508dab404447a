// The manifest of a file: its chunks in order. Encoded as text so that anyone can recompute its
// digest: "leither.manifest.v1\n" then one "<chunk sha256 hex> <size>\n" line per chunk.
import { createHash } from "node:crypto";

export interface ChunkEntry {
  digest: string;
  size: number;
}

export const MANIFEST_HEADER = "leither.manifest.v1\n";

export function encodeManifest(chunks: readonly ChunkEntry[]): string {
  return MANIFEST_HEADER + chunks.map((c) => `${c.digest} ${c.size}\n`).join("");
}

/** The manifest's own content address (it is not the file's content hash: that is SHA-256 of the bytes). */
export function manifestDigest(chunks: readonly ChunkEntry[]): string {
  return createHash("sha256").update(encodeManifest(chunks)).digest("hex");
}
