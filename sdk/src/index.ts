// @leither/sdk: call a Leither node from Node or a browser.
export { createLeitherClient } from "./client.js";
export type { LeitherClient, LeitherClientOptions } from "./client.js";
export { MiMeiType, Right } from "@leither/api/leither/v1/common_pb";
export { Code, ConnectError } from "@connectrpc/connect";
