// View, read and share counters ("19 Views").
import { lineRule } from "../state.js";

const COUNTER = /^[^\p{L}\p{N}]*[\d.,]+\s*[kKmM]?\s+(?:views?|reads?|shares?|visits?|likes?)[^\p{L}\p{N}]*$/iu;

export const viewCounter = lineRule("clean/view-counter", (text) => COUNTER.test(text), 60);
