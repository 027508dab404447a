// `leither login`, `logout` and `whoami`: sessions with a node, remembered per node URL in the
// CLI home so that later commands run as the logged-in user.
import type { Command } from "commander";
import { Code, ConnectError } from "@connectrpc/connect";
import { timestampDate } from "@bufbuild/protobuf/wkt";
import { create } from "@bufbuild/protobuf";
import { LoginResponseSchema, PasswordCredentialSchema, type LoginRequest } from "@leither/api/leither/v1/identity_service_pb";
import { readSecret } from "./context.js";
import { usageError } from "./errors.js";
import { formatTime, messageJson } from "./output.js";
import type { CliApp } from "./program.js";

interface LoginOptions {
  passwordStdin?: boolean;
  pass?: string;
  guest?: boolean;
}

export function registerSessionCommands(program: Command, app: CliApp): void {
  program
    .command("login")
    .description("log in to the node and remember the session (by name and password, pass, or as a guest)")
    .argument("[name]", "login name; the password is read from stdin")
    .option("--password-stdin", "read the password from stdin (one trailing newline is dropped)")
    .option("--pass <token>", "log in with a pass signed by an issuer the node trusts")
    .option("--guest", "log in as a guest, who reads only public MiMei")
    .action(async (name: string | undefined, opts: LoginOptions, command: Command) => {
      const ctx = app.context(command);
      const ways = [name !== undefined, opts.pass !== undefined, opts.guest === true].filter(Boolean).length;
      if (ways !== 1) throw usageError("log in with exactly one of NAME --password-stdin, --pass TOKEN or --guest");
      let credential: LoginRequest["credential"];
      if (name !== undefined) {
        if (!opts.passwordStdin) throw usageError("give the password on stdin with --password-stdin");
        credential = { case: "password", value: create(PasswordCredentialSchema, { name, password: await readSecret(ctx.io) }) };
      } else if (opts.pass !== undefined) {
        credential = { case: "pass", value: opts.pass };
      } else {
        credential = { case: "guest", value: true };
      }
      // A stale stored session must not get in the way of replacing it.
      const res = await ctx.anonymousClients().identity.login({ credential });
      ctx.sessions.set(ctx.nodeUrl, {
        sessionId: res.sessionId,
        userId: res.userId,
        ...(name !== undefined ? { name } : {}),
        ...(res.expiresAt ? { expiresAt: timestampDate(res.expiresAt).toISOString() } : {}),
      });
      if (ctx.io.env.LEITHER_SESSION) ctx.out.note("note: LEITHER_SESSION is set and overrides the stored session");
      ctx.out.result(
        () => messageJson(LoginResponseSchema, res),
        () => {
          const who = res.userId ? `${name ?? "user"} (${res.userId})` : "guest";
          ctx.out.line(`logged in to ${ctx.nodeUrl} as ${who}; session expires ${formatTime(res.expiresAt)}`);
        },
      );
    });

  program
    .command("logout")
    .description("end the session with the node and forget it")
    .action(async (_opts: unknown, command: Command) => {
      const ctx = app.context(command);
      const fromEnv = Boolean(ctx.io.env.LEITHER_SESSION);
      const session = ctx.session();
      if (session) {
        try {
          await ctx.clients().identity.logout({});
        } catch (err) {
          // A session the node no longer knows is as logged out as it gets.
          if (!(err instanceof ConnectError && err.code === Code.Unauthenticated)) throw err;
        }
        // A session from LEITHER_SESSION was never stored; leave the stored one alone.
        if (!fromEnv) ctx.sessions.delete(ctx.nodeUrl);
      }
      ctx.out.result(
        () => ({ loggedOut: Boolean(session) }),
        () => ctx.out.line(session ? `logged out of ${ctx.nodeUrl}` : `not logged in to ${ctx.nodeUrl}`),
      );
    });

  program
    .command("whoami")
    .description("show who the CLI is logged in as at the node")
    .action(async (_opts: unknown, command: Command) => {
      const ctx = app.context(command);
      const session = ctx.session() ?? null;
      const stored = ctx.io.env.LEITHER_SESSION ? undefined : ctx.sessions.get(ctx.nodeUrl);
      let user: string | null = null;
      let name: string | null = null;
      if (session !== null) {
        if (stored && !stored.userId) {
          // A guest session has no user to look up.
        } else {
          // Ask the node rather than trust the file: it knows whether the session still works.
          const res = await ctx.clients().identity.getUserInfo({});
          user = res.user?.userId || null;
          name = res.user?.name || stored?.name || null;
        }
      }
      ctx.out.result(
        () => ({ user, session, name, node: ctx.nodeUrl }),
        () => {
          if (session === null) ctx.out.line(`not logged in to ${ctx.nodeUrl}`);
          else if (user === null) ctx.out.line(`guest at ${ctx.nodeUrl}`);
          else ctx.out.line(`${name ?? "-"} (${user}) at ${ctx.nodeUrl}`);
        },
      );
    });
}
