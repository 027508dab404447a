// Vitest global setup: the run's temporary files go in one directory of its own, removed when
// the run ends. Tests make their homes, stores and scratch files with mkdtemp under the OS's
// temporary directory, and most never remove them: every run used to leave some 3,000
// directories in /tmp. The test workers and the node processes tests start inherit TMPDIR,
// which os.tmpdir() reads.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export default function setup(): () => void {
  const previous = process.env.TMPDIR;
  const dir = mkdtempSync(join(tmpdir(), "leither-test-run-"));
  process.env.TMPDIR = dir;
  return () => {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    rmSync(dir, { recursive: true, force: true });
  };
}
