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

section "end-to-end browser tests (tests/e2e/run.mjs)"
PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
URL="http://127.0.0.1:$PORT/"
mkdir -p target
# Serve from the project root with --directory: Trunk replaces dist/ on each build, and a server started
# inside the old dist/ would keep serving the deleted directory (P10).
python3 -m http.server "$PORT" --bind 127.0.0.1 --directory dist >target/e2e-http-server.log 2>&1 &
SERVER_PID=$!
stop_server() { kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; }
trap stop_server EXIT
up=0
for _ in $(seq 1 100); do   # up to ~10 s
  if python3 -c 'import sys, urllib.request; urllib.request.urlopen(sys.argv[1], timeout=2)' "$URL" 2>/dev/null; then
    up=1; break
  fi
  kill -0 "$SERVER_PID" 2>/dev/null || break
  sleep 0.1
done
if [ "$up" != 1 ]; then
  cat target/e2e-http-server.log >&2
  echo "ERROR: http.server on $URL did not answer" >&2
  exit 1
fi
echo "serving dist/ at $URL"
node tests/e2e/run.mjs "$URL" target/e2e
