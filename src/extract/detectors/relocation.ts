// Relocations: fighters or a group moving on their own, not in custody (relocate, move, deploy, withdraw, shift, enter a country).
import { TriggerDetector } from "./base.js";
import { theme } from "./checks.js";

export const relocationDetector = new TriggerDetector("relocation", (t) => !theme.isThing(t) && !theme.isFirstPerson(t));
