// RPC metrics (request count by code, latency histogram) recorded by an interceptor, and the
// /metrics route that serves the registry to Prometheus.
import type { Interceptor } from "@connectrpc/connect";
import { codeToString } from "@connectrpc/connect/protocol-connect";
import { CONTENT_TYPE, type MetricsRegistry } from "./metrics.js";
import { observeCall } from "./observe-call.js";
import { pathOf, sendText, type HttpRoute } from "../http/http-route.js";

export function createRpcMetricsInterceptor(registry: MetricsRegistry): Interceptor {
  const requests = registry.counter({
    name: "leither_rpc_requests_total",
    help: "RPCs handled, by procedure and final code.",
    labelNames: ["procedure", "code"],
  });
  const duration = registry.histogram({
    name: "leither_rpc_duration_seconds",
    help: "RPC duration from the first message to the end of the response, in seconds.",
    labelNames: ["procedure"],
  });
  return (next) => (req) => {
    const started = performance.now();
    const procedure = `/${req.service.typeName}/${req.method.name}`;
    return observeCall(next, req, (err) => {
      requests.inc({ procedure, code: err ? codeToString(err.code) : "ok" });
      duration.observe({ procedure }, (performance.now() - started) / 1000);
    });
  };
}

/** An HTTP route serving the registry at `path` (default /metrics). */
export function createMetricsRoute(registry: MetricsRegistry, path = "/metrics"): HttpRoute {
  return async (req, res) => {
    if (pathOf(req) !== path) return false;
    if (req.method !== "GET" && req.method !== "HEAD") {
      sendText(req, res, 405, "method not allowed\n", { allow: "GET, HEAD", "content-type": "text/plain" });
      return true;
    }
    sendText(req, res, 200, await registry.render(), { "content-type": CONTENT_TYPE, "cache-control": "no-store" });
    return true;
  };
}
