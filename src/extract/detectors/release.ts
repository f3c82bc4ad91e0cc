// Releases: people let out of custody (release, free, let go, set free).
import { TriggerDetector } from "./base.js";
import { theme } from "./checks.js";

export const releaseDetector = new TriggerDetector("release", (t) => !theme.isThing(t));
