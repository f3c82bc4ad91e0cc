// Recommendation and loading widgets ("Loading recommendations...", "Related articles").
import { lineRule, wordCount } from "../state.js";

const WIDGET =
  /^(?:loading(?: recommendations| more| comments| related(?: articles)?)?\s*(?:\.\.\.|…)?|load more(?: articles| stories)?|recommended(?: for you| stories| articles| reading)?|related(?: articles| stories| posts| news| content| coverage)?|you (?:may|might) also (?:like|be interested in)|more (?:from|stories|on this|in)\b.{0,40}|more(?: [a-z]+){1,2} (?:news|stories|headlines)|(?:read (?:more|next|also)|see also)(?:\s*:.{0,100}|\s*(?:\.\.\.|…|»|>>)?)|most (?:read|viewed|popular)(?: stories| articles)?|(?:sign up|subscribe)\b.{0,50}\b(?:newsletter|updates|alerts)\b.{0,40}|tags?\s*:.{0,120}|topics?\s*:.{0,120}|click here\b.{0,80})$/i;

export const recommendations = lineRule("clean/recommendations", (text) => wordCount(text) <= 16 && WIDGET.test(text), 200);
