// AppService: the script and task RPCs, translated to the tasks domain. Access was checked by
// the policy layer (a logged-in user); ownership of scripts and tasks is the domain's rule.
// The app RPCs (upload, list, uninstall) are not here yet: they land with the file store's
// apps and answer UNIMPLEMENTED until then.
import { create, fromJson, toJson, type JsonValue } from "@bufbuild/protobuf";
import { durationFromMs, timestampDate, timestampFromMs, ValueSchema, type Duration, type Timestamp } from "@bufbuild/protobuf/wkt";
import type { HandlerContext, ServiceImpl } from "@connectrpc/connect";
import {
  AppService,
  ScriptLanguage,
  ScriptRunSchema,
  ScriptSchema,
  TaskRecurrence,
  TaskSchema,
  TaskState,
  type ScriptRun,
  type Task,
} from "@leither/api/leither/v1/app_service_pb";
import { invalidArgument, LeitherError } from "../errors.js";
import {
  DEFAULT_RUN_TIMEOUT_MS,
  DEFAULT_TASK_TIMEOUT_MS,
  MAX_RUN_TIMEOUT_MS,
  MAX_TASK_TIMEOUT_MS,
  runTimeout,
  type Recurrence,
  type RunAs,
  type Script as DomainScript,
  type ScriptRun as DomainRun,
  type Task as DomainTask,
  type Tasks,
  type TaskState as DomainState,
} from "../tasks/index.js";
import { callerOf, requireUser } from "./caller.js";

const STATE_TO_PROTO: Record<DomainState, TaskState> = {
  scheduled: TaskState.SCHEDULED,
  running: TaskState.RUNNING,
  completed: TaskState.COMPLETED,
  failed: TaskState.FAILED,
  cancelled: TaskState.CANCELLED,
};
const STATE_TO_DOMAIN = new Map<TaskState, DomainState>(Object.entries(STATE_TO_PROTO).map(([k, v]) => [v, k as DomainState]));
const RECURRENCE: Record<number, Recurrence> = {
  [TaskRecurrence.UNSPECIFIED]: "none",
  [TaskRecurrence.MONTHLY]: "monthly",
  [TaskRecurrence.YEARLY]: "yearly",
};
const RECURRENCE_TO_PROTO: Record<Recurrence, TaskRecurrence> = { none: TaskRecurrence.UNSPECIFIED, monthly: TaskRecurrence.MONTHLY, yearly: TaskRecurrence.YEARLY };

function runAs(ctx: HandlerContext): RunAs {
  return { userId: requireUser(ctx), sessionId: callerOf(ctx).sessionId };
}

function checkLanguage(l: ScriptLanguage) {
  if (l !== ScriptLanguage.UNSPECIFIED && l !== ScriptLanguage.JAVASCRIPT) {
    throw invalidArgument("INVALID_LANGUAGE", `scripts are JavaScript (got language ${ScriptLanguage[l] ?? l})`);
  }
}

function durationMs(d: Duration | undefined, field: string): number {
  if (!d) return 0;
  const ms = Number(d.seconds) * 1000 + Math.floor(d.nanos / 1e6);
  if (ms < 0 || !Number.isFinite(ms)) throw invalidArgument("INVALID_DURATION", `${field} must not be negative`);
  return ms;
}

function timeMs(t: Timestamp | undefined): number | undefined {
  return t ? timestampDate(t).getTime() : undefined;
}

const argsOf = (values: { kind: unknown }[]): JsonValue[] => values.map((v) => toJson(ValueSchema, v as never));

export function toScript(s: DomainScript) {
  return create(ScriptSchema, {
    scriptId: s.scriptId,
    name: s.name,
    ownerId: s.ownerId,
    appId: s.appId,
    language: ScriptLanguage.JAVASCRIPT,
    memo: s.memo,
    sourceHash: s.sourceHash,
    updatedAt: timestampFromMs(s.updatedAt),
  });
}

export function toScriptRun(r: DomainRun): ScriptRun {
  return create(ScriptRunSchema, {
    result: fromJson(ValueSchema, r.result),
    error: r.error,
    logs: r.logs.map((l) => ({ time: timestampFromMs(l.time), level: l.level, message: l.message })),
    startedAt: timestampFromMs(r.startedAt),
    duration: durationFromMs(r.durationMs),
  });
}

export function toTask(t: DomainTask): Task {
  return create(TaskSchema, {
    taskId: t.taskId,
    ownerId: t.ownerId,
    setting: {
      name: t.setting.name,
      scriptId: t.setting.scriptId,
      startAt: timestampFromMs(t.setting.startAt),
      period: t.setting.periodMs > 0 ? durationFromMs(t.setting.periodMs) : undefined,
      recurrence: RECURRENCE_TO_PROTO[t.setting.recurrence],
      params: t.setting.params,
      timeout: durationFromMs(t.setting.timeoutMs),
    },
    state: STATE_TO_PROTO[t.state],
    createdAt: timestampFromMs(t.createdAt),
    nextRunAt: t.nextRunAt === null ? undefined : timestampFromMs(t.nextRunAt),
    runCount: BigInt(t.runCount),
    lastRun: t.lastRun ? toScriptRun(t.lastRun) : undefined,
  });
}

const appsLater = (): never => {
  throw new LeitherError("unimplemented", "APPS_NOT_AVAILABLE", "apps (upload, listing, uninstall) are not available on this node yet; scripts and tasks are");
};

export function createAppHandlers(tasks: Tasks): ServiceImpl<typeof AppService> {
  return {
    uploadApp: appsLater,
    uploadAppArchive: appsLater,
    uploadAppFile: appsLater,
    listApps: appsLater,
    getAppInfo: appsLater,
    uninstallApp: appsLater,
    registerScript(req, ctx) {
      checkLanguage(req.language);
      const script = tasks.register(runAs(ctx), { name: req.name, source: req.source, memo: req.memo, appId: req.appId });
      return { script: toScript(script) };
    },
    listScripts(req, ctx) {
      return { scripts: tasks.scripts.list(runAs(ctx).userId, req.appId || undefined).map(toScript) };
    },
    deleteScript(req, ctx) {
      tasks.scripts.delete(req.scriptId, runAs(ctx).userId);
      return {};
    },
    async runScript(req, ctx) {
      checkLanguage(req.language);
      const run = await tasks.runSource(runAs(ctx), req.source, {
        params: req.params,
        args: argsOf(req.args),
        timeoutMs: runTimeout(durationMs(req.timeout, "timeout"), DEFAULT_RUN_TIMEOUT_MS, MAX_RUN_TIMEOUT_MS),
        signal: ctx.signal,
      });
      return { run: toScriptRun(run) };
    },
    async runScriptById(req, ctx) {
      const run = await tasks.runById(runAs(ctx), req.scriptId, {
        params: req.params,
        args: argsOf(req.args),
        timeoutMs: runTimeout(durationMs(req.timeout, "timeout"), DEFAULT_RUN_TIMEOUT_MS, MAX_RUN_TIMEOUT_MS),
        signal: ctx.signal,
      });
      return { run: toScriptRun(run) };
    },
    startTask(req, ctx) {
      const s = req.setting;
      if (!s) throw invalidArgument("SETTING_REQUIRED", "setting is required");
      const recurrence = RECURRENCE[s.recurrence];
      if (!recurrence) throw invalidArgument("INVALID_RECURRENCE", `unknown recurrence ${s.recurrence}`);
      const task = tasks.tasks.start(runAs(ctx), {
        name: s.name,
        scriptId: s.scriptId,
        startAt: timeMs(s.startAt) ?? Date.now(),
        periodMs: recurrence === "none" ? durationMs(s.period, "period") : 0,
        recurrence,
        params: s.params,
        timeoutMs: runTimeout(durationMs(s.timeout, "timeout"), DEFAULT_TASK_TIMEOUT_MS, MAX_TASK_TIMEOUT_MS),
      });
      return { task: toTask(task) };
    },
    getTaskStatus(req, ctx) {
      return { task: toTask(tasks.tasks.get(req.taskId, runAs(ctx).userId)) };
    },
    listTasks(req, ctx) {
      const state = req.state === TaskState.UNSPECIFIED ? undefined : STATE_TO_DOMAIN.get(req.state);
      if (req.state !== TaskState.UNSPECIFIED && !state) throw invalidArgument("INVALID_STATE", `unknown task state ${req.state}`);
      return { tasks: tasks.tasks.list(runAs(ctx).userId, state).map(toTask) };
    },
    cancelTask(req, ctx) {
      return { task: toTask(tasks.tasks.cancel(req.taskId, runAs(ctx).userId)) };
    },
  };
}
