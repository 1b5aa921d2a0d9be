"""Peak memory for one huge document: python3 bench/memory.py BUILD_DIR [JSONL] [MB ...]

Joins the corpus's article texts (blank line between) into one document of
each size (default 10, 50 and 100 MB), runs the CLI's --json over it and
prints the peak resident set size per input byte (the CLI's own copy of the
file included)."""
import json
import os
import resource
import subprocess
import sys
import tempfile

build = os.path.abspath(sys.argv[1])
corpus = sys.argv[2] if len(sys.argv) > 2 and not sys.argv[2].isdigit() else os.path.join(
    os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "bench", "kcna_2011_2012.jsonl")
sizes = [int(a) for a in sys.argv[2:] if a.isdigit()] or [10, 50, 100]

with open(corpus, encoding="utf-8") as f:
    texts = [json.loads(line)["text"].encode("utf-8") for line in f if line.strip()]
cli = os.path.join(build, "examples", "kcnaparse")
for mb in sizes:
    want = mb * 1000 * 1000
    with tempfile.NamedTemporaryFile(suffix=".txt") as doc:
        size, k = 0, 0
        while size < want:  # the corpus again and again, until the size is reached
            piece = texts[k % len(texts)][: want - size] + b"\n\n"
            doc.write(piece)
            size += len(piece)
            k += 1
        doc.flush()
        # a fresh child per size: ru_maxrss of the children is the largest so far
        probe = subprocess.run([sys.executable, "-c", """
import resource, subprocess, sys
subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, check=True)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)""", cli, "--json", doc.name],
                               capture_output=True, text=True, check=True)
        peak = int(probe.stdout) * 1024
        print("%4d MB document: peak %.0f MB, %.1f bytes per input byte" % (mb, peak / 1e6, peak / size))
