#!/bin/sh
# What a user installing the library gets: a plain `meson setup` builds the
# library, CLI, headers, pkg-config file, man page and docs, nothing else;
# the CLI starts from a non-system prefix; pkg-config gives users no
# private flags; the Python package finds the library through pkg-config.
set -eu
src=$(cd "$1" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail=0
meson setup "$work/b" "$src" --prefix="$work/prefix" >"$work/log" 2>&1 || { cat "$work/log"; exit 1; }
ninja -C "$work/b" install >"$work/log" 2>&1 || { cat "$work/log"; exit 1; }
for built in tests/test_api bench/kcnabench fuzz/fuzz_parse_replay; do
  [ ! -e "$work/b/$built" ] || { echo "a plain setup built $built"; fail=1; }
done
p=$work/prefix
pc=$(find "$p" -name kcnaparse.pc)
for f in bin/kcnaparse include/kcnaparse/kcnaparse.h share/man/man1/kcnaparse.1 \
         share/doc/kcnaparse/api.md share/doc/kcnaparse/output-format.md; do
  [ -e "$p/$f" ] || { echo "not installed: $f"; fail=1; }
done
[ -n "$pc" ] || { echo "not installed: kcnaparse.pc"; fail=1; }
out=$(env -u LD_LIBRARY_PATH "$p/bin/kcnaparse" --version 2>&1) || { echo "installed CLI fails: $out"; fail=1; }
if [ -n "$pc" ]; then
  cflags=$(PKG_CONFIG_PATH=$(dirname "$pc") pkg-config --cflags kcnaparse)
  case "$cflags" in *-D*) echo "pkg-config --cflags leaks: $cflags"; fail=1;; esac
  if command -v python3 >/dev/null; then
    PKG_CONFIG_PATH=$(dirname "$pc") KCNAPARSE_LIBRARY= PYTHONPATH="$src/bindings/python" python3 -c '
import kcnaparse, sys
d = kcnaparse.parse("Ri said \"yes\".")
sys.exit(0 if d.quotes[0].text == "yes" else 1)' || { echo "the Python package did not find the library through pkg-config"; fail=1; }
  fi
  # the Python package installed as a user would: pip, Debian's setuptools, no network
  if /usr/bin/python3 -c 'import venv, ensurepip' 2>/dev/null; then
    /usr/bin/python3 -m venv --system-site-packages "$work/venv" >/dev/null
    "$work/venv/bin/pip" install --no-index --no-build-isolation "$src/bindings/python" >"$work/log" 2>&1 ||
      { cat "$work/log"; echo "pip install ./bindings/python failed"; fail=1; }
    (cd "$work" && PKG_CONFIG_PATH=$(dirname "$pc") KCNAPARSE_LIBRARY= "$work/venv/bin/python" -c '
import kcnaparse, sys
sys.exit(0 if "site-packages" in kcnaparse.__file__ and kcnaparse.parse("Ri said \"yes\".").quotes else 1)') ||
      { echo "the pip-installed package does not work"; fail=1; }
  else
    echo "SKIP pip install: python3-venv is not installed (tools/dev test installs it)"
  fi
fi
exit $fail
