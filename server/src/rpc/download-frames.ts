// The wire bytes of one Download chunk message, written without copying its data: what connect
// would send for `DownloadResponse{chunk: {offset, data}}` (envelope and protobuf), as a small
// prefix followed by the data itself. Used when the handler writes the stream itself
// (http/raw-call.ts). The test holds it byte for byte to connect's and protobuf-es's output.
import { BinaryWriter, WireType } from "@bufbuild/protobuf/wire";
import { ENVELOPE_HEADER } from "./streams.js";

/** DownloadResponse.chunk and DownloadChunk's fields (file_service.proto). */
const RESPONSE_CHUNK_FIELD = 2;
const CHUNK_OFFSET_FIELD = 1;
const CHUNK_DATA_FIELD = 2;

/** Everything before `data` in the envelope of a chunk message at `offset` carrying `dataLength` bytes. */
export function chunkMessagePrefix(offset: number, dataLength: number): Uint8Array {
  // Fields in number order, and a zero offset left out, as protobuf-es writes them.
  const chunk = new BinaryWriter();
  if (offset !== 0) chunk.tag(CHUNK_OFFSET_FIELD, WireType.Varint).uint64(offset);
  if (dataLength !== 0) chunk.tag(CHUNK_DATA_FIELD, WireType.LengthDelimited).uint32(dataLength);
  const chunkHead = chunk.finish();
  const response = new BinaryWriter().tag(RESPONSE_CHUNK_FIELD, WireType.LengthDelimited).uint32(chunkHead.length + dataLength).finish();
  const messageLength = response.length + chunkHead.length + dataLength;
  const prefix = new Uint8Array(ENVELOPE_HEADER + response.length + chunkHead.length);
  new DataView(prefix.buffer).setUint32(1, messageLength); // flags 0: an uncompressed message
  prefix.set(response, ENVELOPE_HEADER);
  prefix.set(chunkHead, ENVELOPE_HEADER + response.length);
  return prefix;
}
