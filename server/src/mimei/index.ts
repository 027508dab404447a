// The MiMei domain's public surface: one store component, its schema, the plain types RPC
// handlers map to Protobuf, and the pure helpers (IDs, version names, invariants).
export { createMiMeiStore } from "./mimei-store.js";
export type { MiMeiStore, MiMeiStoreDeps } from "./mimei-store.js";
export { mimeiSchema } from "./schema.js";

export { computeMiMeiId, isMiMeiId, isAutoMark, validateIdInputs } from "./mimei-id.js";
export { parseVersionName } from "./version-name.js";
export type { VersionName } from "./version-name.js";
export { checkRightBits } from "./rights.js";
export type { RightsKeeper } from "./rights.js";
export type { VersionKeeper } from "./versions.js";
export { isRefTarget, listReferencedDigests } from "./refs.js";
export type { RefKeeper, RefsOutcome } from "./refs.js";
export { DEFAULT_HANDLE_IDLE_MS } from "./handles.js";
export type { HandleState, HandleView, OpenOptions } from "./handles.js";
export { createBlobContentEngine, EMPTY_CONTENT } from "./content-engine.js";
export type { BlobContentEngine, ContentEngine } from "./content-engine.js";
export { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "./listing.js";
export { checkMiMeiInvariants, MIMEI_INVARIANTS } from "./invariants.js";

export { ALL_RIGHTS, EVERYONE, MIMEI_TYPES, RIGHT } from "./types.js";
export type {
  BackupResult,
  ContentState,
  CreateMiMeiOptions,
  CreateMiMeiResult,
  ListOptions,
  MemberRights,
  MiMeiIdInputs,
  MiMeiInfo,
  MiMeiPage,
  MiMeiType,
  SumResult,
  VersionInfo,
  VersionList,
  VersionRefs,
} from "./types.js";
