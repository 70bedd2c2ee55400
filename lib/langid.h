/* langid.h - private: the languages muwazi knows beside Arabic, their function words, and a guess of a text's language (langid.c). */
#ifndef MWZ_LANGID_H
#define MWZ_LANGID_H
#include <stddef.h>

/* A language of the table: codes and Snowball stemmer. */
typedef struct mwz__langinfo {
	const char *iso1;     /* "de" */
	const char *iso3;     /* "deu" (FreeDict's file names) */
	const char *snowball; /* "german" (sb_stemmer_new) */
} mwz__langinfo;

/* Entry of the table for an ISO 639-1 or 639-3 code or a BCP 47 tag
 * starting with one ("de", "deu", "de-CH"; case-insensitive), or NULL.
 * The table: en eng english, de deu german, fr fra french, es spa spanish,
 * it ita italian, nl nld dutch, pt por portuguese. */
const mwz__langinfo *mwz__lang_find(const char *code);

/* Is w[0..len) (folded: lower case, marks dropped, ß -> ss, as
 * mwz__fold_word gives) a function word of the language? 0 for NULL lang. */
int mwz__lang_stopword(const mwz__langinfo *lang, const char *w, size_t len);

#endif
