/*
 * fuzz_glossary.c - the glossary reader (mwz_lexicon_load_glossary) and
 * lexicon lookups through a small alignment.
 * Input: the glossary file. It is written to a temporary file, loaded, and
 * the lexicon then aligns two fixed sentences with it. Checks: a refused
 * file fails with MWZ_EFORMAT (with a line), MWZ_EUTF8, or MWZ_EIO; the
 * lexicon stays usable either way.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "muwazi.h"

#define CHECK(c, what) \
	do { \
		if (!(c)) { \
			fprintf(stderr, "fuzz_glossary: %s (%s:%d)\n", what, __FILE__, __LINE__); \
			abort(); \
		} \
	} while (0)

static char path[64];

static void cleanup(void)
{
	if (path[0])
		unlink(path);
}

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
	static const char *const ar[] = {
		"\xD9\x82\xD8\xA7\xD9\x84 \xD8\xA7\xD9\x84\xD8\xB1\xD8\xA6\xD9\x8A\xD8\xB3 \xD8\xA5\xD9\x86 "
		"\xD8\xA7\xD9\x84\xD9\x88\xD8\xB6\xD8\xB9 \xD9\x85\xD8\xB3\xD8\xAA\xD9\x82\xD8\xB1.",
		"\xD9\x88\xD8\xB5\xD9\x84 \xD8\xA7\xD9\x84\xD9\x88\xD9\x81\xD8\xAF \xD8\xA5\xD9\x84\xD9\x89 "
		"\xD8\xA8\xD8\xBA\xD8\xAF\xD8\xA7\xD8\xAF."
	};
	static const char *const en[] = { "The president said the situation was stable.",
		                          "The delegation arrived in Baghdad." };
	size_t arlen[2], enlen[2];
	mwz_lexicon_t *lx = NULL;
	mwz_bead_t *beads = NULL;
	size_t nbeads = 0;
	mwz_align_options_t opts = MWZ_ALIGN_OPTIONS_INIT;
	mwz_error_t err;
	FILE *f;
	int rc;

	if (!path[0]) {
		int fd;
		const char *dir = getenv("TMPDIR");
		snprintf(path, sizeof path, "%s/fuzz_glossaryXXXXXX",
		         dir && strlen(dir) < 30 ? dir : "/tmp");
		fd = mkstemp(path);
		CHECK(fd >= 0, "mkstemp");
		close(fd);
		atexit(cleanup);
	}
	f = fopen(path, "wb");
	CHECK(f && fwrite(data, 1, size, f) == size && fclose(f) == 0, "writing the glossary");
	CHECK(mwz_lexicon_create(&lx) == MWZ_OK, "mwz_lexicon_create");
	memset(&err, 0, sizeof err);
	rc = mwz_lexicon_load_glossary(lx, path, &err);
	CHECK(rc == MWZ_OK || rc == MWZ_EFORMAT || rc == MWZ_EUTF8, "unexpected status");
	if (rc == MWZ_EFORMAT || rc == MWZ_EUTF8)
		CHECK(err.line >= 1 && err.offset <= size, "refused without a line or offset in the file");
	CHECK(memchr(err.message, '\0', sizeof err.message) != NULL, "message not terminated");
	arlen[0] = strlen(ar[0]);
	arlen[1] = strlen(ar[1]);
	enlen[0] = strlen(en[0]);
	enlen[1] = strlen(en[1]);
	opts.lexicon = lx;
	rc = mwz_align(&beads, &nbeads, ar, arlen, 2, en, enlen, 2, &opts, NULL);
	CHECK(rc == MWZ_OK && nbeads >= 1, "mwz_align with the loaded lexicon");
	mwz_free(beads);
	mwz_lexicon_destroy(lx);
	return 0;
}
