/* normtab.h - layout of the generated per-code-point tables (normtab.c). */
#ifndef MWZ_NORMTAB_H
#define MWZ_NORMTAB_H

/* One BMP code point. */
typedef struct mwz__nt_rec {
	unsigned char ccc;     /* canonical combining class                  */
	unsigned char info;    /* MWZ__NT_* bits, script class in bits 2-3   */
	unsigned char fold1;   /* 1 + flag bit of its fold, 0 for none       */
	unsigned char fold2;   /* 1 + flag bit of a second fold (always drop)*/
	unsigned short foldto; /* target of fold1; 0 = drop                  */
	unsigned short map[4]; /* pool index: NFC, NFKC, NFC+CF, NFKC+CF     */
} mwz__nt_rec;

#define MWZ__NT_CTX 1u     /* needs the composition path (or mapping does) */
#define MWZ__NT_COMB2ND 2u /* may compose with the preceding character     */
#define MWZ__NT_SCRIPT(info) (((info) >> 2) & 3u) /* 0 none 1 ar 2 latn 3 other */

extern const unsigned short mwz__nt_stage1[1024];
extern const mwz__nt_rec mwz__nt_stage2[];
extern const unsigned int mwz__nt_pool[]; /* [len, cps...] at each index */
extern const unsigned int mwz__nt_astral2nd[];
extern const unsigned int mwz__nt_nastral2nd;

static inline const mwz__nt_rec *mwz__nt_get(unsigned int cp)
{
	return &mwz__nt_stage2[(unsigned int)mwz__nt_stage1[cp >> 6] * 64 + (cp & 63)];
}

#endif
