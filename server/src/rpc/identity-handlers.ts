// IdentityService: translates requests to the identity capability and back.
// Access was checked by the policy layer before these run.
import { create } from "@bufbuild/protobuf";
import { timestampFromMs } from "@bufbuild/protobuf/wkt";
import type { HandlerContext, ServiceImpl } from "@connectrpc/connect";
import {
  CertificateSchema,
  IdentityService,
  PassSchema,
  UserInfoSchema,
} from "@leither/api/leither/v1/identity_service_pb";
import { invalidArgument, notFound } from "../errors.js";
import { sign, verify, type Certificate, type Identity, type Pass, type User } from "../identity/index.js";
import type { Logger } from "../observability/logger.js";
import { callerOf, requireUser as userOf } from "./caller.js";

const toUserInfo = (u: User) =>
  create(UserInfoSchema, {
    userId: u.id,
    name: u.name ?? "",
    publicKey: u.publicKey ?? new Uint8Array(),
    createdAt: timestampFromMs(u.createdAt),
    profile: u.profile,
    nodeAdmin: u.nodeAdmin,
  });

const toPass = (p: Pass) =>
  create(PassSchema, {
    issuerId: p.issuerId,
    issuerPublicKey: p.issuerPublicKey,
    subjectId: p.subjectId,
    info: p.info,
    issuedAt: timestampFromMs(p.issuedAt),
    expiresAt: timestampFromMs(p.expiresAt),
    nonce: p.nonce,
  });

const toCertificate = (c: Certificate) =>
  create(CertificateSchema, {
    subjectId: c.subjectId,
    subjectPublicKey: c.subjectPublicKey,
    info: c.info,
    issuerId: c.issuerId,
    issuerPublicKey: c.issuerPublicKey,
    notBefore: timestampFromMs(c.notBefore),
    notAfter: timestampFromMs(c.notAfter),
    signature: c.signature,
  });

const session = (l: { sessionId: string; userId: string | null; expiresAt: number }) => ({
  sessionId: l.sessionId,
  userId: l.userId ?? "",
  expiresAt: timestampFromMs(l.expiresAt),
});

export function createIdentityHandlers(identity: Identity, log: Logger): ServiceImpl<typeof IdentityService> {
  /** The caller's unlocked key pair; only sessions opened with a password hold one. */
  const keyOf = (ctx: HandlerContext) => {
    userOf(ctx);
    return identity.sessions.keyOf(callerOf(ctx).sessionId ?? "");
  };
  const userInfo = (id: string) => {
    const u = identity.users.getUser(id);
    if (!u) throw notFound("USER_UNKNOWN", `no user ${id} on this node`);
    return toUserInfo(u);
  };

  return {
    async register(req) {
      const u = await identity.users.register(req.name, req.password, req.profile);
      return { userId: u.id, publicKey: u.publicKey ?? new Uint8Array() };
    },
    async login(req) {
      const c = req.credential;
      switch (c.case) {
        case "guest":
          return session(identity.loginGuest());
        case "password":
          return session(await identity.loginWithPassword(c.value.name, c.value.password));
        case "pass":
          return session(identity.loginWithPass(c.value));
        default:
          throw invalidArgument("CREDENTIAL_REQUIRED", "set one credential: guest, password or pass");
      }
    },
    logout(req, ctx) {
      const { sessionId, userId } = callerOf(ctx);
      if (sessionId && identity.sessions.revoke(sessionId)) {
        log.info({ userId, info: req.info }, "logout");
      }
      return {};
    },
    getUserInfo(req, ctx) {
      return { user: userInfo(req.userId || userOf(ctx)) };
    },
    async setUserInfo(req, ctx) {
      const userId = userOf(ctx);
      if (req.newPassword) {
        if (!req.oldPassword) throw invalidArgument("OLD_PASSWORD_REQUIRED", "changing the password needs old_password");
        const key = await identity.users.changePassword(userId, req.oldPassword, req.newPassword);
        identity.sessions.setKey(callerOf(ctx).sessionId ?? "", key);
      }
      if (Object.keys(req.profile).length) identity.users.setProfile(userId, req.profile);
      return { user: userInfo(userId) };
    },
    signPass(req, ctx) {
      const { subject, ...info } = req.info;
      const r = identity.passes.sign(keyOf(ctx), subject || userOf(ctx), info, req.hours);
      return { token: r.token, pass: toPass(r.pass) };
    },
    verifyPass(req) {
      const r = identity.passes.verify(req.token);
      return { valid: r.valid, trusted: r.trusted, problem: r.problem, pass: r.pass ? toPass(r.pass) : undefined };
    },
    sign(req, ctx) {
      const key = keyOf(ctx);
      return { signature: sign(key.privateKey, req.message), publicKey: key.publicKey };
    },
    verifySignature(req) {
      let publicKey: Uint8Array;
      if (req.signer.case === "publicKey") publicKey = req.signer.value;
      else if (req.signer.case === "userId") {
        const u = identity.users.getUser(req.signer.value);
        if (!u?.publicKey) throw notFound("USER_KEY_UNKNOWN", `this node does not know the public key of user ${req.signer.value}`);
        publicKey = u.publicKey;
      } else throw invalidArgument("SIGNER_REQUIRED", "set the signer: public_key or user_id");
      if (publicKey.length !== 32) throw invalidArgument("INVALID_PUBLIC_KEY", "an Ed25519 public key has 32 bytes");
      return { valid: req.signature.length === 64 && verify(publicKey, req.message, req.signature) };
    },
    issueCertificate(req, ctx) {
      const subject = req.subjectPublicKey.length ? req.subjectPublicKey : undefined;
      const r = identity.certificates.issue(keyOf(ctx), subject, req.info, req.hours);
      return { token: r.token, certificate: toCertificate(r.certificate) };
    },
    verifyCertificate(req) {
      const r = identity.certificates.verify(req.token, req.caPublicKey.length ? req.caPublicKey : undefined);
      return { valid: r.valid, problem: r.problem, certificate: r.certificate ? toCertificate(r.certificate) : undefined };
    },
    trustIssuer(req) {
      return { issuerId: identity.trust.trustIssuer(req.publicKey, req.note) };
    },
    untrustIssuer(req) {
      identity.trust.untrustIssuer(req.issuerId);
      return {};
    },
    listTrustedIssuers() {
      return {
        issuers: identity.trust.listTrustedIssuers().map((t) => ({
          issuerId: t.issuerId,
          publicKey: t.publicKey,
          note: t.note,
          nodeKey: t.nodeKey,
        })),
      };
    },
    requestService(req) {
      return identity.services.request(req.pass);
    },
  };
}
