/* names.h - private: the phonetic form of a name that names.c and gazetteer.c share. */
#ifndef MWZ_NAMES_H
#define MWZ_NAMES_H

#include "muwazi.h"
#include <stddef.h>

/* Limits: longer names are cut (extra words ignored, long words truncated). */
#define MWZ__NM_MAXW 16 /* words of one name                  */
#define MWZ__NM_MAXS 40 /* phonetic symbols of one word       */
#define MWZ__NM_MAXC 64 /* letters of one raw word            */

enum { MWZ__NM_LATIN = 1, MWZ__NM_ARABIC = 2 };

/*
 * One word in the common phonetic alphabet. Symbols are ASCII bytes:
 * consonant classes (b p t T=th j C=ch Z=zh h x=kh d D=dh r z s S=sh
 * G=gh f v q k g l m n w y), Latin vowels a e i o u, Arabic long
 * vowels A W Y, E = word-initial alef, Q = ta marbuta, 3 = ayn,
 * ' = hamza, H = word-final h. pre symbols at the
 * start are an optional article (al-): it may be skipped for free.
 */
typedef struct mwz__nm_word {
	unsigned char sym[MWZ__NM_MAXS];
	unsigned char n, pre, script;
	unsigned char digraph; /* Latin word with th/sh/dh/kh/zh/ch symbols */
	unsigned char initial; /* a single Latin letter: M. for Mohammad    */
	unsigned char suf;     /* optional trailing article: Zia-ul Haq     */
	unsigned short mass_same, mass_cross; /* deletion cost x100, after pre */
} mwz__nm_word;

/* nw first: a parsed name kept for later (mwz_name_t) is allocated for its
 * nw words only, and only w[0, nw) is ever read. */
typedef struct mwz__nm_name {
	int nw;
	mwz__nm_word w[MWZ__NM_MAXW];
} mwz__nm_name;

/* Parse a UTF-8 name into words. 0, or MWZ_EUTF8 with *bad the offset. */
int mwz__nm_parse(mwz__nm_name *out, const char *s, size_t len, size_t *bad);

/*
 * Coarse consonant skeleton of a word (for keys and the index);
 * NUL-terminated. alt 0 is the key; the MWZ__KEY_* bits give the
 * alternative keys that the gazetteer also indexes.
 */
#define MWZ__KEY_PREFIX 1u  /* keep an optional article (al-) */
#define MWZ__KEY_V_AS_F 2u  /* v as f, not as w (Persian vs European v) */
#define MWZ__KEY_Z_AS_S 4u  /* z as s, not as dh */
size_t mwz__nm_word_key(char *out, size_t cap, const mwz__nm_word *w, unsigned int alt);

/* Score two parsed names with m's scratch; with min > 0, any score under min
 * once the names cannot reach it (mwz_name_similarity_min). */
double mwz__nm_compare(mwz_matcher_t *m, const mwz__nm_name *a,
                       const mwz__nm_name *b, double min);

/* The matcher's parse buffers, for callers holding a matcher. */
mwz__nm_name *mwz__nm_slot(mwz_matcher_t *m, int which);

#endif
