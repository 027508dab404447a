// gRPC health checking (grpc.health.v1.Health: Check, Watch, List) over a status registry the
// node updates, plus a /healthz route for load balancers that only speak plain HTTP.
import { create } from "@bufbuild/protobuf";
import { Code, ConnectError, type ServiceImpl } from "@connectrpc/connect";
import {
  Health,
  HealthCheckResponseSchema,
  type HealthCheckResponse,
  HealthCheckResponse_ServingStatus as ServingStatus,
} from "@leither/api/health/v1/health_pb";
import { pathOf, sendText, type HttpRoute } from "./http-route.js";

export { ServingStatus };

/** The whole server's status lives under this name, as the health protocol prescribes. */
export const SERVER = "";

export interface HealthRegistry {
  /** Sets a service's status and tells its watchers; ignored after shutdown(). */
  set(service: string, status: ServingStatus): void;
  get(service: string): ServingStatus | undefined;
  list(): ReadonlyMap<string, ServingStatus>;
  /** Statuses of `service` as they change, starting with the current one; ends on shutdown or abort. */
  watch(service: string, signal: AbortSignal): AsyncIterable<ServingStatus>;
  /** Marks every service NOT_SERVING, tells watchers, then ends their streams. Call before stopping the server. */
  shutdown(): void;
}

export interface HealthRegistryInit {
  /** The whole server's status at creation; default SERVING, as in grpc-go. */
  initial?: ServingStatus;
}

export function createHealthRegistry(init: HealthRegistryInit = {}): HealthRegistry {
  const statuses = new Map<string, ServingStatus>([[SERVER, init.initial ?? ServingStatus.SERVING]]);
  const watchers = new Set<Watcher>();
  let closed = false;

  const notify = (service: string, status: ServingStatus) => {
    for (const w of watchers) if (w.service === service) w.push(status);
  };

  return {
    set(service, status) {
      if (closed || statuses.get(service) === status) return;
      statuses.set(service, status);
      notify(service, status);
    },
    get: (service) => statuses.get(service),
    list: () => new Map(statuses),
    watch(service, signal) {
      const w = new Watcher(service);
      w.push(statuses.get(service) ?? ServingStatus.SERVICE_UNKNOWN);
      if (closed) w.end();
      watchers.add(w);
      return w.drain(signal, () => watchers.delete(w));
    },
    shutdown() {
      if (closed) return;
      for (const service of statuses.keys()) {
        statuses.set(service, ServingStatus.NOT_SERVING);
        notify(service, ServingStatus.NOT_SERVING);
      }
      closed = true;
      for (const w of watchers) w.end();
    },
  };
}

// One Watch stream's mailbox. Only the latest status matters, so a slow reader never makes
// the queue grow: a new status replaces one that was not yet read.
class Watcher {
  private pending: ServingStatus | undefined;
  private ended = false;
  private wake: (() => void) | undefined;

  constructor(readonly service: string) {}

  push(status: ServingStatus): void {
    this.pending = status;
    this.wake?.();
  }

  end(): void {
    this.ended = true;
    this.wake?.();
  }

  async *drain(signal: AbortSignal, onDone: () => void): AsyncGenerator<ServingStatus> {
    const onAbort = () => this.end();
    signal.addEventListener("abort", onAbort);
    try {
      for (;;) {
        if (this.pending !== undefined) {
          const s = this.pending;
          this.pending = undefined;
          yield s;
          continue;
        }
        if (this.ended || signal.aborted) return;
        await new Promise<void>((resolve) => (this.wake = resolve));
        this.wake = undefined;
      }
    } finally {
      signal.removeEventListener("abort", onAbort);
      onDone();
    }
  }
}

/** The Health service over `registry`; register with `router.service(Health, createHealthService(r))`. */
export function createHealthService(registry: HealthRegistry): ServiceImpl<typeof Health> {
  return {
    check(req) {
      const status = registry.get(req.service);
      if (status === undefined) throw new ConnectError(`unknown service ${req.service}`, Code.NotFound);
      return { status };
    },
    async *watch(req, ctx) {
      for await (const status of registry.watch(req.service, ctx.signal)) yield { status };
    },
    list() {
      const statuses: Record<string, HealthCheckResponse> = {};
      for (const [service, status] of registry.list()) statuses[service] = create(HealthCheckResponseSchema, { status });
      return { statuses };
    },
  };
}

/** GET /healthz: 200 while the whole server is SERVING, 503 otherwise. */
export function createHealthzRoute(registry: HealthRegistry, path = "/healthz"): HttpRoute {
  return (req, res) => {
    if (pathOf(req) !== path) return false;
    const ok = registry.get(SERVER) === ServingStatus.SERVING;
    sendText(req, res, ok ? 200 : 503, ok ? "ok\n" : "not serving\n", {
      "content-type": "text/plain; charset=utf-8",
      "cache-control": "no-store",
    });
    return true;
  };
}

export { Health };
