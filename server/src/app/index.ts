// Apps: archives read safely, the apps domain over APP MiMei trees, and the /entry and /app/
// HTTP route.
export { createApps, APP_ENTRY, MAX_INLINE_FILE_BYTES } from "./apps.js";
export { checkAppName, computeAppId, isAppName } from "./app-id.js";
export type { Apps, AppsDeps, AppInfo, AppFileSource, UploadResult, UploadSpec } from "./apps.js";
export { readArchive, detectArchiveFormat, bufferSource, DEFAULT_ARCHIVE_LIMITS } from "./archive.js";
export type { ArchiveEntry, ArchiveFormat, ArchiveLimits, ArchiveSource } from "./archive.js";
export { createAppRoute, APP_PREFIX, ENTRY_PATH } from "./app-route.js";
