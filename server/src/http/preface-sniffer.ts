// Tells HTTP/2-with-prior-knowledge connections from HTTP/1.1 ones on a cleartext port by
// their first bytes, because Node's cleartext http2 server cannot fall back to HTTP/1.1.
import type { Socket } from "node:net";

/** What every HTTP/2 client sends first (RFC 9113 §3.4). */
export const H2_PREFACE = Buffer.from("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n", "latin1");

export interface SniffTargets {
  http1(socket: Socket): void;
  http2(socket: Socket): void;
  /** The client sent nothing conclusive in time, or the socket failed first; it is destroyed. */
  failed?(socket: Socket, reason: "timeout" | "closed" | "error"): void;
}

/**
 * Reads until the bytes either diverge from the preface (HTTP/1.x) or contain it whole
 * (HTTP/2), then pushes them back and hands the socket on, so the chosen server reads the
 * stream from its first byte. A request line diverges at the first byte, so HTTP/1.1 is
 * decided without waiting.
 */
export function sniffPreface(socket: Socket, targets: SniffTargets, timeoutMs = 10_000): void {
  let seen: Buffer = Buffer.alloc(0);
  const timer = setTimeout(() => fail("timeout"), timeoutMs);
  timer.unref();

  const onData = (chunk: Buffer) => {
    seen = seen.length ? Buffer.concat([seen, chunk]) : chunk;
    const n = Math.min(seen.length, H2_PREFACE.length);
    if (!seen.subarray(0, n).equals(H2_PREFACE.subarray(0, n))) hand(targets.http1);
    else if (n === H2_PREFACE.length) hand(targets.http2);
  };
  const onClose = () => fail("closed");
  const onError = () => fail("error");

  function detach(): void {
    clearTimeout(timer);
    socket.off("data", onData);
    socket.off("close", onClose);
    socket.off("error", onError);
  }
  function hand(to: (socket: Socket) => void): void {
    detach();
    // Stop the flow our 'data' listener started. The target decides how reading restarts:
    // an http.Server needs socket.resume(), an http2 server reads the buffer itself.
    socket.pause();
    socket.unshift(seen);
    to(socket);
  }
  function fail(reason: "timeout" | "closed" | "error"): void {
    detach();
    socket.destroy();
    targets.failed?.(socket, reason);
  }

  socket.on("data", onData);
  socket.once("close", onClose);
  socket.once("error", onError);
}
