// Pieces the streaming and 64-bit handlers share: client streams that open with a header
// message followed by chunks (Upload, UploadAppArchive), the envelope of stream messages, and
// uint64/int64 fields as numbers.
import { invalidArgument, LeitherError } from "../errors.js";

/** Flags byte and 4-byte big-endian length: the envelope of gRPC, gRPC-web and Connect streams. */
export const ENVELOPE_HEADER = 5;

/** A message of a header-then-chunks client stream, as protoc-gen-es types its oneof. */
type HeaderOrChunk<H> = { part: { case: "header"; value: H } | { case: "chunk"; value: Uint8Array } | { case: undefined; value?: undefined } };

/**
 * Reads the header (the first message) of a header-then-chunks stream and returns it with the
 * chunks that follow; a missing header or a second one is INVALID_ARGUMENT. `first` is the
 * whole first message, for the policy to authorize.
 */
export async function splitUploadStream<H, M extends HeaderOrChunk<H>>(
  requests: AsyncIterable<M>,
  what: { rpc: string; header: string },
): Promise<{ first: M; header: H; chunks: AsyncGenerator<Uint8Array> }> {
  const it = requests[Symbol.asyncIterator]();
  const first = await it.next();
  if (first.done || first.value.part.case !== "header") {
    throw invalidArgument("HEADER_REQUIRED", `the first message of an ${what.rpc} carries the ${what.header}`);
  }
  async function* chunks(): AsyncGenerator<Uint8Array> {
    for (;;) {
      const next = await it.next();
      if (next.done) return;
      if (next.value.part.case !== "chunk") throw invalidArgument("CHUNK_EXPECTED", `only the first message of an ${what.rpc} carries a header`);
      yield next.value.part.value;
    }
  }
  return { first: first.value, header: first.value.part.value as H, chunks: chunks() };
}

/** A 64-bit field as a number, OUT_OF_RANGE beyond what a double holds exactly. */
export function toNumber(v: bigint, field: string): number {
  if (v > BigInt(Number.MAX_SAFE_INTEGER) || v < BigInt(Number.MIN_SAFE_INTEGER)) {
    throw new LeitherError("out_of_range", "NUMBER_TOO_LARGE", `${field} is beyond what this node addresses`);
  }
  return Number(v);
}
