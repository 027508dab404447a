// A progress bar for long transfers: bytes, rate and ETA on one line of stderr, redrawn at most
// ten times a second. Only on a terminal: under --json or with stdout piped it stays silent.
import type { Writable } from "./output.js";

export interface Progress {
  add(bytes: number): void;
  done(): void;
}

const units = ["B", "KiB", "MiB", "GiB", "TiB"];
export function formatBytes(n: number): string {
  let i = 0;
  while (n >= 1024 && i < units.length - 1) {
    n /= 1024;
    i++;
  }
  return `${n.toFixed(i === 0 ? 0 : 1)} ${units[i]}`;
}

function formatEta(seconds: number): string {
  if (!Number.isFinite(seconds)) return "--:--";
  const s = Math.round(seconds);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
}

/**
 * Before this much time the rate is not shown: the first chunk arrives within a millisecond or
 * so of the start, and a rate (and an ETA) from it would be wild.
 */
const RATE_AFTER_S = 0.5;

export function createProgress(options: { label: string; total: number; stderr: Writable; enabled: boolean; now?: () => number }): Progress {
  const now = options.now ?? (() => Date.now());
  const start = now();
  let sent = 0;
  let drawn = 0;
  const draw = (final: boolean) => {
    const elapsed = Math.max((now() - start) / 1000, 0.001);
    const known = final || elapsed >= RATE_AFTER_S;
    const rate = sent / elapsed;
    const frac = options.total > 0 ? Math.min(sent / options.total, 1) : 1;
    const width = 24;
    const bar = "#".repeat(Math.round(frac * width)).padEnd(width, ".");
    const speed = known ? `${formatBytes(rate)}/s` : "--/s";
    const eta = final ? formatEta(elapsed) : known ? formatEta((options.total - sent) / rate) : formatEta(NaN);
    options.stderr.write(`\r${options.label} [${bar}] ${(frac * 100).toFixed(0).padStart(3)}% ${formatBytes(sent)}/${formatBytes(options.total)} ${speed} ${final ? "in" : "ETA"} ${eta}${final ? "\n" : ""}`);
  };
  return {
    add(bytes) {
      sent += bytes;
      if (!options.enabled) return;
      const t = now();
      if (t - drawn >= 100) {
        drawn = t;
        draw(false);
      }
    },
    done() {
      if (options.enabled) draw(true);
    },
  };
}
