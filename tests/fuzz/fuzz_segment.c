/*
 * fuzz_segment.c - sentence segmentation on arbitrary bytes.
 * Input: byte 0 picks the language (auto, ar, en, other), the rest is text.
 * Checks: invalid UTF-8 is refused exactly when mwz_utf8_validate refuses
 * it, at the same byte; otherwise every sentence is non-empty, inside the
 * text, after the one before it, cut at character boundaries and trimmed.
 */
#include <stdio.h>
#include <stdlib.h>
#include "muwazi.h"

#define CHECK(c, what) \
	do { \
		if (!(c)) { \
			fprintf(stderr, "fuzz_segment: %s (%s:%d)\n", what, __FILE__, __LINE__); \
			abort(); \
		} \
	} while (0)

static mwz_segmenter_t *seg[4];

static int is_cont(unsigned char c)
{
	return (c & 0xC0) == 0x80;
}

static int is_ascii_space(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
	const char *text;
	size_t len, bad = 0, n = 0, i, prev_end = 0;
	int lang, rc, valid;
	mwz_sentence_t *s = NULL;
	mwz_error_t err;

	if (size == 0)
		return 0;
	lang = data[0] & 3;
	text = (const char *)data + 1;
	len = size - 1;
	if (!seg[lang]) {
		rc = mwz_segmenter_create(&seg[lang], lang, NULL);
		CHECK(rc == MWZ_OK, "mwz_segmenter_create failed");
	}
	valid = mwz_utf8_validate(text, len, &bad) == MWZ_OK;
	rc = mwz_segmenter_split(&s, &n, seg[lang], text, len, &err);
	if (!valid) {
		CHECK(rc == MWZ_EUTF8, "invalid UTF-8 not refused");
		CHECK(err.offset == bad, "error offset is not the first bad byte");
		CHECK(s == NULL && n == 0, "output left behind on failure");
		return 0;
	}
	CHECK(rc == MWZ_OK, "valid UTF-8 refused");
	CHECK(n == 0 || s != NULL, "sentences counted but none returned");
	for (i = 0; i < n; i++) {
		const unsigned char *p = (const unsigned char *)text + s[i].start;
		CHECK(s[i].len > 0, "empty sentence");
		CHECK(s[i].start <= len && s[i].len <= len - s[i].start, "sentence outside the text");
		CHECK(i == 0 || s[i].start >= prev_end, "sentences overlap or go back");
		CHECK(!is_cont(p[0]), "sentence starts inside a character");
		CHECK(s[i].start + s[i].len == len || !is_cont(p[s[i].len]),
		      "sentence ends inside a character");
		CHECK(!is_ascii_space(p[0]) && !is_ascii_space(p[s[i].len - 1]),
		      "sentence not trimmed");
		prev_end = s[i].start + s[i].len;
	}
	mwz_free(s);
	return 0;
}
