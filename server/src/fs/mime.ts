// MIME types from a file's name and its first bytes. A small table of our own instead of a
// package: the web formats that matter for serving files and apps, plus content sniffing for
// binary formats (which `mime-types`, the usual name-only table, cannot do), with no runtime
// dependency and a deterministic answer that tests pin.

export const OCTET_STREAM = "application/octet-stream";
export const JSON_TYPE = "application/json";

const BY_EXTENSION: Record<string, string> = {
  html: "text/html; charset=utf-8",
  htm: "text/html; charset=utf-8",
  css: "text/css; charset=utf-8",
  js: "text/javascript; charset=utf-8",
  mjs: "text/javascript; charset=utf-8",
  json: JSON_TYPE,
  map: JSON_TYPE,
  webmanifest: "application/manifest+json",
  txt: "text/plain; charset=utf-8",
  md: "text/markdown; charset=utf-8",
  csv: "text/csv; charset=utf-8",
  xml: "application/xml",
  svg: "image/svg+xml",
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  gif: "image/gif",
  webp: "image/webp",
  avif: "image/avif",
  ico: "image/vnd.microsoft.icon",
  pdf: "application/pdf",
  zip: "application/zip",
  gz: "application/gzip",
  tgz: "application/gzip",
  tar: "application/x-tar",
  wasm: "application/wasm",
  mp4: "video/mp4",
  webm: "video/webm",
  mp3: "audio/mpeg",
  ogg: "audio/ogg",
  wav: "audio/wav",
  woff: "font/woff",
  woff2: "font/woff2",
  ttf: "font/ttf",
  otf: "font/otf",
};

interface Magic {
  type: string;
  at: number;
  bytes: number[];
}

const MAGIC: Magic[] = [
  { type: "image/png", at: 0, bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { type: "image/jpeg", at: 0, bytes: [0xff, 0xd8, 0xff] },
  { type: "image/gif", at: 0, bytes: [0x47, 0x49, 0x46, 0x38] },
  { type: "image/webp", at: 8, bytes: [0x57, 0x45, 0x42, 0x50] },
  { type: "application/pdf", at: 0, bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { type: "application/zip", at: 0, bytes: [0x50, 0x4b, 0x03, 0x04] },
  { type: "application/gzip", at: 0, bytes: [0x1f, 0x8b] },
  { type: "application/wasm", at: 0, bytes: [0x00, 0x61, 0x73, 0x6d] },
  { type: "application/x-tar", at: 257, bytes: [0x75, 0x73, 0x74, 0x61, 0x72] },
  { type: "video/mp4", at: 4, bytes: [0x66, 0x74, 0x79, 0x70] },
  { type: "audio/mpeg", at: 0, bytes: [0x49, 0x44, 0x33] },
  { type: "audio/ogg", at: 0, bytes: [0x4f, 0x67, 0x67, 0x53] },
  { type: "font/woff2", at: 0, bytes: [0x77, 0x4f, 0x46, 0x32] },
  { type: "font/woff", at: 0, bytes: [0x77, 0x4f, 0x46, 0x46] },
];

/** How many leading bytes detection looks at. */
export const SNIFF_BYTES = 512;

function sniffBinary(head: Uint8Array): string | undefined {
  for (const m of MAGIC) {
    if (head.length >= m.at + m.bytes.length && m.bytes.every((b, i) => head[m.at + i] === b)) return m.type;
  }
  return undefined;
}

function looksLikeText(head: Uint8Array): boolean {
  if (head.includes(0)) return false;
  // A UTF-8 sequence may be cut at the end of the sample; decode only what is surely complete.
  let end = head.length;
  for (let back = 1; back <= 3 && end - back >= 0; back++) {
    const b = head[end - back]!;
    if ((b & 0xc0) === 0xc0) {
      end -= back;
      break;
    }
    if ((b & 0x80) === 0) break;
  }
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(head.subarray(0, end));
    return true;
  } catch {
    return false;
  }
}

/**
 * The MIME type of a file. A known binary signature wins over the name (a PNG named .txt is a
 * PNG); otherwise a known extension decides; otherwise UTF-8 text is text/plain, the rest
 * application/octet-stream.
 */
export function detectMimeType(name: string, head: Uint8Array): string {
  const sniffed = sniffBinary(head);
  if (sniffed) return sniffed;
  const dot = name.lastIndexOf(".");
  const ext = dot >= 0 ? name.slice(dot + 1).toLowerCase() : "";
  const byName = BY_EXTENSION[ext];
  if (byName) return byName;
  if (head.length > 0 && looksLikeText(head)) return "text/plain; charset=utf-8";
  return OCTET_STREAM;
}
