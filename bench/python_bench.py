"""Python end to end (records in, dicts out) against the CLI's --jsonl-input,
one thread and two: python3 bench/python_bench.py BUILD_DIR [JSONL]."""
import os
import subprocess
import sys
import time

build = os.path.abspath(sys.argv[1])
path = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(__file__), "..", "..", "shared", "bench",
                                                          "kcna_2011_2012.jsonl")
os.environ["KCNAPARSE_LIBRARY"] = os.path.join(build, "lib", "libkcnaparse.so.0")
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "bindings", "python"))
import kcnaparse  # noqa: E402

size = os.path.getsize(path)


def best(fn, passes=3):
    return min(fn() for _ in range(passes))


def cli():
    t = time.perf_counter()
    subprocess.run([os.path.join(build, "examples", "kcnaparse"), "--jsonl-input", path], stdout=subprocess.DEVNULL,
                   check=True)
    return time.perf_counter() - t


def py(threads):
    def run():
        t = time.perf_counter()
        n = 0
        for _rec, doc in kcnaparse.iter_jsonl(path, threads=threads):
            n += len(doc.to_dict()["dates"])
        return time.perf_counter() - t
    return run


c, p1, p2 = best(cli), best(py(1)), best(py(2))
print("cli %.2fs %.1f MB/s; python 1 thread %.2fs (%.2f of the CLI's speed); 2 threads %.2fs (%.2fx one)" % (
    c, size / c / 1e6, p1, c / p1, p2, p1 / p2))
