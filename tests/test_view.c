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
	o = opts_for(MWZ_FORMAT_HTML);
	o.low_score = 1.5;
	OK(mwz_beads_render(&out, NULL, NULL, beads, NBEADS, &o, &err) == MWZ_EINVAL, "low_score over 1 refused");
	o = opts_for(MWZ_FORMAT_SIDE);
	o.flags = 1u << 9;
	OK(mwz_beads_render(&out, NULL, NULL, beads, NBEADS, &o, &err) == MWZ_EINVAL, "unknown flag refused");
}

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
	memset(v1, 0, sizeof *v1);
	v1->version = 1;
	v1->format = MWZ_FORMAT_SIDE;
	v1->src_lang = "ar";
	v1->tgt_lang = "en";
	v1->src = src;
	v1->src_len = src_len;
	v1->nsrc = 3;
	v1->tgt = tgt;
	v1->tgt_len = tgt_len;
	v1->ntgt = 3;
	/* Allocated at its own size: ASan catches a read past it. */
	OK(mwz_beads_render(&out, NULL, NULL, beads, NBEADS, (const mwz_write_options_t *)(void *)v1, NULL) == MWZ_OK &&
	   out && widest(out) == 120 && strstr(out, "0.300 low"),
	   "version 1 options: side with the defaults (width 120, low 0.5)");
	mwz_free(out);
	free(v1);
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
	TAP_DONE();
}
