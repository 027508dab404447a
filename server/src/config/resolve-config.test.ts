import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ConfigError, resolveConfig } from "./resolve-config.js";

const KEY = Buffer.alloc(32, 7).toString("base64url");
const USER = "A".repeat(27);

let cwd: string;
beforeEach(() => {
  cwd = mkdtempSync(join(tmpdir(), "leither-config-"));
});
afterEach(() => {
  rmSync(cwd, { recursive: true, force: true });
});

function writeConfig(home: string, value: unknown) {
  mkdirSync(home, { recursive: true });
  writeFileSync(join(home, "config.json"), typeof value === "string" ? value : JSON.stringify(value));
}

function configError(fn: () => unknown): ConfigError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return err as ConfigError;
  }
  throw new Error("expected a ConfigError");
}

describe("resolveConfig", () => {
  it("uses the defaults when nothing is given", () => {
    expect(resolveConfig({ cwd })).toEqual({
      home: join(cwd, ".leither"),
      listen: { host: "127.0.0.1", port: 4800 },
      logLevel: "info",
      sessionTtlHours: 24,
      handleIdleMinutes: 10,
      synchronous: "normal",
      maxMessageBytes: 16 * 1024 * 1024,
      directIo: true,
      readCheck: "crc32",
      appArchive: { maxBytes: 512 * 1024 * 1024, maxFiles: 20_000, maxRatio: 100 },
    });
  });

  it("takes the home from the flag over the environment, relative to cwd", () => {
    expect(resolveConfig({ cwd, flags: { home: "a" }, env: { LEITHER_HOME: "/b" } }).home).toBe(join(cwd, "a"));
    expect(resolveConfig({ cwd, env: { LEITHER_HOME: "/b" } }).home).toBe("/b");
    expect(resolveConfig({ cwd, env: { LEITHER_HOME: "" } }).home).toBe(join(cwd, ".leither"));
  });

  it("reads config.json from the resolved home", () => {
    const home = join(cwd, "h");
    writeConfig(home, {
      listen: "0.0.0.0:5000",
      logLevel: "debug",
      sessionTtlHours: 2,
      handleIdleMinutes: 1.5,
      synchronous: "full",
      maxMessageBytes: 4096,
      directIo: false,
      readCheck: "sha256",
      admins: [USER],
      trustedIssuers: [KEY],
      tls: { certFile: "cert.pem", keyFile: "/etc/key.pem" },
      appArchive: { maxBytes: 1_000_000, maxFiles: 50, maxRatio: 20 },
    });
    expect(resolveConfig({ cwd, flags: { home: "h" } })).toEqual({
      home,
      listen: { host: "0.0.0.0", port: 5000 },
      logLevel: "debug",
      sessionTtlHours: 2,
      handleIdleMinutes: 1.5,
      synchronous: "full",
      maxMessageBytes: 4096,
      directIo: false,
      readCheck: "sha256",
      appArchive: { maxBytes: 1_000_000, maxFiles: 50, maxRatio: 20 },
      admins: [USER],
      trustedIssuers: [KEY],
      // Paths in the file are relative to the home, not to wherever the daemon was started.
      tls: { certFile: join(home, "cert.pem"), keyFile: "/etc/key.pem" },
    });
  });

  it("accepts listen as an object in the file", () => {
    writeConfig(join(cwd, ".leither"), { listen: { host: "::1", port: 7 } });
    expect(resolveConfig({ cwd }).listen).toEqual({ host: "::1", port: 7 });
  });

  it("puts flags over the environment over the file over the defaults", () => {
    writeConfig(join(cwd, ".leither"), { listen: ":1", logLevel: "warn", synchronous: "full" });
    const env = { LEITHER_LISTEN: ":2", LEITHER_LOG_LEVEL: "error" };
    const config = resolveConfig({ cwd, env, flags: { listen: ":3" } });
    expect(config.listen.port).toBe(3);
    expect(config.logLevel).toBe("error");
    expect(config.synchronous).toBe("full");
    expect(config.sessionTtlHours).toBe(24);
    expect(resolveConfig({ cwd, env }).listen.port).toBe(2);
  });

  it("parses lists and numbers from the environment", () => {
    const other = Buffer.alloc(32, 9).toString("base64url");
    const config = resolveConfig({
      cwd,
      env: {
        LEITHER_TRUSTED_ISSUERS: `${KEY}, ${other}`,
        LEITHER_ADMINS: USER,
        LEITHER_SESSION_TTL_HOURS: "48",
        LEITHER_MAX_MESSAGE_BYTES: "1048576",
        LEITHER_DIRECT_IO: "false",
      },
    });
    expect(config.directIo).toBe(false);
    expect(config.trustedIssuers).toEqual([KEY, other]);
    expect(config.admins).toEqual([USER]);
    expect(config.sessionTtlHours).toBe(48);
    expect(config.maxMessageBytes).toBe(1048576);
  });

  it("refuses a direct I/O setting that is not true or false", () => {
    expect(configError(() => resolveConfig({ cwd, env: { LEITHER_DIRECT_IO: "off" } }))).toMatchObject({ key: "directIo", source: "LEITHER_DIRECT_IO" });
  });

  it("takes how reads are checked from the environment, and refuses a check it does not know", () => {
    expect(resolveConfig({ cwd, env: { LEITHER_READ_CHECK: "sha256" } }).readCheck).toBe("sha256");
    const err = configError(() => resolveConfig({ cwd, env: { LEITHER_READ_CHECK: "md5" } }));
    expect(err).toMatchObject({ key: "readCheck", source: "LEITHER_READ_CHECK" });
    expect(err.message).toContain("is not one of crc32, sha256");
  });

  it("resolves TLS paths from flags against cwd and takes each half from its own source", () => {
    const config = resolveConfig({ cwd, flags: { tlsCert: "c.pem" }, env: { LEITHER_TLS_KEY: "/k.pem" } });
    expect(config.tls).toEqual({ certFile: join(cwd, "c.pem"), keyFile: "/k.pem" });
  });

  it("refuses half a TLS setup", () => {
    const err = configError(() => resolveConfig({ cwd, flags: { tlsCert: "c.pem" } }));
    expect(err.key).toBe("tls.keyFile");
    expect(err.message).toMatch(/--tls-key/);
  });

  it("names the file and the key for unknown keys", () => {
    writeConfig(join(cwd, ".leither"), { listne: ":1" });
    const err = configError(() => resolveConfig({ cwd }));
    expect(err.key).toBe("listne");
    expect(err.source).toBe(join(cwd, ".leither", "config.json"));
    expect(err.message).toContain("listne");
    expect(err.message).toContain("config.json");
  });

  it("rejects unknown tls keys and home in the file", () => {
    writeConfig(join(cwd, ".leither"), { tls: { cert: "x" } });
    expect(configError(() => resolveConfig({ cwd })).key).toBe("tls.cert");
    writeConfig(join(cwd, ".leither"), { home: "/x" });
    expect(configError(() => resolveConfig({ cwd })).key).toBe("home");
  });

  it("reports invalid JSON with the file name", () => {
    writeConfig(join(cwd, ".leither"), "{ nope");
    expect(configError(() => resolveConfig({ cwd })).message).toMatch(/config\.json.*not valid JSON/);
    writeConfig(join(cwd, ".leither"), "[]");
    expect(configError(() => resolveConfig({ cwd })).message).toMatch(/JSON object/);
  });

  it.each([
    [{ logLevel: "loud" }, "logLevel"],
    [{ sessionTtlHours: 0 }, "sessionTtlHours"],
    [{ sessionTtlHours: "2" }, "sessionTtlHours"],
    [{ handleIdleMinutes: -1 }, "handleIdleMinutes"],
    [{ synchronous: "off" }, "synchronous"],
    [{ maxMessageBytes: 10.5 }, "maxMessageBytes"],
    [{ maxMessageBytes: 2 ** 40 }, "maxMessageBytes"],
    [{ directIo: "false" }, "directIo"],
    [{ directIo: 0 }, "directIo"],
    [{ listen: "nohost" }, "listen"],
    [{ listen: { host: "x", port: 99999 } }, "listen"],
    [{ admins: "not-a-list" }, "admins"],
    [{ admins: ["short"] }, "admins"],
    [{ trustedIssuers: ["AAAA"] }, "trustedIssuers"],
    [{ trustedIssuers: [KEY + "="] }, "trustedIssuers"],
    [{ tls: "x" }, "tls"],
    [{ appArchive: 5 }, "appArchive"],
    [{ appArchive: { maxSize: 5 } }, "appArchive.maxSize"],
    [{ appArchive: { maxFiles: 1.5 } }, "appArchive.maxFiles"],
    [{ appArchive: { maxBytes: 0 } }, "appArchive.maxBytes"],
    [{ appArchive: { maxRatio: "10" } }, "appArchive.maxRatio"],
  ])("rejects %j in the file", (value, key) => {
    writeConfig(join(cwd, ".leither"), value);
    const err = configError(() => resolveConfig({ cwd }));
    expect(err.key).toBe(key);
    expect(err.message).toContain(join(cwd, ".leither", "config.json"));
  });

  it("takes the RESP address from --resp, LEITHER_RESP or the file, and leaves it unset by default", () => {
    expect(resolveConfig({ cwd }).resp).toBeUndefined();
    writeConfig(join(cwd, ".leither"), { resp: "127.0.0.1:6380" });
    expect(resolveConfig({ cwd }).resp).toEqual({ host: "127.0.0.1", port: 6380 });
    expect(resolveConfig({ cwd, env: { LEITHER_RESP: ":6381" } }).resp).toEqual({ host: "127.0.0.1", port: 6381 });
    expect(resolveConfig({ cwd, flags: { resp: "0.0.0.0:6382" }, env: { LEITHER_RESP: ":6381" } }).resp).toEqual({ host: "0.0.0.0", port: 6382 });
    expect(configError(() => resolveConfig({ cwd, flags: { resp: "nohost" } })).source).toBe("--resp");
  });

  it("takes app archive limits one by one from LEITHER_APP_MAX_* or the file's appArchive", () => {
    writeConfig(join(cwd, ".leither"), { appArchive: { maxFiles: 10 } });
    expect(resolveConfig({ cwd, env: { LEITHER_APP_MAX_BYTES: "2048", LEITHER_APP_MAX_RATIO: "2.5" } }).appArchive).toEqual({ maxBytes: 2048, maxFiles: 10, maxRatio: 2.5 });
    expect(resolveConfig({ cwd, env: { LEITHER_APP_MAX_FILES: "7" } }).appArchive.maxFiles).toBe(7);
    expect(configError(() => resolveConfig({ cwd, env: { LEITHER_APP_MAX_FILES: "many" } }))).toMatchObject({ key: "appArchive.maxFiles", source: "LEITHER_APP_MAX_FILES" });
  });

  it("names the flag or variable an invalid value came from", () => {
    expect(configError(() => resolveConfig({ cwd, flags: { listen: "x" } })).source).toBe("--listen");
    expect(configError(() => resolveConfig({ cwd, flags: { logLevel: "x" } })).source).toBe("--log-level");
    const err = configError(() => resolveConfig({ cwd, env: { LEITHER_SESSION_TTL_HOURS: "1h" } }));
    expect(err.source).toBe("LEITHER_SESSION_TTL_HOURS");
    expect(err.message).toMatch(/LEITHER_SESSION_TTL_HOURS: sessionTtlHours: "1h" is not a number/);
  });

  it("checks file values even where a flag overrides them", () => {
    writeConfig(join(cwd, ".leither"), { logLevel: "loud" });
    expect(configError(() => resolveConfig({ cwd, flags: { logLevel: "info" } })).key).toBe("logLevel");
  });
});
