/* io.c - the command's shared file, line and error helpers. */
#include "cli.h"

#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

void cli_err(const char *fmt, ...)
{
	va_list ap;
	fputs("muwazi: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

FILE *cli_open(const char *path)
{
	FILE *f;
	if (strcmp(path, "-") == 0)
		return stdin;
	f = fopen(path, "rb");
	if (!f)
		cli_err("%s: %s", path, strerror(errno));
	return f;
}

void cli_close(FILE *f)
{
	if (f && f != stdin)
		fclose(f);
}

long cli_getline(char **buf, size_t *cap, FILE *f, int *had_newline)
{
	size_t len = 0;
	int c;
	*had_newline = 0;
	if (!*buf || *cap < 2) {
		char *p = realloc(*buf, 256);
		if (!p)
			return -2;
		*buf = p;
		*cap = 256;
	}
	while ((c = getc(f)) != EOF) {
		if (c == '\n') {
			*had_newline = 1;
			break;
		}
		if (len + 2 > *cap) {
			size_t ncap = *cap * 2;
			char *p = realloc(*buf, ncap);
			if (!p)
				return -2;
			*buf = p;
			*cap = ncap;
		}
		(*buf)[len++] = (char)c;
	}
	(*buf)[len] = '\0';
	if (ferror(f))
		return -2;
	if (c == EOF && len == 0)
		return -1;
	return (long)len;
}

int cli_slurp(char **out, size_t *len, const char *path)
{
	FILE *f = cli_open(path);
	char *buf = NULL;
	size_t n = 0, cap = 0, got;
	struct stat sb;
	if (!f)
		return 1;
	/* A regular file: its size plus a little, so one read fills the
	 * buffer and the next finds the end (no doubling: half the memory). */
	if (fstat(fileno(f), &sb) == 0 && S_ISREG(sb.st_mode) && sb.st_size > 0 &&
	    (unsigned long long)sb.st_size < (size_t)-1 / 2 - 65536)
		cap = (size_t)sb.st_size + 4096;
	if (cap) {
		buf = malloc(cap + 1);
		if (!buf)
			cap = 0;
	}
	for (;;) {
		if (cap - n < 4096) {
			size_t ncap = cap ? cap * 2 : 65536 * 2;
			char *p = realloc(buf, ncap + 1);
			if (!p) {
				cli_err("%s: out of memory", path);
				free(buf);
				cli_close(f);
				return 1;
			}
			buf = p;
			cap = ncap;
		}
		got = fread(buf + n, 1, cap - n, f);
		n += got;
		if (got == 0)
			break;
	}
	if (ferror(f)) {
		cli_err("%s: read error: %s", path, strerror(errno));
		free(buf);
		cli_close(f);
		return 1;
	}
	cli_close(f);
	buf[n] = '\0';
	*out = buf;
	*len = n;
	return 0;
}

int cli_check_utf8(const char *path, const char *text, size_t len)
{
	size_t bad, i, line = 1;
	if (mwz_utf8_validate(text, len, &bad) == MWZ_OK)
		return 0;
	for (i = 0; i < bad; i++)
		if (text[i] == '\n')
			line++;
	cli_err("%s: invalid UTF-8 at line %zu, byte %zu",
	        strcmp(path, "-") == 0 ? "<stdin>" : path, line, bad + 1);
	return 1;
}

int cli_check_nul(const char *path, const char *text, size_t len, size_t line,
                  size_t offset)
{
	const char *nul = memchr(text, '\0', len);
	if (!nul)
		return 0;
	if (strcmp(path, "-") == 0)
		path = "<stdin>";
	if (line)
		cli_err("%s: binary file (NUL byte at line %zu, byte %zu)", path, line,
		        offset + (size_t)(nul - text) + 1);
	else
		cli_err("%s: binary file (NUL byte at byte %zu)", path,
		        offset + (size_t)(nul - text) + 1);
	return 1;
}

int cli_check_text(const char *path, const char *text, size_t len)
{
	if (cli_check_nul(path, text, len, 0, 0))
		return 1;
	return cli_check_utf8(path, text, len);
}

int cli_finish_stdout(int rc)
{
	if (fflush(stdout) != 0 || ferror(stdout) || fclose(stdout) != 0) {
		cli_err("write error on standard output: %s", strerror(errno));
		return EXIT_USAGE;
	}
	return rc;
}

int cli_is_help(const char *arg)
{
	return strcmp(arg, "--help") == 0 || strcmp(arg, "-h") == 0;
}
