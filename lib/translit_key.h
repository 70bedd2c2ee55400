/*
 * translit_key.h - the lookup key of the embedded name list: one folding of
 * Arabic letters shared by the runtime lookup (translit.c) and the table
 * generator (tools/gen_namelist.c), so both sort and search the same way.
 * Header-only (static functions) so that the generator needs no library.
 */
#ifndef MWZ_TRANSLIT_KEY_H
#define MWZ_TRANSLIT_KEY_H

#include <stddef.h>

/* Arabic short-vowel marks, shadda, sukun, dagger alef, Quranic marks. */
static inline int mwz__tl_is_mark(unsigned int cp)
{
	return (cp >= 0x064B && cp <= 0x065F) || cp == 0x0670 ||
	       (cp >= 0x06D6 && cp <= 0x06ED && cp != 0x06DD && cp != 0x06DE &&
	        cp != 0x06E5 && cp != 0x06E6 && cp != 0x06E9);
}

/* Letters that make up an Arabic-script word (not digits or punctuation). */
static inline int mwz__tl_is_letter(unsigned int cp)
{
	return (cp >= 0x0620 && cp <= 0x064A) || (cp >= 0x066E && cp <= 0x06D3) ||
	       cp == 0x06D5 || cp == 0x06E5 || cp == 0x06E6 ||
	       (cp >= 0x06EE && cp <= 0x06EF) || (cp >= 0x06FA && cp <= 0x06FF) ||
	       (cp >= 0x0750 && cp <= 0x077F);
}

/*
 * Fold one code point for the key: 0 drops it (marks, tatweel, joiners),
 * else the folded letter. Alef forms -> alef, alef maqsura and Persian yeh
 * -> yeh, ta marbuta and heh forms -> heh, keheh -> kaf, waw/yeh hamza ->
 * waw/yeh.
 */
static inline unsigned int mwz__tl_fold(unsigned int cp)
{
	if (mwz__tl_is_mark(cp) || cp == 0x0640 || cp == 0x200C || cp == 0x200D ||
	    cp == 0x200E || cp == 0x200F || cp == 0x061C)
		return 0;
	switch (cp) {
	case 0x0622: case 0x0623: case 0x0625: case 0x0671: case 0x0672:
	case 0x0673: case 0x0675:
		return 0x0627;
	case 0x0649: case 0x06CC: case 0x0626: case 0x06D0: case 0x06D2:
	case 0x06D3: case 0x0678: case 0x064A:
		return 0x064A;
	case 0x0629: case 0x06C0: case 0x06D5: case 0x06BE: case 0x06C1:
	case 0x06C2: case 0x06C3:
		return 0x0647;
	case 0x06A9: case 0x06AA: case 0x06AB:
		return 0x0643;
	case 0x0624: case 0x0676: case 0x0677:
		return 0x0648;
	default:
		return cp;
	}
}

/* Minimal UTF-8 helpers (input already validated by the caller). */
static inline int mwz__tl_dec(const unsigned char *s, size_t len, size_t i,
                       unsigned int *cp)
{
	unsigned int c = s[i];
	if (c < 0x80 || i + 1 >= len) {
		*cp = c;
		return 1;
	}
	if (c < 0xE0) {
		*cp = ((c & 0x1Fu) << 6) | (s[i + 1] & 0x3Fu);
		return 2;
	}
	if (c < 0xF0 || i + 3 >= len) {
		if (i + 2 >= len) {
			*cp = c;
			return 1;
		}
		*cp = ((c & 0x0Fu) << 12) | ((s[i + 1] & 0x3Fu) << 6) |
		      (s[i + 2] & 0x3Fu);
		return 3;
	}
	*cp = ((c & 0x07u) << 18) | ((s[i + 1] & 0x3Fu) << 12) |
	      ((s[i + 2] & 0x3Fu) << 6) | (s[i + 3] & 0x3Fu);
	return 4;
}

static inline size_t mwz__tl_enc(char *out, unsigned int cp)
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

/*
 * The list's hash index (namelist.c, made by the generator): open
 * addressing, linear probing, MWZ__NL_SLOTS slots. A slot holds 0 (empty)
 * or the row + 1 of the first row whose key is K or starts with "K ", with
 * flags: K is itself a key; some key is a phrase "K ..." that K starts.
 */
#define MWZ__NL_SLOTS 8192u     /* a power of two, over twice the keys */
#define MWZ__NL_ROW 0x3FFFu     /* row + 1 */
#define MWZ__NL_IS_KEY 0x8000u
#define MWZ__NL_STARTS 0x4000u

/* FNV-1a of a key's bytes, the slot where probing starts. */
static inline unsigned int mwz__tl_slot(const char *key, size_t len)
{
	unsigned int h = 2166136261u;
	size_t i;
	for (i = 0; i < len; i++) {
		h ^= (unsigned char)key[i];
		h *= 16777619u;
	}
	return h & (MWZ__NL_SLOTS - 1);
}

/*
 * Key of s[0..len) into out (room for len + 1 bytes: folding never grows
 * the text): folded letters, white-space runs as one space, trimmed.
 * Returns the key length.
 */
static inline size_t mwz__tl_key(char *out, const char *s, size_t len)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0, n = 0;
	int space = 0;
	while (i < len) {
		unsigned int cp, f;
		i += (size_t)mwz__tl_dec(u, len, i, &cp);
		if (cp == ' ' || cp == '\t' || cp == 0xA0 || cp == '\n' || cp == '\r') {
			space = n > 0;
			continue;
		}
		f = mwz__tl_fold(cp);
		if (!f)
			continue;
		if (space) {
			out[n++] = ' ';
			space = 0;
		}
		n += mwz__tl_enc(out + n, f);
	}
	out[n] = '\0';
	return n;
}

#endif
