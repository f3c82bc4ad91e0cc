import { describe, expect, it } from "vitest";
import type { RawDocument } from "../types.js";
import { createContext } from "../context.js";
import { cleanDocument } from "./index.js";
import { textDocument } from "../ingest/text.js";
import { CLEAN_RULES } from "./rules/index.js";

const raw = (text: string): RawDocument => textDocument("t", "t.txt", Buffer.from(text), text, []);

const clean = (text: string) => cleanDocument(raw(text));

describe("never drops article text that looks like boilerplate", () => {
  const keep = [
    "By the end of 2024, more than 300 detainees had been moved to the south.",
    "Top officials said the transfers would resume next week.",
    "A photo released by the ministry showed the detainees boarding buses.",
    "Breaking News: Gunmen free 12 prisoners in night raid on jail",
    "Read more about the amnesty law on the ministry's website, officials said.",
    "1. The first group of 40 men was moved on Monday.",
    "News of the escape spread quickly through the camp.",
    "The transfer took place on March 3, 2025, officials said, and more were planned.",
    "Home to thousands of displaced families, the camp has been hit by shortages.",
    "Sponsored by the United Nations, the talks brought both delegations to Geneva.",
    "Comments by the minister angered families of the missing.",
    "Officials met on Monday to discuss the latest developments in the prisoner talks.",
    "Related to the amnesty, 20 prisoners will be freed in the coming days, the ministry said.",
    "More from the ministry's statement: the men will be tried in Baghdad next month.",
    "Key events of the week included the release of 40 detainees from a prison in the south.",
  ];
  for (const line of keep) {
    it(line.slice(0, 40), () => {
      const doc = clean(`A headline about detainees\n\n${line}\n\nA closing paragraph about the camp and its residents.`);
      expect(doc.cleanText).toContain(line);
    });
  }
});

describe("removes", () => {
  it("lists of related links under a heading, quoted link lines and labelled one-line links", () => {
    const doc = clean(
      "Headline about a prison\n\nTwelve inmates were moved to a new jail on Monday, officials said.\n\nRead also: Court jails four over smuggling ring\n\nRelated:\nGuards strike over unpaid wages\nNew prison opens near the capital\n\nThe ministry said more transfers would follow.\n\nMore from World\n> Rebels free 15 hostages after talks\n> Army retakes border town",
    );
    expect(doc.cleanText).toBe(
      "Headline about a prison\n\nTwelve inmates were moved to a new jail on Monday, officials said.\n\nThe ministry said more transfers would follow.",
    );
    const removed = doc.removed
      .filter((r) => r.rule === "clean/related-links")
      .map((r) => r.text)
      .join("\n");
    for (const line of ["Read also: Court jails four", "Guards strike over unpaid wages", "More from World", "> Army retakes border town"])
      expect(removed).toContain(line);
  });

  it("byline dates written as timestamps or with dots; an ambiguous day and month gives none", () => {
    const body = "\n\nTwenty men were freed on Monday, officials said.";
    expect(clean(`Headline about a release\n\nPosted on 2026-02-17T09:20:00Z${body}`).meta.published).toBe("2026-02-17");
    expect(clean(`Headline about a release\n\nUpdated 17.02.2026 13:05${body}`).meta.published).toBe("2026-02-17");
    expect(clean(`Headline about a release\n\nPublished 03/04/2026${body}`).meta.published).toBeNull();
  });

  it("a today bar that shares its line with the weather or another calendar", () => {
    const doc = clean(
      "Sunday, 9 March 2025 | Erbil 21°C\n\nHeadline about a convoy\n\nBy Sam Reed\nPublished: Fri 7 Mar 2025\n\nA convoy left the camp on Thursday, officials said.",
    );
    expect(doc.meta.published).toBe("2025-03-07");
    expect(doc.cleanText.startsWith("Headline about a convoy")).toBe(true);
  });

  it("widgets, counters, ads and banners, recording each span with its rule", () => {
    const doc = clean("Menu\nHeadline of the day\n\n12.5K Views\nAdvertisement\nprint\n1:24 / 3:10\nLoading...\nThe story itself, in one sentence.\n");
    expect(doc.cleanText).toBe("Headline of the day\n\nThe story itself, in one sentence.");
    const rules = doc.removed.map((r) => r.rule);
    expect(rules).toEqual(expect.arrayContaining(["clean/nav-line", "clean/view-counter", "clean/ad-slot", "clean/share-widget", "clean/recommendations"]));
    for (const r of doc.removed) expect(doc.text.slice(r.start, r.end)).toBe(r.text);
  });

  it("share and follow bars, breadcrumbs, 'continue reading' ad labels and comment-thread buttons", () => {
    const bars = [
      "(Share) (Messenger) (Viber) (Email)",
      "Share via: Twitter / Reddit / Copy link",
      "Follow us on Instagram",
      "SHARE f in WhatsApp",
      "Reading time: 6 min",
      "Start > Africa > Sahel",
      "Advertising: scroll down to continue reading",
    ];
    const doc = clean(
      `A headline about the valley\n\n${bars.join("\n")}\nThe story itself, in one sentence.\nShow older comments\nComments have been disabled on this story.\n`,
    );
    expect(doc.cleanText).toBe("A headline about the valley\n\nThe story itself, in one sentence.");
    const rules = doc.removed.map((r) => r.rule);
    expect(rules).toEqual(expect.arrayContaining(["clean/share-widget", "clean/nav-line", "clean/ad-slot", "clean/comment-form"]));
  });

  it("keeps sentences that merely mention networks, sharing or comments", () => {
    const keep = [
      "Share prices in Kabul rose on Monday.",
      "Follow-up talks are planned in Doha.",
      "The video was shared on Facebook and Telegram by the group.",
      "Comments on the verdict were closed to the press.",
      "Home > the ministry said the list was incomplete.",
    ];
    const doc = clean(`A headline about the valley\n\n${keep.join("\n\n")}\n`);
    for (const k of keep) expect(doc.cleanText).toContain(k);
  });

  it("wire credits, relative timestamps, tag lists, caption labels and closing 'Published' lines", () => {
    const doc = clean(
      "Headline\n\n2 hours ago\nImage caption, Families wait at the gate\n\nTwenty men were freed on Monday, officials said.\n\nTags: Iraq, prisons\n(Reporting by Ana Ruiz; Editing by Tom Berg)\nPublished on 4 March 2025",
    );
    expect(doc.cleanText).toBe("Headline\n\nTwenty men were freed on Monday, officials said.");
    expect(doc.meta.published).toBe("2025-03-04");
  });

  it("markup debris, keeping the anchor text and restoring a lost capital", () => {
    const doc = clean(
      'Headline\n\nHe was moved to a <b>turkish</b>-run site near the kurdish/" class="tag-link">kurdish town, officials said &quot;today&quot;.',
    );
    expect(doc.cleanText).toBe('Headline\n\nHe was moved to a turkish-run site near the Kurdish town, officials said "today".');
  });

  it("decodes numeric entities, and leaves one that names no character as written", () => {
    const doc = clean("Headline\n\nThe camp&#39;s gate &#x2013; shut since May &#x110000; &#99999999; &#xD800; &#128578; reopened.");
    expect(doc.cleanText).toBe("Headline\n\nThe camp's gate – shut since May &#x110000; &#99999999; &#xD800; &#128578; reopened.");
  });

  it("leaves a link's lower-case anchor alone when it is not a proper name", () => {
    const doc = clean('Headline\n\nThe prison/" class="auto-internal-link">prison was emptied.');
    expect(doc.cleanText).toBe("Headline\n\nThe prison was emptied.");
  });
});

describe("whitespace", () => {
  it("trims lines, collapses runs of spaces and blank lines, handles CRLF", () => {
    const doc = clean("\r\n\r\n  Headline  \r\n\r\n\r\n\r\nFirst\u00a0 para  here. \r\nSame para.\r\n\r\n\r\nLast.\r\n\r\n");
    expect(doc.cleanText).toBe("Headline\n\nFirst para here.\nSame para.\n\nLast.");
    expect(doc.removed.every((r) => r.rule === "clean/whitespace")).toBe(true);
    const removedChars = doc.removed.reduce((n, r) => n + r.end - r.start, 0);
    expect(doc.cleanText.length + removedChars).toBe(doc.text.length);
  });
});

describe("publication date, title, dateline", () => {
  it("takes a crawler header run into the first line out of the text, and dates the page by it", () => {
    const doc = clean(" date 2023-03-14 Police said 40 inmates were moved to a new prison on Monday.\n\nA second sentence follows here.");
    expect(doc.cleanText.startsWith("Police said 40 inmates")).toBe(true);
    expect(doc.meta.published).toBe("2023-03-14");
    expect(doc.meta.publishedRule).toBe("crawler-header");
    expect(doc.removed[0]).toMatchObject({ rule: "clean/crawler-header", text: " date 2023-03-14 " });
  });

  it("prefers a byline date to the site's today bar", () => {
    const doc = clean("Monday, 5 May 2025\nHeadline here\nBy Rana Aziz | April 30, 2025\n\nBody sentence about a release of prisoners.");
    expect(doc.meta.published).toBe("2025-04-30");
    expect(doc.meta.publishedRule).toBe("byline");
    expect(doc.meta.title).toBe("Headline here");
  });

  it("never takes the today bar for the date", () => {
    const doc = clean("• Monday, 5 May 2025\nHeadline here\n\nBody sentence about a release of prisoners.");
    expect(doc.meta.published).toBeNull();
    expect(doc.meta.publishedRule).toBeNull();
    expect(doc.cleanText.startsWith("Headline here")).toBe(true);
  });

  it("takes a weekday date line under the headline as a byline", () => {
    const doc = clean("Headline here\nTuesday, 6 May 2025\n\nBody sentence about a release of prisoners.");
    expect(doc.meta.published).toBe("2025-05-06");
  });

  it("keeps metadata the source gave", () => {
    const r = raw("Headline\n\nBy Someone | 1 January 2024\n\nBody.");
    r.meta.published = "2024-02-02";
    r.meta.publishedRule = "manifest";
    r.meta.title = "Given title";
    const doc = cleanDocument(r);
    expect(doc.meta.published).toBe("2024-02-02");
    expect(doc.meta.publishedRule).toBe("manifest");
    expect(doc.meta.title).toBe("Given title");
  });

  it("finds nothing rather than guessing", () => {
    const doc = clean("Headline\n\nOn Wednesday, 30 men were freed, officials said on 3 March 2025 in a statement.");
    expect(doc.meta.published).toBeNull();
  });

  it("reads a dateline with its outlet, and a dateline date", () => {
    const a = clean("Headline\n\nBAGHDAD (Wire Service) - Twelve men were sentenced on Sunday.");
    expect(a.meta.dateline).toBe("BAGHDAD (Wire Service) -");
    expect(a.meta.outlet).toBe("Wire Service");
    expect(a.meta.published).toBeNull();
    const b = clean("Headline\n\nRAQQA, Syria, 4 June 2025 – Twelve men were sentenced on Sunday.");
    expect(b.meta.published).toBe("2025-06-04");
    expect(b.meta.publishedRule).toBe("dateline");
    const c = clean("Headline\n\nThe minister said – in a long speech – that the camp would close.");
    expect(c.meta.dateline).toBeNull();
  });

  it("never takes a dated headline or a dated sentence for a byline", () => {
    const doc = clean(
      "Iraq marks March 3, 2025 anniversary with release of 50 prisoners\n\nThe deadline is March 3, 2025.\n\nBody sentence about the releases.",
    );
    expect(doc.meta.title).toBe("Iraq marks March 3, 2025 anniversary with release of 50 prisoners");
    expect(doc.cleanText).toContain("The deadline is March 3, 2025.");
    expect(doc.meta.published).toBeNull();
  });

  it("does not take a long first paragraph for a title", () => {
    const doc = clean(
      "Security forces said on Monday that they had arrested twenty-two men in a series of raids on villages north of the city, and that weapons were found.\n\nMore text.",
    );
    expect(doc.meta.title).toBeNull();
  });
});

describe("rule order", () => {
  it("is data: every rule named clean/<file> and given a reason", () => {
    const names = CLEAN_RULES.map((r) => r.rule.name);
    expect(new Set(names).size).toBe(names.length);
    for (const { rule, why } of CLEAN_RULES) {
      expect(rule.name).toMatch(/^clean\/[a-z-]+$/);
      expect(why.length).toBeGreaterThan(10);
    }
    expect(names.at(-1)).toBe("clean/headline");
  });
});

describe("debug trace", () => {
  it("lists removed spans and the date only when debugging", () => {
    const text = "Menu\nHeadline\nBy Ana Ruiz | 2 May 2025\n\nBody text of the article.";
    const on = createContext({ docId: "t", published: null, debug: true });
    cleanDocument(raw(text), on);
    expect(on.trace.join("\n")).toMatch(/\[clean\/nav-line\] removed \[0,5\) "Menu\\n"/);
    expect(on.trace.join("\n")).toMatch(/\[clean\/published\] 2025-05-02 \(byline\)/);
    const off = createContext({ docId: "t", published: null, debug: false });
    cleanDocument(raw(text), off);
    expect(off.trace).toEqual([]);
  });
});

describe("repeats and angle brackets that are article text", () => {
  it("keeps list lines that recur for real, and still drops a repeated paragraph and a headline printed twice", () => {
    const text = [
      "Meal plan for the week",
      "",
      "The plan below keeps the same breakfast and lunch every day, so that shopping stays simple for a busy household.",
      "",
      "Monday",
      "Breakfast: oats with berries and honey",
      "Lunch: lentil soup with brown bread",
      "Tuesday",
      "Breakfast: oats with berries and honey",
      "Lunch: lentil soup with brown bread",
      "Wednesday",
      "Breakfast: oats with berries and honey",
      "Lunch: lentil soup with brown bread",
      "",
      "The plan below keeps the same breakfast and lunch every day, so that shopping stays simple for a busy household.",
    ].join("\n");
    const c = clean(text);
    expect(c.cleanText.match(/Breakfast: oats with berries and honey/g)).toHaveLength(3);
    expect(c.cleanText.match(/Lunch: lentil soup with brown bread/g)).toHaveLength(3);
    expect(c.cleanText.match(/The plan below keeps/g)).toHaveLength(1);

    const twice = clean(
      "Guards stop a jailbreak in the north\nGuards stop a jailbreak in the north\nGuards stopped about 20 inmates who tried to break out of a prison in the north on Wednesday night, officials said.\n",
    );
    expect(twice.cleanText.match(/Guards stop a jailbreak/g)).toHaveLength(1);
  });

  it("keeps a title written in angle brackets, and still removes real tags", () => {
    const c = clean(
      'The drama <The Palace> opened on Friday, after <Parasite> and <Hide and Seek> drew <b>large</b> crowds.<br/> <a href="/x" class="y">More</a>\n',
    );
    expect(c.cleanText).toBe("The drama <The Palace> opened on Friday, after <Parasite> and <Hide and Seek> drew large crowds. More");
  });
});

describe("the header of an HTML page's article", () => {
  const lead = "Guards at a detention centre in the north stopped about 20 inmates who tried to break out on Wednesday night, a spokesman said.";
  const head = [
    "Guards foil a jailbreak in the north",
    "",
    "Entertainment",
    "",
    "Updated Nov 19, 9:41 AM;Posted Nov 18, 8:19 PM",
    "",
    "View author archive",
    "",
    "email the author",
    "",
    lead,
    "",
    "Local",
    "",
    "The men were moved to another prison the next morning.",
  ].join("\n");

  it("drops section labels, time stamps and the author box's links between the headline and the first paragraph", () => {
    const doc = raw(head);
    doc.meta.format = "html";
    const c = cleanDocument(doc);
    expect(c.cleanText).toBe(["Guards foil a jailbreak in the north", lead, "Local", "The men were moved to another prison the next morning."].join("\n\n"));
    expect(c.removed.filter((r) => r.rule === "clean/page-head").map((r) => r.text.trim())).toEqual([
      "Entertainment",
      "Updated Nov 19, 9:41 AM;Posted Nov 18, 8:19 PM",
      "View author archive",
      "email the author",
    ]);
  });

  it("leaves plain text alone", () => {
    expect(clean(head).removed.filter((r) => r.rule === "clean/page-head")).toEqual([]);
  });
});
