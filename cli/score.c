/* score.c - placeholder until the command is built. */
#include "cli.h"

int cmd_score(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	cli_err("score: not implemented yet");
	return EXIT_USAGE;
}

