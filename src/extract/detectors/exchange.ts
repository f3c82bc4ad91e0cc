// Exchanges: swaps of prisoners, hostages or bodies (swap, exchange, prisoner swap). Not "in exchange for", not "an exchange of fire".
import { TriggerDetector } from "./base.js";
import { theme } from "./checks.js";

export const exchangeDetector = new TriggerDetector("exchange", (t) => t.view.lowers[t.trigger.first - 1] !== "in" && !theme.isThing(t));
