// Group commit for writes that arrive one request at a time (DbService): the writes queued during
// one turn of the event loop run together in one engine group (one SQLite commit) at the next
// check phase, each still atomic on its own, and each caller hears its outcome only after that
// commit, so an acknowledged write is as durable as one committed alone. The transaction is
// opened and committed within one synchronous call: nothing else runs inside it.

export interface CommitQueue {
  /** Runs fn (synchronous) in the group commit of this turn; settles once that is committed. */
  run<T>(fn: () => T): Promise<T>;
}

interface Job {
  fn: () => unknown;
  resolve(value: unknown): void;
  reject(err: unknown): void;
  outcome?: { ok: true; value: unknown } | { ok: false; err: unknown };
}

/** `group` runs its argument as one storage transaction (the engine's `group`). */
export function createCommitQueue(group: (fn: () => void) => void): CommitQueue {
  let jobs: Job[] = [];

  function flush(): void {
    const batch = jobs;
    jobs = [];
    try {
      group(() => {
        for (const job of batch) {
          // A command that fails rolls back its own savepoint and leaves the others alone.
          try {
            job.outcome = { ok: true, value: job.fn() };
          } catch (err) {
            job.outcome = { ok: false, err };
          }
        }
      });
    } catch (err) {
      // The commit itself failed: nothing of the round is stored, whatever each job returned.
      for (const job of batch) job.reject(err);
      return;
    }
    for (const job of batch) {
      const o = job.outcome!;
      if (o.ok) job.resolve(o.value);
      else job.reject(o.err);
    }
  }

  return {
    run<T>(fn: () => T): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        jobs.push({ fn, resolve: resolve as (v: unknown) => void, reject });
        if (jobs.length === 1) setImmediate(flush);
      });
    },
  };
}
