// Plain types of the MiMei domain, shared by the keepers, the store facade and the RPC layer
// (which maps them to and from the generated Protobuf messages).

/** The kind of data a MiMei holds (MiMeiType in common.proto, without UNSPECIFIED). */
export type MiMeiType = "file" | "db" | "mmfs" | "app";

export const MIMEI_TYPES: readonly MiMeiType[] = Object.freeze(["file", "db", "mmfs", "app"]);

/** Right bits, the same values as the Right enum of common.proto. */
export const RIGHT = Object.freeze({
  READ: 1,
  WRITE: 2,
  BACKUP: 4,
  RELEASE: 8,
  ADMIN: 16,
  EXECUTE: 32,
} as const);

/** Every right bit; what the author of a MiMei always holds. */
export const ALL_RIGHTS = 63;

/** The member that stands for everyone, guests included. */
export const EVERYONE = "*";

/** A piece of content as the domain sees it: a lowercase hex SHA-256 and a byte count. */
export interface ContentState {
  digest: string;
  size: number;
}

/** The inputs that fix a MiMei's ID. Empty app id means the system. */
export interface MiMeiIdInputs {
  authorId: string;
  type: MiMeiType;
  appId?: string;
  ext?: string;
  mark?: string;
}

export interface CreateMiMeiOptions {
  type: MiMeiType;
  appId?: string;
  ext?: string;
  /** Up to 128 printable characters; "auto" picks a fresh mark and therefore a fresh ID. */
  mark?: string;
  /** Rights of everyone ("*") from the start; 0 or absent keeps the MiMei private. */
  publicRights?: number;
}

export interface CreateMiMeiResult {
  mimeiId: string;
  /** False when a MiMei with the same inputs existed already (its rights are left as they are). */
  created: boolean;
  /** The mark used, which differs from the one asked for when it was "auto". */
  mark: string;
}

/** Everything known about a MiMei except caller-specific rights (see RightsKeeper.effective). */
export interface MiMeiInfo {
  mimeiId: string;
  type: MiMeiType;
  authorId: string;
  appId: string;
  ext: string;
  mark: string;
  /** Milliseconds since the Unix epoch. */
  createdAt: number;
  /** When `cur` last changed (content, references or a restore), ms since the epoch. */
  modifiedAt: number;
  /** The newest backup; 0 when there is none. */
  lastVersion: number;
  /** The released version; 0 when none is released. */
  releaseVersion: number;
  curDigest: string;
  curSize: number;
}

export interface VersionInfo {
  version: number;
  digest: string;
  size: number;
  createdAt: number;
  memo: string;
  /** The user who made the backup; "" for a guest. */
  createdBy: string;
}

export interface VersionList {
  /** Oldest first. */
  versions: VersionInfo[];
  last: number;
  release: number;
  curDigest: string;
  curSize: number;
}

export interface BackupResult {
  /** The version now `last`. */
  version: number;
  /** False when `cur` equalled `last` (content and references) and nothing was stored. */
  created: boolean;
  digest: string;
}

/** Reference counts of one version, keyed by target (a MiMei id or a blob digest). */
export interface VersionRefs {
  /** "cur" or the decimal version number, as the GetRefs response names it. */
  name: string;
  /** 0 for `cur`. */
  version: number;
  counts: Record<string, number>;
}

export interface ListOptions {
  type?: MiMeiType;
  appId?: string;
  /** 0 or absent means 100; above 1000 is capped to 1000. */
  pageSize?: number;
  pageToken?: string;
}

export interface MiMeiPage {
  /** Newest first. */
  items: MiMeiInfo[];
  /** Empty when this was the last page. */
  nextPageToken: string;
}

export interface MemberRights {
  member: string;
  bits: number;
}

export interface SumResult {
  /** Lowercase hex SHA-256. */
  digest: string;
  /** 0 for `cur`. */
  version: number;
}
