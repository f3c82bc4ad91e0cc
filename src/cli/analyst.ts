// Who makes a review change from the command line: --by, else SOURCED_ANALYST,
// else the account's user name. The history records it with every change.

import { userInfo } from "node:os";
import { CliError } from "./errors.js";

export function analystName(by?: string): string {
  const name = (by ?? process.env.SOURCED_ANALYST ?? safeUser() ?? "").trim();
  if (!name) throw new CliError("--by: say who makes the change (or set SOURCED_ANALYST)");
  if (name.length > 100 || /\p{Cc}/u.test(name)) throw new CliError(`--by: '${name.slice(0, 40)}' is not a name (at most 100 printable characters)`);
  return name;
}

function safeUser(): string | null {
  try {
    return userInfo().username || null;
  } catch {
    return null;
  }
}
