import { describe, expect, it } from "vitest";
import { formatListen, parseListen } from "./listen.js";

describe("parseListen", () => {
  it.each([
    ["127.0.0.1:4800", { host: "127.0.0.1", port: 4800 }],
    ["0.0.0.0:80", { host: "0.0.0.0", port: 80 }],
    ["localhost:0", { host: "localhost", port: 0 }],
    ["[::1]:4801", { host: "::1", port: 4801 }],
    ["[::]:65535", { host: "::", port: 65535 }],
    [":4802", { host: "127.0.0.1", port: 4802 }],
    ["4803", { host: "127.0.0.1", port: 4803 }],
    [" example.org:443 ", { host: "example.org", port: 443 }],
  ])("parses %j", (text, want) => {
    expect(parseListen(text)).toEqual(want);
  });

  it.each([
    ["", /empty/],
    ["example.org", /HOST:PORT/],
    ["host:", /port/],
    ["host:65536", /port/],
    ["host:-1", /port/],
    ["host:12ab", /port/],
    ["::1:4800", /brackets/],
    ["[::1", /\]/],
    ["[::1]4800", /:PORT/],
    ["[]:4800", /empty IPv6/],
  ])("rejects %j", (text, message) => {
    expect(() => parseListen(text)).toThrow(message);
  });

  it("formats IPv6 hosts in brackets", () => {
    expect(formatListen({ host: "::1", port: 1 })).toBe("[::1]:1");
    expect(formatListen({ host: "127.0.0.1", port: 2 })).toBe("127.0.0.1:2");
  });
});
