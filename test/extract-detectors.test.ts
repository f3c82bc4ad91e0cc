// One block per detector: sentences written for these tests, each with the
// event types it must (and must not) produce, run through the real annotators.

import { describe, expect, it } from "vitest";
import { annotate } from "../src/annotate/index.js";
import { createContext } from "../src/context.js";
import { extractEvents } from "../src/extract/index.js";
import type { ExtractedEvent } from "../src/types.js";

function run(text: string, published: string | null = "2026-01-15"): ExtractedEvent[] {
  const ctx = createContext({ docId: "t", published, debug: true });
  const events = extractEvents(annotate(text, ctx), ctx);
  return events;
}

const types = (text: string) =>
  run(text)
    .map((e) => e.type)
    .sort();

const cases: Record<string, { yes: string[]; no?: string[] }> = {
  transfer: {
    yes: [
      "Turkish authorities deported 25 suspected militants to Germany on Wednesday.",
      "More than 1,000 detainees have been moved to Iraqi prisons since January, the ministry said.",
      "The guards handed over 40 prisoners to the federal police in Basra.",
    ],
    no: ["The museum moved its collection to a new building."],
  },
  escape: {
    yes: [
      "Around 300 inmates broke out of the central prison in Kirkuk late on Monday, police said.",
      "Dozens of prisoners escaped from a jail in Mosul on Friday.",
      "Armed men stormed a district jail in Lamu on Sunday night and freed 210 inmates, police said.",
    ],
    no: ["The detainees did not escape during the riot."],
  },
  release: {
    yes: ["Kurdish authorities released 60 Syrian women and children from al-Hol camp on Sunday."],
    no: ["The ministry released a statement on Monday.", "Armed men stormed a district jail in Lamu on Sunday night and freed 210 inmates, police said."],
  },
  exchange: { yes: ["Kyiv and Moscow swapped 90 prisoners each on Sunday."], no: ["He received a car in exchange for his silence."] },
  repatriation: {
    yes: [
      "Kazakhstan repatriated 37 of its citizens from camps in northeast Syria last week.",
      "Turkish police deported 86 Syrians on Tuesday, a monitoring group said.",
      "Some 4,000 Afghan families crossed into Afghanistan at Torkham on Monday.",
    ],
  },
  relocation: {
    yes: [
      "Hundreds of militiamen crossed into Iraq from Syria on Friday, security sources said.",
      "Thousands of fighters have withdrawn from Aleppo to Lebanon.",
    ],
    no: ["Workers moved heavy equipment out of the city centre."],
  },
  arrest: {
    yes: [
      "Security forces arrested 12 people in Baghdad on Saturday.",
      "Police detained 30 suspects after the bombing in Kirkuk.",
      "Of the inmates who fled, 140 have surrendered to the prison authorities, the district chief said.",
      "By Friday morning, about 90 escaped convicts had returned to the jail.",
    ],
    no: ["The issue of militants detained in foreign prisons remains sensitive."],
  },
  trial: { yes: ["A court in Baghdad sentenced 11 French citizens to death for joining the Islamic State group."], no: ["She tried to call her brother."] },
  takeover: {
    yes: ["Rebel fighters seized the town of Manbij after two days of fighting.", "Syrian government troops took control of the Qamishli airport on Sunday."],
    no: ["Police captured 12 suspects in Raqqa."],
  },
  attack: {
    yes: ["Government forces shelled the town of Tal Tamr on Thursday.", "A crowd broke into the district jail in Kisumu on Friday afternoon."],
    no: ["Small armed cells still launch deadly attacks in remote valleys."],
  },
  killing: {
    yes: ["At least 20 people were killed in Idlib on Tuesday.", "Islamic State militants executed 15 men in Raqqa in 2015."],
    no: ["The two governments executed what officials called the largest prisoner exchange of the year."],
  },
  agreement: {
    yes: ["The two sides signed a ceasefire agreement in Damascus on Monday.", "The government and the rebels reached a deal on Friday."],
    no: ["He was struck by how many people came."],
  },
  holding: {
    yes: [
      "The jail holds roughly 3,200 alleged members of the militia.",
      "About 2,500 foreign fighters are currently held in camps in northeast Syria.",
      "The camp is home to some 22,000 residents, largely women and young children.",
      "The militia has been holding 12 aid workers in a village near the border.",
    ],
    no: [
      "The new prison can hold up to 40,000 inmates.",
      "The prison, which once held many foreign fighters, is now empty.",
      "Some 120 inmates escaped from the main jail in Gulu on Monday night.",
    ],
  },
};

describe("detectors", () => {
  for (const [type, { yes, no = [] }] of Object.entries(cases)) {
    describe(type, () => {
      for (const s of yes) it(`finds it in: ${s}`, () => expect(types(s)).toContain(type));
      for (const s of no) it(`finds none in: ${s}`, () => expect(types(s)).not.toContain(type));
    });
  }

  it("tags every record with the detector that found it", () => {
    const [e] = run("Police detained 30 suspects after the bombing in Kirkuk.");
    expect(e.tags).toContain("detector/arrest");
  });

  it("takes the type of the event an anaphor refers back to", () => {
    const events = run(
      "The airlift started on Monday with 90 inmates transferred from Raqqa to Erbil. The effort could in time cover as many as 3,000 inmates.",
    );
    const planned = events.find((e) => e.status === "planned");
    expect(planned?.type).toBe("transfer");
    expect(planned?.count).toEqual({ value: 3000, qualifier: "at_most" });
    expect(planned?.tags).toContain("detector/anaphor");
  });
});
