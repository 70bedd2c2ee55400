/* split.c - placeholder until the command is built. */
#include "cli.h"

int cmd_split(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	cli_err("split: not implemented yet");
	return EXIT_USAGE;
}

