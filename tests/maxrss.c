/*
 * maxrss.c - run a command and report its peak memory, for the tests of
 * bounded memory on huge inputs (tests/cli_bigfile.sh). Not timed.
 *
 *   maxrss CMD [ARG...]
 *
 * Runs CMD with our standard input, output and error, then prints
 * "maxrss: KB" (the child's peak resident set, from getrusage) on standard
 * error and exits with CMD's status (128 + N if a signal N ended it).
 */
#include <stdio.h>
#include <string.h>
#include <errno.h>
#include <sys/resource.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	pid_t pid;
	int status;
	struct rusage ru;
	if (argc < 2) {
		fprintf(stderr, "usage: maxrss CMD [ARG...]\n");
		return 2;
	}
	pid = fork();
	if (pid < 0) {
		perror("maxrss: fork");
		return 2;
	}
	if (pid == 0) {
		execvp(argv[1], argv + 1);
		fprintf(stderr, "maxrss: %s: %s\n", argv[1], strerror(errno));
		_exit(127);
	}
	while (waitpid(pid, &status, 0) < 0)
		if (errno != EINTR) {
			perror("maxrss: waitpid");
			return 2;
		}
	if (getrusage(RUSAGE_CHILDREN, &ru) != 0) {
		perror("maxrss: getrusage");
		return 2;
	}
	fprintf(stderr, "maxrss: %ld\n", ru.ru_maxrss); /* KB on Linux */
	if (WIFSIGNALED(status))
		return 128 + WTERMSIG(status);
	return WEXITSTATUS(status);
}
