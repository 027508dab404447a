// What the RESP endpoint needs from the MiMei and identity capabilities: resolving SELECT
// targets (cur or a frozen version), each user's default db MiMei, rights, and AUTH.
import { failedPrecondition, notFound } from "../errors.js";
import type { Identity } from "../identity/index.js";
import { passRefusal } from "../identity/index.js";
import type { MiMeiStore } from "../mimei/index.js";
import type { RespAuthenticator, RespDatabases, SelectedDb } from "./connection.js";

/** The fixed inputs of a user's default db MiMei: its id is computed, so it is found again. */
export const DEFAULT_DB = Object.freeze({ type: "db", appId: "", ext: "resp", mark: "default" } as const);

export function createRespDatabases(mimei: MiMeiStore): RespDatabases {
  const cur = (mimeiId: string, authorId: string): SelectedDb => ({ target: { mimeiId, version: 0 }, readOnly: false, label: mimeiId, authorId });
  return {
    defaultDb(userId) {
      return cur(mimei.create(userId, DEFAULT_DB).mimeiId, userId);
    },
    resolve(mimeiId, version) {
      if (!mimei.exists(mimeiId)) throw notFound("MIMEI_UNKNOWN", `no MiMei ${mimeiId} on this node`, { mimei_id: mimeiId });
      // Once per SELECT: info() also computes the content digest, which is too slow per command.
      const { type, authorId } = mimei.info(mimeiId);
      if (type !== "db") throw failedPrecondition("NOT_A_DATABASE", `MiMei ${mimeiId} is not a database`, { mimei_id: mimeiId });
      if (version === undefined) return cur(mimeiId, authorId);
      const v = mimei.versions.resolve(mimeiId, version);
      const { digest } = mimei.versions.get(mimeiId, v);
      return { target: { mimeiId, version: v, digest }, readOnly: true, label: `${mimeiId}@${v}`, authorId };
    },
    rights: (mimeiId, userId) => mimei.rights.effective(mimeiId, userId),
  };
}

export function createRespAuthenticator(identity: Identity): RespAuthenticator {
  /** A signed pass authenticates like the `authorization: Pass` header: no session is made. */
  function verifyPass(token: string): string {
    const check = identity.passes.verify(token);
    if (!check.valid || !check.trusted || !check.pass) throw passRefusal(check);
    return check.pass.subjectId;
  }
  return {
    token(token) {
      // Session ids are base64url without dots; passes are `payload.signature`.
      if (token.includes(".")) {
        const userId = verifyPass(token);
        return { userId, stillValid: () => void verifyPass(token) };
      }
      const { userId } = identity.sessions.resolve(token);
      return { userId, stillValid: () => void identity.sessions.resolve(token) };
    },
    async password(name, password) {
      const login = await identity.loginWithPassword(name, password);
      return { userId: login.user!.id, stillValid: () => void identity.sessions.resolve(login.sessionId) };
    },
  };
}
