import { describe, expect, it } from "vitest";
import { ALICE, BOB, CAROL, createTestStore } from "./mimei-test-support.js";
import { ALL_RIGHTS, RIGHT } from "./types.js";

function setup() {
  const t = createTestStore();
  return { ...t, id: t.store.create(ALICE, { type: "file", mark: "r" }).mimeiId };
}

describe("rights", () => {
  it("give the author every right and others nothing by default", () => {
    const { store, id } = setup();
    expect(store.rights.effective(id, ALICE)).toBe(ALL_RIGHTS);
    expect(store.rights.effective(id, BOB)).toBe(0);
    expect(store.rights.effective(id, null)).toBe(0);
  });

  it("give a member their bits OR everyone's; guests get everyone's", () => {
    const { store, id } = setup();
    store.rights.set(id, BOB, RIGHT.WRITE | RIGHT.BACKUP);
    store.rights.set(id, "*", RIGHT.READ);
    expect(store.rights.effective(id, BOB)).toBe(RIGHT.READ | RIGHT.WRITE | RIGHT.BACKUP);
    expect(store.rights.effective(id, CAROL)).toBe(RIGHT.READ);
    expect(store.rights.effective(id, null)).toBe(RIGHT.READ);
    expect(store.rights.effective(id, "*")).toBe(RIGHT.READ);
  });

  it("replace a member's bits, and 0 removes the member", () => {
    const { store, id } = setup();
    store.rights.set(id, BOB, RIGHT.ADMIN);
    store.rights.set(id, BOB, RIGHT.READ);
    expect(store.rights.effective(id, BOB)).toBe(RIGHT.READ);
    store.rights.set(id, BOB, 0);
    expect(store.rights.list(id)).toEqual([{ member: ALICE, bits: ALL_RIGHTS }]);
  });

  it("list the author first, then everyone, then members", () => {
    const { store, id } = setup();
    store.rights.set(id, CAROL, RIGHT.READ);
    store.rights.set(id, BOB, RIGHT.EXECUTE);
    store.rights.set(id, "*", RIGHT.READ);
    expect(store.rights.list(id)).toEqual([
      { member: ALICE, bits: ALL_RIGHTS },
      { member: "*", bits: RIGHT.READ },
      { member: BOB, bits: RIGHT.EXECUTE },
      { member: CAROL, bits: RIGHT.READ },
    ]);
  });

  it("cannot change the author's rights", () => {
    const { store, id } = setup();
    expect(() => store.rights.set(id, ALICE, RIGHT.READ)).toThrow(expect.objectContaining({ kind: "failed_precondition", reason: "AUTHOR_RIGHTS_FIXED" }));
  });

  it("refuse malformed members and unknown bits", () => {
    const { store, id } = setup();
    expect(() => store.rights.set(id, "", RIGHT.READ)).toThrow(expect.objectContaining({ reason: "INVALID_MEMBER" }));
    expect(() => store.rights.set(id, "bob", RIGHT.READ)).toThrow(expect.objectContaining({ reason: "INVALID_MEMBER" }));
    expect(() => store.rights.set(id, BOB, 0x07276707)).toThrow(expect.objectContaining({ reason: "INVALID_RIGHTS" }));
    expect(() => store.rights.set(id, BOB, -1)).toThrow(expect.objectContaining({ reason: "INVALID_RIGHTS" }));
  });

  it("need an existing MiMei", () => {
    const { store } = setup();
    const missing = Buffer.alloc(20, 9).toString("base64url");
    expect(() => store.rights.effective(missing, BOB)).toThrow(expect.objectContaining({ kind: "not_found", reason: "MIMEI_UNKNOWN" }));
    expect(() => store.rights.effective("nope", BOB)).toThrow(expect.objectContaining({ kind: "invalid_argument", reason: "INVALID_MIMEI_ID" }));
  });
});
