import { describe, expect, it } from "vitest";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { splitSentences } from "./sentences.js";
import { findCounts, parseNumberWords, CountExtractor } from "./counts.js";
import { SentenceSplitter } from "./sentences.js";
import { createContext } from "../context.js";
import type { Annotations } from "./types.js";

const counts = (s: string) => findCounts(s).map((c) => [c.text, c.value, c.qualifier]);
const one = (s: string) => {
  const found = findCounts(s);
  expect(found, s).toHaveLength(1);
  return [found[0].text, found[0].value, found[0].qualifier];
};

describe("findCounts: numbers", () => {
  it.each([
    ["Guards moved 1,500 inmates overnight.", ["1,500", 1500, "exact"]],
    ["Officials said 5.7 thousand people left.", ["5.7 thousand", 5700, "exact"]],
    ["The agency counted 1.5 million refugees.", ["1.5 million", 1_500_000, "exact"]],
    ["Nearly 2m people were displaced.", ["Nearly 2m", 2_000_000, "approx"]],
    ["Two hundred and fifty guards stayed.", ["Two hundred and fifty", 250, "exact"]],
    ["They sent twenty-five medics.", ["twenty-five", 25, "exact"]],
    ["A dozen women were freed.", ["A dozen", 12, "exact"]],
    ["Half a dozen boys ran away.", ["Half a dozen", 6, "exact"]],
    ["Three brothers were detained.", ["Three", 3, "exact"]],
    ["Only one detainee refused.", ["one", 1, "exact"]],
    ["The militia handed over 300 captives.", ["300", 300, "exact"]],
    ["The militia took over 40 villages.", ["40", 40, "exact"]],
    ["The 2,000-strong force arrived.", ["2,000", 2000, "exact"]],
  ])("%s", (text, expected) => {
    expect(one(text)).toEqual(expected);
  });
});

describe("findCounts: qualifiers", () => {
  it.each([
    ["Police held approximately 300 men.", ["approximately 300", 300, "approx"]],
    ["They freed about 40 people.", ["about 40", 40, "approx"]],
    ["Around 450 men arrived by road.", ["Around 450", 450, "approx"]],
    ["Close to 5,000 were bussed north.", ["Close to 5,000", 5000, "approx"]],
    ["Some 1,200 inmates fled.", ["Some 1,200", 1200, "approx"]],
    ["Roughly 70 families returned.", ["Roughly 70", 70, "approx"]],
    ["The monitoring group estimates that 12,000 families are stranded.", ["estimates that 12,000", 12000, "approx"]],
    ["An estimated 9,000 remain.", ["An estimated 9,000", 9000, "approx"]],
    ["More than 300 suspects were caught.", ["More than 300", 300, "at_least"]],
    ["It holds over 60 people.", ["over 60", 60, "at_least"]],
    ["At least 20 were killed.", ["At least 20", 20, "at_least"]],
    ["Upwards of 800 men crossed.", ["Upwards of 800", 800, "at_least"]],
    ["In excess of 2,000 were processed.", ["In excess of 2,000", 2000, "at_least"]],
    ["Rebels run more than a dozen depots.", ["more than a dozen", 12, "at_least"]],
    ["Up to 7,000 could follow later.", ["Up to 7,000", 7000, "at_most"]],
    ["As many as 90 escaped.", ["As many as 90", 90, "at_most"]],
    ["Fewer than 30 came back.", ["Fewer than 30", 30, "at_most"]],
    ["No more than 15 were released.", ["No more than 15", 15, "at_most"]],
    ["Between 5,000 and 7,000 fighters remain.", ["Between 5,000 and 7,000", 5000, "at_least"]],
    ["It took 5,000 to 7,000 fighters.", ["5,000 to 7,000", 5000, "at_least"]],
    ["Some 20-30 fighters left.", ["Some 20-30", 20, "at_least"]],
    ["At least two dozen died.", ["At least two dozen", 24, "at_least"]],
    ["Nearly a thousand fled.", ["Nearly a thousand", 1000, "approx"]],
  ])("%s", (text, expected) => {
    expect(one(text)).toEqual(expected);
  });

  it("keeps the qualifier apart from the number's own words", () => {
    const [c] = findCounts("Officials said close to 5,000 men were held.");
    expect(c.numberText).toBe("5,000");
    expect(c.text).toBe("close to 5,000");
    expect(c.tags).toContain("annotate/counts");
  });
});

describe("findCounts: vague quantities", () => {
  it.each([
    ["Dozens of men fled.", ["Dozens", 12, "vague"]],
    ["Video clips showed scores of inmates leaving.", ["scores", 20, "vague"]],
    ["Hundreds of detainees arrived.", ["Hundreds", 100, "vague"]],
    ["Thousands of families wait.", ["Thousands", 1000, "vague"]],
    ["Tens of thousands of people lived in tents.", ["Tens of thousands", 10000, "vague"]],
    ["Several hundred guards left.", ["Several hundred", 100, "vague"]],
    ["Numerous recruits deserted.", ["Numerous", null, "vague"]],
    ["Many detainees were moved.", ["Many", null, "vague"]],
    ["Some were let go after talks.", ["Some", null, "vague"]],
    ["Several guards were hurt.", ["Several", null, "vague"]],
  ])("%s", (text, expected) => {
    expect(one(text)).toEqual(expected);
  });
});

describe("findCounts: not counts", () => {
  it.each([
    "The group rose in 2014 and fell by 2019.",
    "The report came out on 11 February 2025.",
    "It was published on October 26, 2025.",
    "The page was updated at 9:53 AM.",
    "A man aged 25 was questioned.",
    "A 25-year-old guard was hurt.",
    "Turnout was 30% lower than in the spring.",
    "Donors paid $5 million for the repairs.",
    "The 13th Brigade patrols the road.",
    "Units of Division 25 moved north.",
    "A four-day ceasefire collapsed.",
    "They waited two years for a hearing.",
    "The clinic sits two kilometers from the river.",
    "Call +964 770 123 4567 for details.",
    "The office is at 12 W Maple St in town.",
    "One of the guards spoke to reporters.",
    "Camp No. 1 was closed.",
    "The banner measured 300×250 pixels.",
    "The war lasted from 2011-2014 in that region.",
    "Clashes on 24-25 January killed nobody.",
    "They stayed for some time and then left.",
    "No one was allowed in.",
    "Settling scores is common there.",
    "Resolution 2254 calls for talks.",
    "Prices rose by a third in 2020.",
    "At 10.30am the gates opened.",
    "He got a 10-year sentence.",
    "They drove 700 km with 12 tonnes of aid.",
    "It cost US$30 million and €5m.",
    "They are in their 20s.",
    "Traffic used the M4 highway.",
  ])("%s", (text) => {
    expect(counts(text)).toEqual([]);
  });

  it("drops list markers at the start of a sentence", () => {
    expect(counts("2. The next comment was short.")).toEqual([]);
  });
});

describe("parseNumberWords", () => {
  it("parses compound number words and stops at the first word that breaks the grammar", () => {
    expect(parseNumberWords("three thousand five hundred")).toEqual({ value: 3500, length: 27 });
    expect(parseNumberWords("a hundred")?.value).toBe(100);
    expect(parseNumberWords("two three")).toEqual({ value: 2, length: 3 });
    expect(parseNumberWords("banana")).toBeNull();
  });
});

describe("CountExtractor", () => {
  it("finds counts sentence by sentence with document offsets", () => {
    const text = "Talks ended.\nAbout 40 men were moved. Dozens more wait.";
    const doc: Annotations = {
      text,
      published: null,
      sentences: [],
      tokens: [],
      counts: [],
      dates: [],
      places: [],
      actors: [],
      attributions: [],
    };
    const ctx = createContext({ docId: "t", published: null });
    new SentenceSplitter().annotate(doc, ctx);
    new CountExtractor().annotate(doc, ctx);
    expect(doc.counts.map((c) => [c.text, c.value, c.qualifier])).toEqual([
      ["About 40", 40, "approx"],
      ["Dozens", 12, "vague"],
    ]);
    for (const c of doc.counts) expect(text.slice(c.start, c.end)).toBe(c.text);
  });
});

describe("counts over the shared seed articles", () => {
  const seeds = fileURLToPath(new URL("../../../shared/seeds", import.meta.url));
  it.skipIf(!existsSync(seeds))("finds only whole, positive head counts with exact offsets", () => {
    let total = 0;
    for (const f of readdirSync(seeds).filter((n) => n.endsWith(".txt"))) {
      const text = readFileSync(`${seeds}/${f}`, "utf8");
      for (const s of splitSentences(text)) {
        for (const c of findCounts(text, s.start, s.end)) {
          total++;
          expect(text.slice(c.start, c.end)).toBe(c.text);
          expect(c.start).toBeGreaterThanOrEqual(s.start);
          expect(c.end).toBeLessThanOrEqual(s.end);
          if (c.value !== null) {
            expect(Number.isInteger(c.value) && c.value > 0).toBe(true);
            // No year, time or date slipped through as a count.
            expect(c.value >= 1900 && c.value <= 2100 && c.qualifier === "exact").toBe(false);
          }
          expect(text.slice(c.end, c.end + 2)).not.toMatch(/^(?:%|:\d|-y)/);
        }
      }
    }
    expect(total).toBeGreaterThan(20);
  });
});
