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
	MWZ__CLEAN_JSON = 2     /* exact text, escaped for a JSON string           */
};

/*
 * Sentences [start, start + count) of a side, joined by one space and
 * cleaned as `mode` says (display and XML: trimmed, white space collapsed).
 * Texts are valid UTF-8 (checked beforehand).
 */
void mwz__out_joined(mwz__out *o, const char *const *s, const size_t *len,
                     size_t start, size_t count, int mode);
/* True if those sentences hold nothing but white space. */
int mwz__joined_blank(const char *const *s, const size_t *len, size_t start,
                      size_t count);

/* The TMX writer (tmx.c); beads and options already checked. */
void mwz__write_tmx(mwz__out *o, mwz_write_stats_t *st,
                    const mwz_bead_t *beads, size_t nbeads,
                    const mwz_write_options_t *opts);

#endif
