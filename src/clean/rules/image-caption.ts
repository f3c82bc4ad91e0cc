// Image captions and credits ("File photo of ...", "Photo: Agency").
import { lineRule, wordCount } from "../state.js";

const ANYWHERE =
  /\b(?:file (?:image|photo|picture|footage)|illustrative (?:image|photo|picture)|stock (?:image|photo)|getty images|afp via getty|photo illustration|screen ?(?:grab|shot) (?:from|of))\b/i;
const LEADING =
  /^(?:(?:photo|image|picture|credit|photograph|caption|source: (?:afp|reuters|ap|getty))\s*(?::|by\b|credit\b|courtesy\b|via\b)|(?:image|photo|picture) (?:source|caption|credit)\s*[,:])/i;
const TRAILING_CREDIT = /\((?:photo|image|credit)[:\s][^)]{2,60}\)\s*$|\b(?:photo|image)\s*:\s*[\p{Lu}][\p{L} /.&-]{1,40}$/iu;

/** Cheap test first: every pattern above holds one of these words. */
const HINT = /photo|image|picture|getty|credit|caption|screen|source/i;

export const imageCaption = lineRule(
  "clean/image-caption",
  (text) => HINT.test(text) && wordCount(text) <= 40 && (ANYWHERE.test(text) || LEADING.test(text) || TRAILING_CREDIT.test(text)),
  300,
);
