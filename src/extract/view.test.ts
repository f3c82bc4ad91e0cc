import { describe, expect, it } from "vitest";
import { annotate } from "../annotate/index.js";
import { createContext } from "../context.js";
import { buildViews } from "./view.js";

const infoOf = (text: string) => buildViews(annotate(text, createContext({ docId: "t", published: "2024-11-02" })));

describe("document facts", () => {
  it("takes the story's nationality from plural nationality nouns as well as adjectives", () => {
    const info = infoOf(
      "Border officials counted 3,000 Afghans at the crossing on Friday. More Afghans were expected on Saturday. Officials in Peshawar said the camps were full.",
    );
    expect(info.dominantNationality).toBe("AF");
  });

  it("names no nationality when two are named equally often", () => {
    const info = infoOf("Some 200 Syrians and 200 Iraqis waited at the border. The Syrians left first and the Iraqis followed.");
    expect(info.dominantNationality).toBeNull();
  });
});

describe("a report's frame", () => {
  it("is the event its words name outright, when they come at least twice", () => {
    expect(infoOf("Pakistan began deporting Afghans in November. The deportation drive has sent thousands home.").frame).toBe("repatriation");
    expect(infoOf("The two countries agreed a swap. After the exchange, the men flew home.").frame).toBe("exchange");
  });

  it("is none when the report names its event once, or two events equally", () => {
    expect(infoOf("Pakistan began deporting Afghans in November. Thousands waited at the border.").frame).toBeNull();
    expect(infoOf("The deportation went on. The swap was agreed.").frame).toBeNull();
  });
});
