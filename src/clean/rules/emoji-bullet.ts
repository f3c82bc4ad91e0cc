// Decorative emoji in front of a kept line ("📰 Headline" → "Headline").
import type { CleanRule } from "../state.js";

// biome-ignore lint/suspicious/noMisleadingCharacterClass: the class lists the joiner and the variation selector on purpose, to match them one by one
const LEAD = /^\s*(?:\p{Extended_Pictographic}[\uFE0F\u200D\p{Extended_Pictographic}]*\s*)+/u;

export const emojiBullet: CleanRule = {
  name: "clean/emoji-bullet",
  apply(state) {
    for (const line of state.lines) {
      if (!state.isKept(line.index)) continue;
      const m = LEAD.exec(line.text);
      if (m?.[0].trim()) state.removeRange(line.start, line.start + m[0].length, this.name);
    }
  },
};
