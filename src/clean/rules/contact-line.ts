// A line that asks the reader to write to, follow or reach the author or the
// outlet, and gives the address ("Email the reporter at name@example.com or
// follow her @name.", "Reach the reporters on Twitter at https://...",
// "Follow our full coverage at https://..."): the page's sign-off. Without an
// address the line may be the story's own ("Follow the money, he said.").
import { lineRule, wordCount } from "../state.js";

const OPENS = /^(?:e-?mail|follow|reach|contact|write to|send (?:tips|news tips|a tip)|join (?:us|our)|tweet)\b/i;
const ADDRESS = /[\w.+-]+@[\w-]+\.[\w.]+|\bhttps?:\/\/\S+|\bwww\.\S+|(?:^|\s)@\w{2,30}\b|\b(?:twitter|facebook|instagram)\.com\/\w+/i;

export const contactLine = lineRule("clean/contact-line", (text) => OPENS.test(text) && wordCount(text) <= 40 && ADDRESS.test(text), 400);
