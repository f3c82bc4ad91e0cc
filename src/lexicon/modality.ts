// Modality and polarity cues: words before a trigger (in its clause) that make
// the event planned, ongoing, hypothetical or negated. Lower-case words; a
// phrase is matched as a sequence of words ending right before the trigger
// span or anywhere in the clause before it, as noted.

/** Future, intention, demand: the event has not happened (yet). */
export const PLANNED_CUES: readonly string[] = [
  "will",
  "would",
  "could",
  "shall",
  "'ll",
  "plan",
  "plans",
  "planned",
  "planning",
  "aim",
  "aims",
  "aimed",
  "scheduled",
  "expected",
  "set to",
  "intend",
  "intends",
  "intended",
  "going to",
  "eventually",
  "calls for",
  "called for",
  "call for",
  "urged",
  "urge",
  "urges",
  "demanded",
  "demand",
  "demands",
  "proposed",
  "proposal",
  "mission to",
  "campaign to",
  "decision to",
  "offered to",
  "agreed to",
  "prepare",
  "preparing",
  "prepares",
  "ready to",
  "to be",
  "delay",
  "pending",
  "upcoming",
  "future",
  "talks",
  "due to",
  "want",
  "wants",
  "wanted",
  "seek",
  "seeks",
  "hope",
  "hopes",
  "urging",
  "calling",
  "demanding",
  "prepared",
  "promised",
  "promise",
  "pledged",
  "vowed",
  "negotiations",
  "negotiating",
  "discussions",
  "discussing",
  // readiness, imminence, commitment, obligation
  "poised to",
  "slated to",
  "about to",
  "on track to",
  "yet to",
  "committed to",
  "commits to",
  "undertook to",
  "pledges",
  "pledge",
  "vows",
  "vow",
  "intention",
  "expects",
  "expect",
  "must",
  "needs to",
  "need to",
  "considering",
  "weighing",
  "envisages",
  "envisaged",
];

/** Under way at the time of writing. */
export const ONGOING_CUES: readonly string[] = [
  "ongoing",
  "continue",
  "continues",
  "continuing",
  "under way",
  "underway",
  "under siege",
  "being",
  "in progress",
  "remain",
  "remains",
  "remained",
  "still",
  "currently",
  "keep",
  "keeps",
  "carrying on",
];

/** Negation: the event did not happen. */
export const NEGATION_CUES: readonly string[] = [
  "not",
  "no",
  "none",
  "n't",
  "never",
  "no longer",
  "failed to",
  "fail to",
  "unable to",
  "without",
  "denied",
  "deny",
  "denies",
  "refused to",
  "refuse to",
  "prevent",
  "prevented",
  "avoid",
  "nor",
  "cannot",
  "rather than",
  "declined to",
  "declines to",
  "ruled out",
  "rules out",
  "no plans",
  "no plan",
  "no intention",
  "foiled",
  "thwarted",
  "averted",
  "called off",
  "cancelled",
  "canceled",
];

/** Hypothesis: the event is imagined, feared, or conditional. */
export const HYPOTHETICAL_CUES: readonly string[] = [
  "if",
  "unless",
  "whether",
  "should",
  "in case",
  "risk",
  "risks",
  "risked",
  "fear",
  "fears",
  "feared",
  "concern",
  "concerns",
  "vulnerable to",
  "threat",
  "threats",
  "potential",
  "possible",
  "possibly",
  "might",
  "may",
  "cannot",
  "warned",
  "warn",
  "warns",
  "chance",
  "for every",
  "suspected of",
  "accused of",
  "each additional",
  "dismissed",
  "rejected",
  "refuted",
  "denied",
  "rumours",
  "rumors",
  "likely",
  "able to",
  "capacity",
  "can",
  "threatened to",
  "threatens to",
  "threatening to",
  "threaten to",
];

/** Figures that accumulate: "so far", "since the start", "in total". */
export const CUMULATIVE_CUES: readonly string[] = ["so far", "since", "in total", "to date", "total of", "altogether", "overall", "thus far", "up to now"];

/** Figures that describe a stock at a moment: "currently", "remain". */
export const STOCK_CUES: readonly string[] = ["currently", "now", "remain", "remains", "still", "at present", "presently"];

/** Words just before a count that make it a stock at a moment: "are", "remain", "currently". */
export const STOCK_WORDS: ReadonlySet<string> = new Set(["are", "is", "remain", "remains", "currently", "now", "still", "being", "presently"]);

/** "attempts to free inmates", "a bid to storm the prison": what was tried is not what happened. */
export const ATTEMPT_NOUNS: ReadonlySet<string> = new Set(["attempt", "bid", "effort", "try", "plot", "scheme", "push", "drive"]);

/** Words of an effort toward a goal: "efforts", "a manhunt", "working to", "pressure to". */
export const EFFORT_WORDS: ReadonlySet<string> = new Set([
  "effort",
  "efforts",
  "bid",
  "attempt",
  "attempts",
  "pressure",
  "pressures",
  "measure",
  "measures",
  "manhunt",
  "search",
  "hunt",
  "drive",
  "bids",
  "steps",
  "working",
  "work",
  "works",
  "worked",
  "strive",
  "striving",
  "continue",
  "continues",
  "seeking",
  "seek",
  "seeks",
  "trying",
  "try",
  "tries",
]);

/** "had no plans to bring back", "has no intention of releasing", "refused to hand over": intent denied. */
export const INTENT_NOUNS: ReadonlySet<string> = new Set([
  "plan",
  "plans",
  "intention",
  "intentions",
  "intent",
  "obligation",
  "desire",
  "appetite",
  "mandate",
  "willingness",
]);

/** Verbs of refusing, in their inflected forms: "refused", "declines". */
export const REFUSAL_VERBS: ReadonlySet<string> = new Set(["refused", "refuses", "refuse", "refusing", "declined", "declines", "decline"]);

/** "has repeatedly targeted army posts", "routinely detains": a habit, not an incident. */
export const HABITUAL_ADVERBS: ReadonlySet<string> = new Set([
  "repeatedly",
  "regularly",
  "frequently",
  "routinely",
  "often",
  "habitually",
  "periodically",
  "sometimes",
  "occasionally",
  "usually",
]);

/** "are due to appear", "were expected to be freed": the subject sits before these. */
export const RAISING_WORDS: ReadonlySet<string> = new Set([
  "due",
  "expected",
  "set",
  "scheduled",
  "likely",
  "unlikely",
  "able",
  "going",
  "supposed",
  "about",
  "poised",
  "slated",
  "believed",
  "said",
  "reported",
  "thought",
  "understood",
  "known",
]);

/** Negating words: "not", "never", "n't". */
export const NEGATORS: ReadonlySet<string> = new Set(["not", "never", "n't"]);

/** Words that open a sentence as a condition or supposition: "if", "unless", "should", "imagine". */
export const CONDITIONAL_OPENERS: ReadonlySet<string> = new Set(["if", "unless", "should", "whether", "suppose", "imagine"]);

/** Words of lasting state: a holding that "remains" or is "still" held is a stock at a date, not an ongoing event. */
export const STATE_CUES: ReadonlySet<string> = new Set(["remain", "remains", "remained", "still", "currently", "keep", "keeps"]);

/** Verbs of pressing someone to act, before "to": "pressed X to", "wants X to". */
export const INFLUENCE_VERBS: ReadonlySet<string> = new Set([
  "press",
  "pressed",
  "pressing",
  "urge",
  "ask",
  "encourage",
  "encouraged",
  "pressure",
  "pressured",
  "persuade",
  "appeal",
  "invite",
  "invited",
  "want",
  "need",
  "demand",
  "implore",
  "exhort",
  "lobby",
  "lobbied",
]);

/** Words before "to" + verb that make no plan: "began to", "managed to", "used to", "was able to". */
export const NON_PLAN_INFINITIVE_HEADS: ReadonlySet<string> = new Set(["begin", "start", "continue", "manage", "go", "have", "used", "able", "refuse", "fail"]);

/** Modal verbs: "shall not exceed", "could reach" say what may be, not what is. */
export const MODAL_VERBS: ReadonlySet<string> = new Set(["shall", "will", "would", "could", "may", "might", "should", "must", "can", "cannot", "wo", "ca"]);
