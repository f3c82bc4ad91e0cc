// One thread of the ingest pool (pipeline-pool.ts): runs jobs as they come.

import { parentPort } from "node:worker_threads";
import { runPoolJob } from "./pipeline-pool.js";

parentPort?.on("message", (msg: { seq: number; job: Parameters<typeof runPoolJob>[0] }) => {
  parentPort!.postMessage({ seq: msg.seq, result: runPoolJob(msg.job) });
});
