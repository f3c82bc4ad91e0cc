import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { htmlDocument } from "./html.js";
import {
  MAX_ATTRIBUTES_PER_ELEMENT,
  MAX_HTML_ATTRIBUTES,
  MAX_HTML_BYTES,
  MAX_HTML_DEPTH,
  MAX_HTML_DEPTH_TOTAL,
  MAX_HTML_ELEMENTS,
  htmlShapeProblem,
  measureHtml,
} from "./html-shape.js";

const ROOT = resolve(__dirname, "../..");

function page(body: string): string {
  return `<!doctype html><html><head><title>A page</title></head><body>${body}</body></html>`;
}

const SENTENCE = "<p>The town council met on Tuesday and agreed to mend the bridge before the rains come.</p>";

describe("measureHtml", () => {
  it("counts nesting, elements and attributes", () => {
    const s = measureHtml(page(`<div class="a" id="b"><section><p>Text <b>bold</b></p></section></div>`));
    // html > body > div > section > p > b
    expect(s.depth).toBe(6);
    expect(s.elements).toBe(8); // html head title body div section p b
    expect(s.attributes).toBe(2);
    expect(s.attributesPerElement).toBe(2);
  });

  it("follows the parser: void elements, implied ends, raw text, self-closing only in svg", () => {
    // Paragraphs and list items left open close each other, as the parser closes them.
    expect(measureHtml(page("<p>one<p>two<p>three<ul><li>a<li>b<li>c</ul>")).depth).toBe(4);
    expect(measureHtml(page("<br><img src=x><hr><input>".repeat(50))).depth).toBe(3); // html > head > title
    expect(measureHtml(page(`<script>${"<div>".repeat(500)}</script><style>${"<b>".repeat(500)}</style>`)).depth).toBe(3);
    expect(measureHtml(page(`<svg>${'<path d="M0 0"/>'.repeat(500)}</svg>`)).depth).toBe(3);
    // Outside svg a "/>" does not close: the parser nests these.
    expect(measureHtml(page("<div/>".repeat(50))).depth).toBe(52);
    // A closing tag closes what was opened since its opening tag; a stray one changes nothing.
    expect(measureHtml(page("<div><span><em>x</div></span></em>")).depth).toBe(5);
    expect(measureHtml("<!-- <div><div><div> -->" + page(`<a title="a > b" href='x'>y</a>`))).toMatchObject({ depth: 3, attributes: 2 });
  });

  it("costs time in proportion to the length, whatever the shape", () => {
    const nested = `<div>`.repeat(200_000);
    const unclosedQuote = `<div title="${"x".repeat(1_000_000)}`;
    const manyLt = "a < b ".repeat(200_000);
    expect(measureHtml(nested).depth).toBe(200_000);
    expect(measureHtml(unclosedQuote).elements).toBe(1);
    expect(measureHtml(manyLt).elements).toBe(0);
  });
});

describe("htmlShapeProblem", () => {
  it("names the bound a page is past, with the limit", () => {
    expect(htmlShapeProblem(page(`${"<div>".repeat(100_000)}one sentence${"</div>".repeat(100_000)}`), 1_200_000)).toBe(
      `HTML nested 100,002 deep (the limit is ${MAX_HTML_DEPTH.toLocaleString("en-US")})`,
    );
    expect(htmlShapeProblem(page("<span>x</span>".repeat(MAX_HTML_ELEMENTS)), 1000)).toMatch(/^HTML has 50,00\d elements \(the limit is 50,000\)$/);
    const deepAndWide = `${"<div>".repeat(100)}${"<p>a</p>".repeat(Math.ceil(MAX_HTML_DEPTH_TOTAL / 100))}`;
    expect(htmlShapeProblem(page(deepAndWide), 1000)).toMatch(/^HTML nests its [\d,]+ elements [\d,]+ levels deep in all \(the limit is 250,000\)$/);
    const attrs = Array.from({ length: MAX_ATTRIBUTES_PER_ELEMENT + 1 }, (_, i) => `data-a${i}="1"`).join(" ");
    expect(htmlShapeProblem(page(`<span ${attrs}>x</span>`), 1000)).toBe("HTML element with 257 attributes (the limit is 256)");
    const many = `<i a b c d e f g h i j>x</i>`.repeat(Math.ceil(MAX_HTML_ATTRIBUTES / 10) + 1);
    expect(htmlShapeProblem(page(many), 1000)).toMatch(/^HTML has 100,010 attributes \(the limit is 100,000\)$/);
    expect(htmlShapeProblem(page(SENTENCE), MAX_HTML_BYTES + 1)).toBe("HTML is 8 MB (the limit is 8 MB)");
  });

  it("passes every HTML page the project holds (examples, fixtures, evaluation sets)", () => {
    const pages: string[] = [];
    const walk = (dir: string) => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        const full = join(dir, e.name);
        if (e.isDirectory()) walk(full);
        else if (/\.html?$/.test(e.name)) pages.push(full);
      }
    };
    for (const d of ["examples", "test/fixtures", "eval"]) walk(join(ROOT, d));
    expect(pages.length).toBeGreaterThan(5);
    for (const p of pages) expect(htmlShapeProblem(readFileSync(p, "utf8"), 0), p).toBeNull();
  });
});

describe("htmlDocument", () => {
  it("refuses a page past a bound before parsing it", () => {
    const html = page(`${"<div>".repeat(100_000)}${SENTENCE}${"</div>".repeat(100_000)}`);
    const r = htmlDocument("deep", "deep.html", Buffer.from(html), html, []);
    expect(r).toEqual({ ok: false, problem: "HTML nested 100,003 deep (the limit is 128)" });
  });

  it("reads a page nested as deep as the bound allows", () => {
    const html = page(`${"<div>".repeat(MAX_HTML_DEPTH - 3)}${SENTENCE.repeat(3)}${"</div>".repeat(MAX_HTML_DEPTH - 3)}`);
    const r = htmlDocument("deep", "deep.html", Buffer.from(html), html, []);
    expect(r.ok && r.doc.text).toContain("mend the bridge");
  });
});
