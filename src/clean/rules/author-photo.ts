// The author's picture as alt text ("Jane Doe's Photo", "Photo of Jane Doe").
import { lineRule, wordCount } from "../state.js";

const PHOTO =
  /^[\p{Lu}][\p{L}.'’\- ]{1,60}['’]s?\s+(?:photo|avatar|picture|image|headshot|profile picture)$|^(?:photo|avatar|picture|image) of [\p{Lu}][\p{L}.'’\- ]{1,60}$|^author(?:'s)? (?:photo|avatar|image)$/iu;

export const authorPhoto = lineRule("clean/author-photo", (text) => wordCount(text) <= 8 && PHOTO.test(text), 120);
