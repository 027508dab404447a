// Storage primitives shared by every capability: the SQLite database, the blob files and the
// pack files that hold the content store's chunks.
export { openDatabase, migrate, MigrationError, DatabaseLockedError } from "./database.js";
export type { Migration, Schema, SqliteDatabase, DatabaseOptions } from "./database.js";
export { createBlobStore, isDigest, BlobError, EMPTY_DIGEST } from "./blob-store.js";
export type { BlobStore, BlobInfo, BlobStoreOptions } from "./blob-store.js";
export { createDirectIo } from "./direct-io.js";
export type { DirectIo } from "./direct-io.js";
export { createPackFiles, PackGoneError, PACK_LIMIT } from "./pack-files.js";
export type { PackFiles, PackLocation } from "./pack-files.js";
