// Tasks: scripts registered by users and run on the node, on demand or in the background, in
// the sandbox, reaching the node only through its API as the user they run for.
import type { Clock } from "../clock.js";
import type { SqliteDatabase } from "../store/index.js";
import { checkSource, createScriptStore, type ScriptStore } from "./scripts.js";
import { createScriptRunner, DEFAULT_RUN_TIMEOUT_MS, MAX_RUN_TIMEOUT_MS, runTimeout, type RunRequest, type Sandbox } from "./executor.js";
import { createTaskRunner, DEFAULT_TASK_TIMEOUT_MS, MAX_TASK_TIMEOUT_MS, type TaskRunner } from "./task-runner.js";
import { permissionDenied } from "../errors.js";
import type { HostApi, RunAs, Script, ScriptRun } from "./types.js";

export { tasksSchema } from "./schema.js";
export { nextRunAfter } from "./task-runner.js";
export * from "./types.js";
export { DEFAULT_RUN_TIMEOUT_MS, MAX_RUN_TIMEOUT_MS, DEFAULT_TASK_TIMEOUT_MS, MAX_TASK_TIMEOUT_MS, runTimeout };

export interface TasksInit {
  db: SqliteDatabase;
  clock: Clock;
  api: HostApi;
  /** Whether `userId` holds the execute right on the app `appId`. */
  canExecuteApp(userId: string, appId: string): boolean;
  /** Whether `userId` holds the write right on the app `appId` (to register a script in it). */
  canWriteApp(userId: string, appId: string): boolean;
  isAdmin(userId: string): boolean;
  maxConcurrent?: number;
  sandbox?: Sandbox;
  onError?: (err: unknown, taskId: string) => void;
}

export type RunOnce = Omit<RunRequest, "source" | "filename">;

export interface Tasks {
  scripts: ScriptStore;
  tasks: TaskRunner;
  /** Registers (or replaces, by name) a script of `as`; an app's script needs write on the app. */
  register(as: RunAs, input: { name: string; source: string; memo: string; appId: string }): Script;
  /** Runs source text once, as `as`. */
  runSource(as: RunAs, source: string, request: RunOnce): Promise<ScriptRun>;
  /** Runs a registered script once, as `as` (its owner, or a holder of execute on its app). */
  runById(as: RunAs, scriptId: string, request: RunOnce): Promise<ScriptRun>;
  start(): void;
  stop(): Promise<void>;
}

export function createTasks(init: TasksInit): Tasks {
  const scripts = createScriptStore(init);
  const run = createScriptRunner({ api: init.api, sandbox: init.sandbox });
  // Scripts belong to users; another user may run one only through its app, with execute.
  const mayRun = (userId: string, script: { ownerId: string; appId: string }) =>
    script.ownerId === userId || (script.appId !== "" && init.canExecuteApp(userId, script.appId));
  const tasks = createTaskRunner({ ...init, scripts, run, mayRun });
  return {
    scripts,
    tasks,
    register(as, input) {
      if (input.appId && !init.canWriteApp(as.userId, input.appId)) {
        throw permissionDenied("RIGHT_MISSING", `you lack the write right on app ${input.appId}`, { mimei_id: input.appId, right: "write" });
      }
      return scripts.register(as.userId, input);
    },
    runSource(as, source, request) {
      checkSource(source);
      return run(as, { ...request, source });
    },
    runById(as, scriptId, request) {
      const script = scripts.get(scriptId);
      if (!mayRun(as.userId, script)) {
        throw permissionDenied("SCRIPT_NOT_YOURS", "you may run only your own scripts, or those of an app you hold the execute right on", { script_id: scriptId });
      }
      return run(as, { ...request, source: script.source, filename: `${script.name}.js` });
    },
    start: () => tasks.begin(),
    stop: () => tasks.stop(),
  };
}
