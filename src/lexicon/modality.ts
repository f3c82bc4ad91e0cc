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
  "likely",
  "able to",
  "capacity",
  "can",
];

/** Figures that accumulate: "so far", "since the start", "in total". */
export const CUMULATIVE_CUES: readonly string[] = ["so far", "since", "in total", "to date", "total of", "altogether", "overall", "thus far", "up to now"];

/** Figures that describe a stock at a moment: "currently", "remain". */
export const STOCK_CUES: readonly string[] = ["currently", "now", "remain", "remains", "still", "at present", "presently"];
