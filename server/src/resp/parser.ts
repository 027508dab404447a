// Streaming RESP2 request parser: turns TCP chunks into commands (arrays of byte strings), both
// multibulk (`*2\r\n$3\r\nGET\r\n$1\r\nk\r\n`) and inline (`GET k\n`), as redis-server does.
// Sizes are bounded so a client cannot make the node buffer without limit.

/** Raised for malformed input; the connection answers "-ERR Protocol error: <message>" and closes. */
export class RespProtocolError extends Error {
  override name = "RespProtocolError";
}

export interface RespParserLimits {
  /** Largest bulk string accepted (the node's value size limit). */
  maxBulkBytes: number;
  /** Most arguments in one command. */
  maxArgs: number;
  /** Longest inline command or `*`/`$` header line, as Redis's PROTO_INLINE_MAX_SIZE (64 KiB). */
  maxInlineBytes?: number;
}

export const DEFAULT_MAX_INLINE_BYTES = 64 * 1024;

export interface RespParser {
  /** Adds received bytes. */
  push(chunk: Buffer): void;
  /** The next complete command, or undefined when more bytes are needed. Throws RespProtocolError. */
  next(): Buffer[] | undefined;
  /** Bytes received but not yet returned as commands. */
  readonly buffered: number;
  /** Changes the limits from the next header on (Redis allows unauthenticated clients less). */
  setLimits(limits: RespParserLimits): void;
}

const CR = 13;
const LF = 10;

export function createRespParser(initialLimits: RespParserLimits): RespParser {
  let limits = initialLimits;
  let maxInline = limits.maxInlineBytes ?? DEFAULT_MAX_INLINE_BYTES;
  // Unparsed bytes are `buf[pos..]`. A big bulk arrives in many chunks: those are collected in
  // `pending` and joined once when the bulk is complete, so a 16 MiB value costs one copy, not
  // one per chunk.
  let buf: Buffer = Buffer.alloc(0);
  let pos = 0;
  const pending: Buffer[] = [];
  let pendingBytes = 0;
  // Multibulk state: arguments still expected, those read so far, and the length of the bulk
  // being read (-1 while its `$` header is still to come).
  let argsLeft = 0;
  let args: Buffer[] = [];
  let bulkLen = -1;

  function available(): number {
    return buf.length - pos + pendingBytes;
  }

  /** Makes `n` bytes contiguous at `pos` if they have arrived; false otherwise. */
  function ensure(n: number): boolean {
    if (buf.length - pos >= n) return true;
    if (available() < n) return false;
    buf = Buffer.concat([buf.subarray(pos), ...pending]);
    pos = 0;
    pending.length = 0;
    pendingBytes = 0;
    return true;
  }

  /** Index of the next LF at or after `from`, joining pending chunks when needed; -1 if none yet. */
  function findLf(): number {
    let i = buf.indexOf(LF, pos);
    if (i < 0 && pendingBytes > 0) {
      ensure(available());
      i = buf.indexOf(LF, pos);
    }
    return i;
  }

  /** Reads one `\r\n`-terminated header line after its type byte; undefined when incomplete. */
  function headerLine(what: string): string | undefined {
    const lf = findLf();
    if (lf < 0) {
      if (available() > maxInline) throw new RespProtocolError(`too big ${what} count string`);
      return undefined;
    }
    if (lf - pos > maxInline) throw new RespProtocolError(`too big ${what} count string`);
    const end = lf > pos && buf[lf - 1] === CR ? lf - 1 : lf;
    const text = buf.toString("latin1", pos + 1, end);
    pos = lf + 1;
    return text;
  }

  function parseCount(text: string, what: string, max: number): number {
    // Redis reads these with string2ll: an optional '-' and digits, nothing else.
    if (!/^-?\d{1,18}$/.test(text)) throw new RespProtocolError(`invalid ${what} length`);
    const n = Number(text);
    if (n > max) throw new RespProtocolError(`invalid ${what} length`);
    return n;
  }

  function nextMultibulk(): Buffer[] | undefined {
    if (argsLeft === 0) {
      const line = headerLine("mbulk");
      if (line === undefined) return undefined;
      const n = parseCount(line, "multibulk", limits.maxArgs);
      if (n <= 0) return []; // `*0` and `*-1` are empty commands, skipped
      argsLeft = n;
      args = [];
    }
    while (argsLeft > 0) {
      if (bulkLen < 0) {
        if (!ensure(1)) return undefined;
        if (buf[pos] !== 0x24 /* $ */) {
          const got = String.fromCharCode(buf[pos]!);
          reset();
          throw new RespProtocolError(`expected '$', got '${got}'`);
        }
        const line = headerLine("bulk");
        if (line === undefined) return undefined;
        const n = parseCount(line, "bulk", limits.maxBulkBytes);
        if (n < 0) throw new RespProtocolError("invalid bulk length");
        bulkLen = n;
      }
      if (!ensure(bulkLen + 2)) return undefined;
      // A copy, so a command's arguments never pin a whole network chunk in memory.
      args.push(Buffer.from(buf.subarray(pos, pos + bulkLen)));
      if (buf[pos + bulkLen] !== CR || buf[pos + bulkLen + 1] !== LF) {
        throw new RespProtocolError("expected CRLF after bulk data");
      }
      pos += bulkLen + 2;
      bulkLen = -1;
      argsLeft--;
    }
    const done = args;
    args = [];
    return done;
  }

  function nextInline(): Buffer[] | undefined {
    const lf = findLf();
    if (lf < 0) {
      if (available() > maxInline) throw new RespProtocolError("too big inline request");
      return undefined;
    }
    if (lf - pos > maxInline) throw new RespProtocolError("too big inline request");
    const end = lf > pos && buf[lf - 1] === CR ? lf - 1 : lf;
    const line = buf.subarray(pos, end);
    pos = lf + 1;
    const words = splitInlineArgs(line);
    if (words === undefined) throw new RespProtocolError("unbalanced quotes in request");
    if (words.length > limits.maxArgs) throw new RespProtocolError("invalid multibulk length");
    return words;
  }

  function reset(): void {
    argsLeft = 0;
    args = [];
    bulkLen = -1;
  }

  return {
    push(chunk) {
      if (chunk.length === 0) return;
      if (pos === buf.length && pendingBytes === 0) {
        buf = chunk;
        pos = 0;
      } else {
        pending.push(chunk);
        pendingBytes += chunk.length;
      }
    },
    next() {
      for (;;) {
        if (argsLeft === 0 && !ensure(1)) {
          // Everything was consumed: drop the reference to the last chunk.
          if (pos === buf.length) {
            buf = Buffer.alloc(0);
            pos = 0;
          }
          return undefined;
        }
        const cmd = argsLeft > 0 || buf[pos] === 0x2a /* * */ ? nextMultibulk() : nextInline();
        if (cmd === undefined) return undefined;
        if (cmd.length > 0) return cmd; // empty lines and `*0` are skipped, as Redis does
      }
    },
    get buffered() {
      return available();
    },
    setLimits(next) {
      limits = next;
      maxInline = next.maxInlineBytes ?? DEFAULT_MAX_INLINE_BYTES;
    },
  };
}

const HEX = /^[0-9a-fA-F]{2}$/;

/**
 * Splits an inline command into words like Redis's sdssplitargs: blanks separate words,
 * "double quotes" take \n \r \t \b \a \\ \" and \xHH escapes, 'single quotes' take \', and a
 * closing quote must be followed by a blank. Returns undefined on unbalanced quotes.
 */
export function splitInlineArgs(line: Buffer): Buffer[] | undefined {
  const words: Buffer[] = [];
  const n = line.length;
  let i = 0;
  const isBlank = (c: number | undefined) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0b || c === 0x0c;
  while (i < n) {
    while (i < n && isBlank(line[i])) i++;
    if (i >= n) break;
    const out: number[] = [];
    let inDouble = false;
    let inSingle = false;
    for (;;) {
      if (inDouble) {
        if (i >= n) return undefined;
        const c = line[i]!;
        if (c === 0x5c /* \ */ && i + 3 < n && line[i + 1] === 0x78 /* x */ && HEX.test(line.toString("latin1", i + 2, i + 4))) {
          out.push(parseInt(line.toString("latin1", i + 2, i + 4), 16));
          i += 3;
        } else if (c === 0x5c && i + 1 < n) {
          const e = line[++i]!;
          const map: Record<number, number> = { 0x6e: 10, 0x72: 13, 0x74: 9, 0x62: 8, 0x61: 7 };
          out.push(map[e] ?? e);
        } else if (c === 0x22 /* " */) {
          if (i + 1 < n && !isBlank(line[i + 1])) return undefined;
          i++;
          break;
        } else {
          out.push(c);
        }
        i++;
      } else if (inSingle) {
        if (i >= n) return undefined;
        const c = line[i]!;
        if (c === 0x5c && i + 1 < n && line[i + 1] === 0x27 /* ' */) {
          out.push(0x27);
          i++;
        } else if (c === 0x27) {
          if (i + 1 < n && !isBlank(line[i + 1])) return undefined;
          i++;
          break;
        } else {
          out.push(c);
        }
        i++;
      } else {
        if (i >= n) break;
        const c = line[i]!;
        if (isBlank(c)) break;
        if (c === 0x22) inDouble = true;
        else if (c === 0x27) inSingle = true;
        else out.push(c);
        i++;
      }
    }
    words.push(Buffer.from(out));
  }
  return words;
}
