/* align.c - placeholder until the command is built. */
#include "cli.h"

int cmd_align(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	cli_err("align: not implemented yet");
	return EXIT_USAGE;
}

