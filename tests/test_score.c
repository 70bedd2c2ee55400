/* test_score.c - the scoring API: reading vecalign alignments and strict/lax counts. */
#include <string.h>
#include "muwazi.h"
#include "tap.h"

static mwz_bead_t bead(size_t ss, size_t sl, size_t ts, size_t tl)
{
	mwz_bead_t b;
	b.src_start = ss;
	b.src_len = sl;
	b.tgt_start = ts;
	b.tgt_len = tl;
	b.score = 0;
	return b;
}

static mwz_alignment_t *parse(const char *text)
{
	mwz_alignment_t *a = NULL;
	mwz_alignment_parse(&a, text, strlen(text), NULL);
	return a;
}

int main(void)
{
	const char *text = "[0]:[0]\n\n# note\n[1, 2]:[1]:0.25\n[3]:[]\n[]:[2]";
	mwz_alignment_t *a = NULL, *g, *t;
	mwz_error_t err;
	mwz_score_counts_t c;
	mwz_score_t s;
	mwz_bead_t b;
	int rc;

	rc = mwz_alignment_parse(&a, text, strlen(text), &err);
	OK(rc == MWZ_OK && mwz_alignment_size(a) == 4,
	   "parse: four beads, blank and comment skipped (rc %d)", rc);
	mwz_alignment_destroy(a);
	a = NULL;

	rc = mwz_alignment_parse(&a, "\xEF\xBB\xBF[0]:[0]\n[1]:[1]\n", 19, &err);
	OK(rc == MWZ_OK && mwz_alignment_size(a) == 2, "parse: a byte-order mark skipped (rc %d)", rc);
	mwz_alignment_destroy(a);
	a = NULL;

	rc = mwz_alignment_parse(&a, "# gold\r[0]:[0]\r[1, 2]:[1]\r", 26, &err);
	OK(rc == MWZ_OK && mwz_alignment_size(a) == 2,
	   "parse: lines ended by CR alone, a comment first: two beads (rc %d)", rc);
	mwz_alignment_destroy(a);
	a = NULL;

	rc = mwz_alignment_parse(&a, "[0]:[0]\n[1]:[1\n", 16, &err);
	OK(rc == MWZ_EFORMAT && err.line == 2 && a == NULL, "parse: malformed line 2 (rc %d line %lu)",
	   rc, (unsigned long)err.line);
	mwz_alignment_create(&a);
	OK(mwz_alignment_add_line(a, "[250]:[291, 293, 294]", 21, &err) == MWZ_OK,
	   "a bead with a gap, as in hand-made gold files");
	OK(mwz_alignment_add_line(a, "[-1]:[0]", 8, &err) == MWZ_EFORMAT && err.offset == 1,
	   "negative index rejected at byte 1");
	OK(mwz_alignment_add_line(a, "[0]:[0]:nan", 11, NULL) == MWZ_EFORMAT, "NaN score rejected");
	{
		/* scores as printf and Python write them, read without the locale's decimal point */
		static const char *const good[] = { "0.93", "-0.5", "1e-05", "2.5E+3", ".5", "7" };
		static const char *const bad[] = { "1,5", "inf", "1e", "-", ".", "0.5x", "0x1p3" };
		char l[64];
		size_t k, ngood = 0, nbad = 0;
		mwz_alignment_t *z = NULL;
		mwz_alignment_create(&z);
		for (k = 0; k < sizeof good / sizeof *good; k++) {
			snprintf(l, sizeof l, "[0]:[0]:%s", good[k]);
			ngood += mwz_alignment_add_line(z, l, strlen(l), NULL) == MWZ_OK;
		}
		for (k = 0; k < sizeof bad / sizeof *bad; k++) {
			snprintf(l, sizeof l, "[0]:[0]:%s", bad[k]);
			nbad += mwz_alignment_add_line(z, l, strlen(l), NULL) == MWZ_EFORMAT;
		}
		OK(ngood == 6 && nbad == 7, "score numbers: %zu of 6 forms read, %zu of 7 non-numbers refused",
		   ngood, nbad);
		mwz_alignment_destroy(z);
	}
	OK(mwz_alignment_add_line(a, "  \r", 3, NULL) == MWZ_OK, "blank line accepted");
	OK(mwz_alignment_size(a) == 1, "bad and blank lines add nothing");
	mwz_alignment_destroy(a);
	mwz_alignment_destroy(NULL);

	/* gold 0-0, 1+2-1, 3-2; test 0-0, 1-1, 2+3-2, the test built from mwz_bead_t */
	g = parse("[0]:[0]\n[1, 2]:[1]\n[3]:[2]\n");
	mwz_alignment_create(&t);
	b = bead(0, 1, 0, 1);
	mwz_alignment_add_bead(t, &b);
	b = bead(1, 1, 1, 1);
	mwz_alignment_add_bead(t, &b);
	b = bead(2, 2, 2, 1);
	mwz_alignment_add_bead(t, &b);
	memset(&c, 0, sizeof c);
	OK(mwz_score_add(&c, g, t) == MWZ_OK, "score_add");
	OK(c.p_strict_tp == 1 && c.p_strict_fp == 2 && c.p_lax_tp == 3 && c.p_lax_fp == 0,
	   "precision counts 1/2 strict, 3/0 lax");
	OK(c.r_strict_tp == 1 && c.r_strict_fn == 2 && c.r_lax_tp == 3 && c.r_lax_fn == 0,
	   "recall counts 1/2 strict, 3/0 lax");
	OK(mwz_score_add(&c, g, g) == MWZ_OK, "score_add accumulates");
	mwz_score_compute(&s, &c);
	OK(s.precision_strict > 0.666 && s.precision_strict < 0.667 && s.f1_lax == 1.0,
	   "micro-average over two documents (P strict %.4f)", s.precision_strict);
	mwz_alignment_destroy(t);

	/* A gap in a bead: lax needs a shared target, not a range overlap. */
	t = parse("[0]:[0]\n[1]:[3]\n[2]:[1, 2]\n");
	mwz_alignment_destroy(g);
	g = parse("[0]:[0]\n[1]:[1, 3]\n[2]:[2]\n");
	memset(&c, 0, sizeof c);
	mwz_score_add(&c, g, t);
	OK(c.p_strict_tp == 1 && c.p_lax_tp == 3, "gapped beads: lax hits by shared sentences");
	mwz_alignment_destroy(g);
	mwz_alignment_destroy(t);

	/* Indices in any order inside a bead; a target shared, but not with the
	 * gold bead that has the source, is no lax hit. */
	t = parse("[1, 0]:[2, 0]\n[2]:[1]\n[3]:[3]\n");
	g = parse("[0]:[0]\n[1]:[4, 1]\n[2]:[2]\n[3]:[5, 3]\n");
	memset(&c, 0, sizeof c);
	mwz_score_add(&c, g, t);
	OK(c.p_strict_tp == 0 && c.p_lax_tp == 2 && c.p_lax_fp == 1,
	   "unordered indices: lax hits 2, misses 1 (%zu %zu)", c.p_lax_tp, c.p_lax_fp);
	mwz_alignment_destroy(g);
	mwz_alignment_destroy(t);

	/* One bead of 50,000 sentences a side against 50,000 1-1 beads, both
	 * ways round: each 1-1 bead is a lax hit, none strict. */
	{
		enum { N = 50000 };
		mwz_alignment_create(&g);
		mwz_alignment_create(&t);
		b = bead(0, N, 0, N);
		mwz_alignment_add_bead(g, &b);
		for (rc = 0; rc < N; rc++) {
			b = bead((size_t)rc, 1, (size_t)rc, 1);
			mwz_alignment_add_bead(t, &b);
		}
		memset(&c, 0, sizeof c);
		OK(mwz_score_add(&c, g, t) == MWZ_OK && c.p_strict_tp == 0 && c.p_lax_tp == N &&
		   c.r_lax_tp == 1 && c.r_strict_fn == 1,
		   "a 50,000-sentence gold bead: %zu lax hits of the test's", c.p_lax_tp);
		memset(&c, 0, sizeof c);
		OK(mwz_score_add(&c, t, g) == MWZ_OK && c.p_lax_tp == 1 && c.r_lax_tp == N,
		   "a 50,000-sentence test bead: lax, and every gold bead recalled laxly");
		mwz_alignment_destroy(g);
		mwz_alignment_destroy(t);
	}

	memset(&c, 0, sizeof c);
	g = parse("");
	OK(g && mwz_score_add(&c, g, g) == MWZ_OK, "empty alignments");
	mwz_score_compute(&s, &c);
	OK(s.f1_strict == 0.0 && s.f1_lax == 0.0, "0/0 gives 0");
	OK(mwz_score_add(NULL, g, g) == MWZ_EINVAL, "NULL counts rejected");
	mwz_alignment_destroy(g);
	TAP_DONE();
}
