// Redis glob matching (stringmatchlen) over bytes: '*', '?', '[abc]', '[^a-z]', '\' escapes.
// Also the literal prefix of a pattern, so scans can seek instead of walking every key.

const STAR = 0x2a;
const QUESTION = 0x3f;
const OPEN = 0x5b;
const CLOSE = 0x5d;
const CARET = 0x5e;
const DASH = 0x2d;
const BACKSLASH = 0x5c;

/** Whether `text` matches the Redis glob `pattern` (both bytes). */
export function globMatch(pattern: Uint8Array, text: Uint8Array): boolean {
  // Redis never enters its loop for an empty string, so only an empty pattern matches it there
  // (KEYS and SCAN special-case the pattern "*", and so do our scans).
  if (text.length === 0) return pattern.length === 0;
  return match(pattern, 0, text, 0, 0);
}

/** Whether a pattern matches everything (absent, empty or exactly "*"), so matching can be skipped. */
export function matchesAll(pattern: Uint8Array | undefined): boolean {
  return !pattern || pattern.length === 0 || (pattern.length === 1 && pattern[0] === STAR);
}

function match(p: Uint8Array, pi: number, s: Uint8Array, si: number, depth: number): boolean {
  // Redis caps recursion too (a pathological pattern would otherwise blow the stack).
  if (depth > 1000) return false;
  while (pi < p.length && si < s.length) {
    const c = p[pi]!;
    if (c === STAR) {
      while (pi + 1 < p.length && p[pi + 1] === STAR) pi++;
      if (pi + 1 === p.length) return true;
      for (let k = si; k < s.length; k++) if (match(p, pi + 1, s, k, depth + 1)) return true;
      return false;
    }
    if (c === QUESTION) {
      pi++;
      si++;
      continue;
    }
    if (c === OPEN) {
      pi++;
      const not = p[pi] === CARET;
      if (not) pi++;
      let matched = false;
      for (;;) {
        if (pi >= p.length) {
          // An unterminated class ends at the pattern's end, as in Redis.
          pi--;
          break;
        }
        const x = p[pi]!;
        if (x === BACKSLASH && pi + 1 < p.length) {
          pi++;
          if (p[pi] === s[si]) matched = true;
        } else if (x === CLOSE) {
          break;
        } else if (pi + 2 < p.length && p[pi + 1] === DASH) {
          let start = x;
          let end = p[pi + 2]!;
          if (start > end) [start, end] = [end, start];
          pi += 2;
          const ch = s[si]!;
          if (ch >= start && ch <= end) matched = true;
        } else if (x === s[si]) {
          matched = true;
        }
        pi++;
      }
      if (not) matched = !matched;
      if (!matched) return false;
      pi++;
      si++;
      continue;
    }
    if (c === BACKSLASH && pi + 1 < p.length) pi++;
    if (p[pi] !== s[si]) return false;
    pi++;
    si++;
  }
  if (si < s.length) return false;
  while (pi < p.length && p[pi] === STAR) pi++;
  return pi === p.length;
}

/** The bytes every match must start with (up to the first special character). */
export function literalPrefix(pattern: Uint8Array): Buffer {
  const out: number[] = [];
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === STAR || c === QUESTION || c === OPEN) break;
    if (c === BACKSLASH) {
      if (i + 1 >= pattern.length) break;
      out.push(pattern[++i]!);
      continue;
    }
    out.push(c);
  }
  return Buffer.from(out);
}

/** The smallest byte string greater than every string starting with `prefix`; null when none. */
export function prefixEnd(prefix: Uint8Array): Buffer | null {
  const b = Buffer.from(prefix);
  for (let i = b.length - 1; i >= 0; i--) {
    if (b[i]! < 0xff) {
      b[i]!++;
      return b.subarray(0, i + 1);
    }
  }
  return null;
}
