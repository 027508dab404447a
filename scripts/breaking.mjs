#!/usr/bin/env node
// Checks proto/ against the frozen API image api-baseline/leither.binpb with `buf breaking` (FILE
// rules), so a change that would break generated clients fails CI. `--freeze` rewrites the image
// on purpose, when a breaking change is accepted or a release is cut.
import { execFileSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const buf = path.join(root, "node_modules", ".bin", "buf");
const image = path.join("api-baseline", "leither.binpb");
if (process.argv.includes("--freeze")) {
  execFileSync(buf, ["build", "--exclude-source-info", "-o", image], { cwd: root, stdio: "inherit" });
  console.log(`froze the API into ${image}`);
} else {
  execFileSync(buf, ["breaking", "--against", image], { cwd: root, stdio: "inherit" });
  console.log("no breaking changes against the baseline");
}
