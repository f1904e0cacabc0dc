// Runs before any module of the page: Zod builds every schema jitless (no Function()), as the
// hall's CSP without 'unsafe-eval' requires. Zod takes this object as its global config; set
// from a module instead, it came after the schemas the bundler had evaluated first (src/state/noEval.ts).
globalThis.__zod_globalConfig = Object.assign(globalThis.__zod_globalConfig || {}, { jitless: true });
