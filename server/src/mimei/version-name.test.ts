import { describe, expect, it } from "vitest";
import { checkVersionNumber, parseVersionName } from "./version-name.js";

describe("version names", () => {
  it.each([
    ["", { kind: "cur" }],
    ["cur", { kind: "cur" }],
    ["last", { kind: "last" }],
    ["release", { kind: "release" }],
    ["1", { kind: "number", version: 1 }],
    ["42", { kind: "number", version: 42 }],
    ["9007199254740991", { kind: "number", version: 2 ** 53 - 1 }],
  ])("%j names %j", (name, parsed) => {
    expect(parseVersionName(name)).toEqual(parsed);
  });

  it.each(["0", "-1", "+1", "01", "1.5", "1e3", " 1", "1 ", "abc", "CUR", "Last", "0x10", "9007199254740992", "99999999999999999999"])(
    "%j is BAD_VERSION",
    (name) => {
      expect(() => parseVersionName(name)).toThrow(expect.objectContaining({ kind: "invalid_argument", reason: "BAD_VERSION" }));
    },
  );

  it("checks numbers given as numbers", () => {
    expect(checkVersionNumber(3)).toBe(3);
    for (const bad of [0, -1, 1.5, 2 ** 53, Number.NaN]) {
      expect(() => checkVersionNumber(bad)).toThrow(expect.objectContaining({ reason: "BAD_VERSION" }));
    }
  });
});
