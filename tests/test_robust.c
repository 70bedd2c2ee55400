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

int main(void)
{
	long_consonant_run();
	render_nothing();
	long_name_bad_utf8();
	TAP_DONE();
}
