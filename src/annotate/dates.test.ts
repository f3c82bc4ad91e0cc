import { describe, expect, it } from "vitest";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { splitSentences } from "./sentences.js";
import { findDates, relativeOffsetDays, DateExtractor } from "./dates.js";
import { SentenceSplitter } from "./sentences.js";
import { CountExtractor } from "./counts.js";
import { createContext } from "../context.js";
import type { Annotations } from "./types.js";

// Publication on a Thursday.
const PUB = "2026-01-22";
const dates = (s: string, pub: string | null = PUB) => findDates(s, 0, s.length, pub).map((d) => [d.text, d.value, d.precision, d.implied]);

describe("findDates with a publication date", () => {
  it.each([
    ["The first group crossed the border on Wednesday.", ["Wednesday", "2026-01-21", "day", true]],
    ["Officials confirmed it on Thursday.", ["Thursday", "2026-01-22", "day", true]],
    ["They met last Monday in the capital.", ["last Monday", "2026-01-19", "day", true]],
    ["The minister spoke to a broadcaster on 11 February.", ["11 February", "2025-02-11", "day", true]],
    ["The minister spoke on 9 January.", ["9 January", "2026-01-09", "day", true]],
    ["On Feb. 3 the gates opened.", ["Feb. 3", "2025-02-03", "day", true]],
    ["The town fell last month.", ["last month", "2025-12", "month", true]],
    ["The ceasefire collapsed in late January.", ["late January", "2026-01", "month", true]],
    ["The deal was signed in March.", ["March", "2025-03", "month", true]],
    ["Attacks rose last year.", ["last year", "2025", "year", true]],
    ["The militias first arrived in 2011.", ["2011", "2011", "year", false]],
    ["Fighting stopped in March 2025.", ["March 2025", "2025-03", "month", false]],
    ["The camp was raided on October 14, 2025.", ["October 14, 2025", "2025-10-14", "day", false]],
    ["Guards left yesterday.", ["yesterday", "2026-01-21", "day", true]],
    ["The convoy left three days ago.", ["three days ago", "2026-01-19", "day", true]],
    ["The war of 2011-2014 ended.", ["2011-2014", "2011/2014", "interval", false]],
    ["Talks ran from 5 to 7 January.", ["5 to 7 January", "2026-01-05/2026-01-07", "interval", true]],
    ["Prices climbed in early 2025.", ["early 2025", "2025", "year", false]],
    ["They have held them since mid-2019.", ["mid-2019", "2019", "year", false]],
    ["On the night of 19 January the guards left.", ["19 January", "2026-01-19", "day", true]],
    ["Over the past two weeks, 500 were moved.", ["past two weeks", "2026-01-08/2026-01-22", "interval", true]],
    ["It was 10 p.m. on Saturday.", ["Saturday", "2026-01-17", "day", true]],
    ["Monday's raid was short.", ["Monday", "2026-01-19", "day", true]],
    ["Guards left this morning.", ["this morning", "2026-01-22", "day", true]],
    ["By the end of the month it will close.", ["the end of the month", "2026-01", "month", true]],
    ["The last flights are expected before the end of the year.", ["the end of the year", "2026", "year", true]],
    ["The two sides agreed to meet again in May.", ["May", "2026-05", "month", true]],
    ["He said the court would rule on 3 March.", ["3 March", "2026-03-03", "day", true]],
    ["The court ruled on 3 March.", ["3 March", "2025-03-03", "day", true]],
    ["The guards, who would later flee the compound in panic, left on Monday.", ["Monday", "2026-01-19", "day", true]],
    ["In the last four days, 300 were moved.", ["last four days", "2026-01-18/2026-01-22", "interval", true]],
    ["Guards left last night.", ["last night", "2026-01-21", "day", true]],
    ["Late last year the camp filled.", ["Late last year", "2025", "year", true]],
    ["Between January and March 2025 they were held.", ["January and March 2025", "2025-01/2025-03", "interval", false]],
    ["From 2019 to 2021 they were held.", ["2019 to 2021", "2019/2021", "interval", false]],
  ])("%s", (text, expected) => {
    expect(dates(text)).toEqual([expected]);
  });

  it("takes the publication day for a weekday that is the publication weekday", () => {
    expect(dates("The statement came Thursday.", "2026-01-22")[0][1]).toBe("2026-01-22");
    expect(dates("The statement came Friday.", "2026-01-22")[0][1]).toBe("2026-01-16");
  });

  it("looks forward for a weekday in a sentence about the future", () => {
    expect(dates("Talks will resume on Monday.", "2026-01-22")[0][1]).toBe("2026-01-26");
    expect(dates("The court is due to rule on Thursday.", "2026-01-22")[0][1]).toBe("2026-01-22");
    expect(dates("He was killed by gunmen on Monday.", "2026-01-22")[0][1]).toBe("2026-01-19");
    expect(dates("The vote will be held in March.", "2026-01-22")[0][1]).toBe("2026-03");
    expect(dates("The prisoners are expected to be moved by 3 February.", "2026-01-22")[0][1]).toBe("2026-02-03");
  });

  it("resolves a month not yet reached this year to last year", () => {
    expect(dates("The siege began in November.", "2026-01-22")[0][1]).toBe("2025-11");
  });

  it("keeps offsets into the whole text", () => {
    const text = "Intro line.\nThe raid came on Sunday night.";
    const [d] = findDates(text, 12, text.length, PUB);
    expect(text.slice(d.start, d.end)).toBe(d.text);
    expect(d.tags).toContain("annotate/dates");
  });
});

describe("findDates without a publication date", () => {
  it("resolves only what the text states in full", () => {
    expect(dates("The handover began Wednesday.", null)).toEqual([]);
    expect(dates("The town fell last month.", null)).toEqual([]);
    expect(dates("He spoke on 11 February.", null)).toEqual([]);
    expect(dates("The deal was signed in March.", null)).toEqual([]);
    expect(dates("It was signed on 11 February 2025.", null)).toEqual([["11 February 2025", "2025-02-11", "day", false]]);
    expect(dates("The group rose in 2014.", null)).toEqual([["2014", "2014", "year", false]]);
  });
});

describe("findDates: not dates", () => {
  it.each([
    "A day later, the ministry issued a statement.",
    "The next day the gates were shut.",
    "Two years later the group was defeated.",
    "So far, nobody has been charged.",
    "They are now held in the north.",
    "The men are currently in custody.",
    "The 13th Brigade guards the base.",
    "A four-day truce was agreed.",
    "They waited for nearly a year.",
    "A man aged 25 was released.",
    "The page was updated at 9:53 AM.",
    "Guards may move them soon.",
    "A march to the camp was planned.",
    "Reports in USA Today said so.",
    "Around 1,500 inmates broke out.",
    "He sat down under the sun.",
    "The truce will last four days.",
    "Officials expect the talks to last two weeks.",
    "Since the October 7 attacks the border has been shut.",
    "It was the second time in a year.",
    "Clashes could mar the talks.",
    "The prison was built in the 1980s.",
  ])("%s", (text) => {
    expect(dates(text)).toEqual([]);
  });
});

describe("relativeOffsetDays", () => {
  it("gives the offset of expressions relative to another event", () => {
    expect(relativeOffsetDays("A day later")).toBe(1);
    expect(relativeOffsetDays("the next day")).toBe(1);
    expect(relativeOffsetDays("the following morning")).toBe(1);
    expect(relativeOffsetDays("two weeks later")).toBe(14);
    expect(relativeOffsetDays("three days earlier")).toBe(-3);
    expect(relativeOffsetDays("the day before")).toBe(-1);
    expect(relativeOffsetDays("the same day")).toBe(0);
    expect(relativeOffsetDays("last month")).toBeNull();
  });
});

describe("DateExtractor", () => {
  it("annotates sentence by sentence and leaves count spans to counts", () => {
    const text = "Guards Leave Prison\nAbout 40 men were moved on Sunday. In 2019 the camp filled.";
    const doc: Annotations = {
      text,
      published: "2026-02-02",
      sentences: [],
      tokens: [],
      counts: [],
      dates: [],
      places: [],
      actors: [],
      attributions: [],
    };
    const ctx = createContext({ docId: "t", published: "2026-02-02" });
    for (const a of [new SentenceSplitter(), new CountExtractor(), new DateExtractor()]) a.annotate(doc, ctx);
    expect(doc.dates.map((d) => [d.text, d.value])).toEqual([
      ["Sunday", "2026-02-01"],
      ["2019", "2019"],
    ]);
    expect(doc.counts.map((c) => c.text)).toEqual(["About 40"]);
  });
});

describe("dates over the shared seed articles", () => {
  const shared = fileURLToPath(new URL("../../../shared", import.meta.url));
  it.skipIf(!existsSync(`${shared}/seeds`))("resolves well-formed dates, never after publication unless stated", () => {
    let total = 0;
    for (const f of readdirSync(`${shared}/seeds`).filter((n) => n.endsWith(".txt"))) {
      const text = readFileSync(`${shared}/seeds/${f}`, "utf8");
      const goldFile = `${shared}/gold/dev/${f.replace(/\.txt$/, "")}.json`;
      const published: string | null = existsSync(goldFile) ? JSON.parse(readFileSync(goldFile, "utf8")).published : null;
      for (const s of splitSentences(text)) {
        for (const d of findDates(text, s.start, s.end, published)) {
          total++;
          expect(text.slice(d.start, d.end)).toBe(d.text);
          expect(d.value).toMatch(/^\d{4}(?:-\d{2}(?:-\d{2})?)?(?:\/\d{4}(?:-\d{2}(?:-\d{2})?)?)?$/);
          if (d.implied) {
            expect(published).not.toBeNull();
            expect(d.value.split("/")[0] <= published!).toBe(true);
          }
        }
      }
      // Without a publication date nothing relative may resolve.
      if (published === null) {
        for (const s of splitSentences(text)) for (const d of findDates(text, s.start, s.end, null)) expect(d.implied).toBe(false);
      }
    }
    expect(total).toBeGreaterThan(5);
  });
});
