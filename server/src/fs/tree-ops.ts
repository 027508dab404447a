// The FileService tree calls on handles: which tree and root a handle reaches (cur moves with
// edits, versions never do), whether it may write, and the operations themselves. The policy
// checked the caller's right on the MiMei behind the handle; this checks what the handle carries.
import { failedPrecondition, permissionDenied } from "../errors.js";
import type { HandleState, MiMeiStore } from "../mimei/index.js";
import type { Trees } from "./tree-service.js";
import type { FindQuery, Page, PageOf, TreeChange, TreeEntry } from "./tree-types.js";

const RIGHT_READ = 1;

export interface TreeOps {
  /** The tree behind a handle: its MiMei, version and the root it reads now. */
  resolve(userId: string | null, handle: string): { state: HandleState; root: string };
  /** As resolve, for an edit: the handle must be on cur and opened with the write right. */
  resolveForWrite(userId: string | null, handle: string): HandleState;
  /** Whether a handle is a MiMei handle on a tree (false for file, temp and unknown handles). */
  isTreeHandle(userId: string | null, handle: string): boolean;
  stat(userId: string | null, handle: string, path: string): TreeEntry;
  exists(userId: string | null, handle: string, path: string): TreeEntry | undefined;
  makeDir(userId: string | null, handle: string, path: string, parents: boolean): TreeEntry;
  readDir(userId: string | null, handle: string, path: string, page: Partial<Page>): PageOf<TreeEntry>;
  find(userId: string | null, handle: string, path: string, query: FindQuery, page: Partial<Page>): PageOf<TreeEntry>;
  /** Copies from this tree's cur, or from a version of any tree the caller may read. */
  copy(userId: string | null, handle: string, source: { mimeiId: string; version: string; path: string }, to: string, overwrite: boolean): TreeEntry;
  move(userId: string | null, handle: string, from: string, to: string, overwrite: boolean): TreeEntry;
  /** A file or an empty directory. */
  remove(userId: string | null, handle: string, path: string): void;
  /** A path with everything below it; the root empties the tree. Returns entries removed. */
  removeAll(userId: string | null, handle: string, path: string): number;
  diff(mimeiId: string, fromVersion: string, toVersion: string, path: string, page: Partial<Page>): PageOf<TreeChange> & { fromRoot: string; toRoot: string };
}

export interface TreeOpsDeps {
  mimei: MiMeiStore;
  trees: Trees;
  can(userId: string | null, mimeiId: string, right: number): boolean;
}

export function isTreeType(type: string): boolean {
  return type === "mmfs" || type === "app";
}

export function createTreeOps(deps: TreeOpsDeps): TreeOps {
  const { mimei, trees } = deps;

  function treeState(state: HandleState): HandleState {
    if (!isTreeType(state.type)) {
      throw failedPrecondition("NOT_A_TREE", `MiMei ${state.mimeiId} is a ${state.type} MiMei; tree calls need an mmfs or app MiMei`, { mimei_id: state.mimeiId });
    }
    return state;
  }

  const ops: TreeOps = {
    resolve(userId, handle) {
      const state = treeState(mimei.handles.resolve(handle, userId));
      return { state, root: trees.rootOfHandle(state) };
    },
    resolveForWrite: (userId, handle) => treeState(mimei.handles.resolveForWrite(handle, userId)),
    isTreeHandle(userId, handle) {
      try {
        return isTreeType(mimei.handles.resolve(handle, userId).type);
      } catch {
        return false;
      }
    },
    stat(userId, handle, path) {
      return trees.stat(ops.resolve(userId, handle).root, path);
    },
    exists(userId, handle, path) {
      return trees.lookup(ops.resolve(userId, handle).root, path);
    },
    makeDir(userId, handle, path, parents) {
      const { mimeiId } = ops.resolveForWrite(userId, handle);
      return trees.edit(mimeiId, (d) => d.mkdir(path, { parents }));
    },
    readDir(userId, handle, path, page) {
      return trees.list(ops.resolve(userId, handle).root, path, page);
    },
    find(userId, handle, path, query, page) {
      return trees.find(ops.resolve(userId, handle).root, path, query, page);
    },
    copy(userId, handle, source, to, overwrite) {
      const { mimeiId } = ops.resolveForWrite(userId, handle);
      const fromOther = source.mimeiId !== "" && source.mimeiId !== mimeiId;
      const fromVersion = source.version !== "" && source.version !== "cur";
      if (fromOther && !deps.can(userId, source.mimeiId, RIGHT_READ)) {
        throw permissionDenied("SOURCE_NOT_READABLE", `you may not read MiMei ${source.mimeiId}`, { mimei_id: source.mimeiId });
      }
      const root = fromOther || fromVersion ? trees.root(fromOther ? source.mimeiId : mimeiId, source.version || "cur").root : "";
      return trees.edit(mimeiId, (d) => d.copy({ root, path: source.path }, to, { overwrite }));
    },
    move(userId, handle, from, to, overwrite) {
      const { mimeiId } = ops.resolveForWrite(userId, handle);
      return trees.edit(mimeiId, (d) => d.move(from, to, { overwrite }));
    },
    remove(userId, handle, path) {
      const { mimeiId } = ops.resolveForWrite(userId, handle);
      trees.edit(mimeiId, (d) => d.remove(path, { recursive: false }));
    },
    removeAll(userId, handle, path) {
      const { mimeiId } = ops.resolveForWrite(userId, handle);
      return trees.edit(mimeiId, (d) => d.remove(path, { recursive: true }));
    },
    diff(mimeiId, fromVersion, toVersion, path, page) {
      const from = trees.root(mimeiId, fromVersion || "cur").root;
      const to = trees.root(mimeiId, toVersion || "cur").root;
      return { ...trees.diff(from, to, path, page), fromRoot: from, toRoot: to };
    },
  };
  return ops;
}
