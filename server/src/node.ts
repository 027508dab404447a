// The node: builds every component from the configuration, wires them together in one place,
// and starts and stops them in order.
import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { createRouterTransport, type ConnectRouter, type Interceptor } from "@connectrpc/connect";
import { AppService } from "@leither/api/leither/v1/app_service_pb";
import { RIGHT } from "./policy/rights.js";
import { createAppRoute, createApps } from "./app/index.js";
import { createAppHandlers } from "./rpc/app-handlers.js";
import { createInProcessApi, createRunTokens } from "./rpc/in-process-api.js";
import { createTasks, tasksSchema } from "./tasks/index.js";
import type { NodeConfig } from "./config/index.js";
import { createApiServer } from "./http/listener.js";
import { createHealthRegistry, createHealthService, createHealthzRoute, Health } from "./http/health.js";
import { registerReflection } from "./http/reflection.js";
import { createIdentity, identitySchema, loadOrCreateNodeKey, passRefusal } from "./identity/index.js";
import { createMiMeiStore, mimeiSchema } from "./mimei/index.js";
import { createContentStore, createFileContentEngine, createFileService, createMmRoute, createTempFiles, createTrees, fsSchema } from "./fs/index.js";
import { createFileHandlers } from "./rpc/file-handlers.js";
import { createDavAuthenticator, createDavRoute, createLockManager, createPropStore, davSchema, rightsCheck } from "./dav/index.js";
import { createDbEngine, dbSchema } from "./db/index.js";
import { DEFAULT_MAX_VALUE_BYTES } from "./db/engine.js";
import { createRespAuthenticator, createRespDatabases, createRespServer } from "./resp/index.js";
import { createDbHandlers } from "./rpc/db-handlers.js";
import { DbService } from "@leither/api/leither/v1/db_service_pb";
import { FileService } from "@leither/api/leither/v1/file_service_pb";
import { systemClock } from "./clock.js";
import { createLogger, createRequestLogInterceptor, settleLog } from "./observability/logger.js";
import { createMetricsRegistry, registerProcessMetrics } from "./observability/metrics.js";
import { createMetricsRoute, createRpcMetricsInterceptor } from "./observability/rpc-metrics.js";
import { createPolicy } from "./policy/policy.js";
import { ruleOf } from "./policy/rules.js";
import { createIdentityHandlers } from "./rpc/identity-handlers.js";
import { createAuthInterceptor, createErrorBoundary } from "./rpc/interceptors.js";
import { createMiMeiHandlers } from "./rpc/mimei-handlers.js";
import { createNodeHandlers } from "./rpc/node-handlers.js";
import { API_SERVICES, PLANNED_SERVICES } from "./rpc/services.js";
import { IdentityService } from "@leither/api/leither/v1/identity_service_pb";
import { MiMeiService } from "@leither/api/leither/v1/mimei_service_pb";
import { NodeService } from "@leither/api/leither/v1/node_service_pb";
import { openDatabase, createBlobStore, createDirectIo, createPackFiles, DatabaseLockedError, type SqliteDatabase } from "./store/index.js";
import { LeitherError } from "./errors.js";

export const DATABASE_FILE = "leither.db";
export const BLOB_DIR = "blobs";
/** File content chunks: a blob store of their own, which only the fs GC deletes from. */
export const CHUNK_DIR = "chunks";
/** Inside CHUNK_DIR: the pack files that hold chunks (store/pack-files.ts). */
export const PACK_DIR = "packs";
export const TEMP_DIR = "fs-temp";

export interface RunningNode {
  /** The API's base URL. */
  url: string;
  nodeId: string;
  peerId: string;
  stop(): Promise<void>;
}

const VERSION: string = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")).version;

export async function startNode(config: NodeConfig): Promise<RunningNode> {
  mkdirSync(config.home, { recursive: true, mode: 0o700 });
  const log = createLogger({ level: config.logLevel === "silent" ? undefined : config.logLevel, quiet: config.logLevel === "silent", name: "leither" });
  const nodeKey = loadOrCreateNodeKey(config.home);
  const dbPath = path.join(config.home, DATABASE_FILE);
  let db: SqliteDatabase;
  try {
    db = openDatabase({ path: dbPath, synchronous: config.synchronous, schemas: [identitySchema, mimeiSchema, fsSchema, dbSchema, tasksSchema, davSchema], exclusive: true });
    // A checkpoint copies the WAL into the database file and fsyncs both, stalling the event
    // loop for milliseconds; at SQLite's default (every 1000 pages) busy db writes paid one every
    // few dozen group commits. Every 10 000 pages (about 40 MiB of WAL) costs a tenth of that;
    // durability is unchanged, since a commit is in the WAL before it is acknowledged.
    db.pragma("wal_autocheckpoint = 10000");
  } catch (err) {
    if (err instanceof DatabaseLockedError) {
      throw new LeitherError("failed_precondition", "HOME_IN_USE", `another leither node is running on ${config.home}`);
    }
    throw err;
  }
  const blobs = createBlobStore(path.join(config.home, BLOB_DIR));

  const identity = createIdentity({ db, nodeKey, sessionTtlMs: config.sessionTtlHours * 3_600_000 });
  for (const key of config.trustedIssuers ?? []) {
    identity.trust.trustIssuer(Buffer.from(key, "base64url"), "from the node configuration");
  }
  // New chunks go to pack files; chunk files of their own are what older versions stored.
  const direct = createDirectIo(path.join(config.home, CHUNK_DIR, "tmp"), { enabled: config.directIo });
  const chunkBlobs = createBlobStore(path.join(config.home, CHUNK_DIR), { direct });
  const packs = createPackFiles(path.join(config.home, CHUNK_DIR, PACK_DIR), direct);
  const content = createContentStore({ db, packs, chunks: chunkBlobs, clock: systemClock, readCheck: config.readCheck });
  const fileEngine = createFileContentEngine({ db, clock: systemClock, content });
  // mmfs and app MiMei hold file trees; the tree engine reads MiMei rows, so it gets the store lazily.
  const { trees, engine: treeEngine } = createTrees({ db, clock: systemClock, content, mimei: () => mimei });
  // The db engine asks the MiMei store which version digests remain (to drop snapshots of
  // deleted versions); the store is built right after it, before any sweep runs.
  const dbEngine = createDbEngine({ db, liveDigests: (id) => new Set(mimei.versions.list(id).versions.map((v) => v.digest)) });
  const mimei = createMiMeiStore({ db, blobs, handleIdleMs: config.handleIdleMinutes * 60_000, engines: { file: fileEngine, db: dbEngine.content, mmfs: treeEngine, app: treeEngine } });
  const configuredAdmins = new Set(config.admins ?? []);
  const isAdmin = (userId: string) => configuredAdmins.has(userId) || identity.users.isAdmin(userId);
  const policy = createPolicy({
    rights: {
      effectiveRights: (id, userId) => mimei.rights.effective(id, userId),
      // Temp-file and content handles are the fs store's; the rest are MiMei handles.
      mimeiOfHandle: (handle, userId) => {
        const own = files.lookupHandle(handle, userId);
        return own ? own.mimeiId : mimei.handles.resolve(handle, userId).mimeiId;
      },
      authorOf: (id) => mimei.rights.list(id)[0]!.member,
    },
    admins: { isAdmin },
  });

  const files = createFileService({
    db,
    clock: systemClock,
    mimei,
    content,
    engine: fileEngine,
    trees,
    temps: createTempFiles({ dir: path.join(config.home, TEMP_DIR), clock: systemClock, idleMs: config.handleIdleMinutes * 60_000 }),
    can: (userId, mimeiId, right) => policy.can({ sessionId: null, userId }, mimeiId, right),
    handleIdleMs: config.handleIdleMinutes * 60_000,
    onGcError: (err) => log.error({ err }, "content garbage collection failed"),
  });

  // Tasks are built below; uninstalling an app (at run time) cancels its scripts' tasks.
  const apps = createApps({
    db,
    clock: systemClock,
    mimei,
    content,
    trees,
    cancelTasksOf: (appId) => tasks.tasks.cancelOfApp(appId),
    limits: { maxTotalBytes: config.appArchive.maxBytes, maxEntries: config.appArchive.maxFiles, maxRatio: config.appArchive.maxRatio },
  });

  // Scripts call the node's own API in process, through the same interceptors as the network
  // (the transport is built once the routes and interceptors below exist).
  const runTokens = createRunTokens();
  let inProcess: ReturnType<typeof createRouterTransport> | undefined;
  const tasks = createTasks({
    db,
    clock: systemClock,
    api: createInProcessApi({ transport: { unary: (...a) => inProcess!.unary(...a), stream: (...a) => inProcess!.stream(...a) }, services: API_SERVICES, tokens: runTokens }),
    canExecuteApp: (userId, appId) => policy.can({ sessionId: null, userId }, appId, RIGHT.EXECUTE),
    canWriteApp: (userId, appId) => policy.can({ sessionId: null, userId }, appId, RIGHT.WRITE),
    isAdmin,
    onError: (err, taskId) => log.error({ err, taskId }, "task failed to run"),
  });

  const metrics = createMetricsRegistry();
  registerProcessMetrics(metrics);
  const count = (sql: string) => () => (db.prepare(sql).pluck().get() as number) ?? 0;
  metrics.gauge({ name: "leither_sessions_active", help: "Sessions currently valid.", collect: () => identity.sessions.countActive() });
  metrics.gauge({ name: "leither_mimei_total", help: "MiMei stored on this node.", collect: count("SELECT COUNT(*) FROM mimei") });
  metrics.gauge({ name: "leither_users_total", help: "Users known to this node.", collect: count("SELECT COUNT(*) FROM identity_users") });
  metrics.gauge({ name: "leither_handles_open", help: "Open MiMei handles.", collect: () => mimei.handles.count() });
  metrics.gauge({ name: "leither_storage_bytes", help: "Bytes stored, by kind.", labelNames: ["kind"], collect: async () => [
    { labels: { kind: "database" }, value: databaseBytes(db) },
    { labels: { kind: "blobs" }, value: await blobs.totalBytes() },
    { labels: { kind: "chunks" }, value: content.storedBytes() },
  ] });
  let requestsTotal = 0;

  const health = createHealthRegistry();
  const startedAt = Date.now();
  // Filled in once the server is bound (port 0 picks a free port).
  let apiUrl = "";
  const nodeHandlers = createNodeHandlers({
    nodeId: identity.node.id,
    peerId: identity.node.peerId,
    publicKey: identity.node.publicKey,
    version: VERSION,
    startedAt,
    apiUrls: () => [apiUrl],
    listenAddrs: () => [],
    announceAddrs: () => [],
    stats: async () => ({
      requestsTotal,
      sessionsActive: identity.sessions.countActive(),
      mimeiCount: count("SELECT COUNT(*) FROM mimei")(),
      usersCount: count("SELECT COUNT(*) FROM identity_users")(),
      databaseBytes: databaseBytes(db),
      blobBytes: await blobs.totalBytes(),
    }),
  });

  const routes = (router: ConnectRouter) => {
    router.service(IdentityService, createIdentityHandlers(identity, log.child({ component: "identity" })));
    router.service(MiMeiService, createMiMeiHandlers(mimei, policy, (handle, userId) => files.close(userId, handle)));
    router.service(NodeService, nodeHandlers);
    // File content is mostly compressed or incompressible already, and gzip on every 256 KiB
    // message cut downloads to a few percent of the link (clients ask for gzip by default).
    router.service(FileService, createFileHandlers(files, policy), { compressMinBytes: Number.MAX_SAFE_INTEGER });
    router.service(DbService, createDbHandlers({ engine: dbEngine, handles: mimei.handles }));
    router.service(AppService, createAppHandlers({ tasks, apps, policy }));
    for (const service of PLANNED_SERVICES) router.service(service, {});
    router.service(Health, createHealthService(health));
    registerReflection(router, [...API_SERVICES, Health]);
  };

  const interceptors: Interceptor[] = [
      (next) => (req) => {
        requestsTotal++;
        return next(req);
      },
      createRequestLogInterceptor(log),
      createRpcMetricsInterceptor(metrics),
      createErrorBoundary((err, procedure) => log.error({ err, procedure }, "internal error")),
      createAuthInterceptor({
        session: (id) => runTokens.resolve(id) ?? { sessionId: id, userId: identity.sessions.resolve(id).userId },
        pass: (token) => {
          // A pass in the header authenticates one request without creating a session.
          const check = identity.passes.verify(token);
          if (!check.valid || !check.trusted || !check.pass) throw passRefusal(check);
          return { sessionId: null, userId: check.pass.subjectId };
        },
      }),
      policy.interceptor,
  ];
  inProcess = createRouterTransport(routes, { router: { interceptors, readMaxBytes: config.maxMessageBytes } });

  /** Who an HTTP route's request comes from: a session (bearer or cookie), a pass, or a guest. */
  const authenticateHttp = ({ bearer, pass }: { bearer?: string; pass?: string }) => {
    if (bearer) return { sessionId: bearer, userId: identity.sessions.resolve(bearer).userId };
    if (pass) {
      const check = identity.passes.verify(pass);
      if (!check.valid || !check.trusted || !check.pass) throw passRefusal(check);
      return { sessionId: null, userId: check.pass.subjectId };
    }
    return { sessionId: null, userId: null };
  };

  // WebDAV over mmfs trees (/dav/{mimeiId}/): HTTP Basic by password or pass, rights by the policy.
  const davRoute = createDavRoute({
    trees,
    content,
    props: createPropStore(db),
    locks: createLockManager({ clock: systemClock, db }),
    clock: systemClock,
    auth: createDavAuthenticator({
      clock: systemClock,
      verifyPassword: async (name, password) => {
        const { user, keyPair } = await identity.users.verifyPassword(name, password);
        keyPair.privateKey.fill(0); // WebDAV never signs
        return user.id;
      },
      resolveSession: (id) => identity.sessions.resolve(id).userId,
      verifyPass: (token) => {
        const check = identity.passes.verify(token);
        if (!check.valid || !check.trusted || !check.pass) throw passRefusal(check);
        return check.pass.subjectId;
      },
    }),
    authorize: rightsCheck((caller, mimeiId, right) => policy.can(caller, mimeiId, right === "write" ? RIGHT.WRITE : RIGHT.READ)),
    onError: (err) => log.error({ err }, "webdav request failed"),
  });

  const server = createApiServer({
    host: config.listen.host,
    port: config.listen.port,
    tls: config.tls,
    readMaxBytes: config.maxMessageBytes,
    logger: log,
    routes,
    interceptors,
    httpRoutes: [
      createHealthzRoute(health),
      createMetricsRoute(metrics),
      davRoute,
      createMmRoute({
        files,
        authenticate: authenticateHttp,
        authorizeRead: (caller, mimeiId) => policy.authorize(caller, ruleOf(MiMeiService.method.open), { mimeiId }),
      }),
      createAppRoute({
        apps,
        authenticate: authenticateHttp,
        authorizeRead: (caller, appId) => policy.authorize(caller, ruleOf(MiMeiService.method.open), { mimeiId: appId }),
        isPublic: (appId) => policy.can({ sessionId: null, userId: null }, appId, RIGHT.READ),
      }),
    ],
  });

  // The Redis protocol (RESP2) over db MiMei, when `--resp` asks for it.
  const resp = config.resp
    ? createRespServer({
        host: config.resp.host,
        port: config.resp.port,
        engine: dbEngine,
        auth: createRespAuthenticator(identity),
        databases: createRespDatabases(mimei),
        maxValueBytes: DEFAULT_MAX_VALUE_BYTES,
        version: VERSION,
        logger: log,
      })
    : undefined;

  identity.start();
  mimei.start();
  files.start();
  dbEngine.start();
  try {
    await server.start();
  } catch (err) {
    identity.stop();
    mimei.stop();
    dbEngine.stop();
    db.close();
    throw err;
  }
  apiUrl = server.url;
  if (resp) {
    try {
      await resp.start();
    } catch (err) {
      await server.stop();
      identity.stop();
      mimei.stop();
      dbEngine.stop();
      await files.stop();
      db.close();
      throw err;
    }
    // Logged before the API's line, which tools wait for: both addresses are known by then.
    log.info({ url: resp.url }, `RESP endpoint listening on ${resp.url}`);
  }
  // Background tasks start last: what they run needs every other component.
  tasks.start();
  log.info({ nodeId: identity.node.id, peerId: identity.node.peerId, url: server.url, home: config.home }, `leither node ${identity.node.id} listening on ${server.url}`);

  let stopped: Promise<void> | undefined;
  return {
    url: server.url,
    nodeId: identity.node.id,
    peerId: identity.node.peerId,
    stop() {
      stopped ??= (async () => {
        health.shutdown();
        await resp?.stop();
        await server.stop();
        await tasks.stop();
        identity.stop();
        mimei.stop();
        dbEngine.stop();
        await files.stop();
        await packs.close();
        db.close();
        log.info("stopped");
        await settleLog(log, "info");
      })();
      return stopped;
    },
  };
}

function databaseBytes(db: SqliteDatabase): number {
  const pages = db.pragma("page_count", { simple: true }) as number;
  const size = db.pragma("page_size", { simple: true }) as number;
  return pages * size;
}
