/*
 * score.c - strict and lax precision/recall of sentence alignments
 * (Sennrich & Volk 2011, as vecalign's score.py counts them) and the
 * parser of the vecalign bead form "[i, ...]:[j, ...]:SCORE".
 */
#include "internal.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

/* A bead reduced to what the comparison sees: an empty side has no start. */
typedef struct key {
	size_t ss, sl, ts, tl;
} key;

static key key_of(const mwz_bead_t *b)
{
	key k;
	k.sl = b->src_len;
	k.tl = b->tgt_len;
	k.ss = k.sl ? b->src_start : 0;
	k.ts = k.tl ? b->tgt_start : 0;
	return k;
}

static int cmp_size(size_t a, size_t b)
{
	return a < b ? -1 : a > b;
}

static int key_cmp(const void *pa, const void *pb)
{
	const key *a = pa, *b = pb;
	int c;
	if ((c = cmp_size(a->ss, b->ss)) != 0)
		return c;
	if ((c = cmp_size(a->sl, b->sl)) != 0)
		return c;
	if ((c = cmp_size(a->ts, b->ts)) != 0)
		return c;
	return cmp_size(a->tl, b->tl);
}

/*
 * The distinct beads of an alignment, sorted. Beads empty on both sides are
 * dropped; with no_null, beads empty on either side too.
 */
static int key_set(key **out, size_t *n, const mwz_bead_t *b, size_t nb,
                   int no_null)
{
	key *k;
	size_t i, m = 0;
	*out = NULL;
	*n = 0;
	if (nb == 0)
		return MWZ_OK;
	if (nb > (size_t)-1 / sizeof *k)
		return MWZ_ENOMEM;
	k = malloc(nb * sizeof *k);
	if (!k)
		return MWZ_ENOMEM;
	for (i = 0; i < nb; i++) {
		if (b[i].src_len == 0 && b[i].tgt_len == 0)
			continue;
		if (no_null && (b[i].src_len == 0 || b[i].tgt_len == 0))
			continue;
		k[m++] = key_of(&b[i]);
	}
	qsort(k, m, sizeof *k, key_cmp);
	if (m > 1) {
		size_t w = 1;
		for (i = 1; i < m; i++)
			if (key_cmp(&k[i], &k[w - 1]) != 0)
				k[w++] = k[i];
		m = w;
	}
	*out = k;
	*n = m;
	return MWZ_OK;
}

/* Gold source sentence -> a gold bead it belongs to. */
typedef struct srcref {
	size_t src;
	size_t bead;
} srcref;

static int srcref_cmp(const void *pa, const void *pb)
{
	const srcref *a = pa, *b = pb;
	int c = cmp_size(a->src, b->src);
	return c ? c : cmp_size(a->bead, b->bead);
}

/* First entry of r[0..n) whose src is >= s. */
static size_t srcref_lower(const srcref *r, size_t n, size_t s)
{
	size_t lo = 0, hi = n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (r[mid].src < s)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

static int overlaps(size_t a, size_t alen, size_t b, size_t blen)
{
	return alen && blen && a < b + blen && b < a + alen;
}

/*
 * Count test beads against gold: c[0] strict hits, c[1] strict misses,
 * c[2] lax hits, c[3] lax misses. Both sets sorted and distinct.
 */
static int count(size_t c[4], const key *gold, size_t ng, const key *test,
                 size_t nt)
{
	srcref *ref = NULL;
	size_t nref = 0, i, j;
	for (i = 0; i < ng; i++) {
		if (gold[i].sl > (size_t)-1 - nref)
			return MWZ_ERANGE;
		nref += gold[i].sl;
	}
	if (nref) {
		if (nref > (size_t)-1 / sizeof *ref)
			return MWZ_ENOMEM;
		ref = malloc(nref * sizeof *ref);
		if (!ref)
			return MWZ_ENOMEM;
		nref = 0;
		for (i = 0; i < ng; i++)
			for (j = 0; j < gold[i].sl; j++) {
				ref[nref].src = gold[i].ss + j;
				ref[nref].bead = i;
				nref++;
			}
		qsort(ref, nref, sizeof *ref, srcref_cmp);
	}
	for (i = 0; i < nt; i++) {
		const key *t = &test[i];
		int lax = 0;
		if (ng && bsearch(t, gold, ng, sizeof *gold, key_cmp)) {
			c[0]++;
			c[2]++;
			continue;
		}
		c[1]++;
		/* Lax: a gold bead shares a source sentence and a target one. */
		for (j = 0; j < t->sl && !lax && t->tl; j++) {
			size_t r = srcref_lower(ref, nref, t->ss + j);
			for (; r < nref && ref[r].src == t->ss + j; r++) {
				const key *g = &gold[ref[r].bead];
				if (overlaps(g->ts, g->tl, t->ts, t->tl)) {
					lax = 1;
					break;
				}
			}
		}
		if (lax)
			c[2]++;
		else
			c[3]++;
	}
	free(ref);
	return MWZ_OK;
}

int mwz_score_add(mwz_score_counts_t *counts, const mwz_bead_t *gold,
                  size_t ngold, const mwz_bead_t *test, size_t ntest)
{
	key *g = NULL, *t = NULL;
	size_t ng, nt, p[4] = { 0, 0, 0, 0 }, r[4] = { 0, 0, 0, 0 };
	int rc;
	if (!counts || (ngold && !gold) || (ntest && !test))
		return MWZ_EINVAL;
	/* Precision: every test bead, 1-0 and 0-1 included. */
	rc = key_set(&g, &ng, gold, ngold, 0);
	if (rc == MWZ_OK)
		rc = key_set(&t, &nt, test, ntest, 0);
	if (rc == MWZ_OK)
		rc = count(p, g, ng, t, nt);
	free(g);
	free(t);
	g = t = NULL;
	/* Recall: the gold beads against the test ones, no 1-0 or 0-1. */
	if (rc == MWZ_OK)
		rc = key_set(&g, &ng, gold, ngold, 1);
	if (rc == MWZ_OK)
		rc = key_set(&t, &nt, test, ntest, 1);
	if (rc == MWZ_OK)
		rc = count(r, t, nt, g, ng);
	free(g);
	free(t);
	if (rc != MWZ_OK)
		return rc;
	counts->p_strict_tp += p[0];
	counts->p_strict_fp += p[1];
	counts->p_lax_tp += p[2];
	counts->p_lax_fp += p[3];
	counts->r_strict_tp += r[0];
	counts->r_strict_fn += r[1];
	counts->r_lax_tp += r[2];
	counts->r_lax_fn += r[3];
	return MWZ_OK;
}

static double ratio(size_t a, size_t b)
{
	return a + b ? (double)a / ((double)a + (double)b) : 0.0;
}

static double f1(double p, double r)
{
	return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
}

int mwz_score_compute(mwz_score_t *out, const mwz_score_counts_t *c)
{
	if (!out || !c)
		return MWZ_EINVAL;
	out->precision_strict = ratio(c->p_strict_tp, c->p_strict_fp);
	out->precision_lax = ratio(c->p_lax_tp, c->p_lax_fp);
	out->recall_strict = ratio(c->r_strict_tp, c->r_strict_fn);
	out->recall_lax = ratio(c->r_lax_tp, c->r_lax_fn);
	out->f1_strict = f1(out->precision_strict, out->recall_strict);
	out->f1_lax = f1(out->precision_lax, out->recall_lax);
	return MWZ_OK;
}

/* ---- the vecalign form ---- */

static size_t skip_space(const char *s, size_t i, size_t len)
{
	while (i < len && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r'))
		i++;
	return i;
}

/* "[i, i+1, ...]" at s[*pos]: consecutive increasing indices, or "[]". */
static int parse_side(size_t *start, size_t *n, const char *s, size_t *pos,
                      size_t len, const char *side, mwz_error_t *err)
{
	size_t i = skip_space(s, *pos, len), count = 0, first = 0, prev = 0;
	if (i >= len || s[i] != '[')
		return mwz__fail(err, MWZ_EFORMAT, 0, i, "expected '[' to open the %s side", side);
	i = skip_space(s, i + 1, len);
	if (i < len && s[i] == ']') {
		*start = 0;
		*n = 0;
		*pos = i + 1;
		return MWZ_OK;
	}
	for (;;) {
		size_t v = 0, digits = 0;
		while (i < len && s[i] >= '0' && s[i] <= '9') {
			size_t d = (size_t)(s[i] - '0');
			if (v > ((size_t)-1 - d) / 10)
				return mwz__fail(err, MWZ_EFORMAT, 0, i, "sentence index too large");
			v = v * 10 + d;
			i++;
			digits++;
		}
		if (!digits)
			return mwz__fail(err, MWZ_EFORMAT, 0, i,
			                 "expected a sentence index (a number from 0) on the %s side", side);
		if (count == 0)
			first = v;
		else if (v != prev + 1)
			return mwz__fail(err, MWZ_EFORMAT, 0, i - digits,
			                 "indices of the %s side must be consecutive and increasing (%lu after %lu)",
			                 side, (unsigned long)v, (unsigned long)prev);
		prev = v;
		count++;
		i = skip_space(s, i, len);
		if (i < len && s[i] == ',') {
			i = skip_space(s, i + 1, len);
			continue;
		}
		if (i < len && s[i] == ']')
			break;
		return mwz__fail(err, MWZ_EFORMAT, 0, i, "expected ',' or ']' on the %s side", side);
	}
	*start = first;
	*n = count;
	*pos = i + 1;
	return MWZ_OK;
}

int mwz_vecalign_parse_line(mwz_bead_t *bead, const char *line, size_t len,
                            mwz_error_t *err)
{
	size_t i;
	mwz_bead_t b;
	int rc;
	if (!bead || (len && !line))
		return MWZ_EINVAL;
	if (len && line[len - 1] == '\n')
		len--;
	i = skip_space(line, 0, len);
	if (i == len || line[i] == '#')
		return MWZ_ENOTFOUND;
	memset(&b, 0, sizeof b);
	rc = parse_side(&b.src_start, &b.src_len, line, &i, len, "source", err);
	if (rc)
		return rc;
	i = skip_space(line, i, len);
	if (i >= len || line[i] != ':')
		return mwz__fail(err, MWZ_EFORMAT, 0, i, "expected ':' between the two sides");
	i++;
	rc = parse_side(&b.tgt_start, &b.tgt_len, line, &i, len, "target", err);
	if (rc)
		return rc;
	i = skip_space(line, i, len);
	if (i < len && line[i] == ':') {
		char buf[64], *end;
		size_t j = skip_space(line, i + 1, len), k = 0;
		double v;
		while (j + k < len && k < sizeof buf - 1 && line[j + k] != ' ' &&
		       line[j + k] != '\t' && line[j + k] != '\r') {
			buf[k] = line[j + k];
			k++;
		}
		buf[k] = '\0';
		errno = 0;
		v = k ? strtod(buf, &end) : 0.0;
		if (!k || *end != '\0' || errno == ERANGE || v != v)
			return mwz__fail(err, MWZ_EFORMAT, 0, j, "expected a number as the score");
		b.score = v;
		i = skip_space(line, j + k, len);
	}
	if (i < len)
		return mwz__fail(err, MWZ_EFORMAT, 0, i, "unexpected text after the bead");
	*bead = b;
	return MWZ_OK;
}

int mwz_vecalign_parse(mwz_bead_t **beads, size_t *nbeads, const char *text,
                       size_t len, mwz_error_t *err)
{
	mwz__buf out = { NULL, 0, 0 };
	size_t pos = 0, lineno = 0;
	if (!beads || !nbeads || (len && !text))
		return MWZ_EINVAL;
	*beads = NULL;
	*nbeads = 0;
	while (pos < len) {
		const char *nl = memchr(text + pos, '\n', len - pos);
		size_t end = nl ? (size_t)(nl - text) : len;
		mwz_bead_t b;
		mwz_error_t e;
		int rc = mwz_vecalign_parse_line(&b, text + pos, end - pos, &e);
		lineno++;
		if (rc == MWZ_OK) {
			if (mwz__buf_put(&out, &b, sizeof b)) {
				mwz__buf_free(&out);
				return mwz__fail(err, MWZ_ENOMEM, lineno, pos, "out of memory");
			}
		} else if (rc != MWZ_ENOTFOUND) {
			mwz__buf_free(&out);
			return mwz__fail(err, rc, lineno, pos + e.offset, "line %lu: %s",
			                 (unsigned long)lineno, e.message);
		}
		pos = end + 1;
	}
	*beads = (mwz_bead_t *)out.data;
	*nbeads = out.len / sizeof(mwz_bead_t);
	return MWZ_OK;
}
