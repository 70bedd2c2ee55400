/*
 * norm_speed.c - speed of the normalisation core, one core:
 *   norm_speed [-p match|display] [-o] [-m MB] FILE...
 * repeats the lines of the FILEs until at least MB megabytes (default 50),
 * then normalises them line by line with one mwz_norm_t (-o: with the
 * offset map), best of three passes, timed in CPU time of the process (so
 * that other load on the machine does not count). Prints input size, MB/s (10^6 bytes of
 * input per second), output size and the peak memory of the process.
 */
#include "muwazi.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sys/resource.h>

static double clk(clockid_t id)
{
	struct timespec t;
	clock_gettime(id, &t);
	return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}
#define now() clk(CLOCK_PROCESS_CPUTIME_ID)
#define wall() clk(CLOCK_MONOTONIC)

int main(int argc, char **argv)
{
	unsigned int flags = MWZ_PROFILE_MATCH;
	int offs = 0, i, pass;
	double mb = 50, best = 1e30, bestwall = 1e30;
	char *src = NULL, *big;
	size_t srclen = 0, biglen = 0, want, outbytes = 0;
	mwz_norm_t *n;
	struct rusage ru;

	for (i = 1; i < argc && argv[i][0] == '-'; i++) {
		if (strcmp(argv[i], "-o") == 0)
			offs = 1;
		else if (strcmp(argv[i], "-p") == 0 && i + 1 < argc) {
			i++;
			flags = strcmp(argv[i], "display") == 0 ? MWZ_PROFILE_DISPLAY
			                                        : MWZ_PROFILE_MATCH;
		} else if (strcmp(argv[i], "-m") == 0 && i + 1 < argc)
			mb = atof(argv[++i]);
		else {
			fprintf(stderr, "usage: norm_speed [-p match|display] [-o] [-m MB] FILE...\n");
			return 2;
		}
	}
	if (i >= argc) {
		fprintf(stderr, "norm_speed: no input file\n");
		return 2;
	}
	for (; i < argc; i++) {
		FILE *f = fopen(argv[i], "rb");
		char chunk[65536];
		size_t got;
		if (!f) {
			perror(argv[i]);
			return 2;
		}
		while ((got = fread(chunk, 1, sizeof chunk, f)) > 0) {
			src = realloc(src, srclen + got + 1);
			if (!src)
				return 2;
			memcpy(src + srclen, chunk, got);
			srclen += got;
		}
		fclose(f);
		if (srclen && src[srclen - 1] != '\n')
			src[srclen++] = '\n';
	}
	if (!srclen) {
		fprintf(stderr, "norm_speed: empty input\n");
		return 2;
	}
	want = (size_t)(mb * 1e6);
	big = malloc(want + srclen);
	if (!big)
		return 2;
	while (biglen < want) {
		memcpy(big + biglen, src, srclen);
		biglen += srclen;
	}
	if (mwz_norm_create(&n, flags) != MWZ_OK)
		return 2;
	for (pass = 0; pass < 3; pass++) {
		size_t p = 0;
		double t0 = now(), w0 = wall(), t;
		outbytes = 0;
		while (p < biglen) {
			const char *nl = memchr(big + p, '\n', biglen - p), *out;
			size_t l = (size_t)(nl - (big + p)), ol;
			const size_t *o;
			if (mwz_norm_run(&out, &ol, offs ? &o : NULL, n, big + p, l) != MWZ_OK) {
				fprintf(stderr, "norm_speed: %s at byte %zu\n", mwz_norm_errmsg(n),
				        p + mwz_norm_error_offset(n));
				return 1;
			}
			outbytes += ol + 1;
			p += l + 1;
		}
		t = now() - t0;
		if (t < best)
			best = t;
		t = wall() - w0;
		if (t < bestwall)
			bestwall = t;
	}
	getrusage(RUSAGE_SELF, &ru);
	printf("%.1f MB in, %.1f MB out: %.0f MB/s%s (%.3f s CPU; wall clock %.3f s, "
	       "%.0f MB/s); peak memory %.1f MB (%.1f MB of it the input held in memory)\n",
	       (double)biglen / 1e6, (double)outbytes / 1e6,
	       (double)biglen / 1e6 / best, offs ? " with offset map" : "", best,
	       bestwall, (double)biglen / 1e6 / bestwall,
	       (double)ru.ru_maxrss / 1024.0, (double)(want + srclen) / 1048576.0);
	mwz_norm_destroy(n);
	free(big);
	free(src);
	return 0;
}
