#!/usr/bin/env python3
"""kcnaparse.dask: 1 worker process against 2 on the same input.

    KCNAPARSE_LIBRARY=build/lib/libkcnaparse.so /usr/bin/python3 bench/dask_bench.py \
        ../shared/bench/kcna_2011_2012.jsonl [--repeat 4]

The input is repeated --repeat times (one file per copy); prints MB/s for
each cluster size and the speed-up."""
import argparse
import os
import shutil
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "bindings", "python"))
os.environ["PYTHONPATH"] = sys.path[0] + os.pathsep + os.environ.get("PYTHONPATH", "")
import kcnaparse.dask as kdask  # noqa: E402
from distributed import Client, LocalCluster  # noqa: E402


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("input")
    ap.add_argument("--repeat", type=int, default=4)
    args = ap.parse_args()
    tmp = tempfile.mkdtemp()
    try:
        inputs = []
        for k in range(args.repeat):
            path = os.path.join(tmp, "copy%d.jsonl" % k)
            shutil.copyfile(args.input, path)
            inputs.append(path)
        speed = {}
        for workers in (1, 2):
            with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                              dashboard_address=None) as cluster, Client(cluster) as client:
                total = kdask.run(inputs, os.path.join(tmp, "out%d" % workers), client)
            speed[workers] = total["mb_per_s"]
            print("workers=%d documents=%d seconds=%.2f mb_per_s=%.1f" % (
                workers, total["documents"], total["seconds"], total["mb_per_s"]))
        print("speedup_2_workers=%.2f" % (speed[2] / speed[1]))
    finally:
        shutil.rmtree(tmp)


if __name__ == "__main__":
    main()
