// Storage primitives shared by every capability: the SQLite database and the blob files.
export { openDatabase, migrate, MigrationError, DatabaseLockedError } from "./database.js";
export type { Migration, Schema, SqliteDatabase, DatabaseOptions } from "./database.js";
export { createBlobStore, isDigest, BlobError, EMPTY_DIGEST } from "./blob-store.js";
export type { BlobStore, BlobInfo, BlobStoreOptions } from "./blob-store.js";
