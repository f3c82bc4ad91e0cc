// Repatriations: people returned to their own country (repatriate, return home, take back).
import { TriggerDetector } from "./base.js";
import { theme } from "./checks.js";

export const repatriationDetector = new TriggerDetector("repatriation", (t) => !theme.isThing(t));
