/* test_view.c - the html and side views through the public API, on hand-made beads with fixed scores. */
#include "muwazi.h"
#include "tap.h"

#include <stdlib.h>
#include <string.h>

static const char *src[] = {
	"\xD9\x88\xD8\xB5\xD9\x84 \xD8\xA7\xD9\x84\xD9\x88\xD9\x81\xD8\xAF.", /* وصل الوفد. */
	"\xD9\x82\xD8\xA7\xD9\x84 <\xD8\xA7\xD9\x84\xD8\xB5\xD8\xAF\xD8\xB1> & \"\xD9\x87\xD9\x88\".", /* قال <الصدر> & "هو". */
	"\xD8\xAC\xD9\x85\xD9\x84\xD8\xA9 \xD8\xB2\xD8\xA7\xD8\xA6\xD8\xAF\xD8\xA9.", /* جملة زائدة. */
};
static const char *tgt[] = {
	"The delegation arrived.",
	"He <Sadr> & \"him\" said.",
	"Added by the translator.",
};
static size_t src_len[3], tgt_len[3];

/* [0]:[0] 0.9, [1]:[1] 0.3 (low), [2]:[] (not translated), []:[2] (not in the original). */
static const mwz_bead_t beads[] = {
	{ 0, 1, 0, 1, 0.9 },
	{ 1, 1, 1, 1, 0.3 },
	{ 2, 1, 2, 0, 0.0 },
	{ 3, 0, 2, 1, 0.0 },
};
#define NBEADS (sizeof beads / sizeof beads[0])

static mwz_write_options_t opts_for(int format)
{
	mwz_write_options_t o = MWZ_WRITE_OPTIONS_INIT;
	o.format = format;
	o.src_lang = "ar";
	o.tgt_lang = "en";
	o.src = src;
	o.src_len = src_len;
	o.nsrc = 3;
	o.tgt = tgt;
	o.tgt_len = tgt_len;
	o.ntgt = 3;
	return o;
}

static char *render(const mwz_write_options_t *o, const char *what)
{
	char *out = NULL;
	mwz_error_t err;
	int rc;
	memset(&err, 0, sizeof err);
	rc = mwz_beads_render(&out, NULL, NULL, beads, NBEADS, o, &err);
	OK(rc == MWZ_OK && out, "%s: renders (%s)", what, err.message);
	return out;
}

static size_t count(const char *hay, const char *needle)
{
	size_t n = 0;
	const char *p = hay;
	while (p && (p = strstr(p, needle)) != NULL) {
		n++;
		p += strlen(needle);
	}
	return n;
}

/* Display width of a line (this test's text: ASCII, Arabic, box drawing, isolates). */
static size_t line_width(const char *p, size_t n)
{
	size_t w = 0, i = 0;
	while (i < n) {
		unsigned char c = (unsigned char)p[i];
		if (c == 0x1B) { /* an SGR escape */
			while (i < n && p[i] != 'm')
				i++;
			i++;
			continue;
		}
		if (c >= 0xE2 && c <= 0xE2 && i + 2 < n && (unsigned char)p[i + 1] == 0x81 &&
		    (unsigned char)p[i + 2] >= 0xA6 && (unsigned char)p[i + 2] <= 0xA9) {
			i += 3; /* LRI RLI FSI PDI: no cell */
			continue;
		}
		i += c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
		w++;
	}
	return w;
}

static size_t widest(const char *s)
{
	size_t w = 0;
	while (*s) {
		const char *nl = strchr(s, '\n');
		size_t n = nl ? (size_t)(nl - s) : strlen(s), lw = line_width(s, n);
		if (lw > w)
			w = lw;
		s += n + (nl != NULL);
	}
	return w;
}

static void test_names(void)
{
	int f = -1;
	OK(mwz_format_from_name(&f, "html") == MWZ_OK && f == MWZ_FORMAT_HTML, "format html");
	OK(mwz_format_from_name(&f, "side") == MWZ_OK && f == MWZ_FORMAT_SIDE, "format side");
	OK_STR(mwz_format_name(MWZ_FORMAT_HTML), "html", "name of html");
	OK_STR(mwz_format_name(MWZ_FORMAT_SIDE), "side", "name of side");
}

static void test_html(void)
{
	mwz_write_options_t o = opts_for(MWZ_FORMAT_HTML);
	char *out;
	o.title = "Check <1> & \"2\"";
	out = render(&o, "html");
	if (!out)
		return;
	OK(strncmp(out, "<!DOCTYPE html>\n<html lang=\"en\">", 31) == 0, "html: doctype and page language");
	OK(strstr(out, "<meta charset=\"utf-8\">") != NULL, "html: UTF-8");
	OK(strstr(out, "<title>Check &lt;1&gt; &amp; &quot;2&quot;</title>") != NULL, "html: title escaped");
	OK(count(out, "<td lang=\"ar\" dir=\"rtl\">") == 3, "html: three Arabic cells, rtl");
	OK(count(out, "<td lang=\"en\" dir=\"ltr\">") == 3, "html: three English cells, ltr");
	OK(strstr(out, "&lt;\xD8\xA7\xD9\x84\xD8\xB5\xD8\xAF\xD8\xB1&gt; &amp; &quot;") != NULL,
	   "html: Arabic text escaped");
	OK(strstr(out, "He &lt;Sadr&gt; &amp; &quot;him&quot; said.") != NULL, "html: English text escaped");
	OK(strstr(out, "<tr id=\"b2\" class=\"low\">") && count(out, "class=\"low\"") == 1,
	   "html: the 0.3 bead, only it, is low");
	OK(strstr(out, "<span class=\"lowflag\">low</span>") != NULL, "html: low said in words too");
	OK(strstr(out, "<tr id=\"b3\" class=\"gap\">") && strstr(out, "<tr id=\"b4\" class=\"gap\">"),
	   "html: unpaired beads highlighted");
	OK(count(out, "<span class=\"flag\">not translated</span>") == 1, "html: one not translated");
	OK(count(out, "<span class=\"flag\">not in the original</span>") == 1, "html: one not in the original");
	OK(strstr(out, "1 ar sentence: <a href=\"#b3\">3</a>") != NULL, "html: summary links the untranslated");
	OK(strstr(out, "1 en sentence: <a href=\"#b4\">3</a>") != NULL, "html: summary links the added");
	OK(strstr(out, "<td>0.60 over 2 paired beads; 1 under 0.50 (beads <a href=\"#b2\">2</a>)</td>") != NULL,
	   "html: mean confidence of the paired beads, and the low ones");
	OK(strstr(out, "<td>4: 2 1-1, 1 1-0, 1 0-1</td>") != NULL, "html: beads by kind");
	OK(strstr(out, "<script") == NULL && strstr(out, "http") == NULL, "html: no script, no link out");
	mwz_free(out);

	o = opts_for(MWZ_FORMAT_HTML);
	o.low_score = 0.0;
	out = render(&o, "html, low 0");
	OK(out && !strstr(out, "class=\"low\"") && !strstr(out, " under "), "html: low_score 0 marks none");
	mwz_free(out);

	o = opts_for(MWZ_FORMAT_HTML);
	o.src_lang = NULL;
	o.tgt_lang = "und";
	out = render(&o, "html, unknown languages");
	OK(out && count(out, "<p dir=\"auto\">") == 6, "html: unknown direction: dir=auto per sentence");
	OK(out && strstr(out, "<td lang=\"und\">") != NULL, "html: und kept as lang, no dir on the cell");
	mwz_free(out);

	o = opts_for(MWZ_FORMAT_HTML);
	o.src_lang = "fa-Latn";
	o.tgt_lang = "ku-Arab";
	out = render(&o, "html, script subtags");
	OK(out && strstr(out, "<td lang=\"fa-Latn\" dir=\"ltr\">") && strstr(out, "<td lang=\"ku-Arab\" dir=\"rtl\">"),
	   "html: a script subtag decides the direction");
	mwz_free(out);
}

static void test_side(void)
{
	mwz_write_options_t o = opts_for(MWZ_FORMAT_SIDE);
	mwz_error_t err;
	char *out = NULL;
	unsigned int w;
	out = render(&o, "side, default width");
	OK(out && widest(out) == 120, "side: width 0 means 120 (widest %zu)", out ? widest(out) : 0);
	OK(out && strstr(out, "\xE2\x94\x82 [not translated]\n") != NULL, "side: not translated in the target column");
	OK(out && strstr(out, "\n[not in the original] ") != NULL, "side: not in the original in the source column");
	OK(out && strstr(out, "0.300 low") != NULL, "side: low bead said");
	OK(out && strchr(out, '\x1B') == NULL, "side: no colour without the flag");
	mwz_free(out);
	for (w = 48; w <= 90; w += 7) {
		o.width = w;
		o.flags = MWZ_WRITE_BIDI_VISUAL | MWZ_WRITE_SHAPE | MWZ_WRITE_COLOR;
		out = render(&o, "side, narrow");
		OK(out && widest(out) <= w, "side: width %u kept (widest %zu)", w, out ? widest(out) : 0);
		mwz_free(out);
	}
	o.flags = MWZ_WRITE_COLOR;
	out = render(&o, "side, colour");
	OK(out && strstr(out, "\x1B[1;30;43m[not translated]\x1B[0m") != NULL, "side: colour with the flag");
	mwz_free(out);
	o.flags = MWZ_WRITE_BIDI_VISUAL;
	o.width = 60;
	out = render(&o, "side, visual");
	/* وصل الوفد. in display order: .دفولا لصو, right-aligned in 28 cells. */
	OK(out && strstr(out, "\n                  .\xD8\xAF\xD9\x81\xD9\x88\xD9\x84\xD8\xA7 \xD9\x84\xD8\xB5\xD9\x88 \xE2\x94\x82 The") != NULL,
	   "side: visual order, right-aligned");
	mwz_free(out);

	memset(&err, 0, sizeof err);
	o.width = 47;
	OK(mwz_beads_render(&out, NULL, NULL, beads, NBEADS, &o, &err) == MWZ_EINVAL && strstr(err.message, "47"),
	   "side: width under 48 refused (%s)", err.message);
	o.width = 4294967291u; /* -5 from a binding */
	OK(mwz_beads_render(&out, NULL, NULL, beads, NBEADS, &o, &err) == MWZ_EINVAL &&
	   strstr(err.message, "100000"), "side: a width over 100000 refused, at once (%s)", err.message);
	o = opts_for(MWZ_FORMAT_HTML);
	o.low_score = 1.5;
	OK(mwz_beads_render(&out, NULL, NULL, beads, NBEADS, &o, &err) == MWZ_EINVAL, "low_score over 1 refused");
	o = opts_for(MWZ_FORMAT_SIDE);
	o.flags = 1u << 9;
	OK(mwz_beads_render(&out, NULL, NULL, beads, NBEADS, &o, &err) == MWZ_EINVAL, "unknown flag refused");
}

/* An older caller's options, zeroed, then the fields every version has. */
#define FILL_OLD(v, ver, fmt) \
	do { \
		memset((v), 0, sizeof *(v)); \
		(v)->version = (ver); \
		(v)->format = (fmt); \
		(v)->src_lang = "ar"; \
		(v)->tgt_lang = "en"; \
		(v)->src = src; \
		(v)->src_len = src_len; \
		(v)->nsrc = 3; \
		(v)->tgt = tgt; \
		(v)->tgt_len = tgt_len; \
		(v)->ntgt = 3; \
	} while (0)

/* A caller built against version 1 of the options: the struct ends at ntgt. */
struct opts_v1 {
	unsigned int version;
	int format;
	unsigned int flags;
	const char *src_lang, *tgt_lang, *tool, *tool_version;
	const char *const *src;
	const size_t *src_len;
	size_t nsrc;
	const char *const *tgt;
	const size_t *tgt_len;
	size_t ntgt;
};

static void test_version1(void)
{
	struct opts_v1 *v1 = malloc(sizeof *v1);
	char *out = NULL;
	if (!v1)
		return;
	FILL_OLD(v1, 1, MWZ_FORMAT_SIDE);
	/* Allocated at its own size: ASan catches a read past it. */
	OK(mwz_beads_render(&out, NULL, NULL, beads, NBEADS, (const mwz_write_options_t *)(void *)v1, NULL) == MWZ_OK &&
	   out && widest(out) == 120 && strstr(out, "0.300 low"),
	   "version 1 options: side with the defaults (width 120, low 0.5)");
	mwz_free(out);
	free(v1);
}

/* Marks: spans of sentences, white space at their ends left outside, notes escaped. */
static void test_marks(void)
{
	/* "He <Sadr> & \"him\" said." (target 1): "<Sadr>" at 3, " \"him" at 11 (a
	 * space first); "The delegation arrived." (target 0): "delegation" at 4;
	 * source 0 "وصل الوفد.": الوفد at 7 */
	static const mwz_mark_t mk[] = {
		{ 0, 0, 7, 10, "house style: al-Wafd" },
		{ 1, 0, 3, 11, "say <x> & \"y\"" },
		{ 1, 1, 3, 6, NULL },
		{ 1, 1, 11, 5, "pronoun" },
	};
	mwz_write_options_t o = opts_for(MWZ_FORMAT_HTML);
	mwz_mark_t bad[2];
	mwz_error_t err;
	char *out = NULL;
	o.marks = mk;
	o.nmarks = 4;
	o.marks_label = "Names against the house style";
	out = render(&o, "html with marks");
	if (!out)
		return;
	OK(strstr(out, "<span class=\"mark\" title=\"house style: al-Wafd\">"
	               "\xD8\xA7\xD9\x84\xD9\x88\xD9\x81\xD8\xAF</span>.") != NULL,
	   "marks: an Arabic word marked, its note the title");
	OK(strstr(out, "The <span class=\"mark\" title=\"say &lt;x&gt; &amp; &quot;y&quot;\">"
	               "delegation</span> arrived.") != NULL,
	   "marks: the note escaped, the span ends where asked");
	OK(strstr(out, "He <span class=\"mark\">&lt;Sadr&gt;</span> &amp; "
	               "<span class=\"mark\" title=\"pronoun\">&quot;him</span>&quot; said.") != NULL,
	   "marks: two in one sentence, no note, text escaped inside, the space before left out");
	OK(strstr(out, "<th scope=\"row\">Names against the house style</th><td>4 (beads "
	               "<a href=\"#b1\">1</a>, <a href=\"#b2\">2</a>)</td>") != NULL,
	   "marks: the summary counts them and links their beads");
	mwz_free(out);

	{
		/* "delegation " with its space: the span closes before the space */
		static const mwz_mark_t sp[] = { { 1, 0, 4, 11, NULL } };
		o.marks = sp;
		o.nmarks = 1;
		out = render(&o, "html, a mark ending in a space");
		OK(out && strstr(out, "The <span class=\"mark\">delegation</span> arrived."),
		   "marks: white space at a mark's end left outside (not the next letter in)");
		mwz_free(out);
		o.marks = mk;
	}

	o.marks_label = NULL;
	o.nmarks = 1;
	out = render(&o, "html with a mark, no label");
	OK(out && strstr(out, "<th scope=\"row\">Marked</th><td>1 (beads <a href=\"#b1\">1</a>)</td>"),
	   "marks: the default label");
	mwz_free(out);

	o = opts_for(MWZ_FORMAT_TEXT);
	o.marks = mk;
	o.nmarks = 4;
	o.marks_label = "Names against the house style";
	out = render(&o, "text with marks");
	OK(out && strstr(out, "   en 1  The delegation arrived.\n      ! \"delegation\": say <x> & \"y\"\n"),
	   "marks, text: a line under the sentence, its text and note");
	OK(out && strstr(out, "   en 2  He <Sadr> & \"him\" said.\n      ! \"<Sadr>\"\n"
	                      "      ! \"\"him\": pronoun\n"),
	   "marks, text: two, one without a note, white space at the ends left out");
	OK(out && strstr(out, "\n-- Names against the house style: 4\n"), "marks, text: counted at the end");
	mwz_free(out);

	o = opts_for(MWZ_FORMAT_SIDE);
	o.width = 80;
	o.marks = mk;
	o.nmarks = 4;
	o.marks_label = "Names against the house style";
	out = render(&o, "side with marks");
	OK(out && strstr(out, "\xE2\x81\xA6The delegation arrived.\xE2\x81\xA9\n") &&
	           strstr(out, "\xE2\x81\xA8! \"delegation\": say <x> & \"y\"\xE2\x81\xA9\n"),
	   "marks, side: a line under the sentence in its column, in an isolate of its own direction");
	OK(out && strstr(out, "\xE2\x81\xA8! \"\xD8\xA7\xD9\x84\xD9\x88\xD9\x81\xD8\xAF\": "
	                      "house style: al-Wafd\xE2\x81\xA9 "),
	   "marks, side: the Arabic mark in the left-hand column");
	OK(out && strstr(out, "\n-- Names against the house style: 4\n"), "marks, side: counted at the end");
	mwz_free(out);
	o.marks = bad;
	o.nmarks = 1;
	memset(bad, 0, sizeof bad);
	bad[0].sent = 3;
	OK(mwz_beads_render(&out, NULL, NULL, beads, NBEADS, &o, &err) == MWZ_EINVAL,
	   "marks, side: a sentence out of range refused");
	{
		/* source 0 "وصل الوفد.": byte 8 is inside the letter ل (7-8) */
		int f, refused = 0;
		for (f = 0; f < 3; f++) {
			static const int fmts[] = { MWZ_FORMAT_HTML, MWZ_FORMAT_TEXT, MWZ_FORMAT_SIDE };
			mwz_write_options_t oo = opts_for(fmts[f]);
			mwz_mark_t in[1];
			memset(in, 0, sizeof in);
			in[0].start = 8;
			in[0].len = 4;
			oo.marks = in;
			oo.nmarks = 1;
			refused += mwz_beads_render(&out, NULL, NULL, beads, NBEADS, &oo, &err) ==
			                   MWZ_EINVAL && strstr(err.message, "inside a character");
			in[0].start = 7;
			in[0].len = 3;
			refused += mwz_beads_render(&out, NULL, NULL, beads, NBEADS, &oo, &err) ==
			                   MWZ_EINVAL;
		}
		OK(refused == 6, "marks: one starting or ending inside a character refused (%d of 6)",
		   refused);
	}

	o = opts_for(MWZ_FORMAT_TSV);
	o.marks = mk;
	o.nmarks = 4;
	out = render(&o, "tsv with marks");
	OK(out && !strstr(out, "!") && !strstr(out, "pronoun"), "marks: tsv ignores them");
	mwz_free(out);

	o = opts_for(MWZ_FORMAT_HTML);
	o.marks = bad;
	o.nmarks = 1;
	memset(bad, 0, sizeof bad);
	bad[0].sent = 3;
	OK(mwz_beads_render(&out, NULL, NULL, beads, NBEADS, &o, &err) == MWZ_EINVAL,
	   "marks: a sentence out of range refused");
	bad[0].sent = 0;
	bad[0].start = 5;
	bad[0].len = (size_t)-3;
	OK(mwz_beads_render(&out, NULL, NULL, beads, NBEADS, &o, &err) == MWZ_EINVAL,
	   "marks: a span past its sentence refused (no overflow)");
	bad[0].len = 2;
	bad[0].side = 2;
	OK(mwz_beads_render(&out, NULL, NULL, beads, NBEADS, &o, &err) == MWZ_EINVAL,
	   "marks: a side other than 0 or 1 refused");
	bad[0].side = 1;
	bad[1] = bad[0];
	bad[1].start = 6;
	o.nmarks = 2;
	OK(mwz_beads_render(&out, NULL, NULL, beads, NBEADS, &o, &err) == MWZ_EINVAL,
	   "marks: overlapping marks refused");
	bad[1].side = 0;
	OK(mwz_beads_render(&out, NULL, NULL, beads, NBEADS, &o, &err) == MWZ_EINVAL,
	   "marks: marks out of order refused");
	o.marks = NULL;
	OK(mwz_beads_render(&out, NULL, NULL, beads, NBEADS, &o, &err) == MWZ_EINVAL,
	   "marks: NULL with a count refused");
}

/* A caller built against version 2 of the options: the struct ends at title. */
struct opts_v2 {
	struct opts_v1 v1; /* laid out as the same fields one by one (LP64 and ILP32) */
	unsigned int width;
	double low_score;
	const char *title;
};

static void test_version2(void)
{
	struct opts_v2 *v2 = malloc(sizeof *v2);
	char *out = NULL;
	if (!v2)
		return;
	memset(v2, 0, sizeof *v2);
	FILL_OLD(&v2->v1, 2, MWZ_FORMAT_HTML);
	v2->low_score = 0.5;
	v2->title = "v2";
	/* Allocated at its own size: ASan catches a read past it. */
	OK(mwz_beads_render(&out, NULL, NULL, beads, NBEADS, (const mwz_write_options_t *)(void *)v2, NULL) == MWZ_OK &&
	   out && strstr(out, "<title>v2</title>") && !strstr(out, "class=\"mark\""),
	   "version 2 options: html as before, no marks");
	mwz_free(out);
	free(v2);
}

int main(void)
{
	size_t i;
	for (i = 0; i < 3; i++) {
		src_len[i] = strlen(src[i]);
		tgt_len[i] = strlen(tgt[i]);
	}
	test_names();
	test_html();
	test_side();
	test_version1();
	test_marks();
	test_version2();
	TAP_DONE();
}
