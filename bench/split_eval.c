/*
 * split_eval.c - boundary precision, recall and F1 of muwazi's segmenter and
 * of plain ICU on running text rebuilt from one-sentence-a-line documents.
 *
 * usage: split_eval [--lang ar|en] [--para N] [--no-headline | --drop-headline]
 *                   [--errors | --show-errors] FILE...
 *
 * Each FILE is a document, one sentence a line. Its running text is the
 * first line (the headline) on a line of its own, then the other sentences
 * joined by a space, with a blank line every N sentences when --para N is
 * given (0, the default: one paragraph). --no-headline joins the headline to
 * the text by a space like any sentence; --drop-headline leaves it out.
 * A boundary is counted by the
 * number of non-space characters before it, so white space never matters.
 * Plain ICU is ubrk_open(UBRK_SENTENCE) with "en@ss=standard" (ICU's own
 * abbreviation suppressions) for English and "ar" for Arabic, on the same text.
 */
#include "muwazi.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/ubrk.h>
#include <unicode/ustring.h>

struct counts {
	size_t tp, fp, fn;
};

static int is_sp(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* Non-space characters (bytes that start a code point) in s[0, n). */
static size_t nonspace(const char *s, size_t n)
{
	size_t i, k = 0;
	for (i = 0; i < n; i++)
		if (!is_sp((unsigned char)s[i]) && ((unsigned char)s[i] & 0xC0) != 0x80)
			k++;
	return k;
}

static char *read_all(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	char *b;
	long n;
	if (!f)
		return NULL;
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	fseek(f, 0, SEEK_SET);
	b = malloc((size_t)n + 1);
	if (!b || fread(b, 1, (size_t)n, f) != (size_t)n) {
		fclose(f);
		free(b);
		return NULL;
	}
	fclose(f);
	b[n] = '\0';
	*len = (size_t)n;
	return b;
}

static int cmp_sz(const void *a, const void *b)
{
	size_t x = *(const size_t *)a, y = *(const size_t *)b;
	return x < y ? -1 : x > y;
}

/* Compare two sorted boundary sets; print the differences with context. */
static void score(struct counts *c, const size_t *gold, size_t ng, const size_t *pred,
                  size_t np, const char *text, size_t len, const char *who, int errors)
{
	size_t i = 0, j = 0;
	while (i < ng || j < np) {
		size_t at;
		const char *what = NULL;
		if (i < ng && j < np && gold[i] == pred[j]) {
			c->tp++;
			i++;
			j++;
			continue;
		}
		if (j >= np || (i < ng && gold[i] < pred[j])) {
			c->fn++;
			at = gold[i++];
			what = "missed";
		} else {
			c->fp++;
			at = pred[j++];
			what = "extra";
		}
		if (errors) {
			/* find the byte of the at-th non-space character */
			size_t b = 0, k = 0, from, to;
			while (b < len && k < at) {
				if (!is_sp((unsigned char)text[b]) && ((unsigned char)text[b] & 0xC0) != 0x80)
					k++;
				b++;
			}
			while (b < len && ((unsigned char)text[b] & 0xC0) == 0x80)
				b++;
			from = b > 60 ? b - 60 : 0;
			to = b + 40 < len ? b + 40 : len;
			while (from > 0 && ((unsigned char)text[from] & 0xC0) == 0x80)
				from--;
			while (to < len && ((unsigned char)text[to] & 0xC0) == 0x80)
				to++;
			printf("%s %s: %.*s ||| %.*s\n", who, what, (int)(b - from), text + from,
			       (int)(to - b), text + b);
		}
	}
}

static void report(const char *name, const struct counts *c)
{
	double p = c->tp + c->fp ? (double)c->tp / (double)(c->tp + c->fp) : 0;
	double r = c->tp + c->fn ? (double)c->tp / (double)(c->tp + c->fn) : 0;
	double f = p + r > 0 ? 2 * p * r / (p + r) : 0;
	printf("%-8s P %.3f  R %.3f  F1 %.3f  (tp %zu fp %zu fn %zu)\n", name, p, r, f,
	       c->tp, c->fp, c->fn);
}

int main(int argc, char **argv)
{
	int lang = MWZ_LANG_EN, para = 0, headline = 1, drop = 0, errors = 0, i;
	struct counts mine = { 0, 0, 0 }, icu = { 0, 0, 0 };
	mwz_segmenter_t *seg = NULL;
	UBreakIterator *bi;
	UErrorCode st = U_ZERO_ERROR;
	size_t ndocs = 0;

	for (i = 1; i < argc && argv[i][0] == '-'; i++) {
		if (strcmp(argv[i], "--lang") == 0 && i + 1 < argc) {
			i++;
			lang = strcmp(argv[i], "ar") == 0 ? MWZ_LANG_AR : MWZ_LANG_EN;
		} else if (strcmp(argv[i], "--para") == 0 && i + 1 < argc) {
			para = atoi(argv[++i]);
		} else if (strcmp(argv[i], "--no-headline") == 0) {
			headline = 0;
		} else if (strcmp(argv[i], "--drop-headline") == 0) {
			headline = 0;
			drop = 1;
		} else if (strcmp(argv[i], "--errors") == 0 ||
		           strcmp(argv[i], "--show-errors") == 0) {
			errors++;
		} else {
			fprintf(stderr, "usage: split_eval [--lang ar|en] [--para N] [--no-headline|--drop-headline] [--errors|--show-errors] FILE...\n");
			return 2;
		}
	}
	if (mwz_segmenter_create(&seg, lang, NULL) != MWZ_OK)
		return 2;
	bi = ubrk_open(UBRK_SENTENCE, lang == MWZ_LANG_AR ? "ar" : "en@ss=standard", NULL, 0, &st);
	if (U_FAILURE(st)) {
		fprintf(stderr, "split_eval: ICU: %s\n", u_errorName(st));
		return 2;
	}
	for (; i < argc; i++) {
		size_t len, ntext = 0, k, nl = 0, ng = 0, np = 0, nsent, nu = 0;
		char *doc = read_all(argv[i], &len), *text, *line;
		size_t *gold, *pred;
		mwz_sentence_t *v = NULL;
		UChar *u;
		int32_t pos, ulen = 0;
		if (!doc) {
			fprintf(stderr, "split_eval: cannot read %s\n", argv[i]);
			return 2;
		}
		text = malloc(len * 2 + 2);
		gold = malloc((len + 2) * sizeof *gold);
		pred = malloc((len + 2) * sizeof *pred);
		if (!text || !gold || !pred)
			return 2;
		/* rebuild running text; gold boundaries before each sentence but the first */
		for (line = strtok(doc, "\n"); line; line = strtok(NULL, "\n")) {
			size_t l = strlen(line);
			while (l && is_sp((unsigned char)line[l - 1]))
				l--;
			while (l && is_sp((unsigned char)*line)) {
				line++;
				l--;
			}
			if (!l)
				continue;
			if (drop == 1) {
				drop = 2;
				continue;
			}
			if (nl > 0) {
				gold[ng++] = nonspace(text, ntext);
				if (headline && nl == 1)
					text[ntext++] = '\n';
				else if (para > 0 && (nl - (size_t)headline) % (size_t)para == 0) {
					text[ntext++] = '\n';
					text[ntext++] = '\n';
				} else
					text[ntext++] = ' ';
			}
			memcpy(text + ntext, line, l);
			ntext += l;
			nl++;
		}
		text[ntext] = '\0';
		u = malloc((ntext + 1) * sizeof *u);
		if (!u)
			return 2;

		if (mwz_segmenter_split(&v, &nsent, seg, text, ntext, NULL) != MWZ_OK) {
			fprintf(stderr, "split_eval: %s: segmenter failed\n", argv[i]);
			return 2;
		}
		for (k = 1; k < nsent; k++)
			pred[np++] = nonspace(text, v[k].start);
		score(&mine, gold, ng, pred, np, text, ntext, "muwazi", errors);
		mwz_free(v);

		/* plain ICU on the same text */
		st = U_ZERO_ERROR;
		u_strFromUTF8(u, (int32_t)ntext + 1, &ulen, text, (int32_t)ntext, &st);
		ubrk_setText(bi, u, ulen, &st);
		if (U_FAILURE(st)) {
			fprintf(stderr, "split_eval: ICU: %s\n", u_errorName(st));
			return 2;
		}
		np = 0;
		{
			/* non-space count at each UTF-16 position */
			size_t *cnt = malloc(((size_t)ulen + 1) * sizeof *cnt);
			int32_t q;
			if (!cnt)
				return 2;
			for (q = 0, nu = 0; q < ulen; q++) {
				cnt[q] = nu;
				if (!(u[q] == ' ' || u[q] == '\n' || u[q] == '\t' || u[q] == '\r') &&
				    !U16_IS_TRAIL(u[q]))
					nu++;
			}
			cnt[ulen] = nu;
			for (pos = ubrk_first(bi); pos != UBRK_DONE; pos = ubrk_next(bi))
				if (pos > 0 && pos < ulen && (np == 0 || pred[np - 1] != cnt[pos]))
					pred[np++] = cnt[pos];
			free(cnt);
		}
		qsort(pred, np, sizeof *pred, cmp_sz);
		score(&icu, gold, ng, pred, np, text, ntext, "icu", errors > 1);
		ndocs++;
		if (drop)
			drop = 1;
		free(doc);
		free(text);
		free(gold);
		free(pred);
		free(u);
	}
	printf("%zu documents, %s, %s, paragraphs %s\n", ndocs, lang == MWZ_LANG_AR ? "ar" : "en",
	       headline ? "headline on its own line" :
	       drop ? "headline left out" : "headline joined by a space",
	       para > 0 ? "every N sentences" : "none");
	report("muwazi", &mine);
	report("icu", &icu);
	ubrk_close(bi);
	mwz_segmenter_destroy(seg);
	return 0;
}
