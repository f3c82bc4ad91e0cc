// Trigger synonyms and grammar added for articles unlike the ones tuned on:
// arrest verbs of pursuit, stock verbs of camps, returns flown home, formal
// requests between states, asides between a subject and its verb. Every
// sentence was written for this test.

import { describe, expect, it } from "vitest";
import { extractText } from "./extract-helpers.js";
import type { ExtractedEvent } from "../src/types.js";

const run = (text: string, published: string | null = "2026-01-15"): ExtractedEvent[] => extractText(text, published);
const types = (text: string) => [...new Set(run(text).map((e) => e.type))].sort();

const yes: [string, string][] = [
  // pursuit verbs: custody regained
  ["arrest", "Border guards caught 12 of the escaped convicts near the river on Sunday."],
  ["arrest", "Troops hunted down nine of the prisoners in the marshes south of Basra on Friday."],
  ["arrest", "Police seized four suspects at a roadblock outside Kirkuk on Monday."],
  // control held as a state
  ["takeover", "Rebel forces have been in control of the airport at Kassala since March."],
  // stocks: people living in a camp, a past stock dated to a moment, people in custody
  ["holding", "Roughly 8,000 people, many of them children, still live in the Rukban camp."],
  ["holding", "The jail in Maiduguri held 900 inmates at the time of the riot."],
  ["holding", "A register published on Monday showed 58 fishermen in Indian custody."],
  ["holding", "The Roj camp hosts about 2,600 women and children, officials said."],
  // an aside between the subject and its verb
  ["escape", "About 70 detainees, among them several gang leaders, got out of the jail in Goma on Sunday."],
  // returns by air and hand-backs
  ["repatriation", "Uzbekistan flew 90 of its nationals home from Damascus on Friday."],
  ["repatriation", "Kazakhstan airlifted 37 of its citizens from a camp in Syria on Thursday."],
  ["repatriation", "Turkey handed 30 of them back to the Iraqi authorities at the border on Monday."],
  // fighters on the move by themselves
  ["relocation", "Some 300 soldiers fled across the border into Chad on Sunday."],
  ["relocation", "Around 400 militiamen crossed back into Lebanon from Syria last week."],
  // a formal request from one state to another
  ["agreement", "Kenya has formally asked Somalia to hand over the detained militants, officials said."],
  ["agreement", "Ankara has asked Athens to extradite the two suspects, the ministry said."],
  // sending people on to a court
  ["trial", "Prosecutors in Erbil have referred 64 of the detainees to trial on smuggling charges."],
  // synonym breadth
  ["transfer", "Guards transported 85 prisoners from the jail in Tikrit to Baghdad on Monday."],
  ["escape", "Five inmates slipped out of the prison in Juba during the night, police said."],
  ["escape", "Seven prisoners tunnelled out of a jail in Mandalay on Friday."],
  ["arrest", "Gunmen snatched three aid workers on the road to Gao on Tuesday."],
  ["trial", "A court in Baghdad acquitted 14 of the defendants on Wednesday."],
  ["killing", "Gunmen gunned down four policemen at a checkpoint in Peshawar on Monday."],
  ["killing", "Authorities hanged 11 men convicted of terrorism in Nasiriyah on Thursday."],
  ["attack", "Militants fired rockets at the air base near Erbil on Sunday."],
  ["attack", "A drone targeted a checkpoint outside Kirkuk late on Monday."],
  ["takeover", "The army regained control of the town of Bakhmut on Friday."],
  // a handover whose recipient follows an aside on the people
  ["transfer", "Last week the Kurdish authorities handed 31 suspects of several nationalities, detained in camps near Raqqa, over to the Iraqi police."],
  ["attack", "Heavy fighting raged around the airport in Khartoum on Tuesday, residents said."],
  ["exchange", "Armenia and Azerbaijan each released 32 captured soldiers at the border on Saturday."],
  // a jailbreak by attackers: the assault is told, the freeing is not a release
  ["attack", "Gunmen attacked the jail in Kabala on Monday, freeing scores of inmates."],
];

const no: [string, string][] = [
  ["arrest", "Dozens of villagers caught in the crossfire were taken to hospital on Monday."],
  ["arrest", "A fishing boat caught fire off the coast of Oman on Sunday."],
  ["agreement", "The teacher asked the pupils to repeat the question."],
  ["agreement", "Rights groups have urged governments to take back their citizens from the camps."],
  ["holding", "Thousands of families who fled the fighting sought shelter in the town last week."],
  ["holding", "The club in Erbil hosts 40 players every week."],
  ["holding", "Eleven of the escapees were being held on terrorism charges."],
  ["relocation", "Thousands of civilians fled across the river into the hills on Friday."],
  ["repatriation", "Around 400 militiamen crossed back into Lebanon from Syria last week."],
  ["release", "Gunmen attacked the jail in Kabala on Monday, freeing scores of inmates."],
  ["release", "Militants stormed a prison near Bunia overnight and freed about 200 detainees."],
  ["takeover", "The minister in charge of the prisons resigned on Monday."],
  ["attack", "The group, which is active in the north, has repeatedly targeted army posts."],
  ["arrest", "Police in the province routinely detain protesters at checkpoints."],
  ["transfer", "The company shipped 300 tonnes of wheat to the port on Monday."],
  ["escape", "The minister slipped out of the meeting early on Monday."],
];

describe("trigger senses: pursuit, stocks, returns flown home, requests between states, asides", () => {
  for (const [type, text] of yes) it(`${type}: ${text}`, () => expect(types(text)).toContain(type));
  for (const [type, text] of no) it(`not ${type}: ${text}`, () => expect(types(text)).not.toContain(type));

  it("counts the people across an aside", () => {
    const e = run("About 70 detainees, among them several gang leaders, got out of the jail in Goma on Sunday.").find((x) => x.type === "escape");
    expect(e).toBeTruthy();
  });
  it("takes the type of the event told before for a later convoy", () => {
    const got = run("Turkey repatriated 300 Syrian refugees through the Kilis crossing on Monday. The earlier Syrian convoy in March carried 450 people.");
    expect(
      got
        .filter((e) => e.type === "repatriation")
        .map((e) => e.count?.value)
        .sort(),
    ).toEqual([300, 450]);
  });
  it("reads a participle handing-on after a repatriation as the same event", () => {
    const got = run("Iran on Tuesday repatriated 40 Afghan prisoners, handing them over to the Taliban authorities at the Islam Qala crossing.");
    expect(got.map((e) => e.type)).toEqual(["repatriation"]);
  });
  it("drops an escape that only identifies the people another event is about", () => {
    expect(types("Border guards caught 40 of the inmates who escaped from the jail in Kirkuk last week.")).toEqual(["arrest"]);
  });
  it("keeps a relative clause that brings a count of its own", () => {
    expect(types("Police have recaptured 30 of the roughly 90 convicts who escaped from the jail in Kirkuk on Sunday.")).toEqual(["arrest", "escape"]);
  });
  it("drops an intent that is denied", () => {
    expect(run('The Danish government said it had "no plans" to bring back the 19 Danish women held in the camps.')).toEqual([]);
    expect(run("Ottawa has no intention of repatriating the 40 Canadians in the camps.").map((e) => e.type)).not.toContain("repatriation");
  });
  it("drops a conquest dated years before the report", () => {
    expect(types("The militants overran the city of Raqqa in 2013 and held it for four years.")).not.toContain("takeover");
    expect(types("The militants overran the town of Hajin on Monday.")).toContain("takeover");
  });
  it("keeps a return still to come apart from a swap already told", () => {
    const got = run("The two sides swapped 50 prisoners each at the border on Monday. Armenia is expected to send back 12 Azerbaijani soldiers next month.");
    expect(got.find((e) => e.count?.value === 12)?.type).toBe("repatriation");
  });
  it("keeps a stock when the capacity belongs to another count", () => {
    const e = run("The jail in Maiduguri, built for 400 inmates, held 1,100 at the time of the riot.").find((x) => x.type === "holding");
    expect(e?.count?.value).toBe(1100);
    expect(types("The new camp near Mosul can hold up to 40,000 people.")).not.toContain("holding");
  });
  it("reads a count of arrivals as the event told before", () => {
    const got = run(
      "Authorities in Erbil said 3,100 detainees had been transferred from prisons in Syria by Sunday. A week earlier they had put the number of arrivals at about 1,900.",
    );
    expect(
      got
        .filter((e) => e.type === "transfer")
        .map((e) => e.count?.value)
        .sort(),
    ).toEqual([1900, 3100]);
  });
  it("drops what a rejected claim says happened", () => {
    expect(run("The governor denied rumours that 200 inmates had broken out of the jail in Goma on Sunday.")).toEqual([]);
    expect(run("Officials rejected as baseless videos claiming that rebels had shelled the camp near Idlib.")).toEqual([]);
    expect(types("The governor said 200 inmates had broken out of the jail in Goma on Sunday.")).toEqual(["escape"]);
  });
  it("reads a capacity in a passive 'built to hold' as no stock", () => {
    expect(types("The jail in Goma was built to hold about 1,500 inmates.")).not.toContain("holding");
  });
  it("reads a deportation to the people's own country as a repatriation", () => {
    expect(types("Turkey deported 85 Afghans to Afghanistan on a charter flight on Monday.")).toEqual(["repatriation"]);
    expect(types("Turkey deported 85 Afghans to Greece on Monday.")).toEqual(["transfer"]);
  });
  it("keeps the killing and not the clashes it happened in", () => {
    expect(types("Three guards were killed in the heavy clashes around the prison on Monday.")).toEqual(["killing"]);
  });
});
