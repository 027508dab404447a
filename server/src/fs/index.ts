// The fs capability's public surface: stored content (chunks, files, GC), temp files, the FILE
// MiMei content engine, the FileService domain and the /mm HTTP route.
export { createContentStore, checkContentHash, CHUNK_SIZE, DEFAULT_GRACE_MS } from "./content-store.js";
export type { ContentStore, StoredFile, GcReport, Lease } from "./content-store.js";
export { createTempFiles } from "./temp-files.js";
export type { TempFiles } from "./temp-files.js";
export { createFileContentEngine } from "./file-engine.js";
export type { FileContentEngine } from "./file-engine.js";
export { createFileService, canonicalJson, MAX_IO_BYTES } from "./file-service.js";
export type { FileService, FileInfo, Placement, UploadHeader, DownloadSource } from "./file-service.js";
export { fsSchema } from "./schema.js";
export { detectMimeType } from "./mime.js";
export { checkName, parseMiMeiUrl, mimeiIdOfUrl } from "./names.js";
export { resolveOffset } from "./offsets.js";
export { checkContentInvariants, checkChunkStorage, checkPackSpace, CONTENT_INVARIANTS } from "./invariants.js";
export { createMmRoute } from "./mm-route.js";
export { createTrees, treeMimeType } from "./tree-service.js";
export type { Trees } from "./tree-service.js";
export type { DirSummary } from "./tree-store.js";
export { parseTreePath, joinPath } from "./tree-paths.js";
export type { TreeEntry, TreeChange, TreeDraft, Page, PageOf, FindQuery, WriteOptions, EntryKind, TreeChangeKind } from "./tree-types.js";
export { createTreeOps, isTreeType } from "./tree-ops.js";
export type { TreeOps } from "./tree-ops.js";
