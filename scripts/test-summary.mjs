#!/usr/bin/env node
// Prints the plain closing line CI reads ("suite: N passed, N failed, N skipped") from vitest's
// JSON report, so that a run's verdict does not depend on parsing vitest's own summary.
import { readFileSync } from "node:fs";

const [file, label = "tests"] = process.argv.slice(2);
const report = JSON.parse(readFileSync(file, "utf8"));
const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
console.log(`${label}: ${report.numPassedTests} passed, ${report.numFailedTests} failed, ${skipped} skipped`);
if (report.numTotalTests === 0) {
  console.error("no test ran");
  process.exit(1);
}
