import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createBlobStore, DatabaseLockedError, EMPTY_DIGEST, MigrationError, openDatabase, type Schema } from "./index.js";

const tmp = () => mkdtempSync(path.join(tmpdir(), "leither-store-"));

describe("openDatabase", () => {
  const schema: Schema = {
    namespace: "demo",
    migrations: [
      { version: 1, description: "items", up: (db) => db.exec("CREATE TABLE items (k TEXT PRIMARY KEY, v TEXT)") },
      { version: 2, description: "items.n", up: (db) => db.exec("ALTER TABLE items ADD COLUMN n INTEGER DEFAULT 0") },
    ],
  };

  it("uses WAL and applies each migration once", () => {
    const file = path.join(tmp(), "node.db");
    const db = openDatabase({ path: file, schemas: [schema] });
    expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
    db.prepare("INSERT INTO items (k, v, n) VALUES ('a', 'b', 1)").run();
    db.close();
    const again = openDatabase({ path: file, schemas: [schema] });
    expect(again.prepare("SELECT n FROM items").get()).toEqual({ n: 1 });
    again.close();
  });

  it("refuses a database written by newer software", () => {
    const file = path.join(tmp(), "node.db");
    openDatabase({ path: file, schemas: [schema] }).close();
    expect(() => openDatabase({ path: file, schemas: [{ ...schema, migrations: schema.migrations.slice(0, 1) }] })).toThrow(MigrationError);
  });

  it("with exclusive, refuses a second opener until the first closes", () => {
    const file = path.join(tmp(), "node.db");
    const first = openDatabase({ path: file, schemas: [schema], exclusive: true });
    expect(() => openDatabase({ path: file, schemas: [schema], exclusive: true })).toThrow(DatabaseLockedError);
    first.close();
    openDatabase({ path: file, schemas: [schema], exclusive: true }).close();
  });

  it("rolls back a failing migration", () => {
    const file = path.join(tmp(), "node.db");
    const broken: Schema = {
      namespace: "broken",
      migrations: [{ version: 1, description: "bad", up: (db) => { db.exec("CREATE TABLE t (x)"); throw new Error("boom"); } }],
    };
    expect(() => openDatabase({ path: file, schemas: [broken] })).toThrow("boom");
    const db = openDatabase({ path: file, schemas: [] });
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 't'").get()).toBeUndefined();
    db.close();
  });
});

describe("blob store", () => {
  it("stores content once under its SHA-256 and reads ranges", async () => {
    const blobs = createBlobStore(tmp());
    const a = await blobs.put(Buffer.from("hello world"));
    const b = await blobs.put((async function* () { yield Buffer.from("hello "); yield Buffer.from("world"); })());
    expect(a).toEqual(b);
    expect(a.digest).toBe("b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9");
    expect((await blobs.readAll(a.digest)).toString()).toBe("hello world");
    const parts: Buffer[] = [];
    for await (const c of blobs.read(a.digest, 6, 11)) parts.push(c as Buffer);
    expect(Buffer.concat(parts).toString()).toBe("world");
    expect(await blobs.totalBytes()).toBe(11);
  });

  it("reads a blob into a caller's buffer: as much as fits, and how much that was", async () => {
    const blobs = createBlobStore(tmp());
    const { digest } = await blobs.put(Buffer.from("hello world"));
    const roomy = Buffer.alloc(32, "-");
    expect(await blobs.readInto(digest, roomy)).toBe(11);
    expect(roomy.toString()).toBe("hello world" + "-".repeat(21));
    const small = Buffer.alloc(5);
    expect(await blobs.readInto(digest, small)).toBe(5);
    expect(small.toString()).toBe("hello");
    await expect(blobs.readInto(EMPTY_DIGEST, small)).rejects.toMatchObject({ reason: "NOT_FOUND" });
  });

  it("rejects content that does not match the expected digest and keeps nothing", async () => {
    const blobs = createBlobStore(tmp());
    await expect(blobs.put(Buffer.from("x"), EMPTY_DIGEST)).rejects.toMatchObject({ reason: "DIGEST_MISMATCH" });
    expect(await blobs.has(EMPTY_DIGEST)).toBe(false);
    expect(await blobs.totalBytes()).toBe(0);
  });

  it("rejects malformed digests", async () => {
    const blobs = createBlobStore(tmp());
    expect(() => blobs.read("../../etc/passwd")).toThrow(/not a lowercase hex/);
    await expect(blobs.readAll("ABC")).rejects.toMatchObject({ reason: "INVALID_DIGEST" });
  });
});
