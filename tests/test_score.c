/* test_score.c - the scoring API: vecalign parsing and strict/lax counts. */
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

int main(void)
{
	const char *text = "[0]:[0]\n\n# note\n[1, 2]:[1]:0.25\n[3]:[]\n[]:[2]";
	mwz_bead_t *b = NULL, one;
	size_t n = 0;
	mwz_error_t err;
	mwz_score_counts_t c;
	mwz_score_t s;
	mwz_bead_t gold[3], test[3];
	int rc;

	rc = mwz_vecalign_parse(&b, &n, text, strlen(text), &err);
	OK(rc == MWZ_OK && n == 4, "parse: four beads, blank and comment skipped (rc %d, n %lu)",
	   rc, (unsigned long)n);
	OK(n == 4 && b[1].src_start == 1 && b[1].src_len == 2 && b[1].tgt_start == 1 &&
	   b[1].tgt_len == 1 && b[1].score == 0.25, "parse: 2-1 bead with its score");
	OK(n == 4 && b[2].tgt_len == 0 && b[3].src_len == 0 && b[3].tgt_start == 2,
	   "parse: 1-0 and 0-1 beads");
	mwz_free(b);

	rc = mwz_vecalign_parse(&b, &n, "[0]:[0]\n[1]:[1\n", 16, &err);
	OK(rc == MWZ_EFORMAT && err.line == 2 && b == NULL, "parse: malformed line 2 (rc %d line %lu)",
	   rc, (unsigned long)err.line);
	OK(mwz_vecalign_parse_line(&one, "[2, 4]:[1]", 10, &err) == MWZ_EFORMAT,
	   "parse: non-consecutive indices rejected");
	OK(mwz_vecalign_parse_line(&one, "  \r", 3, NULL) == MWZ_ENOTFOUND, "parse: blank line");
	OK(mwz_vecalign_parse_line(&one, "[-1]:[0]", 8, NULL) == MWZ_EFORMAT, "parse: negative index");
	OK(mwz_vecalign_parse_line(&one, "[0]:[0]:nan", 11, NULL) == MWZ_EFORMAT, "parse: NaN score");

	/* gold 0-0, 1+2-1, 3-2; test 0-0, 1-1, 2+3-2 */
	gold[0] = bead(0, 1, 0, 1);
	gold[1] = bead(1, 2, 1, 1);
	gold[2] = bead(3, 1, 2, 1);
	test[0] = bead(0, 1, 0, 1);
	test[1] = bead(1, 1, 1, 1);
	test[2] = bead(2, 2, 2, 1);
	memset(&c, 0, sizeof c);
	OK(mwz_score_add(&c, gold, 3, test, 3) == MWZ_OK, "score_add");
	OK(c.p_strict_tp == 1 && c.p_strict_fp == 2 && c.p_lax_tp == 3 && c.p_lax_fp == 0,
	   "precision counts 1/2 strict, 3/0 lax");
	OK(c.r_strict_tp == 1 && c.r_strict_fn == 2 && c.r_lax_tp == 3 && c.r_lax_fn == 0,
	   "recall counts 1/2 strict, 3/0 lax");
	OK(mwz_score_add(&c, gold, 3, gold, 3) == MWZ_OK, "score_add accumulates");
	mwz_score_compute(&s, &c);
	OK(s.precision_strict > 0.666 && s.precision_strict < 0.667 && s.f1_lax == 1.0,
	   "micro-average over two documents (P strict %.4f)", s.precision_strict);
	memset(&c, 0, sizeof c);
	OK(mwz_score_add(&c, NULL, 0, NULL, 0) == MWZ_OK, "empty alignments");
	mwz_score_compute(&s, &c);
	OK(s.f1_strict == 0.0 && s.f1_lax == 0.0, "0/0 gives 0");
	OK(mwz_score_add(NULL, gold, 3, test, 3) == MWZ_EINVAL, "NULL counts rejected");
	TAP_DONE();
}
