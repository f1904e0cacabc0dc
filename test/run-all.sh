#!/usr/bin/env bash
# npm test: typecheck, unit tests, production build, browser tests in Debian's chromium.
# Installs chromium and redis-server itself when missing and this user can (root with apt-get).
set -euo pipefail
cd "$(dirname "$0")/.."

CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$CHROMIUM" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "== installing Debian's chromium (browser tests need it)"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk >/dev/null
  else
    echo "Browser tests need Debian's chromium at $CHROMIUM. Install it with: sudo apt-get install chromium fonts-noto-cjk" >&2
    echo "(or point CHROMIUM_PATH at another Chromium binary)" >&2
    exit 1
  fi
fi
# The relay's multi-process tests start a redis-server of their own: installed here like chromium,
# and without it the run stops here rather than skipping them.
if ! command -v redis-server >/dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "== installing Debian's redis-server (the relay's multi-process tests need it)"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server >/dev/null
  fi
  if ! command -v redis-server >/dev/null; then
    echo "The relay's multi-process tests need Debian's redis-server on PATH. Install it with: sudo apt-get install redis-server" >&2
    exit 1
  fi
fi
# CJK glyphs in screenshots; the page itself never fetches fonts from outside.
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null && ! fc-list 2>/dev/null | grep -qi 'CJK'; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-noto-cjk >/dev/null || echo "note: fonts-noto-cjk not installed; screenshots may show boxes for Chinese"
fi

mkdir -p .reports
status=0
step() { echo "== $1"; shift; "$@" || status=1; }

step typecheck npx tsc --noEmit -p .
step "unit tests" npx vitest run --reporter=default --reporter=json --outputFile.json=.reports/unit.json
echo "== build (seeds → scene bundle → production bundle)"
npx tsx src/cli/scenes.ts && npx vite build --logLevel warn || status=1
PLAYWRIGHT_JSON_OUTPUT_NAME=.reports/e2e.json step "browser tests" npx playwright test --reporter=list,json

# One closing line for both runners, in the plain form CI reads.
node -e '
const fs = require("fs");
const read = (f) => { try { return JSON.parse(fs.readFileSync(f, "utf8")); } catch { return null; } };
const u = read(".reports/unit.json"), e = read(".reports/e2e.json");
let passed = 0, failed = 0, skipped = 0;
if (u) { passed += u.numPassedTests; failed += u.numFailedTests; skipped += u.numPendingTests + u.numTodoTests; } else failed++;
if (e) { passed += e.stats.expected + e.stats.flaky; failed += e.stats.unexpected; skipped += e.stats.skipped; } else failed++;
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exitCode = failed ? 1 : 0;
' || status=1
exit $status
