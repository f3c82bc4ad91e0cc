// Arabic attribution cues: the words that say where a statement comes from.
// "before": the source follows the cue ("بحسب المرصد", "قال المسؤول").
// Data only; matched after normalisation and clitic stripping.

export const AR_ATTRIBUTION_CUES: readonly string[] = [
  "وفقا ل",
  "وفق",
  "وفقا",
  "بحسب",
  "حسب",
  "نقلا عن",
  "نقلت",
  "نقل",
  "أفاد",
  "أفادت",
  "قال",
  "قالت",
  "أعلن",
  "أعلنت",
  "أكد",
  "أكدت",
  "ذكر",
  "ذكرت",
  "أوضح",
  "أوضحت",
  "صرح",
  "أشار",
  "أشارت",
  "وثقت",
  "وثق",
  "كشفت",
  "كشف",
  "أقر",
];

/** Words that end a source's name ("أن", "إن", a preposition that starts the rest of the clause). */
export const AR_SOURCE_STOPS: readonly string[] = [
  "أن",
  "إن",
  "أنه",
  "إنه",
  "أنها",
  "إنها",
  "عن",
  "في",
  "على",
  "إلى",
  "الى",
  "من",
  "،",
  "قوله",
  "اليوم",
  "يوم",
  "إلى",
  "بأن",
];

/** Cues that attribute only when "عن" follows ("نقلت الوكالة عن مسؤول"); otherwise they are verbs of their own ("نقلت القوات المحتجزين"). */
export const AR_QUOTING_CUES: readonly string[] = ["نقلت", "نقل"];
