// Slot filling from the grammar of the sentence, on sentences written for
// these tests and run through the real annotators: who acted, whose people
// they were, who says so, where people went from and to, how many they were,
// and when two statements are one event.

import { describe, expect, it } from "vitest";
import { extractText, one } from "./extract-helpers.js";
import type { ExtractedEvent } from "../src/types.js";

const PUB = "2026-01-15";

const run = (text: string, published: string | null = PUB): ExtractedEvent[] => extractText(text, published);

describe("actor", () => {
  it("is the agent phrase of an active verb, in the article's words", () => {
    const e = one(run("Government troops seized the central prison in Gao on Tuesday, residents said."), "takeover");
    expect(e.actor).toMatch(/troops/i);
  });

  it("is the court of a trial, not the defendants", () => {
    const e = one(run("Forty defendants appeared before the Special Criminal Court in Bangui on Monday on charges of rebellion."), "trial");
    expect(e.actor).toMatch(/Court/);
    expect(e.actor).not.toMatch(/defendant/i);
  });

  it("skips a date between the agent and the verb", () => {
    const e = one(run("A military court on Wednesday sentenced nine militants to life in prison for the bombing."), "trial");
    expect(e.actor).toMatch(/court/i);
    expect(e.actor).not.toMatch(/Wednesday/);
  });

  it("is the speaker when the agent is a pronoun in reported speech", () => {
    const e = one(run("The defence ministry said it had released 40 prisoners of war on Friday."), "release");
    expect(e.actor).toMatch(/defence ministry/i);
  });

  it("is the party urged to act", () => {
    const e = one(run("Rights groups urged Belgium to repatriate its citizens held in camps in Syria."), "repatriation");
    expect(e.actor).toBe("Belgium");
  });

  it("names both parties of a deal", () => {
    const e = one(run("On Sunday the Yemeni government and the Houthis agreed to a week-long truce, mediators said."), "agreement");
    expect(e.actor).toMatch(/government/i);
    expect(e.actor).toMatch(/Houthi/);
  });

  it("is the subject of the light verb of an event noun", () => {
    const e = one(run("The army launched an assault on the rebel-held town of Kidal on Thursday."), "attack");
    expect(e.actor).toMatch(/army/i);
  });
});

describe("actor, continued", () => {
  it("a participle clause shares the agent of the clause it hangs on", () => {
    const events = run("Rebel fighters shelled the police station in Kidal on Monday, killing four officers, the army said.");
    expect(one(events, "killing").actor).toMatch(/fighters/i);
  });

  it("a holding is kept by the side that runs the place", () => {
    const e = one(run("The jail, managed by the regional authorities, holds some 3,000 men, aid workers said."), "holding");
    expect(e.actor).toMatch(/regional authorities/i);
  });

  it("a capital standing for its government keeps the article's word", () => {
    const e = one(run("Tehran has deported 300 foreign fighters to Germany since 2020, officials said."), "transfer");
    expect(e.actor).toBe("Tehran");
  });

  it("the people who moved are not the agent of their own movement", () => {
    const events = run("About 500 Afghans crossed back into Afghanistan from Iran on Monday, officials said.");
    const e = events.find((x) => x.type === "repatriation" || x.type === "relocation");
    expect(e?.actor ?? null).toBeNull();
  });
});

describe("group", () => {
  it("is the group named on the people, not the group holding them", () => {
    const e = one(run("The jail near Qamishli, run by the SDF, holds roughly 2,000 Islamic State suspects, officials said."), "holding");
    expect(e.group).toBe("Islamic State");
  });

  it("is never a group that only appears as the keeper ('held by')", () => {
    const events = run("Some 300 inmates held by the SDF escaped from a prison near Raqqa on Monday.");
    expect(one(events, "escape").group).not.toBe("Syrian Democratic Forces");
  });

  it("of a seized place is the side that held it", () => {
    const e = one(run("Government forces captured the prison in Tabqa on Sunday, long controlled by the SDF, residents said."), "takeover");
    expect(e.group).toBe("Syrian Democratic Forces");
  });
});

describe("source", () => {
  it("takes an unnamed reporting clause at the end of the sentence", () => {
    const e = one(run("Police arrested 14 suspected smugglers near the border on Saturday, a spokesman said."), "arrest");
    expect(e.source).toMatch(/spokesman/);
  });

  it("takes a bare institutional speaker at the start of the sentence", () => {
    const e = one(run("Police said officers had arrested 9 suspects over the kidnapping of travellers near Kano."), "arrest");
    expect(e.source).toMatch(/^Police$/);
  });
});

describe("places", () => {
  it("never takes a place from the attribution", () => {
    const e = one(run("About 600 soldiers are being held by the rebels in camps, according to officials in Kenya."), "holding");
    expect(e.location?.country ?? null).not.toBe("KE");
  });

  it("never takes the place where the speaker spoke", () => {
    const e = one(run("The minister told reporters in Nairobi that 30 hostages had been released in Somalia."), "release");
    expect([e.origin?.country, e.location?.country]).not.toContain("KE");
  });

  it("'held hostage in X' is where the people were released from", () => {
    const e = run("Twelve aid workers held hostage in Mali were freed on Friday and flown to France.").find(
      (x) => x.type === "release" || x.type === "repatriation",
    )!;
    expect(e.origin?.country).toBe("ML");
  });

  it("the receiving state of 'X has received N' is the destination", () => {
    const e = one(run("Kazakhstan has received 120 of its nationals from camps in Syria since March."), "repatriation");
    expect(e.destination?.country).toBe("KZ");
    expect(e.origin?.country).toBe("SY");
  });

  it("the deporting state is the origin", () => {
    const e = run("Turkish authorities deported 25 foreign fighters to Germany on Tuesday.").find((x) => x.type === "transfer" || x.type === "repatriation")!;
    expect(e.origin?.country).toBe("TR");
    expect(e.destination?.country).toBe("DE");
  });

  it("'received at X' is where the movement ended", () => {
    const e = one(
      run("Officials repatriated 300 women and children from Syria on Sunday, who were received at a rehabilitation centre in Mosul."),
      "repatriation",
    );
    expect(e.destination?.country).toBe("IQ");
  });
});

describe("places, continued", () => {
  it("'north of X' locates the event at X", () => {
    const e = one(run("About 200 inmates escaped on Sunday from a prison north of Kano, police said."), "escape");
    expect(e.location?.name).toBe("Kano");
  });

  it("the object of a verb of leaving is the origin", () => {
    const e = run("Buses with 400 Kazakh women and children left the Roj camp on Tuesday and crossed back into Kazakhstan, officials said.").find(
      (x) => x.type === "repatriation",
    )!;
    expect(e.origin?.name).toMatch(/Roj/);
  });

  it("a relative clause on a passive's subject tells where the people were", () => {
    const e = run("In March, some 900 soldiers who had fled into Lebanon during the fighting were sent back to Syria.").find(
      (x) => x.type === "repatriation" || x.type === "transfer",
    )!;
    expect(e.count?.value).toBe(900);
    expect(e.origin?.country).toBe("LB");
    expect(e.destination?.country).toBe("SY");
  });

  it("a record missing one end of a route takes it from the document's other records of the same route", () => {
    const events = run(
      "Last week Nigerien soldiers freed 30 Malian herders held in Niger and handed them to officials in Mali. A second group of about 20 herders held in Niger will be released next month, an officer said.",
    );
    const planned = events.find((e) => e.type === "release" && e.status === "planned")!;
    expect(planned.destination?.country).toBe("ML");
  });
});

describe("swaps", () => {
  it("each leg of a swap keeps the places on its own side of 'in exchange for'", () => {
    const events = run("The militia freed 30 soldiers on Sunday in exchange for 90 of its fighters held in Ethiopian jails.");
    const thirty = events.find((e) => e.count?.value === 30)!;
    expect(thirty.origin?.country ?? null).not.toBe("ET");
  });

  it("another round without places is between the parties of the story's equal swap, carried out by both", () => {
    const events = run(
      "Armenia and Azerbaijan swapped 40 detainees each on Friday, officials said. A further swap of at least 20 detainees is planned for next month, an Armenian official said.",
    );
    const next = events.find((e) => e.type === "exchange" && e.count?.value === 20)!;
    expect([...([] as string[]).concat(next.origin?.country ?? [])].sort()).toEqual(["AM", "AZ"]);
    const first = events.find((e) => e.type === "exchange" && e.count?.value === 40)!;
    expect(first.actor).toMatch(/Armenia/);
    expect(first.actor).toMatch(/Azerbaijan/);
  });

  it("a capital that says it sent people abroad is their origin and keeps its name as actor", () => {
    const e = one(run("Tehran says it has sent more than 800 Afghan fighters back to their home country since 2021."), "repatriation");
    expect(e.origin?.country).toBe("IR");
    expect(e.actor).toBe("Tehran");
  });
});

describe("count and subject", () => {
  it("names the deal as the subject of an agreement", () => {
    const e = one(run("On Monday the government and the Houthis agreed to a three-day truce, mediators said."), "agreement");
    expect(e.subject).toMatch(/three-day truce/);
  });

  it("takes the people after a demonstrative partitive", () => {
    const e = one(run("Police freed 12 of those Pakistanis on Friday after questioning, officials said."), "release");
    expect(e.count?.value).toBe(12);
    expect(e.subject).toBe("Pakistanis");
  });

  it("counts the part, not the whole, in 'N of the M'", () => {
    const e = one(run("Soldiers recaptured 45 of some 300 inmates on Sunday, the army said."), "arrest");
    expect(e.count?.value).toBe(45);
  });

  it("restates families as persons", () => {
    const e = one(run("Tajikistan brought home 150 families, totalling 612 people, from camps in Syria on Monday."), "repatriation");
    expect(e.count?.value).toBe(612);
  });

  it("adds a single person joined to counted parts", () => {
    const e = one(run("The kidnappers freed nine Nepali students and a Cambodian man near the border on Friday."), "release");
    expect(e.count?.value).toBe(10);
    expect(e.subject).toMatch(/students and a Cambodian man/);
  });
});

describe("round three: places, counts and agents", () => {
  it("reads 'out of X' as where people left", () => {
    const e = one(run("Up to 900 detainees could be transferred out of Libya next month, the ministry said."), "transfer");
    expect(e.origin?.country).toBe("LY");
  });

  it("sends foreign nationals home: the repatriating state is the origin, their nationality the destination", () => {
    const e = one(run("Bangladesh on Tuesday repatriated 31 Burmese sailors, escorting them to the border."), "repatriation");
    expect(e.origin?.country).toBe("BD");
    expect(e.destination?.country).toBe("MM");
  });

  it("brings its own citizens home: the repatriating state is the destination", () => {
    const e = one(run("Kenya repatriated 40 Kenyan women from a camp in Somalia on Friday."), "repatriation");
    expect(e.destination?.country).toBe("KE");
  });

  it("counts one person told with an indefinite article before a passive verb", () => {
    const e = one(run("A man from a nearby village was detained by security forces near the market on Saturday."), "arrest");
    expect(e.count?.value).toBe(1);
    expect(e.subject).toMatch(/man/);
  });

  it("does not count the agent of a passive as its theme", () => {
    const e = one(run("Two farmers were shot dead by a gunman on Sunday."), "killing");
    expect(e.count?.value).toBe(2);
    expect(e.subject).toMatch(/farmers/);
  });

  it("sums a part with an 'of' complement and 'one of the Xs'", () => {
    const e = one(run("Three officers of the border police and one of the raiders died in the gunfight on Monday."), "killing");
    expect(e.count?.value).toBe(4);
  });

  it("never takes a reported clause as the source", () => {
    const e = one(run("The interior ministry said in a statement that 35 inmates had been freed from the jail on Friday."), "release");
    expect(e.source).toMatch(/ministry/i);
    expect(e.source).not.toMatch(/inmates|had been/);
  });

  it("never takes a news outlet named after a place as a place", () => {
    const e = one(run("Three soldiers were killed near the checkpoint on Monday, a security official told Mosul Today."), "killing");
    expect(e.location?.name ?? "").not.toMatch(/Mosul/);
  });

  it("never takes the place of the officials who speak", () => {
    const events = run("Officials in Amman say they plan to bring home all of the 300 Jordanians still in the camp.");
    for (const e of events) expect(e.location?.name ?? "").not.toMatch(/Amman/);
    const e = one(events, "repatriation");
    expect(e.destination?.country).toBe("JO");
  });

  it("follows a locative apposition after a comma ('the jail at X, near Y')", () => {
    const e = one(run("Officials said the inmates would be transferred to the new jail at Bakara, near Mogadishu, within weeks."), "transfer");
    expect(e.destination?.name).toMatch(/Mogadishu/);
  });

  it("reads a joint agent of several states as a list of destinations", () => {
    const e = one(run("A joint Swedish-Finnish team on Tuesday brought home four women and eleven children."), "repatriation");
    expect(e.destination?.country).toEqual(["SE", "FI"]);
  });

  it("resolves 'it' to the state that was the subject of the sentence before", () => {
    const events = run("Jordan took in 600 Syrian conscripts who crossed the frontier in May. In July it handed 550 of them back to the Syrian authorities.");
    const e = events.find((x) => x.count?.value === 550);
    expect(e?.origin?.country).toBe("JO");
    expect(e?.destination?.country).toBe("SY");
  });

  it("reaches a 'from' phrase past an apposition on the people", () => {
    const e = one(run("Uzbekistan flew 90 of its nationals, mostly children, home from Qamishli airport on Sunday."), "repatriation");
    expect(e.origin?.name).toMatch(/Qamishli/);
    expect(e.destination?.country).toBe("UZ");
  });

  it("places an escape or a killing told after an attack where the attack happened", () => {
    const events = run(
      "Militants stormed the district jail in Kano before dawn on Sunday. The fighting lasted three hours. Fifty prisoners fled during the raid. Three warders died.",
    );
    expect(one(events, "escape").location?.name).toMatch(/Kano/);
    expect(one(events, "killing").location?.name).toMatch(/Kano/);
  });

  it("counts the people before an apposition that says who they are", () => {
    const e = one(run("Roughly 6,500 people, mostly women and children, still live in the camp, aid workers say."), "holding");
    expect(e.count?.value).toBe(6500);
  });

  it("reads 'the two sides' of a swap as the story's two countries", () => {
    const events = run(
      "Armenia returned four Azerbaijani soldiers on Friday. Azerbaijan said it welcomed the gesture. Later the two sides also swapped the remains of nine fighters each.",
    );
    const e = events.find((x) => x.type === "exchange" && x.count?.value === 9);
    expect(([] as string[]).concat(e?.origin?.country ?? []).sort()).toEqual(["AM", "AZ"]);
  });

  it("takes the keeping state as where people moved in a relative clause went", () => {
    const e = one(run("Lebanon now holds 300 detainees who were brought over from camps in Syria last year."), "transfer");
    expect(e.destination?.country).toBe("LB");
    expect(e.origin?.country).toBe("SY");
  });

  it("finds the agent behind a modifier on the subject", () => {
    const e = one(run("Masked men in two pickup trucks attacked a police post in Kano on Friday."), "attack");
    expect(e.actor).toMatch(/men/);
  });

  it("takes the named group of 'fighters of the X' as the agent", () => {
    const e = one(run("Fighters of the Popular Resistance Front (PRF) freed nine aid workers on Thursday."), "release");
    expect(e.actor).toMatch(/Popular Resistance Front/);
  });

  it("takes the maker of a deal from 'the truce declared by X'", () => {
    const e = one(run("The three-day truce declared by the army on Sunday was extended for a week."), "agreement");
    expect(e.actor).toMatch(/army/);
    expect(e.source ?? "").not.toMatch(/truce/);
  });

  it("never takes a group acting in its own clause as the people's affiliation", () => {
    const e = one(run("Soldiers recaptured 40 of the inmates who fled after al-Shabaab lost control of the town."), "arrest");
    expect(e.group).toBeNull();
  });

  it("does not read 'the group pulled its guards out' as an affiliation when finding the story's group", () => {
    const events = run(
      "Around 60 Boko Haram suspects broke out of the jail on Monday. The town had been calm since the Peshmerga pulled its guards out last year. The Peshmerga gave no figure. Police later caught 20 of the inmates.",
    );
    const e = events.find((x) => x.type === "arrest");
    expect(e?.group).toBe("Boko Haram");
  });

  it("never takes the channel a statement went out on as its source", () => {
    const e = one(run("In a post on its Telegram channel on Friday, the army said 14 hostages had been freed near the border."), "release");
    expect(e.source ?? "").not.toMatch(/Telegram/);
  });

  it("sends repatriated people to their own country even when another state stands before the verb", () => {
    const e = one(run("Greece, for its part, plans to send back 30 Turkish sailors by ferry next week."), "repatriation");
    expect(e.destination?.country).toBe("TR");
    expect(e.origin?.country).toBe("GR");
  });

  it("counts the parts in an apposition on the subject", () => {
    const e = one(run("The captives, three engineers and a driver, were released near the border on Monday."), "release");
    expect(e.count?.value).toBe(4);
  });

  it("starts a repatriation to another country in the country the story is about", () => {
    const events = run(
      "Thousands of foreigners remain in camps in northeast Syria. Syria has asked their governments to act. A Norwegian mission on Tuesday brought home five Norwegian children.",
    );
    const e = one(events, "repatriation");
    expect(e.destination?.country).toBe("NO");
    expect(e.origin?.country).toBe("SY");
  });

  it("reads 'the camp' as the camp the story is about when another was named last", () => {
    const events = run(
      "About 2,000 women live in Roj camp in Syria. Aid workers say conditions in Roj camp are poor. Last year some families went on to the Amriyat camp in Iraq. Baghdad intends to bring back the 900 Iraqis still in the camp by June.",
    );
    const e = one(events, "repatriation");
    expect(e.origin?.name).toMatch(/Roj/);
    expect(e.destination?.country).toBe("IQ");
  });

  it("keeps a particle verb's 'over to X' as the destination past an apposition", () => {
    const e = one(
      run("On Friday the Kenyan police handed nine suspects, held for weeks in cells in Garissa, over to Somali authorities at the border."),
      "transfer",
    );
    expect(e.destination?.country).toBe("SO");
    expect(e.actor).toMatch(/police/i);
  });

  it("does not take the place in the subject's modifier as the agent", () => {
    const e = one(run("The security forces in eastern Chad released 14 fishermen on Sunday."), "release");
    expect(e.actor).toMatch(/security forces/i);
  });

  it("leaves the 'to X' of a conveying verb joined to an arrest out of where the arrest happened", () => {
    const events = run("Jordan's police on Monday rounded up and deported some 300 Sudanese workers to Sudan.");
    const e = one(events, "arrest");
    expect(e.location?.country).toBe("JO");
  });

  it("places an arrest told without a place, in a deportation report, where the deportations start", () => {
    const events = run(
      "Kenya began expelling Somalis who lack papers in March, sending them back to Somalia. Somalia's government protested. Kenya deported 900 Somalis to Somalia on Monday. More than 4,000 Somalis were detained in May alone.",
    );
    const e = events.find((x) => x.type === "arrest");
    expect(e?.location?.country).toBe("KE");
  });

  it("takes the other end of a swap leg told with one end from the two states the story is about", () => {
    const events = run(
      "Armenia and Azerbaijan have held prisoners from each other since the war. Armenia says Azerbaijan still holds 80 Armenians. On Sunday Armenia brought home 12 of its soldiers in an exchange.",
    );
    const e = one(events, "exchange");
    expect(e.destination?.country).toBe("AM");
    expect(e.origin?.country).toBe("AZ");
  });

  it("keeps 'by X' of a reduced relative out of the agent of a passive", () => {
    const e = one(run("Sixty fishermen were released from waters patrolled by the navy on Friday."), "release");
    expect(e.actor ?? "").not.toMatch(/navy/);
  });
});

describe("merging", () => {
  it("a definite deal noun restating the deal joins it", () => {
    const events = run(
      "The government and the rebels agreed on Monday to free 500 prisoners each, the UN said. The accord was signed in Vienna after a week of negotiations.",
    );
    expect(events.filter((e) => e.type === "agreement")).toHaveLength(1);
  });
});
