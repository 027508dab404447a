#!/usr/bin/env node
// Regenerates gen/ from proto/ with local plugins only (no remote plugins): TypeScript always
// (buf.gen.yaml, plugins from node_modules/.bin), every other language (buf.gen.langs.yaml) when
// scripts/install-plugins.sh has put their plugins in .build/plugins/.
//   --ts-only        TypeScript alone
//   --require-langs  fail, instead of skipping the other languages, when their plugins are missing
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const args = new Set(process.argv.slice(2));
const nodeBin = path.join(root, "node_modules", ".bin");
const pluginBin = path.join(root, ".build", "plugins", "bin");

/** What buf.gen.langs.yaml writes: replaced whole on each run, because hand-written package files sit beside them. */
export const GENERATED_LANG_PATHS = [
  "gen/go/leither",
  "gen/python/src/leither",
  "gen/java/src/main/java",
  "gen/kotlin/src/main/kotlin",
  "gen/rust/src/gen",
  "gen/cpp/src",
  "gen/csharp/Generated",
  "gen/ruby/lib",
  "gen/php/src",
  "gen/objc/Generated",
  "gen/openapi/leither.openapi.yaml",
];

/** The executables buf.gen.langs.yaml needs; install-plugins.sh provides all of them. */
const LANG_TOOLS = [
  ...["protoc", "protoc-grpcio-tools", "protoc-gen-grpc_python", "protoc-gen-go", "protoc-gen-connect-go", "protoc-gen-go-grpc", "protoc-gen-grpc-java", "protoc-gen-prost", "protoc-gen-tonic"].map((t) => path.join(pluginBin, t)),
  "/usr/bin/protoc",
  "/usr/bin/grpc_cpp_plugin",
  "/usr/bin/grpc_ruby_plugin",
  "/usr/bin/grpc_php_plugin",
];

function buf(template, ...extra) {
  execFileSync(path.join(nodeBin, "buf"), ["generate", "--template", template, ...extra], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, PATH: [pluginBin, nodeBin, process.env.PATH ?? ""].join(path.delimiter) },
  });
}

buf("buf.gen.yaml");

if (!args.has("--ts-only")) {
  const missing = LANG_TOOLS.filter((t) => !existsSync(t));
  if (missing.length === 0) {
    // Generate into a staging folder, then swap each output in: a failed run leaves gen/ as it
    // was, and builds reading gen/ meanwhile never see a half-written or missing folder for long.
    const staging = path.join(root, ".build", "gen-staging");
    rmSync(staging, { recursive: true, force: true });
    buf("buf.gen.langs.yaml", "--output", staging);
    for (const p of GENERATED_LANG_PATHS) {
      const target = path.join(root, p);
      rmSync(target, { recursive: true, force: true });
      if (!existsSync(path.join(staging, p))) continue;
      mkdirSync(path.dirname(target), { recursive: true });
      renameSync(path.join(staging, p), target);
    }
    const stray = readdirSync(staging, { recursive: true }).filter((f) => statSync(path.join(staging, f)).isFile());
    if (stray.length) throw new Error(`buf.gen.langs.yaml wrote outside GENERATED_LANG_PATHS: ${stray.join(", ")}`);
    rmSync(staging, { recursive: true, force: true });
  } else if (args.has("--require-langs")) {
    console.error(`generate: plugins missing (run scripts/install-plugins.sh): ${missing.join(", ")}`);
    process.exit(1);
  } else {
    console.error("generate: TypeScript only; run scripts/install-plugins.sh for the other languages");
  }
}
