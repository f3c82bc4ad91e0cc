import { describe, expect, it } from "vitest";
import { extractText } from "../../../test/extract-helpers.js";

const types = (text: string) =>
  extractText(text, "2023-03-10")
    .map((e) => e.type)
    .sort();

describe("refiner/jailbreak", () => {
  it("retypes inmates freed by those who broke in as an escape", () => {
    expect(types("Gunmen blasted into a prison in Owerri on Monday night and freed 1,800 inmates.")).toContain("escape");
    expect(types("Gunmen blasted into a prison in Owerri on Monday night and freed 1,800 inmates.")).not.toContain("release");
  });

  it("leaves a release by the authorities a release", () => {
    expect(types("The interior ministry freed 300 inmates from a prison in Owerri on Monday under an amnesty.")).toContain("release");
  });
});
