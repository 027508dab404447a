// Open handles (the original mmsid): which version of which MiMei a user opened, and whether
// they may write through it. Kept in memory only: handles do not survive a restart, and clients
// reopen (the original behaved the same way). A handle expires after an idle period; each use
// renews it. Expired handles are dropped lazily on use, by sweep(), and by the timer of start().
import { randomBytes } from "node:crypto";
import type { Clock } from "../clock.js";
import { failedPrecondition, notFound, permissionDenied } from "../errors.js";
import type { MiMeiType } from "./types.js";

export const DEFAULT_HANDLE_IDLE_MS = 10 * 60 * 1000;

export interface HandleState {
  /** 40 lowercase hex characters (20 random bytes), like the original mmsid. */
  handle: string;
  mimeiId: string;
  type: MiMeiType;
  /** 0 for cur. */
  version: number;
  /** True for every numbered version, and for cur opened without the write right. */
  readOnly: boolean;
  /** The content digest when opened (cur may change afterwards; frozen versions never do). */
  digest: string;
  /** Who opened it; null for a guest. */
  userId: string | null;
  /** When it expires unless used, ms since the epoch. */
  expiresAt: number;
}

export interface HandleTarget {
  mimeiId: string;
  type: MiMeiType;
  version: number;
  digest: string;
}

export interface OpenOptions {
  userId: string | null;
  /** Whether the caller holds the write right (the policy layer knows). */
  canWrite: boolean;
}

/** What RPC handlers use: everything but opening, which goes through the store (it resolves versions). */
export interface HandleView {
  /** The live handle, renewed. NOT_FOUND "HANDLE_UNKNOWN"/"HANDLE_EXPIRED", PERMISSION_DENIED "HANDLE_NOT_YOURS". */
  resolve(handle: string, userId: string | null): HandleState;
  /** As resolve, and refuses read-only handles: FAILED_PRECONDITION "VERSION_FROZEN" or "HANDLE_READ_ONLY". */
  resolveForWrite(handle: string, userId: string | null): HandleState;
  /** Closes a handle; false when it was not open (or had expired). */
  close(handle: string, userId: string | null): boolean;
  /** Live handles. */
  count(): number;
}

export interface HandleTable extends HandleView {
  open(target: HandleTarget, options: OpenOptions): HandleState;
  /** Closes the handles on a MiMei (all, or only those on the given versions); returns how many. */
  closeAll(mimeiId: string, versions?: readonly number[]): number;
  /** Drops expired handles; returns how many. */
  sweep(): number;
  /** Sweeps every idle period in the background (the timer does not keep the process alive). */
  start(): void;
  stop(): void;
}

export function createHandleTable(options: { clock: Clock; idleMs?: number; random?: (n: number) => Uint8Array }): HandleTable {
  const { clock } = options;
  const idleMs = options.idleMs ?? DEFAULT_HANDLE_IDLE_MS;
  const random = options.random ?? randomBytes;
  const handles = new Map<string, HandleState>();
  let timer: NodeJS.Timeout | undefined;
  let lastSweep = clock.now();

  function sweep(): number {
    const now = clock.now();
    lastSweep = now;
    let dropped = 0;
    for (const [key, state] of handles) {
      if (state.expiresAt <= now) {
        handles.delete(key);
        dropped++;
      }
    }
    return dropped;
  }

  function resolve(handle: string, userId: string | null): HandleState {
    const state = handles.get(handle);
    if (!state) throw notFound("HANDLE_UNKNOWN", "no such handle (closed, expired long ago, or from before a restart)", { handle });
    const now = clock.now();
    if (state.expiresAt <= now) {
      handles.delete(handle);
      throw notFound("HANDLE_EXPIRED", "the handle expired; open the MiMei again", { handle });
    }
    if (state.userId !== userId) throw permissionDenied("HANDLE_NOT_YOURS", "the handle was opened by another user", { handle });
    state.expiresAt = now + idleMs;
    return { ...state };
  }

  return {
    open(target, { userId, canWrite }) {
      // Bounds memory without the timer: handles nobody uses again are dropped here.
      if (clock.now() - lastSweep >= idleMs) sweep();
      const state: HandleState = {
        handle: Buffer.from(random(20)).toString("hex"),
        ...target,
        readOnly: target.version !== 0 || !canWrite,
        userId,
        expiresAt: clock.now() + idleMs,
      };
      handles.set(state.handle, state);
      return { ...state };
    },
    resolve,
    resolveForWrite(handle, userId) {
      const state = resolve(handle, userId);
      if (state.version !== 0) {
        throw failedPrecondition("VERSION_FROZEN", `version ${state.version} is frozen; only cur can be written`, {
          mimei_id: state.mimeiId,
          version: String(state.version),
        });
      }
      if (state.readOnly) throw failedPrecondition("HANDLE_READ_ONLY", "the handle was opened without the write right", { handle });
      return state;
    },
    close(handle, userId) {
      const state = handles.get(handle);
      if (!state || state.expiresAt <= clock.now()) {
        handles.delete(handle);
        return false;
      }
      if (state.userId !== userId) throw permissionDenied("HANDLE_NOT_YOURS", "the handle was opened by another user", { handle });
      return handles.delete(handle);
    },
    closeAll(mimeiId, versions) {
      let closed = 0;
      for (const [key, state] of handles) {
        if (state.mimeiId === mimeiId && (!versions || versions.includes(state.version))) {
          handles.delete(key);
          closed++;
        }
      }
      return closed;
    },
    count() {
      sweep();
      return handles.size;
    },
    sweep,
    start() {
      if (timer) return;
      timer = setInterval(sweep, idleMs);
      timer.unref();
    },
    stop() {
      clearInterval(timer);
      timer = undefined;
    },
  };
}
