#!/usr/bin/env node
// The WebDAV conformance run (`npm run test:litmus`): starts a real node from server/dist on a
// fresh home, registers a user, creates an mmfs MiMei through the API, and runs the litmus
// suite (Debian package `litmus`) against /dav/{mimeiId}/ with the user's name and password.
// Exits non-zero when any test fails or a group does not run to its end.
//   node test/litmus/run.mjs [--tests "basic copymove props locks http"]
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createClient } from "@connectrpc/connect";
import { createConnectTransport } from "@connectrpc/connect-node";
import { MiMeiType } from "@leither/api/leither/v1/common_pb";
import { IdentityService } from "@leither/api/leither/v1/identity_service_pb";
import { MiMeiService } from "@leither/api/leither/v1/mimei_service_pb";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "../..");
const cliMain = path.join(root, "server", "dist", "cli", "main.js");
// The four groups the node must pass in full, and `http` (Expect: 100-continue).
const GROUPS = ["basic", "copymove", "props", "locks", "http"];

const argv = process.argv.slice(2);
const testsIndex = argv.indexOf("--tests");
const tests = testsIndex >= 0 ? argv[testsIndex + 1] : GROUPS.join(" ");

if (!existsSync(cliMain)) throw new Error(`${cliMain} is missing: run \`npm run build\` first`);
if (spawnSync("litmus", ["--help"], { stdio: "ignore" }).error) {
  throw new Error("litmus is not installed: apt-get install -y litmus");
}

/** Starts `leither serve` on a fresh home and a free port; resolves with its URL and a stop function. */
function startNode() {
  const home = mkdtempSync(path.join(tmpdir(), "leither-litmus-"));
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("LEITHER_")));
  const child = spawn(process.execPath, [cliMain, "serve", "--home", home, "--listen", "127.0.0.1:0", "--log-level", "info"], { env, stdio: ["ignore", "pipe", "pipe"] });
  let log = "";
  child.stderr.on("data", (d) => (log += d));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGTERM");
      await new Promise((ok) => child.once("exit", ok));
    }
    rmSync(home, { recursive: true, force: true });
  };
  return new Promise((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`node did not start:\n${log}`)), 20_000);
    child.stdout.on("data", (d) => {
      log += d;
      const match = /listening on (https?:\/\/[^\s"]+)/.exec(log);
      if (match) {
        clearTimeout(timer);
        ok({ url: match[1], stop, log: () => log });
      }
    });
    child.once("exit", (code) => fail(new Error(`node exited (${code}) before listening:\n${log}`)));
  });
}

const logDir = mkdtempSync(path.join(tmpdir(), "leither-litmus-logs-"));

/** Runs litmus; resolves with its exit code and everything it printed. */
function runLitmus(url, user, password) {
  return new Promise((ok) => {
    // litmus writes debug.log and child.log into its working directory: keep them out of the tree.
    const child = spawn("litmus", ["-k", url, user, password], { cwd: logDir, env: { ...process.env, TESTS: tests }, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    child.stdout.on("data", (d) => {
      out += d;
      process.stdout.write(d);
    });
    child.stderr.on("data", (d) => {
      out += d;
      process.stderr.write(d);
    });
    child.once("exit", (code) => ok({ code, out }));
  });
}

const node = await startNode();
let failed = true;
try {
  const transport = createConnectTransport({ baseUrl: node.url, httpVersion: "1.1" });
  const identity = createClient(IdentityService, transport);
  const user = "litmus";
  const password = "litmus-password-1";
  await identity.register({ name: user, password });
  const { sessionId } = await identity.login({ credential: { case: "password", value: { name: user, password } } });
  const authed = createConnectTransport({
    baseUrl: node.url,
    httpVersion: "1.1",
    interceptors: [(next) => (req) => (req.header.set("authorization", `Bearer ${sessionId}`), next(req))],
  });
  const { mimeiId } = await createClient(MiMeiService, authed).create({ type: MiMeiType.MMFS, mark: "auto" });
  const davUrl = `${node.url}/dav/${mimeiId}/`;
  console.log(`litmus against ${davUrl} (tests: ${tests})`);
  const { code, out } = await runLitmus(davUrl, user, password);

  // "<- summary for `props': of 30 tests run: 30 passed, 0 failed. 100.0%"
  const summaries = [...out.matchAll(/summary for `(\w+)': of (\d+) tests run: (\d+) passed, (\d+) failed/g)].map((m) => ({ group: m[1], run: +m[2], passed: +m[3], failed: +m[4] }));
  const warnings = [...out.matchAll(/-> (\d+) warnings? issued/g)].reduce((n, m) => n + Number(m[1]), 0);
  const expected = tests.split(/\s+/).filter(Boolean);
  const missing = expected.filter((g) => !summaries.some((s) => s.group === g));
  const failures = summaries.reduce((n, s) => n + s.failed, 0);
  console.log("\nlitmus summary:");
  for (const s of summaries) console.log(`  ${s.group.padEnd(9)} ${s.passed}/${s.run} passed, ${s.failed} failed`);
  if (missing.length > 0) console.log(`  did not complete: ${missing.join(", ")}`);
  console.log(`  ${warnings} warning(s)`);
  failed = code !== 0 || failures > 0 || missing.length > 0;
  if (failed) console.error(`\nlitmus FAILED (exit ${code}, ${failures} failed test(s))\nnode log tail:\n${node.log().split("\n").slice(-40).join("\n")}`);
} finally {
  await node.stop();
}
process.exitCode = failed ? 1 : 0;
