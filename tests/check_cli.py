"""The CLI as a user drives it: options, formats, refusals, exit codes."""
import json
import os
import subprocess
import sys
import tempfile
import unittest

CLI = sys.argv.pop(1)
SRC = sys.argv.pop(1)
TEXT = 'Pyongyang, May 2 (KCNA) -- Kim Jong Un said "we will win" on Monday.\n'


def run(*args, stdin=None):
    return subprocess.run([CLI, *args], input=stdin, capture_output=True)


class CliTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.dir = tempfile.TemporaryDirectory()
        cls.a = os.path.join(cls.dir.name, "a.txt")
        with open(cls.a, "w") as f:
            f.write(TEXT)

    @classmethod
    def tearDownClass(cls):
        cls.dir.cleanup()

    def test_tsv_header_and_columns_match_help(self):
        r = run("--tsv", "--ref-date", "2024-05-03", self.a)
        self.assertEqual(r.returncode, 0, r.stderr)
        lines = r.stdout.decode().splitlines()
        header = lines[0].split("\t")
        self.assertEqual(header[:5], ["file", "kind", "start", "end", "text"])
        rows = [dict(zip(header, line.split("\t"))) for line in lines[1:]]
        for row in rows:
            self.assertEqual(len(row), len(header))
        quote = next(r for r in rows if r["kind"] == "quote")
        self.assertEqual((quote["text"], quote["speaker"], quote["cue"]), ("we will win", "Kim Jong Un", "said"))
        self.assertEqual(TEXT.encode()[int(quote["start"]):int(quote["end"])].decode(), quote["text"])
        monday = next(r for r in rows if r["kind"] == "date" and r["text"] == "Monday")
        self.assertEqual((monday["type"], monday["resolved"]), ("DATE", "true"))
        # --help names every column, in order
        help_text = " ".join(run("--help").stdout.decode().split())
        self.assertIn(", ".join(header[5:9]), help_text)
        self.assertIn("subkind (full|partial|term, indirect|block, a message's kind), " + ", ".join(header[10:]),
                      help_text)
        self.assertIn("kind (quote|statement|message|date), start, end, text", help_text)

    def test_conflicting_formats_and_pretty_are_refused(self):
        self.assertEqual(run("--json", "--tsv", self.a).returncode, 2)
        self.assertEqual(run("--json", self.a, self.a).returncode, 2)
        self.assertEqual(run("--pretty", self.a, self.a).returncode, 2)
        self.assertEqual(run("--pretty", "--jsonl", self.a).returncode, 2)
        self.assertEqual(run("--pretty", self.a).returncode, 0)
        several = run(self.a, self.a)
        self.assertEqual(several.returncode, 0)
        self.assertEqual(len(several.stdout.splitlines()), 2)

    def test_short_options_and_output_file(self):
        self.assertEqual(run("-h").returncode, 0)
        self.assertTrue(run("-V").stdout.startswith(b"kcnaparse "))
        out = os.path.join(self.dir.name, "out.json")
        r = run("-o", out, self.a)
        self.assertEqual((r.returncode, r.stdout), (0, b""))
        with open(out) as f:
            self.assertIn('"we will win"', f.read())
        self.assertEqual(run("-o").returncode, 2)

    def test_binary_input_is_refused_unless_forced(self):
        blob = bytes(range(256)) * 64
        r = run("-", stdin=blob)
        self.assertEqual(r.returncode, 1)
        self.assertIn(b"binary", r.stderr)
        self.assertEqual(r.stdout, b"")
        self.assertEqual(run("--binary", "-", stdin=blob).returncode, 0)
        # damaged text is still text
        damaged = TEXT.encode() * 20 + b"\xff\x00\x01"
        self.assertEqual(run("-", stdin=damaged).returncode, 0)

    def test_corpus_mode_keeps_ids_skips_bad_lines_and_threads_keep_order(self):
        records = [{"id": i, "src": "own", "when": "2024-05-0%d" % (1 + i % 9),
                    "body": 'Kim Yo Jong said "we will win %d" on Monday.' % i} for i in range(300)]
        lines = [json.dumps(r) for r in records]
        lines.insert(7, "not json")
        lines.insert(9, '{"id": "no text"}')
        data = ("\n".join(lines) + "\n").encode()
        one = run("--jsonl-input", "--text-field", "body", "--date-field", "when", "-", stdin=data)
        self.assertEqual(one.returncode, 1)  # the two bad lines, reported and skipped
        self.assertIn(b":8: not a JSON object", one.stderr)
        self.assertIn(b':10: no "body" string', one.stderr)
        out = [json.loads(l) for l in one.stdout.decode().splitlines()]
        self.assertEqual([o["id"] for o in out], list(range(300)))
        self.assertEqual(out[3]["src"], "own")
        self.assertNotIn("body", out[3])
        self.assertEqual(out[3]["reference_date"], "2024-05-04")
        self.assertEqual(out[3]["dates"][0]["value"], "2024-04-29")  # the Monday before the record's date
        four = run("--jsonl-input", "--text-field", "body", "--date-field", "when", "-j", "4", "-", stdin=data)
        self.assertEqual(four.stdout, one.stdout)
        self.assertEqual(run("--jsonl-input", "-j", "0", "-", stdin=data).returncode, 2)

    def test_alias_file_teaches_names(self):
        aliases = os.path.join(self.dir.name, "aliases.tsv")
        with open(aliases, "w") as f:
            f.write("# canonical\talias\nRi Il Hwan\tComrade Ri\n")
        r = run("--alias-file", aliases, "-", stdin='Comrade Ri said "the plan is fulfilled".'.encode())
        self.assertEqual(r.returncode, 0, r.stderr)
        doc = json.loads(r.stdout)
        self.assertEqual(doc["speakers"][doc["quotes"][0]["speaker"]]["name"], "Ri Il Hwan")
        with open(aliases, "w") as f:
            f.write("no tab here\n")
        self.assertEqual(run("--alias-file", aliases, "-", stdin=b"text").returncode, 1)

    def test_demo_reads_a_file_relative_to_the_caller(self):
        if os.environ.get("KCNA_SKIP_DEMO"):
            self.skipTest("KCNA_SKIP_DEMO")
        r = subprocess.run([os.path.join(SRC, "tools", "dev"), "demo", "a.txt"], cwd=self.dir.name,
                           capture_output=True, env=dict(os.environ, BUILD=os.path.dirname(os.path.dirname(CLI))))
        self.assertEqual(r.returncode, 0, r.stderr[-2000:])
        self.assertIn(b'"we will win"', r.stdout)


if __name__ == "__main__":
    unittest.main()
