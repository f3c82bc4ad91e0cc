// Dates and statuses of events whose own clause states no date, on sentences
// written for these tests and run through the real annotators: the reporting
// date, a narrative carried from sentence to sentence, offsets from the event
// before, publication for what is told as current, and modality.

import { describe, expect, it } from "vitest";
import { extractText, one } from "./extract-helpers.js";
import type { EventType, ExtractedEvent } from "../src/types.js";

// Publication on a Thursday.
const PUB = "2026-01-15";

const run = (text: string, published: string | null = PUB): ExtractedEvent[] => extractText(text, published);

describe("dates from the report and the narrative", () => {
  it("a record no date reaches takes the one day the document gives its other records of that kind", () => {
    const events = run(
      "Some 120 inmates broke out of the jail in Gulu on Monday night, prison officials said.\n\nIt was built for 300 people. Rights groups have long criticised it. Families gathered at the gate.\n\nOfficials said 30 prisoners escaped through a hole in a wall.",
    );
    const part = events.find((e) => e.type === "escape" && e.count?.value === 30);
    expect(part?.date).toBe("2026-01-12");
  });

  it("never takes the month a premodifier gives another record of its kind", () => {
    const events = run("The two sides signed a deal to end the fighting and carry out a March 2024 agreement.");
    const deals = events.filter((e) => e.type === "agreement");
    expect(deals.map((e) => e.date ?? null).sort()).toEqual(["2024-03", null].sort());
  });

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
    const events = run(
      "Government troops captured the city of Tabqa on Monday, the defence ministry said.\n\nA day later, 40 prisoners were released from its central jail, witnesses said.",
    );
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
    const events = run(
      "Courts in Baghdad have convicted more than 500 foreign militants since 2018. Iraq holds more than 20,000 people in its prisons on terrorism charges.",
      null,
    );
    expect(one(events, "holding").date).toBeNull();
  });

  it("a cumulative 'since' figure runs to the day its figures were released", () => {
    const e = one(
      run("Iraq has received 5,000 detainees from Syria since January 3, according to figures released by the interior ministry on Sunday."),
      "transfer",
    );
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

describe("dates in subordinate clauses and counted from the writing", () => {
  it("'the worst since <date>' does not date a one-off event; 'since <date>, when ...' dates the when-clause", () => {
    const events = run("The bombing was the deadliest in the province since March 2025, when militants killed 14 police officers at a checkpoint.");
    const killing = one(events, "killing");
    expect(killing.date).toBe("2025-03");
    expect(events.filter((e) => e.type === "attack").every((e) => e.date !== "2025-03")).toBe(true);
  });

  it("'in the days after <date>' is the span that follows the date", () => {
    const e = one(run("About 300 militiamen withdrew into Lebanon in the days after the truce collapsed on January 3, two commanders said."), "relocation");
    expect(e.date).toBe("2026-01-03/2026-01-10");
  });

  it("a fixed offset ('two days after <date>') is not turned into a span", () => {
    const events = run("Rebels released 12 hostages two days after the talks opened on January 5, the mediators said.");
    expect(one(events, "release").date).not.toMatch(/\//);
  });

  it("'an hour later' counts from the last day the sentence before names", () => {
    const events = run(
      "The convoy left the capital on Saturday night and reached the frontier post shortly before noon on Sunday.\n\nAn hour later, the rebels freed 9 hostages at the same post, a Red Cross official said.",
    );
    expect(one(events, "release").date).toBe("2026-01-11");
  });

  it("'next week' without an article is the calendar week after publication", () => {
    const e = one(run("The government is expected to free 30 prisoners next week, a presidential aide said."), "release");
    expect(e.status).toBe("planned");
    // published Thursday 15 January: next week runs Monday 19 to Sunday 25
    expect(e.date).toBe("2026-01-19/2026-01-25");
  });

  it("'Three months after X happened, ...' dates X that far before publication", () => {
    const events = run("Three months after rebel fighters seized the town of Kadugli, its market has reopened and some families have come back.");
    expect(one(events, "takeover").date).toBe("2025-10");
    const weeks = run("Two weeks after gunmen attacked an army base near the border, the roads to the area remain closed, a local official said.");
    expect(one(weeks, "attack").date).toBe("2026-01-01");
  });

  it("the narrative date reaches back past undated sentences of the same paragraph", () => {
    const events = run(
      "On Tuesday, soldiers retook the border town of Qaim after heavy fighting. Residents began to come out of their cellars in the afternoon. Medics at the town hospital said three civilians were killed.",
    );
    expect(one(events, "killing").date).toBe("2026-01-13");
  });

  it("'during the raid' dates an event by the raid told before, not by the day of the statement", () => {
    const events = run(
      "Militants raided a police station in the town of Buni Yadi on Sunday night.\n\nAccording to a police statement issued on Tuesday, six officers were killed during the raid.",
    );
    expect(one(events, "killing").date).toBe("2026-01-11");
  });

  it("'in the attack' points past a later dated sentence to the attack itself", () => {
    const events = run(
      "Gunmen attacked an army checkpoint outside Mosul on Monday. Police arrested two suspects on Wednesday. Officials said nine soldiers were killed in the attack.",
    );
    expect(one(events, "killing").date).toBe("2026-01-12");
  });

  it("a stock 'at the time of the raid' holds on the day of the raid", () => {
    const events = run("Insurgents raided the central jail in Kandahar on Friday night. A warden said the jail held 870 inmates at the time of the raid.");
    const h = one(events, "holding");
    expect(h.date).toBe("2026-01-09");
  });

  it("a statement's day does not carry on as the time of the next sentence", () => {
    const events = run(
      "Rebels shelled the port of Hodeidah late on Monday.\n\nAccording to a statement read on the radio on Wednesday, 14 sailors were wounded in the shelling. Two dock workers were killed.",
    );
    expect(one(events, "killing").date).toBe("2026-01-12");
  });
});

describe("modality cues beyond will/would", () => {
  const planned: [string, EventType][] = [
    ["The army is poised to hand 200 captured militiamen over to the police in Erbil.", "transfer"],
    ["The government has yet to release the 45 fishermen held in Karachi since May.", "release"],
    ["Kenya has committed to bringing home 60 of its nationals from the camps in Somalia.", "repatriation"],
    ["The authorities must free the 12 journalists detained in Asmara, the union said.", "release"],
    ["Officials are considering moving about 500 detainees from Tripoli to a prison in Misrata.", "transfer"],
  ];
  for (const [text, type] of planned)
    it(`planned: ${text}`, () => {
      const e = one(run(text), type);
      expect(e.status).toBe("planned");
    });

  const none: string[] = [
    "Guards foiled a mass escape of 30 inmates from the jail in Kumasi on Sunday.",
    "The minister ruled out releasing the 80 rebels held in the capital, Bangui.",
    "Ankara declined to repatriate the 40 Syrian refugees detained in Izmir.",
    "The rebels threatened to execute 11 soldiers they captured near Goma.",
  ];
  for (const text of none)
    it(`no event: ${text}`, () => {
      const events = run(text).filter((e) => ["escape", "release", "repatriation", "killing"].includes(e.type));
      expect(events).toEqual([]);
    });
});

describe("ongoing cues", () => {
  it("'keeps -ing' and 'currently' mark an event under way, while a stock that 'currently' holds stays occurred", () => {
    expect(one(run("Artillery keeps shelling the central prison in Raqqa, residents said."), "attack").status).toBe("ongoing");
    expect(one(run("The Hol camp currently holds about 40,000 people, officials said."), "holding").status).toBe("occurred");
  });
});
