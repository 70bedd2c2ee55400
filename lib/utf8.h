/* utf8.h - private UTF-8 decode/encode used across the library. */
#ifndef MWZ_UTF8_H
#define MWZ_UTF8_H
#include <stddef.h>

/* Decode the code point at s[i]; returns its byte length or -1 if invalid. */
int mwz__utf8_decode(const unsigned char *s, size_t len, size_t i,
                     unsigned int *cp);
/* Encode cp into out (4 bytes room); returns the byte count. */
int mwz__utf8_encode(char *out, unsigned int cp);

/* "UTF-32" or "UTF-16" when s[0, len) opens with that encoding's byte-order
 * mark (either byte order), else NULL: a file saved as "Unicode" text. */
const char *mwz__wide_bom(const char *s, size_t len);

#endif
