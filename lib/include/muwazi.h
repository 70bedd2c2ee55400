/*
 * muwazi.h - the whole public contract of libmuwazi.
 *
 * libmuwazi aligns the sentences of an Arabic article with those of its
 * English translation and matches Arabic names across spellings and scripts.
 * This header is C89-clean, compiles alone, and names no type of ICU,
 * utf8proc or HarfBuzz: those are implementation details, not ABI.
 *
 * Conventions (see README.md):
 *  - every symbol is mwz_* / MWZ_*; functions are mwz_<object>_<verb>;
 *  - functions return int status: 0 (MWZ_OK) or a negative MWZ_E* code,
 *    turned into text by mwz_strerror();
 *  - output parameters come first; what the library allocates for the
 *    caller is released with the matching mwz_*_free()/_destroy();
 *  - text is UTF-8 with an explicit byte length; the library keeps no
 *    pointer to caller memory after returning unless documented;
 *  - settings objects (gazetteer, lexicon) are immutable once
 *    built and safe to share between threads; work objects (mwz_norm_t,
 *    mwz_matcher_t, mwz_segmenter_t) belong to one thread at a time;
 *  - destroy(NULL) is harmless; the library never prints, exits or aborts.
 */
#ifndef MUWAZI_H
#define MUWAZI_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(_WIN32) && defined(MWZ_BUILDING)
#  define MWZ_API __declspec(dllexport)
#elif defined(__GNUC__) && __GNUC__ >= 4
#  define MWZ_API __attribute__((visibility("default")))
#else
#  define MWZ_API
#endif

/* ------------------------------------------------------------------ */
/* Version                                                            */
/* ------------------------------------------------------------------ */

#define MWZ_VERSION_MAJOR 0
#define MWZ_VERSION_MINOR 1
#define MWZ_VERSION_MICRO 0
#define MWZ_VERSION_STRING "0.1.0"
#define MWZ_VERSION_NUMBER \
	(MWZ_VERSION_MAJOR * 10000 + MWZ_VERSION_MINOR * 100 + MWZ_VERSION_MICRO)

/* Runtime version of the library actually linked, as MWZ_VERSION_NUMBER. */
MWZ_API int mwz_version(void);
/* Runtime version string, e.g. "0.1.0". */
MWZ_API const char *mwz_version_string(void);

/* Components whose versions mwz_dep_version() reports. */
enum mwz_dep {
	MWZ_DEP_ICU = 0,      /* ICU library version, e.g. "72.1"      */
	MWZ_DEP_UNICODE = 1,  /* Unicode version of ICU's data          */
	MWZ_DEP_UTF8PROC = 2, /* utf8proc library version               */
	MWZ_DEP_UTF8PROC_UNICODE = 3, /* Unicode version of utf8proc    */
	MWZ_DEP_HARFBUZZ = 4, /* HarfBuzz version                       */
	MWZ_DEP_STEMMER = 5   /* Snowball libstemmer ("snowball libstemmer":
	                         it has no version call)                */
};
/* Version string of a dependency in use; "" for an unknown one. Static. */
MWZ_API const char *mwz_dep_version(int which);

/* ------------------------------------------------------------------ */
/* Errors                                                             */
/* ------------------------------------------------------------------ */

enum mwz_status {
	MWZ_OK = 0,
	MWZ_ENOMEM = -1,       /* out of memory                          */
	MWZ_EINVAL = -2,       /* bad argument or bad flag combination   */
	MWZ_EUTF8 = -3,        /* invalid UTF-8 (offset in error detail) */
	MWZ_EIO = -4,          /* a file could not be read or written    */
	MWZ_EFORMAT = -5,      /* malformed data file (line in detail)   */
	MWZ_ENOTFOUND = -6,    /* a resource is missing                  */
	MWZ_EUNSUPPORTED = -7, /* not available in this build            */
	MWZ_ERANGE = -8,       /* a size or count out of range           */
	MWZ_EINTERNAL = -9     /* a dependency (ICU...) failed           */
};

/* Fixed English text for a status code; never NULL. */
MWZ_API const char *mwz_strerror(int status);

/*
 * Details of a failure, for calls that take a mwz_error_t *err (may be NULL).
 * Plain struct owned by the caller; the library fills it on failure.
 */
typedef struct mwz_error {
	int code;            /* the MWZ_E* code returned                  */
	size_t line;         /* 1-based line in a data file, 0 if n/a     */
	size_t offset;       /* byte offset into the input, if relevant
	                        (0-based; a message counts bytes from 1)  */
	char message[256];   /* human-readable detail, NUL-terminated     */
} mwz_error_t;

/* Release memory the library allocated for the caller (char *, arrays). */
MWZ_API void mwz_free(void *p);

/* ------------------------------------------------------------------ */
/* Normalisation (normalize.c)                                        */
/* ------------------------------------------------------------------ */

/*
 * Folds, as 1<<n flags; combine freely or use a profile. Characters a flag
 * drops are dropped before composition; the other folds apply to the
 * composed (NFC/NFKC, case-folded) text. MWZ_NORM_CASE composes (NFC) too.
 * Under MWZ_NORM_SPACE a newline is white space like any other.
 */
#define MWZ_NORM_NFC          (1u << 0)  /* canonical composition            */
#define MWZ_NORM_NFKC         (1u << 1)  /* compatibility (presentation forms) */
#define MWZ_NORM_STRIP_CTRL   (1u << 2)  /* drop BOMs, C0/C1 but tab/newline */
#define MWZ_NORM_CASE         (1u << 3)  /* Latin (Unicode) case folding     */
#define MWZ_NORM_LATIN_MARKS  (1u << 4)  /* ā→a ṣ→s é→e ḥ→h                  */
#define MWZ_NORM_TASHKEEL     (1u << 5)  /* drop U+064B-065F, U+0670, Quranic marks */
#define MWZ_NORM_TATWEEL      (1u << 6)  /* drop U+0640                      */
#define MWZ_NORM_ALEF         (1u << 7)  /* أ إ آ ٱ (and ٲ ٳ ٵ) → ا             */
#define MWZ_NORM_YEH          (1u << 8)  /* ى → ي                            */
#define MWZ_NORM_TEH_MARBUTA  (1u << 9)  /* ة → ه                            */
#define MWZ_NORM_HAMZA        (1u << 10) /* ؤ → و, ئ → ي                      */
#define MWZ_NORM_PERSIAN      (1u << 11) /* ک→ك ی ې ۍ ے→ي ە ھ ہ ۀ→ه; پ چ ژ گ kept */
#define MWZ_NORM_DIGITS       (1u << 12) /* Arabic-Indic digits → 0-9, ٫ ٬ ٪ */
#define MWZ_NORM_BIDI         (1u << 13) /* drop bidi, zero-width, soft hyphen */
#define MWZ_NORM_APOSTROPHE   (1u << 14) /* ’ ‘ ʿ ʾ ʼ ` ´ ′ → '              */
#define MWZ_NORM_DASH         (1u << 15) /* dash-like marks → -              */
#define MWZ_NORM_QUOTE        (1u << 16) /* “ ” « » „ → "                     */
#define MWZ_NORM_SPACE        (1u << 17) /* white-space runs → one space, trimmed */
#define MWZ_NORM_LOSSY        (1u << 24) /* bad UTF-8 → U+FFFD per maximal bad
                                            subpart, not an error            */

/* Visible text unchanged, only corruption removed. */
#define MWZ_PROFILE_DISPLAY (MWZ_NORM_NFC | MWZ_NORM_STRIP_CTRL)
/* Everything folded for comparison. */
#define MWZ_PROFILE_MATCH \
	(MWZ_NORM_NFKC | MWZ_NORM_STRIP_CTRL | MWZ_NORM_CASE | \
	 MWZ_NORM_LATIN_MARKS | MWZ_NORM_TASHKEEL | MWZ_NORM_TATWEEL | \
	 MWZ_NORM_ALEF | MWZ_NORM_YEH | MWZ_NORM_TEH_MARBUTA | MWZ_NORM_HAMZA | \
	 MWZ_NORM_PERSIAN | MWZ_NORM_DIGITS | MWZ_NORM_BIDI | \
	 MWZ_NORM_APOSTROPHE | MWZ_NORM_DASH | MWZ_NORM_QUOTE | MWZ_NORM_SPACE)

/* Work object: scratch space and error details for one thread. Cheap to
 * create; reuse one for many strings (it learns the characters it meets). */
typedef struct mwz_norm mwz_norm_t;

/* MWZ_EINVAL for a flag this version does not know. */
MWZ_API int mwz_norm_create(mwz_norm_t **out, unsigned int flags);
MWZ_API void mwz_norm_destroy(mwz_norm_t *n);

/*
 * Normalise in[0..len). On success *out points at the NUL-terminated
 * result (*outlen bytes) and, if offsets is not NULL, *offsets at an array
 * of *outlen + 1 entries: offsets[i] is the input byte that output byte i
 * came from (offsets[*outlen] == len): the first byte of its input
 * character; a composed run maps to the run's first byte, a folded space to
 * the first white space of its run. Both stay owned by n and valid until
 * the next call on n (so in must not point into them). On invalid UTF-8
 * (without MWZ_NORM_LOSSY) returns MWZ_EUTF8 and mwz_norm_error_offset()
 * gives the first bad byte.
 */
MWZ_API int mwz_norm_run(const char **out, size_t *outlen,
                         const size_t **offsets, mwz_norm_t *n,
                         const char *in, size_t len);
MWZ_API size_t mwz_norm_error_offset(const mwz_norm_t *n);
MWZ_API const char *mwz_norm_errmsg(const mwz_norm_t *n);

/*
 * One-shot form: *out is allocated (free with mwz_free), *offsets too if
 * not NULL. err may be NULL.
 */
MWZ_API int mwz_normalize(char **out, size_t *outlen, size_t **offsets,
                          const char *in, size_t len, unsigned int flags,
                          mwz_error_t *err);

/*
 * Check that in[0..len) is valid UTF-8 (no overlongs, surrogates or
 * truncation). Returns MWZ_OK or MWZ_EUTF8 with *bad_offset set.
 */
MWZ_API int mwz_utf8_validate(const char *in, size_t len, size_t *bad_offset);

enum mwz_script {
	MWZ_SCRIPT_NONE = 0,   /* no letters at all              */
	MWZ_SCRIPT_ARABIC = 1,
	MWZ_SCRIPT_LATIN = 2,
	MWZ_SCRIPT_MIXED = 3,  /* both Arabic and Latin letters  */
	MWZ_SCRIPT_OTHER = 4   /* letters, but neither of those  */
};
/*
 * Dominant script of a string's letters: MIXED when it has both Arabic and
 * Latin letters and the fewer of the two are at least a fifth of them (an
 * acronym in an Arabic article stays ARABIC); OTHER when other scripts'
 * letters outnumber Arabic and Latin together. Invalid bytes are skipped.
 */
MWZ_API int mwz_script_detect(const char *s, size_t len);
/* "none", "arabic", "latin", "mixed", "other"; "unknown" for other values. */
MWZ_API const char *mwz_script_name(int script);

/* ------------------------------------------------------------------ */
/* Names (names.c, translit.c, gazetteer.c)                           */
/* ------------------------------------------------------------------ */

/* --- Names: matching, keys and the gazetteer (names.c, gazetteer.c) --- */

/* Work object: scratch space for name comparison; one thread at a time. */
typedef struct mwz_matcher mwz_matcher_t;

MWZ_API int mwz_matcher_create(mwz_matcher_t **out);
MWZ_API void mwz_matcher_destroy(mwz_matcher_t *m);

/*
 * Similarity of two names in any scripts (Arabic/Latin, Latin/Latin,
 * Arabic/Arabic), in [0, 1]; multi-word names are matched word by word.
 * Both names are mapped to a common phonetic alphabet (articles, ayn and
 * hamza marks, shadda, long vowels, Abd al-/Abu/bin/-allah/-uddin
 * compounds, titles, Persian and Pashto letters handled) and compared with
 * a weighted edit distance; a word missing on one side costs less than a
 * word that disagrees, and a changed word order costs a little. 0.80 is a
 * good same/different threshold (the default of `muwazi match`). Names
 * longer than 16 words or words longer than 40 sounds are cut. Invalid
 * UTF-8 gives MWZ_EUTF8. Allocates nothing, except for names with
 * presentation forms, ligatures or other rare letters, which first go
 * through NFKC (mwz_normalize).
 */
MWZ_API int mwz_name_similarity(double *score, mwz_matcher_t *m,
                                const char *a, size_t alen,
                                const char *b, size_t blen);

/*
 * mwz_name_similarity for a caller that only needs to know whether the
 * score reaches min: the same score when it is min or more; when it is less,
 * some value under min, found sooner (the word-by-word comparison stops once
 * the name can no longer reach min): a bound, not the score, and often
 * above it. For grouping or deduplicating many
 * names against a threshold. Comparing one name against many in a row
 * parses it once, as mwz_name_similarity does.
 */
MWZ_API int mwz_name_similarity_min(double *score, mwz_matcher_t *m,
                                    const char *a, size_t alen,
                                    const char *b, size_t blen, double min);

/*
 * A name parsed once, for comparing it with many (grouping or deduplicating
 * a list of names): mwz_name_similarity_parsed gives the score that
 * mwz_name_similarity_min gives for the two texts (min <= 0: the exact
 * score, as mwz_name_similarity), without parsing them again. *out is
 * allocated (mwz_name_free); invalid UTF-8 gives MWZ_EUTF8.
 */
typedef struct mwz_name mwz_name_t;
MWZ_API int mwz_name_parse(mwz_name_t **out, const char *name, size_t len);
MWZ_API void mwz_name_free(mwz_name_t *name);
MWZ_API int mwz_name_similarity_parsed(double *score, mwz_matcher_t *m,
                                       const mwz_name_t *a, const mwz_name_t *b,
                                       double min);

/*
 * Cross-script key of a name: spellings of one name tend to share a key.
 * One coarse consonant skeleton per word, space-separated (Gaddafi,
 * Qadhafi and القذافي all give "KDF"). *out is allocated (free with
 * mwz_free).
 */
MWZ_API int mwz_name_key(char **out, size_t *outlen, mwz_matcher_t *m,
                         const char *name, size_t len);

/*
 * Gazetteer: a list of names, each with a canonical (house) spelling, an
 * Arabic form and known variants, indexed by cross-script keys so that a
 * lookup scores only the entries that share a key with the query, not all.
 * Immutable once built: safe to share between threads (each thread brings
 * its own mwz_matcher_t). Reference-counted.
 *
 * Text format (UTF-8), one entry a line:
 *     canonical<TAB>Arabic form[<TAB>variant|variant|...]
 * '#' starts a comment (to the end of the line); blank lines are skipped;
 * spaces around fields are trimmed; the Arabic form may be empty. A line
 * with one field or more than three, an empty canonical spelling, or
 * invalid UTF-8 fails the load with MWZ_EFORMAT / MWZ_EUTF8 and err->line.
 */
typedef struct mwz_gazetteer mwz_gazetteer_t;

MWZ_API int mwz_gazetteer_load(mwz_gazetteer_t **out, const char *path,
                               mwz_error_t *err);
/* Same from memory; data is copied, not kept. */
MWZ_API int mwz_gazetteer_load_mem(mwz_gazetteer_t **out, const char *data,
                                   size_t len, mwz_error_t *err);
/* Take another reference (returns g); destroy drops one. */
MWZ_API mwz_gazetteer_t *mwz_gazetteer_reference(mwz_gazetteer_t *g);
MWZ_API void mwz_gazetteer_destroy(mwz_gazetteer_t *g);

/* Entries, in file order; strings owned by g, NUL-terminated. */
MWZ_API size_t mwz_gazetteer_count(const mwz_gazetteer_t *g);
MWZ_API const char *mwz_gazetteer_canonical(const mwz_gazetteer_t *g, size_t i);
MWZ_API const char *mwz_gazetteer_arabic(const mwz_gazetteer_t *g, size_t i);
MWZ_API size_t mwz_gazetteer_variant_count(const mwz_gazetteer_t *g, size_t i);
MWZ_API const char *mwz_gazetteer_variant(const mwz_gazetteer_t *g, size_t i,
                                          size_t k);

#define MWZ_GAZ_FORM_CANONICAL (-2)
#define MWZ_GAZ_FORM_ARABIC (-1)
typedef struct mwz_gazetteer_hit {
	size_t entry;  /* index of the entry                              */
	double score;  /* mwz_name_similarity to its best-matching form    */
	int form;      /* that form: MWZ_GAZ_FORM_* or a variant index >= 0 */
	int exact;     /* nonzero if the query is that form, byte for byte */
} mwz_gazetteer_hit_t;

/*
 * Look a name up (any script): the best entries with score >= min_score,
 * best first, at most max (0 = no limit). *hits is allocated (free with
 * mwz_free; NULL when *nhits is 0). m is the caller's scratch.
 */
MWZ_API int mwz_gazetteer_lookup(mwz_gazetteer_hit_t **hits, size_t *nhits,
                                 const mwz_gazetteer_t *g, mwz_matcher_t *m,
                                 const char *name, size_t len, size_t max,
                                 double min_score);





/* --- Names: romanisation of Arabic (translit.c) --- */

enum mwz_scheme {
	MWZ_SCHEME_BUCKWALTER = 0, /* exact and reversible                  */
	MWZ_SCHEME_NEWS = 1,       /* as an English-language newsroom prints */
	MWZ_SCHEME_NEWS_RULES = 2  /* news rules alone, without the name list:
	                              how an unlisted name comes out        */
};

/* Romanise Arabic text; *out is allocated (free with mwz_free). */
MWZ_API int mwz_translit(char **out, size_t *outlen, const char *in,
                         size_t len, int scheme, mwz_error_t *err);

/*
 * news: each word is looked up in an embedded list of some thousands of
 * Arab (and Afghan, Iranian, Pakistani) given names, family names, places
 * and organisations; other words follow rules (article "al-", never
 * assimilated; ta marbuta "a"; ibn/bin "bin"; abu "Abu"; abd al-X
 * "Abdul-X"; X-allah fused). Vocalised words (short-vowel marks) are read
 * from their marks. Each name word is capitalised; spaces and punctuation
 * are kept (Arabic comma, semicolon, question mark and digits become
 * ASCII). buckwalter: the standard one-to-one table (with P J V G for
 * Persian pe, che, ve, gaf); characters outside it pass through. Invalid
 * UTF-8 gives MWZ_EUTF8 with err->offset the first bad byte.
 */

/*
 * Reverse of a reversible scheme (MWZ_SCHEME_BUCKWALTER only; the news
 * schemes give MWZ_EUNSUPPORTED, an unknown scheme MWZ_EINVAL): Buckwalter ASCII back to Arabic, other characters
 * passed through. mwz_untranslit(mwz_translit(s)) == s for any text with
 * no ASCII letters nor any of ' | > & < } * $ ~ ` { _ (*out: mwz_free).
 */
MWZ_API int mwz_untranslit(char **out, size_t *outlen, const char *in,
                           size_t len, int scheme, mwz_error_t *err);

/* What an entry of the embedded name list names. */
enum mwz_name_type {
	MWZ_NAME_GIVEN = 1,  /* given name (male or female)      */
	MWZ_NAME_FAMILY = 2, /* family, tribe or nisba name      */
	MWZ_NAME_PLACE = 3,  /* country, region, city, town      */
	MWZ_NAME_ORG = 4,    /* party, group, armed force        */
	MWZ_NAME_WORD = 5    /* particle, title or common word   */
};

/* One entry of the embedded name list: static, never freed. */
typedef struct mwz_name_info {
	const char *arabic;   /* Arabic form, unvocalised (may be several words) */
	const char *latin;    /* news spelling, e.g. "al-Sadr", "Hasakeh"         */
	const char *variants; /* other common spellings, |-separated, or ""       */
	int type;             /* MWZ_NAME_*                                       */
} mwz_name_info_t;

/*
 * Look an Arabic name (one or more words, vocalised or not, with any
 * hamza/alef/yeh/ta-marbuta/Persian letter forms) up in the embedded list.
 * On success *first is the index of the first matching entry and *count
 * (>= 1) how many entries share that form (the first is the preferred
 * spelling); MWZ_ENOTFOUND if none. Thread-safe; allocates only for a name
 * of 256 bytes or more (then MWZ_ENOMEM if that fails).
 */
MWZ_API int mwz_namelist_lookup(size_t *first, size_t *count,
                                const char *arabic, size_t len);
/* Number of entries in the embedded list. */
MWZ_API size_t mwz_namelist_size(void);
/* Entry i (0 <= i < mwz_namelist_size()), or NULL. */
MWZ_API const mwz_name_info_t *mwz_namelist_entry(size_t i);


/* ------------------------------------------------------------------ */
/* Sentence segmentation (segment.c)                                  */
/* ------------------------------------------------------------------ */

/* Languages, for segmentation and alignment. */
enum mwz_lang {
	MWZ_LANG_AUTO = 0,  /* detect from the script of the text */
	MWZ_LANG_AR = 1,
	MWZ_LANG_EN = 2,
	MWZ_LANG_OTHER = 3  /* another language in Latin or other script */
};

/*
 * Guess the language of text[0..len) (UTF-8): "ar" when Arabic letters are
 * the majority; else, from its function words, one of "en", "de", "fr",
 * "es", "it", "nl", "pt"; NULL when it is none of these, too short to tell
 * (a few words) or unclear. The string is static.
 */
MWZ_API const char *mwz_language_guess(const char *text, size_t len);

/* A sentence: bytes [start, start + len) of the text, trimmed of space. */
typedef struct mwz_sentence {
	size_t start;
	size_t len;
	unsigned int flags; /* MWZ_SENT_* */
} mwz_sentence_t;
#define MWZ_SENT_PARA_START (1u << 0) /* first sentence of a paragraph */

/* Work object holding the break iterators of one language; one thread at a time. */
typedef struct mwz_segmenter mwz_segmenter_t;

/* lang is a MWZ_LANG_*; MWZ_LANG_OTHER shares the rules of English (ICU's
 * plus case, quotes, abbreviations). MWZ_EINVAL for an unknown lang. */
MWZ_API int mwz_segmenter_create(mwz_segmenter_t **out, int lang,
                                 mwz_error_t *err);
MWZ_API void mwz_segmenter_destroy(mwz_segmenter_t *s);
/*
 * Split text[0..len) (valid UTF-8) into sentences. *out is allocated
 * (free with mwz_free) and holds *n sentences, in order; no text gives
 * *n == 0 and *out NULL. Sentences are trimmed of white space and cover
 * every other character of the text exactly once (a sentence may hold line
 * breaks read as spaces). A blank line is always a boundary and the next
 * sentence gets MWZ_SENT_PARA_START (so does the first one). A single line
 * break is a boundary after a line without a final stop that is not
 * wrapped text (a headline), and before a line that opens a list item (a
 * bullet, or "- " / "* " in text that is not wrapped) unless the line before
 * ends in a stop; otherwise it reads as a space. A headline run
 * into the first sentence without a line break is cut off when the lead
 * restates it. With MWZ_LANG_AUTO each paragraph gets the rules of its
 * dominant script. Invalid UTF-8 gives MWZ_EUTF8 with err->offset (byte)
 * and err->line (1-based) of the first bad byte.
 */
MWZ_API int mwz_segmenter_split(mwz_sentence_t **out, size_t *n,
                                mwz_segmenter_t *s, const char *text,
                                size_t len, mwz_error_t *err);
/*
 * Whether the texts split next start a document (doc_start 1, the default:
 * their first paragraph may carry a headline run into its first sentence)
 * or are later parts of one split piece by piece (0: no headline is looked
 * for). A reader that splits a long file a paragraph at a time sets 0 after
 * the first part, and 1 again before the next document.
 */
MWZ_API void mwz_segmenter_set_doc_start(mwz_segmenter_t *s, int doc_start);


/* ------------------------------------------------------------------ */
/* Alignment (align.c, lexicon.c)                                     */
/* ------------------------------------------------------------------ */

/* Bilingual lexicon (FreeDict, glossaries); immutable once passed to mwz_align. */
typedef struct mwz_lexicon mwz_lexicon_t;

/*
 * Lexicon calls. A lexicon holds Arabic/English word pairs (FreeDict,
 * glossaries), indexed by normalised, clitic-stripped Snowball stems. Build
 * it with the calls below, then treat it as immutable: one lexicon may be
 * shared by any number of threads calling mwz_align.
 */
MWZ_API int mwz_lexicon_create(mwz_lexicon_t **out);
MWZ_API void mwz_lexicon_destroy(mwz_lexicon_t *lx);
/*
 * Add FreeDict's ara-eng and eng-ara dictionaries (dictd .index/.dict.dz,
 * read in place) from dictdir, or from /usr/share/dictd if dictdir is NULL.
 * MWZ_ENOTFOUND if neither dictionary is there. With two processors or
 * more the call reads them on two threads (joined before it returns; the
 * lexicon is the same either way). Build a lexicon once and share it.
 */
MWZ_API int mwz_lexicon_load_freedict(mwz_lexicon_t *lx, const char *dictdir,
                                      mwz_error_t *err);
/*
 * Make lx a lexicon of two other languages (ISO 639-1 or 639-3 codes of
 * the table of mwz_language_guess but "ar": "de" and "fr") and add
 * FreeDict's dictionaries between them from dictdir (NULL:
 * /usr/share/dictd): freedict-deu-fra and freedict-fra-deu, whichever
 * are there. lx must be empty or hold the same pair. mwz_align tells which
 * of its texts is in which language; function words are left out.
 * Glossaries then hold "a<TAB>b" lines, a word of lang_a first.
 * MWZ_ENOTFOUND if neither dictionary is there (lx unchanged), MWZ_EINVAL
 * for an unknown code or a lexicon of other languages.
 */
MWZ_API int mwz_lexicon_load_freedict_pair(mwz_lexicon_t *lx, const char *dictdir,
                                           const char *lang_a, const char *lang_b,
                                           mwz_error_t *err);
/*
 * As mwz_lexicon_load_freedict, through a cache file (for programs that
 * start often: the command, a PHP request). When cache_path holds what
 * this build of the library made of the same dictionary files (same sizes
 * and modification times; same libstemmer and utf8proc), the lexicon is
 * read from it, several times faster; otherwise FreeDict is read and the
 * cache written (a temporary file, then a rename; its directory must
 * exist). A cache that is missing, stale, damaged or cannot be written
 * only costs time. The lexicon is the same either way. The cache is used
 * only when lx is empty (load FreeDict before glossaries); cache_path NULL
 * or "": no cache.
 */
MWZ_API int mwz_lexicon_load_freedict_cached(mwz_lexicon_t *lx, const char *dictdir,
                                             const char *cache_path, mwz_error_t *err);
/* mwz_lexicon_load_freedict_pair through a cache file, as above (a file of
 * its own for each pair: the cache of one is stale for another). */
MWZ_API int mwz_lexicon_load_freedict_pair_cached(mwz_lexicon_t *lx, const char *dictdir,
                                                  const char *lang_a, const char *lang_b,
                                                  const char *cache_path, mwz_error_t *err);
/*
 * Add a user glossary: UTF-8 lines "arabic<TAB>english" (either side may
 * be several words); blank lines and lines starting with # are skipped.
 * A malformed line fails with MWZ_EFORMAT and err->line set; invalid UTF-8
 * or a NUL byte (a binary file) with MWZ_EUTF8; the entries read before it
 * are kept.
 */
MWZ_API int mwz_lexicon_load_glossary(mwz_lexicon_t *lx, const char *path,
                                      mwz_error_t *err);
/* Add one Arabic/English pair (UTF-8, explicit lengths); given English first it
 * is taken the other way round, as a glossary line is, and MWZ_EINVAL when
 * neither has an Arabic word. A lexicon of another pair takes its two languages. */
MWZ_API int mwz_lexicon_add(mwz_lexicon_t *lx, const char *ar, size_t arlen,
                            const char *en, size_t enlen, mwz_error_t *err);
/* Number of distinct word pairs held. */
MWZ_API size_t mwz_lexicon_size(const mwz_lexicon_t *lx);

/*
 * A bead: src sentences [src_start, src_start + src_len) paired with tgt
 * sentences [tgt_start, tgt_start + tgt_len). src_len or tgt_len may be 0
 * (a sentence one side left out), never both. Beads cover every sentence
 * of both sides exactly once, in order.
 */
typedef struct mwz_bead {
	size_t src_start, src_len;
	size_t tgt_start, tgt_len;
	double score; /* confidence in [0, 1] */
} mwz_bead_t;

#define MWZ_ALIGN_OPTIONS_VERSION 1
typedef struct mwz_align_options {
	unsigned int version;          /* MWZ_ALIGN_OPTIONS_VERSION            */
	const mwz_lexicon_t *lexicon;  /* may be NULL: length, numbers, names  */
	int src_lang, tgt_lang;        /* MWZ_LANG_*; AUTO detects by script   */
	/* Optional per-sentence paragraph-start marks (nonzero = starts one). */
	const unsigned char *src_para, *tgt_para;
	unsigned int flags;            /* reserved, 0                          */
} mwz_align_options_t;
#define MWZ_ALIGN_OPTIONS_INIT { MWZ_ALIGN_OPTIONS_VERSION, NULL, 0, 0, NULL, NULL, 0 }

/*
 * Align nsrc source sentences with ntgt target sentences (UTF-8, explicit
 * lengths). *beads is allocated (free with mwz_free). opts may be NULL.
 *
 * Beads of up to four sentences a side (1-1, 1-2, 2-1, 2-2, 1-3, 3-1, 1-4,
 * 4-1; 2-3 and 3-2 too when both sides are in one script) and 1-0 / 0-1.
 * Signals: how much of each sentence's words the other
 * side covers, through the lexicon's stems (Arabic/English only, either
 * order), names by consonant skeleton across scripts, numbers in any digits,
 * shared words and prefixes (same-script pairs), punctuation and word pairs
 * learnt from a first pass; sentence length with a ratio and spread
 * measured on the pairs a first pass finds (for Arabic/English that pass
 * starts from the usual ratio, not the whole texts', which what one side
 * holds and the other lacks skews); paragraph starts when given. Languages AUTO are
 * detected by script. Long texts: a path found on blocks of sentences,
 * coarse to fine, then a band around it, widened where the path meets its
 * edge; time and memory grow linearly. Invalid UTF-8 bytes count as single
 * characters. score is a confidence in [0, 1]. On long texts with two
 * processors or more, parts of the work run on a second thread (joined
 * before the call returns); the beads are the same either way.
 */
MWZ_API int mwz_align(mwz_bead_t **beads, size_t *nbeads,
                      const char *const *src, const size_t *src_len, size_t nsrc,
                      const char *const *tgt, const size_t *tgt_len, size_t ntgt,
                      const mwz_align_options_t *opts, mwz_error_t *err);


/* ------------------------------------------------------------------ */
/* Output formats (formats.c, tmx.c) and scoring (score.c)            */
/* ------------------------------------------------------------------ */

/* --- Output formats: writers of beads (formats.c, tmx.c) --- */

/* Output formats, as `muwazi align --format` names them. */
enum mwz_format {
	MWZ_FORMAT_TEXT = 0,    /* numbered beads for a person at a terminal   */
	MWZ_FORMAT_TSV = 1,     /* src<TAB>tgt<TAB>score, a bead a line         */
	MWZ_FORMAT_JSONL = 2,   /* one JSON object a bead: indices, texts, score */
	MWZ_FORMAT_TMX = 3,     /* TMX 1.4b translation memory, UTF-8           */
	MWZ_FORMAT_VECALIGN = 4, /* [i, ...]:[j, ...]:SCORE, 0-based indices    */
	MWZ_FORMAT_HTML = 5,    /* one self-contained HTML5 page, side by side */
	MWZ_FORMAT_SIDE = 6,    /* two columns for a terminal, wrapped         */
	MWZ_FORMAT_CSV = 7      /* RFC 4180 for spreadsheets: a header row, then
	                           "src","tgt",score a bead a row (CR LF), text
	                           quoted, after a UTF-8 byte-order mark        */
};
/* Format from its name ("text", "tsv", "jsonl", "tmx", "vecalign", "html",
 * "side", "csv"). */
MWZ_API int mwz_format_from_name(int *format, const char *name);
/* Name of a format; "" for an unknown one. Static. */
MWZ_API const char *mwz_format_name(int format);

/* Writer flags, as 1<<n. */
/* TMX: keep 1-0/0-1 beads as a <tu> with a <note> and the one <tuv>. */
#define MWZ_WRITE_KEEP_EMPTY (1u << 0)
/* side: colour with ANSI SGR escapes (the caller decides: a terminal, no
 * NO_COLOR). */
#define MWZ_WRITE_COLOR (1u << 1)
/* side: right-to-left text in visual order (ICU's bidi algorithm, line by
 * line), right-aligned in its column, for a terminal that does no bidi.
 * Without it text stays in logical order, each cell isolated (LRI/RLI ...
 * PDI) so that a terminal doing bidi keeps the columns in place. */
#define MWZ_WRITE_BIDI_VISUAL (1u << 2)
/* side: Arabic letters as presentation forms (ICU's u_shapeArabic), for a
 * terminal that does not join Arabic letters itself. */
#define MWZ_WRITE_SHAPE (1u << 3)

/*
 * What the writers render: the format, and the sentences the beads index.
 * src[i] is source sentence i (src_len[i] bytes of UTF-8), nsrc of them;
 * the same for tgt. Texts are read during the call only. With
 * MWZ_FORMAT_VECALIGN src and tgt may be NULL (only the counts are used).
 * Language codes are BCP 47 tags ("ar", "en", "de-CH"); NULL means "und".
 */
#define MWZ_WRITE_OPTIONS_VERSION 3

/*
 * A span of one sentence to point out (html and text; version 3 of the
 * options): a name against the house style, a term to look at. White space
 * at its ends is left outside the mark.
 */
typedef struct mwz_mark {
	int side;          /* 0: a source sentence, 1: a target sentence        */
	size_t sent;       /* the sentence's index on that side                 */
	size_t start, len; /* bytes of the sentence's text                      */
	const char *note;  /* shown with it (html: a tooltip); NULL: none       */
} mwz_mark_t;
typedef struct mwz_write_options {
	unsigned int version;      /* MWZ_WRITE_OPTIONS_VERSION                */
	int format;                /* MWZ_FORMAT_*                             */
	unsigned int flags;        /* MWZ_WRITE_*                              */
	const char *src_lang;      /* TMX srclang and source xml:lang          */
	const char *tgt_lang;      /* target xml:lang                          */
	const char *tool;          /* TMX creationtool; NULL = "muwazi"        */
	const char *tool_version;  /* NULL = this library's version string     */
	const char *const *src;    /* source sentences                         */
	const size_t *src_len;
	size_t nsrc;
	const char *const *tgt;    /* target sentences                         */
	const size_t *tgt_len;
	size_t ntgt;
	/* Version 2 (a version 1 caller gets the defaults). */
	unsigned int width;        /* side: total columns; 0 = 120; 48-100000  */
	double low_score;          /* html, side: paired beads scoring below
	                              are marked "low"; INIT 0.5; 0 = none    */
	const char *title;         /* html: page title; NULL = a generic one  */
	/* Version 3 (a version 1 or 2 caller gets none). */
	const mwz_mark_t *marks;   /* html, text, side: spans to mark, in order of
	                              side, sentence and start, no overlap    */
	size_t nmarks;
	const char *marks_label;   /* html, text, side: the summary's name for
	                              them; NULL = "Marked"                   */
} mwz_write_options_t;
#define MWZ_WRITE_OPTIONS_INIT \
	{ MWZ_WRITE_OPTIONS_VERSION, MWZ_FORMAT_TEXT, 0, NULL, NULL, NULL, NULL, \
	  NULL, NULL, 0, NULL, NULL, 0, 0, 0.5, NULL, NULL, 0, NULL }

/* Counts a writer reports (optional output). */
typedef struct mwz_write_stats {
	size_t written;  /* beads written (TMX: translation units)            */
	size_t omitted;  /* beads left out: TMX without MWZ_WRITE_KEEP_EMPTY
	                    drops beads with no text on one side              */
	size_t bytes;    /* bytes produced                                    */
} mwz_write_stats_t;

/*
 * Receives the output in pieces; returns 0 to go on, nonzero to stop the
 * writer, which then returns MWZ_EIO.
 */
typedef int (*mwz_write_fn)(void *ctx, const char *p, size_t n);

/*
 * Render nbeads beads in opts->format through write(ctx, ...). Beads must
 * lie within the sentences, in order, without overlap (MWZ_EINVAL, with
 * the bead in err, otherwise); they need not cover every sentence. Texts
 * must be valid UTF-8 (MWZ_EUTF8). Every format but jsonl shows a
 * sentence with its white space runs made one space and trimmed, also of
 * invisible format characters (RLM, LRM, ZWSP, soft hyphen...) at the ends
 * of a bead's text (a text of them alone counts as no text); jsonl
 * keeps the text exact, escaped (\uXXXX for C0 controls; DEL and C1 as
 * they are, as JSON allows). Other formats show
 * control characters (C0 and C1 but white space, DEL, U+FFFE, U+FFFF: what
 * XML 1.0 or a terminal cannot take) as U+FFFD. TMX leaves out beads with
 * no text on a side unless MWZ_WRITE_KEEP_EMPTY (stats->omitted counts
 * them). Numbers are written the same whatever the C locale. stats may be
 * NULL. The option strings (src_lang, tgt_lang, tool, tool_version, title,
 * marks_label) must be valid UTF-8 without control characters (MWZ_EINVAL).
 *
 * html: a summary (sentences a side, beads by kind, unpaired sentences
 * linked, mean confidence of the paired beads), then a table, a bead a
 * row: source and target each with its lang and dir (rtl for Arabic,
 * Hebrew, Persian, Urdu...; auto per sentence for "und"); 1-0 beads say
 * "not translated", 0-1 beads "not in the original". HTML-escaped, inline
 * CSS, no script, no external resource. With marks, each is a
 * <span class="mark"> with its note as the title, and the summary lists
 * the beads that have one under marks_label. text shows each mark on a
 * line under its sentence (! "text": note) and counts them at the end.
 * MWZ_EINVAL for a mark out of its sentence, inside a character, or out of
 * order (html, text, side). Other formats ignore marks. text ends with the count of beads by
 * kind and, where there are any, the beads of sentences one side left out
 * ("-- not translated: 14 ar sentences (beads 4, 9-21)", a run of them as a
 * range).
 * side: two columns of width/2, text wrapped by display width (wide East
 * Asian characters 2 columns, combining marks 0), a rule with the bead
 * number, kind and score between beads; marks as in text, wrapped in
 * their sentence's column. Errors: MWZ_EINVAL for a width
 *  under 48, MWZ_EINTERNAL if ICU fails.
 */
MWZ_API int mwz_beads_write(mwz_write_stats_t *stats, mwz_write_fn write,
                            void *ctx, const mwz_bead_t *beads,
                            size_t nbeads, const mwz_write_options_t *opts,
                            mwz_error_t *err);
/* The same into an allocated, NUL-terminated buffer (free with mwz_free). */
MWZ_API int mwz_beads_render(char **out, size_t *outlen,
                             mwz_write_stats_t *stats,
                             const mwz_bead_t *beads, size_t nbeads,
                             const mwz_write_options_t *opts,
                             mwz_error_t *err);

/* ------------------------------------------------------------------ */
/* Scoring (score.c)                                                  */
/* ------------------------------------------------------------------ */

/*
 * An alignment to score: beads as lists of sentence indices, read from the
 * vecalign form "[i, ...]:[j, ...]" (optional ":SCORE", ignored) or added
 * from mwz_bead_t. Lists are kept as written: hand-made gold files have
 * beads such as [250]:[291, 293, 294]. Build it, then only read it.
 */
typedef struct mwz_alignment mwz_alignment_t;

MWZ_API int mwz_alignment_create(mwz_alignment_t **out);
MWZ_API void mwz_alignment_destroy(mwz_alignment_t *a);
/* Number of beads held. */
MWZ_API size_t mwz_alignment_size(const mwz_alignment_t *a);
/* Append a bead of consecutive sentences (as mwz_align returns them). */
MWZ_API int mwz_alignment_add_bead(mwz_alignment_t *a, const mwz_bead_t *bead);
/*
 * Parse one vecalign line and append its bead. Blank lines and lines
 * starting with '#' add nothing and return MWZ_OK. A malformed line adds
 * nothing and returns MWZ_EFORMAT, err->offset the byte in the line.
 */
MWZ_API int mwz_alignment_add_line(mwz_alignment_t *a, const char *line,
                                   size_t len, mwz_error_t *err);
/*
 * Parse a whole vecalign file held in text[0..len) into a new alignment;
 * the first malformed line gives MWZ_EFORMAT with err->line (1-based).
 */
MWZ_API int mwz_alignment_parse(mwz_alignment_t **out, const char *text,
                                size_t len, mwz_error_t *err);

/*
 * Strict and lax precision and recall of a test alignment against a gold
 * one, as Sennrich & Volk (2011) define them and vecalign's score.py
 * counts them; beads are compared as (source list, target list).
 * Precision: each distinct test bead (1-0 and 0-1 included) is a strict
 * hit if the gold has the same bead, else a lax hit if some gold bead
 * shares a source sentence with it and a target sentence of that gold bead
 * is in it. Recall: the same with gold and test swapped, 1-0 and 0-1 beads
 * left out of both. Beads empty on both sides are ignored.
 */
typedef struct mwz_score_counts {
	size_t p_strict_tp, p_strict_fp; /* test beads, strict              */
	size_t p_lax_tp, p_lax_fp;       /* test beads, lax                 */
	size_t r_strict_tp, r_strict_fn; /* gold beads (no 1-0/0-1), strict */
	size_t r_lax_tp, r_lax_fn;       /* gold beads (no 1-0/0-1), lax    */
} mwz_score_counts_t;

typedef struct mwz_score {
	double precision_strict, recall_strict, f1_strict;
	double precision_lax, recall_lax, f1_lax;
} mwz_score_t;

/*
 * Add the counts of test against gold to *counts (zero it first; add
 * several documents to get their micro-averaged score, as score.py does).
 */
MWZ_API int mwz_score_add(mwz_score_counts_t *counts,
                          const mwz_alignment_t *gold,
                          const mwz_alignment_t *test);
/* Precision, recall and F1 from counts; 0 where a ratio is 0/0. */
MWZ_API int mwz_score_compute(mwz_score_t *out, const mwz_score_counts_t *counts);

#ifdef __cplusplus
}
#endif

#endif /* MUWAZI_H */
