/* test_utf8.c - mwz_utf8_validate against a byte-by-byte reference: same
 * verdict and same offset of the first bad byte, on long ASCII runs (its
 * eight-bytes-a-step path), Arabic and mixed text, and every kind of error. */
#include "muwazi.h"
#include "tap.h"

#include <stdlib.h>
#include <string.h>

/* The plain reading of RFC 3629: returns the offset of the first bad byte, or len. */
static size_t ref_first_bad(const unsigned char *s, size_t len)
{
	size_t i = 0;
	while (i < len) {
		unsigned int c = s[i], need, cp, min, k;
		if (c < 0x80) {
			i++;
			continue;
		}
		if (c >= 0xC0 && c < 0xE0)
			need = 1, cp = c & 0x1F, min = 0x80;
		else if (c >= 0xE0 && c < 0xF0)
			need = 2, cp = c & 0x0F, min = 0x800;
		else if (c >= 0xF0 && c < 0xF8)
			need = 3, cp = c & 0x07, min = 0x10000;
		else
			return i;
		for (k = 1; k <= need; k++) {
			if (i + k >= len || (s[i + k] & 0xC0) != 0x80)
				return i;
			cp = (cp << 6) | (s[i + k] & 0x3F);
		}
		if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
			return i;
		i += need + 1;
	}
	return len;
}

static unsigned int rnd_state = 12345;
static unsigned int rnd(void)
{
	rnd_state = rnd_state * 1103515245u + 12345u;
	return (rnd_state >> 8) & 0xFFFFFF;
}

/* Pieces the random texts are made of. */
static const char *const pieces[] = {
	"a", " ", "The quick brown fox ", "0123456789abcdef", "\n",
	"\xD8\xA7\xD9\x84\xD9\x83\xD8\xAA\xD8\xA7\xD8\xA8", /* Arabic */
	"\xC3\xA9", "\xE2\x80\x9C", "\xF0\x9F\x98\x80", "\xEF\xBB\xBF",
};
/* Bad sequences: lone continuation, overlong, surrogate, above U+10FFFF,
 * truncated two-, three- and four-byte, 0xFF, C0/C1 leads. */
static const char *const bad[] = {
	"\x80", "\xC0\xAF", "\xC1\xBF", "\xE0\x80\xAF", "\xED\xA0\x80", "\xF4\x90\x80\x80",
	"\xC3", "\xE2\x80", "\xF0\x9F\x98", "\xFF", "\xF5\x80\x80\x80", "\xD8\x20",
};

int main(void)
{
	char buf[4096];
	int t, mismatches = 0, bads = 0, goods = 0;
	size_t off;
	OK(mwz_utf8_validate("", 0, &off) == MWZ_OK, "empty text is valid");
	for (t = 0; t < 20000; t++) {
		size_t len = 0, want;
		int r, np = (int)(rnd() % 40), k;
		for (k = 0; k < np; k++) {
			const char *p = pieces[rnd() % (sizeof pieces / sizeof *pieces)];
			size_t pl = strlen(p), rep = rnd() % 8 == 0 ? 1 + rnd() % 30 : 1;
			while (rep-- && len + pl < sizeof buf - 8) {
				memcpy(buf + len, p, pl);
				len += pl;
			}
		}
		if (t % 2 == 0) {
			const char *b = bad[rnd() % (sizeof bad / sizeof *bad)];
			size_t bl = strlen(b), at = len ? rnd() % (len + 1) : 0;
			/* Insert, possibly inside a character: the reference decides. */
			memmove(buf + at + bl, buf + at, len - at);
			memcpy(buf + at, b, bl);
			len += bl;
		}
		want = ref_first_bad((const unsigned char *)buf, len);
		off = (size_t)-1;
		r = mwz_utf8_validate(buf, len, &off);
		if (want == len ? r != MWZ_OK : (r != MWZ_EUTF8 || off != want))
			mismatches++;
		if (want == len)
			goods++;
		else
			bads++;
	}
	OK(mismatches == 0, "20000 random texts (%d valid, %d not): same verdict and "
	   "offset as the reference (%d differ)", goods, bads, mismatches);
	/* A bad byte at every position after a long ASCII run (word boundaries). */
	mismatches = 0;
	for (t = 0; t < 40; t++) {
		size_t len = 64, want;
		memset(buf, 'x', len);
		buf[t] = (char)0x80;
		want = ref_first_bad((const unsigned char *)buf, len);
		if (mwz_utf8_validate(buf, len, &off) != MWZ_EUTF8 || off != want)
			mismatches++;
	}
	OK(mismatches == 0, "a stray continuation byte found at each of 40 positions");
	/* The length is respected: a bad byte just past it is not looked at. */
	memset(buf, 'x', 32);
	buf[17] = (char)0xFF;
	OK(mwz_utf8_validate(buf, 17, &off) == MWZ_OK, "bytes past the length are not read");
	OK(mwz_utf8_validate(buf, 18, &off) == MWZ_EUTF8 && off == 17, "bad byte at offset 17");
	OK(mwz_utf8_validate(NULL, 0, &off) == MWZ_OK, "NULL with length 0 is valid");
	TAP_DONE();
}
