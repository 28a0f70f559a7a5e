#!/usr/bin/env bash
# Build the app (release) and serve it at http://127.0.0.1:8080/ in the foreground, rebuilding on changes.
# Stop with Ctrl-C. Override the port with NK_PORT=8081 bash scripts/serve.sh.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

bash scripts/setup.sh            # idempotent; seconds when everything is installed
# shellcheck source=scripts/env.sh
. scripts/env.sh                 # npm's wasm-opt first on PATH (P1), toolchain choice

PORT=${NK_PORT:-8080}
echo "==== trunk serve --release: http://127.0.0.1:$PORT/ (first build takes a few minutes) ===="
# --release: the served page is what ships (wasm-opt'ed). Loopback only.
exec trunk serve --release --address 127.0.0.1 --port "$PORT"
