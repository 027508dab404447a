// The policy's checks on MiMei rules: the author of the MiMei behind a live handle holds every
// right without a rights lookup (its author is remembered, as it never changes), while every
// other caller is checked against the rights as they are now, at each call.
import { describe, expect, it } from "vitest";
import { LeitherError } from "../errors.js";
import { createPolicy, type RightsSource } from "./policy.js";
import { RIGHT } from "./rights.js";
import type { Rule } from "./rules.js";

const AUTHOR = "a".repeat(27);
const MEMBER = "m".repeat(27);
const MIMEI = "x".repeat(27);

function setup() {
  const rights = new Map<string, number>([[MEMBER, RIGHT.READ]]);
  const calls = { effective: 0, authorOf: 0 };
  const source: RightsSource = {
    effectiveRights: (_id, userId) => {
      calls.effective++;
      return userId === AUTHOR ? 0xff : (rights.get(userId ?? "") ?? 0);
    },
    mimeiOfHandle: (handle) => {
      if (handle !== "live") throw new LeitherError("not_found", "HANDLE_UNKNOWN", "no such handle");
      return MIMEI;
    },
    authorOf: () => {
      calls.authorOf++;
      return AUTHOR;
    },
  };
  const policy = createPolicy({ rights: source, admins: { isAdmin: () => false } });
  return { policy, rights, calls };
}

const write: Rule = { access: "mimei", right: RIGHT.WRITE, target: (m: { handle?: string; mimeiId?: string }) => m };
const reasonOf = (fn: () => void) => {
  try {
    fn();
  } catch (err) {
    return (err as LeitherError).reason;
  }
  return "allowed";
};

describe("policy on MiMei rules", () => {
  it("lets the author through a live handle without looking up rights, asking for the author once", () => {
    const { policy, calls } = setup();
    for (let i = 0; i < 3; i++) expect(reasonOf(() => policy.authorize({ sessionId: "s", userId: AUTHOR }, write, { handle: "live" }))).toBe("allowed");
    expect(calls).toEqual({ effective: 0, authorOf: 1 });
  });

  it("checks everyone else against the current rights at each call", () => {
    const { policy, rights } = setup();
    const member = { sessionId: "s", userId: MEMBER };
    expect(reasonOf(() => policy.authorize(member, write, { handle: "live" }))).toBe("RIGHT_MISSING");
    rights.set(MEMBER, RIGHT.READ | RIGHT.WRITE);
    expect(reasonOf(() => policy.authorize(member, write, { handle: "live" }))).toBe("allowed");
    rights.set(MEMBER, RIGHT.READ);
    expect(reasonOf(() => policy.authorize(member, write, { handle: "live" }))).toBe("RIGHT_MISSING");
    expect(reasonOf(() => policy.authorize({ sessionId: null, userId: null }, write, { handle: "live" }))).toBe("LOGIN_REQUIRED");
  });

  it("still refuses a dead handle, and asks the rights source when the request names the MiMei by id", () => {
    const { policy, calls } = setup();
    const author = { sessionId: "s", userId: AUTHOR };
    expect(reasonOf(() => policy.authorize(author, write, { handle: "closed" }))).toBe("HANDLE_UNKNOWN");
    expect(reasonOf(() => policy.authorize(author, write, { mimeiId: MIMEI, handle: "live" }))).toBe("allowed");
    expect(calls.effective).toBe(1);
  });
});
