#!/bin/sh
# Vendoring: every global symbol the static objects define is kcna_-prefixed,
# so the library links beside anyone's arena_alloc or text_init.
set -eu
bad=$(nm -g --defined-only "$1" | awk 'NF == 3 && $2 ~ /[TDBRC]/ {print $3}' | grep -v '^kcna_' || true)
if [ -n "$bad" ]; then
  echo "global symbols without the kcna_ prefix:"; echo "$bad"; exit 1
fi
