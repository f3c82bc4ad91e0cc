// A plain movement verb ("left", "crossed", "returned") is read as an event only in
// a report whose words name that kind of event outright (src/lexicon/frames.ts).

import { describe, expect, it } from "vitest";
import { textDocument } from "../src/ingest/text.js";
import { processDocument } from "../src/pipeline.js";

function eventsOf(text: string) {
  const raw = textDocument("t", "t.txt", Buffer.from(text), text, []);
  raw.meta.published = "2023-11-10";
  return processDocument(raw).events.map((e) => ({ type: e.type, count: e.count?.value ?? null }));
}

describe("plain movement verbs read in a report's frame", () => {
  it("reads nationals leaving as going home in a report about deportations", () => {
    const events = eventsOf(
      "Pakistan is deporting Afghans who lack papers. Officials said the deportations would go on. About 4,000 Afghans left Pakistan through Torkham on Thursday.",
    );
    expect(events).toContainEqual({ type: "repatriation", count: 4000 });
  });

  it("does not read people leaving as an event in a report about something else", () => {
    const events = eventsOf("Floods hit the north of the country. About 4,000 residents left the valley on Thursday as the river rose.");
    expect(events.filter((e) => e.type === "repatriation")).toEqual([]);
  });

  it("reads soldiers returned as a leg of the swap in a report about an exchange", () => {
    const events = eventsOf(
      "Kyiv and Moscow carried out another prisoner exchange on Friday, the third swap this month. Ukraine managed to return 49 soldiers, officials said.",
    );
    expect(events.some((e) => e.type === "exchange" && e.count === 49)).toBe(true);
  });
});

describe("the return of people, as a noun, in a report's frame", () => {
  it("is people going home in a report about deportations", () => {
    const raw =
      "Pakistan kept deporting Afghans in November. Officials said the deportations would continue. Border staff saw the return of more than 4,000 Afghans on Friday.";
    expect(eventsOf(raw)).toContainEqual({ type: "repatriation", count: 4000 });
  });
});

describe("a report about people living somewhere illegally", () => {
  it("reads nationals leaving as going home when the report says twice that they lived there illegally", () => {
    const raw =
      "Over 300,000 Afghans living illegally in Pakistan have gone back. The government began its drive against foreigners staying illegally on November 1. Officials said 1,200 Afghans left Pakistan on Saturday.";
    expect(eventsOf(raw)).toContainEqual({ type: "repatriation", count: 1200 });
  });
});

describe("the people counted before an aside that lists them", () => {
  it("takes the whole, not the last item of the list, as the count", () => {
    const raw =
      "Pakistan is deporting Afghans who lack papers, and the deportations went on this week. On Saturday, 708 Afghans, comprising 194 men, 156 women, and 358 children, departed from Pakistan.";
    const events = eventsOf(raw).filter((e) => e.type === "repatriation");
    expect(events).toContainEqual({ type: "repatriation", count: 708 });
    expect(events.some((e) => e.count === 358)).toBe(false);
  });

  it("keeps a short aside of counted people as the subject's own", () => {
    const raw = "The guards, six privates and a corporal, were captured on Monday when rebels ambushed their patrol near the border.";
    const events = processDocument(textDocument("t", "t.txt", Buffer.from(raw), raw, [])).events;
    expect(events.filter((e) => e.type === "takeover")).toEqual([]);
    expect(events.map((e) => e.type)).toContain("arrest");
  });
});

describe("a dateline", () => {
  it("says where the report was filed, not where the event happened", () => {
    for (const head of ["BEIRUT —", "Beirut (Wire Service) -", "BEIRUT, Lebanon –"]) {
      const raw = `${head} The administration in northern Syria said 785 foreigners managed to escape a camp after shelling on Sunday.\nThe administration said in a statement that gunmen had attacked the camp and opened its gates.`;
      const events = processDocument(textDocument("t", "t.txt", Buffer.from(raw), raw, [])).events;
      expect(events.length).toBeGreaterThan(0);
      for (const e of events) expect([e.location?.name, e.origin?.name]).not.toContain("Beirut");
    }
  });
});

describe("a verb of getting away with the place as its object", () => {
  it("has the people before it as its subject", () => {
    const raw = "Officials said 785 foreigners managed to escape a camp in northern Syria on Sunday after shelling nearby.";
    const events = processDocument(textDocument("t", "t.txt", Buffer.from(raw), raw, [])).events;
    expect(events.find((e) => e.type === "escape")?.count?.value).toBe(785);
  });
});

describe("a part out of a whole", () => {
  it("counts the part the verb is about", () => {
    const raw = "Police said over 150 out of the over 600 escapees have been re-arrested by a joint team on Friday.";
    const events = processDocument(textDocument("t", "t.txt", Buffer.from(raw), raw, [])).events;
    expect(events.find((e) => e.type === "arrest")?.count?.value).toBe(150);
  });

  it("counts the part of a plain 'N of the M' when the verb is the part's own", () => {
    const raw = "Officials said 340 of the jail's 410 inmates escaped after the riot on Sunday.";
    const events = processDocument(textDocument("t", "t.txt", Buffer.from(raw), raw, [])).events;
    expect(events.find((e) => e.type === "escape")?.count?.value).toBe(340);
  });

  it("keeps the whole when the trigger describes the whole", () => {
    const raw = "Officials said two of the five prisoners freed in the swap arrived home on Monday.";
    const events = processDocument(textDocument("t", "t.txt", Buffer.from(raw), raw, [])).events;
    expect(events.filter((e) => e.type === "release" || e.type === "exchange").map((e) => e.count?.value)).toContain(5);
  });
});

describe("one person and the others", () => {
  it("counts the person named with 'and N other people'", () => {
    const raw = "The guards had arrested her and 7 other women at the crossing on Friday.";
    const events = processDocument(textDocument("t", "t.txt", Buffer.from(raw), raw, [])).events;
    expect(events.find((e) => e.type === "arrest")?.count?.value).toBe(8);
  });

  it("counts the subject of 'along with N other'", () => {
    const raw = "He was deported to Eritrea on Monday along with 25 other asylum seekers.";
    const events = processDocument(textDocument("t", "t.txt", Buffer.from(raw), raw, [])).events;
    expect(events.find((e) => e.type === "repatriation")?.count?.value).toBe(26);
  });
});

describe("immigrants are people", () => {
  it("adds the immigrants of a coordinated subject to the other people", () => {
    const raw = "Officials said 1,200 card holders and 900 illegal immigrants were deported to Afghanistan on Monday.";
    const events = processDocument(textDocument("t", "t.txt", Buffer.from(raw), raw, [])).events;
    expect(events.find((e) => e.type === "repatriation")?.count?.value).toBe(2100);
  });
});

describe("an aside between the people and an infinitive", () => {
  it("keeps the people's count past an aside in quotation marks before 'to <verb>'", () => {
    const raw = "Rioters smashed the locks, allowing 412 prisoners, including six ‘high-risk’ convicts, to flee the jail on Friday.";
    const events = processDocument(textDocument("t", "t.txt", Buffer.from(raw), raw, [])).events;
    expect(events.find((e) => e.type === "escape")?.count?.value).toBe(412);
  });
});
