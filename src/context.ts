// The context handed to every stage: the reference date, the document id,
// options, and a debug trace that costs nothing when it is off.

export interface Context {
  docId: string;
  /** Publication date YYYY-MM-DD: the reference for relative dates. Never defaulted to today. */
  published: string | null;
  /** Whether debug() records anything. */
  debugging: boolean;
  /** Records a debug line; the message is built only when debugging is on. */
  debug(tag: string, message: () => string): void;
  /** The recorded trace (empty when debugging is off). */
  trace: string[];
}

export function createContext(opts: { docId: string; published: string | null; debug?: boolean }): Context {
  const trace: string[] = [];
  const debugging = opts.debug ?? process.env.SOURCED_DEBUG === "1";
  return {
    docId: opts.docId,
    published: opts.published,
    debugging,
    trace,
    debug(tag, message) {
      if (debugging) trace.push(`[${tag}] ${message()}`);
    },
  };
}
