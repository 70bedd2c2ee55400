/*
 * match.c - `muwazi match`: score pairs of names, one pair a line, and say
 * whether they are one name; `muwazi key`: print the cross-script key of names.
 */
#include "cli.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

/* Tuned on the dev data (bench/bench_names.sh): best F1 of word pairs. */
#define DEFAULT_THRESHOLD 0.80

static void match_usage(FILE *out)
{
	fprintf(out,
	        "usage: muwazi match [--threshold T] [FILE...]\n\n"
	        "Reads pairs of names, one pair a line as NAME<TAB>NAME, in any script\n"
	        "(Arabic or Latin), and prints NAME<TAB>NAME<TAB>SCORE<TAB>VERDICT: SCORE\n"
	        "in [0,1] with three decimals, VERDICT 'same' when SCORE >= T, else\n"
	        "'different' (default T = %.2f). Blank lines are skipped. A line without\n"
	        "exactly one tab, or with invalid UTF-8, is reported on stderr and\n"
	        "skipped; the others are answered and the exit status is then 1.\n",
	        DEFAULT_THRESHOLD);
}

/* Buffered reader: lines of any length, fast. */
typedef struct reader {
	FILE *f;
	char *buf;
	size_t cap, start, end;
	int eof;
	int cr;          /* lines end in CR alone (no LF in the file) */
	size_t pos;      /* file offset of buf + start */
	size_t line_off; /* file offset of the line last returned */
} reader;

/* Next line (without '\n'; a final '\r' dropped) or NULL at the end; -1 in *err on error.
 * A file with no LF at all but CRs has its lines ended by CR alone (classic Mac OS). */
static char *next_line(reader *r, size_t *len, int *err)
{
	for (;;) {
		char *nl = r->buf ? memchr(r->buf + r->start, r->cr ? '\r' : '\n',
		                           r->end - r->start)
		                  : NULL;
		if (!nl && r->eof && !r->cr && r->pos == 0 && r->end > r->start &&
		    memchr(r->buf + r->start, '\r', r->end - r->start)) {
			r->cr = 1;
			continue;
		}
		if (nl || (r->eof && r->end > r->start)) {
			char *line = r->buf + r->start;
			size_t l = nl ? (size_t)(nl - line) : r->end - r->start;
			r->start += l + (nl ? 1 : 0);
			r->line_off = r->pos;
			r->pos += l + (nl ? 1 : 0);
			if (l && line[l - 1] == '\r')
				l--;
			line[l] = 0;
			*len = l;
			return line;
		}
		if (r->eof)
			return NULL;
		if (r->start > 0) {
			memmove(r->buf, r->buf + r->start, r->end - r->start);
			r->end -= r->start;
			r->start = 0;
		}
		if (r->cap - r->end < 65536) {
			size_t ncap = r->cap ? r->cap * 2 : 1 << 20;
			char *p = realloc(r->buf, ncap + 1);
			if (!p) {
				*err = -1;
				return NULL;
			}
			r->buf = p;
			r->cap = ncap;
		}
		{
			size_t got = fread(r->buf + r->end, 1, r->cap - r->end, r->f);
			r->end += got;
			if (got == 0) {
				if (ferror(r->f)) {
					*err = -1;
					return NULL;
				}
				r->eof = 1;
			}
		}
	}
}

/* Score with three decimals, written without printf (hot path). */
static size_t put_score(char *out, double s)
{
	long v = (long)(s * 1000.0 + 0.5);
	if (v < 0)
		v = 0;
	if (v > 1000)
		v = 1000;
	out[0] = (char)('0' + v / 1000);
	out[1] = '.';
	out[2] = (char)('0' + v / 100 % 10);
	out[3] = (char)('0' + v / 10 % 10);
	out[4] = (char)('0' + v % 10);
	return 5;
}

/* A name past what the matcher compares: more than 16 words, or a word of
 * more than 40 letters (code points, as sounds are near enough). */
static int too_long(const char *s, size_t n)
{
	size_t i = 0, words = 0, letters = 0;
	int in = 0;
	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c == ' ' || c == '\t' || c == ',' || c == '-') {
			in = 0;
			letters = 0;
			continue;
		}
		if (!in) {
			in = 1;
			if (++words > 16)
				return 1;
		}
		if ((c & 0xC0) != 0x80 && ++letters > 40)
			return 1;
	}
	return 0;
}

static int match_file(const char *path, mwz_matcher_t *m, double threshold,
                      char **obuf, size_t *ocap)
{
	const char *shown = strcmp(path, "-") == 0 ? "<stdin>" : path;
	reader r;
	char *line;
	size_t len, lineno = 0;
	int rc = EXIT_OK, err = 0, told_long = 0;
	memset(&r, 0, sizeof r);
	r.f = cli_open(path);
	if (!r.f)
		return EXIT_USAGE;
	while ((line = next_line(&r, &len, &err)) != NULL) {
		char *tab, *b;
		size_t alen, blen, bad, need;
		double score;
		int st;
		lineno++;
		if (lineno == 1 && cli_check_wide(path, line, len)) {
			rc = EXIT_DATA; /* UTF-16: every line would be reported */
			break;
		}
		if (lineno == 1 && cli_bom_len(line, len)) {
			line += 3;
			len -= 3;
		}
		if (memchr(line, '\0', len)) {
			cli_err("%s: binary file (NUL byte at line %zu)", shown, lineno);
			rc = EXIT_DATA;
			break;
		}
		if (len == 0)
			continue;
		if (mwz_utf8_validate(line, len, &bad) != MWZ_OK) {
			cli_err("%s: invalid UTF-8 at line %zu, byte %zu%s", shown, lineno,
			        r.line_off + bad + 1, rc == EXIT_OK ? cli_legacy_hint(line, len) : "");
			rc = EXIT_DATA;
			continue;
		}
		tab = memchr(line, '\t', len);
		if (!tab) {
			cli_err("%s: line %zu: expected NAME<TAB>NAME, found no tab", shown, lineno);
			rc = EXIT_DATA;
			continue;
		}
		alen = (size_t)(tab - line);
		b = tab + 1;
		blen = len - alen - 1;
		if (memchr(b, '\t', blen)) {
			cli_err("%s: line %zu: expected NAME<TAB>NAME, found more than two fields",
			        shown, lineno);
			rc = EXIT_DATA;
			continue;
		}
		if (!told_long && (too_long(line, alen) || too_long(b, blen))) {
			/* the matcher compares a name's first 16 words and 40 sounds
			 * a word: said once a file, as the rest may differ unseen */
			cli_err("%s: line %zu: a name of more than 16 words or with a word of more "
			        "than 40 letters: compared on its first 16 words, 40 letters a word",
			        shown, lineno);
			told_long = 1;
		}
		st = mwz_name_similarity(&score, m, line, alen, b, blen);
		if (st == MWZ_ENOMEM) {
			cli_err("%s: line %zu: %s", shown, lineno, mwz_strerror(st));
			cli_close(r.f);
			free(r.buf);
			return EXIT_USAGE;
		}
		if (st != MWZ_OK) {
			cli_err("%s: line %zu: %s", shown, lineno, mwz_strerror(st));
			rc = EXIT_DATA;
			continue;
		}
		need = len + 32;
		if (need > *ocap) {
			char *p = realloc(*obuf, need);
			if (!p) {
				cli_err("out of memory");
				cli_close(r.f);
				free(r.buf);
				return EXIT_USAGE;
			}
			*obuf = p;
			*ocap = need;
		}
		{
			char *o = *obuf;
			size_t k = len;
			memcpy(o, line, len);
			o[k++] = '\t';
			k += put_score(o + k, score);
			o[k++] = '\t';
			if (score >= threshold) {
				memcpy(o + k, "same\n", 5);
				k += 5;
			} else {
				memcpy(o + k, "different\n", 10);
				k += 10;
			}
			fwrite(o, 1, k, stdout);
		}
	}
	if (err) {
		cli_err("%s: read error: %s", shown, strerror(errno));
		rc = EXIT_USAGE;
	}
	cli_close(r.f);
	free(r.buf);
	return rc;
}

int cmd_match(int argc, char **argv)
{
	double threshold = DEFAULT_THRESHOLD;
	mwz_matcher_t *m;
	char *obuf = NULL;
	size_t ocap = 0;
	int i, nfiles = 0, rc = EXIT_OK, st;
	static char iobuf[1 << 16];
	for (i = 1; i < argc; i++) {
		if (cli_is_help(argv[i])) {
			match_usage(stdout);
			return EXIT_OK;
		}
		if (strcmp(argv[i], "--threshold") == 0 || strncmp(argv[i], "--threshold=", 12) == 0) {
			const char *v = argv[i][11] == '=' ? argv[i] + 12 : (i + 1 < argc ? argv[++i] : NULL);
			char *end;
			if (!v) {
				cli_err("match: --threshold needs a value");
				return EXIT_USAGE;
			}
			threshold = strtod(v, &end);
			if (end == v || *end || !(threshold >= 0 && threshold <= 1)) { /* NaN too */
				cli_err("match: --threshold wants a number in [0,1], not '%s'", v);
				return EXIT_USAGE;
			}
			continue;
		}
		if (strcmp(argv[i], "--") == 0) {
			i++;
			break;
		}
		if (argv[i][0] == '-' && argv[i][1]) {
			cli_err("match: unknown option '%s'", argv[i]);
			match_usage(stderr);
			return EXIT_USAGE;
		}
		break;
	}
	st = mwz_matcher_create(&m);
	if (st) {
		cli_err("match: %s", mwz_strerror(st));
		return EXIT_USAGE;
	}
	setvbuf(stdout, iobuf, _IOFBF, sizeof iobuf);
	for (; i < argc; i++) {
		int r = match_file(argv[i], m, threshold, &obuf, &ocap);
		nfiles++;
		if (r > rc)
			rc = r;
	}
	if (nfiles == 0)
		rc = match_file("-", m, threshold, &obuf, &ocap);
	free(obuf);
	mwz_matcher_destroy(m);
	return rc;
}

int cmd_key(int argc, char **argv)
{
	mwz_matcher_t *m;
	int i, rc = EXIT_OK, st;
	if (argc < 2) {
		cli_err("usage: muwazi key NAME...");
		return EXIT_USAGE;
	}
	if (cli_is_help(argv[1])) {
		printf("usage: muwazi key NAME...\n\n"
		       "Prints the cross-script key of each NAME, one a line: a consonant\n"
		       "skeleton per word that spellings of one name, Arabic or Latin, tend\n"
		       "to share (e.g. Gaddafi, Qadhafi and \xd8\xa7\xd9\x84\xd9\x82\xd8\xb0\xd8\xa7\xd9\x81\xd9\x8a: KDF).\n");
		return EXIT_OK;
	}
	st = mwz_matcher_create(&m);
	if (st) {
		cli_err("key: %s", mwz_strerror(st));
		return EXIT_USAGE;
	}
	for (i = 1; i < argc; i++) {
		char *key;
		size_t klen, bad;
		size_t len = strlen(argv[i]);
		if (mwz_utf8_validate(argv[i], len, &bad) != MWZ_OK) {
			cli_err("key: argument %d: invalid UTF-8 at byte %zu", i, bad + 1);
			rc = EXIT_DATA;
			continue;
		}
		st = mwz_name_key(&key, &klen, m, argv[i], len);
		if (st == MWZ_ENOMEM) {
			cli_err("key: %s", mwz_strerror(st));
			rc = EXIT_USAGE;
			break;
		}
		if (st) {
			cli_err("key: %s", mwz_strerror(st));
			rc = EXIT_DATA;
			continue;
		}
		printf("%s\n", key);
		mwz_free(key);
	}
	mwz_matcher_destroy(m);
	return rc;
}
