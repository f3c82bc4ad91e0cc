import { describe, expect, it } from "vitest";
import { extractText, one } from "../../../test/extract-helpers.js";

describe("refiner/repatriation-route", () => {
  it("sends deported nationals home, from the country that deported them", () => {
    const e = one(extractText("Lebanese soldiers deported 75 Syrians on Wednesday, an army officer in Beirut said.", "2024-05-16"), "repatriation");
    expect(e.destination?.country).toBe("SY");
    expect(e.origin?.country).toBe("LB");
  });

  it("takes a border crossing as the way out, not the goal", () => {
    const text = "Pakistani police deported 3,200 Afghans through the Torkham border crossing on Thursday, officials said.";
    const e = one(extractText(text, "2023-11-03"), "repatriation");
    expect(e.destination?.country).toBe("AF");
    expect(e.origin?.country).toBe("PK");
  });
});
