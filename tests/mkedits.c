/*
 * mkedits.c - makes evaluation data for the aligner out of line-parallel
 * pairs (line k of SRC translates line k of TGT): edited copies with the
 * edits translators make (sentences merged, split or left out) and the gold
 * alignment of the result in vecalign form. Deterministic for a seed.
 *
 *   mkedits [RATES] [--seed N] -o PREFIX SRC TGT
 *       one document: PREFIX.src, PREFIX.tgt, PREFIX.gold
 *   mkedits [RATES] [--seed N] -o PREFIX --concat SRC1 TGT1 SRC2 TGT2 ...
 *       every document edited, then all put back to back as one long
 *       document with no boundary
 *   mkedits [RATES] [--seed N] -o PREFIX --size N SRC1 TGT1 ...
 *       the documents edited again and again (a new seed each round) and
 *       put back to back until the source has at least N sentences
 *   --drop-docs K (with --concat or --size): every K-th document is left
 *       untranslated, all its source sentences 1-0, as an archive's
 *       articles that were never translated
 *
 * RATES, per source sentence (they add up to at most 1):
 *   --merge R     two target sentences joined into one     (2-1)
 *   --merge3 R    three target sentences joined into one   (3-1)
 *   --split R     a target sentence split at a clause boundary (1-2)
 *   --drop-tgt R  a target sentence left out               (1-0)
 *   --drop-src R  a source sentence left out               (0-1)
 *   --merge-src R / --split-src R   the same edits on the source side
 * Prints one summary line: sentences of each side and beads of each kind.
 * Built by `make check` into build/tests/mkedits (not a test itself).
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct line {
	char *s;
	size_t len;
} line;

typedef struct lines {
	line *v;
	size_t n, cap;
} lines;

typedef struct bead {
	size_t ss, sl, ts, tl;
} bead;

typedef struct out {
	lines src, tgt;
	bead *b;
	size_t nb, cap;
	size_t kinds[5][5]; /* beads by (source, target) sentence count */
} out;

enum { MERGE, MERGE3, SPLIT, DROP_TGT, DROP_SRC, MERGE_SRC, SPLIT_SRC, NOPS };
static const char *const op_names[NOPS] = {
	"merge", "merge3", "split", "drop-tgt", "drop-src", "merge-src", "split-src"
};

static void die(const char *fmt, const char *arg)
{
	fprintf(stderr, "mkedits: ");
	fprintf(stderr, fmt, arg);
	fprintf(stderr, "\n");
	exit(2);
}

static void *xrealloc(void *p, size_t n)
{
	p = realloc(p, n ? n : 1);
	if (!p)
		die("%s", "out of memory");
	return p;
}

static char *xdup(const char *s, size_t len)
{
	char *p = xrealloc(NULL, len + 1);
	memcpy(p, s, len);
	p[len] = '\0';
	return p;
}

/* Lines keep their own copy, so edits never touch the input. */
static void push(lines *l, const char *s, size_t len)
{
	if (l->n == l->cap) {
		l->cap = l->cap ? l->cap * 2 : 1024;
		l->v = xrealloc(l->v, l->cap * sizeof *l->v);
	}
	l->v[l->n].s = xdup(s, len);
	l->v[l->n].len = len;
	l->n++;
}

static void free_lines(lines *l)
{
	size_t i;
	for (i = 0; i < l->n; i++)
		free(l->v[i].s);
	free(l->v);
	memset(l, 0, sizeof *l);
}

static void read_lines(lines *l, const char *path)
{
	FILE *f = fopen(path, "rb");
	char *buf = NULL;
	size_t len = 0, cap = 0;
	int c;
	if (!f) {
		fprintf(stderr, "mkedits: %s: %s\n", path, strerror(errno));
		exit(2);
	}
	for (;;) {
		c = getc(f);
		if (c == EOF || c == '\n') {
			if (c == EOF && len == 0)
				break;
			if (len && buf[len - 1] == '\r')
				len--;
			push(l, buf ? buf : "", len);
			len = 0;
			if (c == EOF)
				break;
			continue;
		}
		if (len + 1 >= cap) {
			cap = cap ? cap * 2 : 256;
			buf = xrealloc(buf, cap);
		}
		buf[len++] = (char)c;
	}
	if (ferror(f))
		die("%s: read error", path);
	fclose(f);
	free(buf);
}

/* splitmix64: small, and the same numbers on every platform. */
typedef struct rng {
	unsigned long long x;
} rng;

static unsigned long long next64(rng *r)
{
	unsigned long long z = (r->x += 0x9E3779B97F4A7C15ULL);
	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
	z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
	return z ^ (z >> 31);
}

static double uniform(rng *r)
{
	return (double)(next64(r) >> 11) / 9007199254740992.0;
}

/* True when the sentence is written in Arabic (a lead byte of U+0600-06FF). */
static int is_arabic(const char *s, size_t len)
{
	size_t i, ar = 0, latin = 0;
	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c >= 0xD8 && c <= 0xDB)
			ar++;
		else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')
			latin++;
	}
	return ar > latin;
}

/* True when s starts with a word that is capitalised only as a sentence's first. */
static int common_opener(const char *s, size_t len)
{
	static const char *const w[] = { "He ", "She ", "It ", "They ", "The ", "This ", "That ",
	                                 "These ", "Those ", "There ", "We ", "A ", "An ", "In ",
	                                 "On ", "But ", "And ", "His ", "Her ", "Its ", "Their " };
	size_t i;
	for (i = 0; i < sizeof w / sizeof w[0]; i++)
		if (len > strlen(w[i]) && memcmp(s, w[i], strlen(w[i])) == 0)
			return 1;
	return 0;
}

/* Join sentences the way a translator merging them would write them. */
static char *join(const line *parts, size_t n, size_t *outlen)
{
	size_t i, total = 0, len = 0;
	char *s;
	for (i = 0; i < n; i++)
		total += parts[i].len + 4;
	s = xrealloc(NULL, total + 1);
	for (i = 0; i < n; i++) {
		const line *p = &parts[i];
		size_t l = p->len;
		while (l && p->s[l - 1] == ' ')
			l--;
		memcpy(s + len, p->s, l);
		if (i > 0 && len >= 2 && s[len - 1] == ' ' && s[len - 2] == ';' && common_opener(p->s, l))
			s[len] = (char)(s[len] - 'A' + 'a');
		len += l;
		if (i + 1 < n) {
			/* The full stop between them becomes a semicolon. */
			if (len && s[len - 1] == '.') {
				len--;
				if (is_arabic(p->s, p->len)) {
					memcpy(s + len, "\xD8\x9B", 2); /* U+061B ARABIC SEMICOLON */
					len += 2;
				} else {
					s[len++] = ';';
				}
			}
			s[len++] = ' ';
		}
	}
	s[len] = '\0';
	*outlen = len;
	return s;
}

/*
 * Where a sentence can be split into two: the clause boundary nearest its
 * middle that leaves both parts at least a quarter long. *cut ends the first
 * part, *resume starts the second. Returns 0 when there is none.
 */
static int find_split(size_t *cut, size_t *resume, const char *s, size_t len)
{
	size_t i, best = 0, best_resume = 0, best_dist = (size_t)-1, min = len / 4;
	int pass;
	if (min < 12)
		min = 12;
	/* Punctuation first; "and" / "و" only when there is none. */
	for (pass = 0; pass < 2 && best_dist == (size_t)-1; pass++) {
		for (i = 1; i + 1 < len; i++) {
			size_t c = 0, r = 0, dist;
			if (pass == 0) {
				if ((s[i] == ',' || s[i] == ';') && s[i + 1] == ' ')
					c = i, r = i + 2;
				else if (i + 2 < len && (unsigned char)s[i] == 0xD8 &&
				         ((unsigned char)s[i + 1] == 0x8C || (unsigned char)s[i + 1] == 0x9B) &&
				         s[i + 2] == ' ')
					c = i, r = i + 3; /* ، or ؛ */
			} else {
				if (i + 5 < len && memcmp(s + i, " and ", 5) == 0)
					c = i, r = i + 5;
				else if (s[i] == ' ' && (unsigned char)s[i + 1] == 0xD9 &&
				         i + 2 < len && (unsigned char)s[i + 2] == 0x88 &&
				         i + 3 < len && (unsigned char)s[i + 3] >= 0xD8)
					c = i, r = i + 1; /* " و" + a letter: keep the و */
			}
			if (!r || c < min || len - r < min)
				continue;
			dist = c > len / 2 ? c - len / 2 : len / 2 - c;
			if (dist < best_dist) {
				best_dist = dist;
				best = c;
				best_resume = r;
			}
		}
	}
	if (best_dist == (size_t)-1)
		return 0;
	*cut = best;
	*resume = best_resume;
	return 1;
}

/* Split one sentence into two, pushed onto l. Returns 0 if it cannot. */
static int split_into(lines *l, const line *p)
{
	size_t cut, resume, n2;
	char *a, *b;
	if (!find_split(&cut, &resume, p->s, p->len))
		return 0;
	while (cut && p->s[cut - 1] == ' ')
		cut--;
	a = xrealloc(NULL, cut + 2);
	memcpy(a, p->s, cut);
	a[cut] = '.';
	push(l, a, cut + 1);
	free(a);
	n2 = p->len - resume;
	b = xdup(p->s + resume, n2);
	if (b[0] >= 'a' && b[0] <= 'z')
		b[0] = (char)(b[0] - 'a' + 'A');
	push(l, b, n2);
	free(b);
	return 1;
}

static void add_bead(out *o, size_t ss, size_t sl, size_t ts, size_t tl)
{
	if (o->nb == o->cap) {
		o->cap = o->cap ? o->cap * 2 : 1024;
		o->b = xrealloc(o->b, o->cap * sizeof *o->b);
	}
	o->b[o->nb].ss = ss;
	o->b[o->nb].sl = sl;
	o->b[o->nb].ts = ts;
	o->b[o->nb].tl = tl;
	o->nb++;
	o->kinds[sl < 4 ? sl : 4][tl < 4 ? tl : 4]++;
}

/* Edit one document (src and tgt line-parallel) and append it to o, stopping
   at a bead boundary once o has limit source sentences (0: no limit). */
static void edit_doc(out *o, const lines *src, const lines *tgt,
                     const double *rate, rng *r, size_t limit)
{
	size_t i = 0, n = src->n;
	while (i < n && !(limit && o->src.n >= limit)) {
		size_t s0 = o->src.n, t0 = o->tgt.n, len;
		double u = uniform(r), acc = 0;
		int op, k = NOPS;
		char *j;
		for (op = 0; op < NOPS; op++) {
			acc += rate[op];
			if (u < acc) {
				k = op;
				break;
			}
		}
		if ((k == MERGE || k == MERGE_SRC) && i + 1 >= n)
			k = NOPS;
		if (k == MERGE3 && i + 2 >= n)
			k = NOPS;
		switch (k) {
		case MERGE:
		case MERGE3: {
			size_t m = k == MERGE ? 2 : 3, q;
			for (q = 0; q < m; q++)
				push(&o->src, src->v[i + q].s, src->v[i + q].len);
			j = join(&tgt->v[i], m, &len);
			push(&o->tgt, j, len);
			free(j);
			add_bead(o, s0, m, t0, 1);
			i += m;
			continue;
		}
		case MERGE_SRC:
			j = join(&src->v[i], 2, &len);
			push(&o->src, j, len);
			free(j);
			push(&o->tgt, tgt->v[i].s, tgt->v[i].len);
			push(&o->tgt, tgt->v[i + 1].s, tgt->v[i + 1].len);
			add_bead(o, s0, 1, t0, 2);
			i += 2;
			continue;
		case DROP_TGT:
			push(&o->src, src->v[i].s, src->v[i].len);
			add_bead(o, s0, 1, 0, 0);
			i++;
			continue;
		case DROP_SRC:
			push(&o->tgt, tgt->v[i].s, tgt->v[i].len);
			add_bead(o, 0, 0, t0, 1);
			i++;
			continue;
		case SPLIT:
			if (split_into(&o->tgt, &tgt->v[i])) {
				push(&o->src, src->v[i].s, src->v[i].len);
				add_bead(o, s0, 1, t0, 2);
				i++;
				continue;
			}
			break;
		case SPLIT_SRC:
			if (split_into(&o->src, &src->v[i])) {
				push(&o->tgt, tgt->v[i].s, tgt->v[i].len);
				add_bead(o, s0, 2, t0, 1);
				i++;
				continue;
			}
			break;
		default:
			break;
		}
		push(&o->src, src->v[i].s, src->v[i].len);
		push(&o->tgt, tgt->v[i].s, tgt->v[i].len);
		add_bead(o, s0, 1, t0, 1);
		i++;
	}
}

static void write_lines(const char *path, const lines *l)
{
	FILE *f = fopen(path, "wb");
	size_t i;
	if (!f)
		die("cannot write %s", path);
	for (i = 0; i < l->n; i++) {
		fwrite(l->v[i].s, 1, l->v[i].len, f);
		putc('\n', f);
	}
	if (fclose(f) != 0)
		die("write error on %s", path);
}

static void write_side(FILE *f, size_t start, size_t n)
{
	size_t k;
	putc('[', f);
	for (k = 0; k < n; k++)
		fprintf(f, k ? ", %lu" : "%lu", (unsigned long)(start + k));
	putc(']', f);
}

static void write_gold(const char *path, const out *o)
{
	FILE *f = fopen(path, "wb");
	size_t i;
	if (!f)
		die("cannot write %s", path);
	for (i = 0; i < o->nb; i++) {
		write_side(f, o->b[i].ss, o->b[i].sl);
		putc(':', f);
		write_side(f, o->b[i].ts, o->b[i].tl);
		putc('\n', f);
	}
	if (fclose(f) != 0)
		die("write error on %s", path);
}

static double parse_rate(const char *opt, const char *v)
{
	char *end;
	double d;
	if (!v)
		die("%s needs a value", opt);
	d = strtod(v, &end);
	if (*end || end == v || !(d >= 0 && d <= 1))
		die("bad rate for %s (want 0 to 1)", opt);
	return d;
}

static void usage(void)
{
	fprintf(stderr,
	        "usage: mkedits [--seed N] [--merge R] [--merge3 R] [--split R] [--drop-tgt R]\n"
	        "               [--drop-src R] [--merge-src R] [--split-src R]\n"
	        "               [--drop-docs K] -o PREFIX [--concat | --size N] SRC TGT [SRC TGT ...]\n"
	        "writes PREFIX.src, PREFIX.tgt and PREFIX.gold (vecalign form)\n");
	exit(2);
}

int main(int argc, char **argv)
{
	double rate[NOPS] = { 0.05, 0.02, 0.05, 0.03, 0.02, 0.02, 0.02 }, sum = 0;
	unsigned long long seed = 1;
	const char *prefix = NULL;
	int concat = 0, i, op, ndocs;
	unsigned long size = 0, dropdocs = 0;
	double untranslated[NOPS] = { 0 };
	lines *src, *tgt;
	out o;
	char *path;
	size_t round, d;

	for (i = 1; i < argc && argv[i][0] == '-' && argv[i][1]; i++) {
		const char *a = argv[i];
		int found = 0;
		for (op = 0; op < NOPS; op++)
			if (a[0] == '-' && a[1] == '-' && strcmp(a + 2, op_names[op]) == 0) {
				rate[op] = parse_rate(a, argv[++i]);
				found = 1;
			}
		if (found)
			continue;
		if (strcmp(a, "--seed") == 0 && i + 1 < argc)
			seed = strtoull(argv[++i], NULL, 10);
		else if (strcmp(a, "-o") == 0 && i + 1 < argc)
			prefix = argv[++i];
		else if (strcmp(a, "--concat") == 0)
			concat = 1;
		else if (strcmp(a, "--size") == 0 && i + 1 < argc)
			size = strtoul(argv[++i], NULL, 10);
		else if (strcmp(a, "--drop-docs") == 0 && i + 1 < argc)
			dropdocs = strtoul(argv[++i], NULL, 10);
		else
			usage();
	}
	if (!prefix || argc - i < 2 || (argc - i) % 2 != 0)
		usage();
	if (!concat && !size && argc - i != 2)
		die("%s", "several documents need --concat or --size");
	if (dropdocs && !concat && !size)
		die("%s", "--drop-docs needs --concat or --size");
	untranslated[DROP_TGT] = 1;
	for (op = 0; op < NOPS; op++)
		sum += rate[op];
	if (sum > 1)
		die("%s", "the rates add up to more than 1");

	ndocs = (argc - i) / 2;
	src = xrealloc(NULL, (size_t)ndocs * sizeof *src);
	tgt = xrealloc(NULL, (size_t)ndocs * sizeof *tgt);
	memset(src, 0, (size_t)ndocs * sizeof *src);
	memset(tgt, 0, (size_t)ndocs * sizeof *tgt);
	for (d = 0; d < (size_t)ndocs; d++) {
		read_lines(&src[d], argv[i + 2 * d]);
		read_lines(&tgt[d], argv[i + 2 * d + 1]);
		if (src[d].n != tgt[d].n) {
			fprintf(stderr, "mkedits: %s and %s are not line-parallel (%lu and %lu lines)\n",
			        argv[i + 2 * d], argv[i + 2 * d + 1], (unsigned long)src[d].n,
			        (unsigned long)tgt[d].n);
			return 1;
		}
	}

	memset(&o, 0, sizeof o);
	for (round = 0;; round++) {
		size_t before = o.src.n;
		for (d = 0; d < (size_t)ndocs; d++) {
			/* Each document and round has its own stream, so that adding a
			   document does not change the edits of the others. */
			rng r;
			r.x = seed * 1000003ULL + round * 7919ULL + d;
			next64(&r);
			edit_doc(&o, &src[d], &tgt[d],
			         dropdocs && d % dropdocs == dropdocs - 1 ? untranslated : rate, &r, size);
			if (size && o.src.n >= size)
				break;
		}
		if (!size || o.src.n >= size || o.src.n == before)
			break;
	}

	path = xrealloc(NULL, strlen(prefix) + 8);
	sprintf(path, "%s.src", prefix);
	write_lines(path, &o.src);
	sprintf(path, "%s.tgt", prefix);
	write_lines(path, &o.tgt);
	sprintf(path, "%s.gold", prefix);
	write_gold(path, &o);
	free(path);

	printf("src %lu tgt %lu beads %lu:", (unsigned long)o.src.n, (unsigned long)o.tgt.n,
	       (unsigned long)o.nb);
	{
		size_t a, b;
		for (a = 0; a < 5; a++)
			for (b = 0; b < 5; b++)
				if (o.kinds[a][b])
					printf(" %lu-%lu %lu", (unsigned long)a, (unsigned long)b,
					       (unsigned long)o.kinds[a][b]);
	}
	printf("\n");

	for (d = 0; d < (size_t)ndocs; d++) {
		free_lines(&src[d]);
		free_lines(&tgt[d]);
	}
	free(src);
	free(tgt);
	free_lines(&o.src);
	free_lines(&o.tgt);
	free(o.b);
	return fflush(stdout) == 0 ? 0 : 2;
}
