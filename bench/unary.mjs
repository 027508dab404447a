// Unary RPC throughput: a real node (node info, MiMei create/open/backup) beside a bare Connect
// echo handler measured in the same run, 16 clients over Connect binary on HTTP/2.
// Usage: npm run bench:unary [-- --seconds 5 --clients 16]
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { once } from "node:events";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "..");
const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
const seconds = arg("seconds", 5);
const clients = arg("clients", 16);

async function startProcess(args, readyPattern) {
  const child = spawn(process.execPath, args, { cwd: root, stdio: ["ignore", "pipe", "inherit"] });
  let out = "";
  for await (const chunk of child.stdout) {
    out += chunk;
    const m = readyPattern.exec(out);
    if (m) {
      child.stdout.resume();
      return { child, url: m[1] };
    }
  }
  throw new Error(`process ${args.join(" ")} exited before it was ready:\n${out}`);
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

async function stop(child) {
  if (child.exitCode !== null) return;
  const exited = once(child, "exit");
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 5000);
  await exited;
  clearTimeout(timer);
}

const home = mkdtempSync(path.join(tmpdir(), "leither-bench-"));
const echo = await startProcess([path.join(here, "echo-server.mjs")], /(http:\/\/\S+)/);
const node = await startProcess(
  [path.join(root, "server", "dist", "cli", "main.js"), "serve", "--home", home, "--listen", "127.0.0.1:0", "--log-level", "info"],
  /listening on (http:\/\/[^\s"]+)/,
);

const rows = [];
try {
  const echoResult = await runLoad(echo.url, "node-info");
  rows.push({ what: "bare Connect echo (ceiling)", ...echoResult });
  for (const [what, scenario] of [
    ["node info", "node-info"],
    ["MiMei create", "mimei-create"],
    ["MiMei open", "mimei-open"],
    ["MiMei addRefs+backup (2 RPCs)", "mimei-backup"],
  ]) {
    rows.push({ what, ...(await runLoad(node.url, scenario)) });
  }
} finally {
  await stop(echo.child);
  await stop(node.child);
  rmSync(home, { recursive: true, force: true });
}

const ceiling = rows[0].rps;
const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);
console.log(`\nUnary RPCs, ${clients} clients, Connect binary over HTTP/2 (h2c), ${seconds}s each, node ${process.version}`);
console.log(`${pad("call", 32)}${lpad("req/s", 10)}${lpad("p50 ms", 10)}${lpad("p99 ms", 10)}${lpad("vs echo", 10)}`);
for (const r of rows) {
  console.log(`${pad(r.what, 32)}${lpad(r.rps.toFixed(0), 10)}${lpad(r.p50.toFixed(2), 10)}${lpad(r.p99.toFixed(2), 10)}${lpad(((r.rps / ceiling) * 100).toFixed(0) + "%", 10)}`);
}
const nodeInfo = rows.find((r) => r.what === "node info");
const ratio = nodeInfo.rps / ceiling;
console.log(`\ntarget: node info >= 80% of the bare echo -> ${(ratio * 100).toFixed(0)}% ${ratio >= 0.8 ? "(met)" : "(NOT met)"}`);
