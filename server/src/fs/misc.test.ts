import { describe, expect, it } from "vitest";
import { detectMimeType } from "./mime.js";
import { parseRange } from "../http/content-response.js";
import { parseMmPath } from "./mm-route.js";
import { checkName, parseMiMeiUrl } from "./names.js";
import { resolveOffset } from "./offsets.js";
import { canonicalJson } from "./file-service.js";

describe("offsets", () => {
  it("count from the start, or from the end when negative", () => {
    expect(resolveOffset(0, 10)).toBe(0);
    expect(resolveOffset(10, 10)).toBe(10);
    expect(resolveOffset(-1, 10)).toBe(10);
    expect(resolveOffset(-11, 10)).toBe(0);
    expect(() => resolveOffset(-12, 10)).toThrow(expect.objectContaining({ kind: "out_of_range", reason: "OFFSET_BEFORE_START" }));
    expect(() => resolveOffset(11, 10)).toThrow(expect.objectContaining({ kind: "out_of_range", reason: "OFFSET_BEYOND_END" }));
  });
});

describe("MIME types", () => {
  it("trust binary signatures over names, then names, then sniff text", () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]);
    expect(detectMimeType("notes.txt", png)).toBe("image/png");
    expect(detectMimeType("app.js", Buffer.from("let x = 1"))).toBe("text/javascript; charset=utf-8");
    expect(detectMimeType("README", Buffer.from("héllo"))).toBe("text/plain; charset=utf-8");
    expect(detectMimeType("", Buffer.from([0, 1, 2, 255]))).toBe("application/octet-stream");
    expect(detectMimeType("x", Buffer.from("é").subarray(0, 1))).toBe("text/plain; charset=utf-8");
  });
});

describe("names and paths", () => {
  it("refuse traversal, separators, control characters and over-long names", () => {
    for (const bad of ["", ".", "..", "a/b", "a\\b", "a\u0000b", "a\nb", "x".repeat(256), "\ud800"]) {
      expect(() => checkName(bad), JSON.stringify(bad)).toThrow(expect.objectContaining({ kind: "invalid_argument" }));
    }
    expect(checkName("été.txt")).toBe("été.txt");
    expect(parseMiMeiUrl("mm://abc:3/x.txt")).toEqual({ mimeiId: "abc", version: "3", path: "x.txt" });
    expect(parseMiMeiUrl("abc")).toEqual({ mimeiId: "abc", version: "cur", path: "" });
    expect(() => parseMiMeiUrl("mm://abc/../etc")).toThrow();
    expect(() => parseMmPath("/mm/abc/%2e%2e")).toThrow(expect.objectContaining({ reason: "INVALID_NAME" }));
    expect(() => parseMmPath("/mm/abc/%E0%A4%A")).toThrow(expect.objectContaining({ reason: "INVALID_PATH" }));
    expect(parseMmPath("/mm/abc/a%20b")).toEqual({ mimeiId: "abc", segments: ["a b"] });
  });
});

describe("ranges", () => {
  it("parses one range, and tells unsatisfiable from ignorable", () => {
    expect(parseRange("bytes=0-9", 100)).toEqual({ start: 0, end: 10 });
    expect(parseRange("bytes=90-", 100)).toEqual({ start: 90, end: 100 });
    expect(parseRange("bytes=-5", 100)).toEqual({ start: 95, end: 100 });
    expect(parseRange("bytes=50-500", 100)).toEqual({ start: 50, end: 100 });
    expect(parseRange("bytes=100-", 100)).toBe("unsatisfiable");
    expect(parseRange("bytes=-0", 100)).toBe("unsatisfiable");
    expect(parseRange("bytes=0-1,5-6", 100)).toBe("none");
    expect(parseRange("items=0-1", 100)).toBe("none");
    expect(parseRange(undefined, 100)).toBe("none");
  });
});

describe("objects", () => {
  it("are stored as compact JSON with sorted keys", () => {
    expect(canonicalJson({ b: [1, { d: 1, c: null }], a: "x" })).toBe('{"a":"x","b":[1,{"c":null,"d":1}]}');
  });
});
