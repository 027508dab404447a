#!/usr/bin/env node
// The interop runner (`npm run test:interop`): builds each language's client, starts one real
// node per client, runs the client on test/interop/scenario.json, and prints a table of
// language x step. Exits non-zero when any step fails or a client is missing a step.
//   node test/interop/run.mjs [--only go,python] [--no-build]
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "../..");
const build = path.join(root, ".build", "interop");
const scenarioPath = path.join(here, "scenario.json");
const scenario = JSON.parse(readFileSync(scenarioPath, "utf8"));
const cliMain = path.join(root, "server", "dist", "cli", "main.js");

const sh = (cmd, args, opts = {}) => execFileSync(cmd, args, { cwd: root, stdio: ["ignore", "inherit", "inherit"], ...opts });

/** Each client: how to build it (once per change, cached under .build/interop) and how to run it. */
const CLIENTS = {
  go: {
    build() {
      sh("go", ["build", "-o", path.join(build, "go", "interop-go"), "."], { cwd: path.join(here, "go"), env: { ...process.env, GOFLAGS: "-mod=mod" } });
    },
    command: (url, run) => [path.join(build, "go", "interop-go"), ["-url", url, "-scenario", scenarioPath, "-run", run]],
  },
  python: {
    build() {
      const venv = path.join(build, "python-venv");
      if (!existsSync(path.join(venv, "bin", "python"))) sh("python3", ["-m", "venv", venv]);
      // Installs gen/python as a user would (with its pinned runtime dependencies).
      sh(path.join(venv, "bin", "pip"), ["install", "-q", "--disable-pip-version-check", path.join(root, "gen", "python")]);
    },
    command: (url, run) => [path.join(build, "python-venv", "bin", "python"), [path.join(here, "python", "interop.py"), "--url", url, "--scenario", scenarioPath, "--run", run]],
  },
  java: {
    build() {
      // gen/java is installed into the local Maven repository, then the client builds against it.
      sh("mvn", ["-q", "-B", "install", "-DskipTests"], { cwd: path.join(root, "gen", "java") });
      sh("mvn", ["-q", "-B", "package", "-DskipTests"], { cwd: path.join(here, "java") });
    },
    command: (url, run) => ["java", ["-jar", path.join(here, "java", "target", "interop-java.jar"), url, scenarioPath, run]],
  },
  rust: {
    build() {
      sh("cargo", ["build", "--release", "-q", "--target-dir", path.join(build, "rust-target")], { cwd: path.join(here, "rust") });
    },
    command: (url, run) => [path.join(build, "rust-target", "release", "interop-rust"), [url, scenarioPath, run]],
  },
  cpp: {
    build() {
      const dir = path.join(build, "cpp");
      // No optimization: the client makes a few dozen calls, and -O2 doubles the build of the generated code.
      sh("cmake", ["-S", path.join(here, "cpp"), "-B", dir, "-DCMAKE_BUILD_TYPE=Debug", "-DCMAKE_CXX_FLAGS_DEBUG=-O0"], { stdio: ["ignore", "ignore", "inherit"] });
      sh("cmake", ["--build", dir, "-j", "2"], { stdio: ["ignore", "ignore", "inherit"] });
    },
    command: (url, run) => [path.join(build, "cpp", "interop-cpp"), [url, scenarioPath, run]],
  },
};

/** Starts `leither serve` on a fresh home and a free port; resolves with its URL and a stop function. */
function startNode() {
  const home = mkdtempSync(path.join(tmpdir(), "leither-interop-"));
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
    let buffer = "";
    const timer = setTimeout(() => fail(new Error(`node did not start:\n${log}`)), 20_000);
    child.stdout.on("data", (d) => {
      log += d;
      buffer += d;
      const match = /listening on (https?:\/\/[^\s"]+)/.exec(buffer);
      if (match) {
        clearTimeout(timer);
        ok({ url: match[1], stop, log: () => log });
      }
    });
    child.once("exit", (code) => fail(new Error(`node exited (${code}) before listening:\n${log}`)));
  });
}

/** Runs one client; resolves with its parsed step lines and its raw output. */
function runClient(name, url) {
  const [cmd, args] = CLIENTS[name].command(url, `${name}${Date.now().toString(36)}`);
  return new Promise((ok) => {
    const child = spawn(cmd, args, { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    const timer = setTimeout(() => child.kill("SIGKILL"), 120_000);
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (err += d));
    child.once("error", (e) => ((err += String(e)), ok({ steps: {}, code: -1, out, err })));
    child.once("exit", (code) => {
      clearTimeout(timer);
      const steps = {};
      for (const line of out.split("\n")) {
        if (!line.trim().startsWith("{")) continue;
        try {
          const step = JSON.parse(line);
          if (typeof step.step === "string") steps[step.step] = step;
        } catch {
          // not a step line; kept in `out` for the report
        }
      }
      ok({ steps, code, out, err });
    });
  });
}

const argv = process.argv.slice(2);
const onlyIndex = argv.indexOf("--only");
const languages = onlyIndex >= 0 ? argv[onlyIndex + 1].split(",") : Object.keys(CLIENTS);
for (const l of languages) if (!CLIENTS[l]) throw new Error(`unknown language ${l}; known: ${Object.keys(CLIENTS).join(", ")}`);
if (!existsSync(cliMain)) throw new Error(`${cliMain} is missing: run \`npm run build\` first`);
mkdirSync(build, { recursive: true });

const results = {};
const timings = {};
for (const name of languages) {
  let started = Date.now();
  if (!argv.includes("--no-build")) {
    try {
      CLIENTS[name].build();
    } catch (e) {
      results[name] = { steps: {}, code: -1, out: "", err: `build failed: ${e.message}` };
      timings[name] = { build: Date.now() - started, run: 0 };
      continue;
    }
  }
  const built = Date.now();
  const node = await startNode();
  try {
    results[name] = await runClient(name, node.url);
  } finally {
    await node.stop();
  }
  timings[name] = { build: built - started, run: Date.now() - built };
}

// The table: one row per step, one column per language.
const ids = scenario.steps.map((s) => s.id);
const mark = { ok: "ok", fail: "FAIL", pending: "pending" };
const width = Math.max(...ids.map((s) => s.length), 4);
const cols = languages.map((l) => Math.max(l.length, 7));
const line = (first, cells) => first.padEnd(width) + "  " + cells.map((c, i) => c.padEnd(cols[i])).join("  ");
console.log("\n" + line("step", languages));
console.log(line("-".repeat(width), cols.map((c) => "-".repeat(c))));
let failed = 0;
let passed = 0;
let pending = 0;
const problems = [];
for (const id of ids) {
  const cells = languages.map((l) => {
    const step = results[l].steps[id];
    if (!step || !mark[step.status]) {
      failed++;
      if (!problems.some((p) => p.startsWith(`${l}: `))) problems.push(`${l}: no result for some steps (exit ${results[l].code}) ${results[l].err.trim().split("\n").slice(-5).join(" | ")}`);
      return "FAIL";
    }
    if (step.status === "fail") {
      failed++;
      problems.push(`${l} ${id}: ${step.detail}`);
    } else if (step.status === "pending") pending++;
    else passed++;
    return mark[step.status];
  });
  console.log(line(id, cells));
}
console.log(line("build+run s", languages.map((l) => `${(timings[l].build / 1000).toFixed(0)}+${(timings[l].run / 1000).toFixed(1)}`)));
if (problems.length) console.log("\nfailures:\n  " + problems.join("\n  "));
const pendingWhy = new Set();
for (const l of languages) for (const s of Object.values(results[l].steps)) if (s.status === "pending" && !s.detail.startsWith("needs ")) pendingWhy.add(`${s.step}: ${s.detail.split("\n")[0].slice(0, 140)}`);
if (pendingWhy.size) console.log("\npending (the node answers UNIMPLEMENTED):\n  " + [...pendingWhy].join("\n  "));
// The plain closing line CI reads; pending steps (the node answers UNIMPLEMENTED) count as skipped.
console.log(`\ninterop: ${passed} passed, ${failed} failed, ${pending} skipped`);
process.exit(failed ? 1 : 0);
