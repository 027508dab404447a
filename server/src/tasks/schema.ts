// The "tasks" namespace of the node database: registered scripts and background tasks.
import type { Schema } from "../store/index.js";

export const tasksSchema: Schema = {
  namespace: "tasks",
  migrations: [
    {
      version: 1,
      description: "scripts and tasks",
      up: (db) =>
        db.exec(`
          CREATE TABLE tasks_scripts (
            script_id TEXT PRIMARY KEY,
            owner_id TEXT NOT NULL,
            name TEXT NOT NULL,
            app_id TEXT NOT NULL,
            language TEXT NOT NULL CHECK (language IN ('javascript')),
            memo TEXT NOT NULL,
            source TEXT NOT NULL,
            source_hash TEXT NOT NULL,
            updated_at INTEGER NOT NULL,
            UNIQUE (owner_id, name)
          ) STRICT;

          CREATE TABLE tasks_tasks (
            task_id TEXT PRIMARY KEY,
            owner_id TEXT NOT NULL,
            name TEXT NOT NULL,
            script_id TEXT NOT NULL,
            start_at INTEGER NOT NULL,
            period_ms INTEGER NOT NULL CHECK (period_ms >= 0),
            recurrence TEXT NOT NULL CHECK (recurrence IN ('none', 'monthly', 'yearly')),
            params TEXT NOT NULL,
            timeout_ms INTEGER NOT NULL CHECK (timeout_ms > 0),
            state TEXT NOT NULL CHECK (state IN ('scheduled', 'running', 'completed', 'failed', 'cancelled')),
            created_at INTEGER NOT NULL,
            -- when it runs next; NULL once it will not run again
            next_run_at INTEGER,
            run_count INTEGER NOT NULL DEFAULT 0,
            -- the last finished run as JSON (ScriptRun); NULL before the first
            last_run TEXT
          ) STRICT;
          -- a name is unique among an owner's active tasks only: finished ones keep their names
          CREATE UNIQUE INDEX tasks_active_name ON tasks_tasks (owner_id, name) WHERE state IN ('scheduled', 'running');
          CREATE INDEX tasks_due ON tasks_tasks (next_run_at) WHERE state = 'scheduled';
          CREATE INDEX tasks_by_owner ON tasks_tasks (owner_id, created_at DESC);
        `),
    },
  ],
};
