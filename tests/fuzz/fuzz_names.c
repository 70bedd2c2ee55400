/*
 * fuzz_names.c - name similarity, name keys, romanisation and the
 * embedded name list on arbitrary bytes.
 * Input: A [TAB B]. Checks: invalid UTF-8 gives MWZ_EUTF8 and nothing
 * else fails; scores lie in [0, 1]; results are NUL-terminated at the
 * length returned; Buckwalter round-trips as muwazi.h promises; a name
 * list hit lies inside the list.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "muwazi.h"

#define CHECK(c, what) \
	do { \
		if (!(c)) { \
			fprintf(stderr, "fuzz_names: %s (%s:%d)\n", what, __FILE__, __LINE__); \
			abort(); \
		} \
	} while (0)

static mwz_matcher_t *matcher;

/* The text mwz_untranslit(mwz_translit(s)) == s is promised for. */
static int reversible(const char *s, size_t n)
{
	size_t i;
	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
		    (c && strchr("'|>&<}*$~`{_", c)))
			return 0;
	}
	return 1;
}

static void one_name(const char *s, size_t n)
{
	int valid = mwz_utf8_validate(s, n, NULL) == MWZ_OK;
	char *out = NULL, *back = NULL;
	size_t outlen = 12345, backlen = 0, first = 0, count = 0;
	int rc, scheme;
	mwz_error_t err;

	rc = mwz_name_key(&out, &outlen, matcher, s, n);
	CHECK(valid ? rc == MWZ_OK : rc == MWZ_EUTF8, "mwz_name_key status");
	if (rc == MWZ_OK) {
		CHECK(out && strlen(out) == outlen, "key length");
		mwz_free(out);
	}
	for (scheme = MWZ_SCHEME_BUCKWALTER; scheme <= MWZ_SCHEME_NEWS; scheme++) {
		out = NULL;
		rc = mwz_translit(&out, &outlen, s, n, scheme, &err);
		CHECK(valid ? rc == MWZ_OK : rc == MWZ_EUTF8, "mwz_translit status");
		if (rc != MWZ_OK)
			continue;
		CHECK(out && out[outlen] == '\0', "translit not NUL-terminated at its length");
		CHECK(mwz_utf8_validate(out, outlen, NULL) == MWZ_OK, "translit output is not UTF-8");
		if (scheme == MWZ_SCHEME_BUCKWALTER && reversible(s, n)) {
			rc = mwz_untranslit(&back, &backlen, out, outlen, scheme, &err);
			CHECK(rc == MWZ_OK, "mwz_untranslit refused translit output");
			CHECK(backlen == n && memcmp(back, s, n) == 0, "buckwalter does not round-trip");
			mwz_free(back);
		}
		mwz_free(out);
	}
	out = NULL;
	rc = mwz_untranslit(&out, &outlen, s, n, MWZ_SCHEME_BUCKWALTER, &err);
	CHECK(valid ? rc == MWZ_OK : rc == MWZ_EUTF8, "mwz_untranslit status");
	if (rc == MWZ_OK)
		CHECK(mwz_utf8_validate(out, outlen, NULL) == MWZ_OK, "untranslit output is not UTF-8");
	mwz_free(out);
	rc = mwz_namelist_lookup(&first, &count, s, n);
	CHECK(valid ? (rc == MWZ_OK || rc == MWZ_ENOTFOUND) : rc == MWZ_EUTF8,
	      "mwz_namelist_lookup status");
	if (rc == MWZ_OK)
		CHECK(count >= 1 && first < mwz_namelist_size() &&
		      count <= mwz_namelist_size() - first, "name list hit outside the list");
}

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
	const char *a = (const char *)data, *tab = memchr(a, '\t', size);
	const char *b = tab ? tab + 1 : a;
	size_t alen = tab ? (size_t)(tab - a) : size, blen = tab ? size - alen - 1 : size;
	double score = -1;
	int rc, valid;

	if (!matcher)
		CHECK(mwz_matcher_create(&matcher) == MWZ_OK, "mwz_matcher_create");
	valid = mwz_utf8_validate(a, alen, NULL) == MWZ_OK &&
	        mwz_utf8_validate(b, blen, NULL) == MWZ_OK;
	rc = mwz_name_similarity(&score, matcher, a, alen, b, blen);
	CHECK(valid ? rc == MWZ_OK : rc == MWZ_EUTF8, "mwz_name_similarity status");
	if (rc == MWZ_OK) {
		mwz_name_t *pa = NULL, *pb = NULL;
		double s2 = -1, lo = -1, mins[] = { 0.5, 0.8, 0.93 };
		size_t k;
		CHECK(score >= 0.0 && score <= 1.0, "similarity outside [0, 1]");
		/* parsed once, and with a threshold: the same score, or one under it */
		CHECK(mwz_name_parse(&pa, a, alen) == MWZ_OK && mwz_name_parse(&pb, b, blen) == MWZ_OK,
		      "mwz_name_parse");
		CHECK(mwz_name_similarity_parsed(&s2, matcher, pa, pb, 0) == MWZ_OK && s2 == score,
		      "mwz_name_similarity_parsed differs");
		for (k = 0; k < sizeof mins / sizeof mins[0]; k++) {
			CHECK(mwz_name_similarity_min(&lo, matcher, a, alen, b, blen, mins[k]) == MWZ_OK,
			      "mwz_name_similarity_min status");
			CHECK(score >= mins[k] ? lo == score : lo < mins[k], "mwz_name_similarity_min");
			CHECK(mwz_name_similarity_parsed(&s2, matcher, pa, pb, mins[k]) == MWZ_OK &&
			      s2 == lo, "mwz_name_similarity_parsed with min differs");
		}
		mwz_name_free(pa);
		mwz_name_free(pb);
	}
	one_name(a, alen);
	if (tab)
		one_name(b, blen);
	return 0;
}
