// Registered scripts: stored per owner under a unique name, replaced in place when registered
// again, and deletable only while no active task uses them.
import { createHash, randomBytes } from "node:crypto";
import type { Clock } from "../clock.js";
import { failedPrecondition, invalidArgument, notFound, permissionDenied } from "../errors.js";
import type { SqliteDatabase } from "../store/index.js";
import type { Script } from "./types.js";

export const MAX_SOURCE_BYTES = 1024 * 1024;
const NAME = /^[A-Za-z0-9._-]{1,64}$/;
const MAX_MEMO = 1000;

interface Row {
  script_id: string;
  owner_id: string;
  name: string;
  app_id: string;
  language: "javascript";
  memo: string;
  source_hash: string;
  updated_at: number;
}

const toScript = (r: Row): Script => ({
  scriptId: r.script_id,
  ownerId: r.owner_id,
  name: r.name,
  appId: r.app_id,
  language: r.language,
  memo: r.memo,
  sourceHash: r.source_hash,
  updatedAt: r.updated_at,
});

export interface ScriptStore {
  register(ownerId: string, input: { name: string; source: string; memo: string; appId: string }): Script;
  /** The script and its source; throws SCRIPT_NOT_FOUND. */
  get(scriptId: string): Script & { source: string };
  list(ownerId: string, appId?: string): Script[];
  delete(scriptId: string, byUserId: string): void;
}

export function checkSource(source: string): void {
  if (source.trim() === "") throw invalidArgument("SOURCE_EMPTY", "the script's source is empty");
  if (Buffer.byteLength(source) > MAX_SOURCE_BYTES) {
    throw invalidArgument("SOURCE_TOO_LARGE", `the script's source is larger than ${MAX_SOURCE_BYTES} bytes`);
  }
}

export function createScriptStore({ db, clock }: { db: SqliteDatabase; clock: Clock }): ScriptStore {
  const byName = db.prepare<[string, string], Row>("SELECT * FROM tasks_scripts WHERE owner_id = ? AND name = ?");
  const byId = db.prepare<[string], Row & { source: string }>("SELECT * FROM tasks_scripts WHERE script_id = ?");
  const insert = db.prepare(
    `INSERT INTO tasks_scripts (script_id, owner_id, name, app_id, language, memo, source, source_hash, updated_at)
     VALUES (?, ?, ?, ?, 'javascript', ?, ?, ?, ?)`,
  );
  const replace = db.prepare("UPDATE tasks_scripts SET app_id = ?, memo = ?, source = ?, source_hash = ?, updated_at = ? WHERE script_id = ?");
  const inUse = db.prepare<[string], { n: number }>("SELECT COUNT(*) AS n FROM tasks_tasks WHERE script_id = ? AND state IN ('scheduled', 'running')");
  const remove = db.prepare("DELETE FROM tasks_scripts WHERE script_id = ?");

  return {
    register(ownerId, { name, source, memo, appId }) {
      if (!NAME.test(name)) throw invalidArgument("INVALID_NAME", "a script's name is 1 to 64 letters, digits, '.', '_' or '-'");
      checkSource(source);
      if (memo.length > MAX_MEMO) throw invalidArgument("MEMO_TOO_LONG", `the memo is longer than ${MAX_MEMO} characters`);
      const hash = createHash("sha256").update(source).digest("hex");
      const now = clock.now();
      return db.transaction(() => {
        const existing = byName.get(ownerId, name);
        if (existing) {
          replace.run(appId, memo, source, hash, now, existing.script_id);
          return toScript(byId.get(existing.script_id)!);
        }
        const id = randomBytes(16).toString("base64url");
        insert.run(id, ownerId, name, appId, memo, source, hash, now);
        return toScript(byId.get(id)!);
      })();
    },
    get(scriptId) {
      const row = scriptId ? byId.get(scriptId) : undefined;
      if (!row) throw notFound("SCRIPT_NOT_FOUND", `no script ${scriptId || "(empty id)"}`, { script_id: scriptId });
      return { ...toScript(row), source: row.source };
    },
    list(ownerId, appId) {
      const rows = appId
        ? db.prepare<[string, string], Row>("SELECT * FROM tasks_scripts WHERE owner_id = ? AND app_id = ? ORDER BY name").all(ownerId, appId)
        : db.prepare<[string], Row>("SELECT * FROM tasks_scripts WHERE owner_id = ? ORDER BY name").all(ownerId);
      return rows.map(toScript);
    },
    delete(scriptId, byUserId) {
      const row = scriptId ? byId.get(scriptId) : undefined;
      if (!row) throw notFound("SCRIPT_NOT_FOUND", `no script ${scriptId || "(empty id)"}`, { script_id: scriptId });
      if (row.owner_id !== byUserId) throw permissionDenied("SCRIPT_NOT_YOURS", "only a script's owner may delete it", { script_id: scriptId });
      if (inUse.get(scriptId)!.n > 0) {
        throw failedPrecondition("SCRIPT_IN_USE", "an active task runs this script; cancel it first", { script_id: scriptId });
      }
      remove.run(scriptId);
    },
  };
}

