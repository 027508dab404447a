import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { YOUNG_GENERATION_FLAG, youngGenerationSet } from "./start-flags.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

describe("the young-generation flag", () => {
  it("is passed by both ways the project starts a node: the executable's first line and npm start", () => {
    const shebang = readFileSync(path.join(root, "server/src/cli/main.ts"), "utf8").split("\n", 1)[0];
    expect(shebang).toBe(`#!/usr/bin/env -S node ${YOUNG_GENERATION_FLAG}`);
    const start = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")).scripts.start as string;
    expect(start).toContain(`node ${YOUNG_GENERATION_FLAG} server/dist/cli/main.js serve`);
  });

  it("is recognized on the command line or in NODE_OPTIONS, with any size the operator chose", () => {
    expect(youngGenerationSet([YOUNG_GENERATION_FLAG], undefined)).toBe(true);
    expect(youngGenerationSet(["--max-semi-space-size=8"], undefined)).toBe(true);
    expect(youngGenerationSet([], `--enable-source-maps ${YOUNG_GENERATION_FLAG}`)).toBe(true);
    expect(youngGenerationSet(["--enable-source-maps"], "--max-old-space-size=512")).toBe(false);
    expect(youngGenerationSet([], undefined)).toBe(false);
  });
});
