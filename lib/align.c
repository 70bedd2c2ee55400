/* align.c - sentence alignment: bead costs and the banded dynamic programme. */
#include "internal.h"
#include "utf8.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* Bead kinds the DP considers: (src count, tgt count). */
static const int kinds[][2] = {
	{1, 1}, {1, 0}, {0, 1}, {1, 2}, {2, 1}, {2, 2},
	{1, 3}, {3, 1}, {1, 4}, {4, 1}
};
#define NKINDS ((int)(sizeof kinds / sizeof kinds[0]))

/* Per-sentence facts the costs use. */
typedef struct sent {
	double len; /* letters, digits and punctuation: code points not space */
} sent_t;

typedef struct aligner {
	size_t n, m;
	sent_t *s, *t;
	double *scum, *tcum; /* prefix sums of len */
	double ratio;        /* expected tgt length per src length */
	double prior[NKINDS];
} aligner_t;

static double text_len(const char *p, size_t len)
{
	const unsigned char *s = (const unsigned char *)p;
	size_t i = 0;
	double n = 0;
	while (i < len) {
		unsigned int cp;
		int k = mwz__utf8_decode(s, len, i, &cp);
		if (k < 0) {
			k = 1;
			cp = 0xFFFD;
		}
		if (!(cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' ||
		      cp == 0xA0 || (cp >= 0x200B && cp <= 0x200F)))
			n += 1;
		i += (size_t)k;
	}
	return n;
}

/* Upper tail of the standard normal, two-sided: P(|Z| >= z). */
static double norm_tail2(double z)
{
	return erfc(fabs(z) / sqrt(2.0));
}

/* Length cost of a bead (Gale & Church 1993), in -log probability units. */
static double length_cost(const aligner_t *a, double ls, double lt)
{
	double mean, var, d, p;
	if (ls <= 0 && lt <= 0)
		return 0;
	/* Symmetric in the two sides: compare against the mean of both. */
	mean = (ls * a->ratio + lt) / 2.0;
	if (mean < 1)
		mean = 1;
	var = 6.8 * mean;
	d = (lt - ls * a->ratio) / sqrt(var);
	p = norm_tail2(d);
	if (p < 1e-12)
		p = 1e-12;
	return -log(p);
}

/* Cost of the bead ending at (i, j) of kind k; huge if out of range. */
static double bead_cost(const aligner_t *a, size_t i, size_t j, int k)
{
	int da = kinds[k][0], db = kinds[k][1];
	double ls = a->scum[i] - a->scum[i - (size_t)da];
	double lt = a->tcum[j] - a->tcum[j - (size_t)db];
	if (da == 0 || db == 0)
		return a->prior[k];
	return a->prior[k] + length_cost(a, ls, lt);
}

/*
 * The band: for each row i in 0..n, columns lo[i]..hi[i] (inclusive) are
 * open. lo and hi are non-decreasing so a monotone path fits.
 */
typedef struct band {
	size_t *lo, *hi, *off; /* off[i]: index of (i, lo[i]) in the cells */
	size_t cells;
} band_t;

static void band_free(band_t *b)
{
	free(b->lo);
	free(b->hi);
	free(b->off);
	memset(b, 0, sizeof *b);
}

static int band_alloc(band_t *b, size_t n)
{
	b->lo = malloc((n + 1) * sizeof *b->lo);
	b->hi = malloc((n + 1) * sizeof *b->hi);
	b->off = malloc((n + 2) * sizeof *b->off);
	if (!b->lo || !b->hi || !b->off) {
		band_free(b);
		return MWZ_ENOMEM;
	}
	return 0;
}

/* Make lo/hi monotone, clamp to [0, m], fix the corners, count cells. */
static void band_finish(band_t *b, size_t n, size_t m)
{
	size_t i;
	b->lo[0] = 0;
	b->hi[n] = m;
	for (i = 0; i <= n; i++) {
		if (b->hi[i] > m)
			b->hi[i] = m;
		if (i > 0 && b->hi[i] < b->hi[i - 1])
			b->hi[i] = b->hi[i - 1];
	}
	b->lo[n] = b->lo[n] > m ? m : b->lo[n];
	for (i = n; i-- > 0;) {
		if (b->lo[i] > b->lo[i + 1])
			b->lo[i] = b->lo[i + 1];
	}
	/* Each row must overlap the one above so a path can pass. */
	for (i = 0; i < n; i++) {
		if (b->lo[i + 1] > b->hi[i])
			b->lo[i + 1] = b->hi[i];
	}
	b->cells = 0;
	for (i = 0; i <= n; i++) {
		if (b->lo[i] > b->hi[i])
			b->lo[i] = b->hi[i];
		b->off[i] = b->cells;
		b->cells += b->hi[i] - b->lo[i] + 1;
	}
	b->off[n + 1] = b->cells;
}

/* Band of half-width w around a path given as one column per row. */
static int band_around(band_t *b, const size_t *pathlo, const size_t *pathhi,
                       size_t n, size_t m, size_t w)
{
	size_t i;
	int rc = band_alloc(b, n);
	if (rc)
		return rc;
	for (i = 0; i <= n; i++) {
		size_t r0 = i >= w ? i - w : 0, r1 = i + w > n ? n : i + w;
		/* The rows within w of i, their path columns, widened by w. */
		size_t lo = pathlo[r0], hi = pathhi[r1];
		b->lo[i] = lo >= w ? lo - w : 0;
		b->hi[i] = hi + w;
	}
	band_finish(b, n, m);
	return 0;
}

#define BIG 1e300

/* Banded DP. Fills bp (kind + 1, 0 = unreachable); returns 0 or error. */
static int run_dp(const aligner_t *a, const band_t *b, unsigned char *bp,
                  double *cost)
{
	size_t i, j;
	for (i = 0; i <= a->n; i++) {
		for (j = b->lo[i]; j <= b->hi[i]; j++) {
			size_t c = b->off[i] + (j - b->lo[i]);
			double best = BIG;
			int bk = -1, k;
			if (i == 0 && j == 0) {
				cost[c] = 0;
				bp[c] = 0;
				continue;
			}
			for (k = 0; k < NKINDS; k++) {
				size_t pi, pj;
				double v;
				if ((size_t)kinds[k][0] > i || (size_t)kinds[k][1] > j)
					continue;
				pi = i - (size_t)kinds[k][0];
				pj = j - (size_t)kinds[k][1];
				if (pj < b->lo[pi] || pj > b->hi[pi])
					continue;
				v = cost[b->off[pi] + (pj - b->lo[pi])];
				if (v >= BIG)
					continue;
				v += bead_cost(a, i, j, k);
				if (v < best) {
					best = v;
					bk = k;
				}
			}
			cost[c] = best;
			bp[c] = (unsigned char)(bk + 1);
		}
	}
	return 0;
}

/* Trace back; *beads allocated. Also reports whether the path ran along the band's edge. */
static int trace(const aligner_t *a, const band_t *b, const unsigned char *bp,
                 const double *cost, mwz_bead_t **beads, size_t *nbeads,
                 int *touched, size_t margin)
{
	size_t i = a->n, j = a->m, nb = 0, cap = 64;
	mwz_bead_t *out = malloc(cap * sizeof *out);
	*touched = 0;
	if (!out)
		return MWZ_ENOMEM;
	while (i > 0 || j > 0) {
		size_t c = b->off[i] + (j - b->lo[i]);
		int k = bp[c] - 1;
		mwz_bead_t *bd;
		if (k < 0) {
			free(out);
			return MWZ_EINTERNAL;
		}
		if ((b->lo[i] > 0 && j < b->lo[i] + margin) ||
		    (b->hi[i] < a->m && j + margin > b->hi[i]))
			*touched = 1;
		if (nb == cap) {
			mwz_bead_t *nw = realloc(out, 2 * cap * sizeof *out);
			if (!nw) {
				free(out);
				return MWZ_ENOMEM;
			}
			out = nw;
			cap *= 2;
		}
		bd = &out[nb++];
		bd->src_len = (size_t)kinds[k][0];
		bd->tgt_len = (size_t)kinds[k][1];
		bd->src_start = i - bd->src_len;
		bd->tgt_start = j - bd->tgt_len;
		{
			size_t pc = b->off[bd->src_start] + (bd->tgt_start - b->lo[bd->src_start]);
			double d = cost[c] - cost[pc];
			bd->score = exp(-d / 4.0);
		}
		i = bd->src_start;
		j = bd->tgt_start;
	}
	/* Reverse into reading order. */
	{
		size_t x;
		for (x = 0; x < nb / 2; x++) {
			mwz_bead_t t = out[x];
			out[x] = out[nb - 1 - x];
			out[nb - 1 - x] = t;
		}
	}
	*beads = out;
	*nbeads = nb;
	return 0;
}

static void set_priors(aligner_t *a)
{
	int k;
	for (k = 0; k < NKINDS; k++) {
		int da = kinds[k][0], db = kinds[k][1];
		double p;
		if (da == 1 && db == 1)
			p = 0.89;
		else if (da == 0 || db == 0)
			p = 0.005;
		else if (da + db == 3)
			p = 0.0445;
		else if (da == 2 && db == 2)
			p = 0.011;
		else if (da + db == 4)
			p = 0.004;
		else
			p = 0.001;
		a->prior[k] = -log(p);
	}
}

int mwz_align(mwz_bead_t **beads, size_t *nbeads,
              const char *const *src, const size_t *src_len, size_t nsrc,
              const char *const *tgt, const size_t *tgt_len, size_t ntgt,
              const mwz_align_options_t *opts, mwz_error_t *err)
{
	aligner_t a;
	band_t b;
	size_t i, w;
	size_t *plo = NULL, *phi = NULL;
	unsigned char *bp = NULL;
	double *cost = NULL;
	int rc = 0;

	if (!beads || !nbeads || (nsrc && (!src || !src_len)) ||
	    (ntgt && (!tgt || !tgt_len)))
		return mwz__fail(err, MWZ_EINVAL, 0, 0, "mwz_align: NULL argument");
	if (opts && opts->version != MWZ_ALIGN_OPTIONS_VERSION)
		return mwz__fail(err, MWZ_EINVAL, 0, 0,
		                 "mwz_align: options version %u, expected %d",
		                 opts->version, MWZ_ALIGN_OPTIONS_VERSION);
	*beads = NULL;
	*nbeads = 0;
	if (nsrc == 0 && ntgt == 0)
		return 0;

	memset(&a, 0, sizeof a);
	memset(&b, 0, sizeof b);
	a.n = nsrc;
	a.m = ntgt;
	a.s = calloc(nsrc + 1, sizeof *a.s);
	a.t = calloc(ntgt + 1, sizeof *a.t);
	a.scum = calloc(nsrc + 1, sizeof *a.scum);
	a.tcum = calloc(ntgt + 1, sizeof *a.tcum);
	if (!a.s || !a.t || !a.scum || !a.tcum) {
		rc = MWZ_ENOMEM;
		goto done;
	}
	for (i = 0; i < nsrc; i++) {
		a.s[i].len = text_len(src[i], src_len[i]);
		a.scum[i + 1] = a.scum[i] + a.s[i].len;
	}
	for (i = 0; i < ntgt; i++) {
		a.t[i].len = text_len(tgt[i], tgt_len[i]);
		a.tcum[i + 1] = a.tcum[i] + a.t[i].len;
	}
	a.ratio = (a.scum[nsrc] > 0 && a.tcum[ntgt] > 0)
	                  ? a.tcum[ntgt] / a.scum[nsrc]
	                  : 1.0;
	set_priors(&a);

	/* Initial path: the diagonal. */
	plo = malloc((nsrc + 1) * sizeof *plo);
	phi = malloc((nsrc + 1) * sizeof *phi);
	if (!plo || !phi) {
		rc = MWZ_ENOMEM;
		goto done;
	}
	for (i = 0; i <= nsrc; i++) {
		size_t c0 = nsrc ? (size_t)((double)i * ntgt / nsrc) : ntgt;
		size_t c1 = nsrc ? (size_t)(((double)i * ntgt + nsrc - 1) / nsrc) : ntgt;
		plo[i] = i == 0 ? 0 : c0;
		phi[i] = c1 > ntgt ? ntgt : c1;
	}
	w = 32;
	for (;;) {
		int touched = 0;
		band_free(&b);
		rc = band_around(&b, plo, phi, nsrc, ntgt, w);
		if (rc)
			goto done;
		free(bp);
		free(cost);
		bp = malloc(b.cells);
		cost = malloc(b.cells * sizeof *cost);
		if (!bp || !cost) {
			rc = MWZ_ENOMEM;
			goto done;
		}
		run_dp(&a, &b, bp, cost);
		rc = trace(&a, &b, bp, cost, beads, nbeads, &touched, 4);
		if (rc)
			goto done;
		if (!touched || (b.lo[nsrc] == 0 && b.hi[0] == ntgt))
			break;
		/* The path ran along the edge: widen around it and redo. */
		for (i = 0; i <= nsrc; i++) {
			plo[i] = ntgt;
			phi[i] = 0;
		}
		{
			size_t x;
			for (x = 0; x < *nbeads; x++) {
				const mwz_bead_t *bd = &(*beads)[x];
				size_t r;
				for (r = bd->src_start; r <= bd->src_start + bd->src_len; r++) {
					size_t c0 = bd->tgt_start, c1 = bd->tgt_start + bd->tgt_len;
					if (c0 < plo[r])
						plo[r] = c0;
					if (c1 > phi[r])
						phi[r] = c1;
				}
			}
		}
		free(*beads);
		*beads = NULL;
		*nbeads = 0;
		w *= 2;
	}
done:
	if (rc) {
		free(*beads);
		*beads = NULL;
		*nbeads = 0;
		if (rc == MWZ_ENOMEM)
			mwz__fail(err, rc, 0, 0, "mwz_align: out of memory");
		else
			mwz__fail(err, rc, 0, 0, "mwz_align: internal error");
	}
	band_free(&b);
	free(plo);
	free(phi);
	free(bp);
	free(cost);
	free(a.s);
	free(a.t);
	free(a.scum);
	free(a.tcum);
	return rc;
}
