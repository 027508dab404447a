#!/usr/bin/env node
// Regenerates gen/ from proto/ with the local plugins in node_modules/.bin (no remote plugins).
import { execFileSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const bin = path.join(root, "node_modules", ".bin");
execFileSync(path.join(bin, "buf"), ["generate"], {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, PATH: `${bin}${path.delimiter}${process.env.PATH ?? ""}` },
});
