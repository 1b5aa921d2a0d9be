"""kcnaparse.dask on a distributed.LocalCluster of 2 worker processes: the
shards hold, record for record, what the CLI's --jsonl-input writes.
Run by meson with KCNAPARSE_LIBRARY set: argv[1] is the CLI."""
import gzip
import json
import os
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
BINDING = os.path.join(HERE, "..", "bindings", "python")
sys.path.insert(0, BINDING)
CLI = None  # set from argv by __main__ (worker processes import this module too)

try:
    import distributed  # noqa: F401
    import kcnaparse.dask as kdask
except ImportError as e:  # tools/dev installs python3-dask and python3-distributed
    kdask = None
    MISSING = str(e)

SENTENCES = ['Kim Yo Jong said "we will answer %d times" on Monday.',
             '"The harvest is good," Ri Il Hwan told KCNA on March %d.',
             'Choe Son Hui sent a letter to Sergei Lavrov, saying ties "grow stronger", KCNA said on May %d.']


def records(n):
    for i in range(n):
        yield {"id": i, "feed": "own", "date": "2024-06-%02d" % (1 + i % 28),
               "text": SENTENCES[i % 3] % (1 + i % 28)}


@unittest.skipIf(kdask is None, "dask missing: %s" % (None if kdask else MISSING))
class DaskCluster(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()
        self.plain = os.path.join(self.dir.name, "feed.jsonl")
        lines = [json.dumps(r) for r in records(240)]
        lines.insert(5, "not json")
        with open(self.plain, "w") as f:
            f.write("\n".join(lines) + "\n")
        self.packed = os.path.join(self.dir.name, "more.jsonl.gz")
        with gzip.open(self.packed, "wt") as f:
            f.write("\n".join(json.dumps(r) for r in records(30)) + "\n")
        # the workers import the binding and find the library as this process does
        os.environ["PYTHONPATH"] = BINDING + os.pathsep + os.environ.get("PYTHONPATH", "")

    def tearDown(self):
        self.dir.cleanup()

    def cli(self, path):
        with (gzip.open(path, "rb") if path.endswith(".gz") else open(path, "rb")) as f:
            data = f.read()
        r = subprocess.run([CLI, "--jsonl-input", "-"], input=data, capture_output=True)
        out = [json.loads(l) for l in r.stdout.decode().splitlines()]
        for o in out:  # the CLI names its input "-"
            o["file"] = o["file"].split(":")[-1]
        return out

    def test_shards_match_the_cli_record_for_record(self):
        out = os.path.join(self.dir.name, "out")
        rc = kdask.main([self.plain, self.packed, "--out", out, "--local", "2", "--chunk-mb", "0.004"])
        self.assertEqual(rc, 1)  # the line that is not JSON was skipped, and said so
        shards = sorted(os.listdir(out))
        self.assertGreater(len([s for s in shards if s.startswith("feed.jsonl.")]), 3)  # several partitions
        got = {"feed.jsonl": [], "more.jsonl": []}
        for s in shards:
            with open(os.path.join(out, s)) as f:
                got[s.rsplit(".", 2)[0]] += [json.loads(l) for l in f]
        for name, path in (("feed.jsonl", self.plain), ("more.jsonl", self.packed)):
            want = self.cli(path)
            for g in got[name]:
                g["file"] = g["file"].split(":")[-1]
            self.assertEqual(len(got[name]), len(want))
            self.assertEqual(got[name], want)
        self.assertEqual(got["feed.jsonl"][0]["id"], 0)
        self.assertEqual(got["feed.jsonl"][0]["quotes"][0]["text"], "we will answer 1 times")

    def test_parse_bag(self):
        import dask.bag as db
        bag = db.from_sequence(list(records(12)) + [{"id": "no text"}], npartitions=3)
        out = kdask.parse_bag(bag).compute(scheduler="sync")
        self.assertEqual([o["id"] for o in out], list(range(12)))
        self.assertNotIn("text", out[0])
        self.assertEqual(out[1]["speakers"][out[1]["quotes"][0]["speaker"]]["name"], "Ri Il Hwan")


if __name__ == "__main__":
    CLI = sys.argv.pop(1)
    unittest.main()
