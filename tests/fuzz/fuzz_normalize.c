/*
 * fuzz_normalize.c - the normaliser on arbitrary bytes and flags.
 * needs: mwz_norm_run mwz_normalize
 * Input: bytes 0-2 pick the flags (any combination of the documented
 * folds, lossy or not), the rest is text. Checks: without MWZ_NORM_LOSSY,
 * invalid UTF-8 is refused exactly when mwz_utf8_validate refuses it, at
 * the same byte; with it, nothing is refused. The output is valid UTF-8,
 * NUL-terminated at its length, and the offset map has outlen + 1 entries
 * within the input, the last equal to its length. The one-shot form gives
 * the same bytes as the work object.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "muwazi.h"

#define CHECK(c, what) \
	do { \
		if (!(c)) { \
			fprintf(stderr, "fuzz_normalize: %s (%s:%d)\n", what, __FILE__, __LINE__); \
			abort(); \
		} \
	} while (0)

#define ALL_FOLDS (MWZ_PROFILE_MATCH | MWZ_NORM_NFC)

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
	unsigned int flags;
	const char *in, *out = NULL;
	const size_t *off = NULL;
	char *out2 = NULL;
	size_t len, outlen = 0, out2len = 0, bad = 0, i;
	mwz_norm_t *n = NULL;
	mwz_error_t err;
	int rc, rc2, valid;

	if (size < 3)
		return 0;
	switch (data[0] & 3) {
	case 0: flags = MWZ_PROFILE_DISPLAY; break;
	case 1: flags = MWZ_PROFILE_MATCH; break;
	default:
		flags = ((unsigned int)data[1] | (unsigned int)data[2] << 8 |
		         (unsigned int)(data[0] >> 4) << 16) & ALL_FOLDS;
		/* NFC and NFKC together is a bad combination the library may refuse */
		if ((flags & MWZ_NORM_NFC) && (flags & MWZ_NORM_NFKC))
			flags &= ~MWZ_NORM_NFC;
		break;
	}
	if (data[0] & 4)
		flags |= MWZ_NORM_LOSSY;
	in = (const char *)data + 3;
	len = size - 3;
	valid = mwz_utf8_validate(in, len, &bad) == MWZ_OK;

	rc = mwz_norm_create(&n, flags);
	CHECK(rc == MWZ_OK, "mwz_norm_create refused documented flags");
	rc = mwz_norm_run(&out, &outlen, &off, n, in, len);
	if (!valid && !(flags & MWZ_NORM_LOSSY)) {
		CHECK(rc == MWZ_EUTF8, "invalid UTF-8 not refused");
		CHECK(mwz_norm_error_offset(n) == bad, "error offset is not the first bad byte");
	} else {
		CHECK(rc == MWZ_OK, "mwz_norm_run failed");
		CHECK(out && out[outlen] == '\0', "output not NUL-terminated at its length");
		CHECK(mwz_utf8_validate(out, outlen, NULL) == MWZ_OK, "output is not UTF-8");
		CHECK(off && off[outlen] == len, "offset map does not end at the input length");
		for (i = 0; i < outlen; i++)
			CHECK(off[i] <= len, "offset past the input");
	}
	rc2 = mwz_normalize(&out2, &out2len, NULL, in, len, flags, &err);
	CHECK(rc2 == rc, "one-shot and work object disagree on the status");
	if (rc2 == MWZ_OK)
		CHECK(out2len == outlen && memcmp(out2, out, outlen) == 0,
		      "one-shot and work object disagree on the text");
	else
		CHECK(err.code == rc2 && (rc2 != MWZ_EUTF8 || err.offset == bad),
		      "one-shot error details");
	mwz_free(out2);
	mwz_norm_destroy(n);
	return 0;
}
