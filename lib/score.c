/*
 * score.c - strict and lax precision/recall of sentence alignments
 * (Sennrich & Volk 2011, counted as vecalign's score.py counts them) and
 * the reader of the vecalign bead form "[i, ...]:[j, ...]:SCORE".
 */
#include "internal.h"

#include <stdlib.h>
#include <string.h>

/* A bead: its index lists are runs of the alignment's index pool. */
typedef struct abead {
	size_t src, nsrc, tgt, ntgt; /* offsets into idx, counts */
} abead;

struct mwz_alignment {
	abead *b;
	size_t nb, bcap;
	size_t *idx;
	size_t nidx, icap;
};

int mwz_alignment_create(mwz_alignment_t **out)
{
	if (!out)
		return MWZ_EINVAL;
	*out = calloc(1, sizeof **out);
	return *out ? MWZ_OK : MWZ_ENOMEM;
}

void mwz_alignment_destroy(mwz_alignment_t *a)
{
	if (!a)
		return;
	free(a->b);
	free(a->idx);
	free(a);
}

size_t mwz_alignment_size(const mwz_alignment_t *a)
{
	return a ? a->nb : 0;
}

static int grow(void **p, size_t *cap, size_t need, size_t elem)
{
	size_t ncap;
	void *q;
	if (need <= *cap)
		return MWZ_OK;
	ncap = *cap ? *cap : 64;
	while (ncap < need) {
		if (ncap > (size_t)-1 / 2 / elem)
			return MWZ_ENOMEM;
		ncap *= 2;
	}
	q = realloc(*p, ncap * elem);
	if (!q)
		return MWZ_ENOMEM;
	*p = q;
	*cap = ncap;
	return MWZ_OK;
}

static int push_idx(mwz_alignment_t *a, size_t v)
{
	if (grow((void **)&a->idx, &a->icap, a->nidx + 1, sizeof *a->idx))
		return MWZ_ENOMEM;
	a->idx[a->nidx++] = v;
	return MWZ_OK;
}

static int push_bead(mwz_alignment_t *a, size_t src, size_t nsrc, size_t tgt, size_t ntgt)
{
	if (grow((void **)&a->b, &a->bcap, a->nb + 1, sizeof *a->b))
		return MWZ_ENOMEM;
	a->b[a->nb].src = src;
	a->b[a->nb].nsrc = nsrc;
	a->b[a->nb].tgt = tgt;
	a->b[a->nb].ntgt = ntgt;
	a->nb++;
	return MWZ_OK;
}

int mwz_alignment_add_bead(mwz_alignment_t *a, const mwz_bead_t *bead)
{
	size_t mark, i;
	if (!a || !bead)
		return MWZ_EINVAL;
	mark = a->nidx;
	for (i = 0; i < bead->src_len; i++)
		if (push_idx(a, bead->src_start + i))
			goto oom;
	for (i = 0; i < bead->tgt_len; i++)
		if (push_idx(a, bead->tgt_start + i))
			goto oom;
	if (push_bead(a, mark, bead->src_len, mark + bead->src_len, bead->tgt_len))
		goto oom;
	return MWZ_OK;
oom:
	a->nidx = mark;
	return MWZ_ENOMEM;
}

/* ---- the vecalign form ---- */

static size_t skip_space(const char *s, size_t i, size_t len)
{
	while (i < len && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r'))
		i++;
	return i;
}

/* "[i, j, ...]" or "[]" at s[*pos], indices pushed onto a's pool. */
static int parse_side(mwz_alignment_t *a, size_t *n, const char *s, size_t *pos,
                      size_t len, const char *side, mwz_error_t *err)
{
	size_t i = skip_space(s, *pos, len);
	*n = 0;
	if (i >= len || s[i] != '[')
		return mwz__fail(err, MWZ_EFORMAT, 0, i, "expected '[' to open the %s side", side);
	i = skip_space(s, i + 1, len);
	if (i < len && s[i] == ']') {
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
		if (push_idx(a, v))
			return mwz__fail(err, MWZ_ENOMEM, 0, i, "out of memory");
		(*n)++;
		i = skip_space(s, i, len);
		if (i < len && s[i] == ',') {
			i = skip_space(s, i + 1, len);
			continue;
		}
		if (i < len && s[i] == ']')
			break;
		return mwz__fail(err, MWZ_EFORMAT, 0, i, "expected ',' or ']' on the %s side", side);
	}
	*pos = i + 1;
	return MWZ_OK;
}

/* s[0, n) is a decimal number, as printf("%g") or Python writes one: [+-]digits[.digits]
 * [e[+-]digits], at least one digit before the exponent. Read by hand, not with strtod,
 * whose decimal point is the locale's (a program that called setlocale for de_DE would
 * refuse "0.93"). */
static int is_number(const char *s, size_t n)
{
	size_t i = 0, digits = 0;
	if (i < n && (s[i] == '+' || s[i] == '-'))
		i++;
	while (i < n && s[i] >= '0' && s[i] <= '9') {
		i++;
		digits++;
	}
	if (i < n && s[i] == '.') {
		i++;
		while (i < n && s[i] >= '0' && s[i] <= '9') {
			i++;
			digits++;
		}
	}
	if (!digits)
		return 0;
	if (i < n && (s[i] == 'e' || s[i] == 'E')) {
		size_t e = ++i;
		if (i < n && (s[i] == '+' || s[i] == '-'))
			e = ++i;
		while (i < n && s[i] >= '0' && s[i] <= '9')
			i++;
		if (i == e)
			return 0;
	}
	return i == n;
}

static int parse_line(mwz_alignment_t *a, const char *line, size_t len, mwz_error_t *err)
{
	size_t i, nsrc, ntgt, src = a->nidx, tgt;
	int rc;
	i = skip_space(line, 0, len);
	if (i == len || line[i] == '#')
		return MWZ_OK;
	rc = parse_side(a, &nsrc, line, &i, len, "source", err);
	if (rc)
		return rc;
	i = skip_space(line, i, len);
	if (i >= len || line[i] != ':')
		return mwz__fail(err, MWZ_EFORMAT, 0, i, "expected ':' between the two sides");
	i++;
	tgt = a->nidx;
	rc = parse_side(a, &ntgt, line, &i, len, "target", err);
	if (rc)
		return rc;
	i = skip_space(line, i, len);
	if (i < len && line[i] == ':') {
		/* The score: any number, not kept. */
		size_t j = skip_space(line, i + 1, len), k = 0;
		while (j + k < len && line[j + k] != ' ' && line[j + k] != '\t' &&
		       line[j + k] != '\r')
			k++;
		if (!is_number(line + j, k))
			return mwz__fail(err, MWZ_EFORMAT, 0, j, "expected a number as the score");
		i = skip_space(line, j + k, len);
	}
	if (i < len)
		return mwz__fail(err, MWZ_EFORMAT, 0, i, "unexpected text after the bead");
	if (push_bead(a, src, nsrc, tgt, ntgt))
		return mwz__fail(err, MWZ_ENOMEM, 0, 0, "out of memory");
	return MWZ_OK;
}

int mwz_alignment_add_line(mwz_alignment_t *a, const char *line, size_t len,
                           mwz_error_t *err)
{
	size_t mark;
	int rc;
	if (!a || (len && !line))
		return mwz__fail(err, MWZ_EINVAL, 0, 0, "NULL argument");
	if (len && line[len - 1] == '\n')
		len--;
	mark = a->nidx;
	rc = parse_line(a, line, len, err);
	if (rc)
		a->nidx = mark; /* a bad line leaves nothing behind */
	return rc;
}

int mwz_alignment_parse(mwz_alignment_t **out, const char *text, size_t len,
                        mwz_error_t *err)
{
	mwz_alignment_t *a;
	size_t pos = 0, lineno = 0;
	int rc;
	char term;
	if (!out || (len && !text))
		return mwz__fail(err, MWZ_EINVAL, 0, 0, "NULL argument");
	*out = NULL;
	rc = mwz_alignment_create(&a);
	if (rc)
		return mwz__fail(err, rc, 0, 0, "out of memory");
	if (len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0)
		pos = 3; /* a byte-order mark is no part of the text */
	term = mwz__line_end(text, len);
	while (pos < len) {
		const char *nl = memchr(text + pos, term, len - pos);
		size_t end = nl ? (size_t)(nl - text) : len;
		mwz_error_t e;
		lineno++;
		rc = mwz_alignment_add_line(a, text + pos, end - pos, &e);
		if (rc) {
			mwz_alignment_destroy(a);
			return mwz__fail(err, rc, lineno, pos + e.offset, "line %lu: %s",
			                 (unsigned long)lineno, e.message);
		}
		pos = end + 1;
	}
	*out = a;
	return MWZ_OK;
}

/* ---- scoring ---- */

/* A bead as the comparison sees it: two index lists. */
typedef struct key {
	const size_t *s, *t;
	size_t ns, nt;
} key;

static int list_cmp(const size_t *a, size_t na, const size_t *b, size_t nb)
{
	size_t i;
	for (i = 0; i < na && i < nb; i++)
		if (a[i] != b[i])
			return a[i] < b[i] ? -1 : 1;
	return na < nb ? -1 : na > nb;
}

static int key_cmp(const void *pa, const void *pb)
{
	const key *a = pa, *b = pb;
	int c = list_cmp(a->s, a->ns, b->s, b->ns);
	return c ? c : list_cmp(a->t, a->nt, b->t, b->nt);
}

/*
 * The distinct beads of an alignment, sorted. Beads empty on both sides are
 * dropped; with no_null, beads empty on either side too.
 */
static int key_set(key **out, size_t *n, const mwz_alignment_t *a, int no_null)
{
	key *k;
	size_t i, m = 0;
	*out = NULL;
	*n = 0;
	if (a->nb == 0)
		return MWZ_OK;
	k = malloc(a->nb * sizeof *k);
	if (!k)
		return MWZ_ENOMEM;
	for (i = 0; i < a->nb; i++) {
		const abead *b = &a->b[i];
		if (b->nsrc == 0 && b->ntgt == 0)
			continue;
		if (no_null && (b->nsrc == 0 || b->ntgt == 0))
			continue;
		k[m].s = a->idx + b->src;
		k[m].ns = b->nsrc;
		k[m].t = a->idx + b->tgt;
		k[m].nt = b->ntgt;
		m++;
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

/* A gold source sentence and a gold bead it belongs to. */
typedef struct srcref {
	size_t src, bead;
} srcref;

static int srcref_cmp(const void *pa, const void *pb)
{
	const srcref *a = pa, *b = pb;
	if (a->src != b->src)
		return a->src < b->src ? -1 : 1;
	return a->bead < b->bead ? -1 : a->bead > b->bead;
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

static int size_cmp(const void *pa, const void *pb)
{
	size_t a = *(const size_t *)pa, b = *(const size_t *)pb;
	return a < b ? -1 : a > b;
}

/* x is in the sorted v[0..n). */
static int sorted_has(const size_t *v, size_t n, size_t x)
{
	size_t lo = 0, hi = n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (v[mid] < x)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < n && v[lo] == x;
}

/* The sorted lists a and b share an index: the shorter one looked up in the
 * longer, so that a bead of many sentences costs little against one of few. */
static int share(const size_t *a, size_t na, const size_t *b, size_t nb)
{
	size_t i;
	if (na > nb) {
		const size_t *t = a;
		a = b;
		b = t;
		i = na;
		na = nb;
		nb = i;
	}
	for (i = 0; i < na; i++)
		if (sorted_has(b, nb, a[i]))
			return 1;
	return 0;
}

/*
 * Count test beads against gold: c[0] strict hits, c[1] strict misses,
 * c[2] lax hits, c[3] lax misses. Both sets sorted and distinct.
 */
static int count(size_t c[4], const key *gold, size_t ng, const key *test, size_t nt)
{
	srcref *ref = NULL;
	size_t nref = 0, ntg = 0, i, j, tcap = 0;
	size_t *gt = NULL, *goff = NULL, *tt = NULL; /* targets sorted: gold's, a test bead's */
	int rc = MWZ_ENOMEM;
	for (i = 0; i < ng; i++) {
		if (gold[i].ns > (size_t)-1 / sizeof *ref - nref ||
		    gold[i].nt > (size_t)-1 / sizeof *gt - ntg)
			return MWZ_ENOMEM;
		nref += gold[i].ns;
		ntg += gold[i].nt;
	}
	goff = malloc((ng + 1) * sizeof *goff);
	gt = malloc((ntg + 1) * sizeof *gt);
	if (!goff || !gt)
		goto out;
	for (i = 0, ntg = 0; i < ng; i++) {
		goff[i] = ntg;
		memcpy(gt + ntg, gold[i].t, gold[i].nt * sizeof *gt);
		qsort(gt + ntg, gold[i].nt, sizeof *gt, size_cmp);
		ntg += gold[i].nt;
	}
	if (nref) {
		ref = malloc(nref * sizeof *ref);
		if (!ref)
			goto out;
		nref = 0;
		for (i = 0; i < ng; i++)
			for (j = 0; j < gold[i].ns; j++) {
				ref[nref].src = gold[i].s[j];
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
		/* Lax: a gold bead shares a source sentence, and one of its targets. */
		if (t->ns && t->nt) {
			if (t->nt > tcap) {
				size_t *p = realloc(tt, t->nt * sizeof *tt);
				if (!p)
					goto out;
				tt = p;
				tcap = t->nt;
			}
			memcpy(tt, t->t, t->nt * sizeof *tt);
			qsort(tt, t->nt, sizeof *tt, size_cmp);
		}
		for (j = 0; j < t->ns && !lax && t->nt; j++) {
			size_t r = srcref_lower(ref, nref, t->s[j]);
			for (; r < nref && ref[r].src == t->s[j] && !lax; r++) {
				size_t b = ref[r].bead;
				lax = share(gt + goff[b], gold[b].nt, tt, t->nt);
			}
		}
		if (lax)
			c[2]++;
		else
			c[3]++;
	}
	rc = MWZ_OK;
out:
	free(ref);
	free(gt);
	free(goff);
	free(tt);
	return rc;
}

int mwz_score_add(mwz_score_counts_t *counts, const mwz_alignment_t *gold,
                  const mwz_alignment_t *test)
{
	key *g = NULL, *t = NULL;
	size_t ng, nt, p[4] = { 0, 0, 0, 0 }, r[4] = { 0, 0, 0, 0 };
	int rc;
	if (!counts || !gold || !test)
		return MWZ_EINVAL;
	/* Precision: every test bead, 1-0 and 0-1 included. */
	rc = key_set(&g, &ng, gold, 0);
	if (rc == MWZ_OK)
		rc = key_set(&t, &nt, test, 0);
	if (rc == MWZ_OK)
		rc = count(p, g, ng, t, nt);
	free(g);
	free(t);
	g = t = NULL;
	/* Recall: the gold beads against the test ones, no 1-0 or 0-1. */
	if (rc == MWZ_OK)
		rc = key_set(&g, &ng, gold, 1);
	if (rc == MWZ_OK)
		rc = key_set(&t, &nt, test, 1);
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
