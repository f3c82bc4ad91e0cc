// sourced serve [--port 8080] [--host 127.0.0.1] [--token T] [--tokens-file F] [--open] [--watch 15m] [--allow-host H]... [--contact C]
// Serves the API and the analyst page over the database given by --db.

import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Command } from "commander";
import { type ApiToken, parseTokens } from "../../server/auth.js";
import type { RunningServer } from "../../server/index.js";
import type { LiveSettings } from "../../server/live.js";
import type { Store } from "../../store/store.js";
import { CliError } from "../errors.js";
import { examples, openStoreFor } from "../shared.js";
import { parseDuration } from "../fetch-options.js";

function parsePort(v: string): number {
  const n = Number(v);
  if (!/^\d+$/.test(v) || n > 65535) throw new CliError(`--port: '${v}' is not a port number (0-65535)`);
  return n;
}

/** The named tokens of --tokens-file, else of SOURCED_TOKENS; one-line errors. */
export function namedTokens(file: string | undefined): ApiToken[] {
  let text: string;
  let where: string;
  if (file !== undefined) {
    try {
      text = readFileSync(file, "utf8");
    } catch (err) {
      throw new CliError(`${file}: cannot read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
    }
    where = file;
  } else {
    text = process.env.SOURCED_TOKENS ?? "";
    where = "SOURCED_TOKENS";
  }
  const parsed = parseTokens(text, where);
  if (!parsed.ok) throw new CliError(parsed.problem);
  return parsed.tokens;
}

/** Opens a URL in the desktop's browser; a failure only prints a note. */
export function openInBrowser(url: string): void {
  const cmd = process.platform === "darwin" ? "open" : process.platform === "win32" ? "explorer" : "xdg-open";
  try {
    const child = spawn(cmd, [url], { detached: true, stdio: "ignore" });
    child.on("error", () => process.stderr.write(`sourced: could not open a browser; visit ${url}\n`));
    child.unref();
  } catch {
    process.stderr.write(`sourced: could not open a browser; visit ${url}\n`);
  }
}

/** Starts the server and keeps it up until SIGINT/SIGTERM; closes the store on the way out. */
export async function serveUntilStopped(
  store: Store,
  opts: { host: string; port: number; token?: string; tokens?: ApiToken[]; open?: boolean; live?: LiveSettings },
): Promise<RunningServer> {
  // The server and its routes load only when a server is started: `sourced --help` stays fast.
  const { startServer } = await import("../../server/index.js");
  const { defaultWebRoot } = await import("../../server/static.js");
  let server: RunningServer;
  try {
    server = await startServer({
      store,
      host: opts.host,
      port: opts.port,
      token: opts.token,
      tokens: opts.tokens,
      ...(opts.live ? { live: opts.live } : {}),
    });
  } catch (err) {
    await store.close();
    const e = err as NodeJS.ErrnoException;
    if (e.code === "EADDRINUSE") throw new CliError(`port ${opts.port} on ${opts.host} is already in use (try --port)`);
    if (e.code === "EADDRNOTAVAIL" || e.code === "ENOTFOUND") throw new CliError(`cannot listen on host '${opts.host}'`);
    if (e.code === "EACCES") throw new CliError(`no permission to listen on port ${opts.port}`);
    throw err;
  }
  process.stdout.write(`Serving on ${server.url}\n`);
  if (!existsSync(join(defaultWebRoot(), "index.html"))) process.stdout.write("(the web page is not built: run `npm run build:web`; the API is up)\n");
  const names = [...(opts.tokens ?? []).map((t) => t.name), ...(opts.token ? ["default"] : [])];
  process.stdout.write(names.length ? `Writes enabled with the tokens of: ${names.join(", ")}.\n` : "Read-only (no token given).\n");
  process.stdout.write("Press Ctrl+C to stop.\n");
  if (opts.open) openInBrowser(server.url);
  const stop = async () => {
    await server.close();
    await store.close();
    process.exit(0);
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  return server;
}

/**
 * The end of `sourced demo`: the page over the database just filled, on
 * --port or, when that is taken, any free port. Runs until Ctrl+C.
 */
export async function serveAfterDemo(cmd: Command, opts: { port?: string; host?: string }): Promise<void> {
  const host = opts.host ?? "127.0.0.1";
  const wanted = parsePort(opts.port ?? "8080");
  const store = openStoreFor(cmd, { mustExist: true });
  const { reconcileStore } = await import("../../reconcile/index.js");
  await reconcileStore(store);
  const token = process.env.SOURCED_TOKEN || undefined;
  const tokens = namedTokens(undefined);
  try {
    await serveUntilStopped(store, { host, port: wanted, token, tokens });
  } catch (err) {
    if (!(err instanceof CliError) || !/already in use/.test(err.message)) throw err;
    await serveUntilStopped(openStoreFor(cmd, { mustExist: true }), { host, port: 0, token, tokens });
  }
  await new Promise<never>(() => {});
}

export function register(program: Command): void {
  program
    .command("serve")
    .description("Serve the HTTP API and the analyst page over the database")
    .option("--port <n>", "port to listen on (0: any free port)", "8080")
    .option("--host <host>", "interface to bind", "127.0.0.1")
    .option("--token <token>", "bearer token enabling write endpoints, named 'default' in the review history (or env SOURCED_TOKEN)")
    .option("--tokens-file <file>", "named bearer tokens, one name:token a line; the name is recorded with each change (or env SOURCED_TOKENS=name:token,...)")
    .option("--open", "open the page in a browser")
    .option("--watch [duration]", "poll the watched feeds (/api/feeds) in the background, every duration (default 15m)")
    .option(
      "--allow-host <host>",
      "let /api/fetch and the feeds reach this private or local host (repeatable; also SOURCED_ALLOW_HOSTS)",
      (v: string, p: string[]) => [...p, v],
      [] as string[],
    )
    .option("--contact <email-or-url>", "how site owners can reach you, put in the User-Agent (also SOURCED_CONTACT)")
    .addHelpText(
      "after",
      examples(
        "sourced serve",
        "sourced --db corpus.db serve --port 9000 --open",
        "SOURCED_TOKEN=secret sourced serve",
        "sourced serve --tokens-file tokens.txt   # lines such as  ana:4f9c2e7a1b  and  bo:8d1e6f3c2a",
        "SOURCED_TOKEN=secret sourced serve --watch 15m --contact desk@example.org",
      ),
    )
    .action(
      async (
        opts: {
          port: string;
          host: string;
          token?: string;
          tokensFile?: string;
          open?: boolean;
          watch?: string | true;
          allowHost: string[];
          contact?: string;
        },
        cmd: Command,
      ) => {
        const port = parsePort(opts.port);
        const watchEveryMs = opts.watch === undefined ? null : parseDuration("--watch", opts.watch === true ? "15m" : opts.watch);
        const tokens = namedTokens(opts.tokensFile);
        const store = openStoreFor(cmd, { mustExist: true });
        const token = opts.token ?? (process.env.SOURCED_TOKEN || undefined);
        const live: LiveSettings = { allowHosts: opts.allowHost, contact: opts.contact, watchEveryMs };
        await serveUntilStopped(store, { host: opts.host, port, token, tokens, open: opts.open, live });
        // Keep the process alive: the action returns while the server listens.
        await new Promise<never>(() => {});
      },
    );
}
