// One RESP client connection: authentication, the selected database MiMei, MULTI/EXEC/WATCH
// and the control commands, in front of the data command table. Commands run in arrival order;
// only a password AUTH is asynchronous, and reading pauses while it runs.
import type { DbEngine, DbTarget, DbWriter } from "../db/index.js";
import { LeitherError, storageFullError } from "../errors.js";
import { ERR, isOption, parseInteger, RespError, upper } from "./arguments.js";
import { arityError, arityOk, createCursorTable, DATA_COMMANDS, type CommandContext, type CommandSpec } from "./commands.js";
import { createRespWriter, type RespWriter } from "./encoder.js";

/** Right bits, as leither.v1.Right. */
export const READ_RIGHT = 1;
export const WRITE_RIGHT = 2;

/** An authenticated user; `stillValid` throws once the session or pass no longer holds. */
export interface RespLogin {
  /** null for a guest session. */
  userId: string | null;
  stillValid(): void;
}

export interface RespAuthenticator {
  /** AUTH <token>: a session id or a signed pass. Throws a LeitherError when refused. */
  token(token: string): RespLogin;
  /** AUTH <name> <password>: a password login through the identity capability. */
  password(name: string, password: string): Promise<RespLogin>;
}

/** A database MiMei resolved for a connection. */
export interface SelectedDb {
  target: DbTarget;
  /** Numbered versions open read-only. */
  readOnly: boolean;
  /** How INFO and errors name it: "<id>" or "<id>@<N>". */
  label: string;
  /** Its author, who alone may FLUSHDB (an author never changes, so it is read once). */
  authorId: string;
}

export interface RespDatabases {
  /** The user's default db MiMei, created on first use. */
  defaultDb(userId: string): SelectedDb;
  /** A db MiMei by id and optional version number ("cur" when absent). Throws when unknown or not a db. */
  resolve(mimeiId: string, version: string | undefined): SelectedDb;
  /** The caller's right bits on a MiMei. */
  rights(mimeiId: string, userId: string | null): number;
}

export interface ConnectionDeps {
  engine: Pick<DbEngine, "open" | "atomic" | "begin" | "transaction" | "commit" | "rollback">;
  auth: RespAuthenticator;
  databases: RespDatabases;
  /** A stable, unique id of this connection (CLIENT ID, transaction owner). */
  id: number;
  /** Called on unexpected (non-Leither) errors before replying "ERR internal error". */
  onInternalError(err: unknown, command: string): void;
  /** INFO's text, built by the server. */
  info(section: string | undefined): string;
  /** How often authentication and rights are checked again (ms). */
  recheckMs?: number;
  now?: () => number;
}

export interface Connection {
  /** Runs one command, writing its reply; a Promise while it is still running. */
  execute(args: Buffer[], out: RespWriter): void | Promise<void>;
  /** Set once QUIT was answered: the server closes after flushing. */
  readonly closing: boolean;
  readonly authenticated: boolean;
  /** Drops a pending WATCH transaction (on disconnect). */
  close(): void;
}

const NOAUTH = "NOAUTH Authentication required.";
const WRONGPASS = "WRONGPASS invalid username-password pair or user is disabled.";
/** What an unauthenticated connection may run, as in Redis with requirepass. */
const BEFORE_AUTH = new Set(["auth", "ping", "hello", "quit"]);
/** What runs at once inside MULTI instead of being queued. */
const NOT_QUEUED = new Set(["exec", "discard", "multi", "watch", "quit", "reset"]);
const CONTROL_ARITY: Record<string, number> = {
  auth: -2, hello: -1, ping: -1, echo: 2, quit: -1, select: 2, command: -1, client: -2, info: -1,
  multi: 1, exec: 1, discard: 1, watch: -2, unwatch: 1, config: -2, reset: 1,
};
const WATCH_TIMEOUT_MS = 10 * 60_000;

export function createConnection(deps: ConnectionDeps): Connection {
  const now = deps.now ?? Date.now;
  const recheckMs = deps.recheckMs ?? 1000;
  const owner = `resp:${deps.id}`;
  let login: RespLogin | undefined;
  let checkedAt = 0;
  let db: SelectedDb | undefined;
  let view: DbWriter | undefined;
  let rights = 0;
  let owned = false;
  let name: string | null = null;
  let closing = false;
  // MULTI state: the queued commands, and whether one was refused while queueing.
  let queue: Buffer[][] | null = null;
  let queueFailed = false;
  // WATCH: an optimistic engine transaction that has read the watched keys.
  let watch: { txId: string; mimeiId: string } | null = null;
  const cursors = createCursorTable();

  function unwatch(): void {
    if (!watch) return;
    try {
      deps.engine.rollback(watch.txId, owner);
    } catch {
      // Already expired or gone: nothing left to discard.
    }
    watch = null;
  }

  function select(next: SelectedDb): void {
    unwatch();
    db = next;
    view = deps.engine.open(next.target);
    checkedAt = 0;
  }

  /** Authentication still holds and the rights on the selected db are fresh (checked every recheckMs). */
  function ensureFresh(): void {
    if (!login) throw new RespError(NOAUTH);
    const t = now();
    if (t - checkedAt < recheckMs && db) return;
    try {
      login.stillValid();
    } catch (err) {
      login = undefined;
      db = undefined;
      view = undefined;
      unwatch();
      throw new RespError(`NOAUTH ${err instanceof Error ? err.message : "the session ended"}; AUTH again`);
    }
    if (!db) {
      if (login.userId === null) throw new RespError("ERR guests have no default database; SELECT a public database MiMei by id");
      select(deps.databases.defaultDb(login.userId));
    }
    rights = deps.databases.rights(db!.target.mimeiId, login.userId);
    owned = login.userId !== null && db!.authorId === login.userId;
    checkedAt = t;
  }

  function checkAccess(spec: CommandSpec): void {
    ensureFresh();
    if ((rights & READ_RIGHT) === 0) throw new RespError(`NOPERM you lack the read right on database MiMei ${db!.label}`);
    if (spec.write) {
      if (db!.readOnly) throw new RespError(`READONLY You can't write against a frozen version (${db!.label})`);
      if ((rights & WRITE_RIGHT) === 0) throw new RespError(`NOPERM you lack the write right on database MiMei ${db!.label}`);
    }
  }

  function context(v: DbWriter, inTransaction: boolean): CommandContext {
    return {
      cursors,
      isOwner: owned,
      atomic: (fn) => (inTransaction || db!.readOnly ? fn(v) : deps.engine.atomic(db!.target.mimeiId, fn)),
    };
  }

  async function authenticate(args: Buffer[]): Promise<void> {
    let next: RespLogin;
    try {
      const user = args.length === 3 ? args[1]!.toString("utf8") : undefined;
      const secret = args[args.length - 1]!.toString("utf8");
      // "AUTH default <secret>" is how Redis 6+ clients spell the one-argument form.
      next = user === undefined || user === "default" ? deps.auth.token(secret) : await deps.auth.password(user, secret);
    } catch (err) {
      if (err instanceof LeitherError) throw new RespError(WRONGPASS);
      throw err;
    }
    if (login?.userId !== next.userId) {
      unwatch();
      db = undefined;
      view = undefined;
    }
    login = next;
    checkedAt = 0;
  }

  function hello(args: Buffer[], out: RespWriter): void | Promise<void> {
    let i = 1;
    if (args.length > 1) {
      const version = parseInteger(args[1]!, "ERR Protocol version is not an integer or out of range");
      if (version !== 2) throw new RespError("NOPROTO unsupported protocol version");
      i = 2;
    }
    let authArgs: Buffer[] | undefined;
    let setName: string | undefined;
    for (; i < args.length; i++) {
      if (isOption(args[i], "AUTH") && i + 2 < args.length) {
        authArgs = [args[i]!, args[i + 1]!, args[i + 2]!];
        i += 2;
      } else if (isOption(args[i], "SETNAME") && i + 1 < args.length) {
        setName = args[++i]!.toString("utf8");
      } else {
        throw new RespError(`ERR Syntax error in HELLO option '${args[i]!.toString("latin1")}'`);
      }
    }
    const reply = () => {
      if (setName !== undefined) name = setName;
      out.arrayHeader(14);
      for (const [k, v] of [["server", "leither"], ["version", "7.0.0"]] as const) {
        out.bulk(k);
        out.bulk(v);
      }
      out.bulk("proto");
      out.integer(2);
      out.bulk("id");
      out.integer(deps.id);
      for (const [k, v] of [["mode", "standalone"], ["role", "master"]] as const) {
        out.bulk(k);
        out.bulk(v);
      }
      out.bulk("modules");
      out.arrayHeader(0);
    };
    if (authArgs) return authenticate(authArgs).then(reply);
    if (!login) {
      throw new RespError("NOAUTH HELLO must be called with the client already authenticated, otherwise the HELLO <proto> AUTH <user> <pass> option can be used to authenticate the client and select the RESP protocol version at the same time");
    }
    reply();
  }

  function client(args: Buffer[], out: RespWriter): void {
    const sub = upper(args[1]!);
    if (sub === "SETNAME" && args.length === 3) {
      const n = args[2]!.toString("utf8");
      if (/[\s]/.test(n)) throw new RespError("ERR Client names cannot contain spaces, newlines or special characters.");
      name = n === "" ? null : n;
      out.simple("OK");
    } else if (sub === "GETNAME" && args.length === 2) out.bulk(name);
    else if (sub === "ID" && args.length === 2) out.integer(deps.id);
    else if (sub === "SETINFO" && args.length === 4) out.simple("OK");
    else throw new RespError(`ERR unknown subcommand or wrong number of arguments for '${args[1]!.toString("latin1")}'. Try CLIENT HELP.`);
  }

  function selectCommand(args: Buffer[], out: RespWriter): void {
    const text = args[1]!.toString("utf8");
    const at = text.lastIndexOf("@");
    const mimeiId = at < 0 ? text : text.slice(0, at);
    const version = at < 0 ? undefined : text.slice(at + 1);
    if (version !== undefined && !/^[1-9]\d{0,15}$/.test(version)) throw new RespError("ERR SELECT takes <db MiMei id> or <db MiMei id>@<version number>");
    let next: SelectedDb;
    try {
      next = deps.databases.resolve(mimeiId, version);
    } catch (err) {
      if (err instanceof LeitherError) throw new RespError(`ERR ${err.message}`);
      throw err;
    }
    if ((deps.databases.rights(next.target.mimeiId, login!.userId) & READ_RIGHT) === 0) {
      throw new RespError(`NOPERM you lack the read right on database MiMei ${next.label}`);
    }
    select(next);
    out.simple("OK");
  }

  function watchCommand(args: Buffer[], out: RespWriter): void {
    if (queue) throw new RespError("ERR WATCH inside MULTI is not allowed");
    ensureFresh();
    if ((rights & READ_RIGHT) === 0) throw new RespError(`NOPERM you lack the read right on database MiMei ${db!.label}`);
    // A frozen version never changes, so watching it can never abort an EXEC.
    if (!db!.readOnly) {
      if (!watch) watch = { txId: deps.engine.begin(db!.target.mimeiId, owner, WATCH_TIMEOUT_MS).id, mimeiId: db!.target.mimeiId };
      const tx = deps.engine.transaction(watch.txId, owner);
      // Reading a key in the transaction makes its commit fail if another write changes it.
      for (const key of args.slice(1)) tx.type(key);
    }
    out.simple("OK");
  }

  /** Runs one data command (already arity-checked) on a view, writing its reply or error. */
  function runData(spec: CommandSpec, args: Buffer[], v: DbWriter, out: RespWriter, inTransaction: boolean): void {
    checkAccess(spec);
    spec.run(v, args, out, context(v, inTransaction));
  }

  function exec(out: RespWriter): void {
    if (!queue) throw new RespError("ERR EXEC without MULTI");
    const commands = queue;
    const failed = queueFailed;
    queue = null;
    queueFailed = false;
    if (failed) {
      unwatch();
      throw new RespError("EXECABORT Transaction discarded because of previous errors.");
    }
    ensureFresh();
    // The replies go after EXEC's array header, whose count is known only at the end.
    const body = createRespWriter();
    const runAll = (v: DbWriter, inTransaction: boolean) => {
      for (const args of commands) {
        try {
          const r = dispatch(args, body, v, inTransaction);
          if (r) throw new Error("asynchronous command inside EXEC");
        } catch (err) {
          body.error(errorText(err, args));
        }
      }
    };
    if (watch) {
      const { txId, mimeiId } = watch;
      watch = null;
      let tx: DbWriter;
      try {
        if (mimeiId !== db!.target.mimeiId) throw new RespError("the watched keys are in another database");
        tx = deps.engine.transaction(txId, owner);
        runAll(tx, true);
        deps.engine.commit(txId, owner);
      } catch (err) {
        // A conflict, an expired watch or a switch of database: EXEC answers nil, as Redis does
        // when a watched key changed, and nothing of the transaction is applied.
        if (!(err instanceof LeitherError) && !(err instanceof RespError)) throw err;
        try {
          deps.engine.rollback(txId, owner);
        } catch {
          // gone already
        }
        out.arrayHeader(null);
        return;
      }
    } else if (db!.readOnly) {
      runAll(view!, true);
    } else {
      deps.engine.atomic(db!.target.mimeiId, (v) => runAll(v, true));
    }
    out.arrayHeader(commands.length);
    out.raw(body.take());
  }

  /** Runs any command except MULTI bookkeeping; `v` is the view data commands use. */
  function dispatch(args: Buffer[], out: RespWriter, v: DbWriter | undefined, inTransaction: boolean): void | Promise<void> {
    const cmd = args[0]!.toString("latin1").toLowerCase();
    const spec = DATA_COMMANDS.get(cmd);
    if (spec) {
      if (!arityOk(spec.arity, args.length)) throw arityError(spec.name);
      if (!login) throw new RespError(NOAUTH);
      if (!v) {
        ensureFresh();
        v = view!;
      }
      runData(spec, args, v, out, inTransaction);
      return;
    }
    const arity = CONTROL_ARITY[cmd];
    if (arity === undefined) throw unknownCommand(args);
    if (!arityOk(arity, args.length)) throw arityError(cmd);
    if (!login && !BEFORE_AUTH.has(cmd)) throw new RespError(NOAUTH);
    switch (cmd) {
      case "auth":
        if (args.length > 3) throw new RespError(ERR.syntax);
        if (inTransaction) throw new RespError("ERR AUTH inside MULTI is not allowed");
        return authenticate(args).then(() => out.simple("OK"));
      case "hello":
        if (inTransaction) throw new RespError("ERR HELLO inside MULTI is not allowed");
        return hello(args, out);
      case "ping":
        if (args.length > 2) throw arityError("ping");
        if (args.length === 2) out.bulk(args[1]!);
        else out.simple("PONG");
        return;
      case "echo":
        out.bulk(args[1]!);
        return;
      case "quit":
        out.simple("OK");
        closing = true;
        return;
      case "select":
        if (inTransaction) throw new RespError("ERR SELECT inside MULTI is not allowed");
        selectCommand(args, out);
        return;
      case "command":
        if (args.length >= 2 && isOption(args[1], "COUNT")) out.integer(DATA_COMMANDS.size + Object.keys(CONTROL_ARITY).length);
        else out.arrayHeader(0); // no command table: redis-cli's COMMAND DOCS hints are optional
        return;
      case "client":
        client(args, out);
        return;
      case "info":
        out.bulk(deps.info(args[1]?.toString("latin1").toLowerCase()));
        return;
      case "config":
        // redis-benchmark asks for `save` and `appendonly`; there is no Redis configuration here.
        if (!isOption(args[1], "GET")) throw new RespError("ERR CONFIG is not supported by Leither (only CONFIG GET, which answers nothing)");
        out.arrayHeader(0);
        return;
      case "multi":
        if (queue) throw new RespError("ERR MULTI calls can not be nested");
        queue = [];
        out.simple("OK");
        return;
      case "exec":
        exec(out);
        return;
      case "discard":
        if (!queue) throw new RespError("ERR DISCARD without MULTI");
        queue = null;
        queueFailed = false;
        unwatch();
        out.simple("OK");
        return;
      case "watch":
        watchCommand(args, out);
        return;
      case "unwatch":
        unwatch();
        out.simple("OK");
        return;
      case "reset":
        queue = null;
        queueFailed = false;
        unwatch();
        name = null;
        out.simple("RESET");
        return;
    }
    throw unknownCommand(args);
  }

  function errorText(err: unknown, args: Buffer[]): string {
    if (err instanceof RespError) return err.text;
    if (err instanceof LeitherError) return leitherErrorText(err);
    deps.onInternalError(err, args[0]!.toString("latin1"));
    const full = storageFullError(err);
    return full ? leitherErrorText(full) : "ERR internal error";
  }

  return {
    get closing() {
      return closing;
    },
    get authenticated() {
      return login !== undefined;
    },
    execute(args, out) {
      const cmd = args[0]!.toString("latin1").toLowerCase();
      if (queue && !NOT_QUEUED.has(cmd)) {
        // Queue-time checks are those of Redis: the command exists and its arity fits.
        const spec = DATA_COMMANDS.get(cmd);
        const arity = spec?.arity ?? CONTROL_ARITY[cmd];
        let refusal: RespError | undefined;
        if (arity === undefined) refusal = unknownCommand(args);
        else if (!arityOk(arity, args.length)) refusal = arityError(spec?.name ?? cmd);
        else if (!login) refusal = new RespError(NOAUTH);
        if (refusal) {
          queueFailed = true;
          out.error(refusal.text);
        } else {
          queue.push(args);
          out.simple("QUEUED");
        }
        return;
      }
      try {
        const pending = dispatch(args, out, undefined, false);
        if (pending) return pending.catch((err: unknown) => out.error(errorText(err, args)));
      } catch (err) {
        out.error(errorText(err, args));
      }
    },
    close() {
      unwatch();
    },
  };
}

/** The Redis text for a LeitherError: the engine's own (metadata.redis), else by kind. */
export function leitherErrorText(err: LeitherError): string {
  const redis = err.metadata.redis;
  if (redis) return redis;
  switch (err.kind) {
    case "permission_denied":
      return `NOPERM ${err.message}`;
    case "unauthenticated":
      return `NOAUTH ${err.message}`;
    default:
      return err.reason === "VERSION_FROZEN" ? `READONLY ${err.message}` : `ERR ${err.message}`;
  }
}

/** Redis's unknown-command text: the name and the first arguments, quoted, within 128 chars. */
export function unknownCommand(args: Buffer[]): RespError {
  let rest = "";
  for (const a of args.slice(1)) {
    if (rest.length >= 128) break;
    rest += `'${a.toString("latin1").slice(0, 128 - rest.length)}' `;
  }
  return new RespError(`ERR unknown command '${args[0]!.toString("latin1").slice(0, 128)}', with args beginning with: ${rest}`);
}
