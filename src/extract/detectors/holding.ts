// Holdings: a stock of people held or present somewhere (hold, house, remain in, are now in). A count is required; a past "held" only with a stock cue (currently, now, still).
import { TriggerDetector } from "./base.js";
import { theme } from "./checks.js";

export const holdingDetector = new TriggerDetector("holding", (t) => !theme.isThing(t) && !theme.isPastWithoutStock(t));
