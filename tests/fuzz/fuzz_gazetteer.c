/*
 * fuzz_gazetteer.c - the gazetteer reader and lookups on arbitrary bytes.
 * needs: mwz_gazetteer_load_mem mwz_gazetteer_lookup
 * Input: GAZETTEER [0xFF QUERY]. Checks: a refused list fails with
 * MWZ_EFORMAT or MWZ_EUTF8 and a line; an accepted one gives every entry a
 * canonical spelling and Arabic form (NUL-terminated UTF-8) and its
 * variants. A lookup (the query, or else each entry's canonical spelling)
 * gives hits best first, scores in [min, 1], entries and forms that exist,
 * and "exact" only when the query is that form byte for byte.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "muwazi.h"

#define CHECK(c, what) \
	do { \
		if (!(c)) { \
			fprintf(stderr, "fuzz_gazetteer: %s (%s:%d)\n", what, __FILE__, __LINE__); \
			abort(); \
		} \
	} while (0)

static mwz_matcher_t *matcher;

static int utf8_str(const char *s)
{
	return s && mwz_utf8_validate(s, strlen(s), NULL) == MWZ_OK;
}

static void lookup(const mwz_gazetteer_t *g, const char *q, size_t qlen, size_t max, double min)
{
	mwz_gazetteer_hit_t *hits = NULL;
	size_t n = 0, i, count = mwz_gazetteer_count(g);
	int valid = mwz_utf8_validate(q, qlen, NULL) == MWZ_OK;
	int rc = mwz_gazetteer_lookup(&hits, &n, g, matcher, q, qlen, max, min);
	if (!valid) {
		CHECK(rc == MWZ_EUTF8, "lookup took invalid UTF-8");
		return;
	}
	CHECK(rc == MWZ_OK, "lookup failed");
	CHECK(max == 0 || n <= max, "more hits than asked for");
	CHECK(n == 0 || hits, "hits counted but none returned");
	for (i = 0; i < n; i++) {
		const mwz_gazetteer_hit_t *h = &hits[i];
		const char *form;
		CHECK(h->entry < count, "hit outside the gazetteer");
		CHECK(h->score >= min && h->score <= 1.0, "hit score outside [min, 1]");
		CHECK(i == 0 || hits[i - 1].score >= h->score, "hits not best first");
		if (h->form == MWZ_GAZ_FORM_CANONICAL)
			form = mwz_gazetteer_canonical(g, h->entry);
		else if (h->form == MWZ_GAZ_FORM_ARABIC)
			form = mwz_gazetteer_arabic(g, h->entry);
		else {
			CHECK(h->form >= 0 && (size_t)h->form < mwz_gazetteer_variant_count(g, h->entry),
			      "hit form is not a variant of its entry");
			form = mwz_gazetteer_variant(g, h->entry, (size_t)h->form);
		}
		CHECK(form != NULL, "hit form missing");
		if (h->exact)
			CHECK(strlen(form) == qlen && memcmp(form, q, qlen) == 0,
			      "exact hit on a form that is not the query");
	}
	mwz_free(hits);
}

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
	const char *p = (const char *)data, *sep = memchr(p, 0xFF, size);
	size_t glen = sep ? (size_t)(sep - p) : size, i, k, count;
	mwz_gazetteer_t *g = NULL;
	mwz_error_t err;
	int rc;

	if (!matcher)
		CHECK(mwz_matcher_create(&matcher) == MWZ_OK, "mwz_matcher_create");
	memset(&err, 0, sizeof err);
	rc = mwz_gazetteer_load_mem(&g, p, glen, &err);
	if (rc != MWZ_OK) {
		CHECK(rc == MWZ_EFORMAT || rc == MWZ_EUTF8 || rc == MWZ_ERANGE, "unexpected status");
		CHECK(g == NULL, "gazetteer returned on failure");
		CHECK(rc == MWZ_ERANGE || err.line >= 1, "refused without a line");
		return 0;
	}
	CHECK(g != NULL, "no gazetteer on success");
	count = mwz_gazetteer_count(g);
	for (i = 0; i < count; i++) {
		CHECK(utf8_str(mwz_gazetteer_canonical(g, i)) && mwz_gazetteer_canonical(g, i)[0],
		      "entry without a canonical spelling");
		CHECK(utf8_str(mwz_gazetteer_arabic(g, i)), "entry without an Arabic form string");
		for (k = 0; k < mwz_gazetteer_variant_count(g, i); k++)
			CHECK(utf8_str(mwz_gazetteer_variant(g, i, k)), "variant missing");
		CHECK(mwz_gazetteer_variant(g, i, k) == NULL, "a variant past the count");
	}
	CHECK(mwz_gazetteer_canonical(g, count) == NULL, "an entry past the count");
	if (sep) {
		lookup(g, sep + 1, size - glen - 1, 0, 0.0);
		lookup(g, sep + 1, size - glen - 1, 3, 0.5);
	} else {
		for (i = 0; i < count && i < 8; i++) {
			const char *c = mwz_gazetteer_canonical(g, i);
			lookup(g, c, strlen(c), 5, 0.7);
		}
	}
	CHECK(mwz_gazetteer_reference(g) == g, "reference");
	mwz_gazetteer_destroy(g);
	mwz_gazetteer_destroy(g);
	return 0;
}
