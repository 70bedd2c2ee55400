"""muwazi_ctypes - call libmuwazi from Python 3 with the standard library's ctypes.

No third-party module, no compiled extension: copy this file next to your code.
The library is found through $MUWAZI_LIB (a path to libmuwazi.so.0), else by
the system's loader ("libmuwazi.so.0", then ctypes.util.find_library).

    import muwazi_ctypes as mwz
    ar = mwz.split(open("a.ar.txt").read(), "ar")   # list of str
    en = mwz.split(open("a.en.txt").read(), "en")
    with mwz.Lexicon() as lx:          # build once, reuse for every align()
        lx.load_freedict()             # /usr/share/dictd; cache=PATH to keep it
        for b in mwz.align(ar, en, lexicon=lx):
            print(list(b.src), list(b.tgt), round(b.score, 3))
        # Whole texts, split and aligned with their paragraphs, as
        # `muwazi align a.ar.txt a.en.txt` does:
        ar, en, beads = mwz.align_texts(open("a.ar.txt").read(),
                                        open("a.en.txt").read(), lexicon=lx)
    tmx = mwz.render(beads, ar, en, format="tmx")
    mwz.name_similarity("الشدادي", "al-Shaddadi")   # 0.97

Text is str (sent as UTF-8) or bytes (sent as they are, so that the library
judges invalid UTF-8). Failures raise MuwaziError, which carries the status
code, mwz_strerror()'s text and the library's detail (mwz_error_t). Every
buffer the library allocates is released with mwz_free() before a call
returns; handles (Lexicon, Segmenter, Matcher) are released by close(), by
a `with` block, or at the latest when garbage-collected.

The structures below mirror lib/include/muwazi.h field for field; when the
header changes, change them too (tests/cli_python.sh compares their sizes
and offsets with the C compiler's).
"""

import ctypes
import ctypes.util
import os
import threading
import weakref
from collections import namedtuple

__all__ = [
    "MuwaziError", "Bead", "Sentence", "Lexicon", "Segmenter", "Matcher",
    "version", "version_number", "strerror", "split", "split_spans",
    "align", "align_texts", "name_similarity", "render", "library_path",
]

# ---- the C declarations (lib/include/muwazi.h) ----

MWZ_OK = 0
MWZ_EUTF8 = -3

LANGS = {"auto": 0, "ar": 1, "en": 2, "other": 3}
FORMATS = {"text": 0, "tsv": 1, "jsonl": 2, "tmx": 3, "vecalign": 4,
           "html": 5, "side": 6, "csv": 7}
MWZ_SENT_PARA_START = 1 << 0
MWZ_WRITE_KEEP_EMPTY = 1 << 0

_size_t = ctypes.c_size_t
_p = ctypes.c_void_p


class mwz_error_t(ctypes.Structure):
    _fields_ = [("code", ctypes.c_int), ("line", _size_t),
                ("offset", _size_t), ("message", ctypes.c_char * 256)]


class mwz_sentence_t(ctypes.Structure):
    _fields_ = [("start", _size_t), ("len", _size_t),
                ("flags", ctypes.c_uint)]


class mwz_bead_t(ctypes.Structure):
    _fields_ = [("src_start", _size_t), ("src_len", _size_t),
                ("tgt_start", _size_t), ("tgt_len", _size_t),
                ("score", ctypes.c_double)]


MWZ_ALIGN_OPTIONS_VERSION = 1


class mwz_align_options_t(ctypes.Structure):
    _fields_ = [("version", ctypes.c_uint), ("lexicon", _p),
                ("src_lang", ctypes.c_int), ("tgt_lang", ctypes.c_int),
                ("src_para", ctypes.POINTER(ctypes.c_ubyte)),
                ("tgt_para", ctypes.POINTER(ctypes.c_ubyte)),
                ("flags", ctypes.c_uint)]

    def __init__(self):  # MWZ_ALIGN_OPTIONS_INIT
        super().__init__(MWZ_ALIGN_OPTIONS_VERSION, None, 0, 0, None, None, 0)


MWZ_WRITE_OPTIONS_VERSION = 3


class mwz_mark_t(ctypes.Structure):
    _fields_ = [("side", ctypes.c_int), ("sent", _size_t), ("start", _size_t),
                ("len", _size_t), ("note", ctypes.c_char_p)]


class mwz_write_options_t(ctypes.Structure):
    _fields_ = [("version", ctypes.c_uint), ("format", ctypes.c_int),
                ("flags", ctypes.c_uint),
                ("src_lang", ctypes.c_char_p), ("tgt_lang", ctypes.c_char_p),
                ("tool", ctypes.c_char_p), ("tool_version", ctypes.c_char_p),
                ("src", ctypes.POINTER(ctypes.c_char_p)),
                ("src_len", ctypes.POINTER(_size_t)), ("nsrc", _size_t),
                ("tgt", ctypes.POINTER(ctypes.c_char_p)),
                ("tgt_len", ctypes.POINTER(_size_t)), ("ntgt", _size_t),
                # version 2
                ("width", ctypes.c_uint), ("low_score", ctypes.c_double),
                ("title", ctypes.c_char_p),
                # version 3
                ("marks", ctypes.POINTER(mwz_mark_t)), ("nmarks", _size_t),
                ("marks_label", ctypes.c_char_p)]

    def __init__(self):  # MWZ_WRITE_OPTIONS_INIT
        super().__init__(MWZ_WRITE_OPTIONS_VERSION, FORMATS["text"], 0,
                         None, None, None, None, None, None, 0,
                         None, None, 0, 0, 0.5, None, None, 0, None)


class mwz_write_stats_t(ctypes.Structure):
    _fields_ = [("written", _size_t), ("omitted", _size_t),
                ("bytes", _size_t)]


def _find_library():
    path = os.environ.get("MUWAZI_LIB")
    if path:
        return path
    for name in ("libmuwazi.so.0", ctypes.util.find_library("muwazi")):
        if not name:
            continue
        try:
            ctypes.CDLL(name)
            return name
        except OSError:
            pass
    raise OSError("libmuwazi.so.0 not found: install it (make install) "
                  "or set MUWAZI_LIB to its path")


library_path = _find_library()
_lib = ctypes.CDLL(library_path)

_P = ctypes.POINTER
_cp = ctypes.c_char_p
_err = _P(mwz_error_t)


def _decl(name, restype, *argtypes):
    f = getattr(_lib, name)
    f.restype = restype
    f.argtypes = list(argtypes)
    return f


_i = ctypes.c_int
_decl("mwz_version", _i)
_decl("mwz_version_string", _cp)
_decl("mwz_strerror", _cp, _i)
_decl("mwz_free", None, _p)
_decl("mwz_utf8_validate", _i, _cp, _size_t, _P(_size_t))
_decl("mwz_segmenter_create", _i, _P(_p), _i, _err)
_decl("mwz_segmenter_destroy", None, _p)
_decl("mwz_segmenter_split", _i, _P(_P(mwz_sentence_t)), _P(_size_t), _p,
      _cp, _size_t, _err)
_decl("mwz_lexicon_create", _i, _P(_p))
_decl("mwz_lexicon_destroy", None, _p)
_decl("mwz_lexicon_load_freedict", _i, _p, _cp, _err)
_decl("mwz_lexicon_load_freedict_cached", _i, _p, _cp, _cp, _err)
_decl("mwz_lexicon_load_freedict_pair_cached", _i, _p, _cp, _cp, _cp, _cp, _err)
_decl("mwz_language_guess", _cp, _cp, _size_t)
_decl("mwz_lexicon_load_glossary", _i, _p, _cp, _err)
_decl("mwz_lexicon_add", _i, _p, _cp, _size_t, _cp, _size_t, _err)
_decl("mwz_lexicon_size", _size_t, _p)
_decl("mwz_align", _i, _P(_P(mwz_bead_t)), _P(_size_t),
      _P(_cp), _P(_size_t), _size_t, _P(_cp), _P(_size_t), _size_t,
      _P(mwz_align_options_t), _err)
_decl("mwz_matcher_create", _i, _P(_p))
_decl("mwz_matcher_destroy", None, _p)
_decl("mwz_name_similarity", _i, _P(ctypes.c_double), _p, _cp, _size_t,
      _cp, _size_t)
_has_render = hasattr(_lib, "mwz_beads_render")
if _has_render:
    _decl("mwz_beads_render", _i, _P(_p), _P(_size_t), _P(mwz_write_stats_t),
          _P(mwz_bead_t), _size_t, _P(mwz_write_options_t), _err)

# ---- errors ----


def strerror(code):
    """mwz_strerror(): the fixed English text of a status code."""
    return _lib.mwz_strerror(code).decode("utf-8", "replace")


class MuwaziError(Exception):
    """A libmuwazi call failed: code (MWZ_E*), reason (mwz_strerror), and
    the mwz_error_t detail: message, line (1-based, 0 if n/a), offset."""

    def __init__(self, call, code, err=None, detail=None):
        self.call = call
        self.code = code
        self.reason = strerror(code)
        self.message = detail or ""
        self.line = self.offset = 0
        if err is not None:
            self.message = self.message or err.message.decode("utf-8", "replace")
            self.line, self.offset = err.line, err.offset
        text = "%s: %s" % (call, self.reason)
        if self.message:
            text += ": " + self.message
        super().__init__(text)


def _check(call, rc, err=None, detail=None):
    if rc != MWZ_OK:
        raise MuwaziError(call, rc, err, detail)


def _utf8(s):
    """str -> UTF-8 bytes; bytes pass through (the library checks them)."""
    if isinstance(s, (bytes, bytearray)):
        return bytes(s)
    if isinstance(s, str):
        return s.encode("utf-8")  # lone surrogates: UnicodeEncodeError
    raise TypeError("text must be str or bytes, not %s" % type(s).__name__)


def _lang(lang):
    if isinstance(lang, int):
        return lang
    try:
        return LANGS[lang.lower()]
    except (KeyError, AttributeError):
        raise ValueError("lang must be one of %s" % ", ".join(LANGS)) from None


def _bad_utf8_detail(name, data):
    off = _size_t(0)
    if _lib.mwz_utf8_validate(data, len(data), ctypes.byref(off)) == MWZ_OK:
        return None
    return "%s: invalid UTF-8 at byte %d" % (name, off.value)


# ---- handles ----


class _Handle:
    """An opaque object released with its mwz_*_destroy()."""
    _destroy = None

    def __init__(self, create, call, err=None):
        self._h = _p()
        _check(call, create(ctypes.byref(self._h)), err)
        self._fin = weakref.finalize(self, type(self)._destroy, self._h)

    @property
    def handle(self):
        if not self._fin.alive:
            raise ValueError("%s is closed" % type(self).__name__)
        return self._h

    def close(self):
        """Release the C object now (harmless if already closed)."""
        self._fin()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


class Lexicon(_Handle):
    """A bilingual lexicon (mwz_lexicon_t): build it once, then pass it to
    any number of align() calls (it is immutable from then on, and may be
    shared between threads)."""
    _destroy = _lib.mwz_lexicon_destroy

    def __init__(self):
        super().__init__(_lib.mwz_lexicon_create, "mwz_lexicon_create")

    def load_freedict(self, dictdir=None, cache=None):
        """Add FreeDict ara-eng/eng-ara from dictdir (None: /usr/share/dictd).
        cache: a file path where the lexicon made from them is kept and read
        back while they are unchanged (a process per request loads it several
        times faster); its directory must exist."""
        err = mwz_error_t()
        d = os.fsencode(dictdir) if dictdir is not None else None
        c = os.fsencode(cache) if cache is not None else None
        _check("mwz_lexicon_load_freedict_cached",
               _lib.mwz_lexicon_load_freedict_cached(self.handle, d, c,
                                                     ctypes.byref(err)),
               err)
        return self

    def load_freedict_pair(self, lang_a, lang_b, dictdir=None, cache=None):
        """Make this (empty) lexicon one of two other languages ("de", "fr")
        from FreeDict's dictionaries between them (freedict-deu-fra and
        freedict-fra-deu); align() tells which text is which. cache: as for
        load_freedict, a file of its own for each pair."""
        err = mwz_error_t()
        d = os.fsencode(dictdir) if dictdir is not None else None
        c = os.fsencode(cache) if cache is not None else None
        _check("mwz_lexicon_load_freedict_pair_cached",
               _lib.mwz_lexicon_load_freedict_pair_cached(
                   self.handle, d, lang_a.encode("ascii"), lang_b.encode("ascii"),
                   c, ctypes.byref(err)), err)
        return self

    def load_glossary(self, path):
        """Add a glossary file of "arabic<TAB>english" lines."""
        err = mwz_error_t()
        _check("mwz_lexicon_load_glossary",
               _lib.mwz_lexicon_load_glossary(self.handle, os.fsencode(path),
                                              ctypes.byref(err)), err)
        return self

    def add(self, arabic, english):
        """Add one Arabic/English pair."""
        a, e = _utf8(arabic), _utf8(english)
        err = mwz_error_t()
        _check("mwz_lexicon_add",
               _lib.mwz_lexicon_add(self.handle, a, len(a), e, len(e),
                                    ctypes.byref(err)), err)
        return self

    def __len__(self):
        return _lib.mwz_lexicon_size(self.handle)


class Segmenter(_Handle):
    """A sentence splitter for one language (mwz_segmenter_t); reuse it for
    many texts. The C object serves one thread at a time: calls from several
    threads take turns (a lock), so share one only where that is enough."""
    _destroy = _lib.mwz_segmenter_destroy

    def __init__(self, lang="auto"):
        err = mwz_error_t()
        code = _lang(lang)
        super().__init__(
            lambda out: _lib.mwz_segmenter_create(out, code, ctypes.byref(err)),
            "mwz_segmenter_create", err)
        self._lock = threading.Lock()

    def spans(self, text):
        """List of Sentence(start, end, para_start): byte offsets into the
        UTF-8 text, para_start True for the first sentence of a paragraph."""
        data = _utf8(text)
        out = _P(mwz_sentence_t)()
        n = _size_t(0)
        err = mwz_error_t()
        with self._lock:
            rc = _lib.mwz_segmenter_split(ctypes.byref(out), ctypes.byref(n),
                                          self.handle, data, len(data),
                                          ctypes.byref(err))
        try:
            _check("mwz_segmenter_split", rc, err)
            return [Sentence(out[k].start, out[k].start + out[k].len,
                             bool(out[k].flags & MWZ_SENT_PARA_START))
                    for k in range(n.value)]
        finally:
            _lib.mwz_free(out)

    def split(self, text):
        """List of the sentences of text, as str."""
        data = _utf8(text)
        return [data[s.start:s.end].decode("utf-8") for s in self.spans(data)]


class Matcher(_Handle):
    """Scratch space for name comparison (mwz_matcher_t); calls from several
    threads take turns (a lock)."""
    _destroy = _lib.mwz_matcher_destroy

    def __init__(self):
        super().__init__(_lib.mwz_matcher_create, "mwz_matcher_create")
        self._lock = threading.Lock()

    def similarity(self, a, b):
        """mwz_name_similarity(): in [0, 1]; 0.80 is a good threshold."""
        x, y = _utf8(a), _utf8(b)
        score = ctypes.c_double()
        with self._lock:
            rc = _lib.mwz_name_similarity(ctypes.byref(score), self.handle,
                                          x, len(x), y, len(y))
        if rc == MWZ_EUTF8:
            detail = _bad_utf8_detail("first name", x) or \
                _bad_utf8_detail("second name", y)
            raise MuwaziError("mwz_name_similarity", rc, detail=detail)
        _check("mwz_name_similarity", rc)
        return score.value


# ---- results ----

Sentence = namedtuple("Sentence", "start end para_start")
Sentence.__doc__ = "A sentence: UTF-8 bytes [start, end) of the text."

Bead = namedtuple("Bead", "src tgt score")
Bead.__doc__ = """A bead: source sentences src and target sentences tgt
(range objects of 0-based indices; one may be empty, never both) and a
confidence score in [0, 1]."""


# ---- calls ----


def version():
    """Runtime version string of the loaded library, e.g. "0.1.0"."""
    return _lib.mwz_version_string().decode("ascii")


def version_number():
    """Runtime version as MAJOR*10000 + MINOR*100 + MICRO."""
    return _lib.mwz_version()


def language_guess(text):
    """The language of a text: "ar", or "en", "de", "fr", "es", "it", "nl",
    "pt" by its function words; None when it cannot tell."""
    b = _utf8(text)
    r = _lib.mwz_language_guess(b, len(b))
    return r.decode("ascii") if r is not None else None


def split(text, lang="auto"):
    """Split text into sentences (list of str). lang: "ar", "en", "other"
    or "auto" (each paragraph by its script)."""
    with Segmenter(lang) as seg:
        return seg.split(text)


def split_spans(text, lang="auto"):
    """Like split(), as Sentence(start, end, para_start) byte spans."""
    with Segmenter(lang) as seg:
        return seg.spans(text)


def _sentences(seq):
    data = [_utf8(s) for s in seq]
    n = len(data)
    ptrs = (ctypes.c_char_p * max(n, 1))(*data)
    lens = (_size_t * max(n, 1))(*[len(d) for d in data])
    return data, ptrs, lens, n


def _marks(seq, n, name):
    if seq is None:
        return None
    marks = [1 if m else 0 for m in seq]
    if len(marks) != n:
        raise ValueError("%s: %d marks for %d sentences" % (name, len(marks), n))
    return (ctypes.c_ubyte * max(n, 1))(*marks)


def align(src, tgt, lexicon=None, src_lang="auto", tgt_lang="auto",
          src_para=None, tgt_para=None):
    """Align two lists of sentences (str or bytes). lexicon: a Lexicon or
    None (length, numbers and names only). src_para/tgt_para: optional
    per-sentence booleans, True where a paragraph starts. Returns a list of
    Bead covering every sentence of both sides exactly once, in order."""
    if isinstance(src, (str, bytes)) or isinstance(tgt, (str, bytes)):
        raise TypeError("align() takes lists of sentences; align_texts() takes "
                        "whole texts")
    s_keep, s_ptr, s_len, ns = _sentences(src)
    t_keep, t_ptr, t_len, nt = _sentences(tgt)
    opts = mwz_align_options_t()
    opts.lexicon = lexicon.handle if lexicon is not None else None
    opts.src_lang, opts.tgt_lang = _lang(src_lang), _lang(tgt_lang)
    sp, tp = _marks(src_para, ns, "src_para"), _marks(tgt_para, nt, "tgt_para")
    if sp is not None:
        opts.src_para = sp
    if tp is not None:
        opts.tgt_para = tp
    beads = _P(mwz_bead_t)()
    nb = _size_t(0)
    err = mwz_error_t()
    rc = _lib.mwz_align(ctypes.byref(beads), ctypes.byref(nb), s_ptr, s_len, ns,
                        t_ptr, t_len, nt, ctypes.byref(opts), ctypes.byref(err))
    try:
        _check("mwz_align", rc, err)
        return [Bead(range(b.src_start, b.src_start + b.src_len),
                     range(b.tgt_start, b.tgt_start + b.tgt_len), b.score)
                for b in (beads[k] for k in range(nb.value))]
    finally:
        _lib.mwz_free(beads)


def align_texts(src_text, tgt_text, lexicon=None, src_lang="ar", tgt_lang="en"):
    """Split two whole texts (str or bytes) into sentences and align them with
    their paragraph starts, as `muwazi align SRC TGT` does with two text
    files. Returns (src_sentences, tgt_sentences, beads); the sentences are
    str, ready for render()."""
    sides = []
    for text, lang in ((src_text, src_lang), (tgt_text, tgt_lang)):
        data = _utf8(text)
        if data.startswith(b"\xef\xbb\xbf"):
            data = data[3:]  # a byte order mark is no text
        with Segmenter(lang) as seg:
            spans = seg.spans(data)
        sides.append(([data[x.start:x.end].decode("utf-8") for x in spans],
                      [x.para_start for x in spans]))
    (src, src_para), (tgt, tgt_para) = sides
    return src, tgt, align(src, tgt, lexicon, src_lang, tgt_lang,
                           src_para, tgt_para)


def name_similarity(a, b, matcher=None):
    """Similarity of two names in any scripts, in [0, 1] (0.80: same name).
    Pass a Matcher to reuse its scratch space over many calls."""
    if matcher is not None:
        return matcher.similarity(a, b)
    with Matcher() as m:
        return m.similarity(a, b)


def render(beads, src, tgt, format="tmx", src_lang="ar", tgt_lang="en",
           keep_empty=False, width=0, low_score=0.5, title=None):
    """Render beads over the sentences src and tgt (as align() took them)
    as text, tsv, jsonl, tmx, vecalign, html or side (mwz_beads_render).
    Returns str. Language codes are BCP 47 tags (None: "und")."""
    if not _has_render:
        raise NotImplementedError("this libmuwazi has no mwz_beads_render")
    try:
        fmt = FORMATS[format]
    except KeyError:
        raise ValueError("format must be one of %s" % ", ".join(FORMATS)) from None
    if not isinstance(width, int) or not (width == 0 or 48 <= width <= 100000):
        raise ValueError("width must be 0 (120) or from 48 to 100000 columns")
    s_keep, s_ptr, s_len, ns = _sentences(src)
    t_keep, t_ptr, t_len, nt = _sentences(tgt)
    arr = (mwz_bead_t * max(len(beads), 1))()
    for k, b in enumerate(beads):
        arr[k] = mwz_bead_t(b.src.start, len(b.src), b.tgt.start, len(b.tgt),
                            b.score)
    opts = mwz_write_options_t()
    opts.format = fmt
    opts.flags = MWZ_WRITE_KEEP_EMPTY if keep_empty else 0
    keep = [None if v is None else _utf8(v) for v in (src_lang, tgt_lang, title)]
    opts.src_lang, opts.tgt_lang, opts.title = keep
    opts.src, opts.src_len, opts.nsrc = s_ptr, s_len, ns
    opts.tgt, opts.tgt_len, opts.ntgt = t_ptr, t_len, nt
    opts.width, opts.low_score = width, low_score
    out = _p()
    outlen = _size_t(0)
    err = mwz_error_t()
    rc = _lib.mwz_beads_render(ctypes.byref(out), ctypes.byref(outlen), None,
                               arr, len(beads), ctypes.byref(opts),
                               ctypes.byref(err))
    try:
        _check("mwz_beads_render", rc, err)
        return ctypes.string_at(out, outlen.value).decode("utf-8")
    finally:
        _lib.mwz_free(out)
