/*
 * formats.c - writers of beads: text, tsv, jsonl and vecalign (TMX is in
 * tmx.c), their shared buffered output and text cleaning, and the checks
 * every writer makes of its beads and sentences first.
 */
#include "formats.h"
#include "internal.h"
#include "utf8.h"

#include <stddef.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------------ */
/* Buffered output                                                     */
/* ------------------------------------------------------------------ */

int mwz__out_flush(mwz__out *o)
{
	if (o->n && !o->failed && o->fn(o->ctx, o->buf, o->n) != 0)
		o->failed = 1;
	o->n = 0;
	return o->failed;
}

void mwz__out_put(mwz__out *o, const char *p, size_t n)
{
	o->total += n;
	while (n > 0) {
		size_t room = sizeof o->buf - o->n, k = n < room ? n : room;
		memcpy(o->buf + o->n, p, k);
		o->n += k;
		p += k;
		n -= k;
		if (o->n == sizeof o->buf)
			mwz__out_flush(o);
	}
}

void mwz__out_str(mwz__out *o, const char *s) { mwz__out_put(o, s, strlen(s)); }

void mwz__out_char(mwz__out *o, char c)
{
	if (o->n == sizeof o->buf)
		mwz__out_flush(o);
	o->buf[o->n++] = c;
	o->total++;
}

void mwz__out_size(mwz__out *o, size_t v)
{
	char tmp[3 * sizeof(size_t) + 1];
	size_t i = sizeof tmp;
	do {
		tmp[--i] = (char)('0' + v % 10);
		v /= 10;
	} while (v);
	mwz__out_put(o, tmp + i, sizeof tmp - i);
}

void mwz__out_score(mwz__out *o, double score, int decimals)
{
	/* printf("%f") follows LC_NUMERIC: a caller's setlocale() must not
	 * turn "0.93" into "0,93" in JSON or TMX. */
	unsigned long scale = 1, v;
	int i;
	char frac[16];
	if (decimals < 0)
		decimals = 0;
	if (decimals > 9)
		decimals = 9;
	for (i = 0; i < decimals; i++)
		scale *= 10;
	if (!(score > 0.0)) /* also NaN */
		score = 0.0;
	if (score > 1.0)
		score = 1.0;
	v = (unsigned long)(score * (double)scale + 0.5);
	mwz__out_char(o, v >= scale ? '1' : '0');
	if (decimals == 0)
		return;
	v %= scale;
	for (i = decimals - 1; i >= 0; i--) {
		frac[i] = (char)('0' + v % 10);
		v /= 10;
	}
	mwz__out_char(o, '.');
	mwz__out_put(o, frac, (size_t)decimals);
}

/* ------------------------------------------------------------------ */
/* Text cleaning                                                       */
/* ------------------------------------------------------------------ */

/* 0: not white space; 1: white space a line may break at; 2: no-break space. */
static int ws_kind(unsigned int cp)
{
	if (cp == 0x20 || (cp >= 0x09 && cp <= 0x0D) || cp == 0x85 ||
	    cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A && cp != 0x2007) ||
	    cp == 0x2028 || cp == 0x2029 || cp == 0x205F || cp == 0x3000)
		return 1;
	if (cp == 0xA0 || cp == 0x2007 || cp == 0x202F || cp == 0xFEFF)
		return 2;
	return 0;
}

/*
 * Format characters a reader cannot see (soft hyphen, ALM, ZWSP to RLM, bidi
 * embeddings and isolates, word joiner): kept inside a unit's text, dropped
 * at its ends, and a text of them alone is blank, as a line of them alone is
 * to the segmenter. (U+FEFF is a no-break space to ws_kind.)
 */
static int is_invisible(unsigned int cp)
{
	return cp == 0xAD || cp == 0x61C || (cp >= 0x200B && cp <= 0x200F) ||
	       (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2060 && cp <= 0x2064) ||
	       (cp >= 0x2066 && cp <= 0x2069);
}

/* Controls a reader cannot see or XML 1.0 cannot hold (white space aside). */
static int is_bad_control(unsigned int cp)
{
	return cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F) ||
	       cp == 0xFFFE || cp == 0xFFFF;
}

static const char replacement[] = "\xEF\xBF\xBD"; /* U+FFFD */

static void put_cleaned(mwz__out *o, const char *p, size_t n, unsigned int cp,
                        int mode)
{
	if (is_bad_control(cp)) {
		mwz__out_put(o, replacement, 3);
		return;
	}
	if (mode == MWZ__CLEAN_XML) {
		switch (cp) {
		case '&': mwz__out_str(o, "&amp;"); return;
		case '<': mwz__out_str(o, "&lt;"); return;
		case '>': mwz__out_str(o, "&gt;"); return;
		case '"': mwz__out_str(o, "&quot;"); return;
		default: break;
		}
	}
	if (mode == MWZ__CLEAN_CSV && cp == '"') {
		mwz__out_str(o, "\"\"");
		return;
	}
	mwz__out_put(o, p, n);
}

static void put_json_char(mwz__out *o, const char *p, size_t n, unsigned int cp)
{
	static const char hex[] = "0123456789abcdef";
	char esc[7];
	switch (cp) {
	case '"': mwz__out_str(o, "\\\""); return;
	case '\\': mwz__out_str(o, "\\\\"); return;
	case '\b': mwz__out_str(o, "\\b"); return;
	case '\f': mwz__out_str(o, "\\f"); return;
	case '\n': mwz__out_str(o, "\\n"); return;
	case '\r': mwz__out_str(o, "\\r"); return;
	case '\t': mwz__out_str(o, "\\t"); return;
	default: break;
	}
	/* U+2028/2029 are valid in JSON but end a line in JavaScript. */
	if (cp < 0x20 || cp == 0x2028 || cp == 0x2029) {
		esc[0] = '\\';
		esc[1] = 'u';
		esc[2] = hex[(cp >> 12) & 15];
		esc[3] = hex[(cp >> 8) & 15];
		esc[4] = hex[(cp >> 4) & 15];
		esc[5] = hex[cp & 15];
		mwz__out_put(o, esc, 6);
		return;
	}
	mwz__out_put(o, p, n);
}

void mwz__out_joined(mwz__out *o, const char *const *s, const size_t *len,
                     size_t start, size_t count, int mode)
{
	mwz__out_marked(o, s, len, start, count, mode, NULL, 0);
}

/* Open the mark m: <span class="mark" title="note">. */
static void open_mark(mwz__out *o, const mwz_mark_t *m)
{
	mwz__out_str(o, "<span class=\"mark\"");
	if (m->note) {
		mwz__out_str(o, " title=\"");
		mwz__out_joined(o, &m->note, (const size_t[]){ strlen(m->note) }, 0, 1,
		                MWZ__CLEAN_XML);
		mwz__out_char(o, '"');
	}
	mwz__out_char(o, '>');
}

/* Where the last character that is neither white space nor invisible ends
 * in s[start, start + count): sentence *k, byte *i (start, 0 if none). */
static void last_visible(const char *const *s, const size_t *len, size_t start,
                         size_t count, size_t *k, size_t *i)
{
	size_t j = start + count;
	*k = start;
	*i = 0;
	while (j-- > start) {
		const unsigned char *t = (const unsigned char *)s[j];
		size_t p = 0, n = len[j], end = 0;
		while (p < n) {
			unsigned int cp;
			int w = 1;
			if (t[p] < 0x80)
				cp = t[p];
			else if ((w = mwz__utf8_decode(t, n, p, &cp)) < 0)
				w = 1, cp = 0xFFFD;
			p += (size_t)w;
			if (!ws_kind(cp) && !is_invisible(cp))
				end = p;
		}
		if (end) {
			*k = j;
			*i = end;
			return;
		}
	}
}

void mwz__out_marked(mwz__out *o, const char *const *s, const size_t *len,
                     size_t start, size_t count, int mode, const mwz_mark_t *mk,
                     size_t nmk)
{
	int open = 0;
	if (count != 1)
		nmk = 0;
	/* A pending white space run is written only once text follows it (so
	 * both ends are trimmed); as one space if it holds a breaking space,
	 * as it stands if it is only no-break spaces (then it lies within one
	 * sentence: the joining space between sentences is a breaking one). */
	int have_text = 0, run = 0, run_breaking = 0;
	const char *run_p = NULL;
	size_t run_n = 0, k, last_k = start, last_i = 0;
	if (mode != MWZ__CLEAN_JSON)
		last_visible(s, len, start, count, &last_k, &last_i);
	for (k = start; k < start + count; k++) {
		const unsigned char *t = (const unsigned char *)s[k];
		size_t i = 0, n = len[k];
		if (k > start) {
			if (mode == MWZ__CLEAN_JSON) {
				mwz__out_char(o, ' ');
			} else {
				run = 1;
				run_breaking = 1;
			}
		}
		while (i < n) {
			unsigned int cp;
			int w = 1;
			const char *cp_p = (const char *)t + i;
			size_t cp_n;
			if (t[i] < 0x80)
				cp = t[i];
			else if ((w = mwz__utf8_decode(t, n, i, &cp)) < 0) {
				/* Texts are checked first; attribute strings are
				 * not: a bad byte shows as U+FFFD. */
				w = 1;
				cp = 0xFFFD;
				cp_p = replacement;
			}
			cp_n = cp_p == replacement ? 3 : (size_t)w;
			if (mode == MWZ__CLEAN_JSON) {
				put_json_char(o, cp_p, cp_n, cp);
				i += (size_t)w;
				continue;
			}
			switch (ws_kind(cp)) {
			case 1:
				if (!run)
					run_p = (const char *)t + i, run_n = 0;
				run = 1;
				run_breaking = 1;
				break;
			case 2:
				if (!run) {
					run = 1;
					run_breaking = 0;
					run_p = (const char *)t + i;
					run_n = 0;
				}
				run_n += (size_t)w;
				break;
			default:
				if (is_invisible(cp) &&
				    (!have_text || k > last_k || (k == last_k && i >= last_i))) {
					i += (size_t)w; /* at an end of the text: left out */
					continue;
				}
				/* a mark that ended in the white space just passed closes
				 * before it: its ends stay outside */
				if (open && i >= mk->start + mk->len) {
					mwz__out_str(o, "</span>");
					open = 0;
					mk++;
					nmk--;
				}
				if (run && have_text) {
					if (run_breaking)
						mwz__out_char(o, ' ');
					else
						mwz__out_put(o, run_p, run_n);
				}
				run = 0;
				/* marks (one sentence only): passed over, or opened here */
				while (!open && nmk && mk->start + mk->len <= i) {
					mk++;
					nmk--;
				}
				if (!open && nmk && i >= mk->start) {
					open_mark(o, mk);
					open = 1;
				}
				put_cleaned(o, cp_p, cp_n, cp, mode);
				have_text = 1;
				if (open && i + (size_t)w >= mk->start + mk->len) {
					mwz__out_str(o, "</span>");
					open = 0;
					mk++;
					nmk--;
				}
				break;
			}
			i += (size_t)w;
		}
	}
	if (open)
		mwz__out_str(o, "</span>");
}

int mwz__joined_blank(const char *const *s, const size_t *len, size_t start,
                      size_t count)
{
	size_t k;
	for (k = start; k < start + count; k++) {
		const unsigned char *t = (const unsigned char *)s[k];
		size_t i = 0, n = len[k];
		while (i < n) {
			unsigned int cp;
			int w = 1;
			if (t[i] < 0x80)
				cp = t[i];
			else if ((w = mwz__utf8_decode(t, n, i, &cp)) < 0)
				return 0;
			if (!ws_kind(cp) && !is_invisible(cp))
				return 0;
			i += (size_t)w;
		}
	}
	return 1;
}

/* ------------------------------------------------------------------ */
/* Format names                                                        */
/* ------------------------------------------------------------------ */

static const char *const format_names[] = { "text", "tsv", "jsonl", "tmx",
	                                    "vecalign", "html", "side", "csv" };
#define NFORMATS (sizeof format_names / sizeof format_names[0])

int mwz_format_from_name(int *format, const char *name)
{
	size_t i;
	if (!format || !name)
		return MWZ_EINVAL;
	for (i = 0; i < NFORMATS; i++)
		if (strcmp(name, format_names[i]) == 0) {
			*format = (int)i;
			return MWZ_OK;
		}
	return MWZ_EINVAL;
}

const char *mwz_format_name(int format)
{
	if (format < 0 || (size_t)format >= NFORMATS)
		return "";
	return format_names[format];
}

/* ------------------------------------------------------------------ */
/* Checks                                                              */
/* ------------------------------------------------------------------ */

static int check_side(const char *side, const char *const *s, const size_t *len,
                      size_t nsent, const unsigned char *seen,
                      mwz_error_t *err)
{
	size_t i, bad;
	for (i = 0; i < nsent; i++) {
		if (seen && !seen[i])
			continue;
		if (!s[i] && len[i])
			return mwz__fail(err, MWZ_EINVAL, 0, 0,
			                 "%s sentence %zu is NULL", side, i);
		if (mwz_utf8_validate(s[i], len[i], &bad) != MWZ_OK)
			return mwz__fail(err, MWZ_EUTF8, 0, bad,
			                 "%s sentence %zu: invalid UTF-8 at byte %zu",
			                 side, i, bad + 1);
	}
	return MWZ_OK;
}

/* Marks within their sentences, in order, none overlapping. */
static int check_marks(const mwz_write_options_t *o, mwz_error_t *err)
{
	size_t k;
	if (o->nmarks && !o->marks)
		return mwz__fail(err, MWZ_EINVAL, 0, 0, "marks is NULL");
	for (k = 0; k < o->nmarks; k++) {
		const mwz_mark_t *m = &o->marks[k], *p = k ? &o->marks[k - 1] : NULL;
		size_t n = m->side == 0 ? o->nsrc : o->ntgt;
		if ((m->side != 0 && m->side != 1) || m->sent >= n)
			return mwz__fail(err, MWZ_EINVAL, 0, k, "mark %zu: no sentence %zu on side %d",
			                 k, m->sent, m->side);
		n = m->side == 0 ? o->src_len[m->sent] : o->tgt_len[m->sent];
		if (m->start > n || m->len > n - m->start)
			return mwz__fail(err, MWZ_EINVAL, 0, k,
			                 "mark %zu lies beyond its sentence (%zu bytes)", k, n);
		{
			/* on character boundaries (the sentence texts are checked before) */
			const char *t = m->side == 0 ? o->src[m->sent] : o->tgt[m->sent];
			size_t e = m->start + m->len;
			if (t && ((m->start < n && ((unsigned char)t[m->start] & 0xC0) == 0x80) ||
			          (e < n && ((unsigned char)t[e] & 0xC0) == 0x80)))
				return mwz__fail(err, MWZ_EINVAL, 0, k,
				                 "mark %zu starts or ends inside a character", k);
		}
		if (p && (m->side < p->side || (m->side == p->side && (m->sent < p->sent ||
		          (m->sent == p->sent && m->start < p->start + p->len)))))
			return mwz__fail(err, MWZ_EINVAL, 0, k,
			                 "mark %zu overlaps or precedes the one before", k);
	}
	return MWZ_OK;
}

/* An option's string: valid UTF-8 without control characters (C0, DEL, C1), or
 * MWZ_EINVAL naming it; every format shows it as it is. */
static int check_label(const char *s, const char *what, mwz_error_t *err)
{
	size_t n, i = 0, bad;
	if (!s)
		return MWZ_OK;
	n = strlen(s);
	if (mwz_utf8_validate(s, n, &bad) != MWZ_OK)
		return mwz__fail(err, MWZ_EINVAL, 0, bad, "%s: invalid UTF-8 at byte %zu", what,
		                 bad + 1);
	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c < 0x20 || c == 0x7F ||
		    (c == 0xC2 && i + 1 < n && (unsigned char)s[i + 1] >= 0x80 &&
		     (unsigned char)s[i + 1] <= 0x9F))
			return mwz__fail(err, MWZ_EINVAL, 0, i,
			                 "%s: a control character at byte %zu", what, i + 1);
	}
	return MWZ_OK;
}

static int check(const mwz_bead_t *beads, size_t nbeads,
                 const mwz_write_options_t *o, mwz_error_t *err)
{
	size_t k, src_next = 0, tgt_next = 0;
	int need_text;
	if (!o)
		return mwz__fail(err, MWZ_EINVAL, 0, 0, "no options");
	if (o->version < 1 || o->version > MWZ_WRITE_OPTIONS_VERSION)
		return mwz__fail(err, MWZ_EINVAL, 0, 0,
		                 "unknown options version %u", o->version);
	if (o->format < 0 || (size_t)o->format >= NFORMATS)
		return mwz__fail(err, MWZ_EINVAL, 0, 0, "unknown format %d",
		                 o->format);
	if (check_label(o->src_lang, "src_lang", err) || check_label(o->tgt_lang, "tgt_lang", err) ||
	    check_label(o->tool, "tool", err) || check_label(o->tool_version, "tool_version", err) ||
	    check_label(o->title, "title", err) || check_label(o->marks_label, "marks_label", err))
		return MWZ_EINVAL;
	if (o->flags & ~MWZ__WRITE_FLAGS)
		return mwz__fail(err, MWZ_EINVAL, 0, 0, "unknown flags 0x%x",
		                 o->flags & ~MWZ__WRITE_FLAGS);
	if (o->format == MWZ_FORMAT_SIDE &&
	    (o->width < MWZ__SIDE_MIN_WIDTH || o->width > MWZ__SIDE_MAX_WIDTH))
		return mwz__fail(err, MWZ_EINVAL, 0, 0,
		                 "side: width %u is not from %d to %d columns", o->width,
		                 MWZ__SIDE_MIN_WIDTH, MWZ__SIDE_MAX_WIDTH);
	if (!(o->low_score >= 0.0 && o->low_score <= 1.0))
		return mwz__fail(err, MWZ_EINVAL, 0, 0,
		                 "low_score must lie in [0, 1]");
	if (!beads && nbeads)
		return mwz__fail(err, MWZ_EINVAL, 0, 0, "beads is NULL");
	for (k = 0; k < nbeads; k++) {
		const mwz_bead_t *b = &beads[k];
		if (b->src_len == 0 && b->tgt_len == 0)
			return mwz__fail(err, MWZ_EINVAL, 0, k,
			                 "bead %zu is empty on both sides", k);
		if (b->src_len > o->nsrc || b->src_start > o->nsrc - b->src_len ||
		    b->tgt_len > o->ntgt || b->tgt_start > o->ntgt - b->tgt_len)
			return mwz__fail(err, MWZ_EINVAL, 0, k,
			                 "bead %zu lies beyond the sentences (%zu, %zu)",
			                 k, o->nsrc, o->ntgt);
		if ((b->src_len && b->src_start < src_next) ||
		    (b->tgt_len && b->tgt_start < tgt_next))
			return mwz__fail(err, MWZ_EINVAL, 0, k,
			                 "bead %zu overlaps or precedes the one before",
			                 k);
		if (b->src_len)
			src_next = b->src_start + b->src_len;
		if (b->tgt_len)
			tgt_next = b->tgt_start + b->tgt_len;
	}
	need_text = o->format != MWZ_FORMAT_VECALIGN;
	if (need_text && ((o->nsrc && (!o->src || !o->src_len)) ||
	                  (o->ntgt && (!o->tgt || !o->tgt_len))))
		return mwz__fail(err, MWZ_EINVAL, 0, 0,
		                 "format %s needs the sentence texts",
		                 format_names[o->format]);
	if (need_text) {
		/* Check only what the beads show (a caller may write a part). */
		int rc = MWZ_OK;
		unsigned char *seen;
		size_t nseen = o->nsrc > o->ntgt ? o->nsrc : o->ntgt;
		seen = nseen ? calloc(nseen, 1) : NULL;
		if (nseen && !seen)
			return mwz__fail(err, MWZ_ENOMEM, 0, 0, "out of memory");
		for (k = 0; k < nbeads; k++)
			if (beads[k].src_len)
				memset(seen + beads[k].src_start, 1, beads[k].src_len);
		rc = check_side("source", o->src, o->src_len, o->nsrc, seen, err);
		if (rc == MWZ_OK) {
			if (nseen)
				memset(seen, 0, nseen);
			for (k = 0; k < nbeads; k++)
				if (beads[k].tgt_len)
					memset(seen + beads[k].tgt_start, 1,
					       beads[k].tgt_len);
			rc = check_side("target", o->tgt, o->tgt_len, o->ntgt, seen,
			                err);
		}
		free(seen);
		if (rc)
			return rc;
	}
	return o->format == MWZ_FORMAT_HTML || o->format == MWZ_FORMAT_TEXT ||
	               o->format == MWZ_FORMAT_SIDE
	       ? check_marks(o, err)
	       : MWZ_OK;
}

/* ------------------------------------------------------------------ */
/* text, tsv, jsonl, vecalign                                          */
/* ------------------------------------------------------------------ */

static const char *lang_or(const char *lang, const char *dflt)
{
	return lang && *lang ? lang : dflt;
}

static void put_kind(mwz__out *o, const mwz_bead_t *b)
{
	mwz__out_size(o, b->src_len);
	mwz__out_char(o, '-');
	mwz__out_size(o, b->tgt_len);
}

/* The marks of sentence sent of side (opts->marks is in order): *n of them. */
const mwz_mark_t *mwz__marks_of(const mwz_write_options_t *opts, int side, size_t sent,
                                 size_t *n)
{
	size_t lo = 0, hi = opts->nmarks, e;
	*n = 0;
	if (!opts->nmarks)
		return NULL;
	while (lo < hi) { /* the first mark at (side, sent) or after */
		size_t mid = lo + (hi - lo) / 2;
		const mwz_mark_t *m = &opts->marks[mid];
		if (m->side < side || (m->side == side && m->sent < sent))
			lo = mid + 1;
		else
			hi = mid;
	}
	for (e = lo; e < opts->nmarks && opts->marks[e].side == side &&
	             opts->marks[e].sent == sent;
	     e++)
		;
	*n = e - lo;
	return opts->marks + lo;
}

static void text_side(mwz__out *o, const mwz_write_options_t *opts, int side,
                      const char *label, const char *const *s, const size_t *len,
                      size_t start, size_t count)
{
	size_t i, m, nm;
	for (i = start; i < start + count; i++) {
		const mwz_mark_t *mk = mwz__marks_of(opts, side, i, &nm);
		mwz__out_str(o, "   ");
		mwz__out_str(o, label);
		mwz__out_char(o, ' ');
		mwz__out_size(o, i + 1);
		mwz__out_str(o, "  ");
		if (mwz__joined_blank(s, len, i, 1))
			mwz__out_str(o, "(empty)");
		else
			mwz__out_joined(o, s, len, i, 1, MWZ__CLEAN_DISPLAY);
		mwz__out_char(o, '\n');
		/* its marks, a line each: ! "Moqtada al-Sadr": house style: ... */
		for (m = 0; m < nm; m++) {
			const char *p = s[i] + mk[m].start;
			mwz__out_str(o, "      ! \"");
			mwz__out_joined(o, &p, &mk[m].len, 0, 1, MWZ__CLEAN_DISPLAY);
			mwz__out_char(o, '"');
			if (mk[m].note) {
				mwz__out_str(o, ": ");
				mwz__out_joined(o, &mk[m].note, (const size_t[]){ strlen(mk[m].note) },
				                0, 1, MWZ__CLEAN_DISPLAY);
			}
			mwz__out_char(o, '\n');
		}
	}
}

int mwz__bead_low(const mwz_bead_t *b, double low)
{
	return b->src_len && b->tgt_len && b->score < low;
}

void mwz__out_kinds(mwz__out *o, const mwz__summary *sm, const char *first_sep)
{
	size_t k;
	for (k = 0; k < sm->nkinds; k++) {
		mwz__out_str(o, k ? ", " : first_sep);
		mwz__out_size(o, sm->kind_n[k]);
		mwz__out_char(o, ' ');
		mwz__out_size(o, sm->kind_src[k]);
		mwz__out_char(o, '-');
		mwz__out_size(o, sm->kind_tgt[k]);
	}
	if (sm->other) {
		mwz__out_str(o, ", ");
		mwz__out_size(o, sm->other);
		mwz__out_str(o, " other");
	}
}

void mwz__summarize(mwz__summary *s, const mwz_bead_t *beads, size_t nbeads,
                    double low_score)
{
	const size_t cap = sizeof s->kind_n / sizeof s->kind_n[0];
	double sum = 0.0;
	size_t k, j;
	memset(s, 0, sizeof *s);
	for (k = 0; k < nbeads; k++) {
		const mwz_bead_t *b = &beads[k];
		for (j = 0; j < s->nkinds; j++)
			if (s->kind_src[j] == b->src_len && s->kind_tgt[j] == b->tgt_len)
				break;
		if (j < s->nkinds) {
			s->kind_n[j]++;
		} else if (s->nkinds < cap) {
			s->kind_src[s->nkinds] = b->src_len;
			s->kind_tgt[s->nkinds] = b->tgt_len;
			s->kind_n[s->nkinds++] = 1;
		} else {
			s->other++;
		}
		if (b->src_len && b->tgt_len) {
			s->paired++;
			sum += b->score > 0.0 ? (b->score < 1.0 ? b->score : 1.0) : 0.0;
			s->low += mwz__bead_low(b, low_score);
		} else if (b->src_len) {
			s->src_only++;
			s->src_unpaired += b->src_len;
		} else {
			s->tgt_only++;
			s->tgt_unpaired += b->tgt_len;
		}
	}
	s->mean = s->paired ? sum / (double)s->paired : 0.0;
	/* Most frequent kinds first; insertion sort keeps ties in order. */
	for (k = 1; k < s->nkinds; k++) {
		size_t a = s->kind_src[k], b = s->kind_tgt[k], n = s->kind_n[k];
		for (j = k; j > 0 && s->kind_n[j - 1] < n; j--) {
			s->kind_src[j] = s->kind_src[j - 1];
			s->kind_tgt[j] = s->kind_tgt[j - 1];
			s->kind_n[j] = s->kind_n[j - 1];
		}
		s->kind_src[j] = a;
		s->kind_tgt[j] = b;
		s->kind_n[j] = n;
	}
}

/* Whether bead b leaves sentences of side (0 source, 1 target) with no counterpart. */
static int side_only(const mwz_bead_t *b, int side)
{
	return side ? b->tgt_len && !b->src_len : b->src_len && !b->tgt_len;
}

/* "-- not translated: 14 en sentences (beads 4, 9-21)": the sentences of one
 * side left out by the other (side 0: 1-0 beads, 1: 0-1), where there are
 * any; a run of such beads one after another is given as a range. */
static void text_unpaired(mwz__out *o, const mwz_bead_t *beads, size_t nbeads, int side,
                          size_t nsent, size_t nb, const char *what, const char *lang)
{
	size_t k, e, n = 0;
	if (nsent == 0)
		return;
	mwz__out_str(o, what);
	mwz__out_size(o, nsent);
	mwz__out_char(o, ' ');
	mwz__out_str(o, lang);
	mwz__out_str(o, nsent == 1 ? " sentence (" : " sentences (");
	mwz__out_str(o, nb == 1 ? "bead" : "beads");
	for (k = 0; k < nbeads; k = e) {
		e = k + 1;
		if (!side_only(&beads[k], side))
			continue;
		while (e < nbeads && side_only(&beads[e], side))
			e++;
		mwz__out_str(o, n++ == 0 ? " " : ", ");
		mwz__out_size(o, k + 1);
		if (e > k + 1) {
			mwz__out_char(o, '-');
			mwz__out_size(o, e);
		}
	}
	mwz__out_str(o, ")\n");
}

static void text_summary(mwz__out *o, const mwz_bead_t *beads, size_t nbeads,
                         const mwz_write_options_t *opts, const char *sl,
                         const char *tl)
{
	mwz__summary sm;
	mwz__summarize(&sm, beads, nbeads, 0.0);
	mwz__out_str(o, "-- ");
	mwz__out_size(o, nbeads);
	mwz__out_str(o, nbeads == 1 ? " bead" : " beads");
	mwz__out_kinds(o, &sm, " (");
	if (sm.nkinds)
		mwz__out_char(o, ')');
	mwz__out_str(o, " from ");
	mwz__out_size(o, opts->nsrc);
	mwz__out_char(o, ' ');
	mwz__out_str(o, sl);
	mwz__out_str(o, " and ");
	mwz__out_size(o, opts->ntgt);
	mwz__out_char(o, ' ');
	mwz__out_str(o, tl);
	mwz__out_str(o, " sentences\n");
	text_unpaired(o, beads, nbeads, 0, sm.src_unpaired, sm.src_only, "-- not translated: ", sl);
	text_unpaired(o, beads, nbeads, 1, sm.tgt_unpaired, sm.tgt_only, "-- not in the original: ",
	              tl);
	if (opts->nmarks) {
		mwz__out_str(o, "-- ");
		mwz__out_str(o, opts->marks_label && *opts->marks_label ? opts->marks_label
		                                                        : "Marked");
		mwz__out_str(o, ": ");
		mwz__out_size(o, opts->nmarks);
		mwz__out_char(o, '\n');
	}
}

static void write_text(mwz__out *o, const mwz_bead_t *beads, size_t nbeads,
                       const mwz_write_options_t *opts)
{
	const char *sl = lang_or(opts->src_lang, "src");
	const char *tl = lang_or(opts->tgt_lang, "tgt");
	size_t k;
	for (k = 0; k < nbeads; k++) {
		const mwz_bead_t *b = &beads[k];
		mwz__out_size(o, k + 1);
		mwz__out_str(o, "  ");
		put_kind(o, b);
		mwz__out_str(o, "  ");
		mwz__out_score(o, b->score, 3);
		if (b->tgt_len == 0) {
			mwz__out_str(o, "  ** not in ");
			mwz__out_str(o, tl);
			mwz__out_str(o, " **");
		} else if (b->src_len == 0) {
			mwz__out_str(o, "  ** not in ");
			mwz__out_str(o, sl);
			mwz__out_str(o, " **");
		}
		mwz__out_char(o, '\n');
		text_side(o, opts, 0, sl, opts->src, opts->src_len, b->src_start, b->src_len);
		text_side(o, opts, 1, tl, opts->tgt, opts->tgt_len, b->tgt_start, b->tgt_len);
		mwz__out_char(o, '\n');
	}
	text_summary(o, beads, nbeads, opts, sl, tl);
}

/* A bead's source text, sep, then its target text, each cleaned for mode. */
static void put_texts(mwz__out *o, const mwz_write_options_t *opts, const mwz_bead_t *b,
                      int mode, const char *sep)
{
	mwz__out_joined(o, opts->src, opts->src_len, b->src_start, b->src_len, mode);
	mwz__out_str(o, sep);
	mwz__out_joined(o, opts->tgt, opts->tgt_len, b->tgt_start, b->tgt_len, mode);
}

static void write_tsv(mwz__out *o, const mwz_bead_t *beads, size_t nbeads,
                      const mwz_write_options_t *opts)
{
	size_t k;
	for (k = 0; k < nbeads; k++) {
		const mwz_bead_t *b = &beads[k];
		put_texts(o, opts, b, MWZ__CLEAN_DISPLAY, "\t");
		mwz__out_char(o, '\t');
		mwz__out_score(o, b->score, 3);
		mwz__out_char(o, '\n');
	}
}

/*
 * csv, for a spreadsheet (RFC 4180): a UTF-8 byte-order mark, which Excel
 * needs to read UTF-8, then a header row of the two languages and "score",
 * then a bead a row, its two texts quoted (" doubled), lines ended by CR LF.
 * Unlike tsv, a sentence opening with a quote reads back whole.
 */
static void write_csv(mwz__out *o, const mwz_bead_t *beads, size_t nbeads,
                      const mwz_write_options_t *opts)
{
	size_t k;
	mwz__out_str(o, "\xEF\xBB\xBF\"");
	mwz__out_str(o, lang_or(opts->src_lang, "src"));
	mwz__out_str(o, "\",\"");
	mwz__out_str(o, lang_or(opts->tgt_lang, "tgt"));
	mwz__out_str(o, "\",score\r\n");
	for (k = 0; k < nbeads; k++) {
		const mwz_bead_t *b = &beads[k];
		mwz__out_char(o, '"');
		put_texts(o, opts, b, MWZ__CLEAN_CSV, "\",\"");
		mwz__out_str(o, "\",");
		mwz__out_score(o, b->score, 3);
		mwz__out_str(o, "\r\n");
	}
}

static void put_indices(mwz__out *o, size_t start, size_t count,
                        const char *sep)
{
	size_t i;
	mwz__out_char(o, '[');
	for (i = start; i < start + count; i++) {
		if (i > start)
			mwz__out_str(o, sep);
		mwz__out_size(o, i);
	}
	mwz__out_char(o, ']');
}

static void write_jsonl(mwz__out *o, const mwz_bead_t *beads, size_t nbeads,
                        const mwz_write_options_t *opts)
{
	size_t k;
	for (k = 0; k < nbeads; k++) {
		const mwz_bead_t *b = &beads[k];
		mwz__out_str(o, "{\"src\":");
		put_indices(o, b->src_start, b->src_len, ",");
		mwz__out_str(o, ",\"tgt\":");
		put_indices(o, b->tgt_start, b->tgt_len, ",");
		mwz__out_str(o, ",\"src_text\":\"");
		put_texts(o, opts, b, MWZ__CLEAN_JSON, "\",\"tgt_text\":\"");
		mwz__out_str(o, "\",\"score\":");
		mwz__out_score(o, b->score, 3);
		mwz__out_str(o, "}\n");
	}
}

static void write_vecalign(mwz__out *o, const mwz_bead_t *beads, size_t nbeads)
{
	size_t k;
	/* As vecalign prints it: Python lists, then '%.6f'. */
	for (k = 0; k < nbeads; k++) {
		put_indices(o, beads[k].src_start, beads[k].src_len, ", ");
		mwz__out_char(o, ':');
		put_indices(o, beads[k].tgt_start, beads[k].tgt_len, ", ");
		mwz__out_char(o, ':');
		mwz__out_score(o, beads[k].score, 6);
		mwz__out_char(o, '\n');
	}
}

/* ------------------------------------------------------------------ */
/* Entry points                                                        */
/* ------------------------------------------------------------------ */

int mwz_beads_write(mwz_write_stats_t *stats, mwz_write_fn write, void *ctx,
                    const mwz_bead_t *beads, size_t nbeads,
                    const mwz_write_options_t *opts, mwz_error_t *err)
{
	mwz__out *o;
	mwz_write_stats_t st = { 0, 0, 0 };
	mwz_write_options_t full = MWZ_WRITE_OPTIONS_INIT;
	int rc, wrc = MWZ_OK;
	if (stats)
		*stats = st;
	if (!write)
		return mwz__fail(err, MWZ_EINVAL, 0, 0, "no write callback");
	if (!opts)
		return mwz__fail(err, MWZ_EINVAL, 0, 0, "no options");
	if (opts->version < 1 || opts->version > MWZ_WRITE_OPTIONS_VERSION)
		return mwz__fail(err, MWZ_EINVAL, 0, 0,
		                 "unknown options version %u", opts->version);
	/* A version 1 caller's struct ends at ntgt, a version 2 one's at
	 * title: read no further. */
	if (opts->version == 1)
		memcpy(&full, opts, offsetof(mwz_write_options_t, width));
	else if (opts->version == 2)
		memcpy(&full, opts, offsetof(mwz_write_options_t, marks));
	else
		full = *opts;
	full.version = MWZ_WRITE_OPTIONS_VERSION;
	if (full.width == 0)
		full.width = 120;
	opts = &full;
	rc = check(beads, nbeads, opts, err);
	if (rc)
		return rc;
	o = malloc(sizeof *o);
	if (!o)
		return mwz__fail(err, MWZ_ENOMEM, 0, 0, "out of memory");
	o->fn = write;
	o->ctx = ctx;
	o->n = o->total = 0;
	o->failed = 0;
	st.written = nbeads;
	switch (opts->format) {
	case MWZ_FORMAT_TEXT: write_text(o, beads, nbeads, opts); break;
	case MWZ_FORMAT_TSV: write_tsv(o, beads, nbeads, opts); break;
	case MWZ_FORMAT_CSV: write_csv(o, beads, nbeads, opts); break;
	case MWZ_FORMAT_JSONL: write_jsonl(o, beads, nbeads, opts); break;
	case MWZ_FORMAT_VECALIGN: write_vecalign(o, beads, nbeads); break;
	case MWZ_FORMAT_HTML: mwz__write_html(o, beads, nbeads, opts); break;
	case MWZ_FORMAT_SIDE:
		wrc = mwz__write_side(o, beads, nbeads, opts, err);
		break;
	default: mwz__write_tmx(o, &st, beads, nbeads, opts); break;
	}
	mwz__out_flush(o);
	st.bytes = o->total;
	if (wrc != MWZ_OK)
		rc = wrc; /* err already filled */
	else
		rc = o->failed ? mwz__fail(err, MWZ_EIO, 0, 0,
		                           "the write callback failed")
		               : MWZ_OK;
	free(o);
	if (stats)
		*stats = st;
	return rc;
}

static int to_buf(void *ctx, const char *p, size_t n)
{
	return mwz__buf_put((mwz__buf *)ctx, p, n) != MWZ_OK;
}

int mwz_beads_render(char **out, size_t *outlen, mwz_write_stats_t *stats,
                     const mwz_bead_t *beads, size_t nbeads,
                     const mwz_write_options_t *opts, mwz_error_t *err)
{
	mwz__buf b = { NULL, 0, 0 };
	int rc;
	if (!out)
		return mwz__fail(err, MWZ_EINVAL, 0, 0, "out is NULL");
	*out = NULL;
	if (outlen)
		*outlen = 0;
	rc = mwz_beads_write(stats, to_buf, &b, beads, nbeads, opts, err);
	if (rc == MWZ_EIO) /* the only way to_buf fails */
		rc = mwz__fail(err, MWZ_ENOMEM, 0, 0, "out of memory");
	if (rc == MWZ_OK && !b.data && mwz__buf_put(&b, "", 0))
		rc = mwz__fail(err, MWZ_ENOMEM, 0, 0, "out of memory");
	if (rc) {
		mwz__buf_free(&b);
		return rc;
	}
	*out = b.data;
	if (outlen)
		*outlen = b.len;
	return MWZ_OK;
}

/* ------------------------------------------------------------------ */
/* Writing direction of a language tag                                 */
/* ------------------------------------------------------------------ */

int mwz__lang_rtl(const char *lang)
{
	/* Languages written right to left by default (CLDR's likely scripts). */
	static const char *const rtl[] = { "ar", "arc", "ckb", "dv", "fa", "he",
		                           "iw", "ks", "ps", "sd", "syr", "ug",
		                           "ur", "yi" };
	char primary[9];
	size_t n = 0, i;
	const char *p;
	if (!lang || !*lang)
		return -1;
	/* A script subtag decides: Arab, Hebr, Syrc, Thaa, Nkoo, Adlm, Rohg. */
	for (p = lang; (p = strchr(p, '-')) != NULL; p++) {
		static const char *const rtl_scripts[] = { "arab", "hebr", "syrc",
			                                   "thaa", "nkoo", "adlm",
			                                   "rohg", "samr", "mand" };
		size_t len = strcspn(p + 1, "-"), j;
		char sc[5];
		if (len != 4)
			continue;
		for (j = 0; j < 4; j++) {
			char c = p[1 + j];
			sc[j] = (char)(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
		}
		sc[4] = '\0';
		for (j = 0; j < sizeof rtl_scripts / sizeof rtl_scripts[0]; j++)
			if (strcmp(sc, rtl_scripts[j]) == 0)
				return 1;
		return 0; /* another script: Latn, Cyrl ... */
	}
	while (lang[n] && lang[n] != '-' && n < sizeof primary - 1) {
		char c = lang[n];
		primary[n++] = (char)(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
	}
	primary[n] = '\0';
	if (strcmp(primary, "und") == 0 || (lang[n] != '\0' && lang[n] != '-'))
		return -1;
	for (i = 0; i < sizeof rtl / sizeof rtl[0]; i++)
		if (strcmp(primary, rtl[i]) == 0)
			return 1;
	return 0;
}
