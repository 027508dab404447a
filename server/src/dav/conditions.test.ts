import { describe, expect, it } from "vitest";
import { LeitherError } from "../errors.js";
import { evaluateIf, ifMatchHolds, ifNoneMatchHolds, parseIf, type ResourceState } from "./conditions.js";

const ETAG = '"abc"';
const LOCKED: ResourceState = { etag: ETAG, hasLock: (t) => t === "leither-lock:T" };

describe("the If header", () => {
  it("parses untagged lists with lock tokens, entity tags and Not, and collects the submitted tokens", () => {
    const parsed = parseIf('(<leither-lock:T> ["abc"]) (Not <DAV:no-lock> [W/"x"])')!;
    expect(parsed.lists).toEqual([
      { resource: undefined, conditions: [{ not: false, token: "leither-lock:T" }, { not: false, etag: '"abc"' }] },
      { resource: undefined, conditions: [{ not: true, token: "DAV:no-lock" }, { not: false, etag: 'W/"x"' }] },
    ]);
    expect([...parsed.tokens]).toEqual(["leither-lock:T"]);
  });

  it("parses tagged lists, several lists per resource tag", () => {
    const parsed = parseIf("<http://h/dav/m/a> (<t1>) (<t2>) </dav/m/b> (Not <t3>)")!;
    expect(parsed.lists.map((l) => [l.resource, l.conditions[0]!.token])).toEqual([
      ["http://h/dav/m/a", "t1"],
      ["http://h/dav/m/a", "t2"],
      ["/dav/m/b", "t3"],
    ]);
    expect([...parsed.tokens]).toEqual(["t1", "t2"]);
  });

  it.each([
    ["an empty header", ""],
    ["an empty list", "()"],
    ["an unclosed list", "(<t>"],
    ["an unquoted entity tag", "([abc])"],
    ["tagged and untagged lists mixed", "(<t>) <http://h/x> (<t>)"],
    ["a resource tag without a list", "<http://h/x>"],
    ["text outside lists", "<t>"],
  ])("refuses %s with IF_HEADER_INVALID", (_what, header) => {
    expect(() => parseIf(header)).toThrow(expect.objectContaining({ reason: "IF_HEADER_INVALID" }) as LeitherError);
  });

  it("holds when any one list holds, and a list holds when all its conditions do", () => {
    const check = (h: string) => evaluateIf(parseIf(h)!, () => LOCKED);
    expect(check('(<leither-lock:T> ["abc"])')).toBe(true);
    expect(check('(<leither-lock:T> ["abd"])')).toBe(false);
    expect(check("(<DAV:no-lock>)")).toBe(false);
    expect(check("(<leither-lock:Tx>) (Not <DAV:no-lock>)")).toBe(true);
    expect(check('(<leither-lock:T> ["abd"]) (Not <DAV:no-lock> ["abd"])')).toBe(false);
  });

  it("evaluates a tagged list against its own resource", () => {
    const states: Record<string, ResourceState> = { "/a": LOCKED, "/b": { hasLock: () => false } };
    const stateOf = (r: string | undefined) => states[r ?? "/b"]!;
    expect(evaluateIf(parseIf("</a> (<leither-lock:T>)")!, stateOf)).toBe(true);
    expect(evaluateIf(parseIf("</b> (<leither-lock:T>)")!, stateOf)).toBe(false);
  });

  it("never matches a weak entity tag against our (strong) ones", () => {
    expect(evaluateIf(parseIf('(["abc"])')!, () => LOCKED)).toBe(true);
    expect(evaluateIf(parseIf('([W/"abc"])')!, () => LOCKED)).toBe(false);
  });
});

describe("If-Match and If-None-Match", () => {
  it("If-Match holds for the current tag or '*' on an existing resource", () => {
    expect(ifMatchHolds(undefined, undefined)).toBe(true);
    expect(ifMatchHolds('"x", "abc"', ETAG)).toBe(true);
    expect(ifMatchHolds('"x"', ETAG)).toBe(false);
    expect(ifMatchHolds("*", ETAG)).toBe(true);
    expect(ifMatchHolds("*", undefined)).toBe(false);
  });

  it("If-None-Match fails for the current tag (weakly compared) or '*' on an existing resource", () => {
    expect(ifNoneMatchHolds("*", undefined)).toBe(true);
    expect(ifNoneMatchHolds("*", ETAG)).toBe(false);
    expect(ifNoneMatchHolds('W/"abc"', ETAG)).toBe(false);
    expect(ifNoneMatchHolds('"x"', ETAG)).toBe(true);
  });
});
