// Refiners over whole short articles written for these tests.

import { describe, expect, it } from "vitest";
import { annotate } from "../src/annotate/index.js";
import { createContext } from "../src/context.js";
import { extractEvents, REFINERS } from "../src/extract/index.js";
import { countsCompatible } from "../src/extract/refiners/merge-same-event.js";
import type { ExtractedEvent } from "../src/types.js";

function run(text: string, published: string | null = "2026-01-15"): ExtractedEvent[] {
  const ctx = createContext({ docId: "t", published });
  return extractEvents(annotate(text, ctx), ctx);
}

describe("refiner order", () => {
  it("is data, filter first and confidence last", () => {
    const names = REFINERS.map((r) => r.name);
    expect(names[0]).toBe("refiner/unlikely-event-filter");
    expect(names.at(-1)).toBe("refiner/confidence");
    expect(names).toContain("refiner/merge-same-event");
  });
});

describe("refiner/merge-same-event", () => {
  it("makes one record of a headline and the sentence it sums up", () => {
    const events = run("Iraq Takes In Hundreds of Detainees From Syria\n\nIraq has taken in 450 detainees from Syria, a minister said on Sunday.");
    expect(events.length).toBe(1);
    expect(events[0].count?.value).toBe(450);
    expect(events[0].evidence.length).toBe(2);
    expect(events[0].tags).toContain("refiner/merge-same-event");
  });
  it("keeps two figures for the same operation at different times apart", () => {
    const events = run("The handover began on Monday with 150 detainees moved from Hasakah to Iraq.\n\nOfficials said on Friday that 450 detainees had been moved from Syria to Iraq so far.");
    expect(events.map((e) => e.count?.value).sort()).toEqual([150, 450]);
  });
  it("keeps takeovers of two different towns apart", () => {
    const events = run("Rebels seized the town of Manbij on Monday.\n\nRebels seized the town of Tabqa on Tuesday.");
    expect(events.filter((e) => e.type === "takeover").length).toBe(2);
  });
  it("folds a repeated paragraph into one record", () => {
    const p = "Rebels seized the town of Manbij on Monday after heavy fighting.";
    const events = run(`${p}\n\n${p}`);
    expect(events.length).toBe(1);
    expect(events[0].evidence.length).toBe(2);
  });
  it("joins a stock figure at the destination to the movement that made it", () => {
    const events = run("Iraq has received close to 5,000 prisoners from Syria. Nearly 5,000 are now in Iraqi facilities, officials said.");
    expect(events.length).toBe(1);
    expect(events[0].type).toBe("transfer");
  });
  it("matches a vague word with a precise figure only when asked", () => {
    expect(countsCompatible({ value: 100, qualifier: "vague" }, { value: 450, qualifier: "exact" })).toBe(true);
    expect(countsCompatible({ value: 100, qualifier: "vague" }, { value: 450, qualifier: "exact" }, false)).toBe(false);
    expect(countsCompatible({ value: 500, qualifier: "at_least" }, { value: 532, qualifier: "exact" })).toBe(true);
    expect(countsCompatible({ value: 150, qualifier: "exact" }, { value: 7000, qualifier: "at_most" })).toBe(false);
  });
});

describe("refiner/unlikely-event-filter", () => {
  it("drops everything in a reader comments section", () => {
    const events = run("Police arrested 12 people in Baghdad on Monday.\n\n3 Comments\n\nGood that the police arrested 40 men in Basra, well done.");
    expect(events.length).toBe(1);
  });
  it("drops questions and capacities", () => {
    expect(run("Were 200 prisoners moved from Syria to Iraq on Monday?")).toEqual([]);
    expect(run("The new prison in Basra can hold up to 40,000 inmates.")).toEqual([]);
  });
});

describe("refiner/resolve-dates", () => {
  it("carries the date of the sentence before in a narrative paragraph", () => {
    const events = run("Last month, the army announced a plan for the detainees. The operation began with 150 detainees moved from Hasakah to Iraq.", "2026-02-02");
    const moved = events.find((e) => e.count?.value === 150);
    expect(moved?.date).toBe("2026-01");
    expect(moved?.dateImplied).toBe(true);
  });
  it("never invents a date without a publication date", () => {
    const events = run("Iraq has received 1,200 detainees from Syria so far.", null);
    expect(events[0].date).toBeNull();
  });
});

describe("refiner/inherit-context and refiner/confidence", () => {
  it("fills an unnamed location from the document's country", () => {
    const events = run("Fighting raged across Syria this week. In Hasakah, guards lost control of the jail.\n\nSome 300 prisoners escaped after the guards fled, witnesses said.");
    const escape = events.find((e) => e.type === "escape");
    expect(escape?.location?.country).toBe("SY");
    expect(escape?.tags).toContain("refiner/inherit-context");
  });
  it("scores every record between 0 and 1", () => {
    for (const e of run("Police arrested 12 people in Baghdad on Monday. Rebels seized the town of Manbij.")) {
      expect(e.confidence).toBeGreaterThan(0);
      expect(e.confidence).toBeLessThanOrEqual(1);
      expect(e.tags).toContain("refiner/confidence");
    }
  });
});
