import { describe, expect, it } from "vitest";
import { openDatabase } from "../store/index.js";
import { createPropStore } from "./props-store.js";
import { davSchema } from "./schema.js";

const M = "mimei";
const prop = (name: string, value = name) => ({ ns: "urn:t", name, xml: `<${name} xmlns="urn:t">${value}</${name}>` });

function store() {
  const props = createPropStore(openDatabase({ path: ":memory:", schemas: [davSchema] }));
  for (const p of ["/a", "/a/x", "/a/x/y", "/ab", "/b"]) props.apply(M, p, [{ set: prop("p", p) }]);
  return props;
}
const paths = (props: ReturnType<typeof store>) => ["/", "/a", "/a/x", "/a/x/y", "/ab", "/b", "/c", "/c/x", "/c/x/y"].filter((p) => props.list(M, p).length > 0);

describe("the dead property store", () => {
  it("applies set and remove in document order", () => {
    const props = store();
    props.apply(M, "/b", [{ remove: { ns: "urn:t", name: "q" } }, { set: prop("q", "x") }, { set: prop("q", "y") }]);
    expect(props.get(M, "/b", "urn:t", "q")?.xml).toContain(">y<");
    props.apply(M, "/b", [{ set: prop("q", "x") }, { remove: { ns: "urn:t", name: "q" } }]);
    expect(props.get(M, "/b", "urn:t", "q")).toBeUndefined();
  });

  it("moves a path's properties and those below it, and not those of a sibling that shares a prefix", () => {
    const props = store();
    props.moveTree(M, "/a", "/c");
    expect(paths(props)).toEqual(["/ab", "/b", "/c", "/c/x", "/c/x/y"]);
    expect(props.get(M, "/c/x/y", "urn:t", "p")?.xml).toContain("/a/x/y");
  });

  it("copies at depth 0 or infinity, replacing what the destination had", () => {
    const props = store();
    props.copyTree(M, "/a", "/b", "0", 5);
    expect(paths(props)).toEqual(["/a", "/a/x", "/a/x/y", "/ab", "/b"]);
    expect(props.get(M, "/b", "urn:t", "p")?.xml).toContain(">/a<");
    props.copyTree(M, "/a", "/c", "infinity", 7);
    expect(paths(props)).toEqual(["/a", "/a/x", "/a/x/y", "/ab", "/b", "/c", "/c/x", "/c/x/y"]);
    expect(props.createdAt(M, "/c")).toBe(7);
  });

  it("drops a path's properties with everything below it", () => {
    const props = store();
    props.removeTree(M, "/a");
    expect(paths(props)).toEqual(["/ab", "/b"]);
    props.removeTree(M, "/");
    expect(paths(props)).toEqual([]);
  });

  it("starts a resource created afresh without what an earlier one at its path left", () => {
    const props = store();
    props.created(M, "/a", 42);
    expect(paths(props)).toEqual(["/ab", "/b"]);
    expect(props.createdAt(M, "/a")).toBe(42);
    props.moveTree(M, "/a", "/z");
    expect(props.createdAt(M, "/z")).toBe(42);
    expect(props.createdAt(M, "/a")).toBeUndefined();
  });
});
