// `leither pass`: signing passes with the logged-in user's key and checking passes.
import type { Command } from "commander";
import { SignPassResponseSchema, VerifyPassResponseSchema, type Pass } from "@leither/api/leither/v1/identity_service_pb";
import { parseIntInRange, parseStringMap } from "./args.js";
import { EXIT_FAILURE } from "./errors.js";
import { formatTime, messageJson, type Output } from "./output.js";
import type { CliApp } from "./program.js";

export function registerPassCommands(program: Command, app: CliApp): void {
  const pass = program.command("pass").description("sign and verify passes (signed, expiring tokens)");

  pass
    .command("sign")
    .description("sign a pass with your key (needs a session opened with the password)")
    .option("--info <json>", 'what the pass says, a JSON object of strings, e.g. \'{"app":"notes"}\'', parseStringMap)
    .option("--hours <n>", "validity in hours, 1 to 8760 (default: the node's, 72)", parseIntInRange(1, 8760))
    .action(async (opts: { info?: Record<string, string>; hours?: number }, command: Command) => {
      const ctx = app.context(command);
      const res = await ctx.clients().identity.signPass({ info: opts.info ?? {}, hours: opts.hours ?? 0 });
      ctx.out.result(
        () => messageJson(SignPassResponseSchema, res),
        () => ctx.out.line(res.token),
      );
    });

  pass
    .command("verify")
    .description("check a pass; exits 0 when it is valid and 1 when it is not")
    .argument("<pass>", "the pass token")
    .action(async (token: string, _opts: unknown, command: Command) => {
      const ctx = app.context(command);
      const res = await ctx.clients().identity.verifyPass({ token });
      if (!res.valid) ctx.setExitCode(EXIT_FAILURE);
      ctx.out.result(
        () => messageJson(VerifyPassResponseSchema, res),
        () => {
          if (res.valid) ctx.out.line(res.trusted ? "valid; its issuer is trusted by this node" : `valid; not trusted here: ${res.problem || "issuer not trusted"}`);
          if (res.pass) printPass(ctx.out, res.pass);
        },
      );
      // The problem goes to stderr too, where scripts that only check the exit code still show it.
      if (!res.valid) ctx.out.note(`invalid_pass: ${res.problem || "rejected"}`);
    });
}

function printPass(out: Output, p: Pass): void {
  out.fields([
    ["issuer", p.issuerId],
    ["subject", p.subjectId],
    ["issued", formatTime(p.issuedAt)],
    ["expires", formatTime(p.expiresAt)],
    ...Object.entries(p.info).map(([k, v]) => [`info.${k}`, v] as const),
  ]);
}
