// Page chrome around an article read out of an HTML page: the site's top
// above the headline's copy, wire bylines, stamps, gallery counters, contact
// sign-offs and teasers for other stories; and the article lines that look
// like them and stay.

import { describe, expect, it } from "vitest";
import type { RawDocument } from "../types.js";
import { cleanDocument } from "./index.js";
import { emptyMeta } from "../ingest/text.js";

function doc(text: string, title: string | null = null): RawDocument {
  return { meta: { ...emptyMeta("t", "t.html", title === null ? "text" : "html", []), title }, raw: Buffer.from(text), text };
}

const HEADLINE = "Floodwater closes the border crossing for a third day";
const LEAD = "Trucks carrying food and fuel waited on both sides of the river on Thursday as the crossing stayed shut, customs officials said.";
const SECOND = "The water is expected to fall by the weekend, a spokesman for the provincial government said.";
const page = (...lines: Array<string | string[]>) => cleanDocument(doc([HEADLINE, ...lines.flat()].join("\n\n"), HEADLINE));
const rulesOf = (c: ReturnType<typeof cleanDocument>) => [...new Set(c.removed.map((r) => r.rule))].filter((r) => r !== "clean/whitespace").sort();

describe("the top of an HTML page", () => {
  it("starts the article at the headline's copy: the site's menu, address and links above it go", () => {
    const c = page(
      "Sign In",
      "Home",
      "Place a Classified Ad",
      "Valley-Courier.com",
      "https://www.valley-courier.example/news/article/Floodwater-closes-the-border-crossing-20250306.php",
      HEADLINE,
      "Updated 4:10 am CST, Thursday, March 6, 2025",
      LEAD,
      SECOND,
    );
    expect(c.cleanText).toBe([LEAD, SECOND].join("\n\n"));
    expect(c.meta.title).toBe(HEADLINE);
    expect(c.removed.filter((r) => r.rule === "clean/page-head").map((r) => r.text.trim())).toEqual(
      expect.arrayContaining(["Place a Classified Ad", "Valley-Courier.com", HEADLINE]),
    );
  });

  it("keeps what stands above the headline's copy when prose comes first", () => {
    const c = page("Place a Classified Ad", LEAD, HEADLINE, SECOND);
    expect(c.cleanText).toBe(["Place a Classified Ad", LEAD, SECOND].join("\n\n"));
  });

  it("takes stamps with weekdays, a date run into the update, or 'Today'", () => {
    for (const stamp of ["Published 11:05 pm EST, Wednesday, March 5, 2025", "Mar. 6, 2025Updated: Mar. 6, 2025 9:02 a.m.", "Today 7:45 AM"]) {
      const c = page(stamp, LEAD);
      expect(c.cleanText, stamp).toBe(LEAD);
    }
  });
});

describe("wire bylines", () => {
  it("are removed wherever they stand, and a sentence naming the agency stays", () => {
    const keep = "The Associated Press reported that the crossing would reopen on Saturday.";
    const c = page("Dana Whitfield and Omar Haddad, Associated Press", "Lena Ortiz, AP Regional Affairs Writer", LEAD, keep, "Reuters");
    expect(c.cleanText).toBe([LEAD, keep].join("\n\n"));
    expect(rulesOf(c)).toEqual(["clean/byline", "clean/headline"]);
  });
});

describe("widgets between paragraphs", () => {
  it("gallery counters, 'Caption', 'Advert' and 'Comments' lines go; sentences with the same words stay", () => {
    const keep = ["Only 1 of 6 trucks was allowed through, the drivers said.", "Comments from the ministry were not available."];
    const c = page("Image 1 of / 9", "Caption", "Photo 2 of 9", LEAD, "Advert", "1 of 6", keep, "Comments");
    expect(c.cleanText).toBe([LEAD, ...keep].join("\n\n"));
    expect(rulesOf(c)).toEqual(["clean/ad-slot", "clean/gallery-counter", "clean/headline", "clean/nav-line"]);
  });
});

describe("the article's sign-off", () => {
  it("contact lines, lone e-mail addresses and profiles go; an address the story cites stays", () => {
    const cites = "http://www.river-authority.example/reports/2025-levels";
    const keep = ["Drivers can follow the river's level on the authority's website, he said.", "Follow the money, the auditor told the committee."];
    const c = page(
      LEAD,
      keep,
      cites,
      "Reach the reporter at dana.whitfield@valley-courier.example or follow her @dwhitfield.",
      "dana.whitfield@valley-courier.example",
      "twitter.com/dwhitfield",
      "More World News",
    );
    expect(c.cleanText).toBe([LEAD, ...keep, cites].join("\n\n"));
    expect(rulesOf(c)).toEqual(["clean/bare-address", "clean/contact-line", "clean/headline", "clean/recommendations"]);
  });
});

describe("teasers for other stories", () => {
  it("three kickers in capitals, each with a headline and perhaps a blurb, go to the end of the page", () => {
    const c = page(
      LEAD,
      SECOND,
      "NIGHT SHIFT",
      "Baker rises at 3am to feed a whole village",
      "Every morning for thirty years, one man has lit the ovens before anyone else in his street was awake.",
      "'WE NEVER GAVE UP'",
      "Lost dog walks home across two counties",
      "Watch",
      "SKY HIGH",
      "Window cleaners on the tallest tower in town",
      "A day on the ropes, two hundred metres above the pavement, with the crew that keeps the glass clean.",
    );
    expect(c.cleanText).toBe([LEAD, SECOND].join("\n\n"));
    expect(rulesOf(c)).toEqual(["clean/headline", "clean/teaser-list"]);
  });

  it("a list under capitalised headings stays: its items are not each followed by another heading", () => {
    const lines = [
      "EASY",
      "Answering an email from a colleague",
      "Writing a short note for the noticeboard",
      "HARDER",
      "Calling a customer you have never met",
      "Speaking at the weekly meeting",
      "HARDEST",
      "Giving the opening talk at the annual conference",
      "Being interviewed on the radio",
    ];
    const c = page(LEAD, lines, SECOND);
    expect(c.cleanText).toBe([LEAD, ...lines, SECOND].join("\n\n"));
  });
});

describe("repeated lines", () => {
  it("a long item repeated between two short lines of a list stays; a paragraph repeated between invisible-character lines goes", () => {
    const recipe = "Lentil and Spinach Stew [1 cup cooked lentils, 2 cups spinach, 1 diced carrot, 1 tsp. cumin, a squeeze of lemon]";
    const day = (n: number) => [`Day ${n}`, "Eat at midday", recipe, "Portions: 1 Green, 1 Yellow"];
    const plan = cleanDocument(doc([...day(1), ...day(2), ...day(3)].join("\n"), null));
    expect(plan.cleanText.match(/Lentil and Spinach Stew/g)).toHaveLength(3);

    const caption = "The festival's opening parade crosses the old bridge at dusk, watched by the crowd from both banks";
    const doubled = cleanDocument(doc([LEAD, "\u200b", caption, "\u200b", SECOND, "\u200b", caption, "\u200b"].join("\n"), null));
    expect(doubled.cleanText.match(/opening parade/g)).toHaveLength(1);
  });
});
