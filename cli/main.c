/* main.c - the muwazi command: global options and the command table. */
#include "cli.h"

#include <string.h>

static const struct command {
	const char *name;
	int (*run)(int, char **);
	const char *summary;
} commands[] = {
	{ "align", cmd_align, "pair the sentences of an article and its translation" },
	{ "split", cmd_split, "split text into sentences, one a line" },
	{ "score", cmd_score, "score alignments against a gold alignment" },
	{ "match", cmd_match, "score pairs of names: same or different" },
	{ "key", cmd_key, "print the cross-script key of names" },
	{ "translit", cmd_translit, "romanise Arabic names" },
	{ "check", cmd_check, "lint names against a house style sheet" },
	{ "names", cmd_names, "list the names in text, grouped by spelling" },
	{ "norm", cmd_norm, "normalise text (display or match profile)" },
};

static void usage(FILE *out)
{
	size_t i;
	fprintf(out,
	        "usage: muwazi COMMAND [OPTIONS] [FILE...]\n"
	        "       muwazi --help | --version\n\n"
	        "Aligns Arabic news articles with their English translations and\n"
	        "matches Arabic names across spellings and scripts.\n\n"
	        "Commands:\n");
	for (i = 0; i < sizeof commands / sizeof commands[0]; i++)
		fprintf(out, "  %-9s %s\n", commands[i].name, commands[i].summary);
	fprintf(out,
	        "\n`muwazi COMMAND --help` tells more. FILE '-' or none means standard input.\n\n"
	        "Exit status: 0 ok; 1 bad data (invalid UTF-8, malformed line,\n"
	        "names against the house style); 2 usage or I/O error.\n");
}

static void version(void)
{
	printf("muwazi %s (library %s)\n", MWZ_VERSION_STRING, mwz_version_string());
	printf("ICU %s, Unicode %s\n", mwz_dep_version(MWZ_DEP_ICU),
	       mwz_dep_version(MWZ_DEP_UNICODE));
	printf("utf8proc %s, Unicode %s\n", mwz_dep_version(MWZ_DEP_UTF8PROC),
	       mwz_dep_version(MWZ_DEP_UTF8PROC_UNICODE));
	printf("HarfBuzz %s\n", mwz_dep_version(MWZ_DEP_HARFBUZZ));
}

int main(int argc, char **argv)
{
	size_t i;
	if (argc < 2) {
		usage(stderr);
		return EXIT_USAGE;
	}
	if (cli_is_help(argv[1]) || strcmp(argv[1], "help") == 0) {
		usage(stdout);
		return cli_finish_stdout(EXIT_OK);
	}
	if (strcmp(argv[1], "--version") == 0 || strcmp(argv[1], "version") == 0) {
		version();
		return cli_finish_stdout(EXIT_OK);
	}
	for (i = 0; i < sizeof commands / sizeof commands[0]; i++)
		if (strcmp(argv[1], commands[i].name) == 0)
			return cli_finish_stdout(commands[i].run(argc - 1, argv + 1));
	cli_err("unknown command '%s' (see 'muwazi --help')", argv[1]);
	return EXIT_USAGE;
}
