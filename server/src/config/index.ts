// The node's configuration: what the daemon may be told and how the sources combine.
export {
  resolveConfig,
  ConfigError,
  CONFIG_FILE_NAME,
  DEFAULT_CONFIG,
  type NodeConfig,
  type ConfigFlags,
  type ResolveConfigInit,
  type LogLevel,
  type Synchronous,
  type AppArchiveLimits,
} from "./resolve-config.js";
export { parseListen, formatListen, DEFAULT_LISTEN, type ListenAddress } from "./listen.js";
