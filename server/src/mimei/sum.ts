// MMSum: the digest replicas compare. Without references it is the content digest itself; with
// them, a digest over the content digest and the sorted (target, count) pairs.
import { createHash } from "node:crypto";
import { encodeFields } from "./canonical-encoding.js";

const SUM_DOMAIN = "leither.mimei.sum.v1";

export function sumOf(contentDigest: string, refs: Map<string, number> | null): string {
  if (!refs) return contentDigest;
  const fields = [SUM_DOMAIN, contentDigest];
  for (const target of [...refs.keys()].sort()) fields.push(target, String(refs.get(target)));
  return createHash("sha256").update(encodeFields(fields)).digest("hex");
}
