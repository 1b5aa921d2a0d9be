#!/usr/bin/env python3
"""Train the attribution ranker's weights (lib/attribution_weights.inc).

    tools/train_attribution.py [--build build] [--shared ../shared] [--check]

Reads ONLY the training gold (never the development or test files):
  ../shared/bench/polnear/train.gold.json   840 US news articles (PolNeAR train)
  ../shared/corpus/train.gold.json          24 KCNA, Rodong and Yonhap articles
Quotes and indirect statements (reported speech) train one ranker.
The library computes every candidate and its features itself
(build/tools/kcna-candidates, built with -Dtests=true), so training and run
time read the same features.

A quote's (or statement's) correct candidate is the one whose mention overlaps the annotated
source mention (PolNeAR records where it is), else one whose speaker the
source mention resolves to, else one whose speaker's name matches the gold
speaker as eval/score.py matches names; a quote none of
whose candidates is correct teaches the "no speaker" choice. The model is a
conditional logit over each quote's candidates and the "no speaker" choice
(a softmax over w . features), fitted by AdaGrad with L2 in a fixed order
(deterministic: the same inputs give the same table). --check retrains and
fails if the committed table differs.
"""
import argparse
import json
import math
import os
import re
import subprocess
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "lib", "attribution_weights.inc")
# (gold file, how many times each of its quotes counts): the KCNA training
# articles are few, and the conventions of state media ("KCNA quoted X as
# saying", a body's statement) are theirs alone.
TRAINING_GOLD = [("bench/polnear/train.gold.json", 1), ("corpus/train.gold.json", 5)]
EPOCHS = 12
RATE = 0.2
L2 = 0.1  # chosen on KCNA dev and PolNeAR dev together (1e-4 .. 0.3 tried)


def norm_name(s):
    s = unicodedata.normalize("NFKC", s or "").casefold()
    s = re.sub(r"^(the)\s+", "", s)
    return re.sub(r"[\W_]+", "", s)


def name_matches(pred, spk):
    p = norm_name(pred)
    names = {norm_name(a) for a in spk.get("aliases", []) + [spk["name"]]}
    if spk.get("match") == "contains":
        return bool(p) and any(n and n in p for n in names)
    return p in names


def nth_span(data, needle, n):
    nb = needle.encode("utf-8")
    i = -1
    for _ in range(n + 1):
        i = data.find(nb, i + 1)
        if i < 0:
            return None
    return i, i + len(nb)


def overlap(a, b):
    return a[0] < b[1] and b[0] < a[1]


def dump(tool, jobs):
    """Runs the library's candidate dump over (path, reference date) jobs."""
    lines = "".join("%s\t%s\n" % (p, r or "") for p, r in jobs)
    out = subprocess.run([tool], input=lines.encode(), capture_output=True, check=True)
    rows = [json.loads(l) for l in out.stdout.decode("utf-8").splitlines()]
    return rows[0]["features"], rows[1:]


def examples(shared, tool):
    """(candidate feature lists, none features, index of the correct choice or -1 for none)."""
    jobs, golds = [], {}
    for rel, repeat in TRAINING_GOLD:
        gold_path = os.path.join(shared, rel)
        base = os.path.dirname(gold_path)
        for doc in json.load(open(gold_path, encoding="utf-8"))["documents"]:
            path = os.path.join(base, doc["file"])
            jobs.append((path, doc.get("reference_date")))
            golds[path] = (doc, repeat)
    names, rows = dump(tool, jobs)
    person = {i for i, n in enumerate(names) if n.startswith("kind-person")}
    appositive = {i for i, n in enumerate(names) if n.startswith("in-appositive")}
    by_file, mentions = {}, {}
    for r in rows:
        if "mentions" in r:
            mentions[r["file"]] = r["mentions"]
        else:
            by_file.setdefault(r["file"], []).append(r)
    data, unreachable = {"quote": [], "statement": []}, 0
    for path, (doc, repeat) in sorted(golds.items()):
        text = open(path, "rb").read()
        found = by_file.get(path, [])
        items = [("quote", g) for g in doc["quotes"]]
        items += [("statement", g) for g in doc.get("statements", []) if g.get("kind", "indirect") == "indirect"]
        for kind, g in items:
            if g.get("optional") or not g.get("speaker"):
                continue
            span = nth_span(text, g["text"], g["nth"])
            src = g.get("source")
            src_span = nth_span(text, src["text"], src["nth"]) if src else None
            if span is None or (g["speaker"] == "*" and src_span is None):
                continue
            row = next((r for r in found if r["kind"] == kind and overlap(span, tuple(r["quote"]))), None)
            if row is None:
                continue
            # a source span may hold several mentions ("Brian Fallon, the
            # campaign's press secretary", "White House press secretary Josh
            # Earnest"): one outside an appositive, a person's, the earliest
            hits = [k for k, c in enumerate(row["candidates"])
                    if src_span and c["mention"] and overlap(src_span, tuple(c["mention"]))]
            hits.sort(key=lambda k: (bool(set(row["candidates"][k]["features"]) & appositive),
                                     not (set(row["candidates"][k]["features"]) & person),
                                     row["candidates"][k]["mention"][0]))
            answer = hits[0] if hits else -1
            if answer < 0 and src_span:
                # the source mention resolves to a candidate's speaker (a
                # pronoun, a description, an earlier mention of the same one)
                ids = {m[2] for m in mentions.get(path, []) if overlap(src_span, (m[0], m[1]))}
                answer = next((k for k, c in enumerate(row["candidates"]) if c["speaker_id"] in ids), -1)
            if answer < 0 and g["speaker"] != "*":
                spk = doc["speakers"][g["speaker"]]
                answer = next((k for k, c in enumerate(row["candidates"]) if name_matches(c["speaker"], spk)), -1)
            if answer < 0:
                unreachable += 1
            cands = row["candidates"]
            if answer >= 0 and not cands[answer]["channel"]:
                # the library chooses a channel only when no one else speaks
                keep = [k for k, c in enumerate(cands) if not c["channel"]]
                answer = keep.index(answer)
                row = dict(row, candidates=[cands[k] for k in keep])
            data[kind].extend([([c["features"] for c in row["candidates"]], row["none"], answer)] * repeat)
    return names, data, unreachable


def train(n_features, data):
    w = [0.0] * n_features
    g2 = [1e-8] * n_features
    for _ in range(EPOCHS):
        for cands, none, answer in data:
            choices = cands + [none]
            gold = answer if answer >= 0 else len(cands)
            scores = [sum(w[f] for f in fs) for fs in choices]
            top = max(scores)
            exps = [math.exp(s - top) for s in scores]
            z = sum(exps)
            grad = {}
            for k, fs in enumerate(choices):
                p = exps[k] / z - (1.0 if k == gold else 0.0)
                for f in fs:
                    grad[f] = grad.get(f, 0.0) + p
            for f, gr in grad.items():
                gr += L2 * w[f]
                g2[f] += gr * gr
                w[f] -= RATE * gr / math.sqrt(g2[f])
    return w


def accuracy(w, data):
    right = 0
    for cands, none, answer in data:
        choices = cands + [none]
        scores = [sum(w[f] for f in fs) for fs in choices]
        best = max(range(len(choices)), key=lambda k: scores[k])
        right += best == (answer if answer >= 0 else len(cands))
    return right / len(data) if data else 0.0


def table(names, weights):
    out = ["/* Generated by tools/train_attribution.py from %s: do not edit. */" % ", ".join(g for g, _ in TRAINING_GOLD),
           "static const float ATTRIBUTION_WEIGHTS[RANKED_KINDS][FEATURE_COUNT] = {"]
    for kind, w in weights:
        out.append("\t[RANKED_%s] = {" % kind.upper())
        for name, v in zip(names, w):
            ident = "FEAT_" + name.upper().replace("-", "_").replace("@", "_AT_")
            out.append("\t\t[%s] = %.4ff," % (ident, v))
        out.append("\t},")
    out.append("};")
    return "\n".join(out) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--build", default=os.path.join(ROOT, "build"))
    ap.add_argument("--shared", default=os.path.join(ROOT, "..", "shared"))
    ap.add_argument("--check", action="store_true", help="fail if the committed table differs")
    args = ap.parse_args()
    tool = os.path.join(args.build, "tools", "kcna-candidates")
    if not all(os.path.exists(os.path.join(args.shared, g)) for g, _ in TRAINING_GOLD):
        print("train_attribution: training gold not found under %s" % args.shared, file=sys.stderr)
        return 77
    names, data, unreachable = examples(args.shared, tool)
    weights = []
    for kind in ("quote", "statement"):  # one ranker, a weight table for each
        w = train(len(names), data[kind])
        weights.append((kind, w))
        print("%ss %d; training accuracy %.3f" % (kind, len(data[kind]), accuracy(w, data[kind])), file=sys.stderr)
    print("no correct candidate: %d" % unreachable, file=sys.stderr)
    text = table(names, weights)
    if args.check:
        same = open(OUT, encoding="utf-8").read() == text
        print("attribution_weights.inc is %s" % ("current" if same else "NOT current"), file=sys.stderr)
        return 0 if same else 1
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
