/* lint.c - placeholder until the command is built. */
#include "cli.h"

int cmd_translit(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	cli_err("translit: not implemented yet");
	return EXIT_USAGE;
}

int cmd_check(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	cli_err("check: not implemented yet");
	return EXIT_USAGE;
}

int cmd_names(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	cli_err("names: not implemented yet");
	return EXIT_USAGE;
}

