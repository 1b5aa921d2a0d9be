"""Every corpus article gives valid output v1 whose spans point at their text.
Skips (exit 77) when ../shared is absent, as in a user's clone."""
import glob
import json
import os
import re
import subprocess
import sys

cli, root = sys.argv[1], sys.argv[2]
files = sorted(glob.glob(os.path.join(root, "..", "shared", "corpus", "*", "*.txt")))
if not files:
    print("SKIP: ../shared/corpus not found")
    sys.exit(77)
WORD = re.compile(r"[^\W_]+")


def words(text):
    """Lowercased words, a possessive's s dropped."""
    return {w for w in WORD.findall(text.lower().replace("\u2019s", "").replace("'s", ""))}


def mention_problem(data, start, end, speaker):
    """Why the span [start, end) is not a mention of speaker, or None: it
    must be non-empty and start and end at word boundaries, and a full name
    must share a word with the speaker's name or aliases."""
    if not 0 <= start < end <= len(data):
        return "empty or out of range"
    before = data[max(0, start - 4):start].decode("utf-8", "ignore")[-1:] or " "
    after = data[end:end + 4].decode("utf-8", "ignore")[:1] or " "
    text = data[start:end].decode("utf-8", "replace")
    ws = WORD.findall(text)
    # a scraper's glued words are split on purpose: "ComradeKim" and "August
    # 4Kim" before a capitalised word, "Kim Jong-unthrough" before a
    # lowercase tail, "SungandKim" at the case change
    first_word = ws[0] if ws else ""
    glued_before = ((before.islower() or before.isdigit()) and first_word[:1].isupper() and
                    first_word[1:2].islower())
    glued_after = (after.islower() and text[-1:].isalpha()) or (after.isupper() and text[-1:].islower())
    if (before.isalnum() and not glued_before) or (after.isalnum() and not glued_after):
        return "cuts a word"
    # pronouns and descriptions ("the minister", "General Secretary",
    # "Kremlin") are checked for their boundaries only: a full name of three
    # capitalised words or more must be one of its speaker's
    if len(ws) < 3 or any(w[0].islower() for w in ws):
        return None
    named = words(speaker["name"])
    for a in speaker["aliases"]:
        named |= words(a)
    return None if words(text) & named else "shares no word with the speaker's name or aliases"


bad = 0
for i in range(0, len(files), 50):
    chunk = files[i:i + 50]
    out = subprocess.run([cli, "--jsonl"] + chunk, capture_output=True, check=True).stdout.decode()
    for line in out.splitlines():
        doc = json.loads(line)
        data = open(doc["file"], "rb").read()
        items = doc["quotes"] + doc["dates"] + ([doc["dateline"]] if doc["dateline"] else [])
        for s in doc["speakers"]:
            for m in s["mentions"]:
                problem = mention_problem(data, m["start"], m["end"], s)
                if problem:
                    print("%s: mention %d-%d %r of %r: %s" % (doc["file"], m["start"], m["end"],
                          data[m["start"]:m["end"]], s["name"], problem))
                    bad += 1
        for it in items:
            if data[it["start"]:it["end"]].decode("utf-8", "replace") != it["text"]:
                print("%s: span %d-%d is %r, text says %r" % (doc["file"], it["start"], it["end"],
                      data[it["start"]:it["end"]], it["text"]))
                bad += 1
        for k in ("reference_date", "dateline", "speakers", "quotes", "dates"):
            assert k in doc, k
print("%d files checked, %d bad spans" % (len(files), bad))
sys.exit(1 if bad else 0)
