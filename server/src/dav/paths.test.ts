import { describe, expect, it } from "vitest";
import { hrefOf, isWithin, parseDavPath, parseDavUrl, pathnameOf } from "./paths.js";

const ID = "AbCdEfGhIjKlMnOpQrStUvWxYz0";

describe("WebDAV paths", () => {
  it("parse the MiMei id and the decoded tree path, noting a trailing slash", () => {
    expect(parseDavPath(`/dav/${ID}/`)).toEqual({ mimeiId: ID, path: "/", trailingSlash: true });
    expect(parseDavPath(`/dav/${ID}`)).toEqual({ mimeiId: ID, path: "/", trailingSlash: false });
    expect(parseDavPath(`/dav/${ID}/a/res-%e2%82%ac/`)).toEqual({ mimeiId: ID, path: "/a/res-€", trailingSlash: true });
    expect(parseDavPath("/mm/x")).toBeNull();
  });

  it.each([
    ["'..'", `/dav/${ID}/a/../b`],
    ["'%2e%2e'", `/dav/${ID}/a/%2e%2e/b`],
    ["'.'", `/dav/${ID}/./b`],
    ["an encoded slash", `/dav/${ID}/a%2Fb`],
    ["an encoded backslash", `/dav/${ID}/a%5Cb`],
    ["an encoded NUL", `/dav/${ID}/a%00b`],
    ["an empty segment", `/dav/${ID}/a//b`],
    ["bad percent-encoding", `/dav/${ID}/%e2%82`],
    ["a malformed MiMei id", "/dav/a.b/x"],
  ])("refuse %s with INVALID_ARGUMENT", (_what, path) => {
    expect(() => parseDavPath(path)).toThrow(expect.objectContaining({ kind: "invalid_argument" }));
  });

  it("take the path of absolute-form targets and refuse fragments", () => {
    expect(pathnameOf(`http://h:1/dav/${ID}/x?y=1`)).toBe(`/dav/${ID}/x`);
    expect(() => pathnameOf(`/dav/${ID}/frag/#ment`)).toThrow(expect.objectContaining({ reason: "INVALID_PATH" }));
    expect(parseDavUrl(`http://elsewhere/dav/${ID}/a%20b`).path).toBe("/a b");
    expect(() => parseDavUrl("http://h/other/x")).toThrow(expect.objectContaining({ reason: "INVALID_DESTINATION" }));
  });

  it("write hrefs percent-encoded, collections ending in '/'", () => {
    expect(hrefOf(ID, "/", true)).toBe(`/dav/${ID}/`);
    expect(hrefOf(ID, "/a b/€", true)).toBe(`/dav/${ID}/a%20b/%E2%82%AC/`);
    expect(hrefOf(ID, "/a#?", false)).toBe(`/dav/${ID}/a%23%3F`);
  });

  it("know when a path lies within another", () => {
    expect(isWithin("/a/b", "/a")).toBe(true);
    expect(isWithin("/ab", "/a")).toBe(false);
    expect(isWithin("/a", "/")).toBe(true);
  });
});
