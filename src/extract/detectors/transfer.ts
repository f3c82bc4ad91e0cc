// Transfers: people in custody moved between facilities or jurisdictions (transfer, move, hand over, receive, take in, bring to, deport).
import { TriggerDetector } from "./base.js";
import { theme } from "./checks.js";

export const transferDetector = new TriggerDetector("transfer", (t) => !theme.mentionsControl(t) && !theme.isThing(t));
