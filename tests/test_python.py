"""Tests of the ctypes binding (run by meson with KCNAPARSE_LIBRARY set)."""
import datetime
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
        self.assertIsInstance(cm.exception, ValueError)
        self.assertIn("2024-13-01", str(cm.exception))
        with self.assertRaises(kcnaparse.BadDateError):
            kcnaparse.parse("x", reference_date="soon")

    def test_document_outlives_the_default_parser(self):
        # parse() frees its parser on return: the document must not read it
        self.assertIn('"hi"', kcnaparse.parse('Kim said "hi".').to_json())
        doc = kcnaparse.parse('Kim Jong Un said "hi".')
        self.assertEqual(doc.quotes[0].speaker.name, "Kim Jong Un")
        p = kcnaparse.Parser()
        doc = p.parse('Kim Jong Un said "hi".')
        p.close()
        self.assertIn("Kim Jong Un", doc.to_json())

    def test_input_types(self):
        with self.assertRaises(TypeError):
            kcnaparse.parse(5)
        with self.assertRaises(TypeError):
            kcnaparse.parse(None)
        # bytes are UTF-8 and their offsets byte offsets
        data = "Ri said \u201cwe won\u201d on Monday.".encode()
        doc = kcnaparse.parse(data, reference_date=datetime.date(2024, 5, 3))
        q = doc.quotes[0]
        self.assertEqual((q.start, q.end), (q.byte_start, q.byte_end))
        self.assertEqual(data[q.start:q.end].decode(), "we won")
        self.assertEqual(doc.reference_date, "2024-05-03")
        with self.assertRaises(TypeError):
            kcnaparse.parse("x", reference_date=20240503)

    def test_alias_arguments_are_checked(self):
        with self.assertRaises(TypeError) as cm:
            kcnaparse.Parser(aliases={"X": None})
        self.assertIn("'X'", str(cm.exception))
        with self.assertRaises(TypeError):
            kcnaparse.Parser(aliases=["X"])
        with self.assertRaises(kcnaparse.BadNameError) as cm:
            kcnaparse.Parser(aliases={"Ri Il Hwan": ["Comrade Ri", "bad\x01name"]})
        self.assertIn("bad", str(cm.exception))

    def test_oversized_input_names_the_limit(self):
        with kcnaparse.Parser(max_input=10) as p:
            with self.assertRaises(kcnaparse.TooLargeError) as cm:
                p.parse("This is longer than ten bytes.")
        self.assertIn("10 bytes", str(cm.exception))

    def test_char_offsets_with_non_ascii_everywhere(self):
        text = ("\u00c9t\u00e9: Pyongyang, May 2 (KCNA) -- \U0001F600 Ri Il Hwan said \u201c\u6c34 is "
                "water\u201d on Monday. \u00c0 Kim said \u201cok\u201d.")
        doc = kcnaparse.parse(text, reference_date="2024-05-03")
        self.assertEqual(len(doc.quotes), 2)
        for item in doc.quotes + doc.dates:
            self.assertEqual(text[item.start:item.end], item.text)
        for s in doc.speakers:
            for a, b in s.mentions:
                self.assertTrue(text[a:b])

    def test_statements_and_author(self):
        text = ("Pyongyang, May 2 (KCNA) -- Choe Son Hui released the following press statement:\n"
                "The drills are a grave provocation. Kim Jong Un said that the plant would open soon.\n")
        doc = kcnaparse.parse(text, reference_date="2024-05-02")
        self.assertEqual(doc.author.name, "Choe Son Hui")
        st = [s for s in doc.statements if s.kind == "indirect"]
        self.assertEqual([(s.text, s.speaker.name, s.cue) for s in st],
                         [("the plant would open soon", "Kim Jong Un", "said")])
        self.assertEqual(text[st[0].start:st[0].end], st[0].text)
        self.assertTrue(0.5 < st[0].confidence <= 1.0)
        self.assertTrue(all(0.0 <= q.confidence <= 1.0 for q in doc.quotes))

    def test_messages(self):
        text = ("Kim Jong Un sent a reply message to Vladimir Putin on August 15 on the occasion of "
                "Liberation Day. The message said:\nOur friendship will grow stronger every year.\n")
        doc = kcnaparse.parse(text, reference_date="2024-08-16")
        (m,) = doc.messages
        self.assertEqual((m.kind, [s.name for s in m.senders], [s.name for s in m.recipients]),
                         ("reply", ["Kim Jong Un"], ["Vladimir Putin"]))
        self.assertEqual(m.date.value, "2024-08-15")
        self.assertEqual(text[m.occasion[0]:m.occasion[1]], "Liberation Day")
        self.assertEqual([s.text for s in m.statements], ["Our friendship will grow stronger every year"])

    def test_date_order(self):
        with kcnaparse.Parser(date_order="dmy") as p:
            self.assertEqual([d.value for d in p.parse("It was 6/12/2008.").dates], ["2008-12-06"])
        self.assertEqual([d.value for d in kcnaparse.parse("It was 6/12/2008.").dates], ["2008-06-12"])
        with self.assertRaises(ValueError):
            kcnaparse.Parser(date_order="ymd")

    def test_parse_many_and_iter_jsonl_keep_order(self):
        import tempfile
        texts = ['Ri Il Hwan said "%d is the number" on Monday.' % i for i in range(50)]
        with kcnaparse.Parser() as p:
            one = [d.to_json() for d in p.parse_many(texts, reference_dates=["2024-05-03"] * 50)]
            two = [d.to_json() for d in p.parse_many(texts, threads=2, reference_dates=["2024-05-03"] * 50)]
        self.assertEqual(one, two)
        self.assertIn('"7 is the number"', one[7])
        with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as f:
            for i, text in enumerate(texts):
                f.write(json.dumps({"id": i, "text": text, "date": "2024-05-03" if i % 2 else "bad"}) + "\n")
        try:
            got = [(rec["id"], doc.quotes[0].text) for rec, doc in kcnaparse.iter_jsonl(f.name, threads=3)]
        finally:
            os.unlink(f.name)
        self.assertEqual(got, [(i, "%d is the number" % i) for i in range(50)])

    def test_threads_give_the_documents_one_thread_gives(self):
        # several batches in flight (small ones), str with non-ASCII text,
        # bytes with a bad byte, and the errors at their turn
        texts = ['Ch\u00f6e Son Hui said "%d \u2014 is the number" on Monday.' % i for i in range(40)]
        texts[5] = b'Kim said "bad \xff byte" today.'
        saved = kcnaparse.BATCH_DOCS
        kcnaparse.BATCH_DOCS = 7
        try:
            with kcnaparse.Parser() as p:
                one = list(p.parse_many(texts, reference_dates=["2024-05-03"] * 40))
                two = list(p.parse_many(texts, threads=2, reference_dates=["2024-05-03"] * 40))
                for a, b in zip(one, two):
                    self.assertEqual(a.to_dict(), b.to_dict())
                    self.assertEqual(a.to_json(), b.to_json())
                    self.assertEqual(a.to_json(pretty=True), b.to_json(pretty=True))
                    self.assertEqual(a.flags, b.flags)
                    self.assertEqual([(q.start, q.end, q.text) for q in a.quotes],
                                     [(q.start, q.end, q.text) for q in b.quotes])
                self.assertTrue(two[5].flags & 0x1)  # KCNA_DOC_REPAIRED_UTF8
                self.assertEqual(texts[3][two[3].quotes[0].start:two[3].quotes[0].end], "3 \u2014 is the number")
                two[3].close()  # no handle to free: a no-op
                self.assertEqual(two[3].quotes[0].text, "3 \u2014 is the number")
                dates = ["2024-05-03"] * 40
                dates[9] = "May 3"
                docs = p.parse_many(texts, threads=2, reference_dates=dates)
                self.assertEqual(len([next(docs) for _ in range(9)]), 9)
                with self.assertRaises(kcnaparse.BadDateError):
                    next(docs)
            with kcnaparse.Parser(max_input=60) as small:
                docs = small.parse_many(["Kim said it.", "x" * 61], threads=2)
                self.assertEqual(next(docs).speakers[0].name, "Kim")
                with self.assertRaises(kcnaparse.TooLargeError):
                    next(docs)
        finally:
            kcnaparse.BATCH_DOCS = saved
        with self.assertRaises(ValueError):
            list(kcnaparse.Parser().parse_many(texts, threads=0))

    def test_version(self):
        self.assertTrue(kcnaparse.version().startswith("0."))


if __name__ == "__main__":
    unittest.main()
