// Member rights on a MiMei: bits per member, "*" for everyone (guests included). The author
// always holds every right and is not stored as a member.
import { failedPrecondition, invalidArgument } from "../errors.js";
import type { SqliteDatabase } from "../store/index.js";
import { isLeitherIdFormat } from "./mimei-id.js";
import type { MiMeiRows } from "./mimei-rows.js";
import { ALL_RIGHTS, EVERYONE, type MemberRights } from "./types.js";

export interface RightsKeeper {
  /**
   * The rights `userId` holds: all for the author, otherwise their own bits OR everyone's.
   * null (a guest) and "*" get everyone's bits.
   */
  effective(mimeiId: string, userId: string | null): number;
  /** Sets a member's bits (0 removes the member). The author's rights cannot be changed. */
  set(mimeiId: string, member: string, bits: number): void;
  /** The author first (with all bits), then "*", then members by id. */
  list(mimeiId: string): MemberRights[];
}

/** Throws INVALID_ARGUMENT "INVALID_RIGHTS" unless `bits` is an OR of known Right bits. */
export function checkRightBits(bits: number): number {
  if (!Number.isSafeInteger(bits) || bits < 0 || (bits & ~ALL_RIGHTS) !== 0) {
    throw invalidArgument("INVALID_RIGHTS", `rights are an OR of Right bits (at most ${ALL_RIGHTS})`, { rights: String(bits) });
  }
  return bits;
}

export function createRightsKeeper(db: SqliteDatabase, rows: MiMeiRows): RightsKeeper {
  const bitsOf = db.prepare<[string, string], { bits: number }>("SELECT bits FROM mimei_rights WHERE mimei_id = ? AND member = ?");
  const upsert = db.prepare<[string, string, number]>(
    "INSERT INTO mimei_rights (mimei_id, member, bits) VALUES (?, ?, ?) ON CONFLICT DO UPDATE SET bits = excluded.bits",
  );
  const remove = db.prepare<[string, string]>("DELETE FROM mimei_rights WHERE mimei_id = ? AND member = ?");
  // "*" sorts before every id character, so ORDER BY member puts everyone first.
  const all = db.prepare<[string], MemberRights>("SELECT member, bits FROM mimei_rights WHERE mimei_id = ? ORDER BY member");

  return {
    effective(mimeiId, userId) {
      const row = rows.get(mimeiId);
      if (userId !== null && userId === row.author_id) return ALL_RIGHTS;
      const everyone = bitsOf.get(mimeiId, EVERYONE)?.bits ?? 0;
      if (userId === null || userId === EVERYONE) return everyone;
      return everyone | (bitsOf.get(mimeiId, userId)?.bits ?? 0);
    },
    set(mimeiId, member, bits) {
      if (member !== EVERYONE && !isLeitherIdFormat(member)) {
        throw invalidArgument("INVALID_MEMBER", 'a member is a 27-character Leither ID or "*"', { member });
      }
      checkRightBits(bits);
      db.transaction(() => {
        const row = rows.get(mimeiId);
        if (member === row.author_id) {
          throw failedPrecondition("AUTHOR_RIGHTS_FIXED", "the author always holds every right", { mimei_id: mimeiId, member });
        }
        if (bits === 0) remove.run(mimeiId, member);
        else upsert.run(mimeiId, member, bits);
      })();
    },
    list(mimeiId) {
      const row = rows.get(mimeiId);
      return [{ member: row.author_id, bits: ALL_RIGHTS }, ...all.all(mimeiId)];
    },
  };
}
