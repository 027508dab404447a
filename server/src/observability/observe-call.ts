// Runs one RPC through the rest of the interceptor chain and reports when it has really ended:
// for streaming responses that is after the last message, not when the handler first returns.
import { Code, ConnectError } from "@connectrpc/connect";
import type { Interceptor, StreamResponse, UnaryResponse } from "@connectrpc/connect";

type Next = Parameters<Interceptor>[0];
type AnyRequest = Parameters<Next>[0];

/** Called once per RPC; `error` is undefined when the call ended OK. */
export type CallObserver = (error: ConnectError | undefined) => void;

export async function observeCall(
  next: Next,
  req: AnyRequest,
  onEnd: CallObserver,
): Promise<UnaryResponse | StreamResponse> {
  let res: UnaryResponse | StreamResponse;
  try {
    res = await next(req);
  } catch (err) {
    onEnd(ConnectError.from(err));
    throw err;
  }
  if (!res.stream) {
    onEnd(undefined);
    return res;
  }
  return { ...res, message: observeStream(res.message, onEnd) };
}

async function* observeStream<T>(messages: AsyncIterable<T>, onEnd: CallObserver): AsyncIterable<T> {
  let error: ConnectError | undefined;
  let finished = false;
  try {
    yield* messages;
    finished = true;
  } catch (err) {
    error = ConnectError.from(err);
    throw err;
  } finally {
    // Neither finished nor failed means the consumer stopped early: the client went away.
    onEnd(finished || error ? error : new ConnectError("stream abandoned", Code.Canceled));
  }
}
