// Trigger senses and argument structure: each sentence was written for this
// test and runs through the real annotators and the whole extract stage.

import { describe, expect, it } from "vitest";
import { annotate } from "../src/annotate/index.js";
import { createContext } from "../src/context.js";
import { extractEvents } from "../src/extract/index.js";
import type { ExtractedEvent } from "../src/types.js";

function run(text: string, published: string | null = "2026-01-15"): ExtractedEvent[] {
  const ctx = createContext({ docId: "t", published, debug: true });
  return extractEvents(annotate(text, ctx), ctx);
}
const types = (text: string) => [...new Set(run(text).map((e) => e.type))].sort();

const yes: [string, string][] = [
  // attacks and sieges
  ["attack", "Militia fighters pounded the central prison in Hasakah with rockets on Sunday."],
  ["attack", "Army units have surrounded the town of Manbij, residents said on Monday."],
  ["attack", "The village of Tal Tamr has been cut off for three days, aid workers said."],
  ["attack", "Rebels reported clashes near the Ghweiran prison on Tuesday."],
  ["attack", "The checkpoint came under fire late on Friday, the police said."],
  ["attack", "Soldiers raided the Balata refugee camp near Nablus on Wednesday."],
  ["attack", "Gunmen ambushed a police convoy in Kurram district on Monday."],
  ["attack", "Government units encircled the city of El Obeid in March."],
  // escapes
  ["escape", "About 60 inmates got out of the jail in Kirkuk overnight, police said."],
  ["escape", "More than 400 prisoners fled during the riot on Friday, the guards' union said."],
  ["escape", "Twenty of the pupils abducted by gunmen last week have made their way back to their village after escaping from their captors, officials said on Sunday."],
  // arrests
  ["arrest", "Dozens of suspects were picked up by the police in Mosul on Tuesday."],
  ["arrest", "Border guards held 20 men from the bus for further questioning on Sunday."],
  ["arrest", "Police took 14 protesters into custody in Basra on Monday."],
  // takeovers
  ["takeover", "The rebels lost control of the town of Saraqib on Thursday."],
  ["takeover", "The army entered the town of Tabqa on Friday."],
  // repatriations
  ["repatriation", "A convoy carrying 600 Iraqis crossed back into Iraq from the camp on Tuesday."],
  ["repatriation", "Ankara has sent more than 2,000 foreign fighters back to their home countries since 2019."],
  // relocations of fighters on their own
  ["relocation", "Hundreds of militiamen pulled back across the border to Iraq on Monday."],
  // transfers: the recipient after a long object; the subject behind a participle phrase
  ["transfer", "The Kurdish authorities handed 45 suspects of several nationalities to Iraqi authorities on Monday."],
  ["transfer", "A Turkish national wanted by Iraq on terrorism charges was handed over to Iraqi police on Friday."],
  ["arrest", "Police picked up 12 suspects in Basra on Monday."],
  ["repatriation", "A convoy carrying 500 Iraqis left the camp for Iraq on Tuesday."],
  ["repatriation", "The ministry urged the 30 governments concerned to receive their citizens."],
  ["agreement", "The parties struck a deal to end the siege of the town on Friday."],
  ["agreement", "The ministry signed a memorandum with the Kurdish authorities on the return of detainees."],
  // agreements and trials
  ["agreement", "The two sides have agreed that no more than 5,000 prisoners will be moved."],
  ["trial", "Nine more suspects are due to appear before the court in Baghdad next week."],
  // a swap's returned captives are a leg of the exchange
  ["exchange", "Under the swap, 84 Russian servicemen were returned from territory held by Kyiv on Friday."],
];

const no: [string, string][] = [
  ["attack", "The hills surrounding the town are covered in snow."],
  ["attack", "Two soldiers were killed in clashes near the border town of Qaim on Monday."],
  ["escape", "Thousands of civilians fled into Turkey last week."],
  ["release", "Figures released by the interior ministry on Sunday showed a sharp fall in crime."],
  ["release", "Several attempts to free the hostages have failed in recent years."],
  ["killing", "More than 300,000 people died in the civil war."],
  ["holding", "About 40 delegates held talks in Geneva on Monday."],
  ["takeover", "Hundreds of militants entered Syria through Turkey in 2014."],
  ["relocation", "A guard was shot dead by the gunmen as they withdrew from the village of Kuriga."],
  ["transfer", "The ministry freed 23 of the men and handed them to border guards on Sunday."],
  ["arrest", "Police picked up the phone and called the army."],
  ["escape", "Thousands of refugees have made their way back home since the war ended."],
  ["agreement", "Saudi Arabia and Iraq signed an electricity deal on Monday."],
  ["takeover", "Some 30 prisoners broke out of the jail in Kirkuk on Sunday before being recaptured."],
];

describe("trigger senses", () => {
  for (const [type, text] of yes) it(`${type}: ${text}`, () => expect(types(text)).toContain(type));
  for (const [type, text] of no) it(`not ${type}: ${text}`, () => expect(types(text)).not.toContain(type));

  it("reads a headline's plural subject + bare verb as a verb", () => {
    expect(types("Government factions shell al-Aqtan prison for fourth day")).toEqual(["attack"]);
  });
  it("takes the people, not the place, as what crossed back", () => {
    const e = run("A convoy carrying 600 Iraqis crossed back into Iraq from the camp on Tuesday.").find((x) => x.type === "repatriation");
    expect(e?.count?.value).toBe(600);
  });
  it("gives a passive after 'before being' the main clause's subject", () => {
    expect(types("Some 30 prisoners broke out of the jail in Kirkuk on Sunday before being recaptured.")).toEqual(["arrest", "escape"]);
  });
  it("reads bodies received in return as legs of a swap", () => {
    const got = run("Kyiv received 900 bodies on Friday, and Moscow in return received the bodies of 25 of its soldiers.");
    expect(got.map((e) => `${e.type} ${e.count?.value}`).sort()).toEqual(["exchange 25", "exchange 900"]);
  });
  it("finds the subject behind a participle phrase and a time phrase", () => {
    const e = run("Twenty of the pupils abducted by gunmen last week have made their way back to their village after escaping from their captors, officials said on Sunday.").find((x) => x.type === "escape");
    expect(e?.count?.value).toBe(20);
  });
  it("drops the lines of a related-links block", () => {
    const text = [
      "Fighters shelled the prison in Raqqa on Monday, officials said.",
      "",
      "Related:",
      "Kuwait deports 300 over residency violations",
      "Rebels seize the town of Tabqa after clashes",
      "",
      "> Police arrest 40 suspects in Basra raid",
    ].join("\n");
    expect(run(text).map((e) => e.type)).toEqual(["attack"]);
  });
  it("keeps the release and drops the handing-on as a second event", () => {
    expect(types("The ministry freed 23 of the men and handed them to border guards on Sunday.")).toEqual(["release"]);
  });
});
