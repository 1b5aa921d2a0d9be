"""One list of the public API: every function the header exports
(KCNA_EXPORT) is in lib/kcnaparse.map and tests/exported-symbols.txt, and
nothing else is; the Python binding's signature table names only header
functions. Adding an accessor: declare it, implement it, add it to the map's
newest node and to exported-symbols.txt; this test says what is missing."""
import ast
import os
import re
import sys

SRC = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")


def read(*parts):
    with open(os.path.join(SRC, *parts), encoding="utf-8") as f:
        return f.read()


header = set(re.findall(r"KCNA_EXPORT\s[^;(]*?\b(kcna_\w+)\s*\(", read("include", "kcnaparse", "kcnaparse.h")))
map_names = set(re.findall(r"^\s+(kcna_\w+);", read("lib", "kcnaparse.map"), re.M))
exported = set(read("tests", "exported-symbols.txt").split())
binding = read("bindings", "python", "kcnaparse", "__init__.py")
sigs = next(node for node in ast.walk(ast.parse(binding))
            if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", None) == "_SIGS")
python = {k.value for k in sigs.value.keys}

problems = []
for name, names in (("lib/kcnaparse.map", map_names), ("tests/exported-symbols.txt", exported)):
    for s in sorted(header - names):
        problems.append("%s lacks %s (declared in kcnaparse.h)" % (name, s))
    for s in sorted(names - header):
        problems.append("%s lists %s, which kcnaparse.h does not declare" % (name, s))
for s in sorted(python - header):
    problems.append("the Python binding binds %s, which kcnaparse.h does not declare" % s)
if not header:
    problems.append("no KCNA_EXPORT declaration found in kcnaparse.h")
for p in problems:
    print(p)
print("%d public functions; %d problems" % (len(header), len(problems)))
sys.exit(1 if problems else 0)
