// Verbs of going and their particles: "broke out", "slipped free", "crossed back".

/** Verbs of going that take no object with their particle ("crossed back", "broke out", "got away"). */
export const INTRANSITIVE_MOTION_VERBS: ReadonlySet<string> = new Set([
  "cross",
  "break",
  "get",
  "flee",
  "go",
  "come",
  "retreat",
  "withdraw",
  "slip",
  "head",
  "make",
  "stream",
  "pour",
  "flood",
]);

/** Particles after a verb of going that are not its object: "back", "out", "away", "free". */
export const MOTION_PARTICLES: ReadonlySet<string> = new Set(["back", "out", "over", "off", "up", "away", "home", "down", "in", "free", "go", "loose"]);

/** Verbs after which "free" is an adjective: "slip free", "walk free", "break free". */
export const FREE_ADJECTIVE_VERBS: ReadonlySet<string> = new Set([
  "slip",
  "slipping",
  "walk",
  "walking",
  "break",
  "breaking",
  "go",
  "going",
  "run",
  "running",
  "get",
  "getting",
  "remain",
  "stay",
  "be",
  "is",
  "are",
  "was",
  "were",
  "roam",
  "roaming",
  "wriggle",
  "shake",
  "broke",
  "went",
  "got",
  "ran",
  "walked",
  "slipped",
]);

/** Verbs of leaving a place (lemmas, and "left"): "left", "evacuated", "abandoned". */
export const DEPARTURE_VERBS: ReadonlySet<string> = new Set(["leave", "left", "depart", "exit", "quit", "vacate", "abandon", "evacuate"]);

/** Verbs of arriving at a place: "arrived", "landed", "reached". */
export const ARRIVAL_VERBS: ReadonlySet<string> = new Set(["receive", "arrive", "land", "disembark", "reach"]);

/** Verbs that move people to a place: a "to X" phrase after one of them is its destination ("arrested and deported to X"). */
export const CONVEYING_VERBS: ReadonlySet<string> = new Set([
  "deport",
  "expel",
  "send",
  "transfer",
  "move",
  "take",
  "bring",
  "return",
  "drive",
  "fly",
  "bus",
  "push",
  "hand",
  "extradite",
  "repatriate",
  "relocate",
]);
