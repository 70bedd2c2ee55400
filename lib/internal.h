/* internal.h - private helpers shared by the library's files; never installed. */
#ifndef MWZ_INTERNAL_H
#define MWZ_INTERNAL_H

#include "muwazi.h"
#include <stdarg.h>
#include <stddef.h>
#include <string.h>

/* Fill err (if not NULL) and return code; message printf-style. */
int mwz__fail(mwz_error_t *err, int code, size_t line, size_t offset,
              const char *fmt, ...)
#if defined(__GNUC__)
	__attribute__((format(printf, 5, 6)))
#endif
	;

/* Growable byte buffer. */
typedef struct mwz__buf {
	char *data;
	size_t len, cap;
} mwz__buf;

int mwz__buf_reserve(mwz__buf *b, size_t extra);
int mwz__buf_put(mwz__buf *b, const void *p, size_t n);
void mwz__buf_free(mwz__buf *b);

/* Read a whole file into memory (NUL-terminated). */
int mwz__read_file(char **out, size_t *outlen, const char *path,
                   mwz_error_t *err);

/* The byte that ends the lines of s[0, n): '\r' when they end in CR alone (classic
 * Mac OS, Excel's "CSV (Macintosh)": a CR and no LF anywhere), else '\n'. */
static inline char mwz__line_end(const char *s, size_t n)
{
	return n && memchr(s, '\r', n) && !memchr(s, '\n', n) ? '\r' : '\n';
}

#endif
