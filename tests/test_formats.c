/* test_formats.c - the bead writers on hand-made beads: every format, escaping, checks, callbacks. */
#include "muwazi.h"
#include "tap.h"

#include <locale.h>
#include <stdlib.h>
#include <string.h>

static const char *src[] = {
	"First sentence.",
	"Second\tone,\nwith a break.",
	"  Third  ",
	"Fourth & <last> \"one\".",
};
static const char *tgt[] = {
	"\xD8\xA7\xD9\x84\xD8\xA3\xD9\x88\xD9\x84\xD9\x89.", /* الأولى. */
	"\xD8\xA7\xD9\x84\xD8\xAB\xD8\xA7\xD9\x86\xD9\x8A\xD8\xA9.", /* الثانية. */
	"Added by the translator.",
};
static size_t src_len[4], tgt_len[3];

/* 0-1 then 2-1 etc.: [0]:[0], [1,2]:[1], []:[2], [3]:[] */
static const mwz_bead_t beads[] = {
	{ 0, 1, 0, 1, 0.9 },
	{ 1, 2, 1, 1, 0.8765 },
	{ 3, 0, 2, 1, 0.0 },
	{ 3, 1, 3, 0, 0.25 },
};
#define NBEADS (sizeof beads / sizeof beads[0])

static mwz_write_options_t opts_for(int format)
{
	mwz_write_options_t o = MWZ_WRITE_OPTIONS_INIT;
	o.format = format;
	o.src_lang = "en";
	o.tgt_lang = "ar";
	o.src = src;
	o.src_len = src_len;
	o.nsrc = 4;
	o.tgt = tgt;
	o.tgt_len = tgt_len;
	o.ntgt = 3;
	return o;
}

static char *render(int format, unsigned int flags, mwz_write_stats_t *st)
{
	mwz_write_options_t o = opts_for(format);
	char *out = NULL;
	size_t len = 0;
	int rc;
	o.flags = flags;
	rc = mwz_beads_render(&out, &len, st, beads, NBEADS, &o, NULL);
	OK(rc == MWZ_OK, "render %s: %s", mwz_format_name(format), mwz_strerror(rc));
	OK(out && strlen(out) == len, "render %s: length matches", mwz_format_name(format));
	return out;
}

/* A callback collecting everything, or failing after `fail_after` calls. */
struct sink {
	char *data;
	size_t len;
	int calls, fail_after;
};
static int sink_write(void *ctx, const char *p, size_t n)
{
	struct sink *s = ctx;
	char *q;
	if (s->fail_after >= 0 && s->calls >= s->fail_after)
		return 1;
	s->calls++;
	q = realloc(s->data, s->len + n + 1);
	if (!q)
		return 1;
	memcpy(q + s->len, p, n);
	s->data = q;
	s->len += n;
	s->data[s->len] = '\0';
	return 0;
}

static void test_names(void)
{
	int f = -1, i;
	const char *names[] = { "text", "tsv", "jsonl", "tmx", "vecalign", "html", "side", "csv" };
	for (i = 0; i < 8; i++) {
		OK(mwz_format_from_name(&f, names[i]) == MWZ_OK && f == i,
		   "format name %s", names[i]);
		OK_STR(mwz_format_name(i), names[i], "name of format %d", i);
	}
	OK(mwz_format_from_name(&f, "xml") == MWZ_EINVAL, "unknown format name");
	OK(mwz_format_from_name(&f, "TMX") == MWZ_EINVAL, "names are lower case");
	OK_STR(mwz_format_name(99), "", "name of an unknown format");
}

static void test_vecalign(void)
{
	char *out = render(MWZ_FORMAT_VECALIGN, 0, NULL);
	OK_STR(out, "[0]:[0]:0.900000\n[1, 2]:[1]:0.876500\n[]:[2]:0.000000\n"
	            "[3]:[]:0.250000\n",
	       "vecalign output as vecalign prints it");
	mwz_free(out);
	{
		/* Only the counts are needed. */
		mwz_write_options_t o = MWZ_WRITE_OPTIONS_INIT;
		mwz_bead_t b[2] = { { 0, 1, 0, 0, 1.0 }, { 1, 1, 0, 4, 0.5 } };
		o.format = MWZ_FORMAT_VECALIGN;
		o.nsrc = 2;
		o.ntgt = 4;
		OK(mwz_beads_render(&out, NULL, NULL, b, 2, &o, NULL) == MWZ_OK,
		   "vecalign needs no texts");
		OK_STR(out, "[0]:[]:1.000000\n[1]:[0, 1, 2, 3]:0.500000\n",
		       "vecalign 1-4 bead");
		mwz_free(out);
	}
}

static void test_tsv(void)
{
	char *out = render(MWZ_FORMAT_TSV, 0, NULL);
	OK_STR(out,
	       "First sentence.\t\xD8\xA7\xD9\x84\xD8\xA3\xD9\x88\xD9\x84\xD9\x89.\t0.900\n"
	       "Second one, with a break. Third\t\xD8\xA7\xD9\x84\xD8\xAB\xD8\xA7\xD9\x86\xD9\x8A\xD8\xA9.\t0.877\n"
	       "\tAdded by the translator.\t0.000\n"
	       "Fourth & <last> \"one\".\t\t0.250\n",
	       "tsv: a bead a line, joined, tabs and breaks made spaces, trimmed");
	mwz_free(out);
}

/* csv: what spreadsheets and Python's csv module read back, a quote opening a text too */
static void test_csv(void)
{
	char *out = render(MWZ_FORMAT_CSV, 0, NULL);
	OK_STR(out,
	       "\xEF\xBB\xBF\"en\",\"ar\",score\r\n"
	       "\"First sentence.\",\"\xD8\xA7\xD9\x84\xD8\xA3\xD9\x88\xD9\x84\xD9\x89.\",0.900\r\n"
	       "\"Second one, with a break. Third\",\"\xD8\xA7\xD9\x84\xD8\xAB\xD8\xA7\xD9\x86\xD9\x8A\xD8\xA9.\",0.877\r\n"
	       "\"\",\"Added by the translator.\",0.000\r\n"
	       "\"Fourth & <last> \"\"one\"\".\",\"\",0.250\r\n",
	       "csv: a byte-order mark, a header, texts quoted with quotes doubled, CR LF");
	mwz_free(out);
}

static void test_jsonl(void)
{
	char *out = render(MWZ_FORMAT_JSONL, 0, NULL);
	OK_STR(out,
	       "{\"src\":[0],\"tgt\":[0],\"src_text\":\"First sentence.\",\"tgt_text\":\""
	       "\xD8\xA7\xD9\x84\xD8\xA3\xD9\x88\xD9\x84\xD9\x89.\",\"score\":0.900}\n"
	       "{\"src\":[1,2],\"tgt\":[1],\"src_text\":\"Second\\tone,\\nwith a break.   Third  \","
	       "\"tgt_text\":\"\xD8\xA7\xD9\x84\xD8\xAB\xD8\xA7\xD9\x86\xD9\x8A\xD8\xA9.\",\"score\":0.877}\n"
	       "{\"src\":[],\"tgt\":[2],\"src_text\":\"\",\"tgt_text\":\"Added by the translator.\",\"score\":0.000}\n"
	       "{\"src\":[3],\"tgt\":[],\"src_text\":\"Fourth & <last> \\\"one\\\".\",\"tgt_text\":\"\",\"score\":0.250}\n",
	       "jsonl: indices, exact texts escaped, score");
	mwz_free(out);
	{
		static const char *s1[] = { "q\"b\\s/\x01\x1f\x7f\xE2\x80\xA8\r\b\f end" };
		static const char *t1[] = { "x" };
		size_t l1 = strlen(s1[0]), lt = 1;
		mwz_bead_t b = { 0, 1, 0, 1, 0.5 };
		mwz_write_options_t o = MWZ_WRITE_OPTIONS_INIT;
		o.format = MWZ_FORMAT_JSONL;
		o.src = s1;
		o.src_len = &l1;
		o.nsrc = 1;
		o.tgt = t1;
		o.tgt_len = &lt;
		o.ntgt = 1;
		OK(mwz_beads_render(&out, NULL, NULL, &b, 1, &o, NULL) == MWZ_OK,
		   "jsonl with controls");
		OK_STR(out,
		       "{\"src\":[0],\"tgt\":[0],\"src_text\":\"q\\\"b\\\\s/\\u0001\\u001f\x7f"
		       "\\u2028\\r\\b\\f end\",\"tgt_text\":\"x\",\"score\":0.500}\n",
		       "jsonl escapes quotes, backslashes, controls and U+2028");
		mwz_free(out);
	}
}

static void test_text(void)
{
	char *out = render(MWZ_FORMAT_TEXT, 0, NULL);
	OK_STR(out,
	       "1  1-1  0.900\n"
	       "   en 1  First sentence.\n"
	       "   ar 1  \xD8\xA7\xD9\x84\xD8\xA3\xD9\x88\xD9\x84\xD9\x89.\n"
	       "\n"
	       "2  2-1  0.877\n"
	       "   en 2  Second one, with a break.\n"
	       "   en 3  Third\n"
	       "   ar 2  \xD8\xA7\xD9\x84\xD8\xAB\xD8\xA7\xD9\x86\xD9\x8A\xD8\xA9.\n"
	       "\n"
	       "3  0-1  0.000  ** not in en **\n"
	       "   ar 3  Added by the translator.\n"
	       "\n"
	       "4  1-0  0.250  ** not in ar **\n"
	       "   en 4  Fourth & <last> \"one\".\n"
	       "\n"
	       "-- 4 beads (1 1-1, 1 2-1, 1 0-1, 1 1-0) from 4 en and 3 ar sentences\n"
	       "-- not translated: 1 en sentence (bead 4)\n"
	       "-- not in the original: 1 ar sentence (bead 3)\n",
	       "text: numbered beads, sentences numbered from 1, unpaired marked and listed");
	mwz_free(out);
}

/* The text view's summary: a run of unpaired beads as a range, others one by one. */
static void test_text_unpaired(void)
{
	static const mwz_bead_t runs[] = {
		{ 0, 1, 0, 0, 0.3 }, { 1, 1, 0, 0, 0.3 }, { 2, 1, 0, 1, 0.9 },
		{ 3, 1, 1, 0, 0.3 }, { 4, 0, 1, 1, 0.2 }, { 4, 0, 2, 1, 0.2 },
	};
	mwz_write_options_t o = opts_for(MWZ_FORMAT_TEXT);
	char *out = NULL;
	OK(mwz_beads_render(&out, NULL, NULL, runs, 6, &o, NULL) == MWZ_OK, "text: unpaired runs render");
	OK(out && strstr(out, "\n-- not translated: 3 en sentences (beads 1-2, 4)\n"
	                      "-- not in the original: 2 ar sentences (beads 5-6)\n"),
	   "text: unpaired beads listed, runs as ranges");
	mwz_free(out);
}

static void test_tmx(void)
{
	mwz_write_stats_t st;
	char *out = render(MWZ_FORMAT_TMX, 0, &st);
	const char *head =
	        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
	        "<tmx version=\"1.4\">\n"
	        "  <header creationtool=\"muwazi\" creationtoolversion=\"" MWZ_VERSION_STRING
	        "\" segtype=\"sentence\" o-tmf=\"muwazi\" adminlang=\"en\" srclang=\"en\""
	        " datatype=\"plaintext\"/>\n"
	        "  <body>\n";
	OK(out && strncmp(out, head, strlen(head)) == 0, "tmx header");
	OK(out && strstr(out, "<seg>Second one, with a break. Third</seg>"),
	   "tmx segments trimmed and joined");
	OK(out && !strstr(out, "Fourth"), "tmx leaves 1-0 out");
	OK(out && !strstr(out, "Added by"), "tmx leaves 0-1 out");
	OK(st.written == 2 && st.omitted == 2, "tmx stats: 2 written, 2 omitted (%zu, %zu)",
	   st.written, st.omitted);
	OK(out && strstr(out, "<tu tuid=\"2\">\n      <prop type=\"x-score\">0.877</prop>\n"
	                      "      <prop type=\"x-bead\">2-1</prop>\n"
	                      "      <tuv xml:lang=\"en\"><seg>"),
	   "tmx unit: tuid is the bead number, score and kind as props");
	OK(out && strlen(out) > 17 &&
	   strcmp(out + strlen(out) - 17, "  </body>\n</tmx>\n") == 0, "tmx closes");
	mwz_free(out);

	out = render(MWZ_FORMAT_TMX, MWZ_WRITE_KEEP_EMPTY, &st);
	OK(st.written == 4 && st.omitted == 0, "keep-empty: 4 units");
	OK(out && strstr(out, "<tu tuid=\"4\">\n      <note>not in ar</note>\n"),
	   "keep-empty: 1-0 as a note");
	OK(out && strstr(out, "<note>not in en</note>"), "keep-empty: 0-1 as a note");
	OK(out && strstr(out, "<seg>Fourth &amp; &lt;last&gt; &quot;one&quot;.</seg>"),
	   "tmx escapes & < > \"");
	OK(out && strstr(out, "<tuv xml:lang=\"ar\"><seg>Added by the translator.</seg></tuv>\n    </tu>"),
	   "keep-empty: only the side with text");
	mwz_free(out);

	{
		/* Controls XML forbids, no-break spaces, blank sides. */
		static const char *s2[] = { "\x01" "a\x0b" "b\xC2\xA0\xC2\xA0" "c\xEF\xBF\xBE \xC2\x85 ", "   ",
			                    "ok" };
		static const char *t2[] = { "x", "y", "  \n" };
		size_t l2[3], lt2[3];
		int i;
		mwz_bead_t b[3] = { { 0, 1, 0, 1, 0.5 }, { 1, 1, 1, 1, 0.5 }, { 2, 1, 2, 1, 0.5 } };
		mwz_write_options_t o = MWZ_WRITE_OPTIONS_INIT;
		for (i = 0; i < 3; i++) {
			l2[i] = strlen(s2[i]);
			lt2[i] = strlen(t2[i]);
		}
		o.format = MWZ_FORMAT_TMX;
		o.src = s2;
		o.src_len = l2;
		o.nsrc = 3;
		o.tgt = t2;
		o.tgt_len = lt2;
		o.ntgt = 3;
		o.src_lang = "a\"r";
		o.tool = "cms<plugin>";
		o.tool_version = "2 & 3";
		OK(mwz_beads_render(&out, NULL, &st, b, 3, &o, NULL) == MWZ_OK, "tmx with controls");
		OK(out && strstr(out, "<seg>\xEF\xBF\xBD" "a b\xC2\xA0\xC2\xA0" "c\xEF\xBF\xBD</seg>"),
		   "tmx: forbidden controls become U+FFFD, breaks collapse, no-break spaces stay");
		OK(st.written == 1 && st.omitted == 2, "tmx: a blank side is no text (%zu, %zu)",
		   st.written, st.omitted);
		OK(out && strstr(out, "creationtool=\"cms&lt;plugin&gt;\" creationtoolversion=\"2 &amp; 3\""),
		   "tmx: tool attributes escaped");
		OK(out && strstr(out, "srclang=\"a&quot;r\"") && strstr(out, "xml:lang=\"a&quot;r\""),
		   "tmx: language attributes escaped");
		OK(out && strstr(out, "xml:lang=\"und\""), "tmx: no language is und");
		mwz_free(out);
	}
}

static void test_checks(void)
{
	mwz_write_options_t o = opts_for(MWZ_FORMAT_TSV);
	mwz_error_t err;
	char *out = (char *)1;
	mwz_bead_t b[2];
	static const char *bad[] = { "ok", "bad \xC3( here" };
	size_t bl[2];

	b[0].src_start = 0, b[0].src_len = 2, b[0].tgt_start = 0, b[0].tgt_len = 1, b[0].score = 1;
	b[1].src_start = 1, b[1].src_len = 1, b[1].tgt_start = 1, b[1].tgt_len = 1, b[1].score = 1;
	OK(mwz_beads_render(&out, NULL, NULL, b, 2, &o, &err) == MWZ_EINVAL && out == NULL,
	   "overlapping beads rejected, *out NULL");
	OK(err.offset == 1, "error names the bead");
	b[1].src_start = 2, b[1].src_len = 3;
	OK(mwz_beads_render(&out, NULL, NULL, b, 2, &o, &err) == MWZ_EINVAL,
	   "bead beyond the sentences rejected");
	b[1].src_len = 0, b[1].tgt_len = 0;
	OK(mwz_beads_render(&out, NULL, NULL, b, 2, &o, &err) == MWZ_EINVAL,
	   "0-0 bead rejected");
	b[1].src_start = (size_t)-1, b[1].src_len = 2, b[1].tgt_len = 1;
	OK(mwz_beads_render(&out, NULL, NULL, b, 2, &o, &err) == MWZ_EINVAL,
	   "huge index rejected (no overflow)");
	b[1].src_start = 2, b[1].src_len = 1, b[1].tgt_start = 0;
	OK(mwz_beads_render(&out, NULL, NULL, b, 2, &o, &err) == MWZ_EINVAL,
	   "beads out of order rejected");

	b[1].tgt_start = 1;
	OK(mwz_beads_render(&out, NULL, NULL, b, 2, &o, &err) == MWZ_OK,
	   "a part of the sentences may be written");
	mwz_free(out);

	o.src = NULL;
	OK(mwz_beads_render(&out, NULL, NULL, b, 2, &o, &err) == MWZ_EINVAL,
	   "texts needed for tsv");
	o = opts_for(MWZ_FORMAT_JSONL);
	o.version = 99;
	OK(mwz_beads_render(&out, NULL, NULL, b, 2, &o, &err) == MWZ_EINVAL,
	   "unknown options version rejected");
	o = opts_for(77);
	OK(mwz_beads_render(&out, NULL, NULL, b, 2, &o, &err) == MWZ_EINVAL,
	   "unknown format rejected");
	o = opts_for(MWZ_FORMAT_TMX);
	o.flags = 1u << 9;
	OK(mwz_beads_render(&out, NULL, NULL, b, 2, &o, &err) == MWZ_EINVAL,
	   "unknown flag rejected");
	OK(mwz_beads_render(&out, NULL, NULL, b, 2, NULL, &err) == MWZ_EINVAL,
	   "NULL options rejected");

	o = opts_for(MWZ_FORMAT_TMX);
	bl[0] = 2;
	bl[1] = strlen(bad[1]);
	o.src = bad;
	o.src_len = bl;
	o.nsrc = 2;
	b[0].src_start = 0, b[0].src_len = 1, b[0].tgt_start = 0, b[0].tgt_len = 1;
	b[1].src_start = 1, b[1].src_len = 1, b[1].tgt_start = 1, b[1].tgt_len = 1;
	OK(mwz_beads_render(&out, NULL, NULL, b, 2, &o, &err) == MWZ_EUTF8 && err.offset == 4,
	   "invalid UTF-8 in a sentence: MWZ_EUTF8 at its byte (%zu)", err.offset);
	OK(mwz_beads_render(&out, NULL, NULL, b, 1, &o, &err) == MWZ_OK,
	   "a sentence no bead shows is not checked");
	mwz_free(out);

	OK(mwz_beads_write(NULL, NULL, NULL, b, 1, &o, &err) == MWZ_EINVAL,
	   "no callback rejected");
	o = opts_for(MWZ_FORMAT_TEXT);
	OK(mwz_beads_render(&out, NULL, NULL, NULL, 0, &o, &err) == MWZ_OK,
	   "no beads at all");
	OK_STR(out, "-- 0 beads from 4 en and 3 ar sentences\n", "text with no beads");
	mwz_free(out);
}

static void test_callback(void)
{
	/* Enough text to pass the 8 KiB buffer several times. */
	enum { N = 2000 };
	static const char *s[N];
	static size_t sl[N];
	static mwz_bead_t b[N];
	static const char line[] = "A sentence with \"quotes\" & <brackets> in it.";
	struct sink sk = { NULL, 0, 0, -1 };
	mwz_write_options_t o = MWZ_WRITE_OPTIONS_INIT;
	mwz_write_stats_t st;
	char *out = NULL;
	size_t len = 0, i;
	int f, rc;
	for (i = 0; i < N; i++) {
		s[i] = line;
		sl[i] = sizeof line - 1;
		b[i].src_start = b[i].tgt_start = i;
		b[i].src_len = b[i].tgt_len = 1;
		b[i].score = (double)i / N;
	}
	o.src = o.tgt = s;
	o.src_len = o.tgt_len = sl;
	o.nsrc = o.ntgt = N;
	for (f = 0; f < 8; f++) {
		if (f == MWZ_FORMAT_HTML || f == MWZ_FORMAT_SIDE)
			continue;
		o.format = f;
		sk.len = 0;
		sk.calls = 0;
		rc = mwz_beads_write(&st, sink_write, &sk, b, N, &o, NULL);
		mwz_beads_render(&out, &len, NULL, b, N, &o, NULL);
		OK(rc == MWZ_OK && sk.calls > 1 && out && sk.len == len &&
		   memcmp(sk.data, out, len) == 0 && st.bytes == len,
		   "%s: callback pieces (%d calls) equal the rendered buffer",
		   mwz_format_name(f), sk.calls);
		mwz_free(out);
	}
	sk.len = 0;
	sk.calls = 0;
	sk.fail_after = 1;
	o.format = MWZ_FORMAT_TMX;
	OK(mwz_beads_write(NULL, sink_write, &sk, b, N, &o, NULL) == MWZ_EIO,
	   "a failing callback stops the writer with MWZ_EIO");
	OK(sk.calls == 1, "no call after the failure");
	free(sk.data);
}

static void test_scores(void)
{
	mwz_bead_t b[4] = { { 0, 1, 0, 1, 1.5 }, { 1, 1, 1, 1, -0.2 }, { 2, 1, 2, 1, 0.9995 },
		            { 3, 1, 3, 1, 0.0 } };
	mwz_write_options_t o = MWZ_WRITE_OPTIONS_INIT;
	char *out;
	const char *loc;
	b[3].score = b[3].score / b[3].score; /* NaN */
	o.format = MWZ_FORMAT_VECALIGN;
	o.nsrc = o.ntgt = 4;
	mwz_beads_render(&out, NULL, NULL, b, 4, &o, NULL);
	OK_STR(out, "[0]:[0]:1.000000\n[1]:[1]:0.000000\n[2]:[2]:0.999500\n[3]:[3]:0.000000\n",
	       "scores clamped to [0, 1], NaN as 0");
	mwz_free(out);
	loc = setlocale(LC_NUMERIC, "de_DE.UTF-8");
	if (!loc)
		loc = setlocale(LC_NUMERIC, "fr_FR.UTF-8");
	if (!loc) {
		SKIP("no locale with a decimal comma installed");
	} else {
		mwz_beads_render(&out, NULL, NULL, b, 4, &o, NULL);
		OK(out && strstr(out, "0.999500"), "decimal point whatever the locale (%s)", loc);
		mwz_free(out);
		setlocale(LC_NUMERIC, "C");
	}
}

/* Every bead kind the aligner makes, through every format. */
static void test_kinds(void)
{
	static const size_t kinds[][2] = { { 1, 1 }, { 1, 0 }, { 0, 1 }, { 1, 2 }, { 2, 1 },
		                           { 2, 2 }, { 1, 3 }, { 3, 1 }, { 1, 4 }, { 4, 1 } };
	enum { NK = sizeof kinds / sizeof kinds[0] };
	static const char *s[32];
	static size_t sl[32];
	mwz_bead_t b[NK];
	size_t i, ns = 0, nt = 0;
	int f;
	mwz_write_options_t o = MWZ_WRITE_OPTIONS_INIT;
	for (i = 0; i < 32; i++) {
		s[i] = "Words.";
		sl[i] = 6;
	}
	for (i = 0; i < NK; i++) {
		b[i].src_start = ns;
		b[i].src_len = kinds[i][0];
		b[i].tgt_start = nt;
		b[i].tgt_len = kinds[i][1];
		b[i].score = 0.5;
		ns += kinds[i][0];
		nt += kinds[i][1];
	}
	o.src = o.tgt = s;
	o.src_len = o.tgt_len = sl;
	o.nsrc = ns;
	o.ntgt = nt;
	o.flags = MWZ_WRITE_KEEP_EMPTY;
	for (f = 0; f < 5; f++) {
		char *out = NULL;
		size_t lines = 0;
		const char *p;
		mwz_write_stats_t st;
		o.format = f;
		OK(mwz_beads_render(&out, NULL, &st, b, NK, &o, NULL) == MWZ_OK,
		   "%s: every bead kind", mwz_format_name(f));
		for (p = out; p && *p; p++)
			lines += *p == '\n';
		if (f == MWZ_FORMAT_TSV || f == MWZ_FORMAT_JSONL || f == MWZ_FORMAT_VECALIGN)
			OK(lines == NK, "%s: a line a bead (%zu)", mwz_format_name(f), lines);
		if (f == MWZ_FORMAT_TMX)
			OK(st.written == NK && out && strstr(out, "<prop type=\"x-bead\">4-1</prop>"),
			   "tmx --keep-empty: a unit a bead");
		if (f == MWZ_FORMAT_VECALIGN)
			OK(out && strstr(out, "\n[12, 13, 14, 15]:[15]:0.500000\n") &&
			   strstr(out, "\n[7]:[7, 8, 9]:0.500000\n") && strstr(out, "\n[]:[1]:"),
			   "vecalign: 4-1, 1-3 and 0-1 beads");
		if (f == MWZ_FORMAT_TEXT)
			OK(out && strstr(out, "(3 1-1") == NULL && strstr(out, "(1 1-1, 1 1-0, 1 0-1, 1 1-2"),
			   "text summary counts every kind");
		mwz_free(out);
	}
}

int main(void)
{
	size_t i;
	for (i = 0; i < 4; i++)
		src_len[i] = strlen(src[i]);
	for (i = 0; i < 3; i++)
		tgt_len[i] = strlen(tgt[i]);
	test_names();
	test_vecalign();
	test_tsv();
	test_csv();
	test_jsonl();
	test_text();
	test_text_unpaired();
	test_tmx();
	test_checks();
	test_callback();
	test_scores();
	test_kinds();
	{
		/* option strings are shown as they are: invalid UTF-8 or a control character
		 * in one is refused, by every format, with the option named */
		static const char *const badl[] = { "a\xffr", "a\x01r", "a\xc2\x85r" };
		size_t f, k2, refused = 0, tries = 0;
		for (f = 0; f < 7; f++)
			for (k2 = 0; k2 < 3; k2++) {
				mwz_write_options_t o = opts_for((int)f);
				mwz_error_t e;
				char *out = NULL;
				size_t len = 0;
				memset(&e, 0, sizeof e);
				o.src_lang = badl[k2];
				tries++;
				refused += mwz_beads_render(&out, &len, NULL, beads, NBEADS, &o, &e) ==
				                   MWZ_EINVAL && strstr(e.message, "src_lang") != NULL;
				mwz_free(out);
			}
		OK(refused == tries, "a bad src_lang refused by every format, named: %zu of %zu",
		   refused, tries);
		{
			mwz_write_options_t o = opts_for(MWZ_FORMAT_SIDE);
			mwz_error_t e;
			char *out = NULL;
			size_t len = 0;
			o.marks_label = "Names\x1b[31m";
			OK(mwz_beads_render(&out, &len, NULL, beads, NBEADS, &o, &e) == MWZ_EINVAL &&
			   strstr(e.message, "marks_label"), "a control character in marks_label refused");
			mwz_free(out);
		}
	}
	TAP_DONE();
}
