// Advertising slots and their labels ("Ad Space 728×90", "Advertisement").
import { lineRule, wordCount } from "../state.js";

const AD =
  /^[^\p{L}\p{N}]*(?:advertisement|advertising|advert|sponsored(?: content)?|promoted(?: content)?|ad(?:\s+(?:space|slot|banner|unit|placeholder))?)\b[\s:\-–]*(?:\d{2,4}\s*[x×]\s*\d{2,4})?[^\p{L}\p{N}]*$/iu;
const CONTINUE =
  /^(?:(?:advertisement|advertising|ad)\s*[-–—:|]\s*)?(?:(?:story|article) continues (?:below|after) (?:the )?(?:advertisement|ad)\.?|continue reading(?: below| after the ad(?:vertisement)?)?\.?|scroll (?:down )?to continue(?: reading| with content)?\.?)$/i;

export const adSlot = lineRule("clean/ad-slot", (text) => wordCount(text) <= 6 && (AD.test(text) || CONTINUE.test(text)), 100);
