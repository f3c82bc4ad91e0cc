// Import rules for src/ (`npm run check:imports`).
//
// The stages, in order; a stage may import only from earlier stages and from
// the shared modules below them all:
//
//   shared (types.ts, context.ts, lexicon/)
//     → ingest → clean → annotate → extract → pipeline.ts → store → reconcile → export → server → cli
//
// pipeline.ts chains clean → annotate → extract, so it sits after extract; the
// store's saveDocument runs it (pipeline-pool.ts, in worker threads, too). The
// CLI starts the server (`sourced serve`), so cli comes after server. Tests
// (*.test.ts) are held to the same order.

/** [stage, the paths it owns], earliest first. */
const STAGES = [
  ["ingest", "^src/ingest/"],
  ["clean", "^src/clean/"],
  ["annotate", "^src/annotate/"],
  ["extract", "^src/extract/"],
  ["pipeline", "^src/pipeline(-pool|-pool-thread)?\\.ts$"],
  ["store", "^src/store/"],
  ["reconcile", "^src/reconcile/"],
  ["export", "^src/export/"],
  ["server", "^src/server/"],
  ["cli", "^src/cli/"],
];

const SHARED = ["^src/types\\.ts$", "^src/context\\.ts$", "^src/lexicon/"];

const later = (i) => STAGES.slice(i + 1).map(([, path]) => path);

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "shared-imports-no-stage",
      comment: "types.ts, context.ts and lexicon/ sit below every stage and import none of them.",
      severity: "error",
      from: { path: SHARED },
      to: { path: STAGES.map(([, path]) => path) },
    },
    ...STAGES.slice(0, -1).map(([name, path], i) => ({
      name: `${name}-imports-no-later-stage`,
      comment: `${name} may import only from earlier stages (${STAGES.slice(0, i).map(([n]) => n).join(", ") || "none"}) and the shared modules.`,
      severity: "error",
      from: { path },
      to: { path: later(i) },
    })),
    {
      name: "no-circular",
      comment: "No import cycles anywhere in src/.",
      severity: "error",
      from: {},
      to: { circular: true },
    },
    {
      name: "no-test-code-in-build",
      comment: "What is compiled into dist/ imports neither tests nor test-only packages (vitest and the other devDependencies).",
      severity: "error",
      from: { path: "^src/", pathNot: ["\\.test\\.ts$", "\\.conformance\\.ts$"] },
      to: { dependencyTypesNot: ["type-only"], dependencyTypes: ["npm-dev"] },
    },
    {
      name: "no-import-of-tests",
      comment: "Nothing imports a test file.",
      severity: "error",
      from: {},
      to: { path: "\\.test\\.ts$" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    // Type-only imports count: a stage that names a later stage's types depends on it.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      mainFields: ["module", "main", "types", "typings"],
    },
  },
};
