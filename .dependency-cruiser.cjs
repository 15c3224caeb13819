// The house rules, checked by __tests__/architecture.test.ts (npm test) and `npx depcruise src`:
// arrows run one way, faces -> src/lessons.ts -> lesson folders -> machinery -> leaves.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      comment: 'No import cycle at all, type-only imports included.',
      severity: 'error',
      from: {},
      to: { circular: true }
    },
    {
      name: 'no-face-imports',
      comment: 'Only a face (src/cli, src/action, src/main.ts, src/index.ts, src/cli-main.ts) may import a face.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/(cli|action)/|^src/(main|index|cli-main)\\.ts$' },
      to: { path: '^src/(cli|action)/|^src/(main|index|cli-main)\\.ts$' }
    },
    {
      name: 'registry-is-for-faces',
      comment: 'src/lessons.ts (the list) is read by the faces only; lessons and machinery never import it.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/(cli|action)/|^src/(main|index|cli-main)\\.ts$' },
      to: { path: '^src/lessons\\.ts$' }
    },
    {
      name: 'machinery-below-lessons',
      comment: 'Shared machinery and leaves never import a lesson folder.',
      severity: 'error',
      from: { path: '^src/(store|signing|trust|timestamp|publish|policy|report|findings|git|csv|util)/|^src/(errors|settings|options|lesson)\\.ts$' },
      to: { path: '^src/(ledger|closure|retention|strategy|lineage)/' }
    },
    {
      name: 'lessons-through-their-front-door',
      comment: "A lesson reads another lesson only through the modules that lesson publishes (its gate, stage, types); never through its index.",
      severity: 'error',
      from: { path: '^src/(ledger|closure|retention|strategy|lineage)/' },
      to: { path: '^src/(ledger|closure|retention|strategy|lineage)/index\\.ts$' }
    }
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '\\.generated\\.ts$|validators\\.cjs$' }
  }
}
