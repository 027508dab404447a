// The transport layer's public surface: the API server component, health, reflection and the
// plain-HTTP route contract.
export { createApiServer, DEFAULT_READ_MAX_BYTES, type ApiServer, type ApiServerInit } from "./listener.js";
export { ApiServerError, type ApiServerErrorReason } from "./errors.js";
export { pathOf, sendText, type HttpRequest, type HttpResponse, type HttpRoute } from "./http-route.js";
export {
  createHealthRegistry,
  createHealthService,
  createHealthzRoute,
  Health,
  SERVER,
  ServingStatus,
  type HealthRegistry,
  type HealthRegistryInit,
} from "./health.js";
export { createReflectionIndex, registerReflection, type ReflectionIndex } from "./reflection.js";
