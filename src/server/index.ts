// startServer({ store, host, port, token }) → { url, close }: what `sourced
// serve` and `sourced demo` call.

import type { Store } from "../store/store.js";
import { createApp, type AppOptions } from "./app.js";

export { createApp, type AppOptions } from "./app.js";
export { HttpError } from "./errors.js";
export { CONTENT_SECURITY_POLICY } from "./security.js";

export interface StartOptions extends Omit<AppOptions, "store"> {
  store: Store;
  /** Defaults to 127.0.0.1: reachable from this machine only. */
  host?: string;
  /** 0 picks a free port. Defaults to 8080. */
  port?: number;
}

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

export async function startServer(opts: StartOptions): Promise<RunningServer> {
  const { host = "127.0.0.1", port = 8080, ...appOpts } = opts;
  const app = await createApp(appOpts);
  await app.listen({ host, port });
  const addr = app.server.address();
  const actual = typeof addr === "object" && addr ? addr.port : port;
  const shownHost = host === "0.0.0.0" || host === "::" ? "localhost" : host.includes(":") ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${actual}/`,
    port: actual,
    close: () => app.close(),
  };
}
