/*
 * test_robust.c - regression tests for what the fuzzers found (tests/fuzz/),
 * through the public API only. Each test names the fuzz target that found it.
 */
#include <stdlib.h>
#include <string.h>
#include "muwazi.h"
#include "tap.h"

/* fuzz_align: rendering no beads gave an unterminated buffer. */
static void render_nothing(void)
{
	int f;
	for (f = MWZ_FORMAT_TEXT; f <= MWZ_FORMAT_VECALIGN; f++) {
		mwz_write_options_t wo = MWZ_WRITE_OPTIONS_INIT;
		char *out = NULL;
		size_t outlen = 99;
		int rc;
		wo.format = f;
		rc = mwz_beads_render(&out, &outlen, NULL, NULL, 0, &wo, NULL);
		OK(rc == MWZ_OK && out && strlen(out) == outlen,
		   "render of no beads in %s: NUL-terminated at its length (%zu)", mwz_format_name(f),
		   outlen);
		mwz_free(out);
	}
}

/* fuzz_names: invalid UTF-8 after the words a name keeps was not refused. */
static void long_name_bad_utf8(void)
{
	char buf[400];
	size_t n = 0, i;
	double score = -1;
	char *key = NULL;
	mwz_matcher_t *m = NULL;
	for (i = 0; i < 40; i++) {
		memcpy(buf + n, "\xD8\xA8\xD9\x86 ", 5); /* Arabic "bn " */
		n += 5;
	}
	buf[n++] = '\xC3'; /* truncated sequence at the end */
	OK(mwz_matcher_create(&m) == MWZ_OK, "matcher");
	OK(mwz_name_similarity(&score, m, buf, n, "x", 1) == MWZ_EUTF8,
	   "similarity: bad UTF-8 after 40 words refused");
	OK(mwz_name_similarity(&score, m, "x", 1, buf, n) == MWZ_EUTF8,
	   "similarity: the same as second name");
	OK(mwz_name_key(&key, NULL, m, buf, n) == MWZ_EUTF8 && key == NULL,
	   "key: bad UTF-8 after 40 words refused");
	OK(mwz_name_similarity(&score, m, buf, n - 1, buf, n - 1) == MWZ_OK && score >= 0 &&
	   score <= 1, "the same name without the bad byte is scored");
	mwz_matcher_destroy(m);
}

/* fuzz_names: a run of more than 32 consonants shifted 1u by 32 (UBSan). */
static void long_consonant_run(void)
{
	char buf[2 * 300];
	char *out = NULL;
	size_t outlen = 0, i;
	for (i = 0; i < 300; i++)
		memcpy(buf + 2 * i, "\xD8\xB3", 2); /* seen */
	OK(mwz_translit(&out, &outlen, buf, sizeof buf, MWZ_SCHEME_NEWS, NULL) == MWZ_OK &&
	   out && outlen > 0, "news romanisation of a 300-consonant word");
	mwz_free(out);
}

/* fuzz_gazetteer: a NUL byte made a canonical spelling read back as "". */
static void gazetteer_nul(void)
{
	mwz_gazetteer_t *g = NULL;
	mwz_error_t err;
	static const char list[] = "Sadr\t\xD8\xA7\xD9\x84\xD8\xB5\xD8\xAF\xD8\xB1\n\0aSdr\tx\n";
	memset(&err, 0, sizeof err);
	OK(mwz_gazetteer_load_mem(&g, list, sizeof list - 1, &err) == MWZ_EFORMAT && g == NULL &&
	   err.line == 2, "gazetteer: a NUL byte is refused, line 2 named (line %zu)", err.line);
	OK(mwz_gazetteer_load_mem(&g, list, 11, &err) == MWZ_OK && g &&
	   strcmp(mwz_gazetteer_canonical(g, 0), "Sadr") == 0, "gazetteer: the line before it loads");
	mwz_gazetteer_destroy(g);
}

/* fuzz_gazetteer: "exact" was set by one form and the hit named another. */
static void gazetteer_exact_form(void)
{
	mwz_gazetteer_t *g = NULL;
	mwz_matcher_t *m = NULL;
	mwz_gazetteer_hit_t *h = NULL;
	size_t n = 0;
	static const char list[] =
		"Shaddadi\t\xD8\xA7\xD9\x84\xD8\xB4\xD8\xAF\xD8\xA7\xD8\xAF\xD9\x8A\tal-Shaddadi\n";
	OK(mwz_gazetteer_load_mem(&g, list, sizeof list - 1, NULL) == MWZ_OK, "gazetteer loads");
	OK(mwz_matcher_create(&m) == MWZ_OK, "matcher");
	OK(mwz_gazetteer_lookup(&h, &n, g, m, "al-Shaddadi", 11, 5, 0.5) == MWZ_OK && n == 1,
	   "al-Shaddadi found");
	if (n == 1)
		OK(h[0].exact && h[0].form == 0 && h[0].score == 1.0,
		   "the hit is the exact form, the variant al-Shaddadi (form %d, exact %d)", h[0].form,
		   h[0].exact);
	mwz_free(h);
	mwz_matcher_destroy(m);
	mwz_gazetteer_destroy(g);
}

int main(void)
{
	gazetteer_exact_form();
	gazetteer_nul();
	long_consonant_run();
	render_nothing();
	long_name_bad_utf8();
	TAP_DONE();
}
