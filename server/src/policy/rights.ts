// Right bits as numbers, mirroring leither.v1.Right, for code that combines them.
import { Right } from "@leither/api/leither/v1/common_pb";

export const RIGHT = {
  READ: Right.READ,
  WRITE: Right.WRITE,
  BACKUP: Right.BACKUP,
  RELEASE: Right.RELEASE,
  ADMIN: Right.ADMIN,
  EXECUTE: Right.EXECUTE,
} as const;

export const ALL_RIGHTS = Object.values(RIGHT).reduce((a, b) => a | b, 0);

const NAMES: Record<string, number> = {
  read: RIGHT.READ,
  write: RIGHT.WRITE,
  backup: RIGHT.BACKUP,
  release: RIGHT.RELEASE,
  admin: RIGHT.ADMIN,
  execute: RIGHT.EXECUTE,
};

/** Names of the bits set in `bits`, e.g. ["read", "write"]. */
export function rightNames(bits: number): string[] {
  return Object.entries(NAMES)
    .filter(([, v]) => (bits & v) === v)
    .map(([k]) => k);
}
