// Dates and statuses of events whose own clause states no date, on sentences
// written for these tests and run through the real annotators: the reporting
// date, a narrative carried from sentence to sentence, offsets from the event
// before, publication for what is told as current, and modality.

import { describe, expect, it } from "vitest";
import { annotate } from "../src/annotate/index.js";
import { createContext } from "../src/context.js";
import { extractEvents } from "../src/extract/index.js";
import type { EventType, ExtractedEvent } from "../src/types.js";

// Publication on a Thursday.
const PUB = "2026-01-15";

function run(text: string, published: string | null = PUB): ExtractedEvent[] {
  const ctx = createContext({ docId: "t", published });
  return extractEvents(annotate(text, ctx), ctx);
}

function one(events: ExtractedEvent[], type: EventType): ExtractedEvent {
  const found = events.filter((e) => e.type === type);
  expect(found.map((e) => e.type), `one ${type} among ${events.map((e) => e.type).join(", ")}`).toEqual([type]);
  return found[0];
}

describe("dates from the report and the narrative", () => {
  it("an event reported with 'said on <day>' happened by that day", () => {
    const e = one(run("The army said on Saturday it had recaptured the town of Rumaila from the rebels."), "takeover");
    expect(e.date).toBe("2026-01-10");
  });

  it("a narrative carries its date from sentence to sentence within a paragraph", () => {
    const events = run(
      "Rebel fighters captured the town of Marib on Monday after a week of clashes, officials said. They then freed about 80 inmates from the town jail, guards said. Police arrested about 30 of the escapees, a local official added.",
    );
    expect(one(events, "takeover").date).toBe("2026-01-12");
    expect(one(events, "release").date).toBe("2026-01-12");
    expect(one(events, "arrest").date).toBe("2026-01-12");
  });

  it("'a day later' and 'the next day' count from the event told before", () => {
    const events = run("Government troops captured the city of Tabqa on Monday, the defence ministry said.\n\nA day later, 40 prisoners were released from its central jail, witnesses said.");
    expect(one(events, "release").date).toBe("2026-01-13");
  });

  it("'in the same weeks' takes the time of the event told last", () => {
    const events = run(
      "Hundreds of militiamen crossed into Iraq from Syria in December, officials said. Most were disarmed at the border. In the same weeks, about 1,500 Syrian soldiers who had fled into Iraq were sent back to Syria by the Iraqi army.",
    );
    expect(one(events, "repatriation").date).toBe("2025-12");
  });

  it("a plan 'over four days' spans four days from the day the story has reached", () => {
    const events = run("The truce took effect on Monday morning, the mediators said. Under its terms, the rebels are to free 60 hostages over four days.");
    const e = events.find((x) => x.count?.value === 60)!;
    expect(e.status).toBe("planned");
    expect(e.date).toBe("2026-01-12/2026-01-15");
  });

  it("what is told as current (present perfect, present-tense report) holds at publication", () => {
    expect(one(run("Government troops have entered the al-Hol camp, state television reports."), "takeover").date).toBe(PUB);
  });

  it("an ongoing event holds at the reporting date", () => {
    const e = one(run("Army units have been shelling the prison near Raqqa with drones and mortars, Kurdish officials said on Tuesday."), "attack");
    expect(e.status).toBe("ongoing");
    expect(e.date).toBe("2026-01-13");
  });

  it("a stock figure never takes the time of the sentence before it", () => {
    const events = run("Courts in Baghdad have convicted more than 500 foreign militants since 2018. Iraq holds more than 20,000 people in its prisons on terrorism charges.", null);
    expect(one(events, "holding").date).toBeNull();
  });

  it("a cumulative 'since' figure runs to the day its figures were released", () => {
    const e = one(run("Iraq has received 5,000 detainees from Syria since January 3, according to figures released by the interior ministry on Sunday."), "transfer");
    expect(e.date).toBe("2026-01-03/2026-01-11");
  });

  it("a cumulative figure since the start of an operation on a date runs from that date", () => {
    const e = one(run("The ministry said Iraq has so far received 1,800 detainees since the start of the operation on 2 January."), "transfer");
    expect(e.date).toBe("2026-01-02/2026-01-15");
  });

  it("a cumulative figure 'since the start of the year' runs from its first day", () => {
    const e = one(run("Since the start of the year, Iraq has repatriated more than 4,000 of its citizens from the camp."), "repatriation");
    expect(e.date).toBe("2026-01-01/2026-01-15");
  });

  it("'over the past week', reported on a day before publication, is the week up to that day", () => {
    const e = one(run("Police have arrested 23 suspected militants in raids across the province over the past week, a spokesman said on Tuesday."), "arrest");
    expect(e.date).toBe("2026-01-07/2026-01-13");
  });

  it("a definite noun points back at the dated event it names", () => {
    const events = run(
      "Iraq repatriated 300 of its citizens from the camp in a bus convoy on Monday, the migration ministry said.\n\nThe families were taken to a rehabilitation centre near Mosul.\n\nOfficials praised the returns.\n\nThe security service said five men from the convoy had been detained on arrival.",
    );
    expect(one(events, "arrest").date).toBe("2026-01-12");
  });

  it("a date in a relative clause after the trigger belongs to that clause", () => {
    const e = one(run("On Tuesday troops entered the camp of Roj, whose population had fallen from 10,000 in 2019 to about 2,500."), "takeover");
    expect(e.date).toBe("2026-01-13");
  });
});

describe("statuses", () => {
  it("a plan does not take the date of the report or of background", () => {
    const e = one(run("Iraq, which has received 3,000 detainees since January 3, has urged other states to take back their citizens."), "repatriation");
    expect(e.status).toBe("planned");
    expect(e.date).toBeNull();
  });

  it("a plan keeps a date of its own clause", () => {
    const e = one(run("A second group of 25 prisoners is expected to be released on Saturday, the mediators said."), "release");
    expect(e.status).toBe("planned");
    expect(e.date).toBe("2026-01-17");
  });

  it("an agreement that was signed occurred, whatever it provides for", () => {
    const events = run("On Friday the government and the rebels signed an agreement under which the rebels are to hand over the northern districts.");
    const a = one(events, "agreement");
    expect(a.status).toBe("occurred");
    expect(a.date).toBe("2026-01-09");
  });

  it("a ceasefire announced to start later was still announced", () => {
    const a = one(run("The presidency has announced a ceasefire with the rebels that will take effect at midnight and last four days."), "agreement");
    expect(a.status).toBe("occurred");
    expect(a.date).toBe(PUB);
  });

  it("a stock that 'still' holds stays occurred", () => {
    const h = one(run("The camp still houses about 30,000 people, a camp official said."), "holding");
    expect(h.status).toBe("occurred");
  });

  it("a man 'wanted by' a state is handed over, not wished to be", () => {
    const e = one(run("A Syrian national wanted by Iraq on terrorism charges was handed over to Iraqi authorities at the border on Monday."), "transfer");
    expect(e.status).toBe("occurred");
  });

  it("pressing other governments to take people back is a plan", () => {
    const e = one(run("Kurdish officials have pressed foreign governments to take back their nationals from the camps."), "repatriation");
    expect(e.status).toBe("planned");
  });
});
