/* match.c - placeholder until the command is built. */
#include "cli.h"

int cmd_match(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	cli_err("match: not implemented yet");
	return EXIT_USAGE;
}

int cmd_key(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	cli_err("key: not implemented yet");
	return EXIT_USAGE;
}

