/* lint.c - the reporter's name commands: translit, check (house style) and names. */
#include "cli.h"

#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------------ */
/* translit                                                            */
/* ------------------------------------------------------------------ */

static void translit_help(FILE *out)
{
	fprintf(out,
	        "usage: muwazi translit [--scheme news|buckwalter] [FILE]\n\n"
	        "Romanise Arabic-script text, one output line per input line.\n\n"
	        "  --scheme news        (default) the spellings an English-language\n"
	        "                       newsroom prints: Muqtada al-Sadr, Sabah al-Numan,\n"
	        "                       al-Shaddadi, Hasakeh. Known names come from an\n"
	        "                       embedded list; other words follow rules (article\n"
	        "                       \"al-\" unassimilated, ta marbuta \"a\", bin, Abu,\n"
	        "                       Abdul-X, X-allah). Vowel marks are used when present.\n"
	        "  --scheme buckwalter  exact, reversible one-to-one ASCII (Tim Buckwalter's\n"
	        "                       table, with P J V G for Persian letters).\n"
	        "  -r, --reverse        buckwalter only: ASCII back to Arabic.\n\n"
	        "Non-Arabic characters pass through. FILE '-' or none: standard input.\n"
	        "Exit status: 0 ok; 1 invalid UTF-8 (reported with line and byte); 2 usage\n"
	        "or I/O error.\n");
}

static int parse_scheme(const char *s, int *scheme)
{
	if (strcmp(s, "news") == 0)
		*scheme = MWZ_SCHEME_NEWS;
	else if (strcmp(s, "buckwalter") == 0 || strcmp(s, "bw") == 0)
		*scheme = MWZ_SCHEME_BUCKWALTER;
	else
		return -1;
	return 0;
}

int cmd_translit(int argc, char **argv)
{
	int scheme = MWZ_SCHEME_NEWS, reverse = 0, i, rc = EXIT_OK;
	const char *path = NULL;
	FILE *f;
	char *line = NULL;
	size_t cap = 0, lineno = 0, offset = 0;
	long n;
	int nl;
	for (i = 1; i < argc; i++) {
		const char *a = argv[i];
		if (cli_is_help(a)) {
			translit_help(stdout);
			return EXIT_OK;
		} else if (strcmp(a, "--scheme") == 0 || strcmp(a, "-s") == 0) {
			if (i + 1 >= argc) {
				cli_err("translit: %s needs a value (news or buckwalter)", a);
				return EXIT_USAGE;
			}
			if (parse_scheme(argv[++i], &scheme)) {
				cli_err("translit: unknown scheme '%s' (news or buckwalter)", argv[i]);
				return EXIT_USAGE;
			}
		} else if (strncmp(a, "--scheme=", 9) == 0) {
			if (parse_scheme(a + 9, &scheme)) {
				cli_err("translit: unknown scheme '%s' (news or buckwalter)", a + 9);
				return EXIT_USAGE;
			}
		} else if (strcmp(a, "-r") == 0 || strcmp(a, "--reverse") == 0) {
			reverse = 1;
		} else if (strcmp(a, "--") == 0) {
			if (i + 1 < argc)
				path = argv[++i];
			if (i + 1 < argc) {
				cli_err("translit: one FILE at most (see 'muwazi translit --help')");
				return EXIT_USAGE;
			}
		} else if (a[0] == '-' && a[1] != '\0') {
			cli_err("translit: unknown option '%s' (see 'muwazi translit --help')", a);
			return EXIT_USAGE;
		} else if (path) {
			cli_err("translit: one FILE at most (see 'muwazi translit --help')");
			return EXIT_USAGE;
		} else {
			path = a;
		}
	}
	if (reverse && scheme != MWZ_SCHEME_BUCKWALTER) {
		cli_err("translit: --reverse needs --scheme buckwalter");
		return EXIT_USAGE;
	}
	if (!path)
		path = "-";
	f = cli_open(path);
	if (!f)
		return EXIT_USAGE;
	while ((n = cli_getline(&line, &cap, f, &nl)) >= 0) {
		char *out = NULL;
		size_t outlen = 0, bad;
		int st;
		lineno++;
		if (mwz_utf8_validate(line, (size_t)n, &bad) != MWZ_OK) {
			cli_err("%s: invalid UTF-8 at line %zu, byte %zu",
			        strcmp(path, "-") == 0 ? "<stdin>" : path, lineno,
			        offset + bad + 1);
			rc = EXIT_DATA;
			fputs("\n", stdout); /* keep output lines in step with input */
		} else {
			st = reverse ? mwz_untranslit(&out, &outlen, line, (size_t)n, scheme, NULL)
			             : mwz_translit(&out, &outlen, line, (size_t)n, scheme, NULL);
			if (st != MWZ_OK) {
				cli_err("%s:%zu: %s", path, lineno, mwz_strerror(st));
				cli_close(f);
				free(line);
				return EXIT_USAGE;
			}
			fwrite(out, 1, outlen, stdout);
			if (nl)
				fputc('\n', stdout);
			mwz_free(out);
		}
		offset += (size_t)n + (size_t)nl;
	}
	if (n == -2) {
		cli_err("%s: read error", path);
		rc = EXIT_USAGE;
	}
	free(line);
	cli_close(f);
	return rc;
}

/* ------------------------------------------------------------------ */
/* check                                                               */
/* ------------------------------------------------------------------ */

int cmd_check(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	cli_err("check: not implemented yet");
	return EXIT_USAGE;
}

/* ------------------------------------------------------------------ */
/* names                                                               */
/* ------------------------------------------------------------------ */

int cmd_names(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	cli_err("names: not implemented yet");
	return EXIT_USAGE;
}
