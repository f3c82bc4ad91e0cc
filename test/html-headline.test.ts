// An HTML page's headline is the document's title, not its text: the clean
// text starts with the first paragraph, and every evidence offset points into
// it. Extraction still reads the headline, as a line before the text: a
// figure only the headline gives reaches the record of the body's sentence.

import { describe, expect, it } from "vitest";
import { cleanDocument } from "../src/clean/index.js";
import { htmlDocument } from "../src/ingest/html.js";
import { textDocument } from "../src/ingest/text.js";
import { processDocument } from "../src/pipeline.js";

function page(headline: string, paragraphs: string[]): string {
  return `<!doctype html><html><head><title>${headline} | The Border Wire</title><meta property="og:title" content="${headline}">
<meta property="article:published_time" content="2025-03-04"></head>
<body><nav>Home | World | About</nav><article><h1>${headline}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join("\n")}</article></body></html>`;
}

function read(html: string) {
  const out = htmlDocument("page", "page.html", Buffer.from(html), html, []);
  if (!out.ok) throw new Error(out.problem);
  return out.doc;
}

const HEADLINE = "Iraq receives 120 detainees from Syria";
const BODY = [
  "The detainees were moved from a prison in Hasakah to Iraq on Monday, two officials said.",
  "Relatives of some of the men waited at the crossing for most of the day, hoping to see them, a local reporter said.",
];

describe("an HTML page's headline", () => {
  it("is kept as the title and leaves the clean text, recorded as a removed span", () => {
    const cleaned = cleanDocument(read(page(HEADLINE, BODY)));
    expect(cleaned.meta.title).toBe(HEADLINE);
    expect(cleaned.cleanText).toBe(BODY.join("\n\n"));
    const span = cleaned.removed.find((r) => r.rule === "clean/headline");
    expect(span?.text.trim()).toBe(HEADLINE);
    expect(cleaned.text.slice(span!.start, span!.end)).toBe(span!.text);
  });

  it("stays in a plain text, where nothing tells it from the story's first line", () => {
    const text = [HEADLINE, ...BODY].join("\n\n");
    const cleaned = cleanDocument(textDocument("t", "t.txt", Buffer.from(text), text, []));
    expect(cleaned.cleanText.startsWith(HEADLINE)).toBe(true);
    expect(cleaned.removed.some((r) => r.rule === "clean/headline")).toBe(false);
  });

  it("is read by extraction as a headline, and its figure reaches the body's record with evidence in the clean text", () => {
    const out = processDocument(read(page(HEADLINE, BODY)));
    expect(out.annotations.sentences[0]).toMatchObject({ text: HEADLINE, isHeadline: true });
    const transfer = out.events.find((e) => e.type === "transfer");
    expect(transfer?.count?.value).toBe(120);
    for (const ev of transfer!.evidence) {
      expect(out.cleaned.cleanText.slice(ev.start, ev.end)).toBe(ev.text);
      expect(ev.text).not.toContain(HEADLINE);
    }
  });
});
