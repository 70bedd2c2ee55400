/* utf8.c - strict UTF-8 validation and decoding shared by the library. */
#include "internal.h"
#include "utf8.h"

#include <stdint.h>
#include <string.h>

int mwz__utf8_decode(const unsigned char *s, size_t len, size_t i,
                     unsigned int *cp)
{
	unsigned int c = s[i], c1, c2, c3;
	if (c < 0x80) {
		*cp = c;
		return 1;
	}
	if (c < 0xC2 || c > 0xF4)
		return -1;
	if (c < 0xE0) {
		if (i + 1 >= len || (s[i + 1] & 0xC0) != 0x80)
			return -1;
		*cp = ((c & 0x1Fu) << 6) | (s[i + 1] & 0x3Fu);
		return 2;
	}
	if (i + 1 >= len)
		return -1;
	c1 = s[i + 1];
	if ((c1 & 0xC0) != 0x80 || (c == 0xE0 && c1 < 0xA0) ||
	    (c == 0xED && c1 > 0x9F) || (c == 0xF0 && c1 < 0x90) ||
	    (c == 0xF4 && c1 > 0x8F))
		return -1;
	if (c < 0xF0) {
		if (i + 2 >= len || (s[i + 2] & 0xC0) != 0x80)
			return -1;
		*cp = ((c & 0x0Fu) << 12) | ((c1 & 0x3Fu) << 6) | (s[i + 2] & 0x3Fu);
		return 3;
	}
	if (i + 3 >= len)
		return -1;
	c2 = s[i + 2];
	c3 = s[i + 3];
	if ((c2 & 0xC0) != 0x80 || (c3 & 0xC0) != 0x80)
		return -1;
	*cp = ((c & 0x07u) << 18) | ((c1 & 0x3Fu) << 12) | ((c2 & 0x3Fu) << 6) |
	      (c3 & 0x3Fu);
	return 4;
}

int mwz__utf8_encode(char *out, unsigned int cp)
{
	if (cp < 0x80) {
		out[0] = (char)cp;
		return 1;
	}
	if (cp < 0x800) {
		out[0] = (char)(0xC0 | (cp >> 6));
		out[1] = (char)(0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000) {
		out[0] = (char)(0xE0 | (cp >> 12));
		out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
		out[2] = (char)(0x80 | (cp & 0x3F));
		return 3;
	}
	out[0] = (char)(0xF0 | (cp >> 18));
	out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
	out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
	out[3] = (char)(0x80 | (cp & 0x3F));
	return 4;
}

int mwz_utf8_validate(const char *in, size_t len, size_t *bad_offset)
{
	const unsigned char *s = (const unsigned char *)in;
	size_t i = 0;
	unsigned int cp;
	if (!in && len)
		return MWZ_EINVAL;
	while (i < len) {
		int n;
		unsigned int c = s[i];
		if (c < 0x80) {
			/* ASCII: eight bytes a step while no high bit is set. */
			i++;
			while (i + 8 <= len) {
				uint64_t w;
				memcpy(&w, s + i, 8);
				if (w & 0x8080808080808080ull)
					break;
				i += 8;
			}
			continue;
		}
		if (c - 0xC2u < 0x1Eu && i + 1 < len && (s[i + 1] & 0xC0) == 0x80) {
			/* Two bytes (Arabic, accented Latin): checked here, a run
			 * of them (an Arabic word) in one loop. */
			i += 2;
			while (i + 1 < len && s[i] - 0xC2u < 0x1Eu && (s[i + 1] & 0xC0) == 0x80)
				i += 2;
			continue;
		}
		n = mwz__utf8_decode(s, len, i, &cp);
		if (n < 0) {
			if (bad_offset)
				*bad_offset = i;
			return MWZ_EUTF8;
		}
		i += (size_t)n;
	}
	return MWZ_OK;
}

const char *mwz__wide_bom(const char *s, size_t len)
{
	const unsigned char *t = (const unsigned char *)s;
	if (len >= 4 && ((t[0] == 0xFF && t[1] == 0xFE && t[2] == 0 && t[3] == 0) ||
	                 (t[0] == 0 && t[1] == 0 && t[2] == 0xFE && t[3] == 0xFF)))
		return "UTF-32";
	if (len >= 2 && ((t[0] == 0xFF && t[1] == 0xFE) || (t[0] == 0xFE && t[1] == 0xFF)))
		return "UTF-16";
	return NULL;
}
