/* formats.h - private: the buffered output and text cleaning the bead writers share. */
#ifndef MWZ_FORMATS_H
#define MWZ_FORMATS_H

#include "muwazi.h"
#include <stddef.h>

/* Output through the caller's callback, in 8 KiB pieces. */
typedef struct mwz__out {
	mwz_write_fn fn;
	void *ctx;
	size_t n;      /* bytes waiting in buf                */
	size_t total;  /* bytes produced so far               */
	int failed;    /* the callback asked to stop          */
	char buf[8192];
} mwz__out;

void mwz__out_put(mwz__out *o, const char *p, size_t n);
void mwz__out_str(mwz__out *o, const char *s);
void mwz__out_char(mwz__out *o, char c);
void mwz__out_size(mwz__out *o, size_t v);
/* A score in [0, 1] (clamped; NaN = 0) with `decimals` digits, locale-free. */
void mwz__out_score(mwz__out *o, double score, int decimals);
/* Pass on what is buffered; returns nonzero if the callback failed. */
int mwz__out_flush(mwz__out *o);

/* How mwz__out_joined cleans text. */
enum {
	MWZ__CLEAN_DISPLAY = 0, /* white space runs → one space, controls → U+FFFD */
	MWZ__CLEAN_XML = 1,     /* the same, then & < > " escaped for XML          */
	MWZ__CLEAN_JSON = 2,    /* exact text, escaped for a JSON string           */
	MWZ__CLEAN_CSV = 3      /* as DISPLAY, with " doubled for a quoted field   */
};

/*
 * Sentences [start, start + count) of a side, joined by one space and
 * cleaned as `mode` says (display and XML: trimmed, white space collapsed).
 * Texts are valid UTF-8 (checked beforehand).
 */
void mwz__out_joined(mwz__out *o, const char *const *s, const size_t *len,
                     size_t start, size_t count, int mode);
/* mwz__out_joined of one sentence (count 1), the marks mk[0, nmk) of it (byte
 * offsets in its text, in order) written as <span class="mark" title="note">
 * around their text; the marks are ignored for several sentences. */
/* The marks of sentence sent of side (opts->marks is in order): *n of them. */
const mwz_mark_t *mwz__marks_of(const mwz_write_options_t *opts, int side, size_t sent,
                                size_t *n);
void mwz__out_marked(mwz__out *o, const char *const *s, const size_t *len,
                     size_t start, size_t count, int mode, const mwz_mark_t *mk,
                     size_t nmk);
/* True if those sentences hold nothing but white space. */
int mwz__joined_blank(const char *const *s, const size_t *len, size_t start,
                      size_t count);

/* Every flag a writer knows. */
#define MWZ__WRITE_FLAGS (MWZ_WRITE_KEEP_EMPTY | MWZ_WRITE_COLOR | \
                          MWZ_WRITE_BIDI_VISUAL | MWZ_WRITE_SHAPE)
/* The narrowest side view: two columns of 22, room for the labels. */
#define MWZ__SIDE_MIN_WIDTH 48
#define MWZ__SIDE_MAX_WIDTH 100000 /* a wider page is a caller's mistake */

/* Writing direction of a BCP 47 tag: 1 right-to-left (ar, fa, he, ur...,
 * or an Arab/Hebr... script subtag), -1 unknown ("und", NULL, ""), 0
 * left-to-right (any other language). */
int mwz__lang_rtl(const char *lang);

/* Beads counted for a summary. */
typedef struct mwz__summary {
	size_t nkinds;          /* distinct kinds kept in kind[]           */
	size_t kind_src[32], kind_tgt[32], kind_n[32]; /* most frequent first */
	size_t other;           /* beads of kinds past the 32nd            */
	size_t src_only, tgt_only;   /* 1-0 / 0-1 beads                    */
	size_t src_unpaired, tgt_unpaired; /* sentences in them            */
	size_t paired, low;     /* beads with both sides; under low_score  */
	double mean;            /* mean score of the paired beads (0 if none) */
} mwz__summary;
/* ", N K-K, ..." of a summary's bead kinds, the first preceded by first_sep. */
void mwz__out_kinds(mwz__out *o, const mwz__summary *sm, const char *first_sep);
void mwz__summarize(mwz__summary *s, const mwz_bead_t *beads, size_t nbeads,
                    double low_score);
/* True if a paired bead scores under low (0 marks none). */
int mwz__bead_low(const mwz_bead_t *b, double low);

/* The HTML and side views (html.c, side.c); beads and options checked,
 * opts complete (version 2 fields filled in). */
void mwz__write_html(mwz__out *o, const mwz_bead_t *beads, size_t nbeads,
                     const mwz_write_options_t *opts);
int mwz__write_side(mwz__out *o, const mwz_bead_t *beads, size_t nbeads,
                    const mwz_write_options_t *opts, mwz_error_t *err);

/* The TMX writer (tmx.c); beads and options already checked. */
void mwz__write_tmx(mwz__out *o, mwz_write_stats_t *st,
                    const mwz_bead_t *beads, size_t nbeads,
                    const mwz_write_options_t *opts);

#endif
