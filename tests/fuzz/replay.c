/*
 * replay.c - a main() for the fuzz targets when libFuzzer is not there.
 *
 *   fuzz_X [-n N] [-s SEED] [-m MAXLEN] [-d INDEX] [-v] PATH...
 *
 * Feeds every file named (a directory: every regular file in it, sorted)
 * to LLVMFuzzerTestOneInput, then N pseudo-random inputs made from those
 * files by the mutations a fuzzer starts with: bit flips, interesting
 * bytes (NUL, 0x80, 0xC0, 0xFF, newline, CR, tab...), truncation,
 * deletion, insertion, splices of two files, and a chunk repeated into a
 * long line. The sequence depends only on SEED and the files, so a
 * failure is reproduced by running the same command; -d INDEX writes
 * mutated input INDEX to standard output instead of running anything.
 * Each input is copied into a buffer of exactly its size, so that
 * AddressSanitizer sees a read past its end. Ends with one TAP line,
 * "ok - NAME: ...". A crash names the input it happened on; -v names
 * each input before running it (for deaths no handler sees).
 */
#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L
#endif
#include <dirent.h>
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size);

typedef struct {
	unsigned char *p;
	size_t n;
} blob;

static blob *seeds;
static size_t nseeds, capseeds;
static char *names_buf[4096];
static const char *prog = "replay";

/* What is running now, for the crash message. */
static char current[512];

static void say_current(void)
{
	ssize_t r;
	r = write(2, "# replay: crashed on ", 21);
	r = write(2, current, strlen(current));
	r = write(2, "\n", 1);
	(void)r;
}

static void on_signal(int sig)
{
	say_current();
	signal(sig, SIG_DFL);
	raise(sig);
}

/* AddressSanitizer calls this before it exits, when it is linked in. */
void __sanitizer_set_death_callback(void (*cb)(void)) __attribute__((weak));

static void *xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);
	if (!p) {
		fprintf(stderr, "%s: out of memory\n", prog);
		exit(2);
	}
	return p;
}

static void add_seed(unsigned char *p, size_t n)
{
	if (nseeds == capseeds) {
		capseeds = capseeds ? 2 * capseeds : 64;
		seeds = realloc(seeds, capseeds * sizeof *seeds);
		if (!seeds) {
			fprintf(stderr, "%s: out of memory\n", prog);
			exit(2);
		}
	}
	seeds[nseeds].p = p;
	seeds[nseeds].n = n;
	nseeds++;
}

static int read_file(const char *path, unsigned char **out, size_t *len)
{
	FILE *f = fopen(path, "rb");
	unsigned char *p = NULL;
	size_t n = 0, cap = 0, r;
	if (!f)
		return -1;
	for (;;) {
		if (cap - n < 65536) {
			cap = cap ? 2 * cap : 65536;
			p = realloc(p, cap);
			if (!p) {
				fclose(f);
				return -1;
			}
		}
		r = fread(p + n, 1, cap - n, f);
		n += r;
		if (r == 0)
			break;
	}
	if (ferror(f)) {
		fclose(f);
		free(p);
		return -1;
	}
	fclose(f);
	*out = p;
	*len = n;
	return 0;
}

static int verbose;

/* Run one input from an exact-size copy. */
static void run(const unsigned char *p, size_t n)
{
	unsigned char *copy = xmalloc(n);
	if (verbose) /* a sanitizer may die without calling us back */
		fprintf(stderr, "# replay: running %s\n", current);
	if (n)
		memcpy(copy, p, n);
	LLVMFuzzerTestOneInput(copy, n);
	free(copy);
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static int load_path(const char *path, int do_run)
{
	struct stat st;
	unsigned char *p;
	size_t n;
	if (stat(path, &st) != 0) {
		fprintf(stderr, "%s: %s: %s\n", prog, path, strerror(errno));
		return -1;
	}
	if (S_ISDIR(st.st_mode)) {
		DIR *d = opendir(path);
		struct dirent *e;
		size_t k = 0, i;
		if (!d) {
			fprintf(stderr, "%s: %s: %s\n", prog, path, strerror(errno));
			return -1;
		}
		while ((e = readdir(d)) != NULL && k < sizeof names_buf / sizeof names_buf[0]) {
			if (e->d_name[0] == '.')
				continue;
			names_buf[k] = xmalloc(strlen(path) + strlen(e->d_name) + 2);
			sprintf(names_buf[k], "%s/%s", path, e->d_name);
			k++;
		}
		closedir(d);
		qsort(names_buf, k, sizeof names_buf[0], cmp_str);
		for (i = 0; i < k; i++) {
			if (stat(names_buf[i], &st) == 0 && S_ISREG(st.st_mode) &&
			    read_file(names_buf[i], &p, &n) == 0) {
				snprintf(current, sizeof current, "file %s", names_buf[i]);
				if (do_run)
					run(p, n);
				add_seed(p, n);
			}
			free(names_buf[i]);
		}
		return 0;
	}
	if (read_file(path, &p, &n) != 0) {
		fprintf(stderr, "%s: %s: %s\n", prog, path, strerror(errno));
		return -1;
	}
	snprintf(current, sizeof current, "file %s", path);
	if (do_run)
		run(p, n);
	add_seed(p, n);
	return 0;
}

/* xorshift64*: small, deterministic, the same on every platform. */
static unsigned long long rng_state;
static unsigned long rnd(void)
{
	rng_state ^= rng_state >> 12;
	rng_state ^= rng_state << 25;
	rng_state ^= rng_state >> 27;
	return (unsigned long)((rng_state * 2685821657736338717ULL) >> 33);
}
static size_t below(size_t n)
{
	return n ? (size_t)(rnd() % n) : 0;
}

static const unsigned char interesting[] = {
	0x00, 0x01, 0x09, 0x0A, 0x0D, 0x20, 0x22, 0x27, 0x2C, 0x2E, 0x3A,
	0x3F, 0x5B, 0x5D, 0x7F, 0x80, 0xBF, 0xC0, 0xC2, 0xD8, 0xD9, 0xDB,
	0xE0, 0xED, 0xEF, 0xF0, 0xF4, 0xF8, 0xFF
};
/* Whole sequences worth inserting: Arabic, marks, controls, bad UTF-8. */
static const char *const chunks[] = {
	"\xD8\xA7\xD9\x84", "\xD9\x8E", "\xD9\x80", "\xEF\xBB\xBF",
	"\xE2\x80\x8F", "\xEF\xBA\x8D", "\xD8\x9F", "\xDB\x94", "\xD8\x8C",
	"\xCC\x81", "\xED\xA0\x80", "\xC0\xAF", "\xF4\x90\x80\x80", "\xE2\x80",
	"\r\n", "\n\n", "\t", "Mr. ", "U.S. ", "3.14", "[0, 1]:[2]", "[]:[",
	"\xEF\xB7\xBA", "al-", "'", "\xE2\x80\x99", "0:0:0", "-1", "99999999999999999999"
};

static void mutate_once(unsigned char *buf, size_t *len, size_t max)
{
	size_t n = *len, i, k;
	switch (below(9)) {
	case 0: /* flip a bit */
		if (n)
			buf[below(n)] ^= (unsigned char)(1u << below(8));
		break;
	case 1: /* an interesting byte */
		if (n)
			buf[below(n)] = interesting[below(sizeof interesting)];
		break;
	case 2: /* truncate */
		*len = below(n + 1);
		break;
	case 3: /* delete a chunk */
		if (n) {
			i = below(n);
			k = 1 + below(n - i < 16 ? n - i : 16);
			memmove(buf + i, buf + i + k, n - i - k);
			*len = n - k;
		}
		break;
	case 4: /* insert a sequence */
	{
		const char *c = chunks[below(sizeof chunks / sizeof chunks[0])];
		k = strlen(c);
		if (n + k <= max) {
			i = below(n + 1);
			memmove(buf + i + k, buf + i, n - i);
			memcpy(buf + i, c, k);
			*len = n + k;
		}
		break;
	}
	case 5: /* insert random bytes */
		k = 1 + below(8);
		if (n + k <= max) {
			size_t j;
			i = below(n + 1);
			memmove(buf + i + k, buf + i, n - i);
			for (j = 0; j < k; j++)
				buf[i + j] = (unsigned char)rnd();
			*len = n + k;
		}
		break;
	case 6: /* splice: this one's head, another's tail */
		if (nseeds) {
			const blob *o = &seeds[below(nseeds)];
			size_t head = below(n + 1), from = below(o->n + 1);
			k = o->n - from;
			if (head + k > max)
				k = max - head;
			memcpy(buf + head, o->p + from, k);
			*len = head + k;
		}
		break;
	case 7: /* repeat a chunk into a long line */
		if (n) {
			size_t times = 2 + below(200), j;
			i = below(n);
			k = 1 + below(n - i < 32 ? n - i : 32);
			if (k * times > max - n)
				times = (max - n) / k;
			memmove(buf + i + k * times, buf + i, n - i);
			for (j = 0; j < times; j++)
				memcpy(buf + i + j * k, buf + i + k * times, k);
			*len = n + k * times;
		}
		break;
	default: /* swap two bytes */
		if (n > 1) {
			unsigned char t;
			i = below(n);
			k = below(n);
			t = buf[i];
			buf[i] = buf[k];
			buf[k] = t;
		}
		break;
	}
}

/* Make mutated input number idx into buf (capacity max); returns its length. */
static size_t make_input(unsigned char *buf, size_t max, unsigned long seed,
                         unsigned long idx)
{
	const blob *b;
	size_t len, steps, s;
	rng_state = 0x9E3779B97F4A7C15ULL ^ ((unsigned long long)seed << 32) ^
	            ((unsigned long long)idx * 0xD1B54A32D192ED03ULL);
	if (rng_state == 0)
		rng_state = 1;
	rnd();
	if (nseeds == 0) {
		len = below(64);
		for (s = 0; s < len; s++)
			buf[s] = (unsigned char)rnd();
		return len;
	}
	b = &seeds[below(nseeds)];
	len = b->n < max ? b->n : max;
	memcpy(buf, b->p, len);
	steps = 1 + below(4);
	for (s = 0; s < steps; s++)
		mutate_once(buf, &len, max);
	return len;
}

int main(int argc, char **argv)
{
	unsigned long n = 1000, seed = 1, idx;
	long dump = -1;
	size_t max = 65536, i;
	int opt, bad = 0;
	unsigned char *buf;
	const char *slash;

	prog = argv[0];
	slash = strrchr(prog, '/');
	if (slash)
		prog = slash + 1;
	while ((opt = getopt(argc, argv, "n:s:m:d:v")) != -1) {
		switch (opt) {
		case 'n': n = strtoul(optarg, NULL, 10); break;
		case 's': seed = strtoul(optarg, NULL, 10); break;
		case 'm': max = strtoul(optarg, NULL, 10); break;
		case 'd': dump = strtol(optarg, NULL, 10); break;
		case 'v': verbose = 1; break;
		default:
			fprintf(stderr, "usage: %s [-n N] [-s SEED] [-m MAXLEN] [-d INDEX] [-v] PATH...\n", prog);
			return 2;
		}
	}
	if (max < 16)
		max = 16;
	signal(SIGSEGV, on_signal);
	signal(SIGBUS, on_signal);
	signal(SIGFPE, on_signal);
	signal(SIGABRT, on_signal);
	signal(SIGILL, on_signal);
	if (__sanitizer_set_death_callback)
		__sanitizer_set_death_callback(say_current);

	if (dump >= 0) {
		/* Load the seeds without running them. */
		for (i = (size_t)optind; i < (size_t)argc; i++)
			load_path(argv[i], 0);
		buf = xmalloc(max);
		i = make_input(buf, max, seed, (unsigned long)dump);
		fwrite(buf, 1, i, stdout);
		return 0;
	}

	for (i = (size_t)optind; i < (size_t)argc; i++)
		if (load_path(argv[i], 1) != 0)
			bad = 1;
	buf = xmalloc(max);
	for (idx = 0; idx < n; idx++) {
		size_t len = make_input(buf, max, seed, idx);
		snprintf(current, sizeof current,
		         "mutated input %lu (seed %lu; `%s -n 0 -s %lu -d %lu PATH...` writes it)",
		         idx, seed, prog, seed, idx);
		run(buf, len);
	}
	free(buf);
	for (i = 0; i < nseeds; i++)
		free(seeds[i].p);
	free(seeds);
	if (bad) {
		printf("not ok - %s: some paths could not be read\n", prog);
		return 1;
	}
	printf("ok - %s: %lu files and %lu mutated inputs, no crash\n", prog,
	       (unsigned long)nseeds, n);
	return 0;
}
