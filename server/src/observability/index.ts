// Logs and metrics: the logger factory, the per-RPC interceptors and the /metrics route.
export {
  createLogger,
  createRequestLogInterceptor,
  requestIdKey,
  REQUEST_ID_HEADER,
  type Logger,
  type LoggerInit,
} from "./logger.js";
export {
  createMetricsRegistry,
  registerProcessMetrics,
  MetricsError,
  CONTENT_TYPE,
  DEFAULT_BUCKETS,
  type Counter,
  type Gauge,
  type GaugeCollector,
  type Histogram,
  type Labels,
  type MetricOptions,
  type MetricsRegistry,
} from "./metrics.js";
export { createMetricsRoute, createRpcMetricsInterceptor } from "./rpc-metrics.js";
