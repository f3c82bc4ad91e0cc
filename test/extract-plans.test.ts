// Plans told beside facts: a wish or demand to move people is its own
// planned record, a stated ceiling ("shall not exceed N") is an at-most
// figure, and a planned movement with no place follows the story's route.
// Every sentence was written for this test.

import { describe, expect, it } from "vitest";
import { extractText } from "./extract-helpers.js";

describe("plans beside facts", () => {
  it("keeps a later demand to bring people home apart from the counted return already made", () => {
    const events = extractText(
      "Uzbekistan flew 93 of its citizens home from the Roj camp in Syria on Monday. " +
        "Later that week a United Nations envoy urged other governments to repatriate their nationals from the camp as well.",
      "2025-09-12",
    ).filter((e) => e.type === "repatriation");
    expect(events.map((e) => [e.status, e.count?.value ?? null]).sort()).toEqual([
      ["occurred", 93],
      ["planned", null],
    ]);
  });

  it("reads a stated ceiling as an at-most figure of the planned movement", () => {
    const events = extractText(
      "Officials from the two governments agreed that the number of prisoners to be transferred would not exceed 2,500.",
      "2025-09-12",
    );
    expect(events.find((e) => e.type === "transfer")).toMatchObject({ status: "planned", count: { value: 2500, qualifier: "at_most" } });
  });

  it("gives a planned movement with no place the one route the story's other movements follow", () => {
    const events = extractText(
      "Kenyan police moved 40 suspects from Somalia to prisons in Kenya on Tuesday, officials said. " +
        "The interior ministry said more detainees would be transferred in the coming weeks.",
      "2025-09-12",
    ).filter((e) => e.type === "transfer");
    const planned = events.find((e) => e.status === "planned");
    expect(planned?.origin?.country).toBe("SO");
    expect(planned?.destination?.country).toBe("KE");
  });
});
