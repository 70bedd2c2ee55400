/*
 * norm.c - `muwazi norm`: normalise text line by line, in bounded memory.
 *
 * Lines are normalised one by one, so the line count is kept and a last
 * line without a newline stays without one. A line longer than LINE_CHUNK
 * bytes is normalised in pieces cut just before an ASCII space (or between
 * two ASCII non-space characters), where neither composition nor white-space
 * folding reaches across; a line with no such place in LINE_CHUNK bytes is cut
 * at a character boundary. A file with invalid UTF-8 (without --lossy) is
 * reported at its first bad byte and left there; the next files are still
 * done, and the exit status is then 1. A file whose first megabyte holds CRs
 * but no LF (classic Mac OS) has its lines ended by CR, each written with LF.
 */
#include "cli.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#define READ_CHUNK (1u << 20)
#define LINE_CHUNK (1u << 20)

static void usage(FILE *out)
{
	fprintf(out,
	        "usage: muwazi norm [--profile display|match] [--lossy] [FILE...]\n\n"
	        "Normalise UTF-8 text, one output line per input line.\n"
	        "  --profile display  NFC; stray BOMs and control characters (but tab\n"
	        "                     and newline) removed; visible text unchanged (default)\n"
	        "  --profile match    everything folded for comparison: NFKC, case,\n"
	        "                     Latin diacritics, tashkeel and tatweel, alef/yeh/\n"
	        "                     teh marbuta/hamza forms, Persian and Urdu letters,\n"
	        "                     Arabic-Indic digits, bidi and zero-width controls,\n"
	        "                     apostrophes, dashes, quotes, white space\n"
	        "  --lossy            replace invalid UTF-8 with U+FFFD instead of failing\n"
	        "FILE '-' or none means standard input.\n\n"
	        "Exit status: 0 ok; 1 invalid UTF-8 (reported as FILE: invalid UTF-8 at\n"
	        "line L, byte B, B counted from 1 within the file) or a binary file\n"
	        "(FILE: binary file (NUL byte at line L, byte B)); that file stops there,\n"
	        "the other files are still done; 2 usage or I/O error.\n");
}

typedef struct job {
	mwz_norm_t *n;
	unsigned int flags;
	const char *name;   /* for messages */
	unsigned long line; /* 1-based line being read */
	size_t fileoff;     /* file offset of the current piece */
	int line_nonempty;  /* output written for the current line */
	int piece;          /* not the first piece of the line */
	char term;          /* line end: '\n', or '\r' in a file of CR lines */
} job_t;

/* Normalise one piece of a line and write it. Returns an exit code. */
static int piece(job_t *j, const char *p, size_t len, int end_of_line,
                 int newline)
{
	const char *out;
	size_t outlen;
	int rc;
	if (cli_check_nul(j->name, p, len, j->line, j->fileoff))
		return EXIT_DATA; /* binary: this file stops here */
	rc = mwz_norm_run(&out, &outlen, NULL, j->n, p, len);
	if (rc == MWZ_EUTF8) {
		cli_err("%s: invalid UTF-8 at line %lu, byte %zu%s", j->name, j->line,
		        j->fileoff + mwz_norm_error_offset(j->n) + 1, cli_legacy_hint(p, len));
		return EXIT_DATA;
	}
	if (rc != MWZ_OK) {
		cli_err("%s: %s", j->name, mwz_strerror(rc));
		return EXIT_USAGE;
	}
	/* a space at the cut was trimmed from both pieces: put one back */
	if (j->piece && j->line_nonempty && outlen > 0 && len > 0 && p[0] == ' ' &&
	    (j->flags & MWZ_NORM_SPACE))
		putchar(' ');
	if (outlen) {
		fwrite(out, 1, outlen, stdout);
		j->line_nonempty = 1;
	}
	j->fileoff += len;
	if (end_of_line) {
		if (newline) {
			putchar('\n');
			j->fileoff++;
		}
		j->line++;
		j->line_nonempty = 0;
		j->piece = 0;
	} else {
		j->piece = 1;
	}
	return EXIT_OK;
}

/* Where to cut a line too long to take whole: an offset in (0, len]. */
static size_t cut_point(const unsigned char *p, size_t len)
{
	size_t i;
	for (i = len - 1; i > len / 4; i--) {
		if (p[i] == ' ')
			return i;
		if (p[i] > 0x20 && p[i] < 0x7F && p[i - 1] > 0x20 && p[i - 1] < 0x7F)
			return i;
	}
	for (i = len - 1; i > 0; i--)
		if ((p[i] & 0xC0) != 0x80)
			return i;
	return len;
}

static int do_file(job_t *j, const char *path)
{
	FILE *f = cli_open(path);
	char *buf;
	size_t start = 0, end = 0, cap = READ_CHUNK + LINE_CHUNK;
	int eof = 0, rc = EXIT_OK;
	if (!f)
		return EXIT_USAGE;
	buf = malloc(cap);
	if (!buf) {
		cli_err("%s: out of memory", path);
		cli_close(f);
		return EXIT_USAGE;
	}
	j->name = strcmp(path, "-") == 0 ? "<stdin>" : path;
	j->line = 1;
	j->fileoff = 0;
	j->line_nonempty = 0;
	j->piece = 0;
	j->term = 0; /* decided on the first read */
	for (;;) {
		char *nl = start < end && j->term ? memchr(buf + start, j->term, end - start) : NULL;
		if (nl) {
			size_t l = (size_t)(nl - (buf + start));
			rc = piece(j, buf + start, l, 1, 1);
			start += l + 1;
		} else if (eof) {
			if (start < end)
				rc = piece(j, buf + start, end - start, 1, 0);
			break;
		} else if (end - start >= LINE_CHUNK) {
			size_t c = cut_point((const unsigned char *)buf + start, end - start);
			rc = piece(j, buf + start, c, 0, 0);
			start += c;
		} else {
			size_t got;
			if (start > 0) {
				memmove(buf, buf + start, end - start);
				end -= start;
				start = 0;
			}
			got = fread(buf + end, 1, cap - end, f);
			end += got;
			if (!j->term && (got == 0 || end >= READ_CHUNK))
				j->term = cli_cr_only(buf, end) ? '\r' : '\n';
			if (got == 0) {
				if (ferror(f)) {
					cli_err("%s: read error: %s", j->name, strerror(errno));
					rc = EXIT_USAGE;
					break;
				}
				eof = 1;
			}
		}
		if (rc != EXIT_OK)
			break;
	}
	free(buf);
	cli_close(f);
	return rc;
}

int cmd_norm(int argc, char **argv)
{
	unsigned int flags = MWZ_PROFILE_DISPLAY;
	int i, nfiles = 0, rc = EXIT_OK, opts_done = 0;
	job_t j;
	static char obuf[1 << 16];
	char **files = calloc((size_t)argc + 1, sizeof *files);
	if (!files) {
		cli_err("norm: out of memory");
		return EXIT_USAGE;
	}
	for (i = 1; i < argc; i++) {
		const char *a = argv[i];
		if (opts_done || a[0] != '-' || strcmp(a, "-") == 0) {
			files[nfiles++] = argv[i];
		} else if (strcmp(a, "--") == 0) {
			opts_done = 1;
		} else if (cli_is_help(a)) {
			free(files);
			usage(stdout);
			return EXIT_OK;
		} else if (strcmp(a, "--lossy") == 0) {
			flags |= MWZ_NORM_LOSSY;
		} else if (strcmp(a, "--profile") == 0 || strncmp(a, "--profile=", 10) == 0) {
			const char *v = a[9] == '=' ? a + 10 : (i + 1 < argc ? argv[++i] : NULL);
			unsigned int lossy = flags & MWZ_NORM_LOSSY;
			if (v && strcmp(v, "display") == 0)
				flags = MWZ_PROFILE_DISPLAY | lossy;
			else if (v && strcmp(v, "match") == 0)
				flags = MWZ_PROFILE_MATCH | lossy;
			else {
				cli_err("norm: --profile wants display or match");
				free(files);
				return EXIT_USAGE;
			}
		} else {
			cli_err("norm: unknown option '%s' (see 'muwazi norm --help')", a);
			free(files);
			return EXIT_USAGE;
		}
	}
	if (nfiles == 0)
		files[nfiles++] = "-";
	memset(&j, 0, sizeof j);
	j.flags = flags;
	if (mwz_norm_create(&j.n, flags) != MWZ_OK) {
		cli_err("norm: out of memory");
		free(files);
		return EXIT_USAGE;
	}
	setvbuf(stdout, obuf, _IOFBF, sizeof obuf);
	for (i = 0; i < nfiles; i++) {
		int r = do_file(&j, files[i]);
		if (r > rc)
			rc = r;
		if (ferror(stdout))
			break;
	}
	mwz_norm_destroy(j.n);
	free(files);
	return rc;
}
