/*
 * align_speed.c - quality and speed of mwz_align on the shared dev data.
 *
 *   align_speed edits DIR [opts]   line-parallel NNN.ar/NNN.en pairs with seeded
 *                                  merges, splits and drops; strict F1
 *   align_speed textberg DIR       dev.de / dev.fr against gold dev.defr
 *   align_speed speed DIR...       a ~17,600-sentence pair from the docs, time and peak memory
 * opts: --lex (FreeDict), --rev (English as source), --concat (one long document),
 *       --clean (no edits), --heavy (many 1-n beads), --vheavy (most beads 1-n, up to 1-4),
 *       --seed N
 * Strict F1 as vecalign's score.py: precision over all test beads, recall over
 * gold beads that are not insertions/deletions.
 */
#include "muwazi.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sys/resource.h>

/* CPU time of this process (all its threads): the machine may be shared,
 * so wall time misleads; both are printed by `speed`. */
static double now(void)
{
	struct timespec t;
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
	return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

/* Wall time (the library uses a second thread on long texts). */
static double wall(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

/* Wall time of the last run_align. */
static double last_wall;

typedef struct lines {
	char **l;
	size_t n, cap;
} lines_t;

static void push(lines_t *L, char *s)
{
	if (L->n == L->cap) {
		L->cap = L->cap ? 2 * L->cap : 64;
		L->l = realloc(L->l, L->cap * sizeof *L->l);
	}
	L->l[L->n++] = s;
}

static int read_lines(lines_t *L, const char *path)
{
	FILE *f = fopen(path, "rb");
	char *line = NULL;
	size_t cap = 0;
	ssize_t r;
	if (!f)
		return -1;
	while ((r = getline(&line, &cap, f)) >= 0) {
		while (r > 0 && (line[r - 1] == '\n' || line[r - 1] == '\r'))
			line[--r] = 0;
		push(L, strdup(line));
	}
	free(line);
	fclose(f);
	return 0;
}

/* A bead as two index lists. */
typedef struct gbead {
	int s[8], ns, t[8], nt;
} gbead_t;

typedef struct gold {
	gbead_t *b;
	size_t n, cap;
} gold_t;

static void gpush(gold_t *g, gbead_t b)
{
	if (g->n == g->cap) {
		g->cap = g->cap ? 2 * g->cap : 64;
		g->b = realloc(g->b, g->cap * sizeof *g->b);
	}
	g->b[g->n++] = b;
}

static int same(const gbead_t *a, const gbead_t *b)
{
	return a->ns == b->ns && a->nt == b->nt &&
	       memcmp(a->s, b->s, (size_t)a->ns * sizeof(int)) == 0 &&
	       memcmp(a->t, b->t, (size_t)a->nt * sizeof(int)) == 0;
}

static int contains(const gold_t *g, const gbead_t *b)
{
	size_t i;
	for (i = 0; i < g->n; i++)
		if (same(&g->b[i], b))
			return 1;
	return 0;
}

/* Counts for strict precision and recall, summed over documents. */
typedef struct counts {
	long ptp, pn, rtp, rn;
} counts_t;

static void score(counts_t *c, const gold_t *gold, const gold_t *test)
{
	size_t i;
	for (i = 0; i < test->n; i++) {
		if (test->b[i].ns == 0 && test->b[i].nt == 0)
			continue;
		c->pn++;
		if (contains(gold, &test->b[i]))
			c->ptp++;
	}
	for (i = 0; i < gold->n; i++) {
		gold_t tn;
		if (gold->b[i].ns == 0 || gold->b[i].nt == 0)
			continue;
		c->rn++;
		tn = *test;
		if (contains(&tn, &gold->b[i]))
			c->rtp++;
	}
}

static double f1(const counts_t *c)
{
	double p = c->pn ? (double)c->ptp / c->pn : 0, r = c->rn ? (double)c->rtp / c->rn : 0;
	return p + r > 0 ? 2 * p * r / (p + r) : 0;
}

static unsigned long rng;
static double urand(void)
{
	rng = rng * 6364136223846793005UL + 1442695040888963407UL;
	return (double)(rng >> 11) / 9007199254740992.0;
}

static char *join(char **l, int k)
{
	size_t len = 0;
	int i;
	char *o;
	for (i = 0; i < k; i++)
		len += strlen(l[i]) + 1;
	o = malloc(len + 1);
	o[0] = 0;
	for (i = 0; i < k; i++) {
		if (i)
			strcat(o, " ");
		strcat(o, l[i]);
	}
	return o;
}

/* Cut at a comma near the middle; NULL if none. */
static int split_at(const char *s, const char *comma)
{
	size_t n = strlen(s), cl = strlen(comma);
	const char *p = s;
	int best = -1;
	double bd = 1e9;
	while ((p = strstr(p, comma)) != NULL) {
		double pos = (double)(p - s) / (double)n;
		if (pos > 0.25 && pos < 0.75 && (pos - 0.5) * (pos - 0.5) < bd) {
			bd = (pos - 0.5) * (pos - 0.5);
			best = (int)(p - s + (long)cl);
		}
		p += cl;
	}
	return best;
}

typedef struct editp {
	double drop_s, drop_t, merge_s, merge_t, split_s, split_t;
	int big; /* merges of four sentences too */
} editp_t;

/* Edited copy of a line-parallel pair, with its gold beads. */
static void make_edits(const lines_t *A, const lines_t *E, lines_t *S, lines_t *T,
                       gold_t *g, const editp_t *ep)
{
	size_t i = 0, n = A->n < E->n ? A->n : E->n;
	while (i < n) {
		double r = urand();
		gbead_t b;
		memset(&b, 0, sizeof b);
		if ((r -= ep->drop_s) < 0) {
			b.t[b.nt++] = (int)T->n;
			push(T, strdup(E->l[i]));
			i++;
		} else if ((r -= ep->drop_t) < 0) {
			b.s[b.ns++] = (int)S->n;
			push(S, strdup(A->l[i]));
			i++;
		} else if ((r -= ep->merge_t) < 0 && i + 1 < n) {
			int k = (urand() < 0.7 || i + 2 >= n) ? 2 : 3, x;
			if (ep->big && i + 3 < n && urand() < 0.4)
				k = 4;
			for (x = 0; x < k; x++) {
				b.s[b.ns++] = (int)S->n;
				push(S, strdup(A->l[i + x]));
			}
			b.t[b.nt++] = (int)T->n;
			push(T, join(E->l + i, k));
			i += k;
		} else if ((r -= ep->merge_s) < 0 && i + 1 < n) {
			int k = (urand() < 0.7 || i + 2 >= n) ? 2 : 3, x;
			if (ep->big && i + 3 < n && urand() < 0.4)
				k = 4;
			for (x = 0; x < k; x++) {
				b.t[b.nt++] = (int)T->n;
				push(T, strdup(E->l[i + x]));
			}
			b.s[b.ns++] = (int)S->n;
			push(S, join(A->l + i, k));
			i += k;
		} else if ((r -= ep->split_t) < 0 && split_at(E->l[i], ",") > 0) {
			int at = split_at(E->l[i], ",");
			char *x = strdup(E->l[i]);
			char *y = strdup(E->l[i] + at + (E->l[i][at] == ' '));
			x[at] = 0;
			b.s[b.ns++] = (int)S->n;
			push(S, strdup(A->l[i]));
			b.t[b.nt++] = (int)T->n;
			push(T, x);
			b.t[b.nt++] = (int)T->n;
			push(T, y);
			i++;
		} else if ((r -= ep->split_s) < 0 && split_at(A->l[i], "\xd8\x8c") > 0) {
			int at = split_at(A->l[i], "\xd8\x8c");
			char *x = strdup(A->l[i]);
			char *y = strdup(A->l[i] + at + (A->l[i][at] == ' '));
			x[at] = 0;
			b.t[b.nt++] = (int)T->n;
			push(T, strdup(E->l[i]));
			b.s[b.ns++] = (int)S->n;
			push(S, x);
			b.s[b.ns++] = (int)S->n;
			push(S, y);
			i++;
		} else {
			b.s[b.ns++] = (int)S->n;
			push(S, strdup(A->l[i]));
			b.t[b.nt++] = (int)T->n;
			push(T, strdup(E->l[i]));
			i++;
		}
		gpush(g, b);
	}
}

static mwz_lexicon_t *lex;

/* Align S with T (or T with S when rev) and turn beads into index lists. */
static double run_align(const lines_t *S, const lines_t *T, gold_t *test, int rev)
{
	size_t *sl = malloc((S->n + 1) * sizeof *sl), *tl = malloc((T->n + 1) * sizeof *tl), i, nb;
	mwz_bead_t *b;
	mwz_align_options_t o = MWZ_ALIGN_OPTIONS_INIT;
	mwz_error_t e;
	double t0;
	int rc;
	for (i = 0; i < S->n; i++)
		sl[i] = strlen(S->l[i]);
	for (i = 0; i < T->n; i++)
		tl[i] = strlen(T->l[i]);
	o.lexicon = lex;
	last_wall = wall();
	t0 = now();
	if (!rev)
		rc = mwz_align(&b, &nb, (const char *const *)S->l, sl, S->n,
		               (const char *const *)T->l, tl, T->n, &o, &e);
	else
		rc = mwz_align(&b, &nb, (const char *const *)T->l, tl, T->n,
		               (const char *const *)S->l, sl, S->n, &o, &e);
	t0 = now() - t0;
	last_wall = wall() - last_wall;
	if (rc) {
		fprintf(stderr, "align failed: %s\n", e.message);
		exit(1);
	}
	for (i = 0; i < nb; i++) {
		gbead_t g;
		size_t x;
		memset(&g, 0, sizeof g);
		for (x = 0; x < (rev ? b[i].tgt_len : b[i].src_len) && x < 8; x++)
			g.s[g.ns++] = (int)((rev ? b[i].tgt_start : b[i].src_start) + x);
		for (x = 0; x < (rev ? b[i].src_len : b[i].tgt_len) && x < 8; x++)
			g.t[g.nt++] = (int)((rev ? b[i].src_start : b[i].tgt_start) + x);
		gpush(test, g);
	}
	mwz_free(b);
	free(sl);
	free(tl);
	return t0;
}

static void free_lines(lines_t *L)
{
	size_t i;
	for (i = 0; i < L->n; i++)
		free(L->l[i]);
	free(L->l);
	memset(L, 0, sizeof *L);
}

static void gshift(gold_t *dst, const gold_t *src, int ds, int dt)
{
	size_t i;
	int x;
	for (i = 0; i < src->n; i++) {
		gbead_t b = src->b[i];
		for (x = 0; x < b.ns; x++)
			b.s[x] += ds;
		for (x = 0; x < b.nt; x++)
			b.t[x] += dt;
		gpush(dst, b);
	}
}

static void show_bead(const char *tag, const lines_t *S, const lines_t *T, const gbead_t *b)
{
	int x;
	printf("  %s [", tag);
	for (x = 0; x < b->ns; x++)
		printf("%s%d", x ? "," : "", b->s[x]);
	printf("]:[");
	for (x = 0; x < b->nt; x++)
		printf("%s%d", x ? "," : "", b->t[x]);
	printf("]\n");
	for (x = 0; x < b->ns; x++)
		printf("      S%d %.150s\n", b->s[x], S->l[b->s[x]]);
	for (x = 0; x < b->nt; x++)
		printf("      T%d %.150s\n", b->t[x], T->l[b->t[x]]);
}

static void show_errors(int d, const lines_t *S, const lines_t *T, const gold_t *g, const gold_t *t)
{
	size_t i;
	int any = 0;
	for (i = 0; i < t->n; i++)
		if (!contains(g, &t->b[i])) {
			if (!any++)
				printf("doc %d\n", d);
			show_bead("test", S, T, &t->b[i]);
		}
	for (i = 0; i < g->n; i++)
		if (!contains(t, &g->b[i])) {
			if (!any++)
				printf("doc %d\n", d);
			show_bead("gold", S, T, &g->b[i]);
		}
}

static int cmd_edits(const char *dir, int concat, int rev, int clean, int heavy, unsigned long seed)
{
	counts_t c = { 0, 0, 0, 0 };
	int d;
	double tt = 0;
	lines_t bigS = { 0 }, bigT = { 0 };
	gold_t bigG = { 0 };
	editp_t ep = { 0.03, 0.03, 0.06, 0.04, 0.05, 0.03, 0 };
	if (heavy == 1) {
		editp_t h = { 0.02, 0.02, 0.2, 0.15, 0.12, 0.08, 0 };
		ep = h;
	} else if (heavy == 2) {
		editp_t h = { 0.02, 0.02, 0.35, 0.25, 0.12, 0.08, 1 };
		ep = h;
	}
	if (clean)
		memset(&ep, 0, sizeof ep);
	rng = seed;
	for (d = 0; d < 1000; d++) {
		char pa[4096], pe[4096];
		lines_t A = { 0 }, E = { 0 }, S = { 0 }, T = { 0 };
		gold_t g = { 0 }, t = { 0 };
		snprintf(pa, sizeof pa, "%s/%03d.ar", dir, d);
		snprintf(pe, sizeof pe, "%s/%03d.en", dir, d);
		if (read_lines(&A, pa) || read_lines(&E, pe)) {
			free_lines(&A);
			break;
		}
		make_edits(&A, &E, &S, &T, &g, &ep);
		if (concat) {
			size_t i;
			gshift(&bigG, &g, (int)bigS.n, (int)bigT.n);
			for (i = 0; i < S.n; i++)
				push(&bigS, strdup(S.l[i]));
			for (i = 0; i < T.n; i++)
				push(&bigT, strdup(T.l[i]));
		} else {
			tt += run_align(&S, &T, &t, rev);
			score(&c, &g, &t);
			if (getenv("SHOW"))
				show_errors(d, &S, &T, &g, &t);
		}
		free_lines(&A);
		free_lines(&E);
		free_lines(&S);
		free_lines(&T);
		free(g.b);
		free(t.b);
	}
	if (concat) {
		gold_t t = { 0 };
		tt += run_align(&bigS, &bigT, &t, rev);
		score(&c, &bigG, &t);
		printf("%zu x %zu sentences, one document; ", bigS.n, bigT.n);
		free(t.b);
	} else {
		printf("%d documents; ", d);
	}
	printf("strict P %.4f R %.4f F1 %.4f  (align CPU %.1f ms)\n",
	       c.pn ? (double)c.ptp / c.pn : 0, c.rn ? (double)c.rtp / c.rn : 0, f1(&c), tt * 1e3);
	free_lines(&bigS);
	free_lines(&bigT);
	free(bigG.b);
	return 0;
}

static int parse_gold(gold_t *g, const char *path)
{
	lines_t L = { 0 };
	size_t i;
	if (read_lines(&L, path))
		return -1;
	for (i = 0; i < L.n; i++) {
		gbead_t b;
		char *p = L.l[i];
		int side = 0;
		memset(&b, 0, sizeof b);
		while (*p) {
			if (*p == ':')
				side = 1;
			if (*p >= '0' && *p <= '9') {
				long v = strtol(p, &p, 10);
				if (side == 0 && b.ns < 8)
					b.s[b.ns++] = (int)v;
				else if (side == 1 && b.nt < 8)
					b.t[b.nt++] = (int)v;
				continue;
			}
			p++;
		}
		gpush(g, b);
	}
	free_lines(&L);
	return 0;
}

static int cmd_textberg(const char *dir)
{
	char p1[4096], p2[4096], p3[4096];
	lines_t S = { 0 }, T = { 0 };
	gold_t g = { 0 }, t = { 0 };
	counts_t c = { 0, 0, 0, 0 };
	double tt;
	snprintf(p1, sizeof p1, "%s/dev.de", dir);
	snprintf(p2, sizeof p2, "%s/dev.fr", dir);
	snprintf(p3, sizeof p3, "%s/dev.defr", dir);
	if (read_lines(&S, p1) || read_lines(&T, p2) || parse_gold(&g, p3)) {
		printf("skip - no Text+Berg dev data in %s\n", dir);
		return 0;
	}
	tt = run_align(&S, &T, &t, 0);
	score(&c, &g, &t);
	printf("Text+Berg dev %zu x %zu: strict P %.4f R %.4f F1 %.4f  (align CPU %.1f ms)\n", S.n, T.n,
	       c.pn ? (double)c.ptp / c.pn : 0, c.rn ? (double)c.rtp / c.rn : 0, f1(&c), tt * 1e3);
	if (getenv("SHOW")) {
		size_t i;
		for (i = 0; i < t.n; i++) {
			int x;
			printf("%s [", contains(&g, &t.b[i]) ? "  " : "XX");
			for (x = 0; x < t.b[i].ns; x++)
				printf("%s%d", x ? ", " : "", t.b[i].s[x]);
			printf("]:[");
			for (x = 0; x < t.b[i].nt; x++)
				printf("%s%d", x ? ", " : "", t.b[i].t[x]);
			printf("]\n");
		}
	}
	free_lines(&S);
	free_lines(&T);
	free(g.b);
	free(t.b);
	return 0;
}

static int cmd_speed(int ndirs, char **dirs, long target)
{
	lines_t S = { 0 }, T = { 0 };
	gold_t t = { 0 };
	double t0, tl = 0, ta, wl = 0;
	struct rusage ru;
	int rep = 0;
	while ((long)S.n < target && rep < 1000) {
		int k, d, any = 0;
		for (k = 0; k < ndirs && (long)S.n < target; k++)
			for (d = 0; d < 1000 && (long)S.n < target; d++) {
				char pa[4096], pe[4096];
				lines_t A = { 0 }, E = { 0 };
				size_t i;
				snprintf(pa, sizeof pa, "%s/%03d.ar", dirs[k], d);
				snprintf(pe, sizeof pe, "%s/%03d.en", dirs[k], d);
				if (read_lines(&A, pa) || read_lines(&E, pe)) {
					free_lines(&A);
					break;
				}
				any = 1;
				/* A few sentences dropped so the sides differ as in the target pair. */
				for (i = 0; i < A.n; i++) {
					push(&S, A.l[i]);
					A.l[i] = NULL;
				}
				for (i = 0; i < E.n; i++) {
					push(&T, E.l[i]);
					E.l[i] = NULL;
					if (rep == 0 && i % 7 == 3 && (long)T.n < target)
						push(&T, strdup("An extra sentence the translator added here."));
				}
				free_lines(&A);
				free_lines(&E);
			}
		if (!any)
			break;
		rep++;
	}
	if (S.n == 0) {
		printf("skip - no dev data\n");
		return 0;
	}
	if (getenv("LEX")) {
		mwz_error_t e;
		t0 = now();
		wl = wall();
		mwz_lexicon_create(&lex);
		if (mwz_lexicon_load_freedict(lex, NULL, &e)) {
			printf("skip - FreeDict: %s\n", e.message);
			mwz_lexicon_destroy(lex);
			lex = NULL;
		}
		tl = now() - t0;
		wl = wall() - wl;
	}
	ta = run_align(&S, &T, &t, 0);
	getrusage(RUSAGE_SELF, &ru);
	printf("%zu x %zu sentences: CPU time: lexicon load %.0f ms, align %.0f ms, total %.0f ms; "
	       "wall: %.0f + %.0f = %.0f ms; peak RSS %.1f MB; %zu beads\n",
	       S.n, T.n, tl * 1e3, ta * 1e3, (tl + ta) * 1e3, wl * 1e3, last_wall * 1e3,
	       (wl + last_wall) * 1e3, ru.ru_maxrss / 1024.0, t.n);
	free_lines(&S);
	free_lines(&T);
	free(t.b);
	return 0;
}

int main(int argc, char **argv)
{
	int i, concat = 0, rev = 0, clean = 0, heavy = 0, uselex = 0;
	unsigned long seed = 1;
	const char *dir;
	if (argc < 3) {
		fprintf(stderr, "usage: align_speed edits|textberg|speed DIR... [--lex --rev --concat --clean --heavy --seed N]\n");
		return 2;
	}
	dir = argv[2];
	for (i = 3; i < argc; i++) {
		if (!strcmp(argv[i], "--concat"))
			concat = 1;
		else if (!strcmp(argv[i], "--rev"))
			rev = 1;
		else if (!strcmp(argv[i], "--clean"))
			clean = 1;
		else if (!strcmp(argv[i], "--heavy"))
			heavy = 1;
		else if (!strcmp(argv[i], "--vheavy"))
			heavy = 2;
		else if (!strcmp(argv[i], "--lex"))
			uselex = 1;
		else if (!strcmp(argv[i], "--seed") && i + 1 < argc)
			seed = strtoul(argv[++i], NULL, 10);
	}
	if (uselex && strcmp(argv[1], "speed")) {
		mwz_error_t e;
		mwz_lexicon_create(&lex);
		if (mwz_lexicon_load_freedict(lex, NULL, &e)) {
			printf("skip - FreeDict: %s\n", e.message);
			return 0;
		}
	}
	if (!strcmp(argv[1], "edits"))
		cmd_edits(dir, concat, rev, clean, heavy, seed);
	else if (!strcmp(argv[1], "textberg"))
		cmd_textberg(dir);
	else if (!strcmp(argv[1], "speed")) {
		int nd = 0;
		char *dirs[8];
		for (i = 2; i < argc && nd < 8; i++)
			if (argv[i][0] != '-')
				dirs[nd++] = argv[i];
		cmd_speed(nd, dirs, 17600);
	}
	mwz_lexicon_destroy(lex);
	return 0;
}
