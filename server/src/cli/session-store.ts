// The CLI's memory of logins: one session per node URL in <cli home>/sessions.json, readable
// only by its owner because a session id is as good as the password until it expires.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { CliError } from "./errors.js";

export interface StoredSession {
  sessionId: string;
  /** Empty for guest sessions. */
  userId: string;
  /** The login name, when logged in by password. */
  name?: string;
  /** ISO 8601. */
  expiresAt?: string;
}

export interface SessionStore {
  readonly file: string;
  get(nodeUrl: string): StoredSession | undefined;
  set(nodeUrl: string, session: StoredSession): void;
  /** Forgets the session for a node; true when there was one. */
  delete(nodeUrl: string): boolean;
}

interface SessionsFile {
  sessions: Record<string, StoredSession>;
}

export function createSessionStore(dir: string): SessionStore {
  const file = join(dir, "sessions.json");

  const read = (): SessionsFile => {
    let text: string;
    try {
      text = readFileSync(file, "utf8");
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === "ENOENT") return { sessions: {} };
      throw new CliError("session_store", `cannot read ${file}: ${(err as Error).message}`);
    }
    try {
      const parsed = JSON.parse(text) as Partial<SessionsFile>;
      if (typeof parsed.sessions !== "object" || parsed.sessions === null) throw new Error("no \"sessions\" object");
      return { sessions: parsed.sessions };
    } catch (err) {
      throw new CliError("session_store", `${file} is damaged (${(err as Error).message}); delete it and log in again`);
    }
  };

  const write = (data: SessionsFile) => {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    // Write then rename, so a crash never leaves half a file, and the new file is created 0600
    // from the start rather than narrowed after the secret is already on disk.
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, `${JSON.stringify(data, null, 2)}\n`, { mode: 0o600 });
    renameSync(tmp, file);
  };

  return {
    file,
    get: (nodeUrl) => read().sessions[nodeUrl],
    set(nodeUrl, session) {
      const data = read();
      data.sessions[nodeUrl] = session;
      write(data);
    },
    delete(nodeUrl) {
      const data = read();
      if (!(nodeUrl in data.sessions)) return false;
      delete data.sessions[nodeUrl];
      write(data);
      return true;
    },
  };
}
