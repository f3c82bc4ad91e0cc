// Trigger senses and argument structure: each sentence was written for this
// test and runs through the real annotators and the whole extract stage.

import { describe, expect, it } from "vitest";
import { extractText } from "./extract-helpers.js";
import type { ExtractedEvent } from "../src/types.js";

const run = (text: string, published: string | null = "2026-01-15"): ExtractedEvent[] => extractText(text, published, true);
const types = (text: string) => [...new Set(run(text).map((e) => e.type))].sort();

const yes: [string, string][] = [
  // attacks and sieges
  ["attack", "Artillery units pounded the old town of Marib overnight, local officials said."],
  ["attack", "Insurgents surrounded a police base near the town of Menaka on Monday."],
  ["attack", "The village of Tal Tamr has been cut off for three days, aid workers said."],
  ["attack", "Residents described heavy clashes outside the central jail in Mosul on Tuesday."],
  ["attack", "The checkpoint came under fire late on Friday, the police said."],
  ["attack", "Soldiers raided the Balata refugee camp near Nablus on Wednesday."],
  ["attack", "Gunmen ambushed a police convoy in Kurram district on Monday."],
  ["attack", "Government units encircled the city of El Obeid in March."],
  ["attack", "The city has been besieged by the paramilitary force since May."],
  // escapes
  ["escape", "About 60 inmates got out of the jail in Kirkuk overnight, police said."],
  ["escape", "More than 400 prisoners fled during the riot on Friday, the guards' union said."],
  ["escape", "Eleven students kidnapped by bandits in March made their way home to Zaria after fleeing their abductors on Saturday."],
  // arrests
  ["arrest", "Dozens of suspects were picked up by the police in Mosul on Tuesday."],
  ["arrest", "Customs officers held 20 passengers for questioning at the airport on Sunday."],
  ["arrest", "Police took 14 protesters into custody in Basra on Monday."],
  // takeovers
  ["takeover", "The rebels lost control of the town of Saraqib on Thursday."],
  ["takeover", "The army entered the town of Tabqa on Friday."],
  // repatriations
  ["repatriation", "Some 600 Iraqis crossed back into Iraq aboard a dozen buses on Tuesday."],
  ["repatriation", "Jordan has sent more than 2,000 foreign fighters back to their home countries since 2018."],
  // relocations of fighters on their own
  ["relocation", "Hundreds of militiamen pulled back across the border to Iraq on Monday."],
  // transfers: the recipient after a long object; the subject behind a participle phrase
  ["transfer", "Local commanders handed 17 captured gunmen from three countries to the federal police on Monday."],
  ["transfer", "A Jordanian man wanted in Iraq on smuggling charges was handed over to the police in Basra on Friday."],
  ["arrest", "Police picked up 12 suspects in Basra on Monday."],
  ["repatriation", "About 500 Tajiks left the camp for Tajikistan on Tuesday."],
  ["repatriation", "Officials called on European capitals to accept their nationals held in the camps."],
  ["agreement", "The parties struck a deal to end the siege of the town on Friday."],
  ["agreement", "The ministry signed a memorandum with the Kurdish authorities on the return of detainees."],
  // agreements and trials
  ["agreement", "The two sides have agreed that no more than 5,000 prisoners will be moved."],
  ["trial", "A further nine defendants are due to appear before judges in Basra next week."],
  // a swap's returned captives are a leg of the exchange
  ["exchange", "Under the swap, 40 Armenian soldiers were returned from Azerbaijani custody on Friday."],
];

const no: [string, string][] = [
  ["attack", "The hills surrounding the town are covered in snow."],
  ["attack", "Two soldiers were killed in clashes near the border town of Qaim on Monday."],
  ["escape", "Thousands of civilians fled into Turkey last week."],
  ["release", "Figures released by the interior ministry on Sunday showed a sharp fall in crime."],
  ["release", "Two bids to free the hostages by force ended in failure last year."],
  ["killing", "More than 300,000 people died in the civil war."],
  ["holding", "About 40 delegates held talks in Geneva on Monday."],
  ["takeover", "Hundreds of militants entered Syria through Turkey in 2014."],
  ["relocation", "A guard was shot dead by the gunmen as they withdrew from the village of Kuriga."],
  ["transfer", "The rebels released eight of the soldiers and handed them to a Red Crescent team near Idlib on Sunday."],
  ["arrest", "Police picked up the phone and called the army."],
  ["escape", "Thousands of refugees have made their way back home since the war ended."],
  ["agreement", "Saudi Arabia and Iraq signed an electricity deal on Monday."],
  ["takeover", "Some 30 prisoners broke out of the jail in Kirkuk on Sunday before being recaptured."],
];

describe("trigger senses", () => {
  for (const [type, text] of yes) it(`${type}: ${text}`, () => expect(types(text)).toContain(type));
  for (const [type, text] of no) it(`not ${type}: ${text}`, () => expect(types(text)).not.toContain(type));

  it("reads a headline's plural subject + bare verb as a verb", () => {
    expect(types("Rebel units shell Tal Abyad prison for a second night")).toEqual(["attack"]);
  });
  it("takes the people, not the place, as what crossed back", () => {
    const e = run("Some 600 Iraqis crossed back into Iraq aboard a dozen buses on Tuesday.").find((x) => x.type === "repatriation");
    expect(e?.count?.value).toBe(600);
  });
  it("gives a passive after 'before being' the main clause's subject", () => {
    expect(types("Some 30 prisoners broke out of the jail in Kirkuk on Sunday before being recaptured.")).toEqual(["arrest", "escape"]);
  });
  it("reads bodies received in return as legs of a swap", () => {
    const got = run("On Friday Kyiv received 900 bodies, while Moscow received the remains of 25 of its soldiers in return.");
    expect(got.map((e) => `${e.type} ${e.count?.value}`).sort()).toEqual(["exchange 25", "exchange 900"]);
  });
  it("finds the subject behind a participle phrase and a time phrase", () => {
    const e = run("Eleven students kidnapped by bandits in March made their way home to Zaria after fleeing their abductors on Saturday.").find(
      (x) => x.type === "escape",
    );
    expect(e?.count?.value).toBe(11);
  });
  it("reads 'handed over ... and brought back' as one event", () => {
    const got = run("Six aid workers held hostage in Mali were handed over to French diplomats in Niamey on Tuesday and brought back to France.");
    expect(got.map((e) => e.type)).not.toContain("repatriation");
    expect(got.length).toBe(1);
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
    expect(types("The rebels released eight of the soldiers and handed them to a Red Crescent team near Idlib on Sunday.")).toEqual(["release"]);
  });
});
