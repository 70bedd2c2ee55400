/* test_norm.c - the normalisation core through the public API: each fold,
 * the profiles, flag combinations, invalid UTF-8, lossy mode, offsets, scripts. */
#include "muwazi.h"
#include "tap.h"

#include <stdlib.h>
#include <string.h>

static char res[4096];

/* Normalise a NUL-terminated string; "<EUTF8@N>" or "<ERR>" on failure. */
static const char *N(unsigned int flags, const char *in)
{
	char *out = NULL;
	size_t len = 0;
	mwz_error_t err;
	int rc = mwz_normalize(&out, &len, NULL, in, strlen(in), flags, &err);
	if (rc == MWZ_EUTF8)
		snprintf(res, sizeof res, "<EUTF8@%zu>", err.offset);
	else if (rc != MWZ_OK)
		snprintf(res, sizeof res, "<ERR %d>", rc);
	else {
		snprintf(res, sizeof res, "%s", out);
		if (strlen(out) != len)
			snprintf(res, sizeof res, "<LEN %zu != %zu>", strlen(out), len);
	}
	mwz_free(out);
	return res;
}

#define M(in) N(MWZ_PROFILE_MATCH, in)
#define D(in) N(MWZ_PROFILE_DISPLAY, in)

static void test_match_profile(void)
{
	OK_STR(M("  Hello \t WORLD \n"), "hello world", "match: case and spaces, trimmed");
	OK_STR(M("ā ṣ é ḥ Ḥ Ü ç ñ"), "a s e h h u c n", "match: Latin diacritics removed");
	OK_STR(M("e\xcc\x81t\xc3\xa9"), "ete", "match: decomposed and precomposed accents");
	OK_STR(M("Straße"), "strasse", "match: full case folding");
	OK_STR(M("ﬁne ½"), "fine 1⁄2", "match: NFKC ligature and fraction");
	OK_STR(M("مُحَمَّدٌ"), "محمد", "match: tashkeel removed");
	OK_STR(M("ٰعلى"), "علي", "match: dagger alef U+0670 removed, alef maqsura to yeh");
	OK_STR(M("الســـلام"), "السلام", "match: tatweel removed");
	OK_STR(M("أحمد إبراهيم آمنة ٱلله"), "احمد ابراهيم امنه الله", "match: alef forms");
	OK_STR(M("مستشفى"), "مستشفي", "match: alef maqsura to yeh");
	OK_STR(M("مدرسة"), "مدرسه", "match: teh marbuta to heh");
	OK_STR(M("مسؤول رئيس"), "مسوول رييس", "match: hamza on waw and yeh");
	OK_STR(M("کتاب یک ە ھ ۀ ۍ ې"), "كتاب يك ه ه ه ي ي", "match: Persian and Urdu letters");
	OK_STR(M("پ چ ژ گ"), "پ چ ژ گ", "match: peh tcheh jeh gaf kept");
	OK_STR(M("٠١٢٣٤٥٦٧٨٩ ۰۱۲۳۴۵۶۷۸۹"), "0123456789 0123456789", "match: Arabic-Indic digits");
	OK_STR(M("٣٫١٤ ١٬٠٠٠"), "3.14 1,000", "match: Arabic decimal and thousands separators");
	OK_STR(M("a\xe2\x80\x8b" "b\xe2\x80\x8f" "c\xe2\x80\xaa" "d\xe2\x81\xa6" "e\xd8\x9c" "f\xef\xbb\xbf" "g"),
	       "abcdefg", "match: bidi and zero-width controls removed");
	OK_STR(M("’ ‘ ʿ ʾ ʼ ʻ ` ´ ′ '"), "' ' ' ' ' ' ' ' ' '", "match: apostrophes");
	OK_STR(M("‐ ‑ ‒ – — ― −"), "- - - - - - -", "match: dashes");
	OK_STR(M("“a” «b» „c“"), "\"a\" \"b\" \"c\"", "match: quotation marks");
	OK_STR(M("a\xc2\xa0\xe2\x80\x83\xe3\x80\x80 b\xe2\x80\xaf" "c"), "a b c", "match: Unicode spaces folded");
	OK_STR(M("\xef\xbb\xbb\xef\xbb\xbc \xef\xba\x8d\xef\xbb\x9f"), "لالا ال", "match: presentation forms FE70-FEFF");
	OK_STR(M("\xef\xb7\xb2"), "الله", "match: presentation form FDF2");
	OK_STR(M("\xef\xad\x90"), "ا", "match: presentation form FB50 (alef wasla)");
	OK_STR(M("\xef\xae\x8e"), "ك", "match: keheh presentation form then Persian fold");
	OK_STR(M("\xef\xbb\xb7"), "لا", "match: lam with alef hamza above form");
	OK_STR(M("ا\xd9\x94"), "ا", "match: alef + combining hamza composes then folds");
	OK_STR(M("ʿAlī al-Sīstānī"), "'ali al-sistani", "match: romanised name");
	OK_STR(M(""), "", "match: empty input");
	OK_STR(M("   "), "", "match: spaces only");
	OK_STR(M("\xe2\x80\x8b"), "", "match: only a zero-width space");
}

static void test_display_profile(void)
{
	OK_STR(D("e\xcc\x81"), "\xc3\xa9", "display: NFC composes e + acute");
	OK_STR(D("A\xcc\x8a" "B"), "\xc3\x85" "B", "display: NFC composes A + ring");
	OK_STR(D("\xe2\x84\xab"), "\xc3\x85", "display: Angstrom sign singleton to A-ring");
	OK_STR(D("ا\xd9\x94"), "أ", "display: alef + hamza above composes");
	OK_STR(D("\xef\xbb\xbftext\xef\xbb\xbf"), "text", "display: stray BOMs removed");
	OK_STR(D("a\x01\x1f\x7f" "b\xc2\x85\xc2\x9f" "c"), "abc", "display: C0 and C1 controls removed");
	OK_STR(D("a\tb\nc"), "a\tb\nc", "display: tab and newline kept");
	OK_STR(D("a\r\n"), "a\n", "display: carriage return removed");
	OK_STR(D("مُحَمَّد  Hello — «x»"), "مُحَمَّد  Hello — «x»", "display: visible text unchanged");
	OK_STR(D("\xef\xbb\xbb"), "\xef\xbb\xbb", "display: presentation forms kept (no NFKC)");
	OK_STR(D("q\xcc\xa3\xcc\x87"), "q\xcc\xa3\xcc\x87", "display: q + marks (no precomposed) kept");
	OK_STR(D("a\xcc\x87\xcc\xa3"), "\xe1\xba\xa1\xcc\x87", "display: marks reordered then composed");
	OK_STR(D("\xd9\x8e\xd9\x91"), "\xd9\x8e\xd9\x91", "display: fatha shadda (canonical order) kept");
	OK_STR(D("\xd8\xa8\xd9\x91\xd9\x8e"), "\xd8\xa8\xd9\x8e\xd9\x91", "display: shadda fatha reordered");
	OK_STR(D("\xe1\x84\x80\xe1\x85\xa1\xe1\x86\xa8"), "\xea\xb0\x81", "display: Hangul jamo compose");
}

static void test_flags(void)
{
	OK_STR(N(MWZ_NORM_ALEF, "أحمد مُحمّد"), "احمد مُحمّد", "ALEF alone leaves tashkeel");
	OK_STR(N(MWZ_NORM_TASHKEEL, "أَحمد"), "أحمد", "TASHKEEL alone leaves hamza on alef");
	OK_STR(N(MWZ_NORM_TASHKEEL | MWZ_NORM_NFC, "ا\xd9\x94\xd9\x8e"), "أ", "TASHKEEL+NFC: composed hamza kept, fatha dropped");
	OK_STR(N(MWZ_NORM_TATWEEL, "ســلام"), "سلام", "TATWEEL alone");
	OK_STR(N(MWZ_NORM_YEH, "على مدرسة"), "علي مدرسة", "YEH alone");
	OK_STR(N(MWZ_NORM_TEH_MARBUTA, "على مدرسة"), "على مدرسه", "TEH_MARBUTA alone");
	OK_STR(N(MWZ_NORM_HAMZA, "مسؤول رئيس أ"), "مسوول رييس أ", "HAMZA alone");
	OK_STR(N(MWZ_NORM_PERSIAN, "کی ة"), "كي ة", "PERSIAN alone");
	OK_STR(N(MWZ_NORM_PERSIAN | MWZ_NORM_TEH_MARBUTA, "\xdb\x83"), "ه", "PERSIAN + TEH_MARBUTA chain");
	OK_STR(N(MWZ_NORM_PERSIAN, "\xdb\x83"), "ة", "PERSIAN alone: teh marbuta goal to teh marbuta");
	OK_STR(N(MWZ_NORM_DIGITS, "٣٫٥ abc"), "3.5 abc", "DIGITS alone");
	OK_STR(N(MWZ_NORM_CASE, "ÀB ß"), "àb ss", "CASE alone keeps diacritics");
	OK_STR(N(MWZ_NORM_LATIN_MARKS, "ÀB é"), "AB e", "LATIN_MARKS alone keeps case");
	OK_STR(N(MWZ_NORM_LATIN_MARKS | MWZ_NORM_CASE, "ÀB"), "ab", "LATIN_MARKS + CASE");
	OK_STR(N(MWZ_NORM_BIDI, "a\xe2\x80\x8e" "b\xef\xbb\xbf"), "ab", "BIDI alone");
	OK_STR(N(MWZ_NORM_APOSTROPHE, "’x“"), "'x“", "APOSTROPHE alone");
	OK_STR(N(MWZ_NORM_DASH, "a–b“"), "a-b“", "DASH alone");
	OK_STR(N(MWZ_NORM_QUOTE, "“a”’"), "\"a\"’", "QUOTE alone");
	OK_STR(N(MWZ_NORM_SPACE, " a \xc2\xa0 b\t\n"), "a b", "SPACE alone");
	OK_STR(N(MWZ_NORM_NFKC, "\xef\xbb\xbb x\xc2\xb2"), "لا x2", "NFKC alone");
	OK_STR(N(MWZ_NORM_NFC, "\xef\xbb\xbb"), "\xef\xbb\xbb", "NFC alone keeps compatibility forms");
	OK_STR(N(MWZ_NORM_STRIP_CTRL, "a\x02\xef\xbb\xbf" "b\xe2\x80\x8b"), "ab\xe2\x80\x8b", "STRIP_CTRL keeps zero-width space");
	OK_STR(N(MWZ_NORM_STRIP_CTRL | MWZ_NORM_SPACE, "a\x0b\x0c" "b\r"), "a b", "SPACE wins over STRIP_CTRL for VT/FF/CR");
	OK_STR(N(0, "A\x01 é\xef\xbb\xbf"), "A\x01 é\xef\xbb\xbf", "no flags: unchanged");
	OK_STR(N(0, "e\xcc\x81"), "e\xcc\x81", "no flags: no composition");
	{
		mwz_norm_t *n = NULL;
		OK(mwz_norm_create(&n, 1u << 30) == MWZ_EINVAL && n == NULL, "unknown flag rejected");
		OK(mwz_normalize(NULL, NULL, NULL, "", 0, 0, NULL) == MWZ_EINVAL, "NULL out rejected");
		mwz_norm_destroy(NULL);
		OK(1, "destroy(NULL) harmless");
	}
}

static void test_invalid(void)
{
	/* each kind at the start, the middle and the end */
	static const struct {
		const char *name, *seq;
	} kinds[] = {
		{ "stray continuation byte", "\x80" },
		{ "bad byte 0xFF", "\xff" },
		{ "overlong 2-byte (C0 AF)", "\xc0\xaf" },
		{ "overlong 3-byte (E0 80 AF)", "\xe0\x80\xaf" },
		{ "overlong 4-byte (F0 80 80 AF)", "\xf0\x80\x80\xaf" },
		{ "surrogate (ED A0 80)", "\xed\xa0\x80" },
		{ "above U+10FFFF (F4 90 80 80)", "\xf4\x90\x80\x80" },
		{ "truncated 2-byte", "\xd8" },
		{ "truncated 3-byte", "\xe2\x80" },
		{ "truncated 4-byte", "\xf0\x9f\x98" },
	};
	size_t k;
	for (k = 0; k < sizeof kinds / sizeof kinds[0]; k++) {
		char buf[64];
		size_t sl = strlen(kinds[k].seq), pos;
		int where;
		for (where = 0; where < 3; where++) {
			const char *wn = where == 0 ? "start" : where == 1 ? "middle" : "end";
			char *out = NULL;
			size_t outlen = 0;
			mwz_error_t err;
			int rc;
			if (where == 0) {
				memcpy(buf, kinds[k].seq, sl);
				strcpy(buf + sl, "سلام x");
				pos = 0;
			} else if (where == 1) {
				strcpy(buf, "سلام");
				memcpy(buf + 8, kinds[k].seq, sl);
				strcpy(buf + 8 + sl, " x");
				pos = 8;
			} else {
				strcpy(buf, "x سلام");
				memcpy(buf + 10, kinds[k].seq, sl);
				buf[10 + sl] = '\0';
				pos = 10;
			}
			memset(&err, 0, sizeof err);
			rc = mwz_normalize(&out, &outlen, NULL, buf, strlen(buf),
			                   MWZ_PROFILE_MATCH, &err);
			OK(rc == MWZ_EUTF8 && err.offset == pos && out == NULL,
			   "%s at %s: MWZ_EUTF8 at byte %zu (got %d at %zu)", kinds[k].name,
			   wn, pos, rc, err.offset);
			{
				size_t bad = 99;
				OK(mwz_utf8_validate(buf, strlen(buf), &bad) == MWZ_EUTF8 && bad == pos,
				   "%s at %s: validate agrees", kinds[k].name, wn);
			}
			rc = mwz_normalize(&out, &outlen, NULL, buf, strlen(buf),
			                   MWZ_PROFILE_MATCH | MWZ_NORM_LOSSY, &err);
			OK(rc == MWZ_OK && out && strstr(out, "\xef\xbf\xbd") != NULL &&
			   strstr(out, "سلام") != NULL,
			   "%s at %s: lossy gives U+FFFD", kinds[k].name, wn);
			mwz_free(out);
		}
	}
	OK_STR(N(MWZ_PROFILE_DISPLAY | MWZ_NORM_LOSSY, "a\xe2\x80z"), "a\xef\xbf\xbdz",
	       "lossy: one U+FFFD for a truncated sequence");
	OK_STR(N(MWZ_PROFILE_DISPLAY | MWZ_NORM_LOSSY, "a\xed\xa0\x80z"),
	       "a\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbdz", "lossy: surrogate bytes each replaced (maximal subparts)");
	OK_STR(N(MWZ_PROFILE_DISPLAY | MWZ_NORM_LOSSY, "\xc0\xaf"), "\xef\xbf\xbd\xef\xbf\xbd",
	       "lossy: overlong bytes each replaced");
	{
		mwz_norm_t *n;
		const char *o;
		size_t ol;
		mwz_norm_create(&n, MWZ_PROFILE_MATCH);
		OK(mwz_norm_run(&o, &ol, NULL, n, "ab\xff", 3) == MWZ_EUTF8 &&
		   mwz_norm_error_offset(n) == 2 && strstr(mwz_norm_errmsg(n), "byte 3") != NULL,
		   "work object keeps error offset (0-based) and message (bytes from 1)");
		OK(mwz_norm_run(&o, &ol, NULL, n, "ab", 2) == MWZ_OK && ol == 2 &&
		   mwz_norm_errmsg(n)[0] == '\0', "work object reusable after an error");
		OK(mwz_norm_run(&o, &ol, NULL, n, o, ol) == MWZ_EINVAL,
		   "its own output as input is refused");
		mwz_norm_destroy(n);
	}
}

static void test_offsets(void)
{
	mwz_norm_t *n;
	const char *o;
	size_t ol, k;
	const size_t *off;
	const char *in = "  \xc3\x89t\xc3\xa9  \xef\xbb\xbb\xd9\x8e x";
	size_t len = strlen(in);
	mwz_norm_create(&n, MWZ_PROFILE_MATCH);
	OK(mwz_norm_run(&o, &ol, &off, n, in, len) == MWZ_OK, "offsets: run");
	OK_STR(o, "ete لا x", "offsets: output");
	if (ol == strlen("ete لا x")) {
		static const size_t want[] = { 2, 4, 5, 7, 9, 9, 9, 9, 14, 15 };
		int good = 1;
		for (k = 0; k < ol; k++)
			if (off[k] != want[k])
				good = 0;
		OK(good && off[ol] == len, "offsets: each output byte maps to its input byte");
		if (!good)
			for (k = 0; k <= ol; k++)
				printf("#   off[%zu] = %zu\n", k, off[k]);
	} else
		OK(0, "offsets: wrong length %zu", ol);
	/* monotone and within range on a composed, mixed text */
	{
		const char *t = "e\xcc\x81 \xd8\xa7\xd9\x94 Ab\xcc\xa3\xcc\x87 ﷺ x";
		int mono = 1;
		OK(mwz_norm_run(&o, &ol, &off, n, t, strlen(t)) == MWZ_OK, "offsets: composed text");
		for (k = 0; k < ol; k++)
			if (off[k] >= strlen(t) || (k && off[k] < off[k - 1]))
				mono = 0;
		OK(mono && off[ol] == strlen(t), "offsets: non-decreasing and in range");
		OK(off[0] == 0 && off[2] == 4, "offsets: composed run maps to its start");
	}
	{
		char *out;
		size_t *offs, outlen;
		OK(mwz_normalize(&out, &outlen, &offs, "ab", 2, MWZ_PROFILE_DISPLAY, NULL) == MWZ_OK &&
		   outlen == 2 && offs[0] == 0 && offs[1] == 1 && offs[2] == 2,
		   "one-shot offsets");
		mwz_free(out);
		mwz_free(offs);
		OK(mwz_normalize(&out, &outlen, &offs, "", 0, MWZ_PROFILE_MATCH, NULL) == MWZ_OK &&
		   outlen == 0 && out[0] == '\0' && offs[0] == 0, "one-shot empty input");
		mwz_free(out);
		mwz_free(offs);
	}
	mwz_norm_destroy(n);
}

static void test_script(void)
{
	OK(mwz_script_detect("مقتدى الصدر", strlen("مقتدى الصدر")) == MWZ_SCRIPT_ARABIC, "script: Arabic");
	OK(mwz_script_detect("Muqtada al-Sadr", 15) == MWZ_SCRIPT_LATIN, "script: Latin");
	OK(mwz_script_detect("Ṣabāḥ", strlen("Ṣabāḥ")) == MWZ_SCRIPT_LATIN, "script: Latin with diacritics");
	OK(mwz_script_detect("Sadr الصدر", strlen("Sadr الصدر")) == MWZ_SCRIPT_MIXED, "script: mixed");
	OK(mwz_script_detect("قال مسؤولون في تنظيم داعش الإرهابي ISIS", strlen("قال مسؤولون في تنظيم داعش الإرهابي ISIS")) == MWZ_SCRIPT_ARABIC,
	   "script: an acronym in Arabic text stays Arabic");
	OK(mwz_script_detect("Москва", strlen("Москва")) == MWZ_SCRIPT_OTHER, "script: Cyrillic is other");
	OK(mwz_script_detect("123 !?", 6) == MWZ_SCRIPT_NONE, "script: no letters");
	OK(mwz_script_detect("", 0) == MWZ_SCRIPT_NONE, "script: empty");
	OK(mwz_script_detect("کی", strlen("کی")) == MWZ_SCRIPT_ARABIC, "script: Persian letters count as Arabic script");
	OK_STR(mwz_script_name(MWZ_SCRIPT_MIXED), "mixed", "script name");
	OK_STR(mwz_script_name(MWZ_SCRIPT_ARABIC), "arabic", "script name arabic");
}

int main(void)
{
	test_match_profile();
	test_display_profile();
	test_flags();
	test_invalid();
	test_offsets();
	test_script();
	TAP_DONE();
}
