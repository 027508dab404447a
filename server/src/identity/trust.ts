// Which pass issuers this node believes: its own key, issuers an admin trusted explicitly, and
// users who vouch for themselves with a key this node already knows.
import type { Clock } from "../clock.js";
import { failedPrecondition, invalidArgument, notFound } from "../errors.js";
import type { SqliteDatabase } from "../store/index.js";
import { bytesEqual, type KeyPair } from "./keys.js";
import { leitherIdOf } from "./leither-id.js";
import type { Users } from "./users.js";

export interface TrustedIssuer {
  issuerId: string;
  publicKey: Uint8Array;
  note: string;
  /** The node's own key: always trusted, cannot be withdrawn. */
  nodeKey: boolean;
  addedAt: number;
}

/** The parts of a pass that trust depends on. */
export interface PassParties {
  issuerId: string;
  issuerPublicKey: Uint8Array;
  subjectId: string;
}

export interface TrustComponents {
  db: SqliteDatabase;
  clock: Clock;
  nodeKey: KeyPair;
  users: Pick<Users, "getUser">;
}

export interface Trust {
  /** Makes passes by this key log in here; returns its Leither ID. Idempotent (the note is updated). */
  trustIssuer(publicKey: Uint8Array, note?: string): string;
  /** Withdraws trust; ISSUER_NOT_FOUND when it was not trusted. */
  untrustIssuer(issuerId: string): void;
  /** The node key first, then the others by the time they were added. */
  listTrustedIssuers(): TrustedIssuer[];
  /** Decides whether a (signature-checked) pass is believed; `why` explains a refusal. */
  judgePass(pass: PassParties): { trusted: boolean; why: string };
}

interface IssuerRow {
  issuer_id: string;
  public_key: Buffer;
  note: string;
  added_at: number;
}

export function createTrust({ db, clock, nodeKey, users }: TrustComponents): Trust {
  const nodeId = leitherIdOf(nodeKey.publicKey);
  const upsert = db.prepare(
    `INSERT INTO identity_trusted_issuers (issuer_id, public_key, note, added_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (issuer_id) DO UPDATE SET note = excluded.note`,
  );
  const remove = db.prepare("DELETE FROM identity_trusted_issuers WHERE issuer_id = ?");
  const all = db.prepare<[], IssuerRow>("SELECT * FROM identity_trusted_issuers ORDER BY added_at, issuer_id");
  const one = db.prepare<[string], IssuerRow>("SELECT * FROM identity_trusted_issuers WHERE issuer_id = ?");

  const explicitlyTrusted = (id: string, key: Uint8Array) => {
    const row = one.get(id);
    return row !== undefined && bytesEqual(row.public_key, key);
  };

  return {
    trustIssuer(publicKey, note = "") {
      if (publicKey.length !== 32) throw invalidArgument("INVALID_KEY", `an issuer key is 32 bytes, got ${publicKey.length}`);
      const id = leitherIdOf(publicKey);
      if (id === nodeId) return id; // always trusted; no row needed
      upsert.run(id, publicKey, note, clock.now());
      return id;
    },

    untrustIssuer(issuerId) {
      if (issuerId === nodeId) throw failedPrecondition("NODE_KEY_ALWAYS_TRUSTED", "the node's own key cannot be untrusted");
      if (remove.run(issuerId).changes === 0) throw notFound("ISSUER_NOT_FOUND", `issuer ${issuerId} is not trusted`, { issuer_id: issuerId });
    },

    listTrustedIssuers() {
      return [
        { issuerId: nodeId, publicKey: nodeKey.publicKey, note: "this node", nodeKey: true, addedAt: 0 },
        ...all.all().map((r) => ({ issuerId: r.issuer_id, publicKey: new Uint8Array(r.public_key), note: r.note, nodeKey: false, addedAt: r.added_at })),
      ];
    },

    judgePass({ issuerId, issuerPublicKey, subjectId }) {
      if (bytesEqual(issuerPublicKey, nodeKey.publicKey)) return { trusted: true, why: "" };
      if (issuerId === subjectId) {
        const known = users.getUser(subjectId)?.publicKey;
        if (known && bytesEqual(known, issuerPublicKey)) return { trusted: true, why: "" };
        if (explicitlyTrusted(issuerId, issuerPublicKey)) return { trusted: true, why: "" };
        return { trusted: false, why: `untrusted issuer: self-signed by ${issuerId}, whose key this node does not know` };
      }
      if (!explicitlyTrusted(issuerId, issuerPublicKey)) return { trusted: false, why: `untrusted issuer: ${issuerId} is not trusted by this node` };
      // A trusted partner vouches for its own people, not for the users whose keys live here:
      // otherwise trusting any issuer would hand it this node's admin account.
      if (users.getUser(subjectId)?.name) {
        return { trusted: false, why: `untrusted issuer: ${issuerId} may not speak for ${subjectId}, a user registered on this node` };
      }
      return { trusted: true, why: "" };
    },
  };
}
