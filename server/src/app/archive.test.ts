import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { LeitherError } from "../errors.js";
import {
  bufferSource,
  detectArchiveFormat,
  normalizePrefix,
  readArchive,
  safeArchivePath,
  singleTopDirectory,
  stripPrefix,
  type ArchiveFormat,
  type ArchiveLimits,
} from "./archive.js";
import { makeTar, makeTarGz, makeZip, type SpecEntry } from "./test-support/archives.js";

interface Read {
  kind: string;
  path: string;
  text: string;
}

async function readAll(bytes: Buffer, options: { format?: ArchiveFormat; limits?: Partial<ArchiveLimits> } = {}): Promise<Read[]> {
  const out: Read[] = [];
  for await (const e of readArchive(bufferSource(bytes), options)) {
    const parts: Buffer[] = [];
    for await (const c of e.body) parts.push(c);
    out.push({ kind: e.kind, path: e.path, text: Buffer.concat(parts).toString() });
  }
  return out;
}

/** The reason of the LeitherError the reading ends with. */
async function failure(bytes: Buffer, options: { format?: ArchiveFormat; limits?: Partial<ArchiveLimits> } = {}): Promise<{ kind: string; reason: string }> {
  try {
    await readAll(bytes, options);
  } catch (err) {
    expect(err).toBeInstanceOf(LeitherError);
    return { kind: (err as LeitherError).kind, reason: (err as LeitherError).reason };
  }
  throw new Error("expected the archive to be refused");
}

const SITE: SpecEntry[] = [
  { name: "site/" },
  { name: "site/index.html", data: "<h1>hi</h1>" },
  { name: "site/css/" },
  { name: "site/css/app.css", data: "body{}" },
  { name: "site/empty/" },
];

async function build(format: ArchiveFormat, entries: SpecEntry[]): Promise<Buffer> {
  if (format === "tar") return makeTar(entries);
  if (format === "tar.gz") return makeTarGz(entries);
  return makeZip(entries.map((e) => ({ name: e.name, data: e.data })));
}

const FORMATS: ArchiveFormat[] = ["tar", "tar.gz", "zip"];

describe("format detection", () => {
  it.each(FORMATS)("recognizes %s from its first bytes", async (format) => {
    expect(detectArchiveFormat((await build(format, SITE)).subarray(0, 512))).toBe(format);
  });

  it("recognizes nothing in other bytes, and reading them says so", async () => {
    expect(detectArchiveFormat(Buffer.from("<html>not an archive</html>"))).toBeUndefined();
    expect(await failure(Buffer.from("<html>not an archive</html>"))).toEqual({ kind: "invalid_argument", reason: "ARCHIVE_FORMAT_UNKNOWN" });
    expect(await failure(Buffer.alloc(0))).toMatchObject({ reason: "ARCHIVE_FORMAT_UNKNOWN" });
  });

  it("refuses an archive announced as another format than its bytes show", async () => {
    expect(await failure(await makeTarGz(SITE), { format: "zip" })).toEqual({ kind: "invalid_argument", reason: "ARCHIVE_FORMAT_MISMATCH" });
  });
});

describe("reading the three formats", () => {
  it.each(FORMATS)("yields the same files and directories from %s", async (format) => {
    expect(await readAll(await build(format, SITE))).toEqual([
      { kind: "dir", path: "site", text: "" },
      { kind: "file", path: "site/index.html", text: "<h1>hi</h1>" },
      { kind: "dir", path: "site/css", text: "" },
      { kind: "file", path: "site/css/app.css", text: "body{}" },
      { kind: "dir", path: "site/empty", text: "" },
    ]);
  });

  it.each(FORMATS)("skips a body the reader leaves unread in %s and goes on", async (format) => {
    const paths: string[] = [];
    let last = "";
    for await (const e of readArchive(bufferSource(await build(format, SITE)))) {
      paths.push(e.path);
      if (e.path === "site/css/app.css") for await (const c of e.body) last += c.toString();
    }
    expect(paths).toEqual(["site", "site/index.html", "site/css", "site/css/app.css", "site/empty"]);
    expect(last).toBe("body{}");
  });

  it("reads files larger than a tar-stream buffer and than one source chunk", async () => {
    const big = Buffer.alloc(3 * 1024 * 1024 + 17, "x");
    for (const format of FORMATS) {
      const got = await readAll(await build(format, [{ name: "big.bin", data: big }]), { limits: { maxRatio: 10_000 } });
      expect(got[0]!.text.length, format).toBe(big.length);
    }
  });

  it("accepts './' prefixes and the archive root entry that tar -C dir . writes", async () => {
    const got = await readAll(await makeTar([{ name: "./" }, { name: "./index.html", data: "a" }, { name: "./js//app.js", data: "b" }]));
    expect(got.map((e) => e.path)).toEqual(["index.html", "js/app.js"]);
  });

  it("records modification times", async () => {
    for await (const e of readArchive(bufferSource(await makeTar([{ name: "a.txt", data: "a" }])))) {
      expect(e.modifiedAt).toBe(1_700_000_000_000);
    }
  });
});

describe("paths that could leave the tree", () => {
  it.each([
    ["../evil.txt", "ARCHIVE_PATH_UNSAFE"],
    ["a/../../evil.txt", "ARCHIVE_PATH_UNSAFE"],
    ["a/..", "ARCHIVE_PATH_UNSAFE"],
    ["/etc/passwd", "ARCHIVE_PATH_UNSAFE"],
    ["C:/Windows/evil.dll", "ARCHIVE_PATH_UNSAFE"],
    ["c:evil", "ARCHIVE_PATH_UNSAFE"],
    ["a\\..\\evil", "ARCHIVE_PATH_UNSAFE"],
    ["a\0b", "ARCHIVE_PATH_UNSAFE"],
    ["a/\u0001b", "ARCHIVE_PATH_INVALID"],
    [`${"n".repeat(256)}/x`, "ARCHIVE_PATH_INVALID"],
  ])("refuses %j", (raw, reason) => {
    expect(() => safeArchivePath(raw)).toThrow(expect.objectContaining({ reason }));
  });

  it("normalizes harmless spellings", () => {
    expect(safeArchivePath("./a//b/./c.txt")).toEqual({ path: "a/b/c.txt", isDir: false });
    expect(safeArchivePath("docs/")).toEqual({ path: "docs", isDir: true });
    expect(safeArchivePath("./")).toBeNull();
    expect(safeArchivePath("a..b/..c")).toEqual({ path: "a..b/..c", isDir: false });
  });

  it.each(FORMATS)("refuses traversal inside a %s archive", async (format) => {
    for (const name of ["../evil.txt", "ok/../../evil.txt", "/abs.txt"]) {
      expect(await failure(await build(format, [{ name: "ok.txt", data: "fine" }, { name, data: "evil" }])), `${format} ${name}`).toEqual({
        kind: "invalid_argument",
        reason: "ARCHIVE_PATH_UNSAFE",
      });
    }
  });

  it("refuses backslashes in zip names instead of reading them as separators", async () => {
    expect(await failure(makeZip([{ name: "..\\evil.txt", data: "x" }]))).toMatchObject({ reason: "ARCHIVE_PATH_UNSAFE" });
  });

  it("refuses a tar path made long by a pax record the same way", async () => {
    expect(await failure(await makeTar([{ name: "x.txt", data: "x", pax: { path: "../../etc/cron.d/evil" } }]))).toMatchObject({ reason: "ARCHIVE_PATH_UNSAFE" });
  });
});

describe("links, devices and other entries that are not plain files", () => {
  it("refuses tar symbolic links, even ones pointing inside", async () => {
    for (const linkname of ["/etc/passwd", "../x", "index.html"]) {
      expect(await failure(await makeTar([{ name: "index.html", data: "a" }, { name: "l", type: "symlink", linkname }]))).toEqual({ kind: "invalid_argument", reason: "ARCHIVE_LINK" });
    }
  });

  it("refuses tar hard links", async () => {
    expect(await failure(await makeTar([{ name: "a", data: "a" }, { name: "b", type: "link", linkname: "a" }]))).toMatchObject({ reason: "ARCHIVE_LINK" });
  });

  it("refuses fifos", async () => {
    expect(await failure(await makeTar([{ name: "pipe", type: "fifo" }]))).toMatchObject({ reason: "ARCHIVE_ENTRY_TYPE" });
  });

  it("refuses zip entries whose Unix mode is a symbolic link", async () => {
    expect(await failure(makeZip([{ name: "l", data: "/etc/passwd", method: 0, mode: 0o120777 }]))).toMatchObject({ reason: "ARCHIVE_LINK" });
  });

  it("refuses encrypted zip entries and compression methods other than stored and deflate", async () => {
    expect(await failure(makeZip([{ name: "a", data: "x", encrypted: true }]))).toMatchObject({ reason: "ARCHIVE_ENCRYPTED" });
    expect(await failure(makeZip([{ name: "a", data: "x", method: 12 }]))).toMatchObject({ reason: "ARCHIVE_UNSUPPORTED" });
  });

  it.each(FORMATS)("refuses the same path twice, and a path that is a file and a directory, in %s", async (format) => {
    expect(await failure(await build(format, [{ name: "a.txt", data: "1" }, { name: "a.txt", data: "2" }]))).toMatchObject({ reason: "ARCHIVE_DUPLICATE_PATH" });
    expect(await failure(await build(format, [{ name: "a", data: "1" }, { name: "a/b", data: "2" }]))).toMatchObject({ reason: "ARCHIVE_PATH_CONFLICT" });
    expect(await failure(await build(format, [{ name: "a/b", data: "1" }, { name: "a", data: "2" }]))).toMatchObject({ reason: "ARCHIVE_PATH_CONFLICT" });
  });
});

describe("limits", () => {
  const files = (n: number, size = 10): SpecEntry[] => Array.from({ length: n }, (_, i) => ({ name: `f${i}.txt`, data: "z".repeat(size) }));

  it.each(FORMATS)("refuses more entries than allowed in %s", async (format) => {
    expect(await failure(await build(format, files(6)), { limits: { maxEntries: 5 } })).toEqual({ kind: "resource_exhausted", reason: "ARCHIVE_TOO_MANY_FILES" });
    expect(await readAll(await build(format, files(5)), { limits: { maxEntries: 5 } })).toHaveLength(5);
  });

  it.each(FORMATS)("refuses more bytes than allowed in %s", async (format) => {
    expect(await failure(await build(format, files(4, 300)), { limits: { maxTotalBytes: 1000, maxRatio: 1e6 } })).toEqual({ kind: "resource_exhausted", reason: "ARCHIVE_TOO_LARGE" });
    expect(await readAll(await build(format, files(3, 300)), { limits: { maxTotalBytes: 1000, maxRatio: 1e6 } })).toHaveLength(3);
  });

  it("stops a zip whose entry inflates beyond the size it declares, without yielding the excess", async () => {
    const zip = makeZip([{ name: "bomb.bin", data: Buffer.alloc(4 * 1024 * 1024), declaredSize: 100 }]);
    let yielded = 0;
    const err = await (async () => {
      for await (const e of readArchive(bufferSource(zip), { limits: { maxTotalBytes: 1000, maxRatio: 1e9 } })) for await (const c of e.body) yielded += c.length;
    })().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LeitherError);
    expect(["ARCHIVE_CORRUPT", "ARCHIVE_TOO_LARGE"]).toContain((err as LeitherError).reason);
    expect(yielded).toBeLessThanOrEqual(1000);
  });

  it("refuses a zip whose declared sizes exceed the limit before inflating anything", async () => {
    expect(await failure(makeZip([{ name: "a", data: "tiny", declaredSize: 5000 }]), { limits: { maxTotalBytes: 1000 } })).toMatchObject({ reason: "ARCHIVE_TOO_LARGE" });
  });

  it("refuses a gzip bomb by its compression ratio", async () => {
    const bomb = await makeTarGz([{ name: "zeros.bin", data: Buffer.alloc(8 * 1024 * 1024) }]);
    expect(await failure(bomb)).toEqual({ kind: "resource_exhausted", reason: "ARCHIVE_RATIO" });
  });

  it("refuses a zip bomb by its compression ratio", async () => {
    expect(await failure(makeZip([{ name: "zeros.bin", data: Buffer.alloc(8 * 1024 * 1024) }]))).toEqual({ kind: "resource_exhausted", reason: "ARCHIVE_RATIO" });
  });

  it("refuses a zip whose entries overlap to repeat the same compressed bytes", async () => {
    const data = Buffer.alloc(600 * 1024, "a");
    const entries = [{ name: "e0", data }, ...Array.from({ length: 40 }, (_, i) => ({ name: `e${i + 1}`, data, sameDataAs: 0 }))];
    expect(await failure(makeZip(entries))).toMatchObject({ kind: "resource_exhausted", reason: "ARCHIVE_RATIO" });
  });

  it("lets well-compressible archives below the ratio floor through", async () => {
    expect(await readAll(await makeTarGz([{ name: "zeros.bin", data: Buffer.alloc(512 * 1024) }]))).toHaveLength(1);
  });

  it("bounds the bytes a tar spends on headers (pax records are held in memory)", async () => {
    const tarball = await makeTar([{ name: "a.txt", data: "a", pax: { comment: "c".repeat(2 * 1024 * 1024) } }]);
    expect(await failure(tarball, { limits: { maxHeaderBytes: 256 * 1024 } })).toEqual({ kind: "resource_exhausted", reason: "ARCHIVE_HEADER_TOO_LARGE" });
  });
});

describe("broken archives", () => {
  it("refuses a truncated tar.gz", async () => {
    const gz = await makeTarGz(SITE);
    expect(await failure(gz.subarray(0, gz.length - 30))).toEqual({ kind: "invalid_argument", reason: "ARCHIVE_CORRUPT" });
  });

  it("refuses gzip that does not hold a tar", async () => {
    expect(await failure(gzipSync(Buffer.from("just text, no tar headers here".repeat(40))))).toMatchObject({ reason: "ARCHIVE_CORRUPT" });
  });

  it("refuses a tar whose header checksum is wrong", async () => {
    const t = await makeTar(SITE);
    t[600] = t[600]! ^ 0xff; // inside the second header
    expect(await failure(t, { format: "tar" })).toMatchObject({ reason: "ARCHIVE_CORRUPT" });
  });

  it("refuses a truncated tar", async () => {
    const t = await makeTar([{ name: "a.txt", data: "x".repeat(5000) }]);
    expect(await failure(t.subarray(0, 2048))).toMatchObject({ reason: "ARCHIVE_CORRUPT" });
  });

  it("refuses a zip without its central directory", async () => {
    const z = makeZip([{ name: "a.txt", data: "hello" }]);
    expect(await failure(z.subarray(0, z.length - 40))).toMatchObject({ reason: "ARCHIVE_CORRUPT" });
  });

  it("refuses a zip whose data does not inflate", async () => {
    const z = makeZip([{ name: "a.txt", data: "hello hello hello hello" }]);
    z.fill(0xff, 30 + 5, 30 + 5 + 8); // the deflate stream of the only entry
    expect(await failure(z)).toMatchObject({ reason: "ARCHIVE_CORRUPT" });
  });
});

describe("prefix stripping", () => {
  it("finds the one top-level directory that holds everything", () => {
    expect(singleTopDirectory([{ path: "dist", kind: "dir" }, { path: "dist/index.html", kind: "file" }])).toBe("dist");
    expect(singleTopDirectory([{ path: "dist/a/index.html", kind: "file" }])).toBe("dist");
    expect(singleTopDirectory([{ path: "index.html", kind: "file" }])).toBe("");
    expect(singleTopDirectory([{ path: "a/x", kind: "file" }, { path: "b/y", kind: "file" }])).toBe("");
    expect(singleTopDirectory([])).toBe("");
  });

  it("normalizes a user's prefix and strips it from paths inside it only", () => {
    expect(normalizePrefix("./dist/")).toBe("dist");
    expect(normalizePrefix("/build/web/")).toBe("build/web");
    expect(normalizePrefix("")).toBe("");
    expect(() => normalizePrefix("../x")).toThrow(expect.objectContaining({ reason: "ARCHIVE_PATH_UNSAFE" }));
    expect(stripPrefix("dist/index.html", "dist")).toBe("index.html");
    expect(stripPrefix("distant/index.html", "dist")).toBeNull();
    expect(stripPrefix("dist", "dist")).toBeNull();
    expect(stripPrefix("a/b", "")).toBe("a/b");
  });
});
