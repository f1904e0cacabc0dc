/**
 * The hall runs under a CSP without 'unsafe-eval' (src/server/headers.ts). Zod compiles faster
 * parsers with `Function(...)` where it may, and finds out by trying once — which the browser
 * reports as a violation. Jitless, it never tries. Imported first by each browser entry (the page,
 * the synthetic-plans worker); the page also sets it before any module runs (public/zod-jitless.js),
 * since the bundler evaluates the chunks a page imports, schemas included, before the page's own code.
 */
import { config } from 'zod';

config({ jitless: true });
