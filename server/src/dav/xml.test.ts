import { describe, expect, it } from "vitest";
import { elementsOf, parseXml, textOf, writeContent, writeElement } from "./xml.js";

describe("parseXml", () => {
  it("resolves prefixes, default namespaces and the empty namespace", () => {
    const el = parseXml('<?xml version="1.0"?><D:a xmlns:D="DAV:" xmlns="urn:x"><b/><c xmlns=""/><D:d/></D:a>');
    expect([el.ns, el.name]).toEqual(["DAV:", "a"]);
    expect(elementsOf(el).map((c) => [c.ns, c.name])).toEqual([
      ["urn:x", "b"],
      ["", "c"],
      ["DAV:", "d"],
    ]);
  });

  it("decodes character references beyond the BMP, entities and CDATA", () => {
    expect(textOf(parseXml("<a>&#65536;&amp;&lt;<![CDATA[<b>]]></a>"))).toBe("\u{10000}&<<b>");
  });

  it.each([
    ["an unclosed element", "<foo>"],
    ["an undefined prefix ('xmlns:p=\"\"')", '<D:a xmlns:D="DAV:"><p:b xmlns:p=""/></D:a>'],
    ["an unbound prefix", "<p:a/>"],
    ["a document type declaration", '<!DOCTYPE a [<!ENTITY x "xxxxxxxx">]><a>&x;</a>'],
    ["two root elements", "<a/><b/>"],
    ["an empty document", ""],
  ])("refuses %s with XML_INVALID", (_what, text) => {
    expect(() => parseXml(text)).toThrow(expect.objectContaining({ reason: "XML_INVALID" }));
  });
});

describe("writeElement", () => {
  it("writes elements that carry every namespace they use, so they can be embedded anywhere", () => {
    const el = parseXml("<t:v xmlns:t='urn:t'><foo xmlns='http://bar'/>x</t:v>");
    const xml = writeElement(el);
    expect(xml).toBe('<v xmlns="urn:t"><foo xmlns="http://bar"/>x</v>');
    // Embedded under another default namespace, it reads back the same.
    const again = elementsOf(parseXml(`<r xmlns="urn:other">${xml}</r>`))[0]!;
    expect(again).toEqual(el);
  });

  it("undeclares the default namespace for elements in no namespace, and keeps namespaced attributes and xml:lang", () => {
    const el = parseXml('<a xmlns:q="urn:q" q:k="1" xml:lang="en" plain="&quot;">t&amp;</a>');
    const xml = writeElement(el);
    expect(xml).toContain('xmlns=""');
    expect(parseXml(`<r xmlns="urn:other">${xml}</r>`).children[0]).toEqual(el);
  });

  it("writes an element's content for lock owners", () => {
    expect(writeContent(parseXml('<D:owner xmlns:D="DAV:"><D:href>mailto:a@b</D:href> me</D:owner>'))).toBe('<href xmlns="DAV:">mailto:a@b</href> me');
  });
});
