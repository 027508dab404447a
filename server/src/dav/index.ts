// WebDAV over mmfs trees: the route and what the node wires into it.
export { createDavRoute, type DavRouteDeps } from "./route.js";
export { createDavAuthenticator, rightsCheck, BASIC_CHALLENGE, type DavAuthenticator, type DavAuthDeps, type DavCaller } from "./auth.js";
export { createLockManager, type LockManager, type DavLock } from "./locks.js";
export { createPropStore, type PropStore } from "./props-store.js";
export { davSchema } from "./schema.js";
