#!/usr/bin/env node
// npm run check:imports: checks src/ against the import rules of
// .dependency-cruiser.cjs (stage order, no cycles) and exits 1 on a violation.
//
// The same as `depcruise src --config .dependency-cruiser.cjs`, through
// dependency-cruiser's API: its command line refuses to start on Node 20
// (it asks for Node 22 or later) while this project supports Node 20.19 and
// later; the API runs on both. On Node 22+ the command line gives the same
// result.

import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { cruise } from "dependency-cruiser";
import extractDepcruiseOptions from "dependency-cruiser/config-utl/extract-depcruise-options";
import extractTSConfig from "dependency-cruiser/config-utl/extract-ts-config";

process.chdir(join(dirname(fileURLToPath(import.meta.url)), ".."));

const options = await extractDepcruiseOptions("./.dependency-cruiser.cjs");
const tsConfigFile = options.ruleSet?.options?.tsConfig?.fileName;
const result = await cruise(["src"], { ...options, validate: true, outputType: "err" }, {}, { tsConfig: tsConfigFile ? extractTSConfig(tsConfigFile) : {} });
process.stdout.write(result.output);
process.exitCode = result.exitCode > 0 ? 1 : 0;
