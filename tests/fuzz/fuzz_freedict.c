/*
 * fuzz_freedict.c - the FreeDict (dictd) reader of mwz_lexicon_load_freedict.
 * needs: mwz_lexicon_load_freedict
 * Input: byte 0 picks the dictionary (bit 0: eng-ara, else ara-eng), then
 * INDEX [0xFF DICT]. Both are written to a temporary folder as
 * freedict-X.index and freedict-X.dict.dz (zlib reads a plain file as it
 * is, and a gzip one if the bytes say so), loaded, and the lexicon then
 * aligns two fixed sentences. Checks: a refused dictionary fails with
 * MWZ_EFORMAT (or MWZ_ENOTFOUND when the file is unreadable); the lexicon
 * stays usable.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "muwazi.h"

#define CHECK(c, what) \
	do { \
		if (!(c)) { \
			fprintf(stderr, "fuzz_freedict: %s (%s:%d)\n", what, __FILE__, __LINE__); \
			abort(); \
		} \
	} while (0)

static char dir[64], files[4][128];

static void cleanup(void)
{
	int i;
	for (i = 0; i < 4; i++)
		unlink(files[i]);
	rmdir(dir);
}

static void put(const char *path, const unsigned char *p, size_t n)
{
	FILE *f = fopen(path, "wb");
	CHECK(f && fwrite(p, 1, n, f) == n && fclose(f) == 0, "writing a dictionary file");
}

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
	static const char *const ar[] = { "\xD9\x82\xD8\xA7\xD9\x84 \xD8\xA7\xD9\x84\xD8\xB1\xD8\xA6\xD9\x8A\xD8\xB3.",
		                          "\xD9\x88\xD8\xB5\xD9\x84 \xD8\xA7\xD9\x84\xD9\x88\xD9\x81\xD8\xAF." };
	static const char *const en[] = { "The president said.", "The delegation arrived." };
	size_t arlen[2], enlen[2], nbeads = 0, ilen;
	const unsigned char *sep;
	mwz_lexicon_t *lx = NULL;
	mwz_bead_t *beads = NULL;
	mwz_align_options_t opts = MWZ_ALIGN_OPTIONS_INIT;
	mwz_error_t err;
	int rc, which, i;

	if (size == 0)
		return 0;
	if (!dir[0]) {
		const char *t = getenv("TMPDIR");
		snprintf(dir, sizeof dir, "%s/fuzz_freedictXXXXXX", t && strlen(t) < 30 ? t : "/tmp");
		CHECK(mkdtemp(dir) != NULL, "mkdtemp");
		snprintf(files[0], sizeof files[0], "%s/freedict-ara-eng.index", dir);
		snprintf(files[1], sizeof files[1], "%s/freedict-ara-eng.dict.dz", dir);
		snprintf(files[2], sizeof files[2], "%s/freedict-eng-ara.index", dir);
		snprintf(files[3], sizeof files[3], "%s/freedict-eng-ara.dict.dz", dir);
		atexit(cleanup);
	}
	for (i = 0; i < 4; i++)
		unlink(files[i]);
	which = (data[0] & 1) ? 2 : 0;
	data++;
	size--;
	sep = memchr(data, 0xFF, size);
	ilen = sep ? (size_t)(sep - data) : size;
	put(files[which], data, ilen);
	put(files[which + 1], sep ? sep + 1 : data, sep ? size - ilen - 1 : 0);

	CHECK(mwz_lexicon_create(&lx) == MWZ_OK, "mwz_lexicon_create");
	memset(&err, 0, sizeof err);
	rc = mwz_lexicon_load_freedict(lx, dir, &err);
	CHECK(rc == MWZ_OK || rc == MWZ_EFORMAT || rc == MWZ_ENOTFOUND, "unexpected status");
	CHECK(memchr(err.message, '\0', sizeof err.message) != NULL, "message not terminated");
	for (i = 0; i < 2; i++) {
		arlen[i] = strlen(ar[i]);
		enlen[i] = strlen(en[i]);
	}
	opts.lexicon = lx;
	rc = mwz_align(&beads, &nbeads, ar, arlen, 2, en, enlen, 2, &opts, NULL);
	CHECK(rc == MWZ_OK && nbeads >= 1, "mwz_align with the loaded lexicon");
	mwz_free(beads);
	mwz_lexicon_destroy(lx);
	return 0;
}
