#!/usr/bin/env node
// Fails when gen/ is not what the protos generate: regenerates, then asks git for any difference.
// Every language is checked when its plugins are installed (scripts/install-plugins.sh); in CI
// (CI set) or with --require-langs, missing plugins fail the check instead of narrowing it.
import { execFileSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const requireLangs = process.argv.includes("--require-langs") || !!process.env.CI;
execFileSync(process.execPath, [path.join(root, "scripts", "generate.mjs"), ...(requireLangs ? ["--require-langs"] : [])], { cwd: root, stdio: "inherit" });
// Untracked files count too (-uall): a new generated file that was never committed is stale gen/.
const status = execFileSync("git", ["status", "--porcelain", "-uall", "--", "gen"], { cwd: root, encoding: "utf8" });
if (status.trim() !== "") {
  console.error("gen/ is stale: `npm run generate` changed these files; commit them:\n" + status);
  process.exit(1);
}
console.log("gen/ is fresh");
