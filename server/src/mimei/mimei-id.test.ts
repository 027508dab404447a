import { describe, expect, it } from "vitest";
import { EMPTY_DIGEST } from "../store/index.js";
import { computeMiMeiId, isMiMeiId } from "./mimei-id.js";
import { ALICE, BOB, createTestStore } from "./mimei-test-support.js";
import { ALL_RIGHTS, RIGHT } from "./types.js";

const base = { authorId: ALICE, type: "file" as const, appId: "blog", ext: "json", mark: "settings" };

describe("MiMei ids", () => {
  it("are 27-character base64url ids fixed by (author, type, app id, ext, mark)", () => {
    const id = computeMiMeiId(base);
    expect(id).toMatch(/^[A-Za-z0-9_-]{27}$/);
    expect(isMiMeiId(id)).toBe(true);
    expect(computeMiMeiId({ ...base })).toBe(id);
    for (const change of [{ authorId: BOB }, { type: "db" as const }, { appId: "" }, { ext: "txt" }, { mark: "" }]) {
      expect(computeMiMeiId({ ...base, ...change })).not.toBe(id);
    }
  });

  it("encode their inputs unambiguously: moving a character between fields changes the id", () => {
    expect(computeMiMeiId({ ...base, ext: "ab", mark: "c" })).not.toBe(computeMiMeiId({ ...base, ext: "a", mark: "bc" }));
    expect(computeMiMeiId({ ...base, appId: "x", ext: "" })).not.toBe(computeMiMeiId({ ...base, appId: "", ext: "x" }));
  });

  it("have one spelling: other lengths and non-zero spare bits are not ids", () => {
    const id = computeMiMeiId(base);
    expect(isMiMeiId(id + "A")).toBe(false);
    expect(isMiMeiId(id.slice(0, 26))).toBe(false);
    expect(isMiMeiId(Buffer.alloc(20).toString("base64url").slice(0, 26) + "B")).toBe(false); // 'B' sets a spare bit
    expect(isMiMeiId("a".repeat(26) + "+")).toBe(false);
  });

  it("cannot be computed for the auto mark", () => {
    expect(() => computeMiMeiId({ ...base, mark: "auto" })).toThrow(expect.objectContaining({ kind: "invalid_argument", reason: "AUTO_MARK_HAS_NO_ID" }));
  });

  it.each([
    ["INVALID_AUTHOR", { authorId: "alice" }],
    ["INVALID_TYPE", { type: "folder" }],
    ["INVALID_TYPE", { type: undefined }],
    ["INVALID_APP_ID", { appId: "my app" }],
    ["INVALID_APP_ID", { appId: "a".repeat(65) }],
    ["INVALID_EXT", { ext: "a/b" }],
    ["INVALID_EXT", { ext: "e".repeat(65) }],
    ["INVALID_MARK", { mark: "m".repeat(129) }],
    ["INVALID_MARK", { mark: "line\nbreak" }],
  ])("refuses malformed inputs with %s", (reason, change) => {
    expect(() => computeMiMeiId({ ...base, ...(change as object) })).toThrow(expect.objectContaining({ kind: "invalid_argument", reason }));
  });

  it("accept limits and printable Unicode", () => {
    expect(() => computeMiMeiId({ ...base, appId: "a".repeat(64), ext: "e.x_t-1".padEnd(64, "x"), mark: "é🙂 ".repeat(42) + "ab" })).not.toThrow();
  });
});

describe("create", () => {
  it("returns the existing MiMei for the same inputs", () => {
    const { store } = createTestStore();
    const first = store.create(ALICE, { type: "file", ext: "json", mark: "a" });
    expect(first).toEqual({ mimeiId: computeMiMeiId({ authorId: ALICE, type: "file", ext: "json", mark: "a" }), created: true, mark: "a" });
    expect(store.create(ALICE, { type: "file", ext: "json", mark: "a" })).toEqual({ ...first, created: false });
    expect(store.info(first.mimeiId)).toMatchObject({ authorId: ALICE, type: "file", appId: "", curDigest: EMPTY_DIGEST, curSize: 0, lastVersion: 0 });
  });

  it('makes a fresh id for the mark "auto", starting with unix seconds', () => {
    const { store, clock } = createTestStore();
    const a = store.create(ALICE, { type: "db", mark: "auto" });
    const b = store.create(ALICE, { type: "db", mark: "auto" });
    expect(a.created && b.created).toBe(true);
    expect(a.mimeiId).not.toBe(b.mimeiId);
    expect(a.mark).toMatch(new RegExp(`^${Math.floor(clock.now() / 1000)}-[A-Za-z0-9_-]{8}$`));
    expect(store.info(a.mimeiId).mark).toBe(a.mark);
  });

  it("sets public rights once, and a repeated create leaves rights alone", () => {
    const { store } = createTestStore();
    const { mimeiId } = store.create(ALICE, { type: "app", mark: "pub", publicRights: RIGHT.READ });
    expect(store.rights.effective(mimeiId, null)).toBe(RIGHT.READ);
    store.create(ALICE, { type: "app", mark: "pub", publicRights: ALL_RIGHTS });
    expect(store.rights.effective(mimeiId, null)).toBe(RIGHT.READ);
  });

  it("refuses unknown right bits", () => {
    const { store } = createTestStore();
    expect(() => store.create(ALICE, { type: "file", publicRights: 64 })).toThrow(expect.objectContaining({ reason: "INVALID_RIGHTS" }));
  });
});
