// Takeovers: control of a facility, camp or town changing hands (seize, capture, take control, enter, fall to, hand over control).
import { TriggerDetector } from "./base.js";
import { theme } from "./checks.js";

export const takeoverDetector = new TriggerDetector("takeover", (t) => !theme.isPerson(t));
