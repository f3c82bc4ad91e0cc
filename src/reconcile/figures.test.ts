import { describe, expect, it } from "vitest";
import { ev, place } from "../../test/reconcile-helpers.js";
import { classifyCount, figureStatesDate, isRateFigure, isWindowTotal, sinceMonth } from "./figures.js";

const route = { type: "repatriation" as const, origin: place("Ruritania", "RR"), destination: place("Borduria", "BD") };

function kindOf(value: number, text: string, type: "repatriation" | "exchange" | "killing" = "repatriation") {
  return classifyCount(ev({ doc: "x", ...route, type, count: { value, qualifier: "approx" }, text }));
}

describe("the kind of a figure from its sentence", () => {
  it("reads a figure reached by a date as a running total", () => {
    expect(kindOf(41_000, "Around 41,000 people had crossed back by March 3, the agency said.")).toBe("cumulative");
    expect(kindOf(900, "Every inmate had been sent home by Sunday evening, some 900 in all, a lawyer said.")).toBe("cumulative");
    // "by" naming who did it is no date
    expect(kindOf(900, "Some 900 were sent home by the border police on Tuesday.")).toBe("one_off");
  });

  it("reads a figure over a span between two dates as a running total", () => {
    expect(kindOf(230_000, "Between 2 May 2030 and 14 June 2031, over 230,000 people have gone back.")).toBe("cumulative");
    expect(kindOf(4000, "The guards expelled about 4,000 people between June and August 2030.")).toBe("cumulative");
  });

  it("reads a figure over days, weeks or months as a running total, but not a day's batch", () => {
    expect(kindOf(18_000, "The ministry expelled nearly 18,000 people during the past 11 days.")).toBe("cumulative");
    expect(kindOf(40, "Roughly 40 families were sent back in about three weeks.")).toBe("cumulative");
    expect(kindOf(700, "Hundreds more, at least 700, have been turned back in recent weeks.")).toBe("cumulative");
    expect(kindOf(1200, "About 1,200 people were sent back in the last 24 hours.")).toBe("one_off");
  });

  it("reads a figure over several rounds as a running total", () => {
    expect(kindOf(1640, "The ministry said 1,640 soldiers had come home through 31 previous swaps.", "exchange")).toBe("cumulative");
    expect(kindOf(1640, "Some 1,640 captives were freed as part of 31 exchanges.", "exchange")).toBe("cumulative");
    expect(kindOf(120, "Each side freed 120 captives in the swap on Friday.", "exchange")).toBe("one_off");
  });

  it("reads a rate as no running total, whatever span the sentence names", () => {
    expect(kindOf(60, "Guards shot up to 60 inmates per week between 2009 and 2012, a report says.", "killing")).toBe("one_off");
    expect(kindOf(1500, "At the peak, 1,500 a day were crossing since the deadline passed.")).toBe("one_off");
    // the span alone still makes a total of the same sentence's other figure
    expect(kindOf(3100, "Guards shot some 3,100 inmates between 2009 and 2012, a report says.", "killing")).toBe("cumulative");
  });

  it("reads escapees caught again as a running count", () => {
    expect(kindOf(7, "Seven of the men who fled have been recaptured, police said.", "killing")).toBe("cumulative");
    expect(kindOf(45, "Officers said 45 of them had been arrested while the hunt went on.", "killing")).toBe("cumulative");
  });

  it("reads every sentence that gives the figure: a headline and the body's wording", () => {
    const e = ev({
      doc: "x",
      ...route,
      count: { value: 2000, qualifier: "approx" },
      text: ["Militia frees 2,000 inmates in seized towns", "The militia has freed some 2,000 inmates after taking four towns in recent days."],
    });
    expect(classifyCount(e)).toBe("cumulative");
  });
});

describe("whether a figure's sentence gives its own date", () => {
  const states = (value: number, text: string) => figureStatesDate(ev({ doc: "x", ...route, count: { value, qualifier: "exact" }, text }));
  it("finds a day, month or year beside the figure but not the start of a span", () => {
    expect(states(450, "By 4 March, 450 had been sent back.")).toBe(true);
    expect(states(450, "In 2029 a similar drive sent back 450.")).toBe(true);
    expect(states(450, "Since the war began in March 2028, 450 have been sent back.")).toBe(false);
    expect(states(4, "Four of the escapees have been caught again.")).toBe(false);
    expect(states(4, "Nobody was caught again.")).toBeNull();
  });
});

describe("a figure that is an average, or a total of a shorter period", () => {
  it("reads an average as a rate", () => {
    const e = ev({
      doc: "x",
      ...route,
      count: { value: 9000, qualifier: "approx" },
      text: "An average of about 9,000 have crossed back in each of the past three months.",
    });
    expect(isRateFigure(e)).toBe(true);
    expect(classifyCount(e)).toBe("one_off");
  });
  it("tells a total of days, weeks or a month from the whole operation's", () => {
    const win = (text: string) => isWindowTotal(ev({ doc: "x", ...route, count: { value: 3300, qualifier: "exact" }, text }));
    expect(win("Officials said 3,300 were sent back during the past 9 days.")).toBe(true);
    expect(win("More than 3,300 people have left the country in June.")).toBe(true);
    expect(win("So far this month 3,300 have been sent back.")).toBe(true);
    expect(win("Since the start of the drive 3,300 have been sent back.")).toBe(false);
    expect(win("In June the total since the drive began reached 3,300 in total.")).toBe(false);
    expect(win("By June 14, 3,300 had been sent back.")).toBe(false);
  });
  it("reads the month a since-span starts from", () => {
    const since = (text: string) => sinceMonth(ev({ doc: "x", ...route, count: { value: 3300, qualifier: "exact" }, text }));
    expect(since("Since the expiry of a Jun. 30 deadline, 3,300 have been sent back.")).toEqual({ month: 6, year: null });
    expect(since("Since the war began in February 2028, 3,300 have come home.")).toEqual({ month: 2, year: 2028 });
    expect(since("Since the drive began, 3,300 have been sent back.")).toBeNull();
  });
});

describe("a batch added to a total", () => {
  it("reads 'another N' and 'N more' as a batch, even beside a running-total cue", () => {
    expect(kindOf(80, "Another 80 have been sent back since Monday, officials said.")).toBe("one_off");
    expect(kindOf(120, "About 120 more had been recaptured by then, a guard said.", "killing")).toBe("one_off");
    expect(kindOf(120, "About 120 had been recaptured by then, a guard said.", "killing")).toBe("cumulative");
  });
});
