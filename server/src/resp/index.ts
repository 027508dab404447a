// The RESP endpoint's public surface: the TCP server component, its dependency contracts, and
// the codec (parser and reply writer) for tools and tests.
export { createRespServer, type RespServer, type RespServerInit } from "./server.js";
export type { RespAuthenticator, RespDatabases, RespLogin, SelectedDb } from "./connection.js";
export { createRespAuthenticator, createRespDatabases, DEFAULT_DB } from "./databases.js";
export { createRespParser, RespProtocolError, type RespParser, type RespParserLimits } from "./parser.js";
export { createRespWriter, formatDouble, type RespWriter } from "./encoder.js";
