"""Tests of the ctypes binding (run by meson with KCNAPARSE_LIBRARY set)."""
import json
import os
import sys
import unittest

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "bindings", "python"))
import kcnaparse  # noqa: E402


class BindingTest(unittest.TestCase):
    TEXT = ("Pyongyang, August 16 (KCNA) -- Kim Jong Un said the new hospital was "
            "\u201cthe pride of the nation\u201d on Monday.\n")

    def test_parse_quotes_and_char_offsets(self):
        doc = kcnaparse.parse(self.TEXT, reference_date="2024-08-16")
        self.assertEqual(len(doc.quotes), 1)
        q = doc.quotes[0]
        self.assertEqual(q.text, "the pride of the nation")
        self.assertEqual(self.TEXT[q.start:q.end], q.text)
        self.assertEqual(q.speaker.name, "Kim Jong Un")
        self.assertEqual(q.cue, "said")
        self.assertEqual(self.TEXT.encode()[q.byte_start:q.byte_end].decode(), q.text)

    def test_dates_resolved(self):
        doc = kcnaparse.parse(self.TEXT, reference_date="2024-08-16")
        values = {d.text: d.value for d in doc.dates}
        self.assertEqual(values["Monday"], "2024-08-12")
        self.assertEqual(doc.dateline.value, "XXXX-08-16")
        for d in doc.dates:
            self.assertEqual(self.TEXT[d.start:d.end], d.text)

    def test_durations_on_request(self):
        text = "The dam took almost five years and opened on May 2."
        self.assertEqual([d.text for d in kcnaparse.parse(text).dates], ["May 2"])
        with kcnaparse.Parser(all_temporal=True) as p:
            self.assertEqual([d.value for d in p.parse(text).dates], ["P5Y", "XXXX-05-02"])

    def test_parser_reuse_aliases_and_json(self):
        with kcnaparse.Parser(reference_date="2024-01-01", aliases={"Ri Il Hwan": ["Comrade Ri"]}) as p:
            doc = p.parse('Comrade Ri said "we will win".')
            self.assertEqual(doc.quotes[0].speaker.name, "Ri Il Hwan")
            data = json.loads(doc.to_json())
            self.assertEqual(data["reference_date"], "2024-01-01")
            doc.close()
            with self.assertRaises(ValueError):
                doc.to_json()

    def test_errors_raise(self):
        with self.assertRaises(kcnaparse.KcnaError) as cm:
            kcnaparse.Parser(reference_date="2024-13-01")
        self.assertEqual(cm.exception.status, 4)

    def test_version(self):
        self.assertTrue(kcnaparse.version().startswith("0."))


if __name__ == "__main__":
    unittest.main()
