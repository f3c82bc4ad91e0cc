// A record under construction in the Arabic extractor: the fields of the
// exchange record plus what the slots and refiners read.

import type { ArabicAnnotations, ArabicSentence } from "../../annotate/arabic/index.js";
import type { ArabicCount } from "../../annotate/arabic/counts.js";
import type { ArabicDate } from "../../annotate/arabic/dates.js";
import type { Count, EventType, PlaceDetail, Status } from "../../types.js";

export interface ArabicCandidate {
  type: EventType;
  doc: ArabicAnnotations;
  /** Index of the sentence the trigger is in. */
  sentence: number;
  /** Evidence sentences (indexes), in order. */
  sentences: number[];
  here: ArabicSentence;
  /** Word range of the trigger in its sentence. */
  first: number;
  last: number;
  trigger: string;
  status: Status;
  count: Count | null;
  countMention: ArabicCount | null;
  subject: string | null;
  group: string | null;
  actor: string | null;
  origin: PlaceDetail | null;
  destination: PlaceDetail | null;
  location: PlaceDetail | null;
  source: string | null;
  date: string | null;
  dateMention: ArabicDate | null;
  dateImplied: boolean;
  /** A headline: kept when it joins a record of a full sentence, or stands alone. */
  weak: boolean;
  /** Told as background ("بعد سقوط النظام", "الذين اعتقلهم"): kept only when it joins a record stated elsewhere. */
  mention: boolean;
  /** A mention after "بعد", "إثر", "عقب": told as done, in passing. */
  after: boolean;
  tags: string[];
  /** Word ranges of the sentence's other trigger words, kept or not: a figure nearer one of them is theirs. */
  rivals: [number, number][];
  /** The trigger's type counts people only with a figure ("يضم 1500 معتقل", "انسحب 200 عنصر"). */
  needsCount: boolean;
  /** Read from a word that says people left custody, not how ("خرجوا من السجن"). */
  neutral: boolean;
}
