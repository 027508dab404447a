import { Code } from "@connectrpc/connect";
import { describe, expect, it } from "vitest";
import { LeitherError, storageFullError } from "../errors.js";
import { isExpectedError, reasonOf, toConnectError } from "./errors.js";

/** An error as Node's fs or better-sqlite3 throws it. */
const withCode = (code: string) => Object.assign(new Error(`${code}: something`), { code });

describe("the RPC error boundary", () => {
  it("gives a domain error its code and reason", () => {
    const err = toConnectError(new LeitherError("not_found", "NO_SUCH_PATH", "no such path"));
    expect({ code: err.code, reason: reasonOf(err), message: err.rawMessage }).toEqual({ code: Code.NotFound, reason: "NO_SUCH_PATH", message: "no such path" });
  });

  it("tells the caller that the node's storage is full when the disk, a quota or SQLite had no room", () => {
    for (const code of ["ENOSPC", "EDQUOT", "SQLITE_FULL"]) {
      const raw = withCode(code);
      // Still unexpected, so the boundary logs it for the operator.
      expect(isExpectedError(raw)).toBe(false);
      const err = toConnectError(raw);
      expect({ code: err.code, reason: reasonOf(err) }).toEqual({ code: Code.ResourceExhausted, reason: "STORAGE_FULL" });
      expect(err.rawMessage).toContain("storage is full");
      expect(err.rawMessage).not.toContain(code);
    }
  });

  it("hides every other unexpected error behind INTERNAL", () => {
    for (const raw of [withCode("EIO"), withCode("SQLITE_CORRUPT"), new Error("bug"), "a string"]) {
      expect(storageFullError(raw)).toBeUndefined();
      const err = toConnectError(raw);
      expect({ code: err.code, message: err.rawMessage, reason: reasonOf(err) }).toEqual({ code: Code.Internal, message: "internal error", reason: undefined });
    }
  });
});
