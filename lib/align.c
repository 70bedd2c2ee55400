/* align.c - sentence alignment: bead costs from coverage and length, banded DP, coarse-to-fine path. */
#include "internal.h"
#include "align_feat.h"
#include "cpus.h"

#include <math.h>
#include <pthread.h>
#include <sched.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* Bead kinds the DP considers: (rows, columns). */
static const int kinds[][2] = {
	{1, 1}, {1, 0}, {0, 1}, {1, 2}, {2, 1}, {2, 2},
	{1, 3}, {3, 1}, {1, 4}, {4, 1}, {2, 3}, {3, 2}
};
#define NKINDS ((int)(sizeof kinds / sizeof kinds[0]))

#define BIG 1e300

/* Tunable weights of the signals (set in set_params). */
typedef struct params {
	double len_w;     /* weight of the length cost                       */
	double u_empty;   /* uncovered share assumed for a wordless sentence */
	double u_lacking; /* ... one with lack_words or more words the other side lacks */
	double u_lacking_m; /* ... the same, as one of several sentences of a bead */
	double lack_words; /* words the other side lacks that make a sentence lack fully */
	int debris;       /* a sentence with neither a word nor a number to match lacks fully */
	int chance_mean;  /* chance matches of extra partners from the mean (calibrate) */
	double mutual;    /* a 2-2 bead holding a pair that covers each other as true pairs do */
	double skip;      /* cost of leaving one sentence out                */
	double zero_pen;  /* a sentence of a merged bead that matched nothing */
	double skip_gain; /* extra cost of leaving out a sentence with a good partner */
	/* The last pass's skip from the first pass's share of sentences left
	 * out (adapt_skip): skip - skip_beta ln(r / skip_r0), r drawn towards
	 * skip_r0 by skip_k sentences' worth, within [skip_lo, skip_hi]. */
	int adapt_skip;
	double skip_r0, skip_k, skip_beta, skip_lo, skip_hi;
	double unsup;     /* a sentence of a merged bead that adds no match the others lack */
	double unsup_len; /* ... when leaving it out improves the length cost by this much */
	double unsup_u0;  /* ... and its uncovered share is above this (full penalty at 1) */
	int learn;        /* learn word pairs from the first pass */
	int nkinds;       /* kinds the last pass tries: 2-3 and 3-2 are the last two */
	double u_shrink;  /* word weight at which a sentence's coverage is half trusted */
	int words_expected; /* most words should find a match (lexicon, or one script) */
	double prior[NKINDS];
	double para_in;   /* a paragraph start inside a bead                 */
	double para_edge; /* a bead starts a paragraph on one side only      */
	/* Calibration of the uncovered share per side (rows, columns): the
	 * typical value for true pairs and for unrelated ones, measured on a
	 * first pass; costs use (u - u_true) / (u_rand - u_true). */
	double u_true[2], u_rand[2];
	/* Mean uncovered share of the unrelated pairs, per side (0: not
	 * measured yet): with chance_mean, what each extra partner of a
	 * sentence leaves uncovered by chance. */
	double u_mean[2];
} params_t;

/* Coverage masks of one sentence pair: which words of each side found a match. */
typedef struct pairc {
	mwz__mask sm, tm;
	float us, ut; /* calibrated uncovered shares of the two sentences */
} pairc_t;

/*
 * The band: for each row i in 0..n, columns lo[i]..hi[i] (inclusive) are
 * open; lo and hi never decrease, and each row overlaps the one above.
 */
typedef struct band {
	size_t *lo, *hi, *off; /* off[i]: index of (i, lo[i]) in the cells */
	size_t cells;
} band_t;

/* Characters of English per character of Arabic: the median of ntrex-dev's
 * and tico19's documents (1.07, 1.09; the documents range from 0.83 to
 * 1.25). */
#define RATIO_AR 1.08

/* Two languages in Latin script have about as many characters as each other
 * (Text+Berg de-fr 1.01; English, German, French, Spanish within a fifth or
 * so): a whole-text ratio further off 1 than this says one side holds much
 * the other lacks, and the first pass starts from 1 instead. */
#define RATIO_FAR 1.6

/* The share of an Arabic side's length that is letters, not harakat or
 * tatweel: the usual ratio is one of bare letters, and a vocalised text is
 * up to twice as long. */
static double bare_share(const mwz__side *sd, double total)
{
	return total > 0 && sd->marks < total ? (total - sd->marks) / total : 1.0;
}

/* Variance of the length difference a character before calibration:
 * Gale and Church had 6.8; our dev texts show about 2.5. */
#ifndef LVAR0
#define LVAR0 2.5
#endif
#define LCSTEP 20.0
#define LCTAB 4000
typedef struct aligner {
	const mwz__side *S, *T; /* rows, columns */
	size_t n, m;
	double *scum, *tcum;    /* prefix sums of lengths */
	double ratio;           /* expected column length per row length */
	double lvar;            /* variance of the length difference per character */
	params_t p;
	const band_t *b;
	const pairc_t *pc;      /* per band cell (i, j): pair (i - 1, j - 1) */
	float *best_s, *best_t; /* per sentence: lowest uncovered share in the band */
	float *u0_s, *u0_t;     /* per sentence: its calibrated share with no match */
	mwz__feat *feat;        /* for learning word pairs from the first pass */
	mwz__side *src, *tgt;   /* the caller's sides (S and T may be swapped) */
	int swap;
	/* The first pass's band and masks, reused by the second. */
	band_t prev_b;
	pairc_t *prev_pc;
	double lctab[LCTAB + 2]; /* -log P(|Z| >= z) at z^2 = k / LCSTEP */
	double uscale[2][5];      /* see set_uscale */
	long ncpu;                /* processors online */
} aligner_t;

/*
 * same_script: both sides in one script (German/French...), matched on
 * shared words and prefixes, which overlap by chance more than words
 * matched across scripts through the lexicon: a sentence's lack of a
 * match says less, so leaving one out costs more and merges cost less.
 */
static void set_params(params_t *p, int same_script)
{
	int k;
	p->len_w = 0.08;
	p->u_empty = 0.55;
	p->skip = same_script ? 1.5 : 1.2;
	/* A sentence none of whose words the other side has (not even by
	 * prefix, in one script) is likely one left out: better left out than
	 * added to a neighbour's bead. In one script (de-fr) it is better left
	 * out than put in any bead; across scripts (Arabic/English) it is as
	 * often a translation whose words the lexicon misses (clitics,
	 * inflection, gaps): neutral in a 1-1 bead. */
	p->u_lacking_m = p->skip + 0.1;
	p->u_lacking = same_script ? p->u_lacking_m : p->u_empty;
	/* Across scripts the words are content words (stopwords dropped); in
	 * one script without a lexicon (de-fr) there is no stopword list, and
	 * a short sentence of function words and words without a cognate,
	 * true to its partner, lacks four of them easily: only many say the
	 * sentence is one left out. */
	p->lack_words = same_script ? 16 : 4;
	/* OCR rubble (Text+Berg: "..... ", "- _-", ".:-- , ."): a line with
	 * no word and no number is best left out, not put in a neighbour's
	 * bead as a neutral member. Across scripts such lines are not left
	 * out (unchanged). */
	p->debris = same_script;
	/* Matched on shared words and prefixes, most unrelated pairs share
	 * nothing (the median uncovered share is 1), yet some share a name or
	 * a prefix by chance, which a bead of 2-2 or 1-3 collects from its
	 * extra partners: the mean sees those, the median does not. */
	p->chance_mean = same_script;
	/* Text+Berg has many 2-2 beads, and half of those we made were two
	 * 1-1 beads, one of them a pair whose sentences cover each other
	 * better than a typical true pair does (calibrated share below 0 on
	 * both sides), which a true 2-2 (a boundary moved) seldom holds: such
	 * a pair is a bead by itself. Across scripts unchanged. */
	p->mutual = same_script ? 0.5 : 0;
	p->zero_pen = 0;
	p->skip_gain = 0;
	/* Across scripts, a text whose first pass leaves out many sentences
	 * (a translation that dropped a tenth of them) makes leaving one out
	 * cheaper in the last pass, and one that leaves out none dearer: the
	 * edits' mix is a property of the text. Without it, two neighbours
	 * left out on either side pair up as a poor 1-1 bead. In one script
	 * (de-fr) unchanged. */
	p->adapt_skip = !same_script;
	p->skip_r0 = 0.03;
	p->skip_k = 60;
	p->skip_beta = 0.3;
	p->skip_lo = p->skip - 0.3;
	p->skip_hi = p->skip + 0.2;
	/* Across scripts only: one script's chance matches (de-fr) say too little. */
	p->unsup = same_script ? 0 : 0.8;
	p->unsup_len = 0;
	/* From the lowest calibrated share up: a member adding no match the
	 * others lack is suspect even when its own few words found partners
	 * (a name the others share), as dropped sentences usually are. */
	p->unsup_u0 = -0.3;
	p->learn = 1;
	/* Translations between one script's languages (Text+Berg de-fr) merge
	 * and split more freely: they get 2-3 and 3-2 beads too. */
	p->nkinds = same_script ? NKINDS : NKINDS - 2;
	/* Across scripts, where the lexicon connects the words: a sentence
	 * with few weighted words says less by its coverage, and its share
	 * is drawn towards u_empty (2: about one rare word). */
	p->u_shrink = same_script ? 0 : 2.0;
	p->para_in = 0.6;
	p->para_edge = 0.15;
	p->u_true[0] = p->u_true[1] = 0;
	p->u_rand[0] = p->u_rand[1] = 1;
	for (k = 0; k < NKINDS; k++) {
		int da = kinds[k][0], db = kinds[k][1];
		if (da == 1 && db == 1)
			p->prior[k] = 0;
		else if (da == 0 || db == 0)
			p->prior[k] = 0;
		else if (da + db == 3)
			p->prior[k] = same_script ? 0.4 : 0.35;
		else if (da == 2 && db == 2)
			p->prior[k] = same_script ? 0.7 : 1.2;
		else if (da + db == 4)
			p->prior[k] = 0.5;
		else if (da == 2 || db == 2)
			p->prior[k] = 1.6; /* 2-3, 3-2 */
		else
			p->prior[k] = 0.8;
	}
}

/* Two-sided tail of the standard normal: P(|Z| >= z). */
static double norm_tail2(double z)
{
	return erfc(fabs(z) / sqrt(2.0));
}

static void lc_table(double *tab)
{
	int k;
	for (k = 0; k < LCTAB + 2; k++) {
		double p = norm_tail2(sqrt((double)k / LCSTEP));
		tab[k] = -log(p < 1e-300 ? 1e-300 : p);
	}
}

/* Length cost of a bead (after Gale & Church 1993), in -log probability. */
static inline double length_cost(const aligner_t *a, double ls, double lt)
{
	double mean, d, z2, f;
	int k;
	if (ls <= 0 && lt <= 0)
		return 0;
	mean = (ls * a->ratio + lt) / 2.0;
	if (mean < 1)
		mean = 1;
	d = lt - ls * a->ratio;
	z2 = d * d / (a->lvar * mean) * LCSTEP;
	if (z2 >= LCTAB) /* beyond the table the tail grows as z^2 / 2 */
		return a->lctab[LCTAB] + (z2 - LCTAB) / LCSTEP / 2;
	k = (int)z2;
	f = z2 - k;
	return a->lctab[k] * (1 - f) + a->lctab[k + 1] * f;
}

/* ---- band ------------------------------------------------------------------ */

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
	if (b->lo[n] > m)
		b->lo[n] = m;
	for (i = n; i-- > 0;)
		if (b->lo[i] > b->lo[i + 1])
			b->lo[i] = b->lo[i + 1];
	/* Each row must overlap the one above so a path can pass. */
	for (i = 0; i < n; i++)
		if (b->lo[i + 1] > b->hi[i])
			b->lo[i + 1] = b->hi[i];
	b->cells = 0;
	for (i = 0; i <= n; i++) {
		if (b->lo[i] > b->hi[i])
			b->lo[i] = b->hi[i];
		b->off[i] = b->cells;
		b->cells += b->hi[i] - b->lo[i] + 1;
	}
	b->off[n + 1] = b->cells;
}

/* Band of half-width w (rows and columns) around a path given as column ranges per row. */
static int band_around(band_t *b, const size_t *pathlo, const size_t *pathhi,
                       size_t n, size_t m, size_t w)
{
	size_t i, wr = w / 4;
	int rc = band_alloc(b, n);
	if (rc)
		return rc;
	for (i = 0; i <= n; i++) {
		/* The path's own columns in this row and the next few rows
		 * cover steep stretches; w more on each side. */
		size_t r0 = i >= wr ? i - wr : 0, r1 = i + wr > n ? n : i + wr;
		size_t lo = pathlo[r0], hi = pathhi[r1];
		b->lo[i] = lo >= w ? lo - w : 0;
		b->hi[i] = hi + w;
	}
	band_finish(b, n, m);
	return 0;
}

static long cell(const band_t *b, size_t i, size_t j)
{
	if (j < b->lo[i] || j > b->hi[i])
		return -1;
	return (long)(b->off[i] + (j - b->lo[i]));
}

/* ---- pair coverage -------------------------------------------------------- */

/*
 * The columns' concepts inverted: for each concept, the column-side word
 * types that have it. A row then marks the types it shares a concept with
 * (and with which of its bits) once, and each cell only reads its column's
 * tokens, instead of looking every concept of every cell up.
 */
typedef struct cindex {
	uint32_t *key;        /* concept + 1 per slot; 0 = empty */
	uint32_t *start;      /* per slot: first posting, then end (after filling) */
	uint32_t *post;       /* column types, grouped by concept */
	size_t nslot;
	uint32_t *tstamp;     /* per column type: row stamp of tmask */
	mwz__mask *tmask;     /* per column type: row bits sharing a concept */
	uint32_t stamp;
	/* Per row type, made when first needed: the column types sharing a
	 * concept with it (each once), at adj[aoff[ty] - 1] .. + alen[ty]. */
	uint32_t *aoff, *alen, *adj, *astamp;
	size_t nadj, adjcap;
	uint32_t astampv;
	size_t ntt;           /* column types */
	int borrowed;         /* key, start and post belong to another cindex */
} cindex_t;

static void cindex_free(cindex_t *x)
{
	if (!x->borrowed) {
		free(x->key);
		free(x->start);
		free(x->post);
	}
	free(x->tstamp);
	free(x->tmask);
	free(x->aoff);
	free(x->alen);
	free(x->adj);
	free(x->astamp);
	memset(x, 0, sizeof *x);
}

static inline size_t cindex_slot(const cindex_t *x, uint32_t c)
{
	size_t h = (size_t)((c * 2654435761u) >> 8) & (x->nslot - 1);
	while (x->key[h] && x->key[h] != c + 1)
		h = (h + 1) & (x->nslot - 1);
	return h;
}

/* A thread's own marks (the index itself is only read). */
static int cindex_scratch(cindex_t *x, const mwz__side *S)
{
	x->tstamp = calloc(x->ntt + 1, sizeof *x->tstamp);
	x->tmask = malloc((x->ntt + 1) * sizeof *x->tmask);
	x->astamp = calloc(x->ntt + 1, sizeof *x->astamp);
	x->aoff = calloc(S->ntypes + 1, sizeof *x->aoff);
	x->alen = calloc(S->ntypes + 1, sizeof *x->alen);
	return x->tstamp && x->tmask && x->astamp && x->aoff && x->alen ? 0 : MWZ_ENOMEM;
}

/* A second set of marks over the same index, for another thread. */
static int cindex_share(cindex_t *x, const cindex_t *from, const mwz__side *S)
{
	memset(x, 0, sizeof *x);
	x->key = from->key;
	x->start = from->start;
	x->post = from->post;
	x->nslot = from->nslot;
	x->ntt = from->ntt;
	x->borrowed = 1;
	if (cindex_scratch(x, S)) {
		cindex_free(x);
		return MWZ_ENOMEM;
	}
	return 0;
}

static int cindex_build(cindex_t *x, const mwz__side *S, const mwz__side *T)
{
	size_t nc = T->cpt_off[T->ntypes], k, r, h, tot = 0;
	memset(x, 0, sizeof *x);
	x->ntt = T->ntypes;
	x->nslot = 1024;
	while (x->nslot < 2 * nc + 2)
		x->nslot *= 2;
	x->key = calloc(x->nslot, sizeof *x->key);
	x->start = calloc(x->nslot, sizeof *x->start);
	x->post = malloc((nc + 1) * sizeof *x->post);
	if (!x->key || !x->start || !x->post || cindex_scratch(x, S)) {
		cindex_free(x);
		return MWZ_ENOMEM;
	}
	/* Count the types of each concept, then give each its range. */
	for (k = 0; k < T->ntypes; k++)
		for (r = T->cpt_off[k]; r < T->cpt_off[k + 1]; r++) {
			h = cindex_slot(x, T->cpt[r]);
			x->key[h] = T->cpt[r] + 1;
			x->start[h]++;
		}
	for (h = 0; h < x->nslot; h++) {
		size_t cnt = x->start[h];
		x->start[h] = (uint32_t)tot;
		tot += cnt;
	}
	for (k = 0; k < T->ntypes; k++)
		for (r = T->cpt_off[k]; r < T->cpt_off[k + 1]; r++) {
			h = cindex_slot(x, T->cpt[r]);
			x->post[x->start[h]++] = (uint32_t)k;
		}
	/* start[h] is now the end of slot h's range; its beginning is the
	 * end of the previous slot's. */
	return 0;
}

/* The column types sharing a concept with row type ty: *list, *n. */
static int cindex_adj(cindex_t *x, const mwz__side *S, uint32_t ty,
                      const uint32_t **list, size_t *n)
{
	size_t r, h, q, qe, start = x->nadj;
	if (!x->aoff[ty]) {
		if (++x->astampv == 0) {
			memset(x->astamp, 0, (x->ntt + 1) * sizeof *x->astamp);
			x->astampv = 1;
		}
		for (r = S->cpt_off[ty]; r < S->cpt_off[ty + 1]; r++) {
			h = cindex_slot(x, S->cpt[r]);
			if (!x->key[h])
				continue;
			qe = x->start[h];
			for (q = h ? x->start[h - 1] : 0; q < qe; q++) {
				uint32_t t2 = x->post[q];
				if (x->astamp[t2] == x->astampv)
					continue;
				x->astamp[t2] = x->astampv;
				if (x->nadj == x->adjcap) {
					size_t nc = x->adjcap ? 2 * x->adjcap : 4096;
					uint32_t *p = realloc(x->adj, nc * sizeof *p);
					if (!p)
						return MWZ_ENOMEM;
					x->adj = p;
					x->adjcap = nc;
				}
				x->adj[x->nadj++] = t2;
			}
		}
		x->aoff[ty] = (uint32_t)start + 1;
		x->alen[ty] = (uint32_t)(x->nadj - start);
	}
	*list = x->adj + (x->aoff[ty] - 1);
	*n = x->alen[ty];
	return 0;
}

#define HMUL 2654435761u

/* Weight of the bits of a sentence's mask. */
static inline double mask_weight(const mwz__side *sd, size_t s, mwz__mask m)
{
	const float *w = sd->bitw + sd->bit_off[s];
	double x = 0;
	while (m) {
		int k = __builtin_ctz(m);
		x += w[k];
		m &= m - 1;
	}
	return x;
}

static mwz__mask pair_sm(const aligner_t *a, size_t s, size_t t)
{
	long c = cell(a->b, s + 1, t + 1);
	return c < 0 ? 0 : a->pc[c].sm;
}

static mwz__mask pair_tm(const aligner_t *a, size_t s, size_t t)
{
	long c = cell(a->b, s + 1, t + 1);
	return c < 0 ? 0 : a->pc[c].tm;
}

/* Raw share of a sentence's weight left uncovered by the mask; -1 if it has none. */
static inline double raw_uncovered(const mwz__side *sd, size_t s, mwz__mask m)
{
	double w = sd->wsum[s], u;
	if (!(w > 0))
		return -1;
	u = 1.0 - mask_weight(sd, s, m) / w;
	return u < 0 ? 0 : u; /* float sums may overshoot a little */
}

/* How far a sentence with nothing to match lacks words: 0 to 1 (4 or more). */
static inline double lacking(const aligner_t *a, const mwz__side *sd, size_t s)
{
	/* ... when such words are rare: with a lexicon or one script, or
	 * as the text shows. */
	double f, cr;
	if (sd->wsum[s] > 0)
		return 0;
	if (a->p.debris && sd->nunc[s] == 0)
		return 1;
	f = sd->nunc[s] / a->p.lack_words;
	cr = (sd->cover_rate - 0.3) / 0.4;
	if (a->p.words_expected)
		cr = 1;
	return (f > 1 ? 1 : f) * (cr < 0 ? 0 : cr > 1 ? 1 : cr);
}

/* Lowest value uncovered() returns (its clamp; u_empty and u_lacking are above it). */
#define U_FLOOR (-0.3)

/*
 * Calibrated uncovered share: 0 as for a true pair, 1 as for unrelated
 * sentences. With k partners an unrelated sentence finds more chance
 * matches: its expected share is u_rand^k, which keeps merged beads from
 * looking better than they are.
 */
static inline double uncovered(const aligner_t *a, const mwz__side *sd, size_t s,
                        mwz__mask m, int k)
{
	int side = sd == a->T;
	double u = raw_uncovered(sd, s, m);
	if (u < 0) /* Nothing to match: neutral, unless it has words the other side lacks. */
		return a->p.u_empty + (a->p.u_lacking - a->p.u_empty) * lacking(a, sd, s);
	u = (u - a->p.u_true[side]) * a->uscale[side][k > 4 ? 4 : k];
	if (a->p.u_shrink > 0) {
		double w = sd->wsum[s];
		u = (w * u + a->p.u_shrink * a->p.u_empty) / (w + a->p.u_shrink);
	}
	if (u < U_FLOOR)
		u = U_FLOOR;
	if (u > 1.3)
		u = 1.3;
	return u;
}

/*
 * 1 / (u_rand^k - u_true) for k partners, per side; with chance_mean, once
 * measured, u_rand u_mean^(k - 1): each partner past the first leaves a
 * sentence's words uncovered as an unrelated sentence does on average.
 */
static void set_uscale(aligner_t *a)
{
	int side, k;
	for (side = 0; side < 2; side++)
		for (k = 0; k <= 4; k++) {
			double d = pow(a->p.u_rand[side], k < 1 ? 1 : k) - a->p.u_true[side];
			if (a->p.chance_mean && k >= 2 && a->p.u_mean[side] > 0)
				d = a->p.u_rand[side] * pow(a->p.u_mean[side], k - 1) - a->p.u_true[side];
			a->uscale[side][k] = 1.0 / (d < 0.05 ? 0.05 : d);
		}
}

/* Coverage masks of the band cells of rows i0 .. i1 - 1 (compute_pairs). */
static int pairs_rows(const aligner_t *a, const band_t *b, pairc_t *pc,
                      const band_t *ob, const pairc_t *opc, cindex_t *cx,
                      size_t i0, size_t i1)
{
	const mwz__side *S = a->S, *T = a->T;
	size_t i, j, q;
	for (i = i0; i < i1; i++) {
		size_t s = i - 1, need = 0, olo = 1, ohi = 0;
		size_t jlo = b->lo[i] > 0 ? b->lo[i] : 1;
		int built = 0;
		if (jlo > b->hi[i])
			continue;
		if (opc && ob && ob->lo) {
			/* Pairs an earlier band holds are copied, not looked up again. */
			olo = ob->lo[i] > 0 ? ob->lo[i] : 1;
			ohi = ob->hi[i];
		}
		for (q = S->tok_off[s]; q < S->tok_off[s + 1]; q++) {
			uint32_t ty = S->tok_type[q];
			need += S->cpt_off[ty + 1] - S->cpt_off[ty];
		}
		for (j = jlo; j <= b->hi[i]; j++) {
			size_t t = j - 1;
			pairc_t *p = &pc[b->off[i] + (j - b->lo[i])];
			if (j >= olo && j <= ohi) {
				const pairc_t *o = &opc[ob->off[i] + (j - ob->lo[i])];
				p->sm = o->sm;
				p->tm = o->tm;
			} else if (need > 0) {
				if (!built) {
					/* The column types sharing a concept with the row, once. */
					if (!cx->key && cindex_build(cx, S, T))
						return MWZ_ENOMEM;
					if (++cx->stamp == 0) {
						memset(cx->tstamp, 0, (cx->ntt + 1) * sizeof *cx->tstamp);
						cx->stamp = 1;
					}
					for (q = S->tok_off[s]; q < S->tok_off[s + 1]; q++) {
						mwz__mask bit = (mwz__mask)1 << S->tok_bit[q];
						const uint32_t *adj;
						size_t na, x;
						if (cindex_adj(cx, S, S->tok_type[q], &adj, &na))
							return MWZ_ENOMEM;
						for (x = 0; x < na; x++) {
							uint32_t t2 = adj[x];
							if (cx->tstamp[t2] != cx->stamp) {
								cx->tstamp[t2] = cx->stamp;
								cx->tmask[t2] = 0;
							}
							cx->tmask[t2] |= bit;
						}
					}
					built = 1;
				}
				for (q = T->tok_off[t]; q < T->tok_off[t + 1]; q++) {
					uint32_t ty = T->tok_type[q];
					if (cx->tstamp[ty] == cx->stamp) {
						p->sm |= cx->tmask[ty];
						p->tm |= (mwz__mask)1 << T->tok_bit[q];
					}
				}
			}
			/* A pair with no match (often) takes its shares from the table. */
			p->us = p->sm ? (float)uncovered(a, S, s, p->sm, 1) : a->u0_s[s];
			p->ut = p->tm ? (float)uncovered(a, T, t, p->tm, 1) : a->u0_t[t];
		}
	}
	return 0;
}

typedef struct rows_job {
	const aligner_t *a;
	const band_t *b;
	pairc_t *pc;
	const band_t *ob;
	const pairc_t *opc;
	cindex_t cx;
	size_t i0, i1;
	int rc;
} rows_job_t;

static void *rows_thread(void *arg)
{
	rows_job_t *j = arg;
	const band_t *b = j->b;
	memset(j->pc + b->off[j->i0], 0, (b->cells - b->off[j->i0]) * sizeof *j->pc);
	j->rc = pairs_rows(j->a, b, j->pc, j->ob, j->opc, &j->cx, j->i0, j->i1);
	return NULL;
}

/* Bands of fewer cells are not worth a second thread. */
#define THREAD_MIN_CELLS 60000

/* Each sentence's share with no match, under the current calibration. */
static void set_u0(aligner_t *a)
{
	size_t i;
	for (i = 0; i < a->n; i++)
		a->u0_s[i] = (float)uncovered(a, a->S, i, 0, 1);
	for (i = 0; i < a->m; i++)
		a->u0_t[i] = (float)uncovered(a, a->T, i, 0, 1);
}

/* Each sentence's best partner in the band: what leaving it out would lose. */
static void best_partners(aligner_t *a, const band_t *b, const pairc_t *pc)
{
	size_t i, j;
	for (j = 0; j < a->m; j++)
		a->best_t[j] = 1;
	for (i = 1; i <= a->n; i++) {
		float bs = 1;
		size_t jlo = b->lo[i] > 0 ? b->lo[i] : 1;
		for (j = jlo; j <= b->hi[i]; j++) {
			const pairc_t *p = &pc[b->off[i] + (j - b->lo[i])];
			if (p->us < bs)
				bs = p->us;
			if (p->ut < a->best_t[j - 1])
				a->best_t[j - 1] = p->ut;
		}
		a->best_s[i - 1] = bs;
	}
}

/*
 * Coverage masks for every band cell. A large band is done by two threads
 * when there are two processors, each with its own marks over one index:
 * rows are independent.
 */
static int compute_pairs(aligner_t *a, const band_t *b, pairc_t *pc,
                         const band_t *ob, const pairc_t *opc)
{
	size_t i, mid = a->n + 1;
	cindex_t cx;
	rows_job_t job;
	pthread_t th;
	int rc, started = 0;
	memset(&cx, 0, sizeof cx);
	set_u0(a);
	if (a->ncpu >= 2 && b->cells >= THREAD_MIN_CELLS && a->n >= 2) {
		/* Half the cells each. */
		for (mid = 1; mid < a->n && b->off[mid] < b->cells / 2; mid++)
			;
		/* One index for both threads, made only if some cell is not copied. */
		int need = !opc || !ob || !ob->lo;
		for (i = 1; i <= a->n && !need; i++) {
			size_t jlo = b->lo[i] > 0 ? b->lo[i] : 1, olo = ob->lo[i] > 0 ? ob->lo[i] : 1;
			if (jlo <= b->hi[i] && (jlo < olo || b->hi[i] > ob->hi[i]))
				need = 1;
		}
		if (need && cindex_build(&cx, a->S, a->T))
			return MWZ_ENOMEM;
		memset(&job, 0, sizeof job);
		job.a = a;
		job.b = b;
		job.pc = pc;
		job.ob = ob;
		job.opc = opc;
		job.i0 = mid;
		job.i1 = a->n + 1;
		if (!need || cindex_share(&job.cx, &cx, a->S) == 0) {
			if (pthread_create(&th, NULL, rows_thread, &job) == 0)
				started = 1;
			else
				cindex_free(&job.cx);
		}
		if (!started)
			mid = a->n + 1;
	}
	memset(pc, 0, (started ? b->off[mid] : b->cells) * sizeof *pc);
	rc = pairs_rows(a, b, pc, ob, opc, &cx, 1, mid);
	if (started) {
		pthread_join(th, NULL);
		if (!rc)
			rc = job.rc;
		cindex_free(&job.cx);
	}
	cindex_free(&cx);
	if (rc)
		return rc;
	best_partners(a, b, pc);
	return 0;
}

/*
 * In a bead of one sentence against several, a sentence of the several
 * that matches no word of the one that the others have not matched adds
 * nothing: most likely a sentence left out and absorbed. Its calibrated
 * uncovered share (above unsup_u0) costs again, so that 1-1 plus 1-0 wins
 * when it alone has no support.
 */
static double unsupported(const aligner_t *a, size_t i, size_t j, int da, int db)
{
	mwz__mask m[4];
	float u[4];
	int n = da > db ? da : db, x, y;
	double pen = 0, ls = 0, lt = 0, full = -1;
	for (x = 0; x < n; x++) {
		long cc = da > 1 ? cell(a->b, i - da + x + 1, j) : cell(a->b, i, j - db + x + 1);
		m[x] = cc < 0 ? 0 : da > 1 ? a->pc[cc].tm : a->pc[cc].sm;
		u[x] = cc < 0 ? 1 : da > 1 ? a->pc[cc].us : a->pc[cc].ut;
	}
	for (x = 0; x < n; x++) {
		mwz__mask rest = 0;
		double lx;
		for (y = 0; y < n; y++)
			if (y != x)
				rest |= m[y];
		if ((m[x] & ~rest) != 0 || !(u[x] > a->p.unsup_u0))
			continue;
		/* ... and only when the length model agrees. */
		if (full < 0) {
			ls = a->scum[i] - a->scum[i - da];
			lt = a->tcum[j] - a->tcum[j - db];
			full = length_cost(a, ls, lt);
		}
		if (da > 1)
			lx = length_cost(a, ls - (a->scum[i - da + x + 1] - a->scum[i - da + x]), lt);
		else
			lx = length_cost(a, ls, lt - (a->tcum[j - db + x + 1] - a->tcum[j - db + x]));
		if (lx < full - a->p.unsup_len)
			pen += a->p.unsup * (u[x] > 1 ? 1 : (u[x] - a->p.unsup_u0) / (1 - a->p.unsup_u0));
	}
	return pen;
}

/*
 * Cost of the bead of kind k ending at (i, j), to be added to base (the
 * cost of the path before it) against best: BIG when base + cost cannot
 * come under best. *usum gets its uncovered shares. Always inlined: with k
 * a constant (run_dp) the bead's shape folds away.
 */
static inline __attribute__((always_inline)) double
bead_cost(const aligner_t *a, size_t i, size_t j, int k, double *usum, double base,
          double best)
{
	size_t da = (size_t)kinds[k][0], db = (size_t)kinds[k][1], x, y;
	double c = 0, u = 0, ls, lt, lc, limit = best - base;
	const mwz__side *S = a->S, *T = a->T;
	if (da == 0 || db == 0) {
		/* Leaving out a sentence that has a good partner nearby costs more. */
		double bu = da ? a->best_s[i - 1] : a->best_t[j - 1];
		*usum = 1;
		c = a->p.skip;
		if (a->p.skip_gain != 0)
			c = a->p.skip + a->p.skip_gain * (bu < 0 ? 1 : bu > 1 ? 0 : 1 - bu);
		return c;
	}
	ls = a->scum[i] - a->scum[i - da];
	lt = a->tcum[j] - a->tcum[j - db];
	lc = a->p.len_w * length_cost(a, ls, lt) + a->p.prior[k];
	/* The coverage terms cannot bring it under the limit: stop here. */
	if (lc - 0.3 * (double)(da + db) >= limit) {
		*usum = 0;
		return BIG;
	}
	if ((da == 1) != (db == 1)) {
		/*
		 * One sentence against several: the several's shares are in
		 * their 1-1 cells already. With them, the one's share at
		 * U_FLOOR and the terms that only add left out, summed in the
		 * order used below (rounding is monotone), base + f + lc is a
		 * floor of what the bead can cost: one that cannot win even so
		 * is not costed further.
		 */
		double f = 0;
		long cc;
		if (da == 1)
			f = U_FLOOR;
		for (x = 0; x < da && da > 1; x++) {
			cc = cell(a->b, i - da + x + 1, j);
			f += cc < 0 ? U_FLOOR : a->pc[cc].us;
		}
		for (y = 0; y < db && db > 1; y++) {
			cc = cell(a->b, i, j - db + y + 1);
			f += cc < 0 ? U_FLOOR : a->pc[cc].ut;
		}
		if (db == 1)
			f += U_FLOOR;
		if (base + (f + lc) >= best) {
			*usum = 0;
			return BIG;
		}
	}
	if (da == 1 && db == 1) {
		const pairc_t *p = &a->pc[a->b->off[i] + (j - a->b->lo[i])];
		u = p->us + p->ut;
	} else {
		for (x = 0; x < da; x++) {
			size_t s = i - da + x;
			if (da > 1 && !(S->wsum[s] > 0))
				u += (a->p.u_lacking_m - a->p.u_lacking) * lacking(a, S, s);
			if (db == 1) {
				long cc = cell(a->b, s + 1, j);
				u += cc < 0 ? uncovered(a, S, s, 0, 1) : a->pc[cc].us;
				if (a->p.zero_pen != 0 && (cc < 0 || a->pc[cc].sm == 0) && S->wsum[s] > 0)
					u += a->p.zero_pen;
			} else {
				mwz__mask m = 0;
				for (y = 0; y < db; y++)
					m |= pair_sm(a, s, j - db + y);
				u += uncovered(a, S, s, m, (int)db);
				if (a->p.zero_pen != 0 && m == 0 && S->wsum[s] > 0)
					u += a->p.zero_pen;
			}
		}
		for (y = 0; y < db; y++) {
			size_t t = j - db + y;
			if (db > 1 && !(T->wsum[t] > 0))
				u += (a->p.u_lacking_m - a->p.u_lacking) * lacking(a, T, t);
			if (da == 1) {
				long cc = cell(a->b, i, t + 1);
				u += cc < 0 ? uncovered(a, T, t, 0, 1) : a->pc[cc].ut;
				if (a->p.zero_pen != 0 && (cc < 0 || a->pc[cc].tm == 0) && T->wsum[t] > 0)
					u += a->p.zero_pen;
			} else {
				mwz__mask m = 0;
				for (x = 0; x < da; x++)
					m |= pair_tm(a, i - da + x, t);
				u += uncovered(a, T, t, m, (int)da);
				if (a->p.zero_pen != 0 && m == 0 && T->wsum[t] > 0)
					u += a->p.zero_pen;
			}
		}
	}
	if (da == 2 && db == 2 && a->p.mutual > 0) {
		long c1 = cell(a->b, i - 1, j - 1), c2 = cell(a->b, i, j);
		if ((c1 >= 0 && a->pc[c1].us < 0 && a->pc[c1].ut < 0) ||
		    (c2 >= 0 && a->pc[c2].us < 0 && a->pc[c2].ut < 0))
			u += a->p.mutual;
	}
	/* Only for a bead that may still win (the penalty only adds). */
	if ((da == 1) != (db == 1) && a->p.unsup > 0 && u + lc < limit)
		u += unsupported(a, i, j, (int)da, (int)db);
	c = u + lc;
	if (S->para && T->para) {
		for (x = 1; x < da; x++)
			if (S->para[i - da + x])
				c += a->p.para_in;
		for (y = 1; y < db; y++)
			if (T->para[j - db + y])
				c += a->p.para_in;
		if (!S->para[i - da] != !T->para[j - db])
			c += a->p.para_edge;
	}
	*usum = u;
	return c;
}


/* Where the beads of one kind ending in a row start: the columns j for
 * which (i - da, j - db) is in the band, and cost[j + delta] is that cell. */
typedef struct kspan {
	size_t jlo, jhi, delta;
} kspan_t;

/* One kind of bead ending at (i, j) against the best so far (run_dp's inner step). */
static inline __attribute__((always_inline)) void
relax(const aligner_t *a, const kspan_t *ks, const double *cost, size_t i, size_t j,
      int k, double *best, int *bk)
{
	double v, us;
	if (j < ks[k].jlo || j > ks[k].jhi)
		return;
	v = cost[j + ks[k].delta];
	/* No bead costs less than its prior less 0.3 a sentence. */
	if (v >= BIG || v + a->p.prior[k] -
	                    0.3 * (kinds[k][0] + kinds[k][1]) >= *best)
		return;
	v += bead_cost(a, i, j, k, &us, v, *best);
	if (v < *best) {
		*best = v;
		*bk = k;
	}
}

/* Banded DP over the cells; bp[c] = kind + 1 (0 at the origin). The kinds
 * are tried in order, each with its shape a constant. With ready, row i
 * waits until *ready (rows of masks made) is i or more. */
static void run_dp(const aligner_t *a, const band_t *b, unsigned char *bp, double *cost, int nk,
                   atomic_size_t *ready)
{
	size_t i, j;
	kspan_t ks[NKINDS];
	int k;
	for (i = 0; i <= a->n; i++) {
		while (ready && atomic_load_explicit(ready, memory_order_acquire) < i)
			sched_yield();
		for (k = 0; k < nk; k++) {
			size_t da = (size_t)kinds[k][0], db = (size_t)kinds[k][1];
			if (da > i) {
				ks[k].jlo = 1;
				ks[k].jhi = 0;
				continue;
			}
			/* Unsigned arithmetic: delta may wrap, j + delta does not. */
			ks[k].jlo = b->lo[i - da] + db;
			ks[k].jhi = b->hi[i - da] + db;
			ks[k].delta = b->off[i - da] - b->lo[i - da] - db;
		}
		for (j = b->lo[i]; j <= b->hi[i]; j++) {
			size_t c = b->off[i] + (j - b->lo[i]);
			double best = BIG;
			int bk = -1;
			if (i == 0 && j == 0) {
				cost[c] = 0;
				bp[c] = 0;
				continue;
			}
			_Static_assert(NKINDS == 12, "run_dp tries kinds 0 to 11");
			relax(a, ks, cost, i, j, 0, &best, &bk);
			relax(a, ks, cost, i, j, 1, &best, &bk);
			relax(a, ks, cost, i, j, 2, &best, &bk);
			relax(a, ks, cost, i, j, 3, &best, &bk);
			relax(a, ks, cost, i, j, 4, &best, &bk);
			if (nk > 5) {
				relax(a, ks, cost, i, j, 5, &best, &bk);
				relax(a, ks, cost, i, j, 6, &best, &bk);
				relax(a, ks, cost, i, j, 7, &best, &bk);
				relax(a, ks, cost, i, j, 8, &best, &bk);
				relax(a, ks, cost, i, j, 9, &best, &bk);
			}
			if (nk > 10) {
				relax(a, ks, cost, i, j, 10, &best, &bk);
				relax(a, ks, cost, i, j, 11, &best, &bk);
			}
			cost[c] = best;
			bp[c] = (unsigned char)(bk + 1);
		}
	}
}

/* Confidence of a bead in [0, 1] from its uncovered shares and length fit. */
static double confidence(const aligner_t *a, const mwz_bead_t *bd)
{
	double us, lc, conf;
	size_t i = bd->src_start + bd->src_len, j = bd->tgt_start + bd->tgt_len;
	int k;
	for (k = 0; k < NKINDS; k++)
		if ((size_t)kinds[k][0] == bd->src_len && (size_t)kinds[k][1] == bd->tgt_len)
			break;
	bead_cost(a, i, j, k, &us, 0, BIG);
	if (bd->src_len == 0 || bd->tgt_len == 0) {
		/* Sure of a left-out sentence when nothing nearby looks like its partner. */
		double bu = bd->src_len ? a->best_s[bd->src_start] : a->best_t[bd->tgt_start];
		return bu < 0 ? 0 : bu > 1 ? 1 : bu;
	}
	lc = length_cost(a, a->scum[i] - a->scum[bd->src_start],
	                 a->tcum[j] - a->tcum[bd->tgt_start]);
	conf = 1.0 - us / (double)(bd->src_len + bd->tgt_len);
	conf *= exp(-0.15 * lc);
	if (conf < 0)
		conf = 0;
	if (conf > 1)
		conf = 1;
	return conf;
}

/* Trace back; *beads allocated. *touched: the path ran along the band's edge. */
/* Rows where a path ran along the band's edge (kept for widening there). */
typedef struct touches {
	size_t *row;
	size_t n, cap;
} touches_t;

static int trace(size_t n, size_t m, const band_t *b, const unsigned char *bp,
                 mwz_bead_t **beads, size_t *nbeads, int *touched, size_t margin,
                 touches_t *tl)
{
	size_t i = n, j = m, nb = 0, cap = 64, x;
	mwz_bead_t *out = malloc(cap * sizeof *out);
	*touched = 0;
	if (!out)
		return MWZ_ENOMEM;
	while (i > 0 || j > 0) {
		long c = cell(b, i, j);
		int k = c < 0 ? -1 : bp[c] - 1;
		mwz_bead_t *bd;
		if (k < 0) {
			free(out);
			return MWZ_EINTERNAL;
		}
		if ((b->lo[i] > 0 && j < b->lo[i] + margin) ||
		    (b->hi[i] < m && j + margin > b->hi[i])) {
			*touched = 1;
			if (tl && (tl->n == 0 || tl->row[tl->n - 1] != i)) {
				if (tl->n == tl->cap) {
					size_t nc = tl->cap ? 2 * tl->cap : 64;
					size_t *r = realloc(tl->row, nc * sizeof *r);
					if (!r) {
						free(out);
						return MWZ_ENOMEM;
					}
					tl->row = r;
					tl->cap = nc;
				}
				tl->row[tl->n++] = i;
			}
		}
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
		bd->score = 0;
		i = bd->src_start;
		j = bd->tgt_start;
	}
	for (x = 0; x < nb / 2; x++) {
		mwz_bead_t t = out[x];
		out[x] = out[nb - 1 - x];
		out[nb - 1 - x] = t;
	}
	*beads = out;
	*nbeads = nb;
	return 0;
}

/* Column range of the path in each row, from beads. */
static void path_ranges(const mwz_bead_t *bd, size_t nb, size_t n, size_t m,
                        size_t *plo, size_t *phi)
{
	size_t i, x;
	for (i = 0; i <= n; i++) {
		plo[i] = m;
		phi[i] = 0;
	}
	for (x = 0; x < nb; x++) {
		size_t r;
		for (r = bd[x].src_start; r <= bd[x].src_start + bd[x].src_len; r++) {
			size_t c0 = bd[x].tgt_start, c1 = bd[x].tgt_start + bd[x].tgt_len;
			if (c0 < plo[r])
				plo[r] = c0;
			if (c1 > phi[r])
				phi[r] = c1;
		}
	}
	/* Keep them monotone for band_around. */
	for (i = 1; i <= n; i++)
		if (phi[i] < phi[i - 1])
			phi[i] = phi[i - 1];
	for (i = n; i-- > 0;)
		if (plo[i] > plo[i + 1])
			plo[i] = plo[i + 1];
}


/* ---- coarse-to-fine path ---------------------------------------------------- */

/*
 * Long texts: the sentence-level DP runs in a band around a path found on
 * blocks of 2, 4, 8 ... sentences, each level in a band around the path of
 * the level above (as Vecalign does). A block is a sketch: the weights of
 * its words' concepts hashed into SK_DIM buckets, each added or taken away
 * by another bit of the hash, compared by cosine. With the signs, concepts
 * two blocks do not share cancel out (feature hashing, Weinberger et al.
 * 2009): without them every sketch of a large block points the same way,
 * all weights being positive, and any two blocks of a hundred sentences
 * came out alike (cosine 0.97 for a translation and for any other block).
 * Anchors (below) hold the path where the texts are.
 */
#define SK_DIM 32
#define SK_SHIFT 27 /* 32 - log2(SK_DIM) */
#define COARSE_CELLS 40000
#define COARSE_W 4
/* What an anchor in a pair of blocks takes off its cost, for so many at most. */
#define ANCHOR_BONUS 0.5
#define ANCHOR_MAX 3

typedef struct level {
	size_t n, m;
	float *vs, *vt;   /* n and m sketches */
	double *ls, *lt;  /* block lengths */
	float *qs, *qt;   /* squared norms of the sketches (as cosine sums them) */
	size_t shift;     /* a block is 1 << shift sentences */
	const struct anchors *an;
	size_t *aoff;     /* anchors of row block i: an->i[aoff[i]] .. [aoff[i + 1]] */
} level_t;

/*
 * Anchors: sentence pairs that share a concept found in no other sentence
 * of either side (a rare name, a number, a word the lexicon links), kept
 * where they form the longest chain that runs forward on both sides. They
 * are few but rarely wrong, and they hold wherever the texts are, which
 * sketches of large blocks do not: two blocks of a hundred sentences share
 * most of their common words whether or not they are translations, so a
 * text that left out whole articles (an archive's untranslated ones) would
 * have its gaps put in the wrong places, and the sentence band widened at
 * great cost to find them.
 */
typedef struct anchors {
	size_t n;
	size_t *i, *j;    /* rows and columns, both increasing */
} anchors_t;

static void anchors_free(anchors_t *an)
{
	free(an->i);
	free(an->j);
	memset(an, 0, sizeof *an);
}

/* A concept and the one sentence of a side that has it (ONE_MANY: several). */
typedef struct csent {
	uint32_t c, s;
} csent_t;
#define ONE_MANY ((uint32_t)-1)
#define NOT_SEEN (ONE_MANY - 1)

/* v[0, n) in order of concept: a radix sort, a byte a pass (tmp: n entries). */
static void sort_by_concept(csent_t *v, csent_t *tmp, size_t n)
{
	int shift;
	for (shift = 0; shift < 32; shift += 8) {
		size_t cnt[257] = { 0 }, k;
		for (k = 0; k < n; k++)
			cnt[((v[k].c >> shift) & 0xFF) + 1]++;
		for (k = 0; k < 256; k++)
			cnt[k + 1] += cnt[k];
		for (k = 0; k < n; k++)
			tmp[cnt[(v[k].c >> shift) & 0xFF]++] = v[k];
		memcpy(v, tmp, n * sizeof *v);
	}
}

/* The concepts of one side found in one sentence only, with it, by concept. */
static int side_single(const mwz__side *sd, csent_t **out, size_t *nout)
{
	uint32_t *ts = malloc((sd->ntypes + 1) * sizeof *ts);
	csent_t *v = malloc((sd->cpt_off[sd->ntypes] + 1) * sizeof *v);
	csent_t *tmp = malloc((sd->cpt_off[sd->ntypes] + 1) * sizeof *tmp);
	size_t t, q, r, n = 0, k;
	*out = NULL;
	*nout = 0;
	if (!ts || !v || !tmp) {
		free(ts);
		free(v);
		free(tmp);
		return MWZ_ENOMEM;
	}
	for (t = 0; t < sd->ntypes; t++)
		ts[t] = NOT_SEEN;
	/* each word type's one sentence, or ONE_MANY */
	for (k = 0; k < sd->n; k++)
		for (q = sd->tok_off[k]; q < sd->tok_off[k + 1]; q++) {
			uint32_t *x = &ts[sd->tok_type[q]];
			*x = *x == NOT_SEEN || *x == (uint32_t)k ? (uint32_t)k : ONE_MANY;
		}
	for (t = 0; t < sd->ntypes; t++)
		if (ts[t] != NOT_SEEN)
			for (r = sd->cpt_off[t]; r < sd->cpt_off[t + 1]; r++) {
				v[n].c = sd->cpt[r];
				v[n++].s = ts[t];
			}
	free(ts);
	sort_by_concept(v, tmp, n);
	free(tmp);
	/* keep a concept whose entries all name one sentence */
	for (q = 0, k = 0; q < n;) {
		size_t e = q + 1;
		int one = v[q].s != ONE_MANY;
		for (; e < n && v[e].c == v[q].c; e++)
			one &= v[e].s == v[q].s;
		if (one)
			v[k++] = v[q];
		q = e;
	}
	*out = v;
	*nout = k;
	return 0;
}

/* Candidate pairs (s: row, c: column) by row, then by falling column. */
static int cmp_row_col_down(const void *x, const void *y)
{
	const csent_t *p = x, *q = y;
	if (p->s != q->s)
		return p->s < q->s ? -1 : 1;
	return p->c > q->c ? -1 : p->c < q->c;
}

static int find_anchors(const aligner_t *a, anchors_t *an)
{
	size_t k, np = 0, len = 0, x, y, ns, nt;
	csent_t *vs = NULL, *vt = NULL;
	size_t *pi = NULL, *pj = NULL, *tail = NULL, *prev = NULL;
	int rc;
	memset(an, 0, sizeof *an);
	rc = side_single(a->S, &vs, &ns);
	if (!rc)
		rc = side_single(a->T, &vt, &nt);
	if (rc)
		goto out;
	rc = MWZ_ENOMEM;
	/* concepts in one sentence of each side: the candidates, merged */
	for (x = y = 0; x < ns && y < nt;)
		if (vs[x].c < vt[y].c)
			x++;
		else if (vs[x].c > vt[y].c)
			y++;
		else {
			vs[np].s = vs[x++].s; /* row */
			vs[np++].c = vt[y++].s; /* column */
		}
	pi = malloc((np + 1) * sizeof *pi);
	pj = malloc((np + 1) * sizeof *pj);
	tail = malloc((np + 1) * sizeof *tail);
	prev = malloc((np + 1) * sizeof *prev);
	if (!pi || !pj || !tail || !prev)
		goto out;
	/* The pairs by row, and within a row by falling column, so that a row
	 * gives the chain below one anchor at most. */
	qsort(vs, np, sizeof *vs, cmp_row_col_down);
	for (k = 0; k < np; k++) {
		pi[k] = vs[k].s;
		pj[k] = vs[k].c;
	}
	/* Longest chain with rows and columns both rising (patience sorting). */
	for (x = 0; x < np; x++) {
		size_t lo = 0, hi = len;
		while (lo < hi) { /* first tail whose column is >= pj[x] */
			size_t mid = (lo + hi) / 2;
			if (pj[tail[mid]] < pj[x])
				lo = mid + 1;
			else
				hi = mid;
		}
		prev[x] = lo ? tail[lo - 1] : (size_t)-1;
		tail[lo] = x;
		if (lo == len)
			len++;
	}
	an->i = malloc((len + 1) * sizeof *an->i);
	an->j = malloc((len + 1) * sizeof *an->j);
	if (!an->i || !an->j) {
		anchors_free(an);
		goto out;
	}
	an->n = len;
	for (x = len ? tail[len - 1] : 0, k = len; k-- > 0; x = prev[x]) {
		an->i[k] = pi[x];
		an->j[k] = pj[x];
	}
	rc = 0;
out:
	free(vs);
	free(vt);
	free(pi);
	free(pj);
	free(tail);
	free(prev);
	return rc;
}

static void sketch_sentence(const mwz__side *sd, size_t s, float *v)
{
	size_t q, r;
	for (q = sd->tok_off[s]; q < sd->tok_off[s + 1]; q++) {
		uint32_t ty = sd->tok_type[q];
		size_t nc = sd->cpt_off[ty + 1] - sd->cpt_off[ty];
		float w;
		if (nc == 0)
			continue;
		w = sd->bitw[sd->bit_off[s] + sd->tok_bit[q]] / (float)sqrt((double)nc);
		for (r = sd->cpt_off[ty]; r < sd->cpt_off[ty + 1]; r++) {
			uint32_t h = (uint32_t)(sd->cpt[r] * HMUL);
			if ((h >> (SK_SHIFT - 1)) & 1)
				v[h >> SK_SHIFT] -= w;
			else
				v[h >> SK_SHIFT] += w;
		}
	}
}

static int level_init(level_t *lv, size_t n, size_t m)
{
	lv->n = n;
	lv->m = m;
	lv->vs = calloc((n + 1) * SK_DIM, sizeof *lv->vs);
	lv->vt = calloc((m + 1) * SK_DIM, sizeof *lv->vt);
	lv->ls = calloc(n + 1, sizeof *lv->ls);
	lv->lt = calloc(m + 1, sizeof *lv->lt);
	lv->qs = calloc(n + 1, sizeof *lv->qs);
	lv->qt = calloc(m + 1, sizeof *lv->qt);
	return lv->vs && lv->vt && lv->ls && lv->lt && lv->qs && lv->qt ? 0 : MWZ_ENOMEM;
}

static void level_free(level_t *lv)
{
	free(lv->aoff);
	free(lv->vs);
	free(lv->vt);
	free(lv->ls);
	free(lv->lt);
	free(lv->qs);
	free(lv->qt);
	memset(lv, 0, sizeof *lv);
}

/* Sum of squares in the order cosine took them (the same float result). */
static float sqnorm(const float *x)
{
	float xx = 0;
	int d;
	for (d = 0; d < SK_DIM; d++)
		xx += x[d] * x[d];
	return xx;
}

/* Level 1 from sentences, or level k + 1 from level k: pairs of blocks summed. */
static int level_up(level_t *up, const level_t *lo, const aligner_t *a)
{
	size_t n = lo ? lo->n : a->n, m = lo ? lo->m : a->m, i, d;
	int rc = level_init(up, (n + 1) / 2, (m + 1) / 2);
	if (rc)
		return rc;
	up->shift = lo ? lo->shift + 1 : 1;
	for (i = 0; i < n; i++) {
		float *v = up->vs + (i / 2) * SK_DIM;
		if (lo)
			for (d = 0; d < SK_DIM; d++)
				v[d] += lo->vs[i * SK_DIM + d];
		else
			sketch_sentence(a->S, i, v);
		up->ls[i / 2] += lo ? lo->ls[i] : a->S->len[i];
	}
	for (i = 0; i < m; i++) {
		float *v = up->vt + (i / 2) * SK_DIM;
		if (lo)
			for (d = 0; d < SK_DIM; d++)
				v[d] += lo->vt[i * SK_DIM + d];
		else
			sketch_sentence(a->T, i, v);
		up->lt[i / 2] += lo ? lo->lt[i] : a->T->len[i];
	}
	for (i = 0; i < up->n; i++)
		up->qs[i] = sqnorm(up->vs + i * SK_DIM);
	for (i = 0; i < up->m; i++)
		up->qt[i] = sqnorm(up->vt + i * SK_DIM);
	return 0;
}

/* Cosine of two sketches; xx and yy their squared norms (sqnorm). */
static double cosine(const float *x, const float *y, float xx, float yy)
{
	float xy = 0;
	int d;
	for (d = 0; d < SK_DIM; d++)
		xy += x[d] * y[d];
	return xx > 0 && yy > 0 ? xy / sqrt((double)xx * yy) : 0;
}

/* Cost of a block bead of kind k (1-1, 1-0 or 0-1) ending at (i, j). */
static double coarse_cost(const aligner_t *a, const level_t *lv, size_t i, size_t j, int k)
{
	double ls, lt, c;
	if (kinds[k][0] == 0 || kinds[k][1] == 0)
		return 0.8;
	c = 1 - cosine(lv->vs + (i - 1) * SK_DIM, lv->vt + (j - 1) * SK_DIM,
	               lv->qs[i - 1], lv->qt[j - 1]);
	ls = lv->ls[i - 1];
	lt = lv->lt[j - 1];
	if (ls > 0 && lt > 0)
		c += 0.5 * fabs(log(lt / (ls * a->ratio)));
	else
		c += 1;
	if (lv->aoff) {
		/* anchors in the pair of blocks: their columns rise with the rows */
		size_t x, na = 0;
		for (x = lv->aoff[i - 1]; x < lv->aoff[i] && na < ANCHOR_MAX; x++)
			na += (lv->an->j[x] >> lv->shift) == j - 1;
		c -= ANCHOR_BONUS * (double)na;
	}
	return c;
}

/* Banded DP on one level with 1-1, 1-0 and 0-1; beads in block units. */
static int coarse_dp(const aligner_t *a, const level_t *lv, const band_t *b,
                     mwz_bead_t **beads, size_t *nbeads)
{
	unsigned char *bp = malloc(b->cells);
	double *cost = malloc(b->cells * sizeof *cost);
	size_t i, j;
	int touched, rc;
	if (!bp || !cost) {
		free(bp);
		free(cost);
		return MWZ_ENOMEM;
	}
	for (i = 0; i <= lv->n; i++)
		for (j = b->lo[i]; j <= b->hi[i]; j++) {
			size_t c = b->off[i] + (j - b->lo[i]);
			double best = BIG;
			int bk = -1, k;
			if (i == 0 && j == 0) {
				cost[c] = 0;
				bp[c] = 0;
				continue;
			}
			for (k = 0; k < 3; k++) {
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
				v += coarse_cost(a, lv, i, j, k);
				if (v < best) {
					best = v;
					bk = k;
				}
			}
			cost[c] = best;
			bp[c] = (unsigned char)(bk + 1);
		}
	rc = trace(lv->n, lv->m, b, bp, beads, nbeads, &touched, 0, NULL);
	free(bp);
	free(cost);
	return rc;
}

/* Index the anchors by the level's row blocks. */
static int level_anchors(level_t *lv, const anchors_t *an)
{
	size_t x, b;
	lv->an = an;
	lv->aoff = calloc(lv->n + 1, sizeof *lv->aoff);
	if (!lv->aoff)
		return MWZ_ENOMEM;
	for (x = 0; x < an->n; x++)
		lv->aoff[(an->i[x] >> lv->shift) + 1]++;
	for (b = 0; b < lv->n; b++)
		lv->aoff[b + 1] += lv->aoff[b];
	return 0;
}

/*
 * Path for the sentence-level band: plo and phi (n + 1 entries each) get the
 * column range of the level-1 path, scaled to sentences.
 */
static int coarse_path(const aligner_t *a, size_t *plo, size_t *phi)
{
	level_t lv[40];
	int nl = 0, L, rc = 0;
	size_t *clo = NULL, *chi = NULL, i;
	mwz_bead_t *bd = NULL;
	size_t nb = 0;
	anchors_t an;
	memset(lv, 0, sizeof lv);
	rc = find_anchors(a, &an);
	if (rc)
		return rc;
	/* Build levels until the top one is small enough for a full DP. */
	do {
		rc = level_up(&lv[nl], nl ? &lv[nl - 1] : NULL, a);
		if (!rc && an.n)
			rc = level_anchors(&lv[nl], &an);
		nl++; /* freed at out, if half made too */
		if (rc)
			goto out;
	} while ((double)(lv[nl - 1].n + 1) * (double)(lv[nl - 1].m + 1) > COARSE_CELLS &&
	         nl < 39 && lv[nl - 1].n > 1 && lv[nl - 1].m > 1);
	for (L = nl - 1; L >= 0; L--) {
		const level_t *v = &lv[L];
		band_t b;
		memset(&b, 0, sizeof b);
		if (L == nl - 1) {
			clo = malloc((v->n + 1) * sizeof *clo);
			chi = malloc((v->n + 1) * sizeof *chi);
			if (!clo || !chi) {
				rc = MWZ_ENOMEM;
				goto out;
			}
			for (i = 0; i <= v->n; i++) {
				clo[i] = 0;
				chi[i] = v->m;
			}
			rc = band_around(&b, clo, chi, v->n, v->m, 0);
		} else {
			/* Scale the path of the level above to this one. */
			size_t *nlo = malloc((v->n + 1) * sizeof *nlo);
			size_t *nhi = malloc((v->n + 1) * sizeof *nhi);
			if (!nlo || !nhi) {
				free(nlo);
				free(nhi);
				rc = MWZ_ENOMEM;
				goto out;
			}
			path_ranges(bd, nb, lv[L + 1].n, lv[L + 1].m, clo, chi);
			for (i = 0; i <= v->n; i++) {
				size_t c0 = clo[i / 2] * 2, c1 = chi[(i + 1) / 2] * 2;
				nlo[i] = c0 > v->m ? v->m : c0;
				nhi[i] = c1 > v->m ? v->m : c1;
			}
			free(clo);
			free(chi);
			clo = nlo;
			chi = nhi;
			rc = band_around(&b, clo, chi, v->n, v->m, COARSE_W);
		}
		free(bd);
		bd = NULL;
		if (!rc)
			rc = coarse_dp(a, v, &b, &bd, &nb);
		band_free(&b);
		if (rc)
			goto out;
		if (L > 0) {
			free(clo);
			free(chi);
			clo = malloc((lv[L].n + 1) * sizeof *clo);
			chi = malloc((lv[L].n + 1) * sizeof *chi);
			if (!clo || !chi) {
				rc = MWZ_ENOMEM;
				goto out;
			}
		}
	}
	/* Level 1 path to sentences. */
	{
		size_t *tlo = malloc((lv[0].n + 1) * sizeof *tlo), *thi = malloc((lv[0].n + 1) * sizeof *thi);
		if (!tlo || !thi) {
			free(tlo);
			free(thi);
			rc = MWZ_ENOMEM;
			goto out;
		}
		path_ranges(bd, nb, lv[0].n, lv[0].m, tlo, thi);
		for (i = 0; i <= a->n; i++) {
			size_t c0 = tlo[i / 2] * 2, c1 = thi[(i + 1) / 2] * 2;
			plo[i] = c0 > a->m ? a->m : c0;
			phi[i] = c1 > a->m ? a->m : c1;
		}
		free(tlo);
		free(thi);
	}
out:
	for (L = 0; L < nl; L++)
		level_free(&lv[L]);
	anchors_free(&an);
	free(clo);
	free(chi);
	free(bd);
	return rc;
}

/* Cells of a band at most this many: full matrix below it. */
#define FULL_CELLS 200000
/* Half-width of the sentence band around the coarse path. */
#define FINE_W 5

/* The k-th smallest of v[0..n) (0-based) by quickselect; v is reordered. */
static double select_kth(double *v, size_t n, size_t k)
{
	size_t lo = 0, hi = n - 1;
	while (hi > lo) {
		size_t mid = lo + (hi - lo) / 2, i, j;
		double p, t;
		/* Median of three as the pivot, left in v[mid]. */
		if (v[mid] < v[lo]) { t = v[mid]; v[mid] = v[lo]; v[lo] = t; }
		if (v[hi] < v[lo]) { t = v[hi]; v[hi] = v[lo]; v[lo] = t; }
		if (v[hi] < v[mid]) { t = v[hi]; v[hi] = v[mid]; v[mid] = t; }
		p = v[mid];
		i = lo;
		j = hi;
		for (;;) {
			while (v[i] < p)
				i++;
			while (p < v[j])
				j--;
			if (i >= j)
				break;
			t = v[i]; v[i] = v[j]; v[j] = t;
			i++;
			j--;
		}
		/* Now v[lo..j] <= p <= v[j+1..hi]. */
		if (k <= j)
			hi = j;
		else
			lo = j + 1;
	}
	return v[k];
}

static double median(double *v, size_t n)
{
	double hi, lo;
	size_t x;
	hi = select_kth(v, n, n / 2);
	if (n % 2)
		return hi;
	/* v[0..n/2) now holds the smaller half: its largest is the other middle. */
	lo = v[0];
	for (x = 1; x < n / 2; x++)
		if (v[x] > lo)
			lo = v[x];
	return (lo + hi) / 2;
}


/*
 * Measure, on the path found, how much of a sentence a true partner covers
 * and how much an unrelated sentence nearby covers, per side.
 */
static int calibrate(aligner_t *a, const mwz_bead_t *bd, size_t nb)
{
	double *v[4];
	size_t nv[4] = { 0, 0, 0, 0 }, x;
	int k, rc = 0;
	for (k = 0; k < 4; k++)
		v[k] = malloc((2 * nb + 1) * sizeof **v);
	if (!v[0] || !v[1] || !v[2] || !v[3]) {
		rc = MWZ_ENOMEM;
		goto out;
	}
	for (x = 0; x < nb; x++) {
		size_t s = bd[x].src_start, t = bd[x].tgt_start;
		long c;
		int off;
		double u;
		if (bd[x].src_len != 1 || bd[x].tgt_len != 1)
			continue;
		c = cell(a->b, s + 1, t + 1);
		if (c < 0)
			continue;
		if ((u = raw_uncovered(a->S, s, a->pc[c].sm)) >= 0)
			v[0][nv[0]++] = u;
		if ((u = raw_uncovered(a->T, t, a->pc[c].tm)) >= 0)
			v[1][nv[1]++] = u;
		for (off = -4; off <= 4; off += 8) {
			size_t tt = t + (size_t)off;
			if ((off < 0 && t < 4) || tt >= a->m)
				continue;
			c = cell(a->b, s + 1, tt + 1);
			if (c < 0)
				continue;
			if ((u = raw_uncovered(a->S, s, a->pc[c].sm)) >= 0 && nv[2] < 2 * nb)
				v[2][nv[2]++] = u;
			if ((u = raw_uncovered(a->T, tt, a->pc[c].tm)) >= 0 && nv[3] < 2 * nb)
				v[3][nv[3]++] = u;
		}
	}
	/* Length: the ratio and the spread of true pairs, shrunk towards the
	 * whole-text ratio and LVAR0 when there are few. */
	{
		double ss = 0, st = 0, *z = v[0];
		size_t nz = 0;
		for (x = 0; x < nb; x++)
			if (bd[x].src_len == 1 && bd[x].tgt_len == 1) {
				ss += a->S->len[bd[x].src_start];
				st += a->T->len[bd[x].tgt_start];
			}
		if (ss > 0 && st > 0) {
			double w = ss / (ss + 500.0);
			a->ratio = w * (st / ss) + (1 - w) * a->ratio;
		}
		for (x = 0; x < nb; x++)
			if (bd[x].src_len == 1 && bd[x].tgt_len == 1) {
				double ls = a->S->len[bd[x].src_start], lt = a->T->len[bd[x].tgt_start];
				double mean = (ls * a->ratio + lt) / 2, d = lt - ls * a->ratio;
				if (mean >= 1)
					z[nz++] = d * d / mean;
			}
		if (nz >= 5) {
			double var = median(z, nz) / 0.455; /* median of chi-square, 1 dof */
			double w = (double)nz / (nz + 20.0);
			a->lvar = w * var + (1 - w) * LVAR0;
			if (a->lvar < 2)
				a->lvar = 2;
		}
	}
	nv[0] = 0;
	for (x = 0; x < nb; x++) {
		size_t s = bd[x].src_start, t = bd[x].tgt_start;
		long c;
		double u;
		if (bd[x].src_len != 1 || bd[x].tgt_len != 1)
			continue;
		c = cell(a->b, s + 1, t + 1);
		if (c >= 0 && (u = raw_uncovered(a->S, s, a->pc[c].sm)) >= 0)
			v[0][nv[0]++] = u;
	}
	for (k = 0; k < 2; k++) {
		if (nv[k] >= 5 && nv[k + 2] >= 5) {
			double ut, ur, mu = 0;
			if (a->p.chance_mean) {
				/* The mean before median() reorders; shrunk as ur is. */
				for (x = 0; x < nv[k + 2]; x++)
					mu += v[k + 2][x];
				mu /= (double)nv[k + 2];
				a->p.u_mean[k] = 1 - (1 - mu) * (double)nv[k + 2] / (nv[k + 2] + 10.0);
			}
			ut = median(v[k], nv[k]);
			ur = median(v[k + 2], nv[k + 2]);
			/* Few samples: shrink towards the uncalibrated 0 and 1. */
			ut *= (double)nv[k] / (nv[k] + 10.0);
			ur = 1 - (1 - ur) * (double)nv[k + 2] / (nv[k + 2] + 10.0);
			if (ur > ut + 0.05) {
				a->p.u_true[k] = ut;
				a->p.u_rand[k] = ur;
			}
		}
	}
out:
	set_uscale(a);
	for (k = 0; k < 4; k++)
		free(v[k]);
	return rc;
}

/* Masks made row by row on a second thread, for the DP to follow (pairs_and_dp). */
typedef struct feed_job {
	const aligner_t *a;
	const band_t *b;
	pairc_t *pc;
	const band_t *ob;
	const pairc_t *opc;
	atomic_size_t rows; /* rows done; SIZE_MAX when the thread is through */
	int rc;
} feed_job_t;

static void *feed_thread(void *arg)
{
	feed_job_t *j = arg;
	cindex_t cx;
	size_t i;
	memset(&cx, 0, sizeof cx);
	memset(j->pc, 0, j->b->cells * sizeof *j->pc);
	for (i = 1; i <= j->a->n && !j->rc; i++) {
		j->rc = pairs_rows(j->a, j->b, j->pc, j->ob, j->opc, &cx, i, i + 1);
		atomic_store_explicit(&j->rows, i, memory_order_release);
	}
	atomic_store_explicit(&j->rows, SIZE_MAX, memory_order_release);
	cindex_free(&cx);
	return NULL;
}

/*
 * Masks (as compute_pairs) and the DP over them. With two processors and a
 * large band, a second thread makes the masks row by row while the DP
 * follows (its row i reads masks of rows up to i only); best_s and best_t,
 * which need every row, come after the DP, so only when it does not read
 * them (skip_gain 0).
 */
static int pairs_and_dp(aligner_t *a, const band_t *b, pairc_t *pc, const band_t *ob,
                        const pairc_t *opc, unsigned char *bp, double *cost, int nk)
{
	feed_job_t job;
	pthread_t th;
	int rc;
	if (a->ncpu >= 2 && b->cells >= THREAD_MIN_CELLS && a->p.skip_gain == 0) {
		set_u0(a);
		memset(&job, 0, sizeof job);
		job.a = a;
		job.b = b;
		job.pc = pc;
		job.ob = ob;
		job.opc = opc;
		atomic_init(&job.rows, 0);
		if (pthread_create(&th, NULL, feed_thread, &job) == 0) {
			run_dp(a, b, bp, cost, nk, &job.rows);
			pthread_join(th, NULL);
			if (job.rc)
				return job.rc;
			best_partners(a, b, pc);
			return 0;
		}
	}
	rc = compute_pairs(a, b, pc, ob, opc);
	if (!rc)
		run_dp(a, b, bp, cost, nk, NULL);
	return rc;
}

/* Band cells at most, per sentence of the two texts, that widening may reach,
 * so that memory stays in proportion to the text: a parallel text needs about
 * 10 (the 17.6k pair: 9); an archive with a third of its articles left out
 * about 70 (bench set gaps); below 200, repeated texts with long stretches
 * left out began to lose beads (at 100, strict F1 0.98 -> 0.85). */
#define DP_CELLS_MAX 200.0

/* One DP over a band of half-width w around the path plo/phi, widened until the path fits. */
static int dp_pass(aligner_t *a, size_t *plo, size_t *phi, size_t w, int calib,
                   mwz_bead_t **beads, size_t *nbeads)
{
	size_t n = a->n, m = a->m, extra = 0, nkept = 0;
	touches_t tl = { NULL, 0, 0 };
	band_t b;
	pairc_t *pc = NULL;
	unsigned char *bp = NULL;
	double *cost = NULL;
	mwz_bead_t *kept = NULL; /* the last try's path, while a wider band is tried */
	int rc = 0;
	memset(&b, 0, sizeof b);
	for (;;) {
		int touched = 0;
		band_t ob = b; /* the last try's band and masks, to copy from */
		pairc_t *opc = pc;
		memset(&b, 0, sizeof b);
		pc = NULL;
		rc = band_around(&b, plo, phi, n, m, w);
		if (rc) {
			band_free(&ob);
			free(opc);
			goto done;
		}
		if (tl.n) {
			/* Wider only where the path met the edge last time. */
			size_t x, r, next = 0;
			/* Rows come from the end backwards; each widened once. */
			for (x = tl.n; x-- > 0;) {
				size_t r0 = tl.row[x] > extra ? tl.row[x] - extra : 0;
				size_t r1 = tl.row[x] + extra > n ? n : tl.row[x] + extra;
				if (r0 < next)
					r0 = next;
				for (r = r0; r <= r1; r++) {
					b.lo[r] = b.lo[r] > extra ? b.lo[r] - extra : 0;
					b.hi[r] += extra;
				}
				if (r1 + 1 > next)
					next = r1 + 1;
			}
			band_finish(&b, n, m);
			tl.n = 0;
		}
		if (opc && (double)b.cells > DP_CELLS_MAX * (double)(n + m + 1)) {
			/* Wider would cost more than a text in proportion to its length:
			 * the last path stands (a text with nothing rare in it and long
			 * stretches left out, where the coarse path is unsure). */
			band_free(&b);
			b = ob;
			pc = opc;
			a->b = &b;
			a->pc = pc;
			*beads = kept;
			*nbeads = nkept;
			kept = NULL;
			break;
		}
		free(bp);
		free(cost);
		bp = NULL;
		cost = NULL;
		pc = malloc(b.cells * sizeof *pc);
		if (!pc) {
			band_free(&ob);
			free(opc);
			rc = MWZ_ENOMEM;
			goto done;
		}
		bp = malloc(b.cells);
		cost = malloc(b.cells * sizeof *cost);
		if (!bp || !cost) {
			band_free(&ob);
			free(opc);
			rc = MWZ_ENOMEM;
			goto done;
		}
		a->b = &b;
		a->pc = pc;
		/* The first pass only finds the path: the simpler kinds suffice. */
		if (opc)
			rc = pairs_and_dp(a, &b, pc, &ob, opc, bp, cost, calib ? 5 : a->p.nkinds);
		else
			rc = pairs_and_dp(a, &b, pc, a->prev_pc ? &a->prev_b : NULL, a->prev_pc,
			                  bp, cost, calib ? 5 : a->p.nkinds);
		band_free(&ob);
		free(opc);
		if (rc)
			goto done;
		if (!calib) {
			/* The last pass has taken what it needs of the first one's masks. */
			band_free(&a->prev_b);
			free(a->prev_pc);
			a->prev_pc = NULL;
		}
		rc = trace(n, m, &b, bp, beads, nbeads, &touched, 3, &tl);
		if (rc)
			goto done;
		if (!touched || (b.lo[n] == 0 && b.hi[0] == m))
			break;
		/* The path ran along the edge: widen there, around it, and redo. */
		path_ranges(*beads, *nbeads, n, m, plo, phi);
		free(kept);
		kept = *beads;
		nkept = *nbeads;
		*beads = NULL;
		*nbeads = 0;
		extra = extra ? 2 * extra : 4 * (w + 4);
	}
	free(tl.row);
	tl.row = NULL;
	if (calib) {
		rc = calibrate(a, *beads, *nbeads);
		if (rc == 0) {
			/* Keep the masks for the second pass. */
			a->prev_b = b;
			a->prev_pc = pc;
			memset(&b, 0, sizeof b);
			pc = NULL;
		}
	} else {
		size_t i;
		for (i = 0; i < *nbeads; i++)
			(*beads)[i].score = confidence(a, &(*beads)[i]);
	}
done:
	free(kept);
	free(tl.row);
	a->b = NULL;
	a->pc = NULL;
	band_free(&b);
	free(pc);
	free(bp);
	free(cost);
	return rc;
}

/* New masks in a band around the path, and the calibration redone on the path's beads. */
static int recalibrate(aligner_t *a, size_t *plo, size_t *phi, size_t w,
                       const mwz_bead_t *bd, size_t nb)
{
	band_t b;
	pairc_t *pc;
	int rc;
	memset(&b, 0, sizeof b);
	rc = band_around(&b, plo, phi, a->n, a->m, w);
	if (rc)
		return rc;
	pc = malloc(b.cells * sizeof *pc);
	if (!pc) {
		band_free(&b);
		return MWZ_ENOMEM;
	}
	a->b = &b;
	a->pc = pc;
	rc = compute_pairs(a, &b, pc, NULL, NULL);
	if (!rc)
		rc = calibrate(a, bd, nb);
	a->b = NULL;
	a->pc = NULL;
	if (rc) {
		band_free(&b);
		free(pc);
		return rc;
	}
	a->prev_b = b;
	a->prev_pc = pc;
	return 0;
}

/* The skip cost for the last pass from the share of the nsent sentences
 * that the first pass's beads bd[0, nb) left out (see set_params). */
static void adapt_skip(params_t *p, const mwz_bead_t *bd, size_t nb, size_t nsent)
{
	size_t x, left = 0;
	double r, sk;
	for (x = 0; x < nb; x++)
		if (!bd[x].src_len || !bd[x].tgt_len)
			left += bd[x].src_len + bd[x].tgt_len;
	r = ((double)left + p->skip_r0 * p->skip_k) / ((double)nsent + p->skip_k);
	sk = p->skip - p->skip_beta * log(r / p->skip_r0);
	p->skip = sk < p->skip_lo ? p->skip_lo : sk > p->skip_hi ? p->skip_hi : sk;
}

static int align_sides(aligner_t *a, mwz_bead_t **beads, size_t *nbeads)
{
	size_t n = a->n, m = a->m, i, w;
	size_t *plo = NULL, *phi = NULL;
	int rc = 0;
	plo = malloc((n + 1) * sizeof *plo);
	phi = malloc((n + 1) * sizeof *phi);
	if (!plo || !phi) {
		rc = MWZ_ENOMEM;
		goto done;
	}
	if ((double)(n + 1) * (double)(m + 1) <= FULL_CELLS) {
		for (i = 0; i <= n; i++) {
			plo[i] = 0;
			phi[i] = m;
		}
		w = 0;
	} else {
		/* Long texts: a path from blocks of sentences, coarse to fine. */
		rc = coarse_path(a, plo, phi);
		if (rc)
			goto done;
		w = FINE_W;
	}
	/* First pass: find the path, then learn what true pairs look like. */
	rc = dp_pass(a, plo, phi, w, 1, beads, nbeads);
	if (rc)
		goto done;
	/* Second pass, calibrated, in a band around the first path. */
	path_ranges(*beads, *nbeads, n, m, plo, phi);
	if (a->p.learn) {
		/* Word pairs seen again and again in the 1-1 beads become concepts. */
		size_t *ps = malloc((*nbeads + 1) * sizeof *ps), *pt = malloc((*nbeads + 1) * sizeof *pt);
		size_t np = 0, x, nl = 0;
		if (!ps || !pt) {
			free(ps);
			free(pt);
			rc = MWZ_ENOMEM;
			goto done;
		}
		for (x = 0; x < *nbeads; x++)
			if ((*beads)[x].src_len == 1 && (*beads)[x].tgt_len == 1) {
				ps[np] = a->swap ? (*beads)[x].tgt_start : (*beads)[x].src_start;
				pt[np++] = a->swap ? (*beads)[x].src_start : (*beads)[x].tgt_start;
			}
		/* The first pass's masks may change: let them go before learning. */
		band_free(&a->prev_b);
		free(a->prev_pc);
		a->prev_pc = NULL;
		rc = mwz__features_learn(a->feat, a->src, a->tgt, ps, pt, np, &nl);
		free(ps);
		free(pt);
		if (rc)
			goto done;
		if (nl) {
			/* New concepts: the masks and the calibration are redone. */
			a->p.u_true[0] = a->p.u_true[1] = 0;
			a->p.u_rand[0] = a->p.u_rand[1] = 1;
			set_uscale(a);
		}
		/* Masks for the last pass, and the calibration on them. */
		rc = recalibrate(a, plo, phi, 6, *beads, *nbeads);
		if (rc)
			goto done;
	}
	if (a->p.adapt_skip)
		adapt_skip(&a->p, *beads, *nbeads, n + m);
	free(*beads);
	*beads = NULL;
	*nbeads = 0;
	rc = dp_pass(a, plo, phi, 6, 0, beads, nbeads);
done:
	band_free(&a->prev_b);
	free(a->prev_pc);
	a->prev_pc = NULL;
	free(plo);
	free(phi);
	return rc;
}

int mwz_align(mwz_bead_t **beads, size_t *nbeads,
              const char *const *src, const size_t *src_len, size_t nsrc,
              const char *const *tgt, const size_t *tgt_len, size_t ntgt,
              const mwz_align_options_t *opts, mwz_error_t *err)
{
	aligner_t a;
	mwz__side S, T;
	size_t i;
	int rc = 0, swap;

	if (!beads || !nbeads || (nsrc && (!src || !src_len)) ||
	    (ntgt && (!tgt || !tgt_len)))
		return mwz__fail(err, MWZ_EINVAL, 0, 0, "mwz_align: NULL argument");
	if (opts && opts->version != MWZ_ALIGN_OPTIONS_VERSION)
		return mwz__fail(err, MWZ_EINVAL, 0, 0,
		                 "mwz_align: options version %u, expected %d",
		                 opts->version, MWZ_ALIGN_OPTIONS_VERSION);
	if (opts && (opts->src_lang < MWZ_LANG_AUTO || opts->src_lang > MWZ_LANG_OTHER ||
	             opts->tgt_lang < MWZ_LANG_AUTO || opts->tgt_lang > MWZ_LANG_OTHER))
		return mwz__fail(err, MWZ_EINVAL, 0, 0, "mwz_align: unknown language %d",
		                 opts->src_lang < MWZ_LANG_AUTO || opts->src_lang > MWZ_LANG_OTHER
		                         ? opts->src_lang
		                         : opts->tgt_lang);
	if (opts && opts->flags)
		return mwz__fail(err, MWZ_EINVAL, 0, 0, "mwz_align: flags 0x%x: none is defined",
		                 opts->flags);
	*beads = NULL;
	*nbeads = 0;
	for (i = 0; i < nsrc; i++)
		if (!src[i] && src_len[i])
			return mwz__fail(err, MWZ_EINVAL, 0, 0, "mwz_align: NULL source sentence %zu", i);
	for (i = 0; i < ntgt; i++)
		if (!tgt[i] && tgt_len[i])
			return mwz__fail(err, MWZ_EINVAL, 0, 0, "mwz_align: NULL target sentence %zu", i);
	if (nsrc == 0 && ntgt == 0)
		return 0;

	memset(&a, 0, sizeof a);
	memset(&S, 0, sizeof S);
	memset(&T, 0, sizeof T);
	rc = mwz__features_begin(&a.feat, &S, &T, src, src_len, nsrc, tgt, tgt_len, ntgt, opts);
	if (rc)
		goto done;
	a.src = &S;
	a.tgt = &T;
	/* Rows are the side with more concepts a sentence: its table is built once a row. */
	swap = T.avg_cpt > S.avg_cpt;
	a.swap = swap;
	a.S = swap ? &T : &S;
	a.T = swap ? &S : &T;
	a.n = a.S->n;
	a.m = a.T->n;
	set_params(&a.p, (S.lang == MWZ_LANG_AR) == (T.lang == MWZ_LANG_AR));
	a.p.words_expected = S.lexicon_used || (S.lang == MWZ_LANG_AR) == (T.lang == MWZ_LANG_AR);
	/* A pair lexicon leaves function words out, as across scripts: a few
	 * content words without a match say a sentence is one left out. */
	if (S.pair_lexicon)
		a.p.lack_words = 4;
	lc_table(a.lctab);
	a.ncpu = mwz__cpus();
	a.lvar = LVAR0;
	set_uscale(&a);
	a.scum = calloc(a.n + 1, sizeof *a.scum);
	a.tcum = calloc(a.m + 1, sizeof *a.tcum);
	a.best_s = calloc(a.n + 1, sizeof *a.best_s);
	a.best_t = calloc(a.m + 1, sizeof *a.best_t);
	a.u0_s = calloc(a.n + 1, sizeof *a.u0_s);
	a.u0_t = calloc(a.m + 1, sizeof *a.u0_t);
	if (!a.scum || !a.tcum || !a.best_s || !a.best_t || !a.u0_s || !a.u0_t) {
		rc = MWZ_ENOMEM;
		goto done;
	}
	for (i = 0; i < a.n; i++)
		a.scum[i + 1] = a.scum[i] + a.S->len[i];
	for (i = 0; i < a.m; i++)
		a.tcum[i + 1] = a.tcum[i] + a.T->len[i];
	a.ratio = (a.scum[a.n] > 0 && a.tcum[a.m] > 0) ? a.tcum[a.m] / a.scum[a.n] : 1.0;
	/* Arabic/English: the first pass starts from the languages' usual ratio,
	 * not the whole texts', which what one side holds and the other lacks
	 * skews (a translation of part of the article, a page with other stories,
	 * sentences left out); the calibration after it learns the text's own
	 * from its 1-1 beads. Other pairs keep the whole texts' ratio, which is
	 * what their languages give (Chinese has a third of English's characters). */
	if (a.S->lang == MWZ_LANG_AR && a.T->lang == MWZ_LANG_EN)
		a.ratio = RATIO_AR * bare_share(a.S, a.scum[a.n]);
	else if (a.T->lang == MWZ_LANG_AR && a.S->lang == MWZ_LANG_EN)
		a.ratio = 1.0 / (RATIO_AR * bare_share(a.T, a.tcum[a.m]));
	else if (a.S->latin && a.T->latin && (a.ratio > RATIO_FAR || a.ratio < 1.0 / RATIO_FAR))
		a.ratio = 1.0; /* two Latin-script languages (de-fr ...): far off 1, distrusted */
	rc = align_sides(&a, beads, nbeads);
	if (rc == 0 && swap) {
		for (i = 0; i < *nbeads; i++) {
			mwz_bead_t *bd = &(*beads)[i];
			size_t t0 = bd->src_start, t1 = bd->src_len;
			bd->src_start = bd->tgt_start;
			bd->src_len = bd->tgt_len;
			bd->tgt_start = t0;
			bd->tgt_len = t1;
		}
	}
done:
	if (rc) {
		free(*beads);
		*beads = NULL;
		*nbeads = 0;
		if (rc == MWZ_ENOMEM)
			mwz__fail(err, rc, 0, 0, "mwz_align: out of memory");
		else
			mwz__fail(err, rc, 0, 0, "mwz_align: %s", mwz_strerror(rc));
	}
	mwz__features_end(a.feat);
	mwz__side_free(&S);
	mwz__side_free(&T);
	free(a.scum);
	free(a.tcum);
	free(a.best_s);
	free(a.best_t);
	free(a.u0_s);
	free(a.u0_t);
	return rc;
}
