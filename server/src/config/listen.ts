// Parsing of listen addresses ("HOST:PORT", "[::1]:PORT", ":PORT"), shared by the node
// configuration and the CLI so both accept exactly the same spellings.

export interface ListenAddress {
  host: string;
  port: number;
}

export const DEFAULT_LISTEN: Readonly<ListenAddress> = { host: "127.0.0.1", port: 4800 };

/**
 * Parses a listen address. A missing host (":4800" or "4800") means the default host,
 * 127.0.0.1: listening on every interface must be asked for explicitly ("0.0.0.0:4800"),
 * because the API accepts password logins. Throws an Error whose message says what is wrong.
 */
export function parseListen(text: string): ListenAddress {
  const s = text.trim();
  if (s === "") throw new Error("empty listen address; expected HOST:PORT");
  let host: string;
  let portText: string;
  if (s.startsWith("[")) {
    const close = s.indexOf("]");
    if (close < 0) throw new Error(`"${text}": missing "]" after the IPv6 address`);
    host = s.slice(1, close);
    const rest = s.slice(close + 1);
    if (!rest.startsWith(":")) throw new Error(`"${text}": expected ":PORT" after "[${host}]"`);
    portText = rest.slice(1);
    if (host === "") throw new Error(`"${text}": empty IPv6 address`);
  } else if (/^\d+$/.test(s)) {
    host = DEFAULT_LISTEN.host;
    portText = s;
  } else {
    const colon = s.lastIndexOf(":");
    if (colon < 0) throw new Error(`"${text}": expected HOST:PORT`);
    host = s.slice(0, colon);
    portText = s.slice(colon + 1);
    // A bare IPv6 address would split at its last colon and look like host "::" port "1".
    if (host.includes(":")) throw new Error(`"${text}": write IPv6 addresses in brackets, e.g. [::1]:4800`);
    if (host === "") host = DEFAULT_LISTEN.host;
  }
  if (!/^\d{1,5}$/.test(portText)) throw new Error(`"${text}": port must be a number from 0 to 65535`);
  const port = Number(portText);
  if (port > 65535) throw new Error(`"${text}": port must be a number from 0 to 65535`);
  if (/\s/.test(host)) throw new Error(`"${text}": host contains white space`);
  return { host, port };
}

/** Formats an address for URLs and logs, bracketing IPv6 hosts. */
export function formatListen({ host, port }: ListenAddress): string {
  return host.includes(":") ? `[${host}]:${port}` : `${host}:${port}`;
}
