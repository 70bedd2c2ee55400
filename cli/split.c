/* split.c - `muwazi split`: text in, one sentence a line out. */
#include "cli.h"

#include <stdlib.h>
#include <errno.h>
#include <string.h>

static void usage(FILE *out)
{
	fprintf(out,
	        "usage: muwazi split [--lang ar|en|auto] [--paragraphs] [FILE...]\n\n"
	        "Splits running text into sentences and prints one a line.\n"
	        "A blank line always ends a paragraph; a single line break ends a\n"
	        "sentence only after a line without a final stop that is not wrapped\n"
	        "text (a headline), else it reads as a space. A line break inside a\n"
	        "sentence is printed as a space.\n\n"
	        "  --lang L       ar, en or auto (default: auto, by script per paragraph)\n"
	        "  --paragraphs   print an empty line between paragraphs\n"
	        "  -h, --help     this help\n\n"
	        "FILE '-' or none means standard input. Exit status: 0 ok, 1 invalid\n"
	        "UTF-8 (file, line and byte named) or a binary file (NUL byte), 2 usage\n"
	        "or I/O error.\n");
}

/* Print a sentence on one line: line breaks and tabs inside it become spaces. */
static void put_sentence(const char *p, size_t n)
{
	size_t i, from = 0;
	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)p[i];
		int nl = c == '\n' || c == '\r' || c == '\t' || c == '\v' || c == '\f';
		/* U+0085, U+2028, U+2029 */
		int ulen = 0;
		if (c == 0xC2 && i + 1 < n && (unsigned char)p[i + 1] == 0x85)
			ulen = 2;
		else if (c == 0xE2 && i + 2 < n && (unsigned char)p[i + 1] == 0x80 &&
		         ((unsigned char)p[i + 2] == 0xA8 || (unsigned char)p[i + 2] == 0xA9))
			ulen = 3;
		if (nl || ulen) {
			fwrite(p + from, 1, i - from, stdout);
			/* a CR LF pair or a run of breaks gives one space */
			if (!(i > 0 && (p[i - 1] == '\r' || p[i - 1] == '\n') && nl))
				putchar(' ');
			if (ulen)
				i += (size_t)ulen - 1;
			from = i + 1;
		}
	}
	fwrite(p + from, 1, n - from, stdout);
	putchar('\n');
}

#define BLOCK_MAX (4u << 20) /* a paragraph longer than this is cut at a line end */
/* A text is split whole, as align reads it, up to this size; a longer one a few
 * paragraphs at a time (cut at a blank line), so that memory stays bounded. */
#define BLOCK_MIN (1u << 20)

/* A line of ASCII white space only: a paragraph break for the segmenter too. */
static int blank_line(const char *p, size_t n)
{
	size_t i;
	for (i = 0; i < n; i++)
		if (p[i] != ' ' && p[i] != '\t' && p[i] != '\r')
			return 0;
	return 1;
}

/* Where the paragraph holding t[at] starts: after the last blank line before it, else 0. */
static size_t para_start(const char *t, size_t at)
{
	size_t i = at, ls;
	while (i > 0 && t[i - 1] != '\n')
		i--;
	while (i > 0) {
		ls = i - 1; /* t[ls] ends the line before */
		while (ls > 0 && t[ls - 1] != '\n')
			ls--;
		if (blank_line(t + ls, i - 1 - ls))
			return i;
		i = ls;
	}
	return 0;
}

/* Split one block of text (whole paragraphs) and print its sentences. */
static int split_block(mwz_segmenter_t *seg, const char *name, const char *text,
                       size_t len, size_t line, size_t offset, int paragraphs,
                       int *first_para)
{
	size_t n = 0, i, bad;
	mwz_sentence_t *v = NULL;
	mwz_error_t err;
	int rc;
	if (len == 0)
		return EXIT_OK;
	/* bad input: the paragraphs before it are split and printed first, then it is named */
	{
		const char *z = memchr(text, '\0', len);
		size_t at = z ? (size_t)(z - text) : len, cut;
		if (mwz_utf8_validate(text, at, &bad) != MWZ_OK)
			at = bad;
		cut = at < len ? para_start(text, at) : 0;
		if (cut > 0 && (rc = split_block(seg, name, text, cut, line, offset, paragraphs,
		                                 first_para)) != EXIT_OK)
			return rc;
	}
	if (cli_check_nul(name, text, len, line, offset))
		return EXIT_DATA;
	if (mwz_utf8_validate(text, len, &bad) != MWZ_OK) {
		char term = cli_cr_only(text, len) ? '\r' : '\n';
		for (i = 0; i < bad; i++)
			if (text[i] == term)
				line++;
		cli_err("%s: invalid UTF-8 at line %zu, byte %zu%s", name, line, offset + bad + 1,
		        cli_legacy_hint(text, len));
		return EXIT_DATA;
	}
	rc = mwz_segmenter_split(&v, &n, seg, text, len, &err);
	if (rc) {
		cli_err("%s: %s", name, err.message);
		return rc == MWZ_EUTF8 ? EXIT_DATA : EXIT_USAGE;
	}
	if (n)
		mwz_segmenter_set_doc_start(seg, 0); /* the headline is in this block or none */
	for (i = 0; i < n; i++) {
		if (paragraphs && (v[i].flags & MWZ_SENT_PARA_START)) {
			if (!*first_para)
				putchar('\n');
			*first_para = 0;
		}
		put_sentence(text + v[i].start, v[i].len);
	}
	mwz_free(v);
	return EXIT_OK;
}


/*
 * Read a file paragraph by paragraph (up to a blank line, or BLOCK_MAX bytes
 * cut at a line end), splitting and printing each: memory stays bounded.
 */
static int split_file(mwz_segmenter_t *seg, const char *path, int paragraphs,
                      int *first_para)
{
	const char *name = strcmp(path, "-") == 0 ? "<stdin>" : path;
	FILE *f = cli_open(path);
	char *line = NULL, *blk = NULL;
	size_t lcap = 0, bcap = 0, blen = 0, bline = 1, boff = 0, lineno = 0, off = 0;
	long n;
	int nl, rc = EXIT_OK, told = 0;
	struct cli_markup mk;
	if (!f)
		return EXIT_USAGE;
	mwz_segmenter_set_doc_start(seg, 1); /* each file is a document */
	memset(&mk, 0, sizeof mk);
	while ((n = cli_getline(&line, &lcap, f, &nl)) >= 0) {
		const char *p = line;
		size_t l = (size_t)n;
		lineno++;
		/* a byte order mark is no part of the text */
		if (lineno == 1 && cli_bom_len(p, l)) {
			p += 3;
			l -= 3;
			off = boff = 3;
		}
		if (blen + l + 1 > bcap) {
			size_t ncap = bcap ? bcap : 65536;
			char *q;
			while (ncap < blen + l + 1)
				ncap *= 2;
			q = realloc(blk, ncap);
			if (!q) {
				cli_err("%s: out of memory", name);
				rc = EXIT_USAGE;
				break;
			}
			blk = q;
			bcap = ncap;
		}
		memcpy(blk + blen, p, l);
		blen += l;
		if (nl)
			blk[blen++] = '\n';
		off += l + (size_t)nl;
		if ((blank_line(p, l) && blen >= BLOCK_MIN) || blen >= BLOCK_MAX) {
			cli_markup_scan(&mk, blk, blen);
			cli_markup_tell(&mk, name);
			if (!told++) /* Arabic in visual order (a PDF copy): said once */
				cli_warn_visual_arabic(name, blk, blen);
			rc = split_block(seg, name, blk, blen, bline, boff, paragraphs, first_para);
			if (rc != EXIT_OK)
				break;
			blen = 0;
			bline = lineno + 1;
			boff = off;
		}
	}
	if (n == -2) {
		cli_err("%s: read error: %s", name, strerror(errno));
		rc = EXIT_USAGE;
	} else if (rc == EXIT_OK) {
		cli_markup_scan(&mk, blk, blen);
		cli_markup_tell(&mk, name);
		if (!told++)
			cli_warn_visual_arabic(name, blk, blen);
		rc = split_block(seg, name, blk, blen, bline, boff, paragraphs, first_para);
	}
	free(line);
	free(blk);
	cli_close(f);
	return rc;
}

int cmd_split(int argc, char **argv)
{
	int lang = MWZ_LANG_AUTO, paragraphs = 0, i, rc = EXIT_OK, nfiles = 0;
	int first_para = 1, r;
	mwz_segmenter_t *seg = NULL;
	mwz_error_t err;
	static char dash[] = "-";
	char **files;

	files = calloc((size_t)argc + 1, sizeof *files);
	if (!files) {
		cli_err("split: out of memory");
		return EXIT_USAGE;
	}
	for (i = 1; i < argc; i++) {
		const char *a = argv[i];
		if (cli_is_help(a)) {
			usage(stdout);
			free(files);
			return EXIT_OK;
		} else if (strcmp(a, "--paragraphs") == 0) {
			paragraphs = 1;
		} else if (strcmp(a, "--lang") == 0 || strncmp(a, "--lang=", 7) == 0) {
			const char *v = a[6] == '=' ? a + 7 : (i + 1 < argc ? argv[++i] : NULL);
			if (!v) {
				cli_err("split: --lang needs a value (ar, en or auto)");
				free(files);
				return EXIT_USAGE;
			}
			if (strcmp(v, "ar") == 0)
				lang = MWZ_LANG_AR;
			else if (strcmp(v, "en") == 0)
				lang = MWZ_LANG_EN;
			else if (strcmp(v, "auto") == 0)
				lang = MWZ_LANG_AUTO;
			else {
				cli_err("split: unknown language '%s' (ar, en or auto)", v);
				free(files);
				return EXIT_USAGE;
			}
		} else if (strcmp(a, "--") == 0) {
			for (i++; i < argc; i++)
				files[nfiles++] = argv[i];
		} else if (a[0] == '-' && a[1] != '\0') {
			cli_err("split: unknown option '%s' (see 'muwazi split --help')", a);
			free(files);
			return EXIT_USAGE;
		} else {
			files[nfiles++] = argv[i];
		}
	}
	if (nfiles == 0)
		files[nfiles++] = dash;
	if (mwz_segmenter_create(&seg, lang, &err) != MWZ_OK) {
		cli_err("split: %s", err.message);
		free(files);
		return EXIT_USAGE;
	}
	for (i = 0; i < nfiles; i++) {
		r = split_file(seg, files[i], paragraphs, &first_para);
		if (r > rc)
			rc = r;
	}
	mwz_segmenter_destroy(seg);
	free(files);
	return rc;
}
