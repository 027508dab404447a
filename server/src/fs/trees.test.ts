import { createHash } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createManualClock } from "../clock.js";
import { LeitherError } from "../errors.js";
import { createMiMeiStore, mimeiSchema, type MiMeiStore } from "../mimei/index.js";
import { createBlobStore, createDirectIo, createPackFiles, EMPTY_DIGEST, openDatabase } from "../store/index.js";
import { createContentStore } from "./content-store.js";
import { fsSchema } from "./schema.js";
import { createTrees } from "./tree-service.js";
import { createTreeStore } from "./tree-store.js";

const ALICE = Buffer.alloc(20, 0xa1).toString("base64url");
const sha = (s: string | Buffer) => createHash("sha256").update(s).digest("hex");

function setup() {
  const dir = mkdtempSync(path.join(tmpdir(), "leither-trees-"));
  const db = openDatabase({ path: path.join(dir, "node.db"), schemas: [mimeiSchema, fsSchema] });
  const clock = createManualClock();
  const chunkDir = path.join(dir, "chunks");
  const direct = createDirectIo(path.join(chunkDir, "tmp"));
  const content = createContentStore({ db, packs: createPackFiles(path.join(chunkDir, "packs"), direct), chunks: createBlobStore(chunkDir, { direct }), clock });
  let mimei: MiMeiStore | undefined;
  const { trees, engine } = createTrees({ db, clock, content, mimei: () => mimei! });
  mimei = createMiMeiStore({ db, blobs: createBlobStore(path.join(dir, "blobs")), clock, handleIdleMs: 60_000, engines: { mmfs: engine, app: engine } });
  const tree = mimei.create(ALICE, { type: "mmfs", mark: "t" }).mimeiId;
  const store = async (text: string) => content.ingest((async function* () { yield Buffer.from(text); })());
  const cur = () => trees.root(tree).root;
  return { db, clock, content, trees, mimei, tree, store, cur };
}

const reasonOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (err) {
    return err instanceof LeitherError ? `${err.kind}:${err.reason}` : String(err);
  }
  return "no error";
};

describe("mmfs trees", () => {
  it("starts empty: the root digest is the SHA-256 of no bytes", () => {
    const { trees, cur } = setup();
    expect(cur()).toBe(EMPTY_DIGEST);
    expect(trees.stat(cur(), "/")).toMatchObject({ path: "/", kind: "dir", entryCount: 0, size: 0 });
  });

  it("computes directory digests from sorted entry lines, as file_service.proto defines", async () => {
    const { trees, tree, store, cur } = setup();
    const a = await store("hello");
    trees.edit(tree, (d) => {
      d.mkdir("/docs");
      d.putFile("/docs/b.txt", a);
      d.putFile("/a.txt", a);
    });
    const docs = sha(`f ${a.hash} b.txt\n`);
    expect(trees.stat(cur(), "/docs").digest).toBe(docs);
    expect(cur()).toBe(sha(`f ${a.hash} a.txt\nd ${docs} docs\n`));
    expect(trees.stat(cur(), "/").size).toBe(10);
  });

  it("mkdir, readdir, stat, move, copy and remove behave like a file system", async () => {
    const { trees, tree, store, cur } = setup();
    const f = await store("x".repeat(100));
    trees.edit(tree, (d) => {
      d.mkdir("/a/b/c", { parents: true });
      d.putFile("/a/b/c/f.md", f);
      d.putFile("/a/g.md", f);
    });
    expect(trees.list(cur(), "/a").items.map((e) => [e.name, e.kind])).toEqual([["b", "dir"], ["g.md", "file"]]);
    expect(trees.stat(cur(), "/a/b/c/f.md")).toMatchObject({ size: 100, digest: f.hash, mimeType: "text/markdown; charset=utf-8" });
    trees.edit(tree, (d) => d.move("/a/b", "/moved"));
    expect(trees.lookup(cur(), "/a/b")).toBeUndefined();
    expect(trees.stat(cur(), "/moved/c/f.md").digest).toBe(f.hash);
    trees.edit(tree, (d) => d.copy({ root: "", path: "/moved" }, "/copy"));
    expect(trees.stat(cur(), "/copy").digest).toBe(trees.stat(cur(), "/moved").digest);
    expect(trees.edit(tree, (d) => d.remove("/copy", { recursive: true }))).toBe(3);
    expect(trees.lookup(cur(), "/copy")).toBeUndefined();
  });

  it("refuses what a file system refuses, and changes nothing when it does", async () => {
    const { trees, tree, store, cur } = setup();
    const f = await store("x");
    trees.edit(tree, (d) => {
      d.mkdir("/dir");
      d.putFile("/dir/f", f);
    });
    const before = cur();
    const edit = (fn: Parameters<typeof trees.edit>[1]) => reasonOf(() => trees.edit(tree, fn));
    expect(edit((d) => d.mkdir("/dir"))).toBe("already_exists:PATH_EXISTS");
    expect(edit((d) => d.mkdir("/x/y"))).toBe("not_found:PARENT_NOT_FOUND");
    expect(edit((d) => d.putFile("/dir/f/g", f))).toBe("failed_precondition:NOT_A_DIRECTORY");
    expect(edit((d) => d.putFile("/dir/f", f))).toBe("already_exists:PATH_EXISTS");
    expect(edit((d) => d.putFile("/dir", f, { overwrite: true }))).toBe("failed_precondition:IS_A_DIRECTORY");
    expect(edit((d) => d.remove("/dir"))).toBe("failed_precondition:DIRECTORY_NOT_EMPTY");
    expect(edit((d) => d.remove("/nope"))).toBe("not_found:NO_SUCH_PATH");
    expect(edit((d) => d.move("/dir", "/dir/sub"))).toBe("invalid_argument:MOVE_INTO_ITSELF");
    expect(edit((d) => d.mkdir("/../etc"))).toBe("invalid_argument:INVALID_NAME");
    expect(edit((d) => d.mkdir("/a//b"))).toBe("invalid_argument:INVALID_PATH");
    expect(edit((d) => d.mkdir("/" + "n".repeat(256)))).toBe("invalid_argument:NAME_TOO_LONG");
    expect(edit((d) => d.mkdir("/p/".repeat(1500)))).toBe("invalid_argument:PATH_TOO_LONG");
    // A failing edit rolls back everything it did before the failure.
    expect(edit((d) => { d.mkdir("/new"); d.mkdir("/new"); })).toBe("already_exists:PATH_EXISTS");
    expect(cur()).toBe(before);
  });

  it("versions are immutable roots: backup is free, restore moves cur back, diff lists changed paths", async () => {
    const { trees, tree, store, cur, mimei } = setup();
    const [a, b] = [await store("a"), await store("b")];
    trees.edit(tree, (d) => {
      d.mkdir("/same/deep", { parents: true });
      d.putFile("/same/deep/x", a);
      d.putFile("/f", a);
      d.putFile("/gone", a);
      d.mkdir("/t");
    });
    const v1 = (await mimei.versions.backup(tree, ALICE)).version;
    trees.edit(tree, (d) => {
      d.putFile("/f", b, { overwrite: true });
      d.remove("/gone");
      d.remove("/t");
      d.putFile("/t", a);
      d.mkdir("/added");
    });
    const v1root = trees.root(tree, String(v1)).root;
    expect(trees.stat(v1root, "/f").digest).toBe(a.hash);
    const changes = trees.diff(v1root, cur(), "/").items.map((c) => `${c.kind} ${c.path}`);
    expect(changes).toEqual(["added /added", "modified /f", "removed /gone", "type_changed /t"]);
    await mimei.versions.restore(tree, String(v1));
    expect(cur()).toBe(v1root);
  });

  it("diff never reads a subtree whose digest is unchanged", async () => {
    const { trees, tree, store, cur, db, clock } = setup();
    const a = await store("a");
    trees.edit(tree, (d) => {
      for (let i = 0; i < 20; i++) d.putFile(`/big/sub${i}/file`, a, { makeParents: true });
      d.putFile("/small", a);
    });
    const before = cur();
    trees.edit(tree, (d) => d.remove("/small"));
    // A store over the same tables that records which directory nodes it lists.
    const listed: string[] = [];
    const spy = new Proxy(db, {
      get(target, prop) {
        if (prop !== "prepare") return Reflect.get(target, prop, target);
        return (sql: string) => {
          const stmt = target.prepare(sql);
          return new Proxy(stmt, {
            get(s, p) {
              const v = Reflect.get(s, p, s);
              if (p === "all" && typeof v === "function") return (...args: unknown[]) => (listed.push(String(args[0])), v.apply(s, args));
              return typeof v === "function" ? v.bind(s) : v;
            },
          });
        };
      },
    });
    const reader = createTreeStore({ db: spy as typeof db, clock, mimeTypeOf: () => "" });
    expect(reader.diff(before, cur(), "/").items.map((c) => c.path)).toEqual(["/small"]);
    expect(listed).toEqual([before, cur()]);
    expect(listed).not.toContain(trees.stat(cur(), "/big").digest);
  });

  it("finds by name and glob in depth-first order, and pages by path", async () => {
    const { trees, tree, store, cur } = setup();
    const a = await store("a");
    trees.edit(tree, (d) => {
      for (const p of ["/a/x.md", "/a/b/y.md", "/a-c/z.md", "/r.md", "/a/b/x.md", "/n.txt"]) d.putFile(p, a, { makeParents: true });
    });
    expect(trees.find(cur(), "/", { glob: "**/*.md" }).items.map((e) => e.path)).toEqual(["/a/b/x.md", "/a/b/y.md", "/a/x.md", "/a-c/z.md", "/r.md"]);
    expect(trees.find(cur(), "/", { name: "x.md" }).items.map((e) => e.path)).toEqual(["/a/b/x.md", "/a/x.md"]);
    expect(trees.find(cur(), "/a", { glob: "*.md" }).items.map((e) => e.path)).toEqual(["/a/x.md"]);
    const first = trees.find(cur(), "/", { glob: "**/*.md" }, { limit: 2 });
    const second = trees.find(cur(), "/", { glob: "**/*.md" }, { limit: 2, after: first.next });
    expect([...first.items, ...second.items].map((e) => e.path)).toEqual(["/a/b/x.md", "/a/b/y.md", "/a/x.md", "/a-c/z.md"]);
  });

  it("GC keeps files and nodes any version or cur holds, and frees the rest", async () => {
    const { trees, tree, store, mimei, cur, clock } = setup();
    const [a, b] = [await store("kept"), await store("dropped")];
    trees.edit(tree, (d) => d.putFile("/dir/a", a, { makeParents: true }));
    await mimei.versions.backup(tree, ALICE);
    trees.edit(tree, (d) => d.putFile("/dir/b", b));
    trees.edit(tree, (d) => d.remove("/dir/b"));
    const roots = mimei.referencedDigests();
    expect(trees.reachableFiles(roots)).toEqual(new Set([a.hash]));
    clock.advance(1000);
    expect(trees.collectGarbage(roots, 0)).toBeGreaterThan(0);
    expect(trees.stat(cur(), "/dir/a").digest).toBe(a.hash);
    expect(trees.collectGarbage(mimei.referencedDigests(), 0)).toBe(0);
  });

  it("random edit sequences keep digests equal to a from-scratch rebuild of the same tree", async () => {
    const { trees, tree, store, cur } = setup();
    const files = [await store("1"), await store("2"), await store("3")];
    const names = ["a", "b", "c"];
    const op = fc.oneof(
      fc.record({ k: fc.constant("mkdir"), p: fc.array(fc.constantFrom(...names), { minLength: 1, maxLength: 3 }) }),
      fc.record({ k: fc.constant("put"), p: fc.array(fc.constantFrom(...names), { minLength: 1, maxLength: 3 }), f: fc.nat(2) }),
      fc.record({ k: fc.constant("rm"), p: fc.array(fc.constantFrom(...names), { minLength: 1, maxLength: 3 }) }),
      fc.record({ k: fc.constant("mv"), p: fc.array(fc.constantFrom(...names), { minLength: 1, maxLength: 2 }), q: fc.array(fc.constantFrom(...names), { minLength: 1, maxLength: 2 }) }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 25 }), (ops) => {
        trees.edit(tree, (d) => d.clear());
        for (const o of ops) {
          try {
            trees.edit(tree, (d) => {
              const p = "/" + o.p.join("/");
              if (o.k === "mkdir") d.mkdir(p, { parents: true });
              else if (o.k === "put") d.putFile(p, files[(o as { f: number }).f]!, { overwrite: true, makeParents: true });
              else if (o.k === "rm") d.remove(p, { recursive: true });
              else d.move(p, "/" + (o as { q: string[] }).q.join("/"), { overwrite: true });
            });
          } catch (err) {
            if (!(err instanceof LeitherError) || err.kind === "internal") throw err;
          }
        }
        // Rebuild the same content in one edit, from a walk; equal content must give the same root.
        const entries = [...trees.walk(cur(), "/")];
        const root = cur();
        trees.edit(tree, (d) => {
          d.clear();
          for (const e of entries) {
            if (e.kind === "dir") d.mkdir(e.path, { parents: true });
            else d.putFile(e.path, { hash: e.digest, size: e.size }, { makeParents: true });
          }
        });
        expect(cur()).toBe(root);
      }),
      { numRuns: 60 },
    );
  });
});
