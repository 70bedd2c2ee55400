/* norm.c - placeholder until the command is built. */
#include "cli.h"

int cmd_norm(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	cli_err("norm: not implemented yet");
	return EXIT_USAGE;
}

