"""tools/gen_tables.py: the committed tables are current, and bad rows are
rejected with their line named."""
import os
import shutil
import subprocess
import sys
import tempfile
import unittest

SRC = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
GEN = os.path.join(SRC, "tools", "gen_tables.py")


class GenTablesTest(unittest.TestCase):
    def setUp(self):
        if getattr(self, "dir", None):  # called again for a fresh copy
            shutil.rmtree(self.dir)
        self.dir = tempfile.mkdtemp()
        for name in ("words.tsv", "known.tsv"):
            shutil.copy(os.path.join(SRC, "lib", "data", name), self.dir)
        self.out = os.path.join(self.dir, "out.inc")

    def tearDown(self):
        shutil.rmtree(self.dir)

    def run_gen(self):
        return subprocess.run([sys.executable, GEN, "--data", self.dir, "--out", self.out],
                              capture_output=True, text=True)

    def append(self, name, row):
        with open(os.path.join(self.dir, name), "a") as f:
            f.write(row + "\n")

    def test_committed_tables_are_current(self):
        r = subprocess.run([sys.executable, GEN, "--check"], capture_output=True, text=True)
        self.assertEqual(r.returncode, 0, r.stderr)

    def test_a_new_row_is_generated(self):
        self.append("words.tsv", "proclaimed\tCUE\tCUE_SAY\tproclaimed")
        self.assertEqual(self.run_gen().returncode, 0)
        with open(self.out) as f:
            self.assertIn('{"proclaimed", LX_CUE, CUE_SAY, "proclaimed"}', f.read())

    def test_duplicate_word_is_rejected(self):
        self.append("words.tsv", "said\tCUE\tCUE_SAY\tsaid")
        r = self.run_gen()
        self.assertEqual(r.returncode, 2)
        self.assertIn("'said' is already on line", r.stderr)

    def test_bad_rows_are_rejected(self):
        for row in ("Shouted\tCUE\tCUE_SAY\tshouted", "yelled\tSHOUT\t0\t-", "yelled\tCUE\t0\t-",
                    "yelled\tCUE"):
            with self.subTest(row=row):
                self.setUp()
                self.append("words.tsv", row)
                self.assertEqual(self.run_gen().returncode, 2)
        self.append("known.tsv", "Ri Il Hwan\tperson\t-\t\t-")
        self.assertEqual(self.run_gen().returncode, 2)
        self.setUp()
        self.append("known.tsv", "Kim Jong Un\tperson\t-\tKim\t-")
        self.assertIn("already on line", self.run_gen().stderr)


if __name__ == "__main__":
    unittest.main()
