#!/bin/sh
# ABI checks: SONAME, exported symbols == committed list, all under
# their version nodes, and abidiff against the committed baseline.
set -eu
lib=$1
src=$2
fail=0
soname=$(readelf -d "$lib" | sed -n 's/.*Library soname: \[\(.*\)\]/\1/p')
[ "$soname" = "libkcnaparse.so.0" ] || { echo "SONAME is '$soname', want libkcnaparse.so.0"; fail=1; }
nm -D --defined-only "$lib" | awk '$2 == "T" {print $3}' | sed 's/@@.*//' | sort > exported.txt
if ! diff -u "$src/tests/exported-symbols.txt" exported.txt; then
  echo "exported symbols differ from tests/exported-symbols.txt"; fail=1
fi
# 0.1 symbols stay in KCNAPARSE_0; each later release adds its own node.
if nm -D --defined-only "$lib" | awk '{print $NF}' | grep -Ev '^KCNAPARSE_0(\.[0-9]+)?$' |
   grep -Ev '@@KCNAPARSE_0(\.[0-9]+)?$' | grep .; then
  echo "symbols outside the KCNAPARSE_0* nodes (above)"; fail=1
fi
if nm -D --defined-only "$lib" | grep -E '@@KCNAPARSE_0\.[0-9]+$' | sed 's/.* //; s/@@.*//' |
   grep -Fxf - "$src/doc/abi/symbols-0.1.txt"; then
  echo "a 0.1 symbol moved out of KCNAPARSE_0 (above)"; fail=1
fi
if command -v abidiff >/dev/null 2>&1; then
  if ! abidiff --headers-dir2 "$src/include/kcnaparse" --no-added-syms "$src/doc/abi/libkcnaparse.abi" "$lib"; then
    echo "abidiff: the ABI changed against doc/abi/libkcnaparse.abi"; fail=1
  fi
else
  echo "SKIP abidiff: abigail-tools is not installed (tools/dev test installs it)"
fi
exit $fail
