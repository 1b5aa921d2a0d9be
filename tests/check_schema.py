"""The CLI's output validates against doc/kcnaparse-output.schema.json
(Debian's python3-jsonschema; skipped without it): the example article,
every sentence of the spec files as one JSON Lines corpus (with ids kept),
and a document of each hard case the tests know (empty, binary-ish, NUL)."""
import json
import os
import subprocess
import sys
import tempfile

CLI, SRC = sys.argv[1], sys.argv[2]
try:
    import jsonschema
except ImportError:
    print("SKIP: python3-jsonschema is not installed (tools/dev test installs it)")
    sys.exit(77)

with open(os.path.join(SRC, "doc", "kcnaparse-output.schema.json")) as f:
    schema = json.load(f)
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema)


def documents(args, stdin=None):
    r = subprocess.run([CLI] + args, input=stdin, capture_output=True, check=True)
    return [json.loads(l) for l in r.stdout.decode().splitlines() if l.strip()]


docs = documents(["--json", os.path.join(SRC, "examples", "data", "pyongyang-report.txt")])
records = []
for name in ("dates.txt", "quotes.txt", "mentions.txt"):
    with open(os.path.join(SRC, "tests", "spec", name), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or "\t" not in line:
                continue
            date, text = line.split("\t")[:2]
            records.append({"id": len(records), "text": text.replace("\\n", "\n"),
                            "date": date if date != "-" else None})
records += [{"id": "empty", "text": ""}, {"id": "nul", "text": "Kim said \u0000 \"x\" on May 5."}]
corpus = "".join(json.dumps(r) + "\n" for r in records).encode()
docs += documents(["--jsonl-input", "--all-temporal", "-"], corpus)
docs += documents(["--jsonl-input", "--timex3", "-"], corpus)
bad = 0
for d in docs:
    for e in validator.iter_errors(d):
        bad += 1
        print("%s: %s at %s" % (d.get("file"), e.message, "/".join(map(str, e.absolute_path))))
print("%d documents checked, %d errors" % (len(docs), bad))
sys.exit(1 if bad or len(docs) < len(records) * 2 else 0)
