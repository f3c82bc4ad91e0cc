// Slot fillers, one block each, on sentences written for these tests.

import { describe, expect, it } from "vitest";
import { extractText } from "./extract-helpers.js";
import type { ExtractedEvent } from "../src/types.js";

const run = (text: string, published: string | null = "2026-01-15"): ExtractedEvent[] => extractText(text, published);
const one = (text: string, published?: string | null) => {
  const events = run(text, published);
  expect(events.length).toBe(1);
  return events[0];
};
const country = (p: { country: string | string[] | null } | null) => (p ? p.country : null);

describe("slot/count-subject", () => {
  it("takes the count of a person noun and the subject in the article's words", () => {
    const e = one("Jordan has taken in 1,200 ISIS inmates from Syria.");
    expect(e.count).toEqual({ value: 1200, qualifier: "exact" });
    expect(e.subject).toBe("ISIS inmates");
  });
  it("ignores counts of things", () => {
    const e = one("The militia runs nearly twenty jails housing about 6,500 alleged fighters.");
    expect(e.count).toEqual({ value: 6500, qualifier: "approx" });
  });
  it("takes a bare count that is the subject of the trigger", () => {
    const e = one("Roughly 2,700 are currently inside Jordanian jails, the ministry announced.");
    expect(e.type).toBe("holding");
    expect(e.count?.value).toBe(2700);
  });
  it("picks the count nearest its own trigger when a sentence has two", () => {
    const events = run(
      "The airlift started with 120 inmates transferred from Raqqa to Erbil, and officials hope in time to move as many as 4,000 inmates to Iraqi jails.",
    );
    expect(events.map((e) => [e.status, e.count?.value])).toEqual([
      ["occurred", 120],
      ["planned", 4000],
    ]);
  });
});

describe("slot/places", () => {
  it("follows preposition chains to origin and destination", () => {
    const e = one("Guards moved 75 inmates from a holding site in Raqqa province to a guarded jail in Erbil.");
    expect(country(e.origin)).toBe("SY");
    expect(country(e.destination)).toBe("IQ");
    expect(e.origin?.name).toBe("Raqqa");
  });
  it("makes the receiving state the destination", () => {
    const e = one("Jordan has taken in 310 inmates, officials announced.");
    expect(country(e.destination)).toBe("JO");
  });
  it("reads a demonym before a facility word as a place", () => {
    const e = one("As many as 2,000 inmates will be transferred to Turkish jails.");
    expect(country(e.destination)).toBe("TR");
  });
  it("puts one-place events at their location", () => {
    const e = one("Army units shelled a jail near Raqqa on Thursday.");
    expect(e.type).toBe("attack");
    expect(country(e.location)).toBe("SY");
    expect(e.geo.location?.lat).not.toBeNull();
  });
  it("lists both countries of an equal swap", () => {
    const e = one("Russia and Ukraine swapped 115 prisoners each on Saturday.");
    expect(e.type).toBe("exchange");
    expect(Array.isArray(e.origin?.country)).toBe(true);
    expect([...((e.origin?.country ?? []) as string[])].sort()).toEqual(["RU", "UA"]);
  });
});

describe("slot/status", () => {
  it("reads plans", () => expect(one("Officials said 300 prisoners would be released next week.").status).toBe("planned"));
  it("reads an intention noun before an infinitive", () => expect(one("The army unveiled a plan to transfer 500 inmates to Erbil.").status).toBe("planned"));
  it("reads ongoing events", () => expect(one("The town of Kobani is under siege.").status).toBe("ongoing"));
  it("reads a noun's own verb", () => expect(one("The relocation of 200 inmates to Erbil is still ongoing.").status).toBe("ongoing"));
  it("defaults to occurred", () => expect(one("Police arrested 12 people in Baghdad.").status).toBe("occurred"));
});

describe("slot/date", () => {
  it("resolves a weekday against the publication date", () =>
    expect(one("Police arrested 12 people in Baghdad on Tuesday.", "2026-03-12").date).toBe("2026-03-10"));
  it("leaves the date null without a publication date", () => expect(one("Police arrested 12 people in Baghdad on Tuesday.", null).date).toBeNull());
  it("does not take a date that belongs to another noun", () => {
    const events = run("The parties struck a deal to revive a June 2024 accord.", "2026-02-01");
    const deal = events.find((e) => e.evidence[0].text.includes("deal") && e.date !== "2024-06");
    expect(deal).toBeDefined();
  });
  it("dates a cumulative figure by publication, implied", () => {
    const e = one("Jordan has taken in 640 inmates from Syrian camps so far.", "2026-02-15");
    expect(e.date).toBe("2026-02-15");
    expect(e.dateImplied).toBe(true);
    expect(e.countKind).toBe("cumulative");
  });
});

describe("slot/actor, slot/source, slot/group", () => {
  it("finds the agent of an active verb and the source of the sentence", () => {
    const e = one("U.S. Central Command moved 60 ISIS inmates from Raqqa to Erbil, U.S. Central Command announced.");
    expect(e.actor).toBe("U.S. Central Command");
    expect(e.source).toBe("U.S. Central Command");
    expect(e.group).toBe("Islamic State");
  });
  it("finds the agent of a passive in its by-phrase", () => {
    const e = one("Forty prisoners were freed by Kurdish authorities on Monday.");
    expect(e.type).toBe("release");
    expect(e.actor).not.toBeNull();
  });
});
