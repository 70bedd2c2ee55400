/*
 * test_abi.c - the layout of the public structs and the values of the public
 * constants, as libmuwazi.so.0 promises them: a program built against an
 * older muwazi.h keeps working with a newer library only while these hold.
 * Offsets and sizes are those of LP64 (x86_64, aarch64 Linux); elsewhere the
 * layout part is skipped. A deliberate ABI break changes the SONAME, and these
 * numbers with it. The exported functions are checked by tests/cli_install.sh
 * against lib/libmuwazi.symbols.
 */
#include "muwazi.h"
#include "tap.h"

#include <stddef.h>

struct field {
	const char *name;
	size_t have, want;
};

/* One line per struct: its size, then every field at its promised offset. */
static void check(const char *type, size_t have, size_t want, const struct field *f, size_t n)
{
	size_t i, bad = 0;
	char why[512] = "";
	size_t w = 0;
	if (have != want) {
		bad++;
		w += (size_t)snprintf(why + w, sizeof why - w, " size %zu, promised %zu;", have, want);
	}
	for (i = 0; i < n; i++)
		if (f[i].have != f[i].want) {
			bad++;
			if (w < sizeof why)
				w += (size_t)snprintf(why + w, sizeof why - w, " %s at %zu, promised %zu;",
				                      f[i].name, f[i].have, f[i].want);
		}
	OK(bad == 0, "%s: size %zu and %zu fields as promised%s", type, have, n, why);
}

#define F(T, m, off) { #m, offsetof(T, m), off }
#define CHECK(T, size, ...) \
	do { \
		static const struct field f_[] = { __VA_ARGS__ }; \
		check(#T, sizeof(T), size, f_, sizeof f_ / sizeof f_[0]); \
	} while (0)

int main(void)
{
	if (sizeof(void *) != 8 || sizeof(size_t) != 8 || sizeof(long) != 8 || sizeof(int) != 4 ||
	    offsetof(struct { char c; double d; }, d) != 8) {
		SKIP("struct layouts: promised for LP64 only");
	} else {
		CHECK(mwz_error_t, 280,
		      F(mwz_error_t, code, 0),
		      F(mwz_error_t, line, 8),
		      F(mwz_error_t, offset, 16),
		      F(mwz_error_t, message, 24));
		CHECK(mwz_gazetteer_hit_t, 24,
		      F(mwz_gazetteer_hit_t, entry, 0),
		      F(mwz_gazetteer_hit_t, score, 8),
		      F(mwz_gazetteer_hit_t, form, 16),
		      F(mwz_gazetteer_hit_t, exact, 20));
		CHECK(mwz_name_info_t, 32,
		      F(mwz_name_info_t, arabic, 0),
		      F(mwz_name_info_t, latin, 8),
		      F(mwz_name_info_t, variants, 16),
		      F(mwz_name_info_t, type, 24));
		CHECK(mwz_sentence_t, 24,
		      F(mwz_sentence_t, start, 0),
		      F(mwz_sentence_t, len, 8),
		      F(mwz_sentence_t, flags, 16));
		CHECK(mwz_bead_t, 40,
		      F(mwz_bead_t, src_start, 0),
		      F(mwz_bead_t, src_len, 8),
		      F(mwz_bead_t, tgt_start, 16),
		      F(mwz_bead_t, tgt_len, 24),
		      F(mwz_bead_t, score, 32));
		CHECK(mwz_align_options_t, 48,
		      F(mwz_align_options_t, version, 0),
		      F(mwz_align_options_t, lexicon, 8),
		      F(mwz_align_options_t, src_lang, 16),
		      F(mwz_align_options_t, tgt_lang, 20),
		      F(mwz_align_options_t, src_para, 24),
		      F(mwz_align_options_t, tgt_para, 32),
		      F(mwz_align_options_t, flags, 40));
		CHECK(mwz_mark_t, 40,
		      F(mwz_mark_t, side, 0),
		      F(mwz_mark_t, sent, 8),
		      F(mwz_mark_t, start, 16),
		      F(mwz_mark_t, len, 24),
		      F(mwz_mark_t, note, 32));
		CHECK(mwz_write_options_t, 144,
		      F(mwz_write_options_t, version, 0),
		      F(mwz_write_options_t, format, 4),
		      F(mwz_write_options_t, flags, 8),
		      F(mwz_write_options_t, src_lang, 16),
		      F(mwz_write_options_t, tgt_lang, 24),
		      F(mwz_write_options_t, tool, 32),
		      F(mwz_write_options_t, tool_version, 40),
		      F(mwz_write_options_t, src, 48),
		      F(mwz_write_options_t, src_len, 56),
		      F(mwz_write_options_t, nsrc, 64),
		      F(mwz_write_options_t, tgt, 72),
		      F(mwz_write_options_t, tgt_len, 80),
		      F(mwz_write_options_t, ntgt, 88),
		      F(mwz_write_options_t, width, 96),
		      F(mwz_write_options_t, low_score, 104),
		      F(mwz_write_options_t, title, 112),
		      F(mwz_write_options_t, marks, 120),
		      F(mwz_write_options_t, nmarks, 128),
		      F(mwz_write_options_t, marks_label, 136));
		CHECK(mwz_write_stats_t, 24,
		      F(mwz_write_stats_t, written, 0),
		      F(mwz_write_stats_t, omitted, 8),
		      F(mwz_write_stats_t, bytes, 16));
		CHECK(mwz_score_counts_t, 64,
		      F(mwz_score_counts_t, p_strict_tp, 0),
		      F(mwz_score_counts_t, p_strict_fp, 8),
		      F(mwz_score_counts_t, p_lax_tp, 16),
		      F(mwz_score_counts_t, p_lax_fp, 24),
		      F(mwz_score_counts_t, r_strict_tp, 32),
		      F(mwz_score_counts_t, r_strict_fn, 40),
		      F(mwz_score_counts_t, r_lax_tp, 48),
		      F(mwz_score_counts_t, r_lax_fn, 56));
		CHECK(mwz_score_t, 48,
		      F(mwz_score_t, precision_strict, 0),
		      F(mwz_score_t, recall_strict, 8),
		      F(mwz_score_t, f1_strict, 16),
		      F(mwz_score_t, precision_lax, 24),
		      F(mwz_score_t, recall_lax, 32),
		      F(mwz_score_t, f1_lax, 40));
	}

	/* constants: status codes, enums, flags, option-struct versions */
	OK(MWZ_OK == 0 && MWZ_ENOMEM == -1 && MWZ_EINVAL == -2 && MWZ_EUTF8 == -3 &&
	   MWZ_EIO == -4 && MWZ_EFORMAT == -5 && MWZ_ENOTFOUND == -6 &&
	   MWZ_EUNSUPPORTED == -7 && MWZ_ERANGE == -8 && MWZ_EINTERNAL == -9,
	   "status codes");
	OK(MWZ_DEP_ICU == 0 && MWZ_DEP_UNICODE == 1 && MWZ_DEP_UTF8PROC == 2 &&
	   MWZ_DEP_UTF8PROC_UNICODE == 3 && MWZ_DEP_HARFBUZZ == 4 && MWZ_DEP_STEMMER == 5,
	   "dependency ids");
	OK(MWZ_SCRIPT_NONE == 0 && MWZ_SCRIPT_ARABIC == 1 && MWZ_SCRIPT_LATIN == 2 &&
	   MWZ_SCRIPT_MIXED == 3 && MWZ_SCRIPT_OTHER == 4, "scripts");
	OK(MWZ_SCHEME_BUCKWALTER == 0 && MWZ_SCHEME_NEWS == 1 && MWZ_SCHEME_NEWS_RULES == 2,
	   "transliteration schemes");
	OK(MWZ_NAME_GIVEN == 1 && MWZ_NAME_FAMILY == 2 && MWZ_NAME_PLACE == 3 &&
	   MWZ_NAME_ORG == 4 && MWZ_NAME_WORD == 5, "name types");
	OK(MWZ_LANG_AUTO == 0 && MWZ_LANG_AR == 1 && MWZ_LANG_EN == 2 && MWZ_LANG_OTHER == 3,
	   "languages");
	OK(MWZ_FORMAT_TEXT == 0 && MWZ_FORMAT_TSV == 1 && MWZ_FORMAT_JSONL == 2 &&
	   MWZ_FORMAT_TMX == 3 && MWZ_FORMAT_VECALIGN == 4 && MWZ_FORMAT_HTML == 5 &&
	   MWZ_FORMAT_SIDE == 6 && MWZ_FORMAT_CSV == 7, "output formats");
	OK(MWZ_GAZ_FORM_CANONICAL == -2 && MWZ_GAZ_FORM_ARABIC == -1, "gazetteer forms");
	OK(MWZ_SENT_PARA_START == 1u && MWZ_WRITE_KEEP_EMPTY == 1u && MWZ_WRITE_COLOR == 2u &&
	   MWZ_WRITE_BIDI_VISUAL == 4u && MWZ_WRITE_SHAPE == 8u, "sentence and writer flags");
	OK(MWZ_NORM_NFC == 1u << 0 && MWZ_NORM_NFKC == 1u << 1 && MWZ_NORM_STRIP_CTRL == 1u << 2 &&
	   MWZ_NORM_CASE == 1u << 3 && MWZ_NORM_LATIN_MARKS == 1u << 4 &&
	   MWZ_NORM_TASHKEEL == 1u << 5 && MWZ_NORM_TATWEEL == 1u << 6 &&
	   MWZ_NORM_ALEF == 1u << 7 && MWZ_NORM_YEH == 1u << 8 &&
	   MWZ_NORM_TEH_MARBUTA == 1u << 9 && MWZ_NORM_HAMZA == 1u << 10 &&
	   MWZ_NORM_PERSIAN == 1u << 11 && MWZ_NORM_DIGITS == 1u << 12 &&
	   MWZ_NORM_BIDI == 1u << 13 && MWZ_NORM_APOSTROPHE == 1u << 14 &&
	   MWZ_NORM_DASH == 1u << 15 && MWZ_NORM_QUOTE == 1u << 16 &&
	   MWZ_NORM_SPACE == 1u << 17 && MWZ_NORM_LOSSY == 1u << 24, "normalisation flags");
	/* an option struct's version only grows; a caller's older version still works */
	OK(MWZ_ALIGN_OPTIONS_VERSION >= 1 && MWZ_WRITE_OPTIONS_VERSION >= 3,
	   "option-struct versions");
	return tap_failed != 0;
}
