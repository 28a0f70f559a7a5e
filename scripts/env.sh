# shellcheck shell=bash
# Environment for building and testing nk-asylum. Sourced (not run) by scripts/setup.sh, serve.sh and
# test.sh; a developer can also do `. scripts/env.sh` in an interactive shell and then call cargo/trunk.
# Safe to source more than once. Does not `set -e` or change shell options of the caller.
#
#  * node_modules/.bin goes FIRST on PATH: npm's wasm-opt 132 must win over any other wasm-opt,
#    in particular Debian's binaryen 108, which corrupts the output (P1).
#  * ~/.cargo/bin (where setup.sh installs trunk and wasm-bindgen) is added if it is not on PATH yet,
#    e.g. on a machine with Debian's cargo and no rustup.
#  * target/toolchain.env, written by scripts/setup.sh, says which Rust toolchain builds wasm32 on this
#    machine (rustup's, or Debian's rustc-web). It is git-ignored because it is machine-specific.

NK_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export NK_ROOT
NK_TOOLCHAIN_FILE="$NK_ROOT/target/toolchain.env"
export NK_TOOLCHAIN_FILE

# Remove every occurrence of $1 from PATH (so prepending stays idempotent).
nk_path_remove() {
  local p=":$PATH:"
  while [[ $p == *":$1:"* ]]; do p=${p//":$1:"/":"}; done
  p=${p#:}; PATH=${p%:}
}

nk_cargo_bin="${CARGO_HOME:-$HOME/.cargo}/bin"
case ":$PATH:" in *":$nk_cargo_bin:"*) ;; *) PATH="$PATH:$nk_cargo_bin" ;; esac
nk_path_remove "$NK_ROOT/node_modules/.bin"
PATH="$NK_ROOT/node_modules/.bin:$PATH"
export PATH
unset nk_cargo_bin

# Undo what an earlier Debian-path toolchain.env exported into this same shell (only our own values),
# so that re-sourcing after setup.sh switched back to rustup really switches back.
[ "${RUSTUP_TOOLCHAIN:-}" = nk-debian ] && unset RUSTUP_TOOLCHAIN
[ "${CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_LINKER:-}" = wasm-ld-22 ] && unset CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_LINKER
[ "${RUSTC:-}" = /usr/bin/rustc ] && [ "${NK_TOOLCHAIN_PATH:-}" = debian ] && unset RUSTC
NK_TOOLCHAIN_PATH=unknown
if [ -f "$NK_TOOLCHAIN_FILE" ]; then
  # shellcheck source=/dev/null
  . "$NK_TOOLCHAIN_FILE"
fi
export NK_TOOLCHAIN_PATH
