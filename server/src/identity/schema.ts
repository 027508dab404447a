// The identity capability's tables (namespace "identity"): users, their encrypted keys,
// sessions, trusted pass issuers and granted services.
import type { Schema } from "../store/index.js";

export const identitySchema: Schema = {
  namespace: "identity",
  migrations: [
    {
      version: 1,
      description: "users, user keys, sessions, trusted issuers, service grants",
      up: (db) =>
        db.exec(`
          -- Local users have a name and a row in identity_user_keys; remote users (known through
          -- passes) have neither, and a public key only when one was presented.
          CREATE TABLE identity_users (
            id          TEXT PRIMARY KEY,
            name        TEXT UNIQUE COLLATE NOCASE,
            public_key  BLOB,
            created_at  INTEGER NOT NULL,
            profile     TEXT NOT NULL DEFAULT '{}',
            node_admin  INTEGER NOT NULL DEFAULT 0
          );
          -- The private key sealed with AES-256-GCM under scrypt(password, salt); the KDF
          -- parameters live in the row so they can be raised later without breaking old rows.
          CREATE TABLE identity_user_keys (
            user_id     TEXT PRIMARY KEY REFERENCES identity_users(id) ON DELETE CASCADE,
            kdf         TEXT NOT NULL,
            salt        BLOB NOT NULL,
            cost_n      INTEGER NOT NULL,
            cost_r      INTEGER NOT NULL,
            cost_p      INTEGER NOT NULL,
            iv          BLOB NOT NULL,
            ciphertext  BLOB NOT NULL,
            tag         BLOB NOT NULL,
            updated_at  INTEGER NOT NULL
          );
          -- Only SHA-256 of the session id is stored, so a copied database opens no sessions.
          CREATE TABLE identity_sessions (
            id_hash     BLOB PRIMARY KEY,
            user_id     TEXT REFERENCES identity_users(id) ON DELETE CASCADE,
            created_at  INTEGER NOT NULL,
            expires_at  INTEGER NOT NULL
          );
          CREATE INDEX identity_sessions_expiry ON identity_sessions(expires_at);
          CREATE INDEX identity_sessions_user ON identity_sessions(user_id);
          CREATE TABLE identity_trusted_issuers (
            issuer_id   TEXT PRIMARY KEY,
            public_key  BLOB NOT NULL,
            note        TEXT NOT NULL DEFAULT '',
            added_at    INTEGER NOT NULL
          );
          CREATE TABLE identity_service_grants (
            user_id     TEXT NOT NULL REFERENCES identity_users(id) ON DELETE CASCADE,
            service     TEXT NOT NULL,
            attributes  TEXT NOT NULL DEFAULT '{}',
            granted_at  INTEGER NOT NULL,
            PRIMARY KEY (user_id, service)
          );
        `),
    },
  ],
};
