// The cleaning rules, in the order they run, each with why it sits there.

import type { CleanRule } from "../state.js";
import { adSlot } from "./ad-slot.js";
import { arabicComments } from "./arabic-comments.js";
import { arabicDateLine } from "./arabic-date-line.js";
import { arabicRelated } from "./arabic-related.js";
import { arabicWidget } from "./arabic-widget.js";
import { authorPhoto } from "./author-photo.js";
import { banner } from "./banner.js";
import { bareAddress } from "./bare-address.js";
import { byline } from "./byline.js";
import { commentForm } from "./comment-form.js";
import { contactLine } from "./contact-line.js";
import { crawlerHeader } from "./crawler-header.js";
import { emojiBullet } from "./emoji-bullet.js";
import { emojiMeta } from "./emoji-meta.js";
import { factChecker } from "./fact-checker.js";
import { footer } from "./footer.js";
import { galleryCounter } from "./gallery-counter.js";
import { headline } from "./headline.js";
import { imageCaption } from "./image-caption.js";
import { markupFragment } from "./markup-fragment.js";
import { navLine } from "./nav-line.js";
import { pageHead } from "./page-head.js";
import { readerComments } from "./reader-comments.js";
import { recommendations } from "./recommendations.js";
import { relatedLinks } from "./related-links.js";
import { relativeTime } from "./relative-time.js";
import { repeatedParagraph } from "./repeated-paragraph.js";
import { shareWidget } from "./share-widget.js";
import { teaserList } from "./teaser-list.js";
import { todayBar } from "./today-bar.js";
import { viewCounter } from "./view-counter.js";

export const CLEAN_RULES: { rule: CleanRule; why: string }[] = [
  { rule: crawlerHeader, why: "first: the fetcher's header sits above the page and is looked for among the very first lines" },
  { rule: todayBar, why: "early: it is recognised by being the first line, before anything else is removed" },
  { rule: readerComments, why: "before the counters: its heading ('6 Comments') would otherwise pass for a counter and orphan the block" },
  { rule: commentForm, why: "after the comments: the form follows them" },
  { rule: arabicComments, why: "with the other comment rules: a heading after the article takes the rest of an Arabic page" },
  { rule: factChecker, why: "removes its pitch line with it, before other rules judge that line alone" },
  { rule: navLine, why: "independent whole-line labels" },
  { rule: adSlot, why: "independent whole-line labels" },
  { rule: shareWidget, why: "independent whole-line widgets" },
  { rule: arabicWidget, why: "independent whole-line widgets, labels and captions of Arabic pages" },
  { rule: viewCounter, why: "after the comments heading is taken" },
  { rule: galleryCounter, why: "independent whole-line widgets" },
  { rule: bareAddress, why: "independent whole-line contacts" },
  { rule: contactLine, why: "independent whole-line sign-offs" },
  { rule: relativeTime, why: "independent whole-line timestamps" },
  { rule: arabicDateLine, why: "before the bylines and the page head: an Arabic date line is page metadata, and dates the page (published-date.ts)" },
  { rule: emojiMeta, why: "before emoji bullets are stripped, which would hide the emoji that marks these lines" },
  { rule: banner, why: "independent whole-line banners" },
  { rule: authorPhoto, why: "before bylines: the photo line names the author too" },
  { rule: byline, why: "after the today bar, so that the bar's date is not taken for a byline" },
  { rule: pageHead, why: "after the bylines and time stamps whole-line rules know: it takes what is left above a page's first paragraph" },
  { rule: imageCaption, why: "independent whole-line captions" },
  { rule: relatedLinks, why: "before the widget labels: its heading ('Related', 'Read more') opens the list of headlines under it" },
  { rule: arabicRelated, why: "after the Arabic widget and date rules: a list runs on over the labels and dates they took" },
  { rule: recommendations, why: "independent whole-line widgets" },
  { rule: teaserList, why: "before the footer: a page's teasers end the text the footer walks back over" },
  { rule: footer, why: "after the widgets: it walks back from the end, over lines already removed" },
  { rule: markupFragment, why: "inline, on the lines that survived" },
  { rule: emojiBullet, why: "inline, after emoji metadata lines were removed whole" },
  { rule: repeatedParagraph, why: "after the others: compares only the paragraphs that survived" },
  { rule: headline, why: "last: every rule before it reads an HTML page's headline as the first line; it leaves the text for the title" },
];
