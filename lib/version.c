/* version.c - version numbers, dependency versions, status texts, memory release. */
#include "internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>

#include <unicode/uversion.h>
#include <unicode/uchar.h>
#include <utf8proc.h>
#include <hb.h>

int mwz_version(void) { return MWZ_VERSION_NUMBER; }

const char *mwz_version_string(void) { return MWZ_VERSION_STRING; }

const char *mwz_dep_version(int which)
{
	/* Computed on each call into static buffers would not be thread-safe;
	 * ICU fills caller arrays, so keep per-call-site constant strings. */
	static const char icu[] = U_ICU_VERSION;
	static const char uni[] = U_UNICODE_VERSION;
	switch (which) {
	case MWZ_DEP_ICU: return icu;
	case MWZ_DEP_UNICODE: return uni;
	case MWZ_DEP_UTF8PROC: return utf8proc_version();
	case MWZ_DEP_UTF8PROC_UNICODE: return utf8proc_unicode_version();
	case MWZ_DEP_HARFBUZZ: return hb_version_string();
	case MWZ_DEP_STEMMER: return "snowball libstemmer";
	default: return "";
	}
}

const char *mwz_strerror(int status)
{
	switch (status) {
	case MWZ_OK: return "success";
	case MWZ_ENOMEM: return "out of memory";
	case MWZ_EINVAL: return "invalid argument";
	case MWZ_EUTF8: return "invalid UTF-8";
	case MWZ_EIO: return "input/output error";
	case MWZ_EFORMAT: return "malformed data";
	case MWZ_ENOTFOUND: return "not found";
	case MWZ_EUNSUPPORTED: return "not supported";
	case MWZ_ERANGE: return "out of range";
	case MWZ_EINTERNAL: return "internal error in a dependency";
	default: return "unknown error";
	}
}

void mwz_free(void *p) { free(p); }

int mwz__fail(mwz_error_t *err, int code, size_t line, size_t offset,
              const char *fmt, ...)
{
	if (err) {
		va_list ap;
		err->code = code;
		err->line = line;
		err->offset = offset;
		va_start(ap, fmt);
		vsnprintf(err->message, sizeof err->message, fmt, ap);
		va_end(ap);
	}
	return code;
}

int mwz__buf_reserve(mwz__buf *b, size_t extra)
{
	size_t need, cap;
	char *p;
	if (extra > (size_t)-1 - b->len - 1)
		return MWZ_ERANGE;
	need = b->len + extra + 1;
	if (need <= b->cap)
		return MWZ_OK;
	cap = b->cap ? b->cap : 64;
	while (cap < need)
		cap = cap > (size_t)-1 / 2 ? need : cap * 2;
	p = realloc(b->data, cap);
	if (!p)
		return MWZ_ENOMEM;
	b->data = p;
	b->cap = cap;
	return MWZ_OK;
}

int mwz__buf_put(mwz__buf *b, const void *p, size_t n)
{
	int rc = mwz__buf_reserve(b, n);
	if (rc)
		return rc;
	memcpy(b->data + b->len, p, n);
	b->len += n;
	b->data[b->len] = '\0';
	return MWZ_OK;
}

void mwz__buf_free(mwz__buf *b)
{
	free(b->data);
	b->data = NULL;
	b->len = b->cap = 0;
}

int mwz__read_file(char **out, size_t *outlen, const char *path,
                   mwz_error_t *err)
{
	mwz__buf b = { 0 };
	char chunk[65536];
	size_t n;
	FILE *f = fopen(path, "rb");
	if (!f)
		return mwz__fail(err, MWZ_EIO, 0, 0, "%s: %s", path,
		                 strerror(errno));
	while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) {
		if (mwz__buf_put(&b, chunk, n)) {
			fclose(f);
			mwz__buf_free(&b);
			return mwz__fail(err, MWZ_ENOMEM, 0, 0, "%s: out of memory",
			                 path);
		}
	}
	if (ferror(f)) {
		int e = errno;
		fclose(f);
		mwz__buf_free(&b);
		return mwz__fail(err, MWZ_EIO, 0, 0, "%s: %s", path, strerror(e));
	}
	fclose(f);
	if (!b.data && mwz__buf_reserve(&b, 0))
		return mwz__fail(err, MWZ_ENOMEM, 0, 0, "%s: out of memory", path);
	*out = b.data;
	*outlen = b.len;
	return MWZ_OK;
}
