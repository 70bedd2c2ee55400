/* lexicon.h - private layout of the bilingual lexicon, shared by lexicon.c and align.c. */
#ifndef MWZ_LEXICON_H
#define MWZ_LEXICON_H
#include "muwazi.h"

struct mwz_lexicon {
	size_t npairs;
	void *pairs;
};

#endif
