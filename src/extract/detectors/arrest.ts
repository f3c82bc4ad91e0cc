// Arrests: people taken into custody (arrest, detain, capture, recapture, round up, take hostage). "militants detained in X" describes a state, not an arrest.
import { TriggerDetector } from "./base.js";
import { theme } from "./checks.js";

export const arrestDetector = new TriggerDetector("arrest", (t) => !theme.isStateParticiple(t) && !theme.isThing(t) && !theme.isPlace(t));
