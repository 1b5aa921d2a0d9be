"""Every corpus article gives valid output v1 whose spans point at their text.
Skips (exit 77) when ../shared is absent, as in a user's clone."""
import glob
import json
import os
import subprocess
import sys

cli, root = sys.argv[1], sys.argv[2]
files = sorted(glob.glob(os.path.join(root, "..", "shared", "corpus", "*", "*.txt")))
if not files:
    print("SKIP: ../shared/corpus not found")
    sys.exit(77)
bad = 0
for i in range(0, len(files), 50):
    chunk = files[i:i + 50]
    out = subprocess.run([cli, "--jsonl"] + chunk, capture_output=True, check=True).stdout.decode()
    for line in out.splitlines():
        doc = json.loads(line)
        data = open(doc["file"], "rb").read()
        items = doc["quotes"] + doc["dates"] + ([doc["dateline"]] if doc["dateline"] else [])
        for s in doc["speakers"]:
            items += [dict(m, text=data[m["start"]:m["end"]].decode("utf-8", "replace")) for m in s["mentions"]]
        for it in items:
            if data[it["start"]:it["end"]].decode("utf-8", "replace") != it["text"]:
                print("%s: span %d-%d is %r, text says %r" % (doc["file"], it["start"], it["end"],
                      data[it["start"]:it["end"]], it["text"]))
                bad += 1
        for k in ("reference_date", "dateline", "speakers", "quotes", "dates"):
            assert k in doc, k
print("%d files checked, %d bad spans" % (len(files), bad))
sys.exit(1 if bad else 0)
