#!/usr/bin/env bash
# All checks, failing fast: formatting, clippy, native tests, release build with Trunk, end-to-end
# browser tests (headless Chromium) against the built site.
# Used by .ci/run (CI: root, fresh clone, CI=true, no stdin, 90 min limit).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

START=$SECONDS
section() { printf '\n==== [%4ds] %s ====\n' "$((SECONDS - START))" "$*"; }

section "setup (scripts/setup.sh)"
bash scripts/setup.sh
# shellcheck source=scripts/env.sh
. scripts/env.sh
echo "toolchain path: $NK_TOOLCHAIN_PATH"

section "cargo fmt --check"
cargo fmt --check

section "cargo clippy (native, all targets, -D warnings)"
cargo clippy --all-targets -- -D warnings

section "cargo test (native)"
cargo test

section "trunk build --release (-> dist/)"
trunk build --release

section "size: first view (brotli) under the regression ceiling; issue 5 target reported (tests/size_budget.mjs)"
node tests/size_budget.mjs dist

section "end-to-end browser tests (tests/e2e/run.mjs): dist/ under a sub-path"
mkdir -p target
SERVER_PID=
stop_server() {
  if [ -n "$SERVER_PID" ]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; fi
  SERVER_PID=
}
trap stop_server EXIT
# Serves dist/ at /graphics/nk-asylum/ on 127.0.0.1 (a free port) with tests/e2e/serve.mjs and the
# given options; sets URL. The server reads dist/ by path on every request: Trunk replaces the
# directory on each build, and a server inside the old one would serve a deleted directory (P10).
start_server() {
  local log=target/e2e-server.log
  node tests/e2e/serve.mjs --root dist --mount /graphics/nk-asylum/ "$@" >"$log" 2>&1 &
  SERVER_PID=$!
  URL=
  for _ in $(seq 1 100); do   # up to ~10 s
    URL=$(sed -n 's/^serving .* at \(http:[^ ]*\)$/\1/p' "$log")
    [ -n "$URL" ] && break
    kill -0 "$SERVER_PID" 2>/dev/null || break
    sleep 0.1
  done
  if [ -z "$URL" ]; then
    cat "$log" >&2
    echo "ERROR: tests/e2e/serve.mjs did not start" >&2
    exit 1
  fi
  echo "serving dist/ at $URL $*"
}
start_server
node tests/e2e/run.mjs "$URL" target/e2e
stop_server

section "end-to-end browser tests again, with the strict CSP and the headers of dist/_headers"
# Any securitypolicyviolation event or console error fails a test; embed.test.mjs checks the header.
start_server --headers dist/_headers
E2E_EXPECT_CSP=1 node tests/e2e/run.mjs "$URL" target/e2e-csp
