// Database benchmark, all in one run on this machine: redis-benchmark against a real
// redis-server and against a Leither node's RESP endpoint (GET, SET, HSET, INCR; 16 clients;
// without and with -P 16 pipelining), then DbService Get/Set/HSet/Incr over Connect beside a
// bare Connect echo. Each pair of rows being compared is measured in alternation, --rounds times,
// and the median of each side is reported: the machine is shared, and a load spike during one
// side's only run would otherwise decide the ratio.
// Usage: npm run bench:db [-- --requests 50000 --seconds 4 --clients 16 --rounds 3]
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { once } from "node:events";
import { createClient } from "@connectrpc/connect";
import { createConnectTransport } from "@connectrpc/connect-node";
import { IdentityService } from "@leither/api/leither/v1/identity_service_pb";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "..");
const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
const requests = arg("requests", 50_000);
const seconds = arg("seconds", 4);
const clients = arg("clients", 16);
const rounds = arg("rounds", 3);
const TESTS = ["get", "set", "hset", "incr"];

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
/** The median of each measure over the rounds: {rps, p99} (p50 too for Connect rows). */
const medianOf = (runs) => Object.fromEntries(Object.keys(runs[0]).map((k) => [k, median(runs.map((r) => r[k]))]));

for (const tool of ["redis-server", "redis-benchmark"]) {
  if (spawnSync(tool, ["--version"]).status !== 0) {
    console.error(`${tool} is missing: apt-get install -y redis-server (it brings redis-benchmark)`);
    process.exit(2);
  }
}

function freePort() {
  return new Promise((ok) => {
    const s = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => ok(port));
    });
  });
}

async function waitForPort(port) {
  for (let i = 0; i < 200; i++) {
    const up = await new Promise((ok) => {
      const s = net.connect(port, "127.0.0.1", () => (s.destroy(), ok(true)));
      s.once("error", () => ok(false));
    });
    if (up) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`nothing listens on ${port}`);
}

async function startProcess(command, args, readyPattern) {
  const child = spawn(command, args, { cwd: root, stdio: ["ignore", "pipe", "inherit"] });
  let out = "";
  for await (const chunk of child.stdout) {
    out += chunk;
    const m = readyPattern.exec(out);
    if (m) {
      child.stdout.resume();
      return { child, match: m, out: () => out };
    }
  }
  throw new Error(`${command} ${args.join(" ")} exited before it was ready:\n${out}`);
}

async function stop(child) {
  if (child.exitCode !== null) return;
  const exited = once(child, "exit");
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 5000);
  await exited;
  clearTimeout(timer);
}

/** One redis-benchmark run of one test; returns {rps, p99}. */
function redisBenchmark(port, test, pipeline, password) {
  const args = ["-h", "127.0.0.1", "-p", String(port), "-c", String(clients), "-n", String(requests * (pipeline > 1 ? 4 : 1)), "-r", "10000",
    "-P", String(pipeline), "-t", test, "--csv"];
  if (password) args.push("-a", password);
  const r = spawnSync("redis-benchmark", args, { encoding: "utf8", timeout: 600_000 });
  if (r.status !== 0) throw new Error(`redis-benchmark ${args.join(" ")} failed (${r.status ?? r.signal}): ${r.stderr}${r.stdout}`);
  const cells = r.stdout.trim().split("\n")[1].split(",").map((c) => c.replace(/"/g, ""));
  return { rps: Number(cells[1]), p99: Number(cells[6]) };
}

function runLoad(url, scenario) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(here, "load.mjs"), url, scenario, String(clients), String(seconds)], {
      cwd: root,
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    child.stdout.on("data", (c) => (out += c));
    child.on("exit", (code) => (code === 0 ? resolve(JSON.parse(out.trim().split("\n").pop())) : reject(new Error(`load ${scenario} failed (${code})`))));
  });
}

const home = mkdtempSync(path.join(tmpdir(), "leither-bench-db-"));
const redisPort = await freePort();
const redis = spawn("redis-server", ["--port", String(redisPort), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], { stdio: "ignore" });
const node = await startProcess(process.execPath,
  [path.join(root, "server", "dist", "cli", "main.js"), "serve", "--home", home, "--listen", "127.0.0.1:0", "--resp", "127.0.0.1:0", "--log-level", "info"],
  /RESP endpoint listening on redis:\/\/127\.0\.0\.1:(\d+)[\s\S]*listening on (http:\/\/[^\s"]+)/);
const respPort = Number(node.match[1]);
const nodeUrl = node.match[2];
const echo = await startProcess(process.execPath, [path.join(here, "echo-server.mjs")], /(http:\/\/\S+)/);

const rows = [];
// BENCH_DEBUG=1 prints progress on stderr.
const debug = (m) => process.env.BENCH_DEBUG && console.error(`[bench] ${m}`);
let ok = true;
try {
  await waitForPort(redisPort);
  debug("redis up");
  const identity = createClient(IdentityService, createConnectTransport({ baseUrl: nodeUrl, httpVersion: "1.1" }));
  await identity.register({ name: "bench", password: "bench-password" });
  const { sessionId } = await identity.login({ credential: { case: "password", value: { name: "bench", password: "bench-password" } } });

  // Warm-up, not measured: the node's JIT and caches, and the keys, for both servers alike.
  for (const t of TESTS) {
    redisBenchmark(redisPort, t, 1);
    redisBenchmark(respPort, t, 1, sessionId);
  }
  for (const pipeline of [1, 16]) {
    for (const t of TESTS) {
      debug(`redis-benchmark -t ${t} -P ${pipeline}`);
      const base = [];
      const resp = [];
      for (let i = 0; i < rounds; i++) {
        base.push(redisBenchmark(redisPort, t, pipeline));
        resp.push(redisBenchmark(respPort, t, pipeline, sessionId));
      }
      rows.push({ what: `${t.toUpperCase()} -P ${pipeline}`, redis: medianOf(base), leither: medianOf(resp), pipeline });
    }
  }
  // The echo runs beside each DbService row in turn; each row is compared with the echo runs
  // next to it (median over the rounds of both). A first, unmeasured run of every scenario warms
  // the JIT of both servers: a cold first run was up to twice as slow, on either side.
  const SCENARIOS = [["DbService.Get", "db-get"], ["DbService.Set", "db-set"], ["DbService.HSet", "db-hset"], ["DbService.Incr", "db-incr"]];
  debug("connect warm-up");
  await runLoad(echo.match[1], "node-info");
  for (const [, scenario] of SCENARIOS) await runLoad(nodeUrl, scenario);
  const connect = [];
  for (const [what, scenario] of SCENARIOS) {
    const echoes = [];
    const runs = [];
    for (let i = 0; i < rounds; i++) {
      debug(`${scenario} round ${i + 1}`);
      echoes.push(await runLoad(echo.match[1], "node-info"));
      runs.push(await runLoad(nodeUrl, scenario));
    }
    connect.push({ what, echo: medianOf(echoes), db: medianOf(runs) });
  }

  const pad = (s, n) => String(s).padEnd(n);
  const lpad = (s, n) => String(s).padStart(n);
  console.log(`\nDatabase benchmark, node ${process.version}, ${clients} clients; durability: SQLite WAL, synchronous=NORMAL (the node's default), wal_autocheckpoint=10000`);
  console.log(`redis-server: --save "" --appendonly no (memory only); redis-benchmark -r 10000, ${requests} requests (x4 with -P 16)`);
  console.log(`medians of ${rounds} alternating runs per side\n`);
  console.log(`${pad("command", 14)}${lpad("redis ops/s", 13)}${lpad("p99 ms", 9)}${lpad("RESP ops/s", 13)}${lpad("p99 ms", 9)}${lpad("vs redis", 10)}`);
  for (const r of rows) {
    console.log(`${pad(r.what, 14)}${lpad(r.redis.rps.toFixed(0), 13)}${lpad(r.redis.p99.toFixed(2), 9)}${lpad(r.leither.rps.toFixed(0), 13)}${lpad(r.leither.p99.toFixed(2), 9)}${lpad(((r.leither.rps / r.redis.rps) * 100).toFixed(0) + "%", 10)}`);
  }
  console.log(`\n${pad("Connect (h2c, binary)", 16)}${lpad("echo req/s", 12)}${lpad("req/s", 9)}${lpad("p50 ms", 9)}${lpad("p99 ms", 9)}${lpad("vs echo", 9)}${lpad("vs redis", 10)}`);
  const redisOf = (what) => rows.find((r) => r.what === `${what.replace("DbService.", "").toUpperCase()} -P 1`).redis.rps;
  for (const c of connect) {
    console.log(`${pad(c.what, 16)}${lpad(c.echo.rps.toFixed(0), 12)}${lpad(c.db.rps.toFixed(0), 9)}${lpad(c.db.p50.toFixed(2), 9)}${lpad(c.db.p99.toFixed(2), 9)}${lpad(((c.db.rps / c.echo.rps) * 100).toFixed(0) + "%", 9)}${lpad(((c.db.rps / redisOf(c.what)) * 100).toFixed(0) + "%", 10)}`);
  }

  console.log("\ntargets:");
  for (const r of rows.filter((x) => x.pipeline === 1)) {
    const ratio = r.leither.rps / r.redis.rps;
    if (ratio < 0.25) ok = false;
    console.log(`  RESP ${r.what} >= 25% of redis-server -> ${(ratio * 100).toFixed(0)}% ${ratio >= 0.25 ? "(met)" : "(NOT met)"}`);
  }
  const get = connect[0];
  const dbRatio = get.db.rps / get.echo.rps;
  if (dbRatio < 0.8) ok = false;
  console.log(`  DbService.Get >= 80% of the bare Connect echo -> ${(dbRatio * 100).toFixed(0)}% ${dbRatio >= 0.8 ? "(met)" : "(NOT met)"}`);
} finally {
  await stop(echo.child);
  await stop(node.child);
  redis.kill("SIGTERM");
  rmSync(home, { recursive: true, force: true });
}
