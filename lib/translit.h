/* translit.h - private: the embedded name list (namelist.c, generated) as translit.c reads it. */
#ifndef MWZ_TRANSLIT_H
#define MWZ_TRANSLIT_H

#include "muwazi.h"
#include <stddef.h>

/* One row of the list; rows are sorted by key (strcmp), ties in file order. */
struct mwz__nl_entry {
	const char *key;      /* mwz__tl_key() of the Arabic form */
	mwz_name_info_t info;
};

extern const struct mwz__nl_entry mwz__namelist[];
extern const size_t mwz__namelist_len;
/* hash index of the keys and of the first words of phrases (translit_key.h) */
extern const unsigned short mwz__namelist_index[];

#endif
