#!/usr/bin/env bash
# Build Debian rustc-web's std for wasm32-unknown-unknown ONCE and install it into the Debian sysroot
# (/usr/lib/rustlib/wasm32-unknown-unknown/lib), so that plain `cargo build --target wasm32-unknown-unknown`
# works with Debian's rustc without -Zbuild-std or RUSTC_BOOTSTRAP in every build.
# Only used on the Debian toolchain path of scripts/setup.sh (when rustup cannot add the wasm32 target).
# Logic taken verbatim from shared/toolchain/RECIPE.md §2.2.
#
# Why each detail:
#  * RUSTC=/usr/bin/rustc: /usr/bin/cargo alone would pick up rustup's `rustc` proxy from PATH (P6).
#  * RUSTFLAGS=-Cembed-bitcode=yes: the app's release profile uses LTO, which needs bitcode in std.
#  * The stamp holds `rustc -vV`: the std is tied to the exact rustc build, so an apt upgrade of rustc-web
#    makes this script rebuild it (P7). Otherwise it exits in milliseconds (idempotent).
set -euo pipefail
RUSTC=/usr/bin/rustc
SYSROOT=$($RUSTC --print sysroot)                       # /usr
DEST="$SYSROOT/lib/rustlib/wasm32-unknown-unknown/lib"
STAMP="$SYSROOT/lib/rustlib/wasm32-unknown-unknown/built-by-rustc.txt"
WANT=$($RUSTC -vV)
if [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$WANT" ] && compgen -G "$DEST/libstd-*.rlib" >/dev/null; then
  echo "wasm32 std already installed for: $($RUSTC -V)"; exit 0
fi
if [ ! -w "$SYSROOT/lib/rustlib" ]; then
  echo "install-wasm32-std.sh: $SYSROOT/lib/rustlib is not writable; run this script as root" >&2; exit 1
fi
echo "building the wasm32 std for $($RUSTC -V) (about 80 s of CPU, once per rustc version)"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/src"
cat > "$WORK/Cargo.toml" <<'TOML'
[package]
name = "stdseed"
version = "0.0.0"
edition = "2021"

[profile.release]
opt-level = 3
codegen-units = 1
debug = false
debug-assertions = false
overflow-checks = false
TOML
echo 'pub fn seed() -> usize { std::env::args().count() }' > "$WORK/src/lib.rs"
( cd "$WORK" && env -u RUSTFLAGS -u CARGO_BUILD_RUSTFLAGS -u RUSTUP_TOOLCHAIN RUSTC=$RUSTC RUSTC_BOOTSTRAP=1 \
    RUSTFLAGS="-Cembed-bitcode=yes" CARGO_TARGET_DIR="$WORK/target" \
    /usr/bin/cargo build --release --target wasm32-unknown-unknown \
    -Zbuild-std=std,panic_abort,panic_unwind,proc_macro,test )
rm -rf "$DEST"; mkdir -p "$DEST"
find "$WORK/target/wasm32-unknown-unknown/release/deps" -name 'lib*.rlib' ! -name 'libstdseed-*' -exec cp {} "$DEST/" \;
echo "$WANT" > "$STAMP"
echo "installed $(find "$DEST" -name '*.rlib' | wc -l) rlibs into $DEST for $($RUSTC -V)"
