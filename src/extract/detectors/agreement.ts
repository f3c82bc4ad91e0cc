// Agreements: deals, truces, ceasefires, accords, formal offers and requests between parties.
import { TriggerDetector } from "./base.js";

export const agreementDetector = new TriggerDetector("agreement", (t) => t.view.lowers[t.trigger.first - 1] !== "to" && t.view.lowers[t.trigger.first] !== "according");
