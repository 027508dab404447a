// `leither task`: register scripts, run them once, start them as background tasks, and follow
// or cancel those tasks (AppService's script and task RPCs).
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { fromJson, type JsonValue } from "@bufbuild/protobuf";
import { durationFromMs, timestampFromMs, ValueSchema } from "@bufbuild/protobuf/wkt";
import { InvalidArgumentError, type Command } from "commander";
import { ScriptRunSchema, ScriptSchema, TaskSchema, TaskState, type ScriptRun, type Task } from "@leither/api/leither/v1/app_service_pb";
import { parseIntInRange, parseStringMap } from "./args.js";
import { CliError, usageError } from "./errors.js";
import { formatTime, messageJson } from "./output.js";
import type { CliApp } from "./program.js";
import type { CommandContext } from "./context.js";

function parseArgs(text: string): JsonValue[] {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    throw new InvalidArgumentError("Not valid JSON; expected an array like '[1, \"two\"]'.");
  }
  return Array.isArray(v) ? (v as JsonValue[]) : [v as JsonValue];
}

function parseState(text: string): TaskState {
  const s = TaskState[text.toUpperCase() as keyof typeof TaskState];
  if (s === undefined || s === TaskState.UNSPECIFIED) throw new InvalidArgumentError("Use scheduled, running, completed, failed or cancelled.");
  return s;
}

function parseTime(text: string): number {
  const t = Date.parse(text);
  if (Number.isNaN(t)) throw new InvalidArgumentError("Use an ISO 8601 time, e.g. 2026-05-01T08:00:00Z.");
  return t;
}

const stateName = (s: TaskState) => (TaskState[s] ?? String(s)).toLowerCase();

async function readSource(ctx: CommandContext, file: string): Promise<string> {
  try {
    return await readFile(resolve(ctx.io.cwd, file), "utf8");
  } catch (err) {
    throw new CliError("file", `cannot read ${file}: ${(err as Error).message}`);
  }
}

/** Prints a run: the result on stdout, logs on stderr; a failed run exits 1. */
function printRun(ctx: CommandContext, run: ScriptRun | undefined) {
  if (!run) throw new CliError("internal", "the node answered without the run");
  ctx.out.result(
    () => messageJson(ScriptRunSchema, run),
    () => {
      for (const l of run.logs) ctx.io.stderr.write(`[${l.level}] ${l.message}\n`);
      if (!run.error) ctx.out.line(JSON.stringify(run.result === undefined ? null : (messageJson(ValueSchema, run.result) as JsonValue)));
    },
  );
  if (run.error) {
    ctx.io.stderr.write(`leither: script: ${run.error}\n`);
    ctx.setExitCode(1);
  }
}

function taskFields(ctx: CommandContext, t: Task) {
  ctx.out.fields([
    ["id", t.taskId],
    ["name", t.setting?.name ?? "-"],
    ["script", t.setting?.scriptId ?? "-"],
    ["state", stateName(t.state)],
    ["runs", t.runCount.toString()],
    ["next run", formatTime(t.nextRunAt)],
    ["last error", t.lastRun?.error || "-"],
    ["last result", t.lastRun && !t.lastRun.error && t.lastRun.result ? JSON.stringify(messageJson(ValueSchema, t.lastRun.result)) : "-"],
  ]);
}

export function registerTaskCommands(program: Command, app: CliApp): void {
  const task = program.command("task").description("scripts run on the node: register, run once, run in the background");

  task
    .command("register")
    .description("store a script (registering the same name again replaces it); prints its id")
    .argument("<file>", "the JavaScript file")
    .option("--name <name>", "the script's name (default: the file name without .js)")
    .option("--memo <text>", "what the script does")
    .option("--app <id>", "the app it belongs to (needs write on the app)")
    .action(async (file: string, opts: { name?: string; memo?: string; app?: string }, command: Command) => {
      const ctx = app.context(command);
      const source = await readSource(ctx, file);
      const name = opts.name ?? file.replace(/^.*[/\\]/, "").replace(/\.[cm]?js$/, "");
      const { script } = await ctx.clients().app.registerScript({ name, source, memo: opts.memo ?? "", appId: opts.app ?? "" });
      if (!script) throw new CliError("internal", "the node answered without the script");
      ctx.out.result(
        () => messageJson(ScriptSchema, script),
        () => ctx.out.line(script.scriptId),
      );
    });

  task
    .command("run")
    .description("run a registered script, or a file, once and print its result")
    .argument("[id]", "the script's id")
    .option("--file <file>", "run this file instead of a registered script")
    .option("--args <json>", "positional arguments, a JSON array", parseArgs)
    .option("--params <json>", "named parameters, a JSON object of strings", parseStringMap)
    .option("--timeout <seconds>", "stop the script after this long (default 10, at most 300)", parseIntInRange(1, 300))
    .action(async (id: string | undefined, opts: { file?: string; args?: JsonValue[]; params?: Record<string, string>; timeout?: number }, command: Command) => {
      const ctx = app.context(command);
      if ((id === undefined) === (opts.file === undefined)) throw usageError("give a script id or --file FILE, not both");
      const common = {
        params: opts.params ?? {},
        args: (opts.args ?? []).map((a) => fromJson(ValueSchema, a)),
        timeout: opts.timeout ? durationFromMs(opts.timeout * 1000) : undefined,
      };
      const res = opts.file
        ? await ctx.clients().app.runScript({ source: await readSource(ctx, opts.file), ...common })
        : await ctx.clients().app.runScriptById({ scriptId: id!, ...common });
      printRun(ctx, res.run);
    });

  task
    .command("start")
    .description("run a registered script in the background, once or repeatedly; prints the task id")
    .argument("<id>", "the script's id")
    .option("--name <name>", "the task's name, unique among your active tasks (default: task-<time>)")
    .option("--params <json>", "named parameters for every run, a JSON object of strings", parseStringMap)
    .option("--at <time>", "the first run (ISO 8601; default now)", parseTime)
    .option("--every <seconds>", "repeat with this period", parseIntInRange(1, 366 * 86_400))
    .option("--timeout <seconds>", "stop a run after this long (default 60, at most 3600)", parseIntInRange(1, 3600))
    .action(async (id: string, opts: { name?: string; params?: Record<string, string>; at?: number; every?: number; timeout?: number }, command: Command) => {
      const ctx = app.context(command);
      const { task: t } = await ctx.clients().app.startTask({
        setting: {
          name: opts.name ?? `task-${Date.now()}`,
          scriptId: id,
          params: opts.params ?? {},
          startAt: opts.at === undefined ? undefined : timestampFromMs(opts.at),
          period: opts.every ? durationFromMs(opts.every * 1000) : undefined,
          timeout: opts.timeout ? durationFromMs(opts.timeout * 1000) : undefined,
        },
      });
      if (!t) throw new CliError("internal", "the node answered without the task");
      ctx.out.result(
        () => messageJson(TaskSchema, t),
        () => ctx.out.line(t.taskId),
      );
    });

  task
    .command("ls")
    .description("list your tasks, newest first (every task for node admins)")
    .option("--state <state>", "only tasks in this state", parseState)
    .option("--scripts", "list your scripts instead")
    .action(async (opts: { state?: TaskState; scripts?: boolean }, command: Command) => {
      const ctx = app.context(command);
      if (opts.scripts) {
        const { scripts } = await ctx.clients().app.listScripts({});
        ctx.out.result(
          () => ({ scripts: scripts.map((s) => messageJson(ScriptSchema, s)) }),
          () => ctx.out.table(["ID", "NAME", "UPDATED", "MEMO"], scripts.map((s) => [s.scriptId, s.name, formatTime(s.updatedAt), s.memo || "-"])),
        );
        return;
      }
      const { tasks } = await ctx.clients().app.listTasks({ state: opts.state ?? TaskState.UNSPECIFIED });
      ctx.out.result(
        () => ({ tasks: tasks.map((t) => messageJson(TaskSchema, t)) }),
        () =>
          ctx.out.table(
            ["ID", "NAME", "STATE", "RUNS", "NEXT RUN", "LAST ERROR"],
            tasks.map((t) => [t.taskId, t.setting?.name ?? "-", stateName(t.state), t.runCount.toString(), formatTime(t.nextRunAt), (t.lastRun?.error ?? "").split("\n")[0] || "-"]),
          ),
      );
    });

  task
    .command("status")
    .description("describe a task and its last run")
    .argument("<task-id>", "the task's id")
    .action(async (taskId: string, _opts: unknown, command: Command) => {
      const ctx = app.context(command);
      const { task: t } = await ctx.clients().app.getTaskStatus({ taskId });
      if (!t) throw new CliError("internal", "the node answered without the task");
      ctx.out.result(
        () => messageJson(TaskSchema, t),
        () => taskFields(ctx, t),
      );
    });

  task
    .command("cancel")
    .description("stop a task: no further runs, and a run in progress is interrupted")
    .argument("<task-id>", "the task's id")
    .action(async (taskId: string, _opts: unknown, command: Command) => {
      const ctx = app.context(command);
      const { task: t } = await ctx.clients().app.cancelTask({ taskId });
      if (!t) throw new CliError("internal", "the node answered without the task");
      ctx.out.result(
        () => messageJson(TaskSchema, t),
        () => ctx.out.line(`task ${t.taskId} is ${stateName(t.state)}`),
      );
    });

  task
    .command("delete-script")
    .description("delete a registered script (refused while an active task uses it)")
    .argument("<id>", "the script's id")
    .action(async (id: string, _opts: unknown, command: Command) => {
      const ctx = app.context(command);
      await ctx.clients().app.deleteScript({ scriptId: id });
      ctx.out.result(
        () => ({ deleted: id }),
        () => ctx.out.line(`deleted script ${id}`),
      );
    });
}
