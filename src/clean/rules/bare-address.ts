// A line that is nothing but an e-mail address or a social profile
// ("name@example.com", "twitter.com/name", "@name"): the author's contact,
// not text. A sentence that gives an address keeps it, and so does a web
// address alone on its line (articles cite their sources so).
import { lineRule } from "../state.js";

const EMAIL = /^(?:e-?mail:?\s*)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/i;
/** "twitter.com/name", "instagram.com/name/": a profile written without its scheme. */
const PROFILE = /^(?:twitter|x|facebook|instagram|linkedin|tiktok|youtube|t\.me|threads\.net)(?:\.com)?\/[\w.@/-]+$/i;
const HANDLE = /^@\w{2,30}$/;

export const bareAddress = lineRule("clean/bare-address", (text) => EMAIL.test(text) || PROFILE.test(text) || HANDLE.test(text), 300);
