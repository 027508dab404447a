#!/usr/bin/env node
// Fails when gen/ is not what the protos generate: regenerates, then asks git for any difference.
import { execFileSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
execFileSync(process.execPath, [path.join(root, "scripts", "generate.mjs")], { cwd: root, stdio: "inherit" });
const status = execFileSync("git", ["status", "--porcelain", "--", "gen"], { cwd: root, encoding: "utf8" });
if (status.trim() !== "") {
  console.error("gen/ is stale: `npm run generate` changed these files; commit them:\n" + status);
  process.exit(1);
}
console.log("gen/ is fresh");
