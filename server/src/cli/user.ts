// `leither user`: registering users and reading their public information.
import type { Command } from "commander";
import { GetUserInfoResponseSchema, RegisterResponseSchema } from "@leither/api/leither/v1/identity_service_pb";
import { collectKeyValue } from "./args.js";
import { readSecret } from "./context.js";
import { usageError } from "./errors.js";
import { formatTime, messageJson } from "./output.js";
import type { CliApp } from "./program.js";

export function registerUserCommands(program: Command, app: CliApp): void {
  const user = program.command("user").description("register users and look them up");

  user
    .command("register")
    .description("create a user on the node; the password is read from stdin")
    .argument("<name>", "login name")
    .option("--password-stdin", "read the password from stdin (one trailing newline is dropped)")
    .option("--profile <key=value>", "a profile field (repeatable)", collectKeyValue)
    .action(async (name: string, opts: { passwordStdin?: boolean; profile?: Record<string, string> }, command: Command) => {
      const ctx = app.context(command);
      // Passwords never go on the command line, where `ps` and shell history would see them.
      if (!opts.passwordStdin) throw usageError("give the password on stdin with --password-stdin");
      const password = await readSecret(ctx.io);
      const res = await ctx.clients().identity.register({ name, password, profile: opts.profile ?? {} });
      ctx.out.result(
        () => messageJson(RegisterResponseSchema, res),
        () => ctx.out.line(`registered ${name}: user id ${res.userId}`),
      );
    });

  user
    .command("info")
    .description("show a user's public information (yourself by default)")
    .argument("[user-id]", "the user's Leither ID")
    .action(async (userId: string | undefined, _opts: unknown, command: Command) => {
      const ctx = app.context(command);
      const res = await ctx.clients().identity.getUserInfo({ userId: userId ?? "" });
      const u = res.user;
      ctx.out.result(
        () => messageJson(GetUserInfoResponseSchema, res),
        () => {
          if (!u) return;
          ctx.out.fields([
            ["user id", u.userId],
            ["name", u.name || "-"],
            ["public key", Buffer.from(u.publicKey).toString("base64url")],
            ["created", formatTime(u.createdAt)],
            ["node admin", u.nodeAdmin ? "yes" : "no"],
            ...Object.entries(u.profile).map(([k, v]) => [`profile.${k}`, v] as const),
          ]);
        },
      );
    });
}
