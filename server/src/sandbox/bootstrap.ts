// The trusted JavaScript run inside every sandbox before the script: it turns the two raw host
// entry points (call, log) into the script's globals and returns the result encoder. Nothing
// of the host is reachable afterwards except through the functions it defines.

/**
 * Evaluates to a function of (call, log, setupJson) that defines host functions, globals,
 * `log`/`console`, the deterministic restrictions, and returns `encode(value) → JSON text`.
 * Bytes (typed arrays, ArrayBuffer) encode as {"$bytes": "<base64>"}; bigints as strings.
 */
export const BOOTSTRAP_SOURCE = String.raw`(function (call, log, setupJson) {
  const stringify = JSON.stringify;
  const parse = JSON.parse;
  const setup = parse(setupJson);
  const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  function base64(b) {
    let out = "";
    for (let i = 0; i < b.length; i += 3) {
      const n = (b[i] << 16) | ((b[i + 1] ?? 0) << 8) | (b[i + 2] ?? 0);
      out += ALPHABET[(n >> 18) & 63] + ALPHABET[(n >> 12) & 63];
      out += i + 1 < b.length ? ALPHABET[(n >> 6) & 63] : "=";
      out += i + 2 < b.length ? ALPHABET[n & 63] : "=";
    }
    return out;
  }
  function replacer(key, value) {
    if (value instanceof ArrayBuffer) value = new Uint8Array(value);
    if (ArrayBuffer.isView(value)) return { $bytes: base64(new Uint8Array(value.buffer, value.byteOffset, value.byteLength)) };
    if (typeof value === "bigint") return value.toString();
    return value;
  }
  function encode(value) {
    return stringify(value === undefined ? null : value, replacer);
  }
  function define(path, value) {
    const parts = path.split(".");
    let at = globalThis;
    for (const p of parts.slice(0, -1)) {
      if (typeof at[p] !== "object" || at[p] === null) at[p] = {};
      at = at[p];
    }
    at[parts[parts.length - 1]] = value;
  }
  function toError(f) {
    const e = new Error(f.message);
    e.name = f.name || "Error";
    if (f.code !== undefined) e.code = f.code;
    if (f.reason !== undefined) e.reason = f.reason;
    return e;
  }
  function freeze(v) {
    if (v && typeof v === "object") {
      for (const k of Object.keys(v)) freeze(v[k]);
      Object.freeze(v);
    }
    return v;
  }
  for (const name of setup.names) {
    define(name, (...args) =>
      call(name, encode(args)).then(
        (text) => (text === undefined ? undefined : parse(text)),
        (text) => { throw toError(parse(text)); },
      ));
  }
  for (const key of Object.keys(setup.globals)) define(key, freeze(setup.globals[key]));

  function format(v) {
    if (typeof v === "string") return v;
    if (v instanceof Error) return v.name + ": " + v.message;
    try {
      const s = encode(v);
      return s === undefined ? String(v) : s;
    } catch (e) {
      return String(v);
    }
  }
  const at = (level) => (...parts) => { log(level, parts.map(format).join(" ")); };
  const logger = at("info");
  for (const level of ["trace", "debug", "info", "warn", "error", "critical"]) logger[level] = at(level);
  globalThis.log = logger;
  globalThis.console = { log: at("info"), info: at("info"), debug: at("debug"), trace: at("trace"), warn: at("warn"), error: at("error") };

  if (setup.deterministic) {
    const refuse = (what) => () => { throw new Error(what + " is not available in deterministic mode"); };
    Math.random = refuse("Math.random");
    const RealDate = Date;
    function DeterministicDate(...args) {
      if (!new.target) throw new Error("Date() is not available in deterministic mode");
      if (args.length === 0) throw new Error("new Date() without arguments is not available in deterministic mode");
      return new RealDate(...args);
    }
    DeterministicDate.prototype = RealDate.prototype;
    DeterministicDate.UTC = RealDate.UTC;
    DeterministicDate.parse = RealDate.parse;
    DeterministicDate.now = refuse("Date.now");
    globalThis.Date = DeterministicDate;
    delete globalThis.WeakRef;
    delete globalThis.FinalizationRegistry;
  }
  return encode;
})`;
