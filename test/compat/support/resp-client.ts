// A raw RESP2 client for comparing servers byte for byte: replies keep their RESP type (simple
// string, error, integer, bulk, nil, array), which Redis client libraries would convert away.
import * as net from "node:net";

export type Reply =
  | { simple: string }
  | { error: string }
  | { int: string }
  | string
  | null
  | Reply[]
  | { nilArray: true };

export interface RawRespClient {
  call(...args: Array<string | Buffer>): Promise<Reply>;
  close(): void;
}

export async function connectRaw(port: number, host = "127.0.0.1"): Promise<RawRespClient> {
  const socket = net.connect(port, host);
  await new Promise<void>((ok, fail) => {
    socket.once("connect", ok);
    socket.once("error", fail);
  });
  socket.setNoDelay(true);
  let buf = Buffer.alloc(0);
  const waiting: Array<{ ok: (r: Reply) => void; fail: (e: Error) => void }> = [];
  let failure: Error | undefined;

  /** Parses one reply at `pos`; returns it and the next position, or undefined when incomplete. */
  function parse(pos: number): [Reply, number] | undefined {
    const lf = buf.indexOf("\r\n", pos);
    if (lf < 0) return undefined;
    const type = String.fromCharCode(buf[pos]!);
    const line = buf.toString("latin1", pos + 1, lf);
    const after = lf + 2;
    switch (type) {
      case "+":
        return [{ simple: line }, after];
      case "-":
        return [{ error: line }, after];
      case ":":
        return [{ int: line }, after];
      case "$": {
        const n = Number(line);
        if (n < 0) return [null, after];
        if (buf.length < after + n + 2) return undefined;
        return [buf.toString("latin1", after, after + n), after + n + 2];
      }
      case "*": {
        const n = Number(line);
        if (n < 0) return [{ nilArray: true }, after];
        const items: Reply[] = [];
        let p = after;
        for (let i = 0; i < n; i++) {
          const r = parse(p);
          if (!r) return undefined;
          items.push(r[0]);
          p = r[1];
        }
        return [items, p];
      }
      default:
        throw new Error(`unexpected reply type ${JSON.stringify(type)} in ${JSON.stringify(buf.toString("latin1", pos, pos + 80))}`);
    }
  }

  socket.on("data", (chunk) => {
    buf = buf.length === 0 ? chunk : Buffer.concat([buf, chunk]);
    let pos = 0;
    for (;;) {
      const r = parse(pos);
      if (!r) break;
      pos = r[1];
      waiting.shift()?.ok(r[0]);
    }
    buf = buf.subarray(pos);
  });
  const onGone = (err?: Error) => {
    failure = err ?? new Error("connection closed");
    for (const w of waiting.splice(0)) w.fail(failure);
  };
  socket.on("error", onGone);
  socket.on("close", () => onGone());

  return {
    call(...args) {
      if (failure) return Promise.reject(failure);
      const parts: Buffer[] = [Buffer.from(`*${args.length}\r\n`)];
      for (const a of args) {
        const b = typeof a === "string" ? Buffer.from(a, "latin1") : a;
        parts.push(Buffer.from(`$${b.length}\r\n`), b, Buffer.from("\r\n"));
      }
      return new Promise((ok, fail) => {
        waiting.push({ ok, fail });
        socket.write(Buffer.concat(parts));
      });
    },
    close() {
      socket.destroy();
    },
  };
}
