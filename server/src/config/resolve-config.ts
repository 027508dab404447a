// Resolves the node's configuration from command-line flags, the environment, <home>/config.json
// and defaults, in that order of precedence, and rejects anything it does not understand.
import { readFileSync } from "node:fs";
import { isAbsolute, join, resolve } from "node:path";
import { DEFAULT_ARCHIVE_LIMITS } from "../app/archive.js";
import { DEFAULT_READ_CHECK, READ_CHECKS, type ReadCheck } from "../fs/read-check.js";
import { isLeitherId } from "../identity/leither-id.js";
import { DEFAULT_LISTEN, parseListen, type ListenAddress } from "./listen.js";

export type LogLevel = "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent";
export type Synchronous = "normal" | "full";

export interface NodeConfig {
  /** Absolute path of the node's data directory. */
  home: string;
  listen: ListenAddress;
  /** Absolute paths of the PEM certificate and key; absent means plain HTTP. */
  tls?: { certFile: string; keyFile: string };
  logLevel: LogLevel;
  sessionTtlHours: number;
  handleIdleMinutes: number;
  /** SQLite `PRAGMA synchronous`: "full" survives power loss, "normal" only process crashes. */
  synchronous: Synchronous;
  maxMessageBytes: number;
  /**
   * Chunk files written and read with O_DIRECT where the filesystem takes it (the default);
   * false keeps them in the page cache, for a home on a filesystem where direct I/O is slow.
   */
  directIo: boolean;
  /**
   * What a chunk read from disk is checked against: "crc32" (the default), the CRC taken when
   * its SHA-256 was verified at upload, or "sha256", its digest (~3.5x the CPU per byte read).
   */
  readCheck: ReadCheck;
  /** User ids that administer the node. */
  admins?: string[];
  /** Ed25519 public keys (unpadded base64url) whose passes log in on this node. */
  trustedIssuers?: string[];
  /** Where to serve the Redis protocol (RESP2) over the database MiMei; absent means not at all. */
  resp?: ListenAddress;
  /** Limits on an uploaded app archive, as extracted. */
  appArchive: AppArchiveLimits;
}

export interface AppArchiveLimits {
  /** Bytes of all files together. */
  maxBytes: number;
  /** Entries (files and directories). */
  maxFiles: number;
  /** Extracted bytes per archive byte (a zip bomb expands far more). */
  maxRatio: number;
}

/** Flags as the CLI hands them over: raw strings, validated here like every other source. */
export interface ConfigFlags {
  home?: string;
  listen?: string;
  tlsCert?: string;
  tlsKey?: string;
  logLevel?: string;
  sessionTtlHours?: string;
  handleIdleMinutes?: string;
  synchronous?: string;
  maxMessageBytes?: string;
  directIo?: string;
  readCheck?: string;
  /** Comma-separated. */
  admins?: string;
  /** Comma-separated. */
  trustedIssuers?: string;
  resp?: string;
  appMaxBytes?: string;
  appMaxFiles?: string;
  appMaxRatio?: string;
}

export interface ResolveConfigInit {
  flags?: ConfigFlags;
  env?: Record<string, string | undefined>;
  /** Base of relative paths given by flags and the environment, and of the default home. */
  cwd: string;
}

/** A configuration value that is missing, unknown or invalid; `source` says where it came from. */
export class ConfigError extends Error {
  override name = "ConfigError";
  constructor(
    readonly key: string,
    readonly source: string,
    readonly problem: string,
  ) {
    super(`${source}: ${key}: ${problem}`);
  }
}

export const CONFIG_FILE_NAME = "config.json";

export const DEFAULT_CONFIG = {
  listen: DEFAULT_LISTEN,
  logLevel: "info",
  sessionTtlHours: 24,
  handleIdleMinutes: 10,
  synchronous: "normal",
  maxMessageBytes: 16 * 1024 * 1024,
  directIo: true,
  readCheck: DEFAULT_READ_CHECK,
  // The app domain's own defaults, so that a node with no setting behaves as the library does.
  appArchive: { maxBytes: DEFAULT_ARCHIVE_LIMITS.maxTotalBytes, maxFiles: DEFAULT_ARCHIVE_LIMITS.maxEntries, maxRatio: DEFAULT_ARCHIVE_LIMITS.maxRatio },
} as const satisfies Partial<NodeConfig>;

const LOG_LEVELS: readonly LogLevel[] = ["fatal", "error", "warn", "info", "debug", "trace", "silent"];
const SYNCHRONOUS: readonly Synchronous[] = ["normal", "full"];
const MAX_MESSAGE_BYTES_LIMIT = 2 ** 31 - 1;

/** Where each setting may come from; file keys are the NodeConfig field names. */
const SETTINGS = {
  listen: { flag: "listen", env: "LEITHER_LISTEN" },
  logLevel: { flag: "logLevel", env: "LEITHER_LOG_LEVEL" },
  sessionTtlHours: { flag: "sessionTtlHours", env: "LEITHER_SESSION_TTL_HOURS" },
  handleIdleMinutes: { flag: "handleIdleMinutes", env: "LEITHER_HANDLE_IDLE_MINUTES" },
  synchronous: { flag: "synchronous", env: "LEITHER_SYNCHRONOUS" },
  maxMessageBytes: { flag: "maxMessageBytes", env: "LEITHER_MAX_MESSAGE_BYTES" },
  directIo: { flag: "directIo", env: "LEITHER_DIRECT_IO" },
  readCheck: { flag: "readCheck", env: "LEITHER_READ_CHECK" },
  admins: { flag: "admins", env: "LEITHER_ADMINS" },
  trustedIssuers: { flag: "trustedIssuers", env: "LEITHER_TRUSTED_ISSUERS" },
  resp: { flag: "resp", env: "LEITHER_RESP" },
  "appArchive.maxBytes": { flag: "appMaxBytes", env: "LEITHER_APP_MAX_BYTES" },
  "appArchive.maxFiles": { flag: "appMaxFiles", env: "LEITHER_APP_MAX_FILES" },
  "appArchive.maxRatio": { flag: "appMaxRatio", env: "LEITHER_APP_MAX_RATIO" },
  "tls.certFile": { flag: "tlsCert", env: "LEITHER_TLS_CERT" },
  "tls.keyFile": { flag: "tlsKey", env: "LEITHER_TLS_KEY" },
} as const satisfies Record<string, { flag: keyof ConfigFlags; env: string }>;

type SettingKey = keyof typeof SETTINGS;

const FILE_KEYS = ["listen", "tls", "logLevel", "sessionTtlHours", "handleIdleMinutes", "synchronous",
  "maxMessageBytes", "directIo", "readCheck", "admins", "trustedIssuers", "resp", "appArchive"] as const;
/** Keys of the file's objects, by the object's key. */
const NESTED_FILE_KEYS: Record<string, readonly string[]> = {
  tls: ["certFile", "keyFile"],
  appArchive: ["maxBytes", "maxFiles", "maxRatio"],
};

/** One raw value and the place it came from, before validation. */
interface Raw {
  value: unknown;
  source: string;
  /** Relative paths resolve against this directory. */
  base: string;
  /** JSON values must have their JSON type: no numbers written as strings. */
  strict?: boolean;
}

export function resolveConfig({ flags = {}, env = {}, cwd }: ResolveConfigInit): NodeConfig {
  const envValue = (name: string) => {
    const v = env[name];
    // An empty variable counts as unset, so `LEITHER_LISTEN= leither serve` falls back cleanly.
    return v === undefined || v === "" ? undefined : v;
  };

  // The home locates config.json, so it can only come from flags, the environment or the default.
  const homeText = flags.home ?? envValue("LEITHER_HOME");
  if (homeText !== undefined && homeText.trim() === "") {
    throw new ConfigError("home", flags.home !== undefined ? "--home" : "LEITHER_HOME", "must not be empty");
  }
  const home = resolve(cwd, homeText ?? ".leither");

  const filePath = join(home, CONFIG_FILE_NAME);
  const file = readConfigFile(filePath);

  // Every value in the file is checked, even one a flag overrides: a typo in config.json should
  // not lie in wait for the day the flag is dropped.
  const take = <T>(key: SettingKey, parser: Parser<T>): { value: T; raw: Raw } | undefined => {
    const { flag, env: envName } = SETTINGS[key];
    const [top, sub] = key.split(".") as [string, string | undefined];
    const inFile = sub === undefined ? file[top] : (file[top] as Record<string, unknown> | undefined)?.[sub];
    const fromFile = inFile === undefined ? undefined : parseRaw({ value: inFile, source: filePath, base: home, strict: true }, key, parser);
    const fromFlag = flags[flag];
    if (fromFlag !== undefined) return parseRaw({ value: fromFlag, source: `--${kebab(flag)}`, base: cwd }, key, parser);
    const fromEnv = envValue(envName);
    if (fromEnv !== undefined) return parseRaw({ value: fromEnv, source: envName, base: cwd }, key, parser);
    return fromFile;
  };

  const config: NodeConfig = {
    home,
    listen: take("listen", listenValue)?.value ?? { ...DEFAULT_CONFIG.listen },
    logLevel: take("logLevel", oneOf(LOG_LEVELS))?.value ?? DEFAULT_CONFIG.logLevel,
    sessionTtlHours: take("sessionTtlHours", positiveNumber)?.value ?? DEFAULT_CONFIG.sessionTtlHours,
    handleIdleMinutes: take("handleIdleMinutes", positiveNumber)?.value ?? DEFAULT_CONFIG.handleIdleMinutes,
    synchronous: take("synchronous", oneOf(SYNCHRONOUS))?.value ?? DEFAULT_CONFIG.synchronous,
    maxMessageBytes: take("maxMessageBytes", messageSize)?.value ?? DEFAULT_CONFIG.maxMessageBytes,
    directIo: take("directIo", booleanValue)?.value ?? DEFAULT_CONFIG.directIo,
    readCheck: take("readCheck", oneOf(READ_CHECKS))?.value ?? DEFAULT_CONFIG.readCheck,
    appArchive: {
      maxBytes: take("appArchive.maxBytes", wholeNumber)?.value ?? DEFAULT_CONFIG.appArchive.maxBytes,
      maxFiles: take("appArchive.maxFiles", wholeNumber)?.value ?? DEFAULT_CONFIG.appArchive.maxFiles,
      maxRatio: take("appArchive.maxRatio", positiveNumber)?.value ?? DEFAULT_CONFIG.appArchive.maxRatio,
    },
  };

  const admins = take("admins", stringList(adminId));
  if (admins !== undefined) config.admins = admins.value;
  const trustedIssuers = take("trustedIssuers", stringList(publicKey));
  if (trustedIssuers !== undefined) config.trustedIssuers = trustedIssuers.value;
  const resp = take("resp", listenValue);
  if (resp !== undefined) config.resp = resp.value;

  const cert = take("tls.certFile", path);
  const key = take("tls.keyFile", path);
  const certFile = cert?.value;
  const keyFile = key?.value;
  if (certFile !== undefined && keyFile !== undefined) {
    config.tls = { certFile, keyFile };
  } else if (certFile !== undefined || keyFile !== undefined) {
    // Half a TLS setup would silently serve plain HTTP; refuse instead.
    const given = (cert ?? key)!.raw;
    const missing = certFile === undefined ? "tls.certFile (--tls-cert, LEITHER_TLS_CERT)" : "tls.keyFile (--tls-key, LEITHER_TLS_KEY)";
    throw new ConfigError(certFile === undefined ? "tls.certFile" : "tls.keyFile", given.source,
      `TLS needs both a certificate and a key; ${missing} is missing`);
  }
  return config;
}

function readConfigFile(filePath: string): Record<string, unknown> {
  let text: string;
  try {
    text = readFileSync(filePath, "utf8");
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return {};
    throw new ConfigError("(file)", filePath, `cannot be read: ${(err as Error).message}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    throw new ConfigError("(file)", filePath, `is not valid JSON: ${(err as Error).message}`);
  }
  if (!isPlainObject(parsed)) throw new ConfigError("(file)", filePath, "must hold a JSON object");
  for (const k of Object.keys(parsed)) {
    if (k === "home") {
      throw new ConfigError(k, filePath, "cannot be set in the config file, which lives in the home; use --home or LEITHER_HOME");
    }
    if (!(FILE_KEYS as readonly string[]).includes(k)) {
      throw new ConfigError(k, filePath, `unknown key (known keys: ${FILE_KEYS.join(", ")})`);
    }
  }
  for (const [top, keys] of Object.entries(NESTED_FILE_KEYS)) {
    const nested = parsed[top];
    if (nested === undefined) continue;
    if (!isPlainObject(nested)) throw new ConfigError(top, filePath, `must be an object {${keys.map((k) => `"${k}"`).join(", ")}}`);
    for (const k of Object.keys(nested)) {
      if (!keys.includes(k)) throw new ConfigError(`${top}.${k}`, filePath, `unknown key (known keys: ${keys.join(", ")})`);
    }
  }
  return parsed;
}

/**
 * A value parser: gets the raw value (a string from flags and the environment, any JSON value
 * from the file) and returns the typed value or throws an Error saying what is wrong.
 */
type Parser<T> = (value: unknown, raw: Raw) => T;

function parseRaw<T>(raw: Raw, key: string, parser: Parser<T>): { value: T; raw: Raw } {
  try {
    return { value: parser(raw.value, raw), raw };
  } catch (err) {
    throw new ConfigError(key, raw.source, (err as Error).message);
  }
}

const listenValue: Parser<ListenAddress> = (value) => {
  if (typeof value === "string") return parseListen(value);
  if (isPlainObject(value)) {
    const extra = Object.keys(value).filter((k) => k !== "host" && k !== "port");
    if (extra.length > 0) throw new Error(`unknown key "${extra[0]}"; expected {"host", "port"}`);
    const host = value.host ?? DEFAULT_LISTEN.host;
    const port = value.port;
    if (typeof host !== "string" || host === "") throw new Error("host must be a non-empty string");
    if (typeof port !== "number" || !Number.isInteger(port) || port < 0 || port > 65535) {
      throw new Error("port must be an integer from 0 to 65535");
    }
    return { host, port };
  }
  throw new Error('expected "HOST:PORT" or {"host", "port"}');
};

function oneOf<T extends string>(allowed: readonly T[]): Parser<T> {
  return (value) => {
    if (typeof value === "string" && (allowed as readonly string[]).includes(value)) return value as T;
    throw new Error(`${JSON.stringify(value)} is not one of ${allowed.join(", ")}`);
  };
}

function numberValue(value: unknown, raw: Raw): number {
  if (typeof value === "number") return value;
  // Strings come from flags and the environment; the whole string must be a decimal number.
  if (!raw.strict && typeof value === "string" && /^\s*\d+(\.\d+)?\s*$/.test(value)) return Number(value);
  throw new Error(`${JSON.stringify(value)} is not a number`);
}

/** true or false: JSON booleans in the file, the words in flags and the environment. */
const booleanValue: Parser<boolean> = (value, raw) => {
  if (typeof value === "boolean") return value;
  if (!raw.strict && (value === "true" || value === "false")) return value === "true";
  throw new Error(`${JSON.stringify(value)} is not true or false`);
};

const positiveNumber: Parser<number> = (value, raw) => {
  const n = numberValue(value, raw);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${JSON.stringify(value)} must be greater than 0`);
  return n;
};

const wholeNumber: Parser<number> = (value, raw) => {
  const n = numberValue(value, raw);
  if (!Number.isSafeInteger(n) || n < 1) throw new Error(`${JSON.stringify(value)} must be a whole number greater than 0`);
  return n;
};

const messageSize: Parser<number> = (value, raw) => {
  const n = numberValue(value, raw);
  if (!Number.isInteger(n) || n < 1024 || n > MAX_MESSAGE_BYTES_LIMIT) {
    throw new Error(`${JSON.stringify(value)} must be a whole number of bytes from 1024 to ${MAX_MESSAGE_BYTES_LIMIT}`);
  }
  return n;
};

const path: Parser<string> = (value, raw) => {
  if (typeof value !== "string" || value.trim() === "") throw new Error("must be a non-empty path");
  return isAbsolute(value) ? value : resolve(raw.base, value);
};

/** Lists are JSON arrays in the file and comma-separated in flags and the environment. */
function stringList(item: (s: string) => string): Parser<string[]> {
  return (value, raw) => {
    let items: unknown[];
    if (typeof value === "string" && !raw.strict) items = value.split(",").map((s) => s.trim()).filter((s) => s !== "");
    else if (Array.isArray(value)) items = value;
    else throw new Error("expected an array of strings");
    return items.map((v, i) => {
      if (typeof v !== "string") throw new Error(`item ${i} is not a string`);
      return item(v);
    });
  };
}

function adminId(s: string): string {
  // Anything but a well-formed Leither ID could never match a user, so it is a typo.
  if (!isLeitherId(s)) throw new Error(`"${s}" is not a Leither user id (27 base64url characters)`);
  return s;
}

function publicKey(s: string): string {
  const bytes = Buffer.from(s, "base64url");
  // Round-tripping rejects stray characters that Buffer silently skips.
  if (bytes.length !== 32 || bytes.toString("base64url") !== s) {
    throw new Error(`"${s}" is not an Ed25519 public key (32 bytes as unpadded base64url)`);
  }
  return s;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function kebab(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}
