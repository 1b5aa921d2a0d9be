#!/bin/sh
# The library used two more ways: as a meson subproject and as a static
# library (vendoring). Builds a tiny consumer of each in a scratch folder.
set -eu
src=$(cd "$1" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/app/subprojects"
cat > "$work/app/meson.build" <<'EOM'
project('consumer', 'c')
dep = dependency('kcnaparse')
exe = executable('embed', 'embed.c', dependencies: dep)
test('embed', exe)
EOM
cp "$src/examples/embed.c" "$work/app/"
# a copy without build trees, as a vendored subproject would be
mkdir "$work/app/subprojects/kcnaparse"
(cd "$src" && tar --exclude='./build*' --exclude=./.git -cf - .) | tar -xf - -C "$work/app/subprojects/kcnaparse"
for lib in shared static; do
  meson setup "$work/b-$lib" "$work/app" -Dkcnaparse:tests=false -Ddefault_library=$lib >"$work/log" 2>&1 ||
    { cat "$work/log"; exit 1; }
  ninja -C "$work/b-$lib" >"$work/log" 2>&1 || { cat "$work/log"; exit 1; }
  out=$("$work/b-$lib/embed")
  echo "$lib: $out"
  case "$out" in *"Kim Jong Un: a great victory"*) ;; *) echo "unexpected output from $lib consumer"; exit 1;; esac
done
