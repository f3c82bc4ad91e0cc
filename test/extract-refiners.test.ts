// Refiners over whole short articles written for these tests.

import { describe, expect, it } from "vitest";
import { REFINERS } from "../src/extract/index.js";
import { countsCompatible } from "../src/extract/refiners/merge-same-event.js";
import { extractText } from "./extract-helpers.js";
import type { ExtractedEvent } from "../src/types.js";

const run = (text: string, published: string | null = "2026-01-15"): ExtractedEvent[] => extractText(text, published);

describe("refiner order", () => {
  it("is data: mentions marked first, the filter before merging, confidence last", () => {
    const names = REFINERS.map((r) => r.name);
    const at = (n: string) => names.indexOf(`refiner/${n}`);
    expect(at("mention-strength")).toBe(0);
    expect(at("clause-plan")).toBeLessThan(at("unlikely-event-filter"));
    expect(at("unlikely-event-filter")).toBeLessThan(at("merge-same-event"));
    expect(names.at(-1)).toBe("refiner/confidence");
  });
});

describe("refiner/merge-same-event", () => {
  it("makes one record of a headline and the sentence it sums up", () => {
    const events = run("Jordan Takes In Hundreds of Inmates From Syrian Camps\n\nJordan has taken in 380 inmates from Syria, a minister announced on Sunday.");
    expect(events.length).toBe(1);
    expect(events[0].count?.value).toBe(380);
    expect(events[0].evidence.length).toBe(2);
    expect(events[0].tags).toContain("refiner/merge-same-event");
  });
  it("keeps two figures for the same operation at different times apart", () => {
    const events = run(
      "The airlift started on Monday with 120 inmates transferred from Raqqa to Erbil.\n\nOfficials announced on Friday that 380 inmates had been relocated from Syrian camps to Erbil so far.",
    );
    expect(events.map((e) => e.count?.value).sort()).toEqual([120, 380]);
  });
  it("keeps takeovers of two different towns apart", () => {
    const events = run("Rebels seized the town of Manbij on Monday.\n\nRebels seized the town of Tabqa on Tuesday.");
    expect(events.filter((e) => e.type === "takeover").length).toBe(2);
  });
  it("makes one attack of a prison named short and named in full, and keeps two prisons apart", () => {
    const one = run(
      "Gunmen attacked the Kuje Medium Security Correctional Centre on Tuesday night, officials said.\n\nThe gunmen attacked Kuje prison with explosives, a guard said.",
    ).filter((e) => e.type === "attack");
    expect(one.length).toBe(1);
    expect(one[0].evidence.length).toBe(2);
    const two = run(
      "Gunmen attacked the Kuje Medium Security Correctional Centre on Tuesday night, officials said.\n\nOther gunmen attacked Keffi prison with explosives on Wednesday, a guard said.",
    ).filter((e) => e.type === "attack");
    expect(two.length).toBe(2);
  });
  it("folds a repeated paragraph into one record", () => {
    const p = "Rebels seized the town of Manbij on Monday after heavy fighting.";
    const events = run(`${p}\n\n${p}`);
    expect(events.length).toBe(1);
    expect(events[0].evidence.length).toBe(2);
  });
  it("joins a stock figure at the destination to the movement that made it", () => {
    const events = run("Jordan has taken in about 1,300 inmates from Syria. Roughly 1,300 are currently inside Jordanian jails, officials announced.");
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
  it("reads a deal named as the way a swap was done as the swap, and keeps a deal told on its own", () => {
    const swap = run("Kyiv and Moscow exchanged 120 prisoners of war on Friday in a deal brokered by Qatar.");
    expect(swap.map((e) => e.type)).toEqual(["exchange"]);
    const deal = run("Kyiv and Moscow signed a deal on Friday to exchange 120 prisoners of war next month.");
    expect(deal.map((e) => e.type)).toContain("agreement");
  });
  it("drops questions and capacities", () => {
    expect(run("Were 200 inmates transferred to Erbil on Monday?")).toEqual([]);
    expect(run("The new prison in Basra can hold up to 40,000 inmates.")).toEqual([]);
  });
});

describe("refiner/resolve-dates", () => {
  it("carries the date of the sentence before in a narrative paragraph", () => {
    const events = run(
      "In December, the ministry unveiled a scheme for the inmates. The first stage saw 90 inmates transferred from Raqqa to Erbil.",
      "2026-02-02",
    );
    const moved = events.find((e) => e.count?.value === 90);
    expect(moved?.date).toBe("2025-12");
    expect(moved?.dateImplied).toBe(true);
  });
  it("never invents a date without a publication date", () => {
    const events = run("Jordan has taken in 640 inmates from Syrian camps to date.", null);
    expect(events[0].date).toBeNull();
  });
});

describe("refiner/inherit-context and refiner/confidence", () => {
  it("fills an unnamed location from the document's country", () => {
    const events = run(
      "Clashes spread across Syria this week. In Raqqa, wardens lost their grip on the central jail.\n\nAround 260 inmates escaped after the wardens ran off, residents said.",
    );
    const escaped = events.find((e) => e.type === "escape");
    expect(escaped?.location?.country).toBe("SY");
    expect(escaped?.tags).toContain("refiner/inherit-context");
  });
  it("scores every record between 0 and 1", () => {
    for (const e of run("Police arrested 12 people in Baghdad on Monday. Rebels seized the town of Manbij.")) {
      expect(e.confidence).toBeGreaterThan(0);
      expect(e.confidence).toBeLessThanOrEqual(1);
      expect(e.tags).toContain("refiner/confidence");
    }
  });
});

describe("refiner/resolve-dates, relative to an event", () => {
  it("dates 'a day later' from the event before it", () => {
    const events = run("Rebels seized the town of Manbij on Monday. A day later, the army shelled the town of Tabqa.", "2026-01-15");
    expect(events.map((e) => [e.type, e.date])).toEqual([
      ["takeover", "2026-01-12"],
      ["attack", "2026-01-13"],
    ]);
  });
});

describe("refiner/swap-legs and refiner/deportation-home", () => {
  it("makes the legs of an unequal swap two exchanges", () => {
    const events = run("Rebels released two captured pilots on Monday, and the government freed 32 prisoners in return, mediators said.");
    expect(events.map((e) => [e.type, e.count?.value])).toEqual([
      ["exchange", 2],
      ["exchange", 32],
    ]);
  });
  it("reads a deportation to the people's own countries as a repatriation", () => {
    const [e] = run("The authorities deported 40 foreign fighters to their home countries on Monday.");
    expect(e.type).toBe("repatriation");
    expect(e.tags).toContain("refiner/deportation-home");
  });
});

describe("mentions and anchors", () => {
  it("drops an event used only as a time anchor", () => {
    const events = run("About 240 people were wounded during the rebel attack on the town of Tabqa in October.");
    expect(events.filter((e) => e.type === "attack")).toEqual([]);
  });
  it("keeps 'a second' prison apart from the first", () => {
    const events = run("Gunmen attacked the central prison in Mosul on Saturday.\n\nA second prison, near the border, was attacked on Sunday.");
    expect(events.filter((e) => e.type === "attack").length).toBe(2);
  });
  it("leaves what an agreement provides for to the agreement", () => {
    const events = run("The government and the rebels have agreed to release 300 detainees, the mediator said on Monday.");
    expect(events.map((e) => e.type)).toEqual(["agreement"]);
    expect(events[0].count?.value).toBe(300);
  });
});
