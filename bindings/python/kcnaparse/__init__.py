"""Python bindings (ctypes) for libkcnaparse.

    import kcnaparse
    doc = kcnaparse.parse(text, reference_date="2024-08-16")
    for q in doc.quotes:
        print(q.speaker.name if q.speaker else None, q.text, text[q.start:q.end])

Items carry character offsets into the text (start, end) beside the
library's UTF-8 byte offsets (byte_start, byte_end).
"""
import ctypes
import ctypes.util
import os
import weakref

__all__ = ["parse", "Parser", "Document", "Speaker", "Quote", "Date", "KcnaError", "version"]

ABI_MAJOR = 0
# kcna_parser_set_options bits (kcnaparse.h)
OPT_TIMEX3 = 0x1
OPT_ALL_TEMPORAL = 0x4


class KcnaError(Exception):
    """A libkcnaparse call failed; .status is the kcna_status value."""

    def __init__(self, status, message):
        super().__init__(message)
        self.status = status


def _load():
    tried = []
    names = []
    env = os.environ.get("KCNAPARSE_LIBRARY")
    if env:
        names.append(env)
    names.append("libkcnaparse.so.%d" % ABI_MAJOR)
    found = ctypes.util.find_library("kcnaparse")
    if found:
        names.append(found)
    for name in names:
        try:
            return ctypes.CDLL(name)
        except OSError as e:
            tried.append("%s: %s" % (name, e))
    raise ImportError("libkcnaparse not found (set KCNAPARSE_LIBRARY):\n  " + "\n  ".join(tried))


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
    "kcna_parser_add_alias": (_i, [_p, _s, _s]),
    "kcna_parse_dated": (_i, [_p, _s, _sz, _s, ctypes.POINTER(_p)]),
    "kcna_doc_free": (None, [_p]),
    "kcna_doc_reference_date": (_s, [_p]),
    "kcna_doc_dateline": (_p, [_p]),
    "kcna_doc_speaker_count": (_sz, [_p]),
    "kcna_doc_speaker": (_p, [_p, _sz]),
    "kcna_doc_quote_count": (_sz, [_p]),
    "kcna_doc_quote": (_p, [_p, _sz]),
    "kcna_doc_date_count": (_sz, [_p]),
    "kcna_doc_date": (_p, [_p, _sz]),
    "kcna_doc_to_json": (_i, [_p, _u, ctypes.POINTER(_p), ctypes.POINTER(_sz)]),
    "kcna_speaker_id": (_sz, [_p]),
    "kcna_speaker_name": (_s, [_p]),
    "kcna_speaker_kind_of": (_i, [_p]),
    "kcna_speaker_kind_name": (_s, [_i]),
    "kcna_speaker_title": (_s, [_p]),
    "kcna_speaker_alias_count": (_sz, [_p]),
    "kcna_speaker_alias": (_s, [_p, _sz]),
    "kcna_quote_text": (_s, [_p]),
    "kcna_quote_span": (_i, [_p, ctypes.POINTER(_sz), ctypes.POINTER(_sz)]),
    "kcna_quote_speaker": (_p, [_p]),
    "kcna_quote_cue": (_s, [_p]),
    "kcna_quote_source": (_s, [_p]),
    "kcna_quote_kind_of": (_i, [_p]),
    "kcna_quote_kind_name": (_s, [_i]),
    "kcna_date_text": (_s, [_p]),
    "kcna_date_span": (_i, [_p, ctypes.POINTER(_sz), ctypes.POINTER(_sz)]),
    "kcna_date_type_of": (_i, [_p]),
    "kcna_date_type_name": (_s, [_i]),
    "kcna_date_value": (_s, [_p]),
    "kcna_date_resolved": (_i, [_p]),
    "kcna_date_modifier": (_i, [_p]),
    "kcna_date_mod_name": (_s, [_i]),
    "kcna_date_end_value": (_s, [_p]),
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


def _check(status):
    if status != 0:
        raise KcnaError(status, _lib.kcna_strerror(status).decode())


def _str(b):
    return None if b is None else b.decode("utf-8")


class _Offsets:
    """Maps UTF-8 byte offsets of the encoded text to character offsets."""

    def __init__(self, data):
        self._ascii = data.isascii()
        self._data = data
        self._table = None

    def char(self, byte_off):
        if self._ascii:
            return byte_off
        if self._table is None:
            table = [0] * (len(self._data) + 1)
            ci = 0
            for bi, b in enumerate(self._data):
                table[bi] = ci  # characters that start before this byte
                if b & 0xC0 != 0x80:
                    ci += 1
            table[len(self._data)] = ci
            self._table = table
        return self._table[byte_off]


class _Spanned:
    """A result with a span: byte offsets from the library, character
    offsets into the caller's str."""

    def _set_span(self, span_fn, h, off):
        a, b = ctypes.c_size_t(), ctypes.c_size_t()
        _check(span_fn(h, ctypes.byref(a), ctypes.byref(b)))
        self.byte_start, self.byte_end = a.value, b.value
        self.start, self.end = off.char(self.byte_start), off.char(self.byte_end)


class Speaker:
    def __init__(self, h):
        self.id = _lib.kcna_speaker_id(h)
        self.name = _str(_lib.kcna_speaker_name(h))
        self.kind = _str(_lib.kcna_speaker_kind_name(_lib.kcna_speaker_kind_of(h)))
        self.title = _str(_lib.kcna_speaker_title(h))
        self.aliases = [_str(_lib.kcna_speaker_alias(h, i)) for i in range(_lib.kcna_speaker_alias_count(h))]

    def __repr__(self):
        return "Speaker(%r)" % self.name


class Quote(_Spanned):
    def __init__(self, h, off, speakers):
        self._set_span(_lib.kcna_quote_span, h, off)
        self.text = _str(_lib.kcna_quote_text(h))
        sh = _lib.kcna_quote_speaker(h)
        self.speaker = speakers[_lib.kcna_speaker_id(sh)] if sh else None
        self.cue = _str(_lib.kcna_quote_cue(h))
        self.source = _str(_lib.kcna_quote_source(h))
        self.kind = _str(_lib.kcna_quote_kind_name(_lib.kcna_quote_kind_of(h)))

    def __repr__(self):
        return "Quote(%r, speaker=%r)" % (self.text, self.speaker and self.speaker.name)


class Date(_Spanned):
    def __init__(self, h, off):
        self._set_span(_lib.kcna_date_span, h, off)
        self.text = _str(_lib.kcna_date_text(h))
        self.type = _str(_lib.kcna_date_type_name(_lib.kcna_date_type_of(h)))
        self.value = _str(_lib.kcna_date_value(h))
        self.resolved = bool(_lib.kcna_date_resolved(h))
        self.modifier = _str(_lib.kcna_date_mod_name(_lib.kcna_date_modifier(h)))
        self.end_value = _str(_lib.kcna_date_end_value(h))

    def __repr__(self):
        return "Date(%r, %r)" % (self.text, self.value)


class Document:
    """Results of one parse. Python objects are copied out at once, so the
    native handle is freed on close() (or leaving a with block)."""

    def __init__(self, handle, data):
        self._h = handle
        self._fin = weakref.finalize(self, _lib.kcna_doc_free, handle)
        off = _Offsets(data)
        self.reference_date = _str(_lib.kcna_doc_reference_date(handle))
        self.speakers = [Speaker(_lib.kcna_doc_speaker(handle, i)) for i in range(_lib.kcna_doc_speaker_count(handle))]
        self.quotes = [Quote(_lib.kcna_doc_quote(handle, i), off, self.speakers)
                       for i in range(_lib.kcna_doc_quote_count(handle))]
        self.dates = [Date(_lib.kcna_doc_date(handle, i), off) for i in range(_lib.kcna_doc_date_count(handle))]
        dl = _lib.kcna_doc_dateline(handle)
        self.dateline = Date(dl, off) if dl else None

    def to_json(self):
        if not self._fin.alive:
            raise ValueError("document is closed")
        out, n = ctypes.c_void_p(), ctypes.c_size_t()
        _check(_lib.kcna_doc_to_json(self._h, 0, ctypes.byref(out), ctypes.byref(n)))
        try:
            return ctypes.string_at(out, n.value).decode("utf-8")
        finally:
            _lib.kcna_free(out)

    def close(self):
        self._fin()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


class Parser:
    """Reusable configuration; safe to share between threads."""

    def __init__(self, reference_date=None, aliases=None, timex3=False, all_temporal=False):
        h = ctypes.c_void_p()
        _check(_lib.kcna_parser_new(ctypes.byref(h)))
        self._h = h
        self._fin = weakref.finalize(self, _lib.kcna_parser_free, h)
        if reference_date is not None:
            _check(_lib.kcna_parser_set_reference_date(h, reference_date.encode()))
        options = (OPT_TIMEX3 if timex3 else 0) | (OPT_ALL_TEMPORAL if all_temporal else 0)
        if options:
            _check(_lib.kcna_parser_set_options(h, options))
        for canonical, names in (aliases or {}).items():
            for alias in ([names] if isinstance(names, str) else names):
                _check(_lib.kcna_parser_add_alias(h, canonical.encode(), alias.encode()))

    def parse(self, text, reference_date=None):
        if not self._fin.alive:
            raise ValueError("parser is closed")
        data = text.encode("utf-8", "surrogatepass") if isinstance(text, str) else bytes(text)
        out = ctypes.c_void_p()
        ref = reference_date.encode() if reference_date else None
        _check(_lib.kcna_parse_dated(self._h, data, len(data), ref, ctypes.byref(out)))
        return Document(out, data)

    def close(self):
        self._fin()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def parse(text, reference_date=None):
    """Parse one text with a default parser."""
    with Parser() as p:
        return p.parse(text, reference_date)
