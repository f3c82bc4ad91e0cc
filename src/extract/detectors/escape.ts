// Escapes: people in custody got out (escape, break out, flee custody, flood out).
import { TriggerDetector } from "./base.js";
import { theme } from "./checks.js";

export const escapeDetector = new TriggerDetector("escape", (t) => !theme.isThing(t));
