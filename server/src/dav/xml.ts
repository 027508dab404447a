// XML for WebDAV bodies: a strict, namespace-aware parse into a small element tree (saxes), and
// writing elements back so that they carry every namespace they use. Dead property values and
// lock owners are stored in that self-contained form, so they can be embedded anywhere in a
// response whatever prefixes the response itself uses.
import { SaxesParser } from "saxes";
import { invalidArgument } from "../errors.js";

export const DAV_NS = "DAV:";
const XML_NS = "http://www.w3.org/XML/1998/namespace";
const XMLNS_NS = "http://www.w3.org/2000/xmlns/";

export interface XmlAttribute {
  ns: string;
  name: string;
  value: string;
}

export interface XmlElement {
  /** The namespace URI; "" for no namespace. */
  ns: string;
  /** The local name. */
  name: string;
  /** Attributes other than namespace declarations. */
  attrs: XmlAttribute[];
  children: XmlNode[];
}

export type XmlNode = XmlElement | string;

/**
 * Parses a whole document. Anything not well-formed, or not namespace-well-formed (unbound
 * prefixes, `xmlns:p=""`), throws INVALID_ARGUMENT XML_INVALID. Document type declarations are
 * refused: WebDAV bodies have no use for them, and entity definitions are how XML bombs work.
 */
export function parseXml(text: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true });
  let failure: string | undefined;
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  parser.on("error", (err) => {
    failure ??= err.message;
  });
  parser.on("doctype", () => {
    failure ??= "document type declarations are not accepted";
  });
  parser.on("opentag", (tag) => {
    const attrs: XmlAttribute[] = [];
    for (const a of Object.values(tag.attributes)) {
      if (a.uri === XMLNS_NS) continue;
      attrs.push({ ns: a.uri, name: a.local, value: a.value });
    }
    const el: XmlElement = { ns: tag.uri ?? "", name: tag.local, attrs, children: [] };
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(el);
    else root = el;
    stack.push(el);
  });
  const addText = (t: string) => {
    const parent = stack[stack.length - 1];
    if (!parent) return; // whitespace around the root element
    const last = parent.children[parent.children.length - 1];
    if (typeof last === "string") parent.children[parent.children.length - 1] = last + t;
    else parent.children.push(t);
  };
  parser.on("text", addText);
  parser.on("cdata", addText);
  parser.on("closetag", () => {
    stack.pop();
  });
  try {
    parser.write(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).close();
  } catch (err) {
    failure ??= err instanceof Error ? err.message : String(err);
  }
  if (failure !== undefined || !root) throw invalidArgument("XML_INVALID", `the request body is not well-formed XML: ${failure ?? "no root element"}`);
  return root;
}

/** Child elements (text between them, usually whitespace, is dropped). */
export const elementsOf = (el: XmlElement): XmlElement[] => el.children.filter((c): c is XmlElement => typeof c !== "string");

export const isElement = (el: XmlElement, ns: string, name: string): boolean => el.ns === ns && el.name === name;

/** The first child element with this name, or undefined. */
export const childOf = (el: XmlElement, ns: string, name: string): XmlElement | undefined => elementsOf(el).find((c) => isElement(c, ns, name));

/** All text inside an element, markup removed. */
export function textOf(el: XmlElement): string {
  return el.children.map((c) => (typeof c === "string" ? c : textOf(c))).join("");
}

export function escapeText(s: string): string {
  return s.replace(/[&<>\r]/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : "&#13;"));
}

export function escapeAttr(s: string): string {
  return s.replace(/[&<>"\r\n\t]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * Writes an element with every namespace it and its descendants use declared inside it.
 * Elements use the default namespace (redeclared where it changes, `xmlns=""` for no
 * namespace); namespaced attributes get generated prefixes; `xml:` needs no declaration.
 */
export function writeElement(el: XmlElement): string {
  return write(el, undefined);
}

/** The children of an element written as above (the value of a property, a lock's owner). */
export function writeContent(el: XmlElement): string {
  return el.children.map((c) => (typeof c === "string" ? escapeText(c) : write(c, undefined))).join("");
}

/** An empty element naming a property: `<name xmlns="ns"/>`, or `<D:name/>` in the DAV: namespace. */
export function emptyElement(ns: string, name: string): string {
  return ns === DAV_NS ? `<D:${name}/>` : `<${name} xmlns="${escapeAttr(ns)}"/>`;
}

function write(el: XmlElement, defaultNs: string | undefined): string {
  let out = `<${el.name}`;
  if (el.ns !== defaultNs) out += ` xmlns="${escapeAttr(el.ns)}"`;
  let n = 0;
  for (const a of el.attrs) {
    if (a.ns === "") out += ` ${a.name}="${escapeAttr(a.value)}"`;
    else if (a.ns === XML_NS) out += ` xml:${a.name}="${escapeAttr(a.value)}"`;
    else {
      const p = `a${n++}`;
      out += ` xmlns:${p}="${escapeAttr(a.ns)}" ${p}:${a.name}="${escapeAttr(a.value)}"`;
    }
  }
  if (el.children.length === 0) return `${out}/>`;
  out += ">";
  for (const c of el.children) out += typeof c === "string" ? escapeText(c) : write(c, el.ns);
  return `${out}</${el.name}>`;
}
