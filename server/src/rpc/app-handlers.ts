// AppService: the app RPCs translated to the apps domain, the script and task RPCs to the tasks
// domain. Access was checked by the policy layer (apps: the caller's own for uploads, rights on
// the app's MiMei otherwise; scripts and tasks: a logged-in user, ownership being the tasks
// domain's rule). UploadAppArchive is a stream: only login is checked before its first message.
import { create, fromJson, toJson, type JsonValue } from "@bufbuild/protobuf";
import { durationFromMs, timestampDate, timestampFromMs, ValueSchema, type Duration, type Timestamp } from "@bufbuild/protobuf/wkt";
import type { HandlerContext, ServiceImpl } from "@connectrpc/connect";
import {
  AppSchema,
  AppService,
  ArchiveFormat,
  ScriptLanguage,
  ScriptRunSchema,
  ScriptSchema,
  TaskRecurrence,
  TaskSchema,
  TaskState,
  type App,
  type ScriptRun,
  type Task,
  type AppArchiveHeader,
  type UploadAppArchiveRequest,
} from "@leither/api/leither/v1/app_service_pb";
import type { AppInfo, Apps, ArchiveFormat as DomainFormat, UploadResult } from "../app/index.js";
import { invalidArgument } from "../errors.js";
import type { Policy } from "../policy/policy.js";
import { RIGHT } from "../policy/rights.js";
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
import { toTreeInfo } from "./file-handlers.js";
import { splitUploadStream, toNumber } from "./streams.js";

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

export function toApp(a: AppInfo): App {
  return create(AppSchema, {
    appId: a.appId,
    name: a.name,
    authorId: a.authorId,
    lastVersion: BigInt(a.lastVersion),
    releaseVersion: BigInt(a.releaseVersion),
    entry: a.entry,
    entryUrl: a.entryUrl,
    fileCount: BigInt(a.fileCount),
    size: BigInt(a.size),
    createdAt: timestampFromMs(a.createdAt),
    modifiedAt: timestampFromMs(a.modifiedAt),
  });
}

const FORMATS: Record<number, DomainFormat | undefined> = {
  [ArchiveFormat.UNSPECIFIED]: undefined,
  [ArchiveFormat.TAR]: "tar",
  [ArchiveFormat.TAR_GZ]: "tar.gz",
  [ArchiveFormat.ZIP]: "zip",
};

function formatOf(f: ArchiveFormat): DomainFormat | undefined {
  if (!(f in FORMATS)) throw invalidArgument("INVALID_FORMAT", `unknown archive format ${f}`);
  return FORMATS[f];
}

const uploaded = (r: UploadResult) => ({ app: toApp(r.app), filesWritten: BigInt(r.filesWritten), contentHash: r.contentHash });

export interface AppHandlersDeps {
  tasks: Tasks;
  apps: Apps;
  /** Filters ListApps to the apps the caller may read. */
  policy: Pick<Policy, "can">;
}

export function createAppHandlers({ tasks, apps, policy }: AppHandlersDeps): ServiceImpl<typeof AppService> {
  return {
    async uploadApp(req, ctx) {
      const r = await apps.install(requireUser(ctx), { name: req.name, contentHash: req.contentHash, format: formatOf(req.format), merge: req.merge, stripPrefix: req.stripPrefix }, ctx.signal);
      const { app, filesWritten } = uploaded(r);
      return { app, filesWritten };
    },
    async uploadAppArchive(requests, ctx) {
      // The app is the caller's own (its id comes from the caller and the name): login is all
      // the policy checks, and it did so before this first message.
      const userId = requireUser(ctx);
      const { header: h, chunks } = await splitUploadStream<AppArchiveHeader, UploadAppArchiveRequest>(requests, { rpc: "UploadAppArchive", header: "AppArchiveHeader" });
      const r = await apps.installStream(
        userId,
        { name: h.name, format: formatOf(h.format), merge: h.merge, stripPrefix: h.stripPrefix, size: toNumber(h.size, "size"), contentHash: h.contentHash },
        chunks,
        ctx.signal,
      );
      return uploaded(r);
    },
    async uploadAppFile(req, ctx) {
      const content = req.content;
      if (content.case === undefined) throw invalidArgument("CONTENT_REQUIRED", "set content_hash or data");
      const source = content.case === "data" ? { kind: "data" as const, data: content.value } : { kind: "hash" as const, hash: content.value };
      return { info: toTreeInfo(await apps.putFile(requireUser(ctx), req.appId, req.path, source, ctx.signal)) };
    },
    listApps(req, ctx) {
      const caller = callerOf(ctx);
      const authorId = req.authorId || requireUser(ctx);
      const size = req.page?.pageSize ? Math.min(req.page.pageSize, 1000) : 100;
      const page = apps.list(authorId, { size, after: req.page?.pageToken ?? "" }, (id) => policy.can(caller, id, RIGHT.READ));
      return { apps: page.items.map(toApp), page: { nextPageToken: page.next } };
    },
    getAppInfo(req, ctx) {
      const appId = req.appId || apps.appId(req.authorId || requireUser(ctx), req.name);
      return { app: toApp(apps.info(appId)) };
    },
    async uninstallApp(req) {
      await apps.uninstall(req.appId);
      return {};
    },
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
