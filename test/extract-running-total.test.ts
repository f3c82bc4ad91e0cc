// Running totals stated beside a batch: the batch is a one-off figure, the
// total a cumulative record of the same event. Every sentence was written for
// this test.

import { describe, expect, it } from "vitest";
import { extractText } from "./extract-helpers.js";
import type { ExtractedEvent } from "../src/types.js";

const run = (text: string, published: string | null = "2025-11-10"): ExtractedEvent[] => extractText(text, published);
const figures = (events: ExtractedEvent[]) =>
  events
    .filter((e) => e.count)
    .map((e) => [e.type, e.count!.value, e.countKind] as const)
    .sort((a, b) => Number(a[1]) - Number(b[1]));

describe("running totals", () => {
  it("keeps the batch and the total as two records of one event type", () => {
    const events = run(
      "Kenyan police transferred 60 suspects from Mombasa to a prison in Nairobi on Sunday, bringing the total moved since August to about 420.",
    );
    expect(figures(events)).toEqual([
      ["transfer", 60, "one_off"],
      ["transfer", 420, "cumulative"],
    ]);
  });

  it("reads the inverted form and takes the type the tally names", () => {
    const events = run(
      "Border officials held two men for questioning. Friday's flight brings to more than 1,900 the number of Tajik citizens returned home from the camps this year.",
    );
    const total = events.find((e) => e.count?.value === 1900);
    expect(total).toMatchObject({ countKind: "cumulative", count: { qualifier: "at_least" } });
    expect(total?.type).not.toBe("arrest");
  });

  it("tallies the event told in the sentence before", () => {
    const events = run("Gunmen freed 14 hostages near Kaduna on Tuesday. The release raised the total freed this month to 51, officials said.");
    expect(figures(events)).toContainEqual(["release", 51, "cumulative"]);
  });

  it("reads 'the total number of X has reached N' after the event it tallies", () => {
    const events = run("Kenya deported 300 Somali migrants on Sunday. Officials said the total number of returnees has reached 12,480.");
    const total = events.find((e) => e.count?.value === 12480);
    expect(total?.type).toBe("repatriation");
  });

  it("reads no total from a ceiling or a forecast", () => {
    const events = run("Kenya deported 300 Somali migrants on Sunday. Officials said the total number of people to be sent back shall not exceed 5,000.");
    expect(events.filter((e) => e.count?.value === 5000 && e.status === "occurred")).toEqual([]);
  });

  it("finds no total where nothing is tallied", () => {
    const events = run("The new wing will raise the prison's capacity to 2,000 beds, the ministry said.");
    expect(events.filter((e) => e.countKind === "cumulative")).toEqual([]);
  });
});
