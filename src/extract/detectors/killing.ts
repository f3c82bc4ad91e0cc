// Killings: people killed, executed, massacred, or who died.
import { TriggerDetector } from "./base.js";
import { theme } from "./checks.js";

export const killingDetector = new TriggerDetector("killing", (t) => !theme.isThing(t));
