#!/usr/bin/env bash
# Install everything nk-asylum needs to build, serve and test. Idempotent: every step checks first, so a
# second run takes seconds (no apt-get update when nothing is missing, no reinstall of a tool that has the
# right version). Called by scripts/serve.sh and scripts/test.sh; run it by hand after a fresh clone.
# Background and the pitfalls P1-P16 cited below: shared/toolchain/RECIPE.md.
#
# Rust toolchain for wasm32 (the only machine-specific choice; written to the git-ignored
# target/toolchain.env, which scripts/env.sh sources):
#   rustup  (ordinary path, tried first): `rustup target add wasm32-unknown-unknown`.
#   debian  (fallback when rustup cannot download the target, or there is no rustup at all):
#           Debian's rustc-web/cargo-web 1.96 + a wasm32 std built once into /usr/lib/rustlib
#           (scripts/install-wasm32-std.sh), linked as rustup toolchain `nk-debian` and selected with
#           RUSTUP_TOOLCHAIN; linker wasm-ld-22 from lld-22 (P5). Needs root and apt-get.
#   NK_TOOLCHAIN=rustup|debian forces one path (default: auto). If rustup failed once on this machine, a
#   marker in ~/.cache/nk-asylum/ makes later runs go straight to debian; NK_TOOLCHAIN=rustup retries.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

TRUNK_VERSION=0.21.14          # 0.22.x needs rustc >= 1.96.1 (P2)
WASM_TARGET=wasm32-unknown-unknown
DEBIAN_TOOLCHAIN=nk-debian     # name of the rustup toolchain linked to /usr
CHOICE_FILE="$ROOT/target/toolchain.env"
RUSTUP_FAILED_MARKER="${XDG_CACHE_HOME:-$HOME/.cache}/nk-asylum/rustup-wasm32-unavailable"
BROWSER_PKGS=(chromium brotli)   # NEVER Debian's `binaryen` (P1)
# The sharing card's text (scripts/post-build/share-card.mjs); Noto Sans CJK KR, one of the Korean
# edition's system fonts (public/style.css), so that the browser tests and screenshots draw Hangul.
FONT_PKGS=(fonts-dejavu-core fonts-noto-cjk)
DEBIAN_RUST_PKGS=(rustc-web cargo-web rust-web-src lld-22 rust-web-clippy rustfmt-web)
MODE=${NK_TOOLCHAIN:-auto}
export DEBIAN_FRONTEND=noninteractive

log()  { printf '[setup] %s\n' "$*"; }
warn() { printf '[setup] WARNING: %s\n' "$*" >&2; }
die()  { printf '[setup] ERROR: %s\n' "$*" >&2; exit 1; }
have() { command -v "$1" >/dev/null 2>&1; }

case "$MODE" in auto|rustup|debian) ;; *) die "NK_TOOLCHAIN must be auto, rustup or debian (got '$MODE')" ;; esac

# A previous `. scripts/env.sh` in the caller's shell may have selected the Debian toolchain; detection
# below must see the machine's ordinary rustup setup instead.
[ "${RUSTUP_TOOLCHAIN:-}" = "$DEBIAN_TOOLCHAIN" ] && unset RUSTUP_TOOLCHAIN
[ "${CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_LINKER:-}" = wasm-ld-22 ] && unset CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_LINKER

# ---------------------------------------------------------------------------------------------------
# Debian packages: only call apt-get when something is missing (dpkg -s is instant; apt-get update is not).
# ---------------------------------------------------------------------------------------------------
missing_pkgs() {
  local p
  for p in "$@"; do
    dpkg -s "$p" 2>/dev/null | grep -q '^Status: install ok installed' || printf '%s ' "$p"
  done
}
APT_UPDATED=0
# apt_install PKG...: returns 0 when all are installed afterwards, 1 when they are missing and we cannot
# install them (not root, or no apt-get).
apt_install() {
  local missing
  missing=$(missing_pkgs "$@")
  [ -z "$missing" ] && return 0
  if [ "$(id -u)" = 0 ] && have apt-get; then
    log "apt-get install $missing"
    if [ "$APT_UPDATED" = 0 ]; then apt-get update -q; APT_UPDATED=1; fi
    # shellcheck disable=SC2086  # word splitting of the package list is intended
    apt-get install -y -q --no-install-recommends $missing
    return 0
  fi
  warn "missing Debian packages: $missing(run as root: apt-get install --no-install-recommends $missing)"
  return 1
}

# Browser for the e2e tests; brotli for size checks.
if ! apt_install "${BROWSER_PKGS[@]}"; then
  warn "without chromium the e2e tests cannot run (on a non-Debian system install Chromium" \
       "and set CHROMIUM to its path)"
fi
# resvg draws the sharing card's text with a font of the system: DejaVu Sans, named explicitly
# (it is usually there already, pulled in by fontconfig, but nothing else here asks for it).
if ! apt_install "${FONT_PKGS[@]}"; then
  warn "without DejaVu Sans the release build fails at the sharing card (share-card.mjs finds no font);" \
       "without a CJK font (fonts-noto-cjk) the Korean edition's screenshots show boxes, not Hangul"
fi

# ---------------------------------------------------------------------------------------------------
# Rust toolchain for wasm32
# ---------------------------------------------------------------------------------------------------
write_choice() {   # write_choice LINE... : atomically replace target/toolchain.env
  mkdir -p "$(dirname "$CHOICE_FILE")"
  {
    echo "# Written by scripts/setup.sh on $(date -u +%Y-%m-%dT%H:%M:%SZ); sourced by scripts/env.sh."
    echo "# Machine-specific (git-ignored). Re-run scripts/setup.sh to regenerate."
    printf '%s\n' "$@"
  } > "$CHOICE_FILE.tmp"
  mv "$CHOICE_FILE.tmp" "$CHOICE_FILE"
}

# Ordinary path. Returns 1 if rustup is absent or cannot add the target.
try_rustup() {
  have rustup || { log "no rustup on this machine"; return 1; }
  if rustup target list --installed 2>/dev/null | grep -qx "$WASM_TARGET"; then
    return 0
  fi
  if [ "$MODE" = auto ] && [ -f "$RUSTUP_FAILED_MARKER" ]; then
    log "rustup could not add $WASM_TARGET earlier on this machine ($RUSTUP_FAILED_MARKER); using Debian's toolchain"
    return 1
  fi
  # Only crates.io, PyPI, Debian and npm are promised to be reachable: rustup's download may fail or hang.
  log "rustup target add $WASM_TARGET (timeout 300 s)"
  if timeout 300 rustup target add "$WASM_TARGET"; then
    rm -f "$RUSTUP_FAILED_MARKER"
    return 0
  fi
  mkdir -p "$(dirname "$RUSTUP_FAILED_MARKER")"
  date -u > "$RUSTUP_FAILED_MARKER"
  warn "rustup target add $WASM_TARGET failed or timed out"
  return 1
}

use_rustup() {
  # cargo fmt / cargo clippy need these components (a minimal rustup profile lacks them).
  local installed missing=()
  installed=$(rustup component list --installed 2>/dev/null || true)
  grep -q '^clippy' <<<"$installed" || missing+=(clippy)
  grep -q '^rustfmt' <<<"$installed" || missing+=(rustfmt)
  if [ ${#missing[@]} -gt 0 ]; then
    log "rustup component add ${missing[*]}"
    timeout 300 rustup component add "${missing[@]}" \
      || warn "could not add ${missing[*]}: cargo fmt / cargo clippy (scripts/test.sh) will fail"
  fi
  write_choice "NK_TOOLCHAIN_PATH=rustup"
  TOOLCHAIN_SUMMARY="rustup ($(rustc -V 2>/dev/null || echo '?'), target $WASM_TARGET from rustup)"
}

use_debian() {
  apt_install "${DEBIAN_RUST_PKGS[@]}" \
    || die "the Debian toolchain path needs root + apt-get for: ${DEBIAN_RUST_PKGS[*]}" \
           "(or install rustup and run: rustup target add $WASM_TARGET)"
  if [ ! -x /usr/bin/rustc ] || [ ! -x /usr/bin/cargo ]; then
    die "/usr/bin/rustc or /usr/bin/cargo missing after installing rustc-web/cargo-web"
  fi
  bash "$ROOT/scripts/install-wasm32-std.sh"      # fast no-op when already built for this rustc (P7)
  if have rustup; then
    # Plain `cargo` is rustup's proxy, which would run rustup's rustc (P6). A linked toolchain selected
    # with RUSTUP_TOOLCHAIN makes every cargo call, including Trunk's, use /usr/bin/{cargo,rustc} and
    # Debian's cargo-clippy/cargo-fmt. (Not a committed rust-toolchain.toml: that would break laptops.)
    if ! rustup toolchain list | grep -q "^$DEBIAN_TOOLCHAIN\b"; then
      log "rustup toolchain link $DEBIAN_TOOLCHAIN /usr"
      rustup toolchain link "$DEBIAN_TOOLCHAIN" /usr
    fi
    write_choice "NK_TOOLCHAIN_PATH=debian" \
                 "export RUSTUP_TOOLCHAIN=$DEBIAN_TOOLCHAIN" \
                 "export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_LINKER=wasm-ld-22"
  else
    # No rustup: `cargo` on PATH is /usr/bin/cargo already; pin rustc anyway in case another is on PATH.
    write_choice "NK_TOOLCHAIN_PATH=debian" \
                 "export RUSTC=/usr/bin/rustc" \
                 "export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_LINKER=wasm-ld-22"
  fi
  TOOLCHAIN_SUMMARY="debian ($(/usr/bin/rustc -V), wasm32 std in /usr/lib/rustlib, linker wasm-ld-22)"
}

case "$MODE" in
  rustup) try_rustup || die "NK_TOOLCHAIN=rustup, but rustup could not provide $WASM_TARGET"; use_rustup ;;
  debian) use_debian ;;
  auto)   if try_rustup; then use_rustup; else log "falling back to Debian's rustc-web toolchain"; use_debian; fi ;;
esac

# From here on, use the project environment: PATH (node_modules/.bin, ~/.cargo/bin) + toolchain choice.
# shellcheck source=scripts/env.sh
. "$ROOT/scripts/env.sh"

# ---------------------------------------------------------------------------------------------------
# wasm-bindgen version: Cargo.lock, Trunk.toml and the installed CLI must all agree (P9).
# ---------------------------------------------------------------------------------------------------
WB_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/^version = "|"$/, ""); print; exit }' Cargo.lock)
[ -n "$WB_VERSION" ] || die "no wasm-bindgen entry found in Cargo.lock"
TRUNK_WB=$(sed -n 's/^[[:space:]]*wasm_bindgen[[:space:]]*=[[:space:]]*"\([^"]*\)".*/\1/p' Trunk.toml)
if [ "$TRUNK_WB" != "$WB_VERSION" ]; then
  die "Trunk.toml [tools] wasm_bindgen = \"$TRUNK_WB\" but Cargo.lock has wasm-bindgen $WB_VERSION." \
      "Set Trunk.toml to \"$WB_VERSION\" (setup then installs that CLI), or hold the crate with" \
      "'cargo update -p wasm-bindgen --precise $TRUNK_WB' (P9)."
fi

# ---------------------------------------------------------------------------------------------------
# Tools into ~/.cargo/bin (global, so CI's fresh clones on the same machine reuse them). Version-checked,
# because ~/.cargo/bin may hold other versions from earlier work (P16).
# ---------------------------------------------------------------------------------------------------
# Build the tools with the machine's ordinary host toolchain, from `/` so no project config applies.
# (The Debian toolchain would work too, MSRVs 1.81/1.86, but the rustup one is what was measured.)
tool_cargo() {
  if have rustup && (cd / && env -u RUSTUP_TOOLCHAIN cargo -V >/dev/null 2>&1); then
    (cd / && env -u RUSTUP_TOOLCHAIN cargo "$@")
  else
    (cd / && cargo "$@")
  fi
}
version_is() { have "$1" && [ "$("$1" --version 2>/dev/null)" = "$2" ]; }

if ! version_is trunk "trunk $TRUNK_VERSION"; then
  log "cargo install trunk $TRUNK_VERSION (about 15 CPU-minutes, once per machine)"
  # --locked: trunk's own lockfile works here. LTO off + 16 codegen units halves the wall time (P2, §2.3).
  CARGO_PROFILE_RELEASE_LTO=off CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 \
    tool_cargo install trunk --version "$TRUNK_VERSION" --locked
  version_is trunk "trunk $TRUNK_VERSION" \
    || die "installed trunk $TRUNK_VERSION, but '$(command -v trunk)' on PATH reports '$(trunk --version 2>&1)'"
fi

if ! version_is wasm-bindgen "wasm-bindgen $WB_VERSION"; then
  log "cargo install wasm-bindgen-cli $WB_VERSION (about 6 CPU-minutes, once per version)"
  # NOT --locked: its lockfile pins a webpki-roots version the registry here does not serve (P3).
  tool_cargo install wasm-bindgen-cli --version "=$WB_VERSION"
  version_is wasm-bindgen "wasm-bindgen $WB_VERSION" \
    || die "installed wasm-bindgen-cli $WB_VERSION, but '$(command -v wasm-bindgen)' reports '$(wasm-bindgen --version 2>&1)'"
fi

# ---------------------------------------------------------------------------------------------------
# npm tooling: binaryen (wasm-opt 132), echarts, esbuild, playwright-core, resvg. Only when node_modules is
# missing or older than package.json / package-lock.json (the stamp is written after a successful npm ci).
# ---------------------------------------------------------------------------------------------------
have npm || die "npm (Node.js) is required: it provides wasm-opt, ECharts and the e2e browser driver"
NPM_STAMP=node_modules/.nk-npm-ci-stamp
if [ ! -f "$NPM_STAMP" ] || [ package-lock.json -nt "$NPM_STAMP" ] || [ package.json -nt "$NPM_STAMP" ]; then
  log "npm ci"
  npm ci --no-audit --no-fund
  touch "$NPM_STAMP"
fi
WASM_OPT_WANT=$(sed -n 's/^[[:space:]]*wasm_opt[[:space:]]*=[[:space:]]*"\([^"]*\)".*/\1/p' Trunk.toml)
if [[ "$(wasm-opt --version 2>/dev/null)" != *"($WASM_OPT_WANT)"* ]]; then
  die "wasm-opt on PATH is '$(command -v wasm-opt || echo none)': $(wasm-opt --version 2>&1 || true);" \
      "Trunk.toml wants $WASM_OPT_WANT (npm binaryen in node_modules/.bin, P1)"
fi

# ---------------------------------------------------------------------------------------------------
# Crates: Trunk builds with `cargo build --offline` (Trunk.toml offline = true), so fetch now (P8).
# The offline+locked attempt succeeds instantly when everything is cached and never rewrites Cargo.lock.
# ---------------------------------------------------------------------------------------------------
if ! cargo fetch --offline --locked -q 2>/dev/null; then
  log "cargo fetch"
  cargo fetch
fi

log "OK: toolchain path = $TOOLCHAIN_SUMMARY; trunk $TRUNK_VERSION, wasm-bindgen $WB_VERSION, wasm-opt $WASM_OPT_WANT"
