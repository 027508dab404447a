// The identity capability: node key, users, sessions, passes, certificates, trust and service
// grants, wired over one SQLite database. RPC handlers call this; it knows nothing of Connect.
import type { Clock } from "../clock.js";
import { systemClock } from "../clock.js";
import type { SqliteDatabase } from "../store/index.js";
import { createCertificates, type Certificates } from "./certificates.js";
import type { ScryptParams } from "./key-seal.js";
import type { KeyPair } from "./keys.js";
import { leitherIdOf } from "./leither-id.js";
import { createLoginLimiter, type LoginLimiterInit } from "./login-limiter.js";
import { createPasses, passRefusal, subjectPublicKeyOf, type Passes } from "./passes.js";
import { peerIdOf } from "./peer-id.js";
import { createServices, type ServicePolicy, type Services } from "./services.js";
import { createSessions, type NewSession, type Sessions } from "./sessions.js";
import { createTrust, type Trust } from "./trust.js";
import { createUsers, type User, type Users } from "./users.js";

/** Options and dependencies of createIdentity. */
export interface IdentityInit {
  /** Opened with `identitySchema` among its schemas. */
  db: SqliteDatabase;
  /** The node's key, from loadOrCreateNodeKey. */
  nodeKey: KeyPair;
  clock?: Clock;
  /** Sliding session lifetime; default 24 h. */
  sessionTtlMs?: number;
  /** scrypt cost for newly sealed keys; default N=2^15, r=8, p=1. Tests lower it. */
  scrypt?: ScryptParams;
  /** Wrong-password throttle; default 5 failures per 15 minutes per name. */
  loginLimit?: LoginLimiterInit;
  /** How often start() prunes expired sessions; default 10 minutes. */
  pruneIntervalMs?: number;
  /** RequestService policy; default DEFAULT_SERVICE_POLICY. */
  servicePolicy?: ServicePolicy;
}

/** A new session together with the user it belongs to (null for guests). */
export interface Login extends NewSession {
  user: User | null;
}

export interface Identity {
  /** This node's Leither ID, libp2p peer ID and public key. */
  readonly node: { id: string; peerId: string; publicKey: Uint8Array };
  readonly users: Users;
  readonly sessions: Sessions;
  readonly passes: Passes;
  readonly certificates: Certificates;
  readonly trust: Trust;
  readonly services: Services;
  /** A session with no user. */
  loginGuest(): Login;
  /** Name + password: a session that can sign (its key stays in memory until logout or restart). */
  loginWithPassword(name: string, password: string): Promise<Login>;
  /** A valid, trusted pass: a session for its subject, which cannot sign (KEY_LOCKED). */
  loginWithPass(token: string): Login;
  /** Prunes expired sessions and stale login-failure records now. */
  prune(): void;
  /** Starts the periodic prune. */
  start(): void;
  stop(): void;
}

/** Builds the identity capability over an open database. */
export function createIdentity(init: IdentityInit): Identity {
  const { db, nodeKey } = init;
  const clock = init.clock ?? systemClock;
  const limiter = createLoginLimiter(clock, init.loginLimit);
  const users = createUsers({ db, clock, limiter, scrypt: init.scrypt });
  const sessions = createSessions({ db, clock, ttlMs: init.sessionTtlMs });
  const trust = createTrust({ db, clock, nodeKey, users });
  const passes = createPasses({ clock, trust });
  const certificates = createCertificates({ clock });
  const services = createServices({ db, clock, passes, users, policy: init.servicePolicy });
  const pruneIntervalMs = init.pruneIntervalMs ?? 10 * 60_000;
  let timer: NodeJS.Timeout | null = null;

  const prune = () => {
    sessions.prune();
    limiter.prune();
  };

  return {
    node: { id: leitherIdOf(nodeKey.publicKey), peerId: peerIdOf(nodeKey.publicKey), publicKey: nodeKey.publicKey },
    users,
    sessions,
    passes,
    certificates,
    trust,
    services,

    loginGuest: () => ({ ...sessions.create(null), user: null }),

    async loginWithPassword(name, password) {
      const { user, keyPair } = await users.verifyPassword(name, password);
      const session = sessions.create(user.id, keyPair);
      keyPair.privateKey.fill(0); // the session keeps its own copy
      return { ...session, user };
    },

    loginWithPass(token) {
      const check = passes.verify(token);
      if (!check.valid || !check.trusted) throw passRefusal(check);
      const pass = check.pass!;
      // First sight of a subject vouched for by a trusted issuer: remember it, with its key when
      // the pass carries one (self-signed, or info.subject_public_key), else with none.
      const known = users.getUser(pass.subjectId);
      const key = subjectPublicKeyOf(pass);
      const user = known && (known.publicKey || !key) ? known : users.rememberRemoteUser(pass.subjectId, key);
      return { ...sessions.create(user.id), user };
    },

    prune,

    start() {
      if (timer) return;
      timer = setInterval(prune, pruneIntervalMs);
      timer.unref(); // pruning alone must not keep the process alive
    },

    stop() {
      if (timer) clearInterval(timer);
      timer = null;
    },
  };
}

/** The identity tables' migrations (namespace "identity"); pass to openDatabase. */
export { identitySchema } from "./schema.js";
/** Loads `<home>/node.key` or creates it (0600) on first start; never overwrites. */
export { loadOrCreateNodeKey, NODE_KEY_FILE } from "./node-key.js";
/** Ed25519 primitives on raw keys (32-byte public key, 32-byte private seed). */
export { generateKeyPair, keyPairFromPrivateKey, sign, verify, type KeyPair } from "./keys.js";
/** Leither ID of a public key, and its syntax check. */
export { leitherIdOf, isLeitherId } from "./leither-id.js";
/** libp2p peer ID (12D3KooW...) of an Ed25519 public key. */
export { peerIdOf } from "./peer-id.js";
/** scrypt cost parameters and the production default. */
export { DEFAULT_SCRYPT, type ScryptParams } from "./key-seal.js";
/** Domain types the RPC layer maps to and from protobuf messages. */
export type { User, Users } from "./users.js";
export type { SessionInfo, NewSession, Sessions } from "./sessions.js";
export type { Pass, PassCheck, PassProblem, Passes } from "./passes.js";
export type { Certificate, CertificateCheck, CertificateProblem, Certificates } from "./certificates.js";
export type { TrustedIssuer, Trust } from "./trust.js";
export type { ServiceDecision, ServicePolicy, ServiceRule, Services } from "./services.js";
/** Limits the RPC layer validates against before calling the domain. */
export { DEFAULT_PASS_HOURS, MAX_PASS_HOURS, passRefusal } from "./passes.js";
export { DEFAULT_CERT_HOURS, MAX_CERT_HOURS } from "./certificates.js";
export { DEFAULT_SESSION_TTL_MS } from "./sessions.js";
export { DEFAULT_SERVICE_POLICY } from "./services.js";
