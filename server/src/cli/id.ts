// `leither id`: the node's Leither ID and libp2p peer ID, from a local home or from a running node.
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import type { Command } from "commander";
import { CliError } from "./errors.js";
import type { CliApp } from "./program.js";

export function registerIdCommand(program: Command, app: CliApp): void {
  program
    .command("id")
    .description("print the node id and peer id (of the node at --node, or of a local --home)")
    .option("--home <dir>", "read the key in <dir>/node.key instead of asking a node")
    .action(async (opts: { home?: string }, command: Command) => {
      const ctx = app.context(command);
      let ids: { nodeId: string; peerId: string };
      if (opts.home !== undefined) {
        const home = resolve(ctx.io.cwd, opts.home);
        // A mistyped --home would otherwise quietly get a brand-new key.
        if (!existsSync(home)) throw new CliError("not_found", `no node home at ${home}`);
        // Loaded on demand, like the node itself: client commands need none of the identity code.
        const { leitherIdOf, loadOrCreateNodeKey, peerIdOf } = await import("../identity/index.js");
        const key = loadOrCreateNodeKey(home);
        ids = { nodeId: leitherIdOf(key.publicKey), peerId: peerIdOf(key.publicKey) };
      } else {
        const info = await ctx.clients().node.getNodeInfo({});
        ids = { nodeId: info.nodeId, peerId: info.peerId };
      }
      ctx.out.result(
        () => ids,
        () =>
          ctx.out.fields([
            ["node id", ids.nodeId],
            ["peer id", ids.peerId],
          ]),
      );
    });
}
