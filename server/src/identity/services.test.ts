import { describe, expect, it } from "vitest";
import { createManualClock } from "../clock.js";
import { openDatabase } from "../store/index.js";
import { createIdentity, generateKeyPair, identitySchema, leitherIdOf } from "./index.js";

function setup() {
  const clock = createManualClock();
  const db = openDatabase({ path: ":memory:", schemas: [identitySchema] });
  const identity = createIdentity({ db, clock, nodeKey: generateKeyPair(), scrypt: { N: 1024, r: 8, p: 1 } });
  return { clock, identity };
}

async function alice(identity: ReturnType<typeof setup>["identity"]) {
  await identity.users.register("alice", "password1");
  return (await identity.users.verifyPassword("alice", "password1")).keyPair;
}

describe("requestService", () => {
  it("grants mimei to a registered user and remembers the grant", async () => {
    const { identity } = setup();
    const key = await alice(identity);
    const decision = identity.services.request(identity.passes.sign(key, undefined, { service: "mimei" }).token);
    expect(decision).toEqual({ granted: true, attributes: { quota_bytes: String(1024 ** 3) }, reason: "" });
    expect(identity.services.grantsOf(leitherIdOf(key.publicKey))).toEqual({ mimei: { quota_bytes: String(1024 ** 3) } });
  });

  it("grants mimei, but not relay, to a remote user whose key this node knows", () => {
    const { identity } = setup();
    const bob = generateKeyPair();
    identity.users.rememberRemoteUser(leitherIdOf(bob.publicKey), bob.publicKey);
    expect(identity.services.request(identity.passes.sign(bob, undefined, { service: "mimei" }).token).granted).toBe(true);
    expect(identity.services.request(identity.passes.sign(bob, undefined, { service: "relay" }).token)).toEqual({
      granted: false,
      attributes: {},
      reason: '"relay" is offered only to users registered on this node',
    });
  });

  it("refuses unknown services and unknown requesters with a reason", async () => {
    const { identity } = setup();
    const key = await alice(identity);
    expect(identity.services.request(identity.passes.sign(key, undefined, { service: "teleport" }).token)).toMatchObject({
      granted: false,
      reason: 'this node offers no service "teleport"',
    });
    expect(identity.services.request(identity.passes.sign(key, undefined, { service: "toString" }).token).granted).toBe(false);
    const stranger = generateKeyPair();
    expect(identity.services.request(identity.passes.sign(stranger, undefined, { service: "mimei" }).token)).toMatchObject({
      granted: false,
      reason: `the requester ${leitherIdOf(stranger.publicKey)} is not known to this node`,
    });
  });

  it("requires a valid self-signed pass naming the service", async () => {
    const { identity, clock } = setup();
    const key = await alice(identity);
    const other = leitherIdOf(generateKeyPair().publicKey);
    expect(() => identity.services.request(identity.passes.sign(key, other, { service: "mimei" }).token)).toThrow(
      expect.objectContaining({ reason: "PASS_NOT_SELF_SIGNED" }),
    );
    expect(() => identity.services.request(identity.passes.sign(key).token)).toThrow(expect.objectContaining({ reason: "SERVICE_MISSING" }));
    const { token } = identity.passes.sign(key, undefined, { service: "mimei" }, 1);
    clock.advance(3_600_000);
    expect(() => identity.services.request(token)).toThrow(expect.objectContaining({ kind: "unauthenticated", reason: "PASS_EXPIRED" }));
    expect(() => identity.services.request("garbage")).toThrow(expect.objectContaining({ reason: "PASS_INVALID" }));
  });
});
