/*
 * fuzz_score.c - the vecalign alignment reader and the scorer.
 * Input: GOLD [0xFF TEST]. Each part is parsed as a whole file and line by
 * line (lines ended by CR when the part has CRs and no LF, a leading UTF-8
 * byte-order mark skipped, as the whole-file reader does); the two must
 * agree on what they accept. When both parse, the
 * scores are computed and must be ratios in [0, 1].
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "muwazi.h"

#define CHECK(c, what) \
	do { \
		if (!(c)) { \
			fprintf(stderr, "fuzz_score: %s (%s:%d)\n", what, __FILE__, __LINE__); \
			abort(); \
		} \
	} while (0)

static int in01(double x)
{
	return x >= 0.0 && x <= 1.0; /* false for NaN too */
}

/* Parse p[0..n) whole, and line by line into a second alignment. */
static mwz_alignment_t *parse(const char *p, size_t n)
{
	mwz_alignment_t *a = NULL, *b = NULL;
	mwz_error_t err;
	size_t i = 0, line = 0, bad_line = 0;
	char term;
	int rc = mwz_alignment_parse(&a, p, n, &err);
	CHECK(rc == MWZ_OK || rc == MWZ_EFORMAT || rc == MWZ_EUTF8 || rc == MWZ_ERANGE,
	      "unexpected status from mwz_alignment_parse");
	CHECK(rc == MWZ_OK ? a != NULL : a == NULL, "alignment returned on failure, or none on success");
	CHECK(mwz_alignment_create(&b) == MWZ_OK, "mwz_alignment_create");
	if (n >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0)
		i = 3;
	term = n && memchr(p, '\r', n) && !memchr(p, '\n', n) ? '\r' : '\n';
	while (i < n) {
		const char *e = memchr(p + i, term, n - i);
		size_t l = e ? (size_t)(e - (p + i)) : n - i;
		int r;
		line++;
		r = mwz_alignment_add_line(b, p + i, l, &err);
		if (r != MWZ_OK && !bad_line) {
			bad_line = line;
			CHECK(err.offset <= l, "error offset past the line");
		}
		i += l + (e != NULL);
	}
	if (rc == MWZ_OK) {
		CHECK(bad_line == 0, "whole file accepted, a line of it refused");
		CHECK(mwz_alignment_size(a) == mwz_alignment_size(b),
		      "whole file and line by line disagree on the bead count");
	} else if (rc == MWZ_EFORMAT) {
		CHECK(bad_line != 0, "whole file refused, every line accepted");
	}
	mwz_alignment_destroy(b);
	return a;
}

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
	const char *p = (const char *)data;
	const char *sep = memchr(p, 0xFF, size);
	size_t gn = sep ? (size_t)(sep - p) : size;
	mwz_alignment_t *gold, *test;

	gold = parse(p, gn);
	test = sep ? parse(sep + 1, size - gn - 1) : NULL;
	if (gold) {
		mwz_score_counts_t c;
		mwz_score_t sc;
		memset(&c, 0, sizeof c);
		CHECK(mwz_score_add(&c, gold, test ? test : gold) == MWZ_OK, "mwz_score_add");
		CHECK(mwz_score_compute(&sc, &c) == MWZ_OK, "mwz_score_compute");
		CHECK(in01(sc.precision_strict) && in01(sc.recall_strict) && in01(sc.f1_strict) &&
		      in01(sc.precision_lax) && in01(sc.recall_lax) && in01(sc.f1_lax),
		      "a score outside [0, 1]");
		CHECK(sc.precision_lax >= sc.precision_strict && sc.recall_lax >= sc.recall_strict,
		      "lax below strict");
		if (!test) {
			CHECK(c.p_strict_fp == 0 && c.r_strict_fn == 0,
			      "an alignment against itself is not perfect");
		}
	}
	mwz_alignment_destroy(gold);
	mwz_alignment_destroy(test);
	return 0;
}
