// Where `npm run screenshots` writes: a new temporary directory unless
// --update asks to replace the tracked docs/*.png.

import { join } from "node:path";

/**
 * @param {string[]} argv the script's arguments
 * @param {string} root the package root
 * @returns {{ dir: string | null, help?: boolean, error?: string }} dir: docs/ with --update, null for a new temporary directory
 */
export function screenshotTarget(argv, root) {
  let update = false;
  for (const a of argv) {
    if (a === "--update") update = true;
    else if (a === "--help" || a === "-h") return { dir: null, help: true };
    else return { dir: null, error: `unknown argument ${a} (see npm run screenshots -- --help)` };
  }
  return { dir: update ? join(root, "docs") : null };
}
