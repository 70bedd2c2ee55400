/*
 * peakrss.c - runs a command and reports its wall time and peak memory:
 *   peakrss REPORT CMD [ARG...]
 * writes "SECONDS MAXRSS_KB" to the file REPORT and exits with the command's
 * status, leaving its stdout and stderr alone. Used by the benchmarks where
 * GNU time may be missing.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <time.h>
#include <unistd.h>
#include <sys/resource.h>
#include <sys/wait.h>

int main(int argc, char **argv)
{
	struct timespec t0, t1;
	struct rusage ru;
	pid_t pid;
	int status;
	FILE *f;
	double secs;
	if (argc < 3) {
		fprintf(stderr, "usage: peakrss REPORT CMD [ARG...]\n");
		return 2;
	}
	clock_gettime(CLOCK_MONOTONIC, &t0);
	pid = fork();
	if (pid < 0) {
		perror("peakrss: fork");
		return 2;
	}
	if (pid == 0) {
		execvp(argv[2], argv + 2);
		fprintf(stderr, "peakrss: %s: %s\n", argv[2], strerror(errno));
		_exit(127);
	}
	while (waitpid(pid, &status, 0) < 0)
		if (errno != EINTR) {
			perror("peakrss: waitpid");
			return 2;
		}
	clock_gettime(CLOCK_MONOTONIC, &t1);
	/* The only child waited for, so its peak is the children's peak (KB on Linux). */
	getrusage(RUSAGE_CHILDREN, &ru);
	secs = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
	f = fopen(argv[1], "w");
	if (!f) {
		fprintf(stderr, "peakrss: %s: %s\n", argv[1], strerror(errno));
		return 2;
	}
	fprintf(f, "%.3f %ld\n", secs, ru.ru_maxrss);
	fclose(f);
	if (WIFEXITED(status))
		return WEXITSTATUS(status);
	return 128 + (WIFSIGNALED(status) ? WTERMSIG(status) : 0);
}
