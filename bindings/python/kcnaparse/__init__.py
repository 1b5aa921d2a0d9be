"""Python bindings (ctypes) for libkcnaparse.

    import kcnaparse
    doc = kcnaparse.parse(text, reference_date="2024-08-16")
    for q in doc.quotes:
        print(q.speaker.name if q.speaker else None, q.text, text[q.start:q.end])

Items carry offsets into the text given (start, end) beside the library's
UTF-8 byte offsets (byte_start, byte_end): character offsets into a str;
for bytes input (read as UTF-8, invalid bytes as U+FFFD, as the C library
does) both pairs are byte offsets.

The library is found through KCNAPARSE_LIBRARY (a path), then the libdir
pkg-config gives for kcnaparse, then its SONAME on the loader's path.
"""
import bisect
import collections
import ctypes
import datetime
import itertools
import json
import os
import re
import subprocess
import weakref
from array import array

__all__ = ["parse", "iter_jsonl", "Parser", "Document", "Speaker", "Quote", "Statement", "Message", "Date", "KcnaError", "BadDateError",
           "BadNameError", "TooLargeError", "StateError", "version"]

ABI_MAJOR = 0
SONAME = "libkcnaparse.so.%d" % ABI_MAJOR
# kcna_parser_set_options bits (kcnaparse.h)
OPT_TIMEX3 = 0x1
OPT_ALL_TEMPORAL = 0x4
OPT_DATE_ORDER_DMY = 0x8
DEFAULT_MAX_INPUT = 256 << 20
# kcna_batch_start flags: export each document as JSON, and free it on the
# library's thread once exported
BATCH_JSON, BATCH_FREE_DOCS = 0x100, 0x200
# parse_many/iter_jsonl with threads > 1 hand the library batches of this
# many documents (or this many bytes), a few in flight: the next ones parse
# while Python decodes the first
BATCH_DOCS, BATCH_BYTES, BATCHES_AHEAD = 256, 4 << 20, 3

# kcna_status values (kcnaparse.h)
_E_INVALID_ARG, _E_NOMEM, _E_TOO_LARGE, _E_BAD_DATE, _E_NOT_FOUND, _E_STATE, _E_BAD_NAME = range(1, 8)


class KcnaError(Exception):
    """A libkcnaparse call failed; .status is the kcna_status value."""

    def __init__(self, status, message):
        super().__init__(message)
        self.status = status


class BadDateError(KcnaError, ValueError):
    """A reference date that is not a real YYYY-MM-DD date."""


class BadNameError(KcnaError, ValueError):
    """An alias or canonical name the library refuses (empty, control characters...)."""


class TooLargeError(KcnaError, ValueError):
    """Input longer than the parser's limit."""


class StateError(KcnaError):
    """The parser was configured after its first parse."""


_ERRORS = {_E_BAD_DATE: BadDateError, _E_BAD_NAME: BadNameError, _E_TOO_LARGE: TooLargeError,
           _E_STATE: StateError}


def _pkg_config_libdir():
    try:
        out = subprocess.run(["pkg-config", "--variable=libdir", "kcnaparse"], capture_output=True,
                             text=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return None
    libdir = out.stdout.strip()
    return os.path.join(libdir, SONAME) if out.returncode == 0 and libdir else None


def _load():
    tried = []
    candidates = [os.environ.get("KCNAPARSE_LIBRARY"), None, SONAME]
    for i, name in enumerate(candidates):
        if i == 1:
            name = _pkg_config_libdir()
        if not name:
            continue
        try:
            return ctypes.CDLL(name)
        except OSError as e:
            tried.append("%s: %s" % (name, e))
    raise ImportError("libkcnaparse not found (install it, or set KCNAPARSE_LIBRARY to its path):\n  "
                      + "\n  ".join(tried))


_lib = _load()

_p, _sz, _i, _u, _s = ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int, ctypes.c_uint, ctypes.c_char_p
_SIGS = {
    "kcna_version": (_s, []),
    "kcna_strerror": (_s, [_i]),
    "kcna_free": (None, [_p]),
    "kcna_parser_new": (_i, [ctypes.POINTER(_p)]),
    "kcna_parser_free": (None, [_p]),
    "kcna_parser_set_reference_date": (_i, [_p, _s]),
    "kcna_parser_set_options": (_i, [_p, _u]),
    "kcna_parser_set_max_input": (_i, [_p, _sz]),
    "kcna_parser_add_aliases": (_i, [_p, ctypes.POINTER(_s), ctypes.POINTER(_s), _sz, ctypes.POINTER(_sz)]),
    "kcna_parse_dated": (_i, [_p, _s, _sz, _s, ctypes.POINTER(_p)]),
    "kcna_doc_free": (None, [_p]),
    "kcna_doc_flags": (_u, [_p]),
    "kcna_doc_to_json": (_i, [_p, _u, ctypes.POINTER(_p), ctypes.POINTER(_sz)]),
    "kcna_batch_start": (_i, [_p, _sz, ctypes.POINTER(_s), ctypes.POINTER(_sz), ctypes.POINTER(_s), _u, _u,
                              ctypes.POINTER(_p)]),
    "kcna_batch_result": (_i, [_p, _sz, ctypes.POINTER(_p), ctypes.POINTER(_p), ctypes.POINTER(_sz),
                               ctypes.POINTER(_u)]),
    "kcna_batch_free": (None, [_p]),
}
for _name, (_res, _args) in _SIGS.items():
    try:
        _f = getattr(_lib, _name)
    except AttributeError:
        raise ImportError("library and bindings do not match: %s is missing" % _name)
    _f.restype = _res
    _f.argtypes = _args

_libver = _lib.kcna_version().decode()
if int(_libver.split(".")[0]) != ABI_MAJOR:
    raise ImportError("libkcnaparse %s is not ABI %d" % (_libver, ABI_MAJOR))


def version():
    return _libver


def _check(status, message=None):
    if status != 0:
        cls = _ERRORS.get(status, KcnaError)
        raise cls(status, message or _lib.kcna_strerror(status).decode())


def _date_arg(value, what="reference_date"):
    """A reference date as the library takes it: bytes YYYY-MM-DD, or None."""
    if value is None:
        return None
    if isinstance(value, datetime.datetime):
        value = value.date()
    if isinstance(value, datetime.date):
        return value.isoformat().encode()
    if isinstance(value, str):
        return value.encode("utf-8", "replace")
    raise TypeError("%s must be a str 'YYYY-MM-DD' or a datetime.date, not %s" % (what, type(value).__name__))


# json.loads less its wrappers (type checks, a whitespace regex): the
# library's export and JSON Lines records have no leading space
_decode = json.JSONDecoder().raw_decode


def _loads(s):
    return _decode(s)[0]


_MULTIBYTE_LEAD = re.compile(rb"[\xc0-\xff]")


class _Offsets:
    """Maps UTF-8 byte offsets of the encoded text to character offsets.
    Compact: one entry per non-ASCII character (its lead byte's offset and
    the extra bytes of all such characters up to it), found by bisection;
    none at all for ASCII text or bytes input."""

    __slots__ = ("_leads", "_extra")

    def __init__(self, data, identity):
        self._leads = None
        if identity or data.isascii():
            return
        leads, extra, total = array("Q"), array("Q", [0]), 0
        for m in _MULTIBYTE_LEAD.finditer(data):
            b = data[m.start()]
            total += 1 if b < 0xE0 else 2 if b < 0xF0 else 3
            leads.append(m.start())
            extra.append(total)
        self._leads, self._extra = leads, extra

    def char(self, byte_off):
        if self._leads is None:
            return byte_off
        return byte_off - self._extra[bisect.bisect_left(self._leads, byte_off)]


class _Spanned:
    __slots__ = ("byte_start", "byte_end", "start", "end", "text")

    def _set_span(self, d, off):
        self.byte_start, self.byte_end = d["start"], d["end"]
        self.start, self.end = off.char(self.byte_start), off.char(self.byte_end)
        self.text = d["text"]


class Speaker:
    __slots__ = ("id", "name", "kind", "title", "aliases", "mentions")

    def __init__(self, d, off):
        self.id = d["id"]
        self.name = d["name"]
        self.kind = d["kind"]
        self.title = d["title"]
        self.aliases = d["aliases"]
        self.mentions = [(off.char(m["start"]), off.char(m["end"])) for m in d["mentions"]]

    def __repr__(self):
        return "Speaker(%r)" % self.name


class Quote(_Spanned):
    """A quotation; confidence is the ranker's probability for its speaker."""
    __slots__ = ("speaker", "cue", "source", "kind", "confidence")

    def __init__(self, d, off, speakers):
        self._set_span(d, off)
        sid = d["speaker"]
        self.speaker = speakers[sid] if sid is not None else None
        self.cue = d["cue"]
        self.source = d["source"]
        self.kind = d["kind"]
        self.confidence = d["confidence"]

    def __repr__(self):
        return "Quote(%r, speaker=%r)" % (self.text, self.speaker and self.speaker.name)


class Statement(_Spanned):
    """Reported speech without quotation marks: kind "indirect" or "block";
    confidence is the ranker's probability for its speaker."""
    __slots__ = ("speaker", "cue", "kind", "confidence")

    def __init__(self, d, off, speakers):
        self._set_span(d, off)
        sid = d["speaker"]
        self.speaker = speakers[sid] if sid is not None else None
        self.cue = d["cue"]
        self.kind = d["kind"]
        self.confidence = d["confidence"]

    def __repr__(self):
        return "Statement(%r, speaker=%r)" % (self.text, self.speaker and self.speaker.name)


class Message(_Spanned):
    """A letter, message or greetings between parties: kind, senders and
    recipients (Speakers), the Date it was sent (or None), the occasion's
    (start, end) or None, and the Statements that reproduce its words."""
    __slots__ = ("kind", "senders", "recipients", "date", "occasion", "statements")

    def __init__(self, d, off, speakers, dates, statements):
        self._set_span(d, off)
        self.kind = d["kind"]
        self.senders = [speakers[i] for i in d["sender"]]
        self.recipients = [speakers[i] for i in d["recipient"]]
        self.date = dates[d["date"]] if d["date"] is not None else None
        o = d["occasion"]
        self.occasion = (off.char(o["start"]), off.char(o["end"])) if o else None
        self.statements = [statements[i] for i in d["statements"]]

    def __repr__(self):
        return "Message(%r, %r -> %r)" % (self.kind, [s.name for s in self.senders], [s.name for s in self.recipients])


class Date(_Spanned):
    __slots__ = ("type", "value", "resolved", "modifier", "end_value", "anchor")

    def __init__(self, d, off):
        self._set_span(d, off)
        self.type = d.get("type", "DATE")
        self.value = d["value"]
        self.resolved = d.get("resolved", "X" not in self.value and "_REF" not in self.value)
        self.modifier = d.get("mod")
        self.end_value = d.get("end_value")
        a = d.get("anchor")
        self.anchor = (off.char(a["start"]), off.char(a["end"])) if a else None

    def __repr__(self):
        return "Date(%r, %r)" % (self.text, self.value)


class Document:
    """Results of one parse, read from the library's JSON export in one C
    call; the Python objects are built on first access. The native handle
    (for to_json) is freed on close() or leaving a with block; the
    document keeps its parser alive. A document from parse_many or
    iter_jsonl with threads > 1 holds no handle, only the export."""

    def __init__(self, handle, data, parser, identity_offsets, reference_date=None):
        self._h = handle
        self._fin = weakref.finalize(self, _lib.kcna_doc_free, handle)
        self.flags = _lib.kcna_doc_flags(handle)
        self._set(json.loads(self.to_json()), data, parser, identity_offsets, reference_date)

    @classmethod
    def _from_export(cls, exported, flags, data, parser, identity_offsets, reference_date):
        doc = cls.__new__(cls)
        doc._h = doc._fin = None
        doc._json = exported
        doc.flags = flags
        doc._set(_loads(exported), data, parser, identity_offsets, reference_date)
        return doc

    def _set(self, raw, data, parser, identity_offsets, reference_date):
        self._raw = raw
        self._data = data
        self._parser = parser
        self._ref = reference_date  # as given to the parse
        self._identity = identity_offsets
        self._off = None
        self._speakers = self._quotes = self._dates = self._statements = self._messages = None
        self.reference_date = self._raw["reference_date"]

    def _offsets(self):
        if self._off is None:
            self._off = _Offsets(self._data, self._identity)
        return self._off

    @property
    def speakers(self):
        if self._speakers is None:
            off = self._offsets()
            self._speakers = [Speaker(s, off) for s in self._raw["speakers"]]
        return self._speakers

    @property
    def quotes(self):
        if self._quotes is None:
            off, speakers = self._offsets(), self.speakers
            self._quotes = [Quote(q, off, speakers) for q in self._raw["quotes"]]
        return self._quotes

    @property
    def statements(self):
        if self._statements is None:
            off, speakers = self._offsets(), self.speakers
            self._statements = [Statement(st, off, speakers) for st in self._raw.get("statements", [])]
        return self._statements

    @property
    def messages(self):
        if self._messages is None:
            off = self._offsets()
            self._messages = [Message(m, off, self.speakers, self.dates, self.statements)
                              for m in self._raw.get("messages", [])]
        return self._messages

    @property
    def author(self):
        """The speaker whose voice the document is (a commentary's, a press
        statement's), or None for an ordinary report."""
        a = self._raw.get("author")
        return self.speakers[a] if a is not None else None

    @property
    def dates(self):
        if self._dates is None:
            off = self._offsets()
            self._dates = [Date(d, off) for d in self._raw["dates"]]
        return self._dates

    @property
    def dateline(self):
        dl = self._raw["dateline"]
        return Date(dl, self._offsets()) if dl else None

    def to_dict(self):
        """The output format v2 object (byte offsets), as json.loads gives it."""
        return self._raw

    def to_json(self, pretty=False):
        if self._fin is None:  # no handle: the export, or (pretty) a parse again to print it so
            if not pretty:
                return self._json
            with self._parser.parse(self._data, self._ref) as again:
                return again.to_json(pretty=True)
        if not self._fin.alive:
            raise ValueError("document is closed")
        out, n = ctypes.c_void_p(), ctypes.c_size_t()
        _check(_lib.kcna_doc_to_json(self._h, 1 if pretty else 0, ctypes.byref(out), ctypes.byref(n)))
        try:
            return ctypes.string_at(out, n.value).decode("utf-8")
        finally:
            _lib.kcna_free(out)

    def close(self):
        if self._fin is not None:
            self._fin()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def _alias_pairs(aliases):
    """{canonical: alias or [aliases]} as two lists of bytes; TypeError on
    anything else."""
    if not hasattr(aliases, "items"):
        raise TypeError("aliases must be a mapping {canonical name: alias or list of aliases}")
    canon, names = [], []
    for canonical, value in aliases.items():
        if not isinstance(canonical, str):
            raise TypeError("alias canonical names must be str, not %s (%r)" % (type(canonical).__name__, canonical))
        values = [value] if isinstance(value, str) else value
        try:
            values = list(values)
        except TypeError:
            raise TypeError("aliases[%r] must be a str or a list of str, not %s" % (canonical, type(value).__name__))
        for v in values:
            if not isinstance(v, str):
                raise TypeError("aliases[%r] holds %r: aliases must be str" % (canonical, v))
            canon.append(canonical)
            names.append(v)
    return canon, names


class Parser:
    """Reusable configuration, fixed at construction; safe to share between
    threads. reference_date: 'YYYY-MM-DD' or a datetime.date; aliases:
    {canonical: alias or [aliases]}; max_input: the longest input in bytes
    (0: the library's 4 GiB bound); date_order: "mdy" (default) or "dmy" for
    numeric dates whose values leave the order open."""

    def __init__(self, reference_date=None, aliases=None, timex3=False, all_temporal=False,
                 max_input=DEFAULT_MAX_INPUT, date_order="mdy"):
        h = ctypes.c_void_p()
        _check(_lib.kcna_parser_new(ctypes.byref(h)))
        self._h = h
        self._fin = weakref.finalize(self, _lib.kcna_parser_free, h)
        ref = _date_arg(reference_date)
        if ref is not None:
            _check(_lib.kcna_parser_set_reference_date(h, ref), "bad reference_date %r" % (reference_date,))
        if date_order not in ("mdy", "dmy"):
            raise ValueError("date_order must be 'mdy' or 'dmy', not %r" % (date_order,))
        options = ((OPT_TIMEX3 if timex3 else 0) | (OPT_ALL_TEMPORAL if all_temporal else 0) |
                   (OPT_DATE_ORDER_DMY if date_order == "dmy" else 0))
        if options:
            _check(_lib.kcna_parser_set_options(h, options))
        if not isinstance(max_input, int) or max_input < 0:
            raise TypeError("max_input must be a non-negative int")
        self.max_input = max_input
        _check(_lib.kcna_parser_set_max_input(h, max_input))
        if aliases:
            canon, names = _alias_pairs(aliases)
            cb = [c.encode("utf-8", "surrogatepass") for c in canon]
            nb = [n.encode("utf-8", "surrogatepass") for n in names]
            bad = ctypes.c_size_t()
            status = _lib.kcna_parser_add_aliases(h, (_s * len(cb))(*cb), (_s * len(nb))(*nb), len(cb),
                                                  ctypes.byref(bad))
            if status:
                _check(status, "%s: %r -> %r" % (_lib.kcna_strerror(status).decode(), canon[bad.value],
                                                 names[bad.value]))

    def parse(self, text, reference_date=None):
        """Parse a str (offsets in characters) or UTF-8 bytes (offsets in bytes)."""
        if not self._fin.alive:
            raise ValueError("parser is closed")
        data, identity = _encode(text)
        out = ctypes.c_void_p()
        status = _lib.kcna_parse_dated(self._h, data, len(data), _date_arg(reference_date), ctypes.byref(out))
        self._check_parse(status, data, reference_date)
        return Document(out, data, self, identity, reference_date)

    def _check_parse(self, status, data, reference_date):
        if status == _E_TOO_LARGE:
            limit = self.max_input or 0xFFFFFFF0
            _check(status, "input of %d bytes is longer than the parser's limit of %d bytes (Parser(max_input=...))"
                   % (len(data), limit))
        if status == _E_BAD_DATE:
            _check(status, "bad reference_date %r: not a YYYY-MM-DD date" % (reference_date,))
        _check(status)

    def _parse_batched(self, items, threads):
        """(key, text, reference_date) items -> (key, Document or KcnaError) in
        input order. The library parses each batch on `threads` threads of its
        own and exports its JSON; this thread only decodes, while the next
        batch parses. No Python thread parses, so none waits for the GIL."""
        if not self._fin.alive:
            raise ValueError("parser is closed")
        items = iter(items)
        pending = collections.deque()

        def start_next():
            chunk, size = [], 0
            for item in items:
                data, identity = _encode(item[1])
                chunk.append((item[0], data, identity, item[2]))
                size += len(data)
                if len(chunk) >= BATCH_DOCS or size >= BATCH_BYTES:
                    break
            if chunk:
                pending.append(_Batch(self, chunk, threads))

        for _ in range(BATCHES_AHEAD):
            start_next()
        while pending:
            batch = pending.popleft()
            try:
                result, from_export = batch.result, Document._from_export
                for i, (key, data, identity, ref) in enumerate(batch.chunk):
                    status, flags, exported = result(i)
                    if status:
                        try:
                            self._check_parse(status, data, ref)
                        except KcnaError as e:
                            yield key, e
                        continue
                    yield key, from_export(exported, flags, data, self, identity, ref)
            finally:
                batch.close()
            start_next()

    def parse_many(self, texts, threads=1, reference_dates=None):
        """Parse many texts, yielding Documents in input order. With threads
        > 1 the library parses and exports batches on that many threads of
        its own while this thread decodes the results; a document that fails
        raises when its turn comes. reference_dates: None, or one date (or
        None) per text."""
        texts = list(texts) if reference_dates is not None else texts
        refs = list(reference_dates) if reference_dates is not None else None
        if refs is not None and len(refs) != len(texts):
            raise ValueError("reference_dates must have one entry per text")
        pairs = zip(texts, refs if refs is not None else itertools.repeat(None))
        _check_threads(threads)
        if threads == 1:
            return (self.parse(text, ref) for text, ref in pairs)
        return self._documents(((None, text, ref) for text, ref in pairs), threads)

    def _documents(self, items, threads):
        for _key, doc in self._parse_batched(items, threads):
            if isinstance(doc, KcnaError):
                raise doc
            yield doc

    def close(self):
        """Release this handle; documents already parsed stay valid."""
        self._fin()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def _check_threads(threads):
    if not isinstance(threads, int) or isinstance(threads, bool) or threads < 1:
        raise ValueError("threads must be a positive int")


def _encode(text):
    """The bytes the library reads, and whether offsets are bytes already."""
    if isinstance(text, str):
        return text.encode("utf-8", "surrogatepass"), False
    if isinstance(text, (bytes, bytearray, memoryview)):
        return bytes(text), True
    raise TypeError("text must be str or UTF-8 bytes, not %s" % type(text).__name__)


class _Batch:
    """One kcna_batch, parsing in the background; it borrows the encoded
    texts and dates held here until close()."""

    def __init__(self, parser, chunk, threads):
        n = len(chunk)
        self.chunk = chunk
        self._dates = [_date_arg(c[3]) if not isinstance(c[3], bytes) else c[3] for c in chunk]
        self._texts = (_s * n)(*[c[1] for c in chunk])
        self._lens = (_sz * n)(*[len(c[1]) for c in chunk])
        self._refs = (_s * n)(*self._dates)
        h = ctypes.c_void_p()
        _check(_lib.kcna_batch_start(parser._h, n, self._texts, self._lens, self._refs, threads,
                                     BATCH_JSON | BATCH_FREE_DOCS, ctypes.byref(h)))
        self._h = h
        self._fin = weakref.finalize(self, _lib.kcna_batch_free, h)
        # one set of out-parameters for every result: this runs once per document
        self._out, self._n, self._flags = ctypes.c_void_p(), ctypes.c_size_t(), ctypes.c_uint()
        self._outs = ctypes.byref(self._out), ctypes.byref(self._n), ctypes.byref(self._flags)

    def result(self, i, _result=_lib.kcna_batch_result, _string_at=ctypes.string_at):
        """(status, the document's flags, its JSON str or None) of document i."""
        status = _result(self._h, i, None, *self._outs)
        if status:
            return status, 0, None
        return status, self._flags.value, _string_at(self._out, self._n.value).decode("utf-8")

    def close(self):
        self._fin()


def iter_jsonl(path, text_field="text", date_field="date", threads=1, parser=None):
    """Parse a JSON Lines file of records ({"text": ..., "date": ...}),
    yielding (record, Document) in input order. A record's date (its first
    ten characters, YYYY-MM-DD) is its reference date; a bad one is ignored.
    With threads > 1 the library parses on that many threads of its own
    (see Parser.parse_many)."""
    _check_threads(threads)
    own = parser is None
    p = parser or Parser()

    def records():
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    yield json.loads(line) if line[0] in " \t" else _loads(line)

    def record_date(rec):
        ref = rec.get(date_field)
        return ref[:10] if isinstance(ref, str) else None

    def parse_record(rec):
        try:
            return rec, p.parse(rec[text_field], record_date(rec))
        except BadDateError:
            return rec, p.parse(rec[text_field])

    try:
        if threads == 1:
            yield from map(parse_record, records())
            return
        for rec, doc in p._parse_batched(((rec, rec[text_field], record_date(rec)) for rec in records()), threads):
            if isinstance(doc, BadDateError):
                yield rec, p.parse(rec[text_field])
            elif isinstance(doc, KcnaError):
                raise doc
            else:
                yield rec, doc
    finally:
        if own:
            p.close()


def parse(text, reference_date=None):
    """Parse one text with a default parser."""
    with Parser() as p:
        return p.parse(text, reference_date)
