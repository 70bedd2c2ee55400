/* score.c - `muwazi score`: strict and lax precision, recall and F1 of alignments. */
#include "cli.h"

#include <stdlib.h>
#include <errno.h>
#include <string.h>

/* Malformed lines reported per file before the rest are only counted. */
#define MAX_REPORTED 20

static void usage(FILE *out)
{
	fprintf(out,
	        "usage: muwazi score GOLD TEST...\n"
	        "       muwazi score --pairs GOLD1 TEST1 [GOLD2 TEST2 ...]\n\n"
	        "Scores sentence alignments in vecalign form, one bead a line:\n"
	        "  [i, ...]:[j, ...]        or  [i, ...]:[j, ...]:SCORE\n"
	        "(0-based sentence indices, source then target; [] for an empty side).\n"
	        "Prints strict and lax precision, recall and F1 (Sennrich & Volk 2011,\n"
	        "as vecalign's score.py counts them): a tab-separated header, one line\n"
	        "per TEST file and, with more than one, a 'total' line of the counts of\n"
	        "all of them together (micro-average).\n\n"
	        "  --pairs   arguments are GOLD TEST pairs, one document each (the total\n"
	        "            is then the score of the whole set of documents)\n\n"
	        "Blank lines and lines starting with '#' are skipped. A malformed line is\n"
	        "reported as FILE:LINE (invalid UTF-8 as FILE: invalid UTF-8 at line L,\n"
	        "byte B) and its file is not scored; exit status 1. I/O error: 2.\n");
}

/*
 * Read a vecalign file. Returns EXIT_OK, EXIT_DATA (malformed lines, each
 * reported) or EXIT_USAGE (I/O).
 */
static int read_alignment(mwz_alignment_t **out, const char *path)
{
	FILE *f;
	char *line = NULL, *whole = NULL; /* whole: a file of lines ended by CR alone */
	size_t cap = 0, lineno = 0, bad = 0, offset = 0, badbyte, wlen = 0, wpos = 0;
	mwz_alignment_t *a = NULL;
	long len;
	int nl, rc = EXIT_OK;
	*out = NULL;
	if (mwz_alignment_create(&a) != MWZ_OK) {
		cli_err("%s: out of memory", path);
		return EXIT_USAGE;
	}
	f = cli_open(path);
	if (!f) {
		mwz_alignment_destroy(a);
		return EXIT_USAGE;
	}
	for (;;) {
		mwz_error_t err;
		int st;
		if (whole) {
			char *cr;
			if (wpos >= wlen)
				break;
			line = whole + wpos;
			cr = memchr(line, '\r', wlen - wpos);
			len = cr ? (long)(cr - line) : (long)(wlen - wpos);
			nl = cr != NULL;
			wpos += (size_t)len + (size_t)nl;
			line[len] = '\0';
		} else {
			len = cli_getline(&line, &cap, f, &nl);
			if (len < 0)
				break;
			if (lineno == 0 && !nl && cli_cr_only(line, (size_t)len)) {
				/* no LF in the whole file: its lines end in CR alone */
				whole = line;
				wlen = (size_t)len;
				line = NULL;
				continue;
			}
		}
		lineno++;
		offset += (size_t)len + (size_t)nl;
		if (lineno == 1 && cli_check_wide(path, line, (size_t)len)) {
			rc = EXIT_DATA; /* UTF-16: every line would be reported */
			break;
		}
		if (lineno == 1 && cli_bom_len(line, (size_t)len)) {
			memmove(line, line + 3, (size_t)len - 2);
			len -= 3; /* offset still counts its bytes: positions stay the file's */
		}
		if (memchr(line, '\0', (size_t)len)) {
			/* a binary file: said once, not as lines of invalid UTF-8 */
			cli_err("%s: binary file (NUL byte at line %lu, byte %lu)", path,
			        (unsigned long)lineno,
			        (unsigned long)(offset - (size_t)len - (size_t)nl +
			                        (size_t)((char *)memchr(line, '\0', (size_t)len) - line) + 1));
			rc = EXIT_DATA;
			break;
		}
		if (mwz_utf8_validate(line, (size_t)len, &badbyte) != MWZ_OK) {
			if (++bad <= MAX_REPORTED)
				cli_err("%s: invalid UTF-8 at line %lu, byte %lu%s", path,
				        (unsigned long)lineno,
				        (unsigned long)(offset - (size_t)len - (size_t)nl +
				                        badbyte + 1),
				        bad == 1 ? cli_legacy_hint(line, (size_t)len) : "");
			rc = EXIT_DATA;
			continue;
		}
		st = mwz_alignment_add_line(a, line, (size_t)len, &err);
		if (st == MWZ_EFORMAT) {
			if (++bad <= MAX_REPORTED)
				cli_err("%s:%lu: malformed bead: %s (column %lu)", path,
				        (unsigned long)lineno, err.message,
				        (unsigned long)err.offset + 1);
			rc = EXIT_DATA;
		} else if (st != MWZ_OK) {
			cli_err("%s: %s", path, mwz_strerror(st));
			rc = EXIT_USAGE;
			break;
		}
	}
	if (len == -2) {
		cli_err("%s: read error: %s", path, strerror(errno));
		rc = EXIT_USAGE;
	}
	if (bad > MAX_REPORTED)
		cli_err("%s: %lu malformed lines in all", path, (unsigned long)bad);
	if (whole)
		free(whole);
	else
		free(line);
	cli_close(f);
	if (rc != EXIT_OK) {
		mwz_alignment_destroy(a);
		return rc;
	}
	*out = a;
	return EXIT_OK;
}

/* One result line; the header goes before the first. */
static void print_row(int *header_done, const char *name, const mwz_score_counts_t *c)
{
	mwz_score_t s;
	if (!*header_done) {
		printf("file\tstrict_P\tstrict_R\tstrict_F1\tlax_P\tlax_R\tlax_F1\n");
		*header_done = 1;
	}
	mwz_score_compute(&s, c);
	printf("%s\t%.4f\t%.4f\t%.4f\t%.4f\t%.4f\t%.4f\n", name,
	       s.precision_strict, s.recall_strict, s.f1_strict,
	       s.precision_lax, s.recall_lax, s.f1_lax);
}

static int worse(int a, int b)
{
	return a > b ? a : b;
}

int cmd_score(int argc, char **argv)
{
	int i, pairs = 0, first, rc = EXIT_OK, scored = 0, header = 0;
	mwz_score_counts_t total;
	mwz_alignment_t *gold = NULL;

	for (i = 1; i < argc && argv[i][0] == '-' && argv[i][1] != '\0'; i++) {
		if (cli_is_help(argv[i])) {
			usage(stdout);
			return EXIT_OK;
		} else if (strcmp(argv[i], "--pairs") == 0) {
			pairs = 1;
		} else if (strcmp(argv[i], "--") == 0) {
			i++;
			break;
		} else {
			cli_err("score: unknown option '%s'", argv[i]);
			usage(stderr);
			return EXIT_USAGE;
		}
	}
	first = i;
	if (argc - first < 2 || (pairs && (argc - first) % 2 != 0)) {
		cli_err(pairs ? "score: --pairs needs GOLD TEST pairs"
		              : "score: needs a GOLD file and at least one TEST file");
		usage(stderr);
		return EXIT_USAGE;
	}

	memset(&total, 0, sizeof total);
	if (!pairs) {
		rc = read_alignment(&gold, argv[first]);
		if (rc != EXIT_OK)
			return rc;
		first++;
	}
	for (i = first; i < argc; i += pairs ? 2 : 1) {
		const char *tpath = argv[pairs ? i + 1 : i];
		mwz_alignment_t *test = NULL;
		mwz_score_counts_t c;
		int st;
		if (pairs) {
			mwz_alignment_destroy(gold);
			gold = NULL;
			st = read_alignment(&gold, argv[i]);
			if (st != EXIT_OK) {
				rc = worse(rc, st);
				continue;
			}
		}
		st = read_alignment(&test, tpath);
		if (st != EXIT_OK) {
			rc = worse(rc, st);
			continue;
		}
		memset(&c, 0, sizeof c);
		st = mwz_score_add(&c, gold, test);
		mwz_alignment_destroy(test);
		if (st != MWZ_OK) {
			cli_err("%s: %s", tpath, mwz_strerror(st));
			rc = worse(rc, EXIT_USAGE);
			continue;
		}
		print_row(&header, tpath, &c);
		total.p_strict_tp += c.p_strict_tp;
		total.p_strict_fp += c.p_strict_fp;
		total.p_lax_tp += c.p_lax_tp;
		total.p_lax_fp += c.p_lax_fp;
		total.r_strict_tp += c.r_strict_tp;
		total.r_strict_fn += c.r_strict_fn;
		total.r_lax_tp += c.r_lax_tp;
		total.r_lax_fn += c.r_lax_fn;
		scored++;
	}
	mwz_alignment_destroy(gold);
	if (scored > 1 || (scored == 1 && argc - first > (pairs ? 2 : 1)))
		print_row(&header, "total", &total);
	return rc;
}
