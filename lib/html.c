/*
 * html.c - the HTML view of an alignment for reporters and editors: one
 * self-contained HTML5 page (UTF-8, inline CSS, no script, nothing
 * fetched), a summary, then source and target side by side, a bead a row,
 * with unpaired sentences labelled and low-confidence beads marked.
 */
#include "formats.h"

#include <string.h>

/* Short text for an attribute or a heading: trimmed, escaped. */
static void put_esc(mwz__out *o, const char *s)
{
	size_t n = strlen(s);
	const char *one[1];
	one[0] = s;
	mwz__out_joined(o, one, &n, 0, 1, MWZ__CLEAN_XML);
}

/* The lang and dir attributes of a side's cells. A language of unknown
 * direction gets no dir here: each sentence then gets dir="auto". */
static void put_lang_dir(mwz__out *o, const char *lang, int rtl)
{
	if (lang && *lang) {
		mwz__out_str(o, " lang=\"");
		put_esc(o, lang);
		mwz__out_char(o, '"');
	}
	if (rtl == 1)
		mwz__out_str(o, " dir=\"rtl\"");
	else if (rtl == 0)
		mwz__out_str(o, " dir=\"ltr\"");
}

static const char style[] =
	"body{font:15px/1.5 system-ui,-apple-system,\"Segoe UI\",\"Noto Sans\","
	"\"DejaVu Sans\",sans-serif;color:#1b1b1b;background:#fff;"
	"max-width:1400px;margin:1.2em auto;padding:0 1em}\n"
	"h1{font-size:1.25em;margin:0 0 .5em}\n"
	"table{border-collapse:collapse;width:100%}\n"
	".summary{width:auto;margin:0 0 1.2em}\n"
	".summary th{text-align:left;font-weight:600;padding:.1em 1.2em .1em 0;"
	"vertical-align:top;white-space:nowrap}\n"
	".summary td{padding:.1em 0}\n"
	".summary a{color:#0b57d0}\n"
	".beads{table-layout:fixed}\n"
	".beads col.meta{width:5.2em}\n"
	".beads thead th{position:sticky;top:0;background:#f2f2f2;"
	"text-align:left;padding:.4em .6em;border-bottom:2px solid #bbb}\n"
	".beads td{vertical-align:top;padding:.45em .6em;"
	"border-bottom:1px solid #e3e3e3;overflow-wrap:anywhere}\n"
	".beads td p{margin:0 0 .25em}\n"
	".beads td p:last-child{margin-bottom:0}\n"
	":lang(ar) p,:lang(fa) p,:lang(ur) p{font-size:1.12em;line-height:1.75}\n"
	"td.meta{font-size:.78em;color:#6b6b6b;text-align:right;"
	"white-space:nowrap}\n"
	"td.meta .kind,td.meta .score{display:block}\n"
	".sn{font-size:.72em;color:#9a9a9a;margin-inline-end:.6em}\n"
	".empty{color:#9a9a9a;font-style:italic}\n"
	"tr.gap td{background:#fff4e0}\n"
	".flag{display:inline-block;font-size:.85em;font-weight:600;"
	"color:#7a4100;background:#ffe1ad;border:1px solid #e0a94f;"
	"border-radius:3px;padding:0 .5em}\n"
	"tr.low td.meta{box-shadow:inset 3px 0 #c62828}\n"
	"tr.low .score,.lowflag{color:#b71c1c;font-weight:600}\n"
	".lowflag{display:block}\n"
	"@media print{.beads thead th{position:static}}\n";

/* "ar" or the fallback word for a side with no language. */
static void put_side_name(mwz__out *o, const char *lang, const char *dflt)
{
	if (lang && *lang)
		put_esc(o, lang);
	else
		mwz__out_str(o, dflt);
}

/* Links to the beads holding one side's unpaired sentences (or "none"). */
static void put_unpaired(mwz__out *o, const mwz_bead_t *beads, size_t nbeads,
                         int source, size_t count, const char *lang,
                         const char *dflt)
{
	size_t k, shown = 0;
	if (count == 0) {
		mwz__out_str(o, "none");
		return;
	}
	mwz__out_size(o, count);
	mwz__out_char(o, ' ');
	put_side_name(o, lang, dflt);
	mwz__out_str(o, count == 1 ? " sentence: " : " sentences: ");
	for (k = 0; k < nbeads; k++) {
		const mwz_bead_t *b = &beads[k];
		size_t i, start = source ? b->src_start : b->tgt_start;
		size_t len = source ? b->src_len : b->tgt_len;
		if (!len || (source ? b->tgt_len : b->src_len))
			continue;
		for (i = start; i < start + len; i++) {
			if (shown++)
				mwz__out_str(o, ", ");
			mwz__out_str(o, "<a href=\"#b");
			mwz__out_size(o, k + 1);
			mwz__out_str(o, "\">");
			mwz__out_size(o, i + 1);
			mwz__out_str(o, "</a>");
		}
	}
}

/* The page's title: the caller's, or "Alignment: <source> and <target>". */
static void put_title(mwz__out *o, const mwz_write_options_t *opts,
                      const char *sl, const char *tl)
{
	if (opts->title && *opts->title) {
		put_esc(o, opts->title);
	} else {
		mwz__out_str(o, "Alignment: ");
		put_side_name(o, sl, "source");
		mwz__out_str(o, " and ");
		put_side_name(o, tl, "target");
	}
}

/* Some sentence of bead b has a mark. */
static int bead_marked(const mwz_write_options_t *opts, const mwz_bead_t *b)
{
	size_t i, n;
	for (i = b->src_start; i < b->src_start + b->src_len; i++)
		if (mwz__marks_of(opts, 0, i, &n), n)
			return 1;
	for (i = b->tgt_start; i < b->tgt_start + b->tgt_len; i++)
		if (mwz__marks_of(opts, 1, i, &n), n)
			return 1;
	return 0;
}

/* " (beads 2, 5)": links to the low beads, or (marked) to those with a mark. */
static void put_bead_links(mwz__out *o, const mwz_bead_t *beads, size_t nbeads,
                           const mwz_write_options_t *opts, int marked)
{
	size_t k, shown = 0;
	for (k = 0; k < nbeads; k++) {
		if (marked ? !bead_marked(opts, &beads[k])
		           : !mwz__bead_low(&beads[k], opts->low_score))
			continue;
		mwz__out_str(o, shown++ ? ", " : " (beads ");
		mwz__out_str(o, "<a href=\"#b");
		mwz__out_size(o, k + 1);
		mwz__out_str(o, "\">");
		mwz__out_size(o, k + 1);
		mwz__out_str(o, "</a>");
	}
	if (shown)
		mwz__out_char(o, ')');
}

static void put_summary(mwz__out *o, const mwz_bead_t *beads, size_t nbeads,
                        const mwz_write_options_t *opts)
{
	mwz__summary sm;
	mwz__summarize(&sm, beads, nbeads, opts->low_score);
	mwz__out_str(o, "<table class=\"summary\">\n<tr><th scope=\"row\">Sentences</th><td>");
	mwz__out_size(o, opts->nsrc);
	mwz__out_char(o, ' ');
	put_side_name(o, opts->src_lang, "source");
	mwz__out_str(o, opts->src_lang && *opts->src_lang ? " (source), " : ", ");
	mwz__out_size(o, opts->ntgt);
	mwz__out_char(o, ' ');
	put_side_name(o, opts->tgt_lang, "target");
	if (opts->tgt_lang && *opts->tgt_lang)
		mwz__out_str(o, " (target)");
	mwz__out_str(o, "</td></tr>\n<tr><th scope=\"row\">Beads</th><td>");
	mwz__out_size(o, nbeads);
	mwz__out_kinds(o, &sm, ": ");
	mwz__out_str(o, "</td></tr>\n<tr><th scope=\"row\">Not translated</th><td>");
	put_unpaired(o, beads, nbeads, 1, sm.src_unpaired, opts->src_lang, "source");
	mwz__out_str(o, "</td></tr>\n<tr><th scope=\"row\">Not in the original</th><td>");
	put_unpaired(o, beads, nbeads, 0, sm.tgt_unpaired, opts->tgt_lang, "target");
	mwz__out_str(o, "</td></tr>\n<tr><th scope=\"row\">Mean confidence</th><td>");
	if (sm.paired) {
		mwz__out_score(o, sm.mean, 2);
		mwz__out_str(o, " over ");
		mwz__out_size(o, sm.paired);
		mwz__out_str(o, sm.paired == 1 ? " paired bead" : " paired beads");
	} else {
		mwz__out_str(o, "no paired bead");
	}
	if (opts->low_score > 0.0 && sm.paired) {
		mwz__out_str(o, "; ");
		mwz__out_size(o, sm.low);
		mwz__out_str(o, " under ");
		mwz__out_score(o, opts->low_score, 2);
		if (sm.low)
			put_bead_links(o, beads, nbeads, opts, 0);
	}
	mwz__out_str(o, "</td></tr>\n");
	if (opts->nmarks) {
		mwz__out_str(o, "<tr><th scope=\"row\">");
		put_esc(o, opts->marks_label && *opts->marks_label ? opts->marks_label : "Marked");
		mwz__out_str(o, "</th><td>");
		mwz__out_size(o, opts->nmarks);
		put_bead_links(o, beads, nbeads, opts, 1);
		mwz__out_str(o, "</td></tr>\n");
	}
	mwz__out_str(o, "</table>\n");
}

/* The sentences of one side of a bead, a paragraph each. */
static void put_cell(mwz__out *o, const mwz_write_options_t *opts, int side,
                     const char *lang, int rtl, const char *const *s, const size_t *len,
                     size_t start, size_t count, const char *missing)
{
	size_t i;
	if (count == 0) {
		/* The label is English, as the page is: no lang of the side. */
		mwz__out_str(o, "<td class=\"missing\"><span class=\"flag\">");
		mwz__out_str(o, missing);
		mwz__out_str(o, "</span></td>");
		return;
	}
	mwz__out_str(o, "<td");
	put_lang_dir(o, lang, rtl);
	mwz__out_char(o, '>');
	for (i = start; i < start + count; i++) {
		mwz__out_str(o, rtl < 0 ? "<p dir=\"auto\">" : "<p>");
		mwz__out_str(o, "<span class=\"sn\">");
		mwz__out_size(o, i + 1);
		mwz__out_str(o, "</span>");
		if (mwz__joined_blank(s, len, i, 1))
			mwz__out_str(o, "<span class=\"empty\" lang=\"en\" dir=\"ltr\">(empty)</span>");
		else {
			size_t nm;
			const mwz_mark_t *mk = mwz__marks_of(opts, side, i, &nm);
			mwz__out_marked(o, s, len, i, 1, MWZ__CLEAN_XML, mk, nm);
		}
		mwz__out_str(o, "</p>");
	}
	mwz__out_str(o, "</td>");
}

void mwz__write_html(mwz__out *o, const mwz_bead_t *beads, size_t nbeads,
                     const mwz_write_options_t *opts)
{
	const char *sl = opts->src_lang, *tl = opts->tgt_lang;
	int srtl = mwz__lang_rtl(sl), trtl = mwz__lang_rtl(tl);
	size_t k;

	mwz__out_str(o, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n"
	                "<meta charset=\"utf-8\">\n"
	                "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
	                "<meta name=\"generator\" content=\"");
	put_esc(o, opts->tool && *opts->tool ? opts->tool : "muwazi");
	mwz__out_char(o, ' ');
	put_esc(o, opts->tool_version && *opts->tool_version ? opts->tool_version
	                                                    : mwz_version_string());
	mwz__out_str(o, "\">\n<title>");
	put_title(o, opts, sl, tl);
	mwz__out_str(o, "</title>\n<style>\n");
	mwz__out_str(o, style);
	if (opts->nmarks)
		mwz__out_str(o, ".mark{background:#ffe082;border-bottom:2px solid #e0a000}\n");
	mwz__out_str(o, "</style>\n</head>\n<body>\n<h1>");
	put_title(o, opts, sl, tl);
	mwz__out_str(o, "</h1>\n");
	put_summary(o, beads, nbeads, opts);

	mwz__out_str(o, "<table class=\"beads\">\n<colgroup><col class=\"meta\">"
	                "<col><col></colgroup>\n<thead><tr><th scope=\"col\">Bead</th>"
	                "<th scope=\"col\">Source");
	if (sl && *sl) {
		mwz__out_str(o, " (");
		put_esc(o, sl);
		mwz__out_char(o, ')');
	}
	mwz__out_str(o, "</th><th scope=\"col\">Target");
	if (tl && *tl) {
		mwz__out_str(o, " (");
		put_esc(o, tl);
		mwz__out_char(o, ')');
	}
	mwz__out_str(o, "</th></tr></thead>\n<tbody>\n");
	for (k = 0; k < nbeads; k++) {
		const mwz_bead_t *b = &beads[k];
		int gap = !b->src_len || !b->tgt_len;
		int low = mwz__bead_low(b, opts->low_score);
		mwz__out_str(o, "<tr id=\"b");
		mwz__out_size(o, k + 1);
		mwz__out_str(o, gap ? "\" class=\"gap\">" : low ? "\" class=\"low\">" : "\">");
		mwz__out_str(o, "<td class=\"meta\">");
		mwz__out_size(o, k + 1);
		mwz__out_str(o, "<span class=\"kind\">");
		mwz__out_size(o, b->src_len);
		mwz__out_char(o, '-');
		mwz__out_size(o, b->tgt_len);
		mwz__out_str(o, "</span><span class=\"score\" title=\"confidence\">");
		/* Three decimals, as the side view: 0.697 is under 0.70, and
		 * should not read "0.70 low". */
		mwz__out_score(o, b->score, 3);
		mwz__out_str(o, "</span>");
		if (low)
			mwz__out_str(o, "<span class=\"lowflag\">low</span>");
		mwz__out_str(o, "</td>");
		put_cell(o, opts, 0, sl, srtl, opts->src, opts->src_len, b->src_start,
		         b->src_len, "not in the original");
		put_cell(o, opts, 1, tl, trtl, opts->tgt, opts->tgt_len, b->tgt_start,
		         b->tgt_len, "not translated");
		mwz__out_str(o, "</tr>\n");
	}
	mwz__out_str(o, "</tbody>\n</table>\n</body>\n</html>\n");
}
