// App names and ids: an app is the APP MiMei its author made with no app id, no ext and the
// app's name as the mark, so anyone can compute an app's id from its author and name.
import { invalidArgument } from "../errors.js";
import { computeMiMeiId, type MiMeiInfo } from "../mimei/index.js";

const NAME_RE = /^[A-Za-z0-9._-]{1,64}$/;

/** 1 to 64 letters, digits, '.', '_' and '-'; not "auto" (which makes a fresh id every time), "." or "..". */
export function isAppName(name: string): boolean {
  return NAME_RE.test(name) && name !== "auto" && name !== "." && name !== "..";
}

export function checkAppName(name: string): string {
  if (!isAppName(name)) {
    throw invalidArgument("INVALID_APP_NAME", 'an app name is 1 to 64 letters, digits, ".", "_" or "-" (and not "auto", "." or "..")', { name: name.slice(0, 64) });
  }
  return name;
}

/** The id of `authorId`'s app `name`, whether or not it exists. */
export function computeAppId(authorId: string, name: string): string {
  return computeMiMeiId({ authorId, type: "app", appId: "", ext: "", mark: checkAppName(name) });
}

/** Whether a MiMei is an app as uploads make them (not any APP MiMei made with Create). */
export const isAppMiMei = (m: Pick<MiMeiInfo, "type" | "appId" | "ext" | "mark">): boolean =>
  m.type === "app" && m.appId === "" && m.ext === "" && isAppName(m.mark);
