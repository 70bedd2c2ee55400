/* align_feat.h - private: what the aligner knows of each sentence (features.c, align.c). */
#ifndef MWZ_ALIGN_FEAT_H
#define MWZ_ALIGN_FEAT_H
#include "muwazi.h"
#include <stddef.h>
#include <stdint.h>

/*
 * Concepts: 32-bit ids a word can match on the other side. The top four
 * bits say what kind: a lexicon English stem, a literal Latin word, a
 * shared prefix (cognates), a consonant skeleton (names across scripts), a
 * number, a punctuation mark.
 */
#define MWZ__C_EN    (1u << 28)
#define MWZ__C_LIT   (2u << 28)
#define MWZ__C_PRE   (3u << 28)
#define MWZ__C_SKEL  (4u << 28)
#define MWZ__C_NUM   (5u << 28)
#define MWZ__C_PUNCT (6u << 28)
#define MWZ__C_ARLIT (7u << 28)
#define MWZ__C_LEARN (8u << 28)
#define MWZ__C_MASK  0x0FFFFFFFu

/* Words of a sentence a coverage mask tells apart; more share the last bit. */
#define MWZ__BITS 32
typedef uint32_t mwz__mask;

/* One side of the alignment, after feature extraction. */
typedef struct mwz__side {
	size_t n;
	double *len;         /* per sentence: non-space code points            */
	double marks;        /* of those, in all: harakat, tatweel (Arabic)    */
	/* Per sentence: its content words as (type, bit); a bit is one of the
	 * sentence's words (MWZ__BITS at most; more share the last). */
	uint32_t *tok_type;
	unsigned char *tok_bit;
	size_t *tok_off;     /* n + 1 */
	/* Per sentence: weights of its bits, at bit_off[i] .. bit_off[i + 1]. */
	float *bitw;
	size_t *bit_off;     /* n + 1 */
	double *wsum;        /* total weight of the coverable words            */
	unsigned short *nunc;/* content words no sentence of the other side has */
	/* Word types: the concepts each can match, at cpt_off[k] .. [k + 1]. */
	size_t ntypes;
	uint32_t *cpt;
	size_t *cpt_off;     /* ntypes + 1 */
	double avg_cpt;      /* concepts per sentence, on average              */
	double cover_rate;   /* share of content words the other side can match */
	unsigned char *para; /* paragraph starts (copied), or NULL            */
	int lang;            /* resolved MWZ_LANG_*                            */
	int latin;           /* written in Latin script                         */
	int lexicon_used;    /* Arabic/English with a lexicon                  */
	int pair_lexicon;    /* two other languages with a lexicon of theirs   */
} mwz__side;

/* Work kept between feature extraction and learning. */
typedef struct mwz__feat mwz__feat;

/*
 * Extract features of both sides. Languages MWZ_LANG_AUTO are resolved by
 * script (Arabic script -> AR; Latin -> EN when the other side is Arabic,
 * else OTHER). Returns 0 or MWZ_ENOMEM; *f is freed with mwz__features_end.
 */
int mwz__features_begin(mwz__feat **f, mwz__side *src, mwz__side *tgt,
                        const char *const *s, const size_t *sl, size_t ns,
                        const char *const *t, const size_t *tl, size_t nt,
                        const mwz_align_options_t *opts);
/*
 * Learn word pairs from np aligned sentence pairs (ps[k], pt[k]) and
 * redo the sides' features with them. *nlearned: pairs learnt.
 */
int mwz__features_learn(mwz__feat *f, mwz__side *src, mwz__side *tgt,
                        const size_t *ps, const size_t *pt, size_t np,
                        size_t *nlearned);
void mwz__features_end(mwz__feat *f);
void mwz__side_free(mwz__side *s);

#endif
