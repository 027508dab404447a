// WebDAV at /dav/{mimeiId}/ end to end over a real socket: authentication (HTTP Basic by password
// or pass, Bearer), rights through the policy, files in and out, PROPFIND, COPY/MOVE with their
// dead properties, locks, and paths that try to leave the tree. The litmus suite
// (`npm run test:litmus`) covers the protocol in breadth; these are the node's own promises.
import { createHash, randomBytes } from "node:crypto";
import { request } from "node:http";
import { MiMeiType, Right } from "@leither/api/leither/v1/common_pb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestNode, type TestNode } from "./support/in-process-node.js";
import { createClients, type Clients } from "./support/rpc.js";

const PASSWORD = "correct horse battery";
const sha = (b: Uint8Array | string) => createHash("sha256").update(b).digest("hex");

let node: TestNode;

interface User {
  name: string;
  id: string;
  c: Clients;
  session: string;
  basic: string;
}

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
  text: string;
}

/** One request with the path sent exactly as given (no client-side normalization). */
function dav(method: string, path: string, opts: { auth?: string; headers?: Record<string, string>; body?: string | Buffer } = {}): Promise<Reply> {
  const { hostname, port } = new URL(node.url);
  const headers: Record<string, string> = { ...opts.headers };
  if (opts.auth) headers.authorization = opts.auth;
  if (opts.body !== undefined) headers["content-length"] = String(Buffer.byteLength(opts.body));
  return new Promise((resolve, reject) => {
    const req = request({ host: hostname, port, method, path, headers }, (res) => {
      const parts: Buffer[] = [];
      res.on("data", (d: Buffer) => parts.push(d));
      res.on("end", () => {
        const body = Buffer.concat(parts);
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body, text: body.toString("utf8") });
      });
    });
    req.on("error", reject);
    req.end(opts.body);
  });
}

async function register(name: string): Promise<User> {
  const anon = createClients(node.url);
  const { userId } = await anon.identity.register({ name, password: PASSWORD });
  const { sessionId } = await anon.identity.login({ credential: { case: "password", value: { name, password: PASSWORD } } });
  return { name, id: userId, c: createClients(node.url, { session: sessionId }), session: sessionId, basic: `Basic ${Buffer.from(`${name}:${PASSWORD}`).toString("base64")}` };
}

async function newTree(owner: User, type = MiMeiType.MMFS): Promise<string> {
  return (await owner.c.mimei.create({ type, mark: "auto" })).mimeiId;
}

/** The hrefs of a PROPFIND multistatus, in order. */
const hrefs = (xml: string) => [...xml.matchAll(/<D:href>([^<]*)<\/D:href>/g)].map((m) => m[1]!);

/** Names in the tree root as the FileService sees them (the same tree, through the RPCs). */
async function rpcNames(owner: User, mimeiId: string, path = "/"): Promise<string[]> {
  const { handle } = await owner.c.mimei.open({ mimeiId, version: "cur" });
  return (await owner.c.file.readDir({ handle, path })).entries.map((e) => `${e.name}${e.isDir ? "/" : ""}`);
}

let alice: User;
let bob: User;

beforeAll(async () => {
  node = await startTestNode();
  alice = await register("alice");
  bob = await register("bob");
}, 60_000);

afterAll(async () => {
  await node?.close();
});

describe("WebDAV authentication and rights", () => {
  let tree: string;
  beforeAll(async () => {
    tree = await newTree(alice);
  });

  it("answers a request without credentials on a private tree with 401 and a Basic challenge", async () => {
    const r = await dav("PROPFIND", `/dav/${tree}/`, { headers: { depth: "0" } });
    expect(r.status).toBe(401);
    expect(r.headers["www-authenticate"]).toMatch(/^Basic realm="leither"/);
  });

  it("answers a wrong password with 401", async () => {
    const r = await dav("PROPFIND", `/dav/${tree}/`, { auth: `Basic ${Buffer.from("alice:wrong password").toString("base64")}`, headers: { depth: "0" } });
    expect(r.status).toBe(401);
    expect(r.headers["www-authenticate"]).toMatch(/^Basic/);
  });

  it("lets the owner in by name and password, by a pass as the password, and by a session", async () => {
    const { token } = await alice.c.identity.signPass({ hours: 1 });
    for (const auth of [alice.basic, `Basic ${Buffer.from(`whoever:${token}`).toString("base64")}`, `Bearer ${alice.session}`]) {
      const r = await dav("PROPFIND", `/dav/${tree}/`, { auth, headers: { depth: "0" } });
      expect(r.status).toBe(207);
    }
  });

  it("refuses a user without rights with 403", async () => {
    expect((await dav("PROPFIND", `/dav/${tree}/`, { auth: bob.basic, headers: { depth: "0" } })).status).toBe(403);
    expect((await dav("PUT", `/dav/${tree}/x.txt`, { auth: bob.basic, body: "x" })).status).toBe(403);
  });

  it("lets a reader read but not write, and a refused write changes nothing", async () => {
    const shared = await newTree(alice);
    expect((await dav("PUT", `/dav/${shared}/a.txt`, { auth: alice.basic, body: "original" })).status).toBe(201);
    await alice.c.mimei.setRight({ mimeiId: shared, member: bob.id, rights: BigInt(Right.READ) });
    expect((await dav("GET", `/dav/${shared}/a.txt`, { auth: bob.basic })).text).toBe("original");
    for (const [method, path, headers] of [
      ["PUT", "a.txt", {}],
      ["PUT", "b.txt", {}],
      ["DELETE", "a.txt", {}],
      ["MKCOL", "d", {}],
      ["MOVE", "a.txt", { destination: `/dav/${shared}/c.txt` }],
      ["PROPPATCH", "a.txt", {}],
      ["LOCK", "a.txt", {}],
    ] as const) {
      const r = await dav(method, `/dav/${shared}/${path}`, { auth: bob.basic, headers, body: method === "PUT" ? "changed" : undefined });
      expect({ method, status: r.status }).toEqual({ method, status: 403 });
    }
    expect(await rpcNames(alice, shared)).toEqual(["a.txt"]);
    expect((await dav("GET", `/dav/${shared}/a.txt`, { auth: alice.basic })).text).toBe("original");
  });

  it("lets guests read a public tree without credentials, and asks them to log in to write", async () => {
    const pub = (await alice.c.mimei.create({ type: MiMeiType.MMFS, mark: "auto", publicRights: BigInt(Right.READ) })).mimeiId;
    expect((await dav("PROPFIND", `/dav/${pub}/`, { headers: { depth: "0" } })).status).toBe(207);
    const put = await dav("PUT", `/dav/${pub}/x`, { body: "x" });
    expect(put.status).toBe(401);
    expect(put.headers["www-authenticate"]).toMatch(/^Basic/);
  });

  it("serves only file trees: a FILE MiMei has no WebDAV collection", async () => {
    const file = await newTree(alice, MiMeiType.FILE);
    expect((await dav("PROPFIND", `/dav/${file}/`, { auth: alice.basic, headers: { depth: "0" } })).status).toBe(404);
  });
});

describe("WebDAV files and collections", () => {
  let tree: string;
  let base: string;
  beforeAll(async () => {
    tree = await newTree(alice);
    base = `/dav/${tree}`;
  });

  it("stores a PUT and gives the same bytes back, with the content hash as ETag", async () => {
    const data = randomBytes(3 * 1024 * 1024 + 17);
    const put = await dav("PUT", `${base}/big.bin`, { auth: alice.basic, body: data });
    expect(put.status).toBe(201);
    expect(put.headers.etag).toBe(`"${sha(data)}"`);
    const get = await dav("GET", `${base}/big.bin`, { auth: alice.basic });
    expect(get.status).toBe(200);
    expect(sha(get.body)).toBe(sha(data));
    expect(get.headers.etag).toBe(`"${sha(data)}"`);
    const range = await dav("GET", `${base}/big.bin`, { auth: alice.basic, headers: { range: "bytes=1048570-1048580" } });
    expect(range.status).toBe(206);
    expect(range.body.equals(data.subarray(1048570, 1048581))).toBe(true);
    expect((await dav("GET", `${base}/big.bin`, { auth: alice.basic, headers: { "if-none-match": `"${sha(data)}"` } })).status).toBe(304);
  });

  it("answers 204 when a PUT replaces a file, and sets the type from the name", async () => {
    expect((await dav("PUT", `${base}/page.html`, { auth: alice.basic, body: "<p>one</p>" })).status).toBe(201);
    expect((await dav("PUT", `${base}/page.html`, { auth: alice.basic, body: "<p>two</p>" })).status).toBe(204);
    const get = await dav("GET", `${base}/page.html`, { auth: alice.basic });
    expect(get.text).toBe("<p>two</p>");
    expect(get.headers["content-type"]).toMatch(/^text\/html/);
  });

  it("refuses a PUT into a missing collection with 409 and a MKCOL over a file with 405", async () => {
    expect((await dav("PUT", `${base}/nowhere/x.txt`, { auth: alice.basic, body: "x" })).status).toBe(409);
    expect((await dav("MKCOL", `${base}/page.html`, { auth: alice.basic })).status).toBe(405);
  });

  it("lists a collection with PROPFIND Depth 1: itself first, then each member with its properties", async () => {
    expect((await dav("MKCOL", `${base}/docs/`, { auth: alice.basic })).status).toBe(201);
    expect((await dav("PUT", `${base}/docs/a.txt`, { auth: alice.basic, body: "hello" })).status).toBe(201);
    expect((await dav("MKCOL", `${base}/docs/sub/`, { auth: alice.basic })).status).toBe(201);
    expect((await dav("PUT", `${base}/docs/sub/deep.txt`, { auth: alice.basic, body: "deep" })).status).toBe(201);
    const r = await dav("PROPFIND", `${base}/docs/`, { auth: alice.basic, headers: { depth: "1" } });
    expect(r.status).toBe(207);
    expect(hrefs(r.text)).toEqual([`${base}/docs/`, `${base}/docs/a.txt`, `${base}/docs/sub/`]);
    const fileResponse = r.text.slice(r.text.indexOf(`${base}/docs/a.txt`));
    expect(fileResponse).toMatch(/<D:getcontentlength>5<\/D:getcontentlength>/);
    expect(fileResponse).toContain(`<D:getetag>"${sha("hello")}"</D:getetag>`);
    expect(r.text).toContain("<D:resourcetype><D:collection/></D:resourcetype>");
    const d0 = await dav("PROPFIND", `${base}/docs/`, { auth: alice.basic, headers: { depth: "0" } });
    expect(hrefs(d0.text)).toEqual([`${base}/docs/`]);
    const dinf = await dav("PROPFIND", `${base}/docs/`, { auth: alice.basic, headers: { depth: "infinity" } });
    expect(hrefs(dinf.text)).toContain(`${base}/docs/sub/deep.txt`);
    expect(await rpcNames(alice, tree, "/docs")).toEqual(["a.txt", "sub/"]);
  });

  it("answers malformed PROPFIND bodies and Depth values with 400", async () => {
    expect((await dav("PROPFIND", `${base}/`, { auth: alice.basic, headers: { depth: "0" }, body: "<propfind" })).status).toBe(400);
    expect((await dav("PROPFIND", `${base}/`, { auth: alice.basic, headers: { depth: "2" } })).status).toBe(400);
  });

  it("copies and moves files and collections, with their dead properties", async () => {
    const patch = `<?xml version="1.0"?><D:propertyupdate xmlns:D="DAV:" xmlns:Z="urn:z"><D:set><D:prop><Z:color>blue</Z:color></D:prop></D:set></D:propertyupdate>`;
    expect((await dav("PROPPATCH", `${base}/docs/a.txt`, { auth: alice.basic, body: patch })).status).toBe(207);
    const colorOf = async (path: string) => {
      const r = await dav("PROPFIND", path, { auth: alice.basic, headers: { depth: "0" }, body: `<D:propfind xmlns:D="DAV:"><D:prop><color xmlns="urn:z"/></D:prop></D:propfind>` });
      return /<color xmlns="urn:z">([^<]*)<\/color>/.exec(r.text)?.[1];
    };

    const copy = await dav("COPY", `${base}/docs/`, { auth: alice.basic, headers: { destination: `${node.url}${base}/copy/` } });
    expect(copy.status).toBe(201);
    expect((await dav("GET", `${base}/copy/sub/deep.txt`, { auth: alice.basic })).text).toBe("deep");
    expect(await colorOf(`${base}/copy/a.txt`)).toBe("blue");

    // Overwrite: F refuses an existing destination and leaves it alone.
    const refused = await dav("COPY", `${base}/page.html`, { auth: alice.basic, headers: { destination: `${base}/copy/a.txt`, overwrite: "F" } });
    expect(refused.status).toBe(412);
    expect((await dav("GET", `${base}/copy/a.txt`, { auth: alice.basic })).text).toBe("hello");

    const move = await dav("MOVE", `${base}/copy/`, { auth: alice.basic, headers: { destination: `${base}/moved/` } });
    expect(move.status).toBe(201);
    expect((await dav("PROPFIND", `${base}/copy/`, { auth: alice.basic, headers: { depth: "0" } })).status).toBe(404);
    expect(await colorOf(`${base}/moved/a.txt`)).toBe("blue");

    // Moving onto an existing file replaces it (204); DELETE takes the properties along.
    expect((await dav("MOVE", `${base}/moved/a.txt`, { auth: alice.basic, headers: { destination: `${base}/page.html` } })).status).toBe(204);
    expect(await colorOf(`${base}/page.html`)).toBe("blue");
    expect((await dav("DELETE", `${base}/page.html`, { auth: alice.basic })).status).toBe(204);
    expect((await dav("PUT", `${base}/page.html`, { auth: alice.basic, body: "new" })).status).toBe(201);
    expect(await colorOf(`${base}/page.html`)).toBeUndefined();
  });
});

describe("WebDAV locks", () => {
  let base: string;
  const lockBody = (scope: "exclusive" | "shared") =>
    `<?xml version="1.0"?><D:lockinfo xmlns:D="DAV:"><D:lockscope><D:${scope}/></D:lockscope><D:locktype><D:write/></D:locktype><D:owner>test</D:owner></D:lockinfo>`;
  beforeAll(async () => {
    base = `/dav/${await newTree(alice)}`;
    await dav("PUT", `${base}/doc.txt`, { auth: alice.basic, body: "v1" });
  });

  it("grants an exclusive lock and refuses a second one with 423", async () => {
    const first = await dav("LOCK", `${base}/doc.txt`, { auth: alice.basic, body: lockBody("exclusive"), headers: { timeout: "Second-60" } });
    expect(first.status).toBe(200);
    const token = /^<(.+)>$/.exec(String(first.headers["lock-token"]))![1]!;
    expect(first.text).toContain(`<D:href>${token}</D:href>`);
    expect((await dav("LOCK", `${base}/doc.txt`, { auth: alice.basic, body: lockBody("shared") })).status).toBe(423);

    // Writes without the token are refused; with it, they go through.
    const blocked = await dav("PUT", `${base}/doc.txt`, { auth: alice.basic, body: "v2" });
    expect(blocked.status).toBe(423);
    expect(blocked.text).toContain("lock-token-submitted");
    expect((await dav("DELETE", `${base}/doc.txt`, { auth: alice.basic })).status).toBe(423);
    expect((await dav("GET", `${base}/doc.txt`, { auth: alice.basic })).text).toBe("v1");
    expect((await dav("PUT", `${base}/doc.txt`, { auth: alice.basic, body: "v2", headers: { if: `(<${token}>)` } })).status).toBe(204);

    // The token works only for the user who locked.
    await alice.c.mimei.setRight({ mimeiId: base.split("/")[2]!, member: bob.id, rights: BigInt(Right.READ | Right.WRITE) });
    expect((await dav("PUT", `${base}/doc.txt`, { auth: bob.basic, body: "bob", headers: { if: `(<${token}>)` } })).status).toBe(423);
    expect((await dav("UNLOCK", `${base}/doc.txt`, { auth: bob.basic, headers: { "lock-token": `<${token}>` } })).status).toBe(403);

    expect((await dav("UNLOCK", `${base}/doc.txt`, { auth: alice.basic, headers: { "lock-token": `<${token}>` } })).status).toBe(204);
    expect((await dav("PUT", `${base}/doc.txt`, { auth: bob.basic, body: "v3" })).status).toBe(204);
  });

  it("creates an empty file when locking an unmapped URL (201)", async () => {
    const r = await dav("LOCK", `${base}/new.txt`, { auth: alice.basic, body: lockBody("exclusive") });
    expect(r.status).toBe(201);
    const get = await dav("GET", `${base}/new.txt`, { auth: alice.basic });
    expect(get.status).toBe(200);
    expect(get.body.length).toBe(0);
  });

  it("protects the members of a collection locked at depth infinity", async () => {
    await dav("MKCOL", `${base}/locked/`, { auth: alice.basic });
    const r = await dav("LOCK", `${base}/locked/`, { auth: alice.basic, body: lockBody("exclusive"), headers: { depth: "infinity" } });
    const token = /^<(.+)>$/.exec(String(r.headers["lock-token"]))![1]!;
    expect((await dav("PUT", `${base}/locked/inside.txt`, { auth: alice.basic, body: "x" })).status).toBe(423);
    expect((await dav("PUT", `${base}/locked/inside.txt`, { auth: alice.basic, body: "x", headers: { if: `<${node.url}${base}/locked/> (<${token}>)` } })).status).toBe(201);
    expect((await dav("MOVE", `${base}/locked/inside.txt`, { auth: alice.basic, headers: { destination: `${base}/out.txt` } })).status).toBe(423);
  });

  it("keeps a lock across a restart of the node: writes still need its token, and UNLOCK ends it", async () => {
    const r = await dav("LOCK", `${base}/kept.txt`, { auth: alice.basic, body: lockBody("exclusive"), headers: { timeout: "Second-3600" } });
    expect(r.status).toBe(201);
    const token = /^<(.+)>$/.exec(String(r.headers["lock-token"]))![1]!;
    await node.restart();
    // Basic auth needs no session, so the same credentials work on the restarted node.
    const found = await dav("PROPFIND", `${base}/kept.txt`, { auth: alice.basic, headers: { depth: "0" }, body: `<?xml version="1.0"?><D:propfind xmlns:D="DAV:"><D:prop><D:lockdiscovery/></D:prop></D:propfind>` });
    expect(found.text).toContain(token);
    expect((await dav("PUT", `${base}/kept.txt`, { auth: alice.basic, body: "x" })).status).toBe(423);
    expect((await dav("PUT", `${base}/kept.txt`, { auth: alice.basic, body: "x", headers: { if: `(<${token}>)` } })).status).toBe(204);
    expect((await dav("UNLOCK", `${base}/kept.txt`, { auth: alice.basic, headers: { "lock-token": `<${token}>` } })).status).toBe(204);
    expect((await dav("PUT", `${base}/kept.txt`, { auth: alice.basic, body: "y" })).status).toBe(204);
  });

  it("answers a false If header with 412", async () => {
    expect((await dav("PUT", `${base}/doc.txt`, { auth: alice.basic, body: "x", headers: { if: "(<DAV:no-lock>)" } })).status).toBe(412);
    expect((await dav("PUT", `${base}/doc.txt`, { auth: alice.basic, body: "x", headers: { if: "(<DAV:no-lock" } })).status).toBe(400);
  });
});

describe("WebDAV paths that try to leave the tree", () => {
  let tree: string;
  beforeAll(async () => {
    tree = await newTree(alice);
    await dav("MKCOL", `/dav/${tree}/a/`, { auth: alice.basic });
  });

  it.each([
    ["'..' segments", "/a/../../x"],
    ["percent-encoded '..'", "/a/%2e%2e/x"],
    ["an encoded slash", "/a%2Fx"],
    ["an encoded backslash", "/a%5Cx"],
    ["an encoded NUL", "/x%00"],
    ["a fragment", "/a/#x"],
  ])("refuses %s with 400 and stores nothing", async (_what, path) => {
    const r = await dav("PUT", `/dav/${tree}${path}`, { auth: alice.basic, body: "escape" });
    expect(r.status).toBe(400);
    expect(await rpcNames(alice, tree)).toEqual(["a/"]);
    expect(await rpcNames(alice, tree, "/a")).toEqual([]);
  });

  it("refuses a traversing Destination with 400", async () => {
    await dav("PUT", `/dav/${tree}/a/f`, { auth: alice.basic, body: "f" });
    const r = await dav("MOVE", `/dav/${tree}/a/f`, { auth: alice.basic, headers: { destination: `/dav/${tree}/a/%2e%2e/%2e%2e/f` } });
    expect(r.status).toBe(400);
    expect(await rpcNames(alice, tree, "/a")).toEqual(["f"]);
  });

  it("refuses COPY and MOVE into another MiMei (502) and into the source itself (403)", async () => {
    const other = await newTree(alice);
    expect((await dav("COPY", `/dav/${tree}/a/`, { auth: alice.basic, headers: { destination: `/dav/${other}/a/` } })).status).toBe(502);
    expect((await dav("MOVE", `/dav/${tree}/a/`, { auth: alice.basic, headers: { destination: `/dav/${tree}/a/b/` } })).status).toBe(403);
    expect(await rpcNames(alice, other)).toEqual([]);
  });
});
