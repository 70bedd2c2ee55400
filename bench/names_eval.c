/*
 * names_eval.c - accuracy of the name matcher on dev data: AUC and best F1
 * of positives (true pairs) against random and hard negatives, and the
 * lookup of a spelling among many names (right one first).
 *
 * usage: names_eval [--google FILE] [--wd FILE] [--full FILE] [--gaz FILE]
 *   --google  arabic<TAB>english (one spelling per Arabic word)
 *   --wd      english<TAB>arabic letters space-separated<TAB>count
 *   --full    our variant lists: Arabic form<TAB>spelling|spelling|...
 * Only muwazi.h is used. Deterministic (fixed seed).
 */
#include "muwazi.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

typedef struct pair {
	char *a, *b;
	int group; /* index of the Arabic name for lookups */
} pair;

typedef struct plist {
	pair *p;
	size_t n, cap;
} plist;

static unsigned long rng = 12345;
static unsigned long rnd(void)
{
	rng = rng * 6364136223846793005UL + 1442695040888963407UL;
	return (rng >> 33);
}

static char *xstrdup(const char *s)
{
	size_t l = strlen(s);
	char *r = malloc(l + 1);
	if (!r) {
		fprintf(stderr, "names_eval: out of memory\n");
		exit(2);
	}
	memcpy(r, s, l + 1);
	return r;
}

static void push(plist *l, const char *a, const char *b, int g)
{
	if (l->n == l->cap) {
		l->cap = l->cap ? l->cap * 2 : 1024;
		l->p = realloc(l->p, l->cap * sizeof *l->p);
		if (!l->p)
			exit(2);
	}
	l->p[l->n].a = xstrdup(a);
	l->p[l->n].b = xstrdup(b);
	l->p[l->n].group = g;
	l->n++;
}

/* the default threshold of `muwazi match` (cli) */
#define MATCH_THRESHOLD 0.80

typedef struct scored {
	double s;
	int pos;
} scored;

static int cmp_scored(const void *x, const void *y)
{
	const scored *a = x, *b = y;
	return a->s < b->s ? -1 : a->s > b->s;
}

/* AUC (ties count half) and best F1 with its threshold. */
static void report(const char *name, scored *v, size_t n)
{
	size_t i, j, npos = 0, nneg = 0, tp, fp;
	double rank_sum = 0, auc, best_f1 = 0, best_t = 0;
	qsort(v, n, sizeof *v, cmp_scored);
	for (i = 0; i < n; i++)
		if (v[i].pos)
			npos++;
	nneg = n - npos;
	for (i = 0; i < n;) {
		j = i;
		while (j < n && v[j].s == v[i].s)
			j++;
		{
			double r = (double)(i + 1 + j) / 2.0;
			size_t k;
			for (k = i; k < j; k++)
				if (v[k].pos)
					rank_sum += r;
		}
		i = j;
	}
	auc = npos && nneg ? (rank_sum - (double)npos * (npos + 1) / 2.0) / ((double)npos * nneg) : 0;
	/* sweep thresholds from the top */
	tp = fp = 0;
	for (i = n; i > 0;) {
		double t = v[i - 1].s, p, r, f;
		while (i > 0 && v[i - 1].s == t) {
			if (v[i - 1].pos)
				tp++;
			else
				fp++;
			i--;
		}
		p = (double)tp / (double)(tp + fp);
		r = npos ? (double)tp / (double)npos : 0;
		f = p + r > 0 ? 2 * p * r / (p + r) : 0;
		if (f > best_f1) {
			best_f1 = f;
			best_t = t;
		}
	}
	printf("%-44s pos %6zu neg %6zu  AUC %.4f  best F1 %.4f at %.3f\n", name, npos,
	       nneg, auc, best_f1, best_t);
	/* at the default threshold of `muwazi match`: what a user sees */
	tp = fp = 0;
	for (i = 0; i < n; i++)
		if (v[i].s >= MATCH_THRESHOLD) {
			if (v[i].pos)
				tp++;
			else
				fp++;
		}
	printf("%-44s at %.2f: recall %.4f, false matches %.4f (%zu of %zu negatives)\n", "",
	       MATCH_THRESHOLD, npos ? (double)tp / (double)npos : 0,
	       nneg ? (double)fp / (double)nneg : 0, fp, nneg);
}

static double score_of(mwz_matcher_t *m, const char *a, const char *b)
{
	double s = 0;
	if (mwz_name_similarity(&s, m, a, strlen(a), b, strlen(b)) != MWZ_OK)
		return 0;
	return s;
}

static void eval_pairs(const char *name, mwz_matcher_t *m, plist *pos, plist *neg)
{
	scored *v = malloc((pos->n + neg->n + 1) * sizeof *v);
	size_t i, k = 0;
	const char *dump = getenv("NAMES_EVAL_DUMP");
	FILE *df = dump ? fopen(dump, "a") : NULL;
	for (i = 0; i < pos->n; i++) {
		v[k].s = score_of(m, pos->p[i].a, pos->p[i].b);
		if (df)
			fprintf(df, "%s\t1\t%.3f\t%s\t%s\n", name, v[k].s, pos->p[i].a, pos->p[i].b);
		v[k++].pos = 1;
	}
	for (i = 0; i < neg->n; i++) {
		v[k].s = score_of(m, neg->p[i].a, neg->p[i].b);
		if (df)
			fprintf(df, "%s\t0\t%.3f\t%s\t%s\n", name, v[k].s, neg->p[i].a, neg->p[i].b);
		v[k++].pos = 0;
	}
	if (df)
		fclose(df);
	report(name, v, k);
	free(v);
}

/* A word list with keys, for hard negatives. */
typedef struct word {
	char *w;
	char *key;
	int group;
} word;

static int cmp_word_key(const void *x, const void *y)
{
	const word *a = x, *b = y;
	int c = strcmp(a->key, b->key);
	return c ? c : strcmp(a->w, b->w);
}

/*
 * Negatives for positives (a, b): a with a random b' of similar length, and
 * a with the hard b'': another name of b's key (or the nearest by key order).
 */
static void make_negatives(mwz_matcher_t *m, plist *pos, plist *rndneg, plist *hardneg)
{
	word *w = malloc(pos->n * sizeof *w);
	size_t i, n = pos->n;
	for (i = 0; i < n; i++) {
		size_t kl;
		w[i].w = pos->p[i].b;
		w[i].group = pos->p[i].group;
		if (mwz_name_key(&w[i].key, &kl, m, w[i].w, strlen(w[i].w)) != MWZ_OK)
			w[i].key = xstrdup("");
	}
	qsort(w, n, sizeof *w, cmp_word_key);
	for (i = 0; i < n; i++) {
		size_t tries;
		const pair *p = &pos->p[i];
		size_t bl = strlen(p->b);
		/* random, similar length */
		for (tries = 0; tries < 50; tries++) {
			const pair *q = &pos->p[rnd() % n];
			size_t ql = strlen(q->b);
			if (q->group == p->group || strcmp(q->b, p->b) == 0)
				continue;
			if (ql + 1 < bl || ql > bl + 1)
				continue;
			push(rndneg, p->a, q->b, -1);
			break;
		}
	}
	/* hard: neighbours in key order with a different group */
	for (i = 0; i < n; i++) {
		size_t j, best = (size_t)-1;
		double bs = -1;
		for (j = i >= 3 ? i - 3 : 0; j < n && j <= i + 3; j++) {
			double s;
			if (j == i || w[j].group == w[i].group || strcmp(w[j].w, w[i].w) == 0)
				continue;
			s = score_of(m, w[i].w, w[j].w);
			if (s > bs) {
				bs = s;
				best = j;
			}
		}
		if (best != (size_t)-1) {
			/* find the Arabic of w[i]'s pair */
			size_t k;
			for (k = 0; k < pos->n; k++)
				if (pos->p[k].b == w[i].w)
					break;
			if (k < pos->n)
				push(hardneg, pos->p[k].a, w[best].w, -1);
		}
	}
	for (i = 0; i < n; i++)
		mwz_free(w[i].key);
	free(w);
}

static char *read_all(const char *path)
{
	FILE *f = fopen(path, "rb");
	char *buf;
	long len;
	if (!f)
		return NULL;
	fseek(f, 0, SEEK_END);
	len = ftell(f);
	fseek(f, 0, SEEK_SET);
	buf = malloc((size_t)len + 1);
	if (fread(buf, 1, (size_t)len, f) != (size_t)len) {
		fclose(f);
		free(buf);
		return NULL;
	}
	buf[len] = 0;
	fclose(f);
	return buf;
}

/* Split text into lines in place; returns the count. */
static size_t lines_of(char *t, char ***out)
{
	size_t n = 0, cap = 1024;
	char **v = malloc(cap * sizeof *v), *p = t;
	while (*p) {
		char *nl = strchr(p, '\n');
		if (n == cap) {
			cap *= 2;
			v = realloc(v, cap * sizeof *v);
		}
		v[n++] = p;
		if (!nl)
			break;
		*nl = 0;
		p = nl + 1;
	}
	*out = v;
	return n;
}

/* Arabic letters "ا ل م" -> "الم" */
static void squeeze(char *s)
{
	char *d = s;
	for (; *s; s++)
		if (*s != ' ')
			*d++ = *s;
	*d = 0;
}

static int cmp_str(const void *x, const void *y)
{
	return strcmp(*(char *const *)x, *(char *const *)y);
}

/* Lookup: each spelling against all Arabic names of the set; right one first? */
static void eval_lookup(const char *name, mwz_matcher_t *m, plist *pos, size_t ngroups_max)
{
	/* take the first ngroups_max distinct groups */
	size_t i, j, first = 0, total = 0, ng = 0;
	int *gid = malloc(ngroups_max * sizeof *gid);
	char **ar = malloc(ngroups_max * sizeof *ar);
	for (i = 0; i < pos->n && ng < ngroups_max; i++) {
		int seen = 0;
		for (j = 0; j < ng; j++)
			if (gid[j] == pos->p[i].group) {
				seen = 1;
				break;
			}
		if (!seen) {
			gid[ng] = pos->p[i].group;
			ar[ng++] = pos->p[i].a;
		}
	}
	if (ng <= 2000) { /* brute force: every spelling against every name */
		for (i = 0; i < pos->n; i++) {
			double best = -1, right = -1;
			int in = 0;
			for (j = 0; j < ng; j++)
				if (gid[j] == pos->p[i].group)
					in = 1;
			if (!in)
				continue;
			for (j = 0; j < ng; j++) {
				double s = score_of(m, pos->p[i].b, ar[j]);
				if (gid[j] == pos->p[i].group)
					right = s > right ? s : right;
				else if (s > best)
					best = s;
			}
			total++;
			if (right > best)
				first++;
		}
		printf("%-44s %zu names, %zu queries: right one first %.4f\n", name, ng, total,
		       total ? (double)first / (double)total : 0);
	}
	/* the same through the gazetteer's index */
	{
		size_t cap = 0, len = 0, gfirst = 0, gtotal = 0, nscored = 0;
		char *tsv = NULL;
		mwz_gazetteer_t *gz = NULL;
		mwz_error_t err;
		for (j = 0; j < ng; j++) {
			size_t l = strlen(ar[j]);
			if (len + 2 * l + 3 > cap) {
				cap = (len + 2 * l + 3) * 2;
				tsv = realloc(tsv, cap);
			}
			len += (size_t)sprintf(tsv + len, "%s\t%s\n", ar[j], ar[j]);
		}
		if (mwz_gazetteer_load_mem(&gz, tsv, len, &err) != MWZ_OK) {
			printf("gazetteer load failed: %s\n", err.message);
		} else {
			clock_t c0 = clock();
			double secs;
			for (i = 0; i < pos->n && gtotal < 5000; i++) {
				mwz_gazetteer_hit_t *h = NULL;
				size_t nh = 0;
				int in = 0;
				for (j = 0; j < ng; j++)
					if (gid[j] == pos->p[i].group)
						in = 1;
				if (!in)
					continue;
				gtotal++;
				if (mwz_gazetteer_lookup(&h, &nh, gz, m, pos->p[i].b, strlen(pos->p[i].b),
				                         0, 0.0) == MWZ_OK && nh > 0) {
					nscored += nh;
					for (j = 0; j < ng; j++)
						if (gid[j] == pos->p[i].group &&
						    strcmp(ar[j], mwz_gazetteer_arabic(gz, h[0].entry)) == 0)
							gfirst++;
				}
				mwz_free(h);
			}
			secs = (double)(clock() - c0) / CLOCKS_PER_SEC;
			printf("%-44s via gazetteer index: right one first %.4f, %.1f entries scored a "
			       "query, %.0f lookups/s\n",
			       "", gtotal ? (double)gfirst / (double)gtotal : 0,
			       gtotal ? (double)nscored / (double)gtotal : 0,
			       secs > 0 ? (double)gtotal / secs : 0);
		}
		mwz_gazetteer_destroy(gz);
		free(tsv);
	}
	free(gid);
	free(ar);
}

static void free_list(plist *l)
{
	size_t i;
	for (i = 0; i < l->n; i++) {
		free(l->p[i].a);
		free(l->p[i].b);
	}
	free(l->p);
	memset(l, 0, sizeof *l);
}

/* Shuffle a list in place (Fisher-Yates with our fixed seed). */
static void shuffle(plist *l)
{
	size_t i;
	for (i = l->n; i > 1; i--) {
		size_t j = rnd() % i;
		pair t = l->p[i - 1];
		l->p[i - 1] = l->p[j];
		l->p[j] = t;
	}
}

int main(int argc, char **argv)
{
	mwz_matcher_t *m;
	int i;
	clock_t t0 = clock();
	size_t npairs = 0;
	if (mwz_matcher_create(&m) != MWZ_OK)
		return 2;
	for (i = 1; i + 1 < argc; i += 2) {
		char *text = read_all(argv[i + 1]);
		char **ln;
		size_t n, k;
		plist pos = { 0 }, rneg = { 0 }, hneg = { 0 };
		if (!text) {
			printf("skip - %s: cannot read %s\n", argv[i], argv[i + 1]);
			continue;
		}
		n = lines_of(text, &ln);
		if (strcmp(argv[i], "--google") == 0) {
			for (k = 0; k < n; k++) {
				char *tab = strchr(ln[k], '\t');
				if (!tab)
					continue;
				*tab = 0;
				push(&pos, ln[k], tab + 1, (int)k);
			}
			make_negatives(m, &pos, &rneg, &hneg);
			eval_pairs("google ar->en words vs random", m, &pos, &rneg);
			eval_pairs("google ar->en words vs hard (same key)", m, &pos, &hneg);
			shuffle(&pos);
			eval_lookup("google lookup of English among Arabic", m, &pos, 352);
			eval_lookup("google lookup among all its Arabic words", m, &pos, 1000000);
		} else if (strcmp(argv[i], "--wd") == 0) {
			/* silver: keep pairs seen at least twice; group by Arabic */
			char **ars = malloc(n * sizeof *ars);
			size_t na = 0, a0;
			plist ll = { 0 }, llneg = { 0 };
			for (k = 0; k < n; k++) {
				char *t1 = strchr(ln[k], '\t'), *t2;
				if (!t1)
					continue;
				t2 = strchr(t1 + 1, '\t');
				if (!t2 || atoi(t2 + 1) < 2)
					continue;
				*t1 = 0;
				*t2 = 0;
				squeeze(t1 + 1);
				/* "arabic\0english" kept together for sorting */
				{
					char tmp[512];
					size_t al = strlen(t1 + 1), el = (size_t)(t1 - ln[k]);
					if (al + el + 2 > sizeof tmp)
						continue;
					memcpy(tmp, t1 + 1, al + 1);
					memcpy(tmp + al + 1, ln[k], el);
					tmp[al + 1 + el] = 0;
					memcpy(ln[k], tmp, al + el + 2);
				}
				ars[na++] = ln[k];
			}
			qsort(ars, na, sizeof *ars, cmp_str);
			for (a0 = 0; a0 < na; a0++) {
				size_t g0 = a0;
				while (g0 > 0 && strcmp(ars[g0 - 1], ars[a0]) == 0)
					g0--;
				push(&pos, ars[a0], ars[a0] + strlen(ars[a0]) + 1, (int)g0);
			}
			make_negatives(m, &pos, &rneg, &hneg);
			eval_pairs("wikidata ar->en tokens (count>=2) vs random", m, &pos, &rneg);
			eval_pairs("wikidata ar->en tokens vs hard (same key)", m, &pos, &hneg);
			/* Latin vs Latin: two spellings of one Arabic token */
			{
				plist byg = { 0 };
				size_t a, b;
				for (a = 0; a < pos.n; a++)
					push(&byg, pos.p[a].b, pos.p[a].b, pos.p[a].group);
				for (a = 0; a < pos.n; a++)
					for (b = a + 1; b < pos.n && b < a + 400; b++)
						if (pos.p[a].group == pos.p[b].group &&
						    strcmp(pos.p[a].b, pos.p[b].b) != 0)
							push(&ll, pos.p[a].b, pos.p[b].b, pos.p[a].group);
				make_negatives(m, &byg, &rneg, &llneg);
				free_list(&byg);
			}
			if (ll.n) {
				/* Latin/Latin negatives: hard ones of the same key */
				eval_pairs("wikidata en/en spellings vs hard (same key)", m, &ll, &llneg);
			}
			shuffle(&pos);
			eval_lookup("wikidata lookup of English among Arabic", m, &pos, 352);
			free(ars);
			free_list(&ll);
			free_list(&llneg);
		} else if (strcmp(argv[i], "--full") == 0) {
			/* Arabic<TAB>sp1|sp2|...: positives all spellings; negatives other names */
			plist ar2l = { 0 }, ar2lneg = { 0 }, l2l = { 0 }, l2lneg = { 0 };
			int g = 0;
			for (k = 0; k < n; k++) {
				char *tab = strchr(ln[k], '\t'), *sp, *save;
				if (!tab || ln[k][0] == '#')
					continue;
				*tab = 0;
				for (sp = strtok_r(tab + 1, "|", &save); sp; sp = strtok_r(NULL, "|", &save))
					push(&pos, ln[k], sp, g);
				g++;
			}
			for (k = 0; k < pos.n; k++) {
				size_t j;
				push(&ar2l, pos.p[k].a, pos.p[k].b, pos.p[k].group);
				for (j = k + 1; j < pos.n; j++)
					if (pos.p[j].group == pos.p[k].group)
						push(&l2l, pos.p[k].b, pos.p[j].b, pos.p[k].group);
			}
			/* negatives: every other name's Arabic / spellings that score highest */
			for (k = 0; k < pos.n; k++) {
				size_t j, bj = (size_t)-1, bl = (size_t)-1;
				double bs = -1, bls = -1;
				for (j = 0; j < pos.n; j++) {
					double s;
					if (pos.p[j].group == pos.p[k].group)
						continue;
					s = score_of(m, pos.p[k].b, pos.p[j].a);
					if (s > bs) {
						bs = s;
						bj = j;
					}
					s = score_of(m, pos.p[k].b, pos.p[j].b);
					if (s > bls) {
						bls = s;
						bl = j;
					}
				}
				if (bj != (size_t)-1)
					push(&ar2lneg, pos.p[bj].a, pos.p[k].b, -1);
				if (bl != (size_t)-1)
					push(&l2lneg, pos.p[k].b, pos.p[bl].b, -1);
			}
			eval_pairs("full names: Arabic vs spellings, hardest neg", m, &ar2l, &ar2lneg);
			eval_pairs("full names: Latin vs Latin, hardest neg", m, &l2l, &l2lneg);
			eval_lookup("full names: lookup of spelling among Arabic", m, &pos, 100000);
			free_list(&ar2l);
			free_list(&ar2lneg);
			free_list(&l2l);
			free_list(&l2lneg);
		} else if (strcmp(argv[i], "--groups") == 0) {
			/* Arabic<TAB>sp|sp|...: Latin/Latin within a line against across */
			plist in = { 0 }, across = { 0 }, ar = { 0 }, arneg = { 0 };
			int g = 0;
			size_t a, b;
			for (k = 0; k < n; k++) {
				char *tab = strchr(ln[k], '\t'), *sp, *save;
				if (!tab || ln[k][0] == '#')
					continue;
				*tab = 0;
				for (sp = strtok_r(tab + 1, "|", &save); sp; sp = strtok_r(NULL, "|", &save))
					push(&pos, ln[k], sp, g);
				g++;
			}
			for (a = 0; a < pos.n; a++) {
				for (b = a + 1; b < pos.n; b++)
					push(pos.p[a].group == pos.p[b].group ? &in : &across, pos.p[a].b,
					     pos.p[b].b, -1);
				push(&ar, pos.p[a].a, pos.p[a].b, -1);
			}
			for (a = 0; a < pos.n; a++)
				for (b = 0; b < pos.n; b++)
					if (pos.p[a].group != pos.p[b].group &&
					    (b == 0 || strcmp(pos.p[b].a, pos.p[b - 1].a) != 0))
						push(&arneg, pos.p[b].a, pos.p[a].b, -1);
			eval_pairs("surnames: spellings vs other surnames (Lat)", m, &in, &across);
			eval_pairs("surnames: Arabic vs its spellings / others", m, &ar, &arneg);
			/* the first group alone: one surname's spellings vs all others */
			{
				plist one = { 0 }, oneneg = { 0 };
				for (a = 0; a < pos.n; a++)
					for (b = a + 1; b < pos.n; b++) {
						if (pos.p[a].group == 0 && pos.p[b].group == 0)
							push(&one, pos.p[a].b, pos.p[b].b, -1);
						else if (pos.p[a].group == 0 || pos.p[b].group == 0)
							push(&oneneg, pos.p[a].b, pos.p[b].b, -1);
					}
				eval_pairs("surnames: first surname's spellings only", m, &one, &oneneg);
				free_list(&one);
				free_list(&oneneg);
			}
			free_list(&in);
			free_list(&across);
			free_list(&ar);
			free_list(&arneg);
		} else {
			printf("skip - unknown option %s\n", argv[i]);
		}
		npairs += pos.n + rneg.n + hneg.n;
		free_list(&pos);
		free_list(&rneg);
		free_list(&hneg);
		free(ln);
		free(text);
	}
	printf("evaluation took %.1f s of CPU\n", (double)(clock() - t0) / CLOCKS_PER_SEC);
	(void)npairs;
	mwz_matcher_destroy(m);
	return 0;
}
