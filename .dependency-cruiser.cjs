// Import rules for src/ (`npm run check:imports`).
//
// The stages, in order; a stage may import only from earlier stages and from
// the shared modules below them all:
//
//   shared (types.ts, context.ts, lexicon/)
//     → ingest → clean → annotate → extract → pipeline.ts → store → reconcile → export → server → cli
//
// pipeline.ts chains clean → annotate → extract, so it sits after extract; the
// store's saveDocument runs it. The CLI starts the server (`sourced serve`),
// so cli comes after server. Tests (*.test.ts) are held to the same order.

/** [stage, the paths it owns], earliest first. */
const STAGES = [
  ["ingest", "^src/ingest/"],
  ["clean", "^src/clean/"],
  ["annotate", "^src/annotate/"],
  ["extract", "^src/extract/"],
  ["pipeline", "^src/pipeline\\.ts$"],
  ["store", "^src/store/"],
  ["reconcile", "^src/reconcile/"],
  ["export", "^src/export/"],
  ["server", "^src/server/"],
  ["cli", "^src/cli/"],
];

const SHARED = ["^src/types\\.ts$", "^src/context\\.ts$", "^src/lexicon/"];

// Known exceptions, to be removed as the code they name is reworked:
// - lexicon/groups.ts and lexicon/places.ts take ActorKind and PlaceKind from
//   annotate/types.ts (type-only); those two types belong in src/types.ts.
// - two import cycles inside src/extract (below, in no-circular).
const LEXICON_ON_ANNOTATE = "^src/lexicon/(groups|places)\\.ts$";
const KNOWN_CYCLES = [
  ["^src/extract/detectors/base\\.ts$", "^src/extract/slots/count-subject\\.ts$"],
  ["^src/extract/slots/date\\.ts$", "^src/extract/refiners/date-helpers\\.ts$"],
];

const later = (i) => STAGES.slice(i + 1).map(([, path]) => path);

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "shared-imports-no-stage",
      comment: "types.ts, context.ts and lexicon/ sit below every stage and import none of them.",
      severity: "error",
      from: { path: SHARED, pathNot: LEXICON_ON_ANNOTATE },
      to: { path: STAGES.map(([, path]) => path) },
    },
    {
      name: "shared-imports-no-stage (known exception)",
      comment: "Known exception: lexicon/groups.ts and lexicon/places.ts read two type names from annotate/types.ts, nothing else.",
      severity: "error",
      from: { path: LEXICON_ON_ANNOTATE },
      to: { path: STAGES.map(([, path]) => path), pathNot: "^src/annotate/types\\.ts$" },
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
      from: { pathNot: KNOWN_CYCLES.flat() },
      to: { circular: true },
    },
    ...KNOWN_CYCLES.map(([a, b]) => ({
      name: "no-circular (known cycle)",
      comment: `Known exception: the cycle between ${a} and ${b} (to be broken in src/extract); any other cycle through them is an error.`,
      severity: "error",
      from: { path: [a, b] },
      to: { circular: true, via: { pathNot: `${a}|${b}` } },
    })),
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
