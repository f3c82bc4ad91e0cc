import { describe, expect, it } from "vitest";
import { feedDate, parseFeedBody } from "./feeds.js";

const FEED = "https://news.example/feed";
const parse = (text: string) => parseFeedBody(Buffer.from(text), FEED);

describe("parseFeedBody", () => {
  it("reads RSS 2.0 items, links made absolute, guid as key, pubDate as written", () => {
    const r = parse(`<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Wire</title>
<item><title>First</title><link>/2025/03/first</link><guid isPermaLink="false">id-1</guid><pubDate>Tue, 04 Mar 2025 23:30:00 -0500</pubDate></item>
<item><title>Second</title><link>https://news.example/second</link><content:encoded><![CDATA[<p>Full text.</p>]]></content:encoded></item>
<item><title>Again</title><link>https://news.example/second</link></item>
</channel></rss>`);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.format).toBe("rss");
    expect(r.title).toBe("Wire");
    expect(r.items).toEqual([
      { key: "id-1", url: "https://news.example/2025/03/first", title: "First", published: "2025-03-04", content: null },
      { key: "https://news.example/second", url: "https://news.example/second", title: "Second", published: null, content: "<p>Full text.</p>" },
    ]);
  });

  it("reads Atom entries (the alternate link), RSS 1.0 and JSON Feed", () => {
    const atom = parse(`<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><id>urn:a</id><updated>2025-03-06T00:00:00Z</updated>
<entry><title>E</title><id>urn:e</id><link rel="self" href="https://news.example/self"/><link rel="alternate" href="https://news.example/e"/><published>2025-03-05T22:00:00+03:00</published><updated>2025-03-06T00:00:00Z</updated></entry></feed>`);
    expect(atom.ok && atom.items).toEqual([{ key: "urn:e", url: "https://news.example/e", title: "E", published: "2025-03-05", content: null }]);
    const rdf =
      parse(`<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="https://news.example/"><title>R</title></channel><item rdf:about="https://news.example/r"><title>R1</title><link>https://news.example/r</link><dc:date>2025-03-07</dc:date></item></rdf:RDF>`);
    expect(rdf.ok && rdf.items[0]).toMatchObject({ url: "https://news.example/r", published: "2025-03-07" });
    const json = parse(
      JSON.stringify({
        version: "https://jsonfeed.org/version/1.1",
        title: "J",
        items: [{ id: "j1", content_text: "Only text.", date_published: "2025-03-08T01:00:00Z" }],
      }),
    );
    expect(json.ok && json.items).toEqual([{ key: "j1", url: null, title: null, published: "2025-03-08", content: "Only text." }]);
  });

  it("does not expand entities a feed declares (no billion laughs)", () => {
    let entities = `<!ENTITY a0 "lolololololololololol">`;
    for (let i = 1; i < 10; i++) entities += `<!ENTITY a${i} "${`&a${i - 1};`.repeat(10)}">`;
    const r = parse(`<?xml version="1.0"?><!DOCTYPE rss [${entities}]><rss version="2.0"><channel><title>T</title>
<item><title>&a9;</title><link>https://news.example/a</link></item></channel></rss>`);
    expect(r.ok).toBe(true);
    if (r.ok) expect((r.items[0]?.title ?? "").length).toBeLessThan(100);
  });

  it("drops links that are not http(s)", () => {
    const r = parse(`<rss version="2.0"><channel><title>T</title><item><title>x</title><link>javascript:alert(1)</link><guid>g</guid></item></channel></rss>`);
    expect(r.ok && r.items[0]?.url).toBeNull();
  });

  it("says what is wrong with a body that is not a feed", () => {
    expect(parse(`<rss version="2.0"><channel><item><title>x</titl></item></channel></rss>`)).toEqual({
      ok: false,
      problem: "not a readable feed (malformed: Invalid feed format)",
    });
    expect(parse("<html><body>Hello</body></html>")).toEqual({ ok: false, problem: "not a readable feed (not RSS, Atom, RDF or JSON Feed)" });
    expect(parseFeedBody(Buffer.alloc(0), FEED)).toEqual({ ok: false, problem: "not a feed (empty body)" });
  });
});

describe("feedDate", () => {
  it("keeps the calendar date as written", () => {
    expect(feedDate("Tue, 04 Mar 2025 23:30:00 -0500")).toBe("2025-03-04");
    expect(feedDate("4 March 2025")).toBe("2025-03-04");
    expect(feedDate("2025-03-04T23:30:00-05:00")).toBe("2025-03-04");
    expect(feedDate("yesterday")).toBeNull();
    expect(feedDate(undefined)).toBeNull();
  });
});
