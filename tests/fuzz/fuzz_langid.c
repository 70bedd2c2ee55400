/*
 * fuzz_langid.c - mwz_language_guess on arbitrary bytes: no crash, no read
 * beyond the input, a code of its table or NULL, the same answer twice.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "muwazi.h"

#define CHECK(c, what) \
	do { \
		if (!(c)) { \
			fprintf(stderr, "fuzz_langid: %s (%s:%d)\n", what, __FILE__, __LINE__); \
			abort(); \
		} \
	} while (0)

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
	static const char *const codes[] = { "ar", "en", "de", "fr", "es", "it", "nl", "pt" };
	/* A copy of exactly size bytes: ASan sees a read past the end. */
	char *buf = malloc(size ? size : 1);
	const char *g, *g2;
	size_t k;
	int known = 0;
	CHECK(buf != NULL, "out of memory in the harness");
	if (size)
		memcpy(buf, data, size);
	g = mwz_language_guess(buf, size);
	g2 = mwz_language_guess(buf, size);
	CHECK(g == g2 || (g && g2 && strcmp(g, g2) == 0), "two guesses differ");
	for (k = 0; g && k < sizeof codes / sizeof codes[0]; k++)
		known |= strcmp(g, codes[k]) == 0;
	CHECK(!g || known, "a code not in the table");
	CHECK(mwz_language_guess(NULL, 0) == NULL, "NULL text");
	free(buf);
	return 0;
}
