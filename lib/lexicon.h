/* lexicon.h - private: string tables, word folding and stemming, lexicon layout (lexicon.c, align.c, features.c). */
#ifndef MWZ_LEXICON_H
#define MWZ_LEXICON_H
#include "muwazi.h"
#include <stddef.h>
#include <stdint.h>
#include "utf8.h"
#include "langid.h"

/* Interned strings: id <-> bytes, open addressing on a power-of-two table. */
typedef struct mwz__strtab {
	char *arena;
	size_t alen, acap;
	uint32_t *off, *len, *hash; /* per id */
	size_t n, ncap;
	uint32_t *slot; /* pairs (id + 1, hash); id 0 = empty */
	size_t nslot;
} mwz__strtab;

uint32_t mwz__hash(const char *s, size_t len);
/* Id of s, adding it if new; *id set. 0 or MWZ_ENOMEM. */
int mwz__strtab_intern(mwz__strtab *t, const char *s, size_t len, uint32_t *id);
/* Id of s, or -1 if absent. */
long mwz__strtab_find(const mwz__strtab *t, const char *s, size_t len);
void mwz__strtab_free(mwz__strtab *t);

/* Snowball stemmers and scratch; one per thread. For the languages of a
 * pair lexicon (mwz__stemmer_init_lx), ar stems its side A and en its side B. */
typedef struct mwz__stemmer {
	struct sb_stemmer *ar, *en;
	int pair; /* ar and en are the stemmers of a pair lexicon's languages */
	char buf[256];
} mwz__stemmer;

int mwz__stemmer_init(mwz__stemmer *st);
/* The stemmers lx needs: Arabic and English, or its pair's two. */
int mwz__stemmer_init_lx(mwz__stemmer *st, const mwz_lexicon_t *lx);
void mwz__stemmer_fini(mwz__stemmer *st);

/* Word classes of a code point. */
/* Letters of the Arabic / Latin scripts (inline: called for every character). */
static inline int mwz__is_arabic_letter(unsigned int cp)
{
	return (cp >= 0x0620 && cp <= 0x065F) || cp == 0x066E || cp == 0x066F ||
	       (cp >= 0x0670 && cp <= 0x06D3) || cp == 0x06D5 ||
	       (cp >= 0x06FA && cp <= 0x06FC) || (cp >= 0xFB50 && cp <= 0xFDFF) ||
	       (cp >= 0xFE70 && cp <= 0xFEFC);
}

static inline int mwz__is_latin_letter(unsigned int cp)
{
	return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') ||
	       (cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7) ||
	       (cp >= 0x1E00 && cp <= 0x1EFF);
}

/* Invisible characters that join rather than part a word's letters: soft
 * hyphen, ZWNJ, ZWJ, LRM, RLM, word joiner, zero-width no-break space.
 * A word is read through them and folded without them. */
static inline int mwz__is_word_joiner(unsigned int cp)
{
	return cp == 0x00AD || (cp >= 0x200C && cp <= 0x200F) || cp == 0x2060 ||
	       cp == 0xFEFF;
}

/* mwz__utf8_decode with the one- and two-byte cases (ASCII, Arabic) inline,
 * for the loops that decode every byte of a text or of FreeDict. Same results. */
static inline int mwz__dec_cp(const unsigned char *s, size_t len, size_t i,
                              unsigned int *cp)
{
	unsigned int c = s[i];
	if (c < 0x80) {
		*cp = c;
		return 1;
	}
	if (c >= 0xC2 && c < 0xE0) {
		if (i + 1 >= len || (s[i + 1] & 0xC0) != 0x80)
			return -1;
		*cp = ((c & 0x1Fu) << 6) | (s[i + 1] & 0x3Fu);
		return 2;
	}
	return mwz__utf8_decode(s, len, i, cp);
}
/* Arabic-Indic, extended Arabic-Indic and ASCII digits: value 0-9, or -1. */
int mwz__digit_value(unsigned int cp);

/*
 * Fold a word for comparison. Arabic: tashkeel and tatweel dropped, alef,
 * yeh, teh marbuta and hamza carriers unified. Latin: lower case, marks
 * dropped (é→e, ß→ss). out has room for 2 * len + 4 bytes. Returns length.
 */
size_t mwz__fold_word(char *out, const char *w, size_t len);

/*
 * Stem a folded word (Arabic or English), writing into out (cap bytes).
 * Returns the stem length (0 if none). Arabic: Snowball "arabic" after
 * folding; English: Snowball "english" after lowercasing. With a pair's
 * stemmers (st->pair), mwz__stem_ar stems side A's words and
 * mwz__stem_en side B's, both folded.
 */
size_t mwz__stem_ar(mwz__stemmer *st, const char *w, size_t len, char *out, size_t cap);
size_t mwz__stem_en(mwz__stemmer *st, const char *w, size_t len, char *out, size_t cap);

/*
 * Clitic variants of a folded Arabic word: the word itself, without a
 * leading و/ف, without ال/بال/كال/لل/وال, without the future س. Up to 4,
 * written as (start offset, length) pairs into the word. Returns the count.
 */
int mwz__ar_variants(const char *w, size_t len, size_t *start, size_t *vlen);

/* Is w[0..len) one of the n words of list (sorted bytewise, as strcmp)? */
int mwz__in_list(const char *const *list, size_t n, const char *w, size_t len);

/* Function words, which the lexicon and the signals skip (folded input). */
int mwz__en_stopword(const char *w, size_t len);
int mwz__ar_stopword(const char *w, size_t len);

/* Lexicon layout: stems of both sides, and for each Arabic stem the English
 * stems. A pair lexicon (mwz_lexicon_load_freedict_pair) holds two other
 * languages: side A's stems where Arabic ones go, side B's for English. */
typedef struct mwz__lexnode {
	uint32_t en, next; /* next: node index + 1, 0 = end */
} mwz__lexnode;

struct mwz_lexicon {
	mwz__strtab ar, en;
	uint32_t *head; /* per Arabic id: first node + 1 */
	size_t headcap;
	mwz__lexnode *node;
	size_t nnode, nodecap;
	const mwz__langinfo *lang[2]; /* pair lexicon: sides A, B; NULL: Arabic/English */
};

/* Append the pair of stem ids (a pair equal to the Arabic stem's last is skipped). */
int mwz__lexicon_add_ids(mwz_lexicon_t *lx, uint32_t a, uint32_t e);
/* The Arabic stem id of every pair, in the order the pairs were added
 * (malloc'd, nnode entries; NULL when out of memory). Replaying (owner[k],
 * node[k].en) into an empty lexicon rebuilds lx id for id. */
uint32_t *mwz__lexicon_owners(const mwz_lexicon_t *lx);
/* Empty lx, as mwz_lexicon_create leaves it. */
void mwz__lexicon_clear(mwz_lexicon_t *lx);

/* Add the pair of stems (already stemmed); duplicates ignored. */
int mwz__lexicon_add_stems(mwz_lexicon_t *lx, const char *ar, size_t arlen,
                           const char *en, size_t enlen);

#endif
