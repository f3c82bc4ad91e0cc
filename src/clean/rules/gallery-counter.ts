// A photo gallery's position counter ("Image 1 of 5", "Photo 3 of 12",
// "Image 1 of / 13", "1 of 6"): the gallery's widget, never a sentence.
import { lineRule } from "../state.js";

const COUNTER = /^(?:(?:image|photo|picture|slide|foto|imagem|imagen|bild)\s+)?\d{1,3}\s*(?:of|\/|de|von|из)\s*(?:\/\s*)?\d{1,3}$/iu;

export const galleryCounter = lineRule("clean/gallery-counter", (text) => COUNTER.test(text), 30);
