"""test_muwazi_ctypes.py - checks tests/python/muwazi_ctypes.py against the library
and the command; run by tests/cli_python.sh, prints "ok - ..." / "not ok - ..." lines.

    python3 test_muwazi_ctypes.py layout-c      C source printing the struct layouts
    python3 test_muwazi_ctypes.py layout        the same layouts as ctypes sees them
    python3 test_muwazi_ctypes.py run CLIDIR    the tests; CLIDIR holds what the
                                                command printed for the same input

Environment: MUWAZI_LIB (the library), ROOT_DIR (the checkout), MWZ_VERSION
(the header's version string), MWZ_LEAK_CHECK=1 to end with LeakSanitizer's
check (an ASan-built library preloaded with libasan).
"""

import ctypes
import os
import sys
import tempfile
import xml.etree.ElementTree as ET

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import muwazi_ctypes as mwz  # noqa: E402

STRUCTS = [mwz.mwz_error_t, mwz.mwz_sentence_t, mwz.mwz_bead_t,
           mwz.mwz_align_options_t, mwz.mwz_write_options_t,
           mwz.mwz_write_stats_t]


def layout_c():
    print('#include <stddef.h>\n#include <stdio.h>\n#include "muwazi.h"\nint main(void)\n{')
    for st in STRUCTS:
        name = st.__name__
        print('\tprintf("%s size %%zu\\n", sizeof(%s));' % (name, name))
        for f in st._fields_:
            print('\tprintf("%s.%s %%zu\\n", offsetof(%s, %s));'
                  % (name, f[0], name, f[0]))
    print('\treturn 0;\n}')


def layout():
    for st in STRUCTS:
        print("%s size %d" % (st.__name__, ctypes.sizeof(st)))
        for f in st._fields_:
            print("%s.%s %d" % (st.__name__, f[0], getattr(st, f[0]).offset))


# ---- the tests ----

failed = 0


def ok(cond, desc, detail=""):
    global failed
    if cond:
        print("ok - python: " + desc)
    else:
        failed += 1
        print("not ok - python: " + desc)
        for line in str(detail).splitlines()[:12]:
            print("#   " + line)


def check(desc, fn):
    """Run fn(); it returns (cond, detail). An exception is a failure."""
    try:
        cond, detail = fn()
    except Exception as e:  # report and go on with the other tests
        cond, detail = False, "%s: %s" % (type(e).__name__, e)
    ok(cond, desc, detail)


def raises(fn, exc):
    try:
        fn()
    except exc as e:
        return e
    return None


def vecalign(beads):
    """The beads as `muwazi align --format vecalign` prints them."""
    return "".join("[%s]:[%s]:%.6f\n" % (", ".join(map(str, b.src)),
                                        ", ".join(map(str, b.tgt)), b.score)
                   for b in beads)


def covers(beads, ns, nt):
    """Every sentence of both sides in exactly one bead, in order."""
    src = [i for b in beads for i in b.src]
    tgt = [j for b in beads for j in b.tgt]
    return (src == list(range(ns)) and tgt == list(range(nt)) and
            all(len(b.src) or len(b.tgt) for b in beads))


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def lines(path):
    # Line k is sentence k, as `muwazi align --lines` reads the file.
    return read(path).split("\n")[:-1]


def run(clidir):
    root = os.environ["ROOT_DIR"]
    corp = os.path.join(root, "corpora")
    ar = lines(os.path.join(corp, "article.ar.lines"))
    en = lines(os.path.join(corp, "article.en.lines"))

    check("version() is the header's MWZ_VERSION_STRING",
          lambda: (mwz.version() == os.environ["MWZ_VERSION"] and
                   mwz.version_number() // 10000 == int(mwz.version().split(".")[0]),
                   (mwz.version(), mwz.version_number())))

    # Sentence splitting.
    en_text = ("Dr. Smith arrived in Baghdad on Monday. He met the U.S. envoy "
               "at 3 p.m. and left.\n\nThe talks ended on Tuesday.")
    check("split an English text", lambda: (lambda got: (got == [
        "Dr. Smith arrived in Baghdad on Monday.",
        "He met the U.S. envoy at 3 p.m. and left.",
        "The talks ended on Tuesday."], got))(mwz.split(en_text, "en")))
    ar_text = ("قال الصدر إن الحدود مؤمنة. وأضاف: هل الوضع خطير؟ نعم!\n\n"
               "وانتهى الاجتماع مساء الثلاثاء.")
    check("split an Arabic text (؟ and ! end sentences)", lambda: (lambda got: (got == [
        "قال الصدر إن الحدود مؤمنة.", "وأضاف: هل الوضع خطير؟", "نعم!",
        "وانتهى الاجتماع مساء الثلاثاء."], got))(mwz.split(ar_text, "ar")))
    check("split with lang auto gives the same Arabic sentences",
          lambda: (mwz.split(ar_text) == mwz.split(ar_text, "ar"), mwz.split(ar_text)))

    def spans():
        data = ar_text.encode("utf-8")
        sp = mwz.split_spans(data, "ar")
        return ([s.para_start for s in sp] == [True, False, False, True] and
                [data[s.start:s.end].decode() for s in sp] == mwz.split(ar_text, "ar"),
                sp)
    check("split_spans: byte spans and paragraph starts", spans)
    check("split of an empty text is []", lambda: (mwz.split("") == [], mwz.split("")))

    def shared_threads():
        # one Segmenter and one Matcher shared by threads: calls take turns
        import threading
        seg, m = mwz.Segmenter("ar"), mwz.Matcher()
        want_s, want_m = seg.split(ar_text), m.similarity("Nu'man", "النعمان")
        bad = []

        def work():
            for _ in range(40):
                if seg.split(ar_text) != want_s or m.similarity("Nu'man", "النعمان") != want_m:
                    bad.append(1)
        ts = [threading.Thread(target=work) for _ in range(8)]
        for t in ts:
            t.start()
        for t in ts:
            t.join()
        seg.close()
        m.close()
        return not bad, "%d wrong results" % len(bad)
    check("a Segmenter and a Matcher shared by 8 threads: right results", shared_threads)
    check("align() of two strings, not lists: TypeError",
          lambda: (raises(lambda: mwz.align("a. b.", ["A.", "B."]), TypeError) is not None, ""))

    def seg_reuse():
        with mwz.Segmenter("en") as seg:
            a, b = seg.split("One. Two."), seg.split("Three here. Four there.")
        return a == ["One.", "Two."] and b == ["Three here.", "Four there."], (a, b)
    check("a Segmenter reused for two texts", seg_reuse)

    # Alignment, against the command on the same files.
    def align_nodict():
        beads = mwz.align(ar, en)
        want = read(os.path.join(clidir, "nodict.vec"))
        return (covers(beads, len(ar), len(en)) and vecalign(beads) == want,
                vecalign(beads)[:400] + "--- muwazi align --no-dict:\n" + want[:400])
    check("align without a lexicon covers every sentence once and equals "
          "`muwazi align --no-dict --lines --format vecalign`", align_nodict)

    def texts_nodict():
        ar_txt = read(os.path.join(corp, "article.ar.txt"))
        en_txt = read(os.path.join(corp, "article.en.txt"))
        src, tgt, beads = mwz.align_texts(ar_txt, en_txt)
        want = read(os.path.join(clidir, "txt_nodict.vec"))
        return (covers(beads, len(src), len(tgt)) and vecalign(beads) == want,
                vecalign(beads)[:400] + "--- muwazi align --no-dict:\n" + want[:400])
    check("align_texts of article.*.txt (split, paragraph starts) equals "
          "`muwazi align --no-dict --format vecalign`", texts_nodict)

    if os.path.exists(os.path.join(clidir, "dict.vec")):
        with mwz.Lexicon() as lx:
            def load():
                lx.load_freedict()
                return len(lx) > 10000, len(lx)
            check("Lexicon.load_freedict() (FreeDict ara-eng and eng-ara)", load)

            def first():
                beads = mwz.align(ar, en, lexicon=lx)
                want = read(os.path.join(clidir, "dict.vec"))
                return (covers(beads, len(ar), len(en)) and vecalign(beads) == want,
                        vecalign(beads)[:400] + "--- muwazi align:\n" + want[:400])
            check("align ar->en with the lexicon equals `muwazi align --lines "
                  "--format vecalign` (FreeDict)", first)

            def second():
                beads = mwz.align(en, ar, lexicon=lx)
                want = read(os.path.join(clidir, "dict_rev.vec"))
                return (covers(beads, len(en), len(ar)) and vecalign(beads) == want,
                        vecalign(beads)[:400] + "--- muwazi align:\n" + want[:400])
            check("the same Lexicon reused: en->ar equals the command too", second)

            def texts():
                src, tgt, beads = mwz.align_texts(
                    read(os.path.join(corp, "article.ar.txt")),
                    read(os.path.join(corp, "article.en.txt")), lexicon=lx)
                want = read(os.path.join(clidir, "txt_dict.vec"))
                return (vecalign(beads) == want,
                        vecalign(beads)[:400] + "--- muwazi align:\n" + want[:400])
            check("align_texts with the Lexicon equals `muwazi align --format "
                  "vecalign` of the .txt files", texts)

            def tmx():
                beads = mwz.align(ar, en, lexicon=lx)
                got = mwz.render(beads, ar, en, format="tmx")
                want = read(os.path.join(clidir, "dict.tmx"))
                tus = ET.fromstring(got.encode("utf-8")).findall("./body/tu")
                return got == want and len(tus) > 0, got[:300] + "\n---\n" + want[:300]
            check("render(format=\"tmx\") equals `muwazi align --format tmx`, "
                  "well-formed XML", tmx)

            def cached():
                with tempfile.TemporaryDirectory() as d:
                    path = os.path.join(d, "freedict.lexicon")
                    got = []
                    for _ in range(2):  # the first writes the cache, the second reads it
                        with mwz.Lexicon() as c:
                            c.load_freedict(cache=path)
                            got.append((len(c), vecalign(mwz.align(ar, en, lexicon=c))))
                    want = read(os.path.join(clidir, "dict.vec"))
                    return (os.path.exists(path) and got[0] == got[1] and
                            got[0][0] == len(lx) and got[0][1] == want, repr(got)[:300])
            check("load_freedict(cache=PATH): written, then read; the same lexicon "
                  "and beads as the command", cached)
    else:
        print("skip - python: FreeDict files absent in /usr/share/dictd: "
              "Lexicon.load_freedict() and the aligns with it not tested")

    check("language_guess: German, French, Arabic; None for a few words",
          lambda: ((mwz.language_guess("Der Hund schläft in dem Garten, und die Katze sitzt auf der Mauer."),
                    mwz.language_guess("Le chien dort dans le jardin et le chat est sur le mur."),
                    mwz.language_guess(ar[0]), mwz.language_guess("Hallo Welt")) ==
                   ("de", "fr", "ar", None), "guesses"))
    if os.path.exists("/usr/share/dictd/freedict-deu-fra.index"):
        def pair():
            de = ["Die Bergführer verließen die Hütte lange vor dem Morgengrauen .",
                  "Der Himmel war klar , aber der Wind wehte kalt über den Grat .",
                  "Die Köchin blieb mit den Trägern im Lager und backte Brot für die Rückkehr .",
                  "Gegen Mittag erreichten die beiden Männer den Gipfel ."]
            fr = ["Les guides quittèrent la cabane bien avant l' aube .",
                  "Le ciel était clair , mais le vent soufflait froid sur l' arête .",
                  "Vers midi , les deux hommes atteignirent le sommet ."]
            with mwz.Lexicon() as lx:
                lx.load_freedict_pair("de", "fr")
                got = [(list(b.src), list(b.tgt)) for b in mwz.align(de, fr, lexicon=lx)]
                return (len(lx) > 10000 and got == [([0], [0]), ([1], [1]), ([2], []), ([3], [2])],
                        repr(got))
        check("Lexicon.load_freedict_pair(\"de\", \"fr\"): the sentence left out is a 1-0 bead",
              pair)
    else:
        print("skip - python: FreeDict deu-fra absent: load_freedict_pair not tested")

    check("render(format=\"vecalign\") equals the command's vecalign",
          lambda: (lambda b: (mwz.render(b, ar, en, format="vecalign") ==
                              read(os.path.join(clidir, "nodict.vec")),
                              mwz.render(b, ar, en, format="vecalign")[:300]))(
              mwz.align(ar, en)))
    check("render(format=\"side\") with a negative or huge width: ValueError, at once",
          lambda: (all(raises(lambda w=w: mwz.render(mwz.align(ar, en), ar, en, format="side",
                                                       width=w), ValueError) is not None
                       for w in (-5, 2 ** 31)), ""))

    def glossary():
        with tempfile.TemporaryDirectory() as d:
            good, bad = os.path.join(d, "good.tsv"), os.path.join(d, "bad.tsv")
            with open(good, "w", encoding="utf-8") as f:
                f.write("# a glossary\nمقتدى الصدر\tMuqtada al-Sadr\nالحشد الشعبي\tPopular Mobilisation Forces\n")
            with open(bad, "w", encoding="utf-8") as f:
                f.write("بغداد\tBaghdad\nno tab on this line\n")
            with mwz.Lexicon() as lx:
                lx.load_glossary(good)
                n = len(lx)
                lx.add("الشدادي", "al-Shaddadi")
                n2 = len(lx)
                beads = mwz.align(["قال مقتدى الصدر إن الحشد الشعبي باق."],
                                  ["Muqtada al-Sadr said the Popular Mobilisation Forces would stay."],
                                  lexicon=lx)
                e = raises(lambda: lx.load_glossary(bad), mwz.MuwaziError)
                size = len(lx)
            return (0 < n < n2 < size and covers(beads, 1, 1) and
                    e is not None and e.line == 2 and e.code == -5 and "bad.tsv" in str(e),
                    "sizes %d %d %d, error %r, beads %r" % (n, n2, size, e and str(e), beads))
    check("Lexicon.load_glossary/add grow it; a malformed glossary line raises "
          "MuwaziError with its line (the lines before it kept)", glossary)

    def closed():
        lx = mwz.Lexicon()
        lx.close()
        lx.close()  # twice is harmless
        e = raises(lambda: mwz.align(ar, en, lexicon=lx), ValueError)
        return e is not None, e
    check("a closed Lexicon cannot be used (ValueError), close() twice is harmless",
          closed)

    # Names.
    def names():
        s = mwz.name_similarity("الشدادي", "al-Shaddadi")
        with mwz.Matcher() as m:
            s2 = m.similarity("الشدادي", "al-Shaddadi")
            d = m.similarity("الشدادي", "Mahmoud Abbas")
        return s >= 0.8 and s == s2 and d < 0.8, (s, s2, d)
    check("name_similarity(الشدادي, al-Shaddadi) >= 0.8, another name < 0.8",
          names)

    # Errors.
    def bad_utf8():
        e = raises(lambda: mwz.split(b"Good start. Then \xff bad.", "en"),
                   mwz.MuwaziError)
        return (e is not None and e.code == mwz.MWZ_EUTF8 and e.offset == 17 and
                "invalid UTF-8" in str(e) and e.message != "", e and str(e))
    check("invalid UTF-8 raises MuwaziError with mwz_strerror's text, the "
          "detail and the byte offset", bad_utf8)

    def bad_utf8_name():
        e = raises(lambda: mwz.name_similarity(b"al-\xc3", "x"), mwz.MuwaziError)
        return (e is not None and e.code == mwz.MWZ_EUTF8 and
                "first name: invalid UTF-8 at byte 3" in str(e), e and str(e))
    check("name_similarity of invalid UTF-8 raises MuwaziError naming the byte",
          bad_utf8_name)

    def other_errors():
        e1 = raises(lambda: mwz.Lexicon().load_freedict("/nonexistent-dir"),
                    mwz.MuwaziError)
        e2 = raises(lambda: mwz.split("x", "xx"), ValueError)
        e3 = raises(lambda: mwz.align(["a"], ["b"], src_para=[1, 1]), ValueError)
        return (e1 is not None and e1.code == -6 and "not found" in str(e1) and
                e2 is not None and e3 is not None, (str(e1), e2, e3))
    check("missing FreeDict folder raises MuwaziError (not found); bad "
          "arguments raise ValueError", other_errors)

    def empty_sides():
        a = mwz.align([], [])
        b = mwz.align(["One sentence."], [])
        return a == [] and covers(b, 1, 0), (a, b)
    check("align with an empty side: unpaired beads", empty_sides)

    if os.environ.get("MWZ_LEAK_CHECK") == "1":
        import gc
        gc.collect()
        check_leaks = ctypes.CDLL(None).__lsan_do_recoverable_leak_check
        check_leaks.restype = ctypes.c_int
        sys.stdout.flush()
        # LeakSanitizer writes its report to stderr; tests/cli_python.sh
        # fails on a leak whose stack goes through libmuwazi (mwz_*).
        check_leaks()
    return failed


if __name__ == "__main__":
    if sys.argv[1:2] == ["layout-c"]:
        layout_c()
    elif sys.argv[1:2] == ["layout"]:
        layout()
    elif sys.argv[1:2] == ["run"] and len(sys.argv) == 3:
        sys.exit(1 if run(sys.argv[2]) else 0)
    else:
        sys.exit(__doc__)
