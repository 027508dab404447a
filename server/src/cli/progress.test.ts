import { describe, expect, it } from "vitest";
import { createProgress, formatBytes } from "./progress.js";

const MiB = 1024 * 1024;

function bar(enabled = true) {
  let t = 1_000_000;
  const lines: string[] = [];
  const progress = createProgress({ label: "put x", total: 100 * MiB, stderr: { write: (s: string) => lines.push(s) }, enabled, now: () => t });
  return { progress, lines, advance: (ms: number) => void (t += ms) };
}

describe("the transfer progress bar", () => {
  it("shows no rate and no ETA until half a second has passed, then both", () => {
    const { progress, lines, advance } = bar();
    advance(1);
    progress.add(MiB);
    expect(lines.at(-1)).toBe("\rput x [........................]   1% 1.0 MiB/100.0 MiB --/s ETA --:--");
    advance(999);
    progress.add(9 * MiB);
    expect(lines.at(-1)).toBe("\rput x [##......................]  10% 10.0 MiB/100.0 MiB 10.0 MiB/s ETA 0:09");
  });

  it("redraws at most every 100 ms, and ends with the time taken on a line of its own", () => {
    const { progress, lines, advance } = bar();
    advance(200);
    progress.add(MiB);
    advance(50);
    progress.add(MiB);
    expect(lines).toHaveLength(1);
    advance(50);
    progress.add(MiB);
    expect(lines).toHaveLength(2);
    advance(1700);
    progress.add(97 * MiB);
    progress.done();
    expect(lines.at(-1)).toBe("\rput x [########################] 100% 100.0 MiB/100.0 MiB 50.0 MiB/s in 0:02\n");
  });

  it("draws nothing when disabled (--json, or stdout not a terminal)", () => {
    const { progress, lines, advance } = bar(false);
    advance(1000);
    progress.add(MiB);
    progress.done();
    expect(lines).toEqual([]);
  });

  it("formats sizes in binary units", () => {
    expect([0, 1023, 1024, 1536 * 1024, 5 * 1024 ** 3].map(formatBytes)).toEqual(["0 B", "1023 B", "1.0 KiB", "1.5 MiB", "5.0 GiB"]);
  });
});
