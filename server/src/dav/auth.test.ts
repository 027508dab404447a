import { describe, expect, it } from "vitest";
import { createManualClock } from "../clock.js";
import { LeitherError } from "../errors.js";
import { createDavAuthenticator, rightsCheck } from "./auth.js";

const basic = (user: string, pw: string) => `Basic ${Buffer.from(`${user}:${pw}`).toString("base64")}`;
const PASS = `e30.${"A".repeat(86)}`; // the shape of a pass token

function setup() {
  const clock = createManualClock();
  const calls: string[] = [];
  const auth = createDavAuthenticator({
    clock,
    async verifyPassword(name, pw) {
      calls.push(`${name}:${pw}`);
      await new Promise((r) => setTimeout(r, 5));
      if (name === "alice" && pw === "right password") return "ALICE";
      throw new LeitherError("unauthenticated", "WRONG_PASSWORD", "wrong name or password");
    },
    resolveSession: (id) => {
      if (id === "s1") return "ALICE";
      throw new LeitherError("unauthenticated", "SESSION_INVALID", "no such session");
    },
    verifyPass: (token) => {
      if (token === PASS) return "BOB";
      throw new LeitherError("unauthenticated", "PASS_INVALID", "bad pass");
    },
  });
  return { auth, calls, clock };
}

describe("WebDAV authentication", () => {
  it("makes a guest of a request without credentials", async () => {
    expect(await setup().auth.authenticate(undefined)).toEqual({ sessionId: null, userId: null });
  });

  it("accepts Basic with name and password, Basic with a pass as the password, Bearer sessions and Pass tokens", async () => {
    const { auth } = setup();
    expect((await auth.authenticate(basic("alice", "right password"))).userId).toBe("ALICE");
    expect((await auth.authenticate(basic("anyone", PASS))).userId).toBe("BOB");
    expect(await auth.authenticate("Bearer s1")).toEqual({ sessionId: "s1", userId: "ALICE" });
    expect((await auth.authenticate(`Pass ${PASS}`)).userId).toBe("BOB");
  });

  it.each([
    ["a wrong password", basic("alice", "wrong")],
    ["an unknown session", "Bearer nope"],
    ["a bad pass", basic("x", `e30.${"B".repeat(86)}`)],
    ["Basic without a colon", `Basic ${Buffer.from("alice").toString("base64")}`],
    ["an unknown scheme", "Digest abc"],
  ])("refuses %s as unauthenticated", async (_what, header) => {
    await expect(setup().auth.authenticate(header)).rejects.toMatchObject({ kind: "unauthenticated" });
  });

  it("checks a password once for many requests, and again once the memory expires", async () => {
    const { auth, calls, clock } = setup();
    await Promise.all([1, 2, 3, 4, 5, 6, 7].map(() => auth.authenticate(basic("alice", "right password"))));
    await auth.authenticate(basic("alice", "right password"));
    expect(calls).toEqual(["alice:right password"]);
    clock.advance(5 * 60_000 + 1);
    await auth.authenticate(basic("alice", "right password"));
    expect(calls).toHaveLength(2);
  });

  it("never remembers a wrong password", async () => {
    const { auth, calls } = setup();
    for (let i = 0; i < 2; i++) await expect(auth.authenticate(basic("alice", "wrong"))).rejects.toBeInstanceOf(LeitherError);
    expect(calls).toHaveLength(2);
  });
});

describe("the rights check", () => {
  const check = rightsCheck((caller, _id, right) => caller.userId === "ALICE" || right === "read");
  it("asks guests to log in and refuses users who lack the right", () => {
    expect(() => check({ sessionId: null, userId: "ALICE" }, "m", "write")).not.toThrow();
    expect(() => check({ sessionId: null, userId: null }, "m", "read")).not.toThrow();
    expect(() => check({ sessionId: null, userId: null }, "m", "write")).toThrow(expect.objectContaining({ kind: "unauthenticated" }));
    expect(() => check({ sessionId: null, userId: "BOB" }, "m", "write")).toThrow(expect.objectContaining({ kind: "permission_denied" }));
  });
});
