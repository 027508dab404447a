// Archive builders for tests: well-formed tar, tar.gz and zip from a list of entries, and zips
// with chosen lies (declared sizes, modes, names, overlapping entries) that no tool would write.
import { deflateRawSync, gzipSync } from "node:zlib";
import tar from "tar-stream";

export interface SpecEntry {
  name: string;
  /** A directory when absent and the name ends with '/'. */
  data?: Buffer | string;
  type?: "file" | "directory" | "symlink" | "link" | "fifo";
  linkname?: string;
  pax?: Record<string, string>;
}

export async function makeTar(entries: SpecEntry[]): Promise<Buffer> {
  const pack = tar.pack();
  const done = (async () => {
    const parts: Buffer[] = [];
    for await (const c of pack) parts.push(c as Buffer);
    return Buffer.concat(parts);
  })();
  for (const e of entries) {
    const type = e.type ?? (e.data === undefined && e.name.endsWith("/") ? "directory" : "file");
    const data = e.data === undefined ? undefined : Buffer.from(e.data);
    await new Promise<void>((resolve, reject) =>
      pack.entry({ name: e.name, type, linkname: e.linkname, pax: e.pax, mtime: new Date(1_700_000_000_000) } as tar.Headers, type === "file" ? data ?? Buffer.alloc(0) : undefined, (err) => (err ? reject(err) : resolve())),
    );
  }
  pack.finalize();
  return done;
}

export async function makeTarGz(entries: SpecEntry[]): Promise<Buffer> {
  return gzipSync(await makeTar(entries));
}

export interface ZipSpec {
  name: string;
  data?: Buffer | string;
  /** 0 stored, 8 deflate (default), anything else is written as is (with stored bytes). */
  method?: number;
  /** A Unix mode (file type and permissions) for the external attributes. */
  mode?: number;
  /** Declares this uncompressed size instead of the real one. */
  declaredSize?: number;
  encrypted?: boolean;
  /** Point the central directory entry at the local header of an earlier entry (by index). */
  sameDataAs?: number;
}

const CRC_TABLE = (() => {
  const t = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  return t;
})();

export function crc32(buf: Buffer): number {
  let c = -1;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}

export function makeZip(entries: ZipSpec[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  const offsets: number[] = [];
  const written: { crc: number; csize: number; usize: number; method: number }[] = [];
  let offset = 0;
  entries.forEach((e, i) => {
    const name = Buffer.from(e.name, "utf8");
    const data = Buffer.from(e.data ?? "");
    const method = e.method ?? (e.name.endsWith("/") ? 0 : 8);
    const flags = 0x800 | (e.encrypted ? 1 : 0);
    let info = written[e.sameDataAs ?? -1];
    let localOffset = e.sameDataAs === undefined ? offset : offsets[e.sameDataAs]!;
    if (!info) {
      const body = method === 8 ? deflateRawSync(data) : data;
      info = { crc: crc32(data), csize: body.length, usize: e.declaredSize ?? data.length, method };
      const h = Buffer.alloc(30);
      h.writeUInt32LE(0x04034b50, 0);
      h.writeUInt16LE(20, 4);
      h.writeUInt16LE(flags, 6);
      h.writeUInt16LE(method, 8);
      h.writeUInt16LE(0, 10);
      h.writeUInt16LE(0x5821, 12);
      h.writeUInt32LE(info.crc, 14);
      h.writeUInt32LE(info.csize, 18);
      h.writeUInt32LE(info.usize, 22);
      h.writeUInt16LE(name.length, 26);
      h.writeUInt16LE(0, 28);
      locals.push(h, name, body);
      localOffset = offset;
      offset += h.length + name.length + body.length;
    }
    offsets[i] = localOffset;
    written[i] = info;
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE((3 << 8) | 20, 4);
    c.writeUInt16LE(20, 6);
    c.writeUInt16LE(flags, 8);
    c.writeUInt16LE(info.method, 10);
    c.writeUInt16LE(0, 12);
    c.writeUInt16LE(0x5821, 14);
    c.writeUInt32LE(info.crc, 16);
    c.writeUInt32LE(info.csize, 20);
    c.writeUInt32LE(info.usize, 24);
    c.writeUInt16LE(name.length, 28);
    c.writeUInt16LE(0, 30);
    c.writeUInt16LE(0, 32);
    c.writeUInt16LE(0, 34);
    c.writeUInt16LE(0, 36);
    const mode = e.mode ?? (e.name.endsWith("/") ? 0o040755 : 0o100644);
    c.writeUInt32LE(((mode & 0xffff) << 16) >>> 0, 38);
    c.writeUInt32LE(localOffset, 42);
    centrals.push(c, name);
  });
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}
