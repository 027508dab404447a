import { InvalidArgumentError } from "commander";
import { describe, expect, it } from "vitest";
import { MiMeiType } from "@leither/api/leither/v1/common_pb";
import { ALL_RIGHTS, collectKeyValue, formatRights, parseIntInRange, parseMiMeiType, parseRights, parseStringMap, parseVersion } from "./args.js";

describe("parseRights", () => {
  it.each([
    ["0", 0n],
    ["31", 31n],
    ["0x1f", 31n],
    ["0X3", 3n],
    ["read", 1n],
    ["read,write", 3n],
    ["READ|Backup", 5n],
    ["release+admin", 24n],
    ["execute", 32n],
    ["RIGHT_WRITE", 2n],
    ["all", 63n],
    ["none", 0n],
    [" read , write ", 3n],
    ["18446744073709551615", (1n << 64n) - 1n],
  ])("parses %j", (text, want) => {
    expect(parseRights(text)).toBe(want);
  });

  it.each(["", "reed", "read,,", "-1", "0xg", "18446744073709551616", "1.5"])("rejects %j", (text) => {
    expect(() => parseRights(text)).toThrow(InvalidArgumentError);
  });

  it("covers the six rights with all", () => {
    expect(ALL_RIGHTS).toBe(0x3fn);
  });
});

describe("formatRights", () => {
  it("names the bits", () => {
    expect(formatRights(0n)).toBe("none");
    expect(formatRights(3n)).toBe("read,write");
    expect(formatRights(63n)).toBe("read,write,backup,release,admin,execute");
    expect(formatRights(0x41n)).toBe("read,0x40");
  });

  it("round-trips through parseRights", () => {
    for (let bits = 0n; bits < 64n; bits++) expect(parseRights(formatRights(bits))).toBe(bits);
  });
});

describe("other argument parsers", () => {
  it("parses MiMei types", () => {
    expect(parseMiMeiType("file")).toBe(MiMeiType.FILE);
    expect(parseMiMeiType("DB")).toBe(MiMeiType.DB);
    expect(parseMiMeiType("mmfs")).toBe(MiMeiType.MMFS);
    expect(parseMiMeiType("app")).toBe(MiMeiType.APP);
    expect(() => parseMiMeiType("folder")).toThrow(/file, db, mmfs, app/);
  });

  it("parses versions against the names allowed", () => {
    expect(parseVersion("cur")).toBe("cur");
    expect(parseVersion("007")).toBe("7");
    expect(parseVersion("Release")).toBe("release");
    expect(() => parseVersion("release", ["last", "cur"])).toThrow(/last, cur/);
    expect(() => parseVersion("v1")).toThrow(InvalidArgumentError);
  });

  it("parses bounded integers", () => {
    const hours = parseIntInRange(1, 8760);
    expect(hours("24")).toBe(24);
    expect(() => hours("0")).toThrow(/1 to 8760/);
    expect(() => hours("1e3")).toThrow(InvalidArgumentError);
  });

  it("parses JSON string maps", () => {
    expect(parseStringMap('{"app":"notes","n":3,"ok":true}')).toEqual({ app: "notes", n: "3", ok: "true" });
    expect(() => parseStringMap("[1]")).toThrow(/object/);
    expect(() => parseStringMap('{"a":{}}')).toThrow(/"a"/);
    expect(() => parseStringMap("{")).toThrow(/JSON/);
  });

  it("collects KEY=VALUE pairs", () => {
    expect(collectKeyValue("b=2=3", collectKeyValue("a=1"))).toEqual({ a: "1", b: "2=3" });
    expect(() => collectKeyValue("=x")).toThrow(InvalidArgumentError);
  });
});
