/*
 * tmx.c - the TMX 1.4b writer: a translation unit a bead, valid against
 * the TMX 1.4 DTD, UTF-8, segments trimmed and escaped for XML 1.0.
 */
#include "formats.h"

#include <string.h>

/* An attribute value or short text: escaped, controls replaced. */
static void put_xml(mwz__out *o, const char *s)
{
	size_t n = strlen(s);
	const char *one[1];
	one[0] = s;
	mwz__out_joined(o, one, &n, 0, 1, MWZ__CLEAN_XML);
}

static void put_attr(mwz__out *o, const char *name, const char *value)
{
	mwz__out_char(o, ' ');
	mwz__out_str(o, name);
	mwz__out_str(o, "=\"");
	put_xml(o, value);
	mwz__out_char(o, '"');
}

static void put_tuv(mwz__out *o, const char *lang, const char *const *s,
                    const size_t *len, size_t start, size_t count)
{
	mwz__out_str(o, "      <tuv xml:lang=\"");
	put_xml(o, lang);
	mwz__out_str(o, "\"><seg>");
	mwz__out_joined(o, s, len, start, count, MWZ__CLEAN_XML);
	mwz__out_str(o, "</seg></tuv>\n");
}

void mwz__write_tmx(mwz__out *o, mwz_write_stats_t *st,
                    const mwz_bead_t *beads, size_t nbeads,
                    const mwz_write_options_t *opts)
{
	const char *sl = opts->src_lang && *opts->src_lang ? opts->src_lang : "und";
	const char *tl = opts->tgt_lang && *opts->tgt_lang ? opts->tgt_lang : "und";
	const char *tool = opts->tool && *opts->tool ? opts->tool : "muwazi";
	const char *tver = opts->tool_version && *opts->tool_version
	                           ? opts->tool_version
	                           : mwz_version_string();
	int keep = (opts->flags & MWZ_WRITE_KEEP_EMPTY) != 0;
	size_t k;

	/* No DOCTYPE: a reader would look for tmx14.dtd beside the file and
	 * some fail when it is not there; validate with the DTD given. */
	mwz__out_str(o, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
	                "<tmx version=\"1.4\">\n"
	                "  <header");
	put_attr(o, "creationtool", tool);
	put_attr(o, "creationtoolversion", tver);
	put_attr(o, "segtype", "sentence");
	put_attr(o, "o-tmf", tool);
	put_attr(o, "adminlang", "en");
	/* The source of the memory is the side the caller calls the source. */
	put_attr(o, "srclang", sl);
	put_attr(o, "datatype", "plaintext");
	mwz__out_str(o, "/>\n  <body>\n");

	st->written = st->omitted = 0;
	for (k = 0; k < nbeads; k++) {
		const mwz_bead_t *b = &beads[k];
		/* A side with no sentence, or only blank ones, has no text: a
		 * unit pairing text with nothing would teach a memory that the
		 * translation of a sentence is empty. */
		int has_src = b->src_len &&
		              !mwz__joined_blank(opts->src, opts->src_len,
		                                 b->src_start, b->src_len);
		int has_tgt = b->tgt_len &&
		              !mwz__joined_blank(opts->tgt, opts->tgt_len,
		                                 b->tgt_start, b->tgt_len);
		if (!(has_src && has_tgt) && !(keep && (has_src || has_tgt))) {
			st->omitted++;
			continue;
		}
		st->written++;
		mwz__out_str(o, "    <tu tuid=\"");
		mwz__out_size(o, k + 1);
		mwz__out_str(o, "\">\n");
		if (!(has_src && has_tgt)) {
			const char *missing = has_src ? opts->tgt_lang : opts->src_lang;
			mwz__out_str(o, "      <note>not in ");
			if (missing && *missing)
				put_xml(o, missing);
			else
				mwz__out_str(o, has_src ? "the target" : "the source");
			mwz__out_str(o, "</note>\n");
		}
		mwz__out_str(o, "      <prop type=\"x-score\">");
		mwz__out_score(o, b->score, 3);
		mwz__out_str(o, "</prop>\n      <prop type=\"x-bead\">");
		mwz__out_size(o, b->src_len);
		mwz__out_char(o, '-');
		mwz__out_size(o, b->tgt_len);
		mwz__out_str(o, "</prop>\n");
		if (has_src)
			put_tuv(o, sl, opts->src, opts->src_len, b->src_start,
			        b->src_len);
		if (has_tgt)
			put_tuv(o, tl, opts->tgt, opts->tgt_len, b->tgt_start,
			        b->tgt_len);
		mwz__out_str(o, "    </tu>\n");
	}
	mwz__out_str(o, "  </body>\n</tmx>\n");
}
