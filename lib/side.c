/*
 * side.c - the side-by-side view of an alignment for a terminal: two
 * columns, each sentence wrapped at ICU's line breaks by display width
 * (utf8proc's charwidth: wide East Asian characters 2 cells, combining
 * marks 0), a rule between beads. Right-to-left text stays in logical
 * order inside Unicode isolates (a terminal doing bidi keeps the columns
 * apart), or, with MWZ_WRITE_BIDI_VISUAL, is put in display order line by
 * line by ICU's bidi algorithm for a terminal that does no bidi; with
 * MWZ_WRITE_SHAPE Arabic letters become presentation forms (u_shapeArabic)
 * for a terminal that does not join them.
 */
#include "formats.h"
#include "internal.h"
#include "utf8.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/ubidi.h>
#include <unicode/ubrk.h>
#include <unicode/ushape.h>
#include <unicode/ustring.h>
#include <utf8proc.h>

#define SGR_RULE "\033[2m"
#define SGR_LOW "\033[1;31m"
#define SGR_FLAG "\033[1;30;43m"
#define SGR_OFF "\033[0m"

static const char LRI[] = "\xE2\x81\xA6"; /* U+2066 */
static const char RLI[] = "\xE2\x81\xA7"; /* U+2067 */
static const char FSI[] = "\xE2\x81\xA8"; /* U+2068 */
static const char PDI[] = "\xE2\x81\xA9"; /* U+2069 */

/* Lines of one column for one bead: line i is text[off[i], off[i+1]). */
struct cell {
	mwz__buf text;
	size_t *off, *width;
	unsigned char *flag; /* bits: 1 coloured (a label, a mark); 2 right-aligned */
	size_t n, cap;
};

/* Scratch space for one call. */
struct side {
	const mwz_write_options_t *opts;
	mwz_error_t *err;
	int visual, shape, color;
	int mark;          /* the lines being wrapped are a mark's: coloured */
	mwz__out *clean;   /* a sentence cleaned for display, into buf */
	mwz__buf buf;
	UChar *u, *u2;     /* the sentence in UTF-16; shaped or reordered */
	int32_t ucap, u2cap;
	UBiDi *para, *line;
	UBreakIterator *brk[2]; /* line breakers: source, target */
	struct cell cell[2];
};

static int to_buf(void *ctx, const char *p, size_t n)
{
	return mwz__buf_put((mwz__buf *)ctx, p, n) != MWZ_OK;
}

static int oom(struct side *s)
{
	return mwz__fail(s->err, MWZ_ENOMEM, 0, 0, "out of memory");
}

static int icu_fail(struct side *s, const char *what, UErrorCode st)
{
	return mwz__fail(s->err, MWZ_EINTERNAL, 0, 0, "side: ICU %s: %s", what,
	                 u_errorName(st));
}

static int grow_u(struct side *s, UChar **u, int32_t *cap, int32_t need)
{
	UChar *p;
	if (need <= *cap)
		return MWZ_OK;
	p = realloc(*u, (size_t)need * sizeof *p);
	if (!p)
		return oom(s);
	*u = p;
	*cap = need;
	return MWZ_OK;
}

/* Start a new line in a cell. */
static int cell_line(struct side *s, struct cell *c, size_t width, int flag)
{
	if (c->n + 2 > c->cap) {
		size_t cap = c->cap ? 2 * c->cap : 16;
		size_t *off = realloc(c->off, cap * sizeof *off);
		size_t *w;
		unsigned char *f;
		if (!off)
			return oom(s);
		c->off = off;
		w = realloc(c->width, cap * sizeof *w);
		if (!w)
			return oom(s);
		c->width = w;
		f = realloc(c->flag, cap);
		if (!f)
			return oom(s);
		c->flag = f;
		c->cap = cap;
	}
	if (c->n == 0)
		c->off[0] = 0;
	c->width[c->n] = width;
	c->flag[c->n] = (unsigned char)flag;
	c->n++;
	c->off[c->n] = c->text.len;
	return MWZ_OK;
}

static void cell_reset(struct cell *c)
{
	c->n = 0;
	c->text.len = 0;
}

/* Display width of a code point in a terminal cell grid. */
static int cp_width(UChar32 c)
{
	int w = utf8proc_charwidth((utf8proc_int32_t)c);
	/* VS16 asks for the emoji form, which terminals draw two cells wide:
	 * a narrow base (❤, ☀, a keycap's #) and it take two */
	if (c == 0xFE0F)
		return 1;
	return w < 0 ? 0 : w;
}

/* Append UTF-16 u[0, n) as UTF-8 to the cell text. */
static int put_utf16(struct side *s, struct cell *c, const UChar *u, int32_t n)
{
	int32_t i = 0;
	while (i < n) {
		UChar32 cp;
		char tmp[4];
		int k;
		U16_NEXT(u, i, n, cp);
		if (cp < 0 || (cp >= 0xD800 && cp <= 0xDFFF))
			cp = 0xFFFD;
		k = mwz__utf8_encode(tmp, (unsigned int)cp);
		if (k <= 0 || mwz__buf_put(&c->text, tmp, (size_t)k))
			return oom(s);
	}
	return MWZ_OK;
}

/* Width of u[a, b). */
static size_t width_of(const UChar *u, int32_t a, int32_t b)
{
	size_t w = 0;
	while (a < b) {
		UChar32 cp;
		U16_NEXT(u, a, b, cp);
		w += (size_t)cp_width(cp);
	}
	return w;
}

/* Does u[a, b) fit in cw cells? Stops at the first cell too many. */
static int fits(const UChar *u, int32_t a, int32_t b, size_t cw)
{
	size_t w = 0;
	while (a < b) {
		UChar32 cp;
		U16_NEXT(u, a, b, cp);
		if ((w += (size_t)cp_width(cp)) > cw)
			return 0;
	}
	return 1;
}

static int is_space16(const UChar *u, int32_t i)
{
	return u[i] == 0x20;
}

/* One wrapped line u[a, b) (no spaces at either end) into the cell. */
static int emit_line(struct side *s, struct cell *c, int32_t a, int32_t b,
                     int rtl)
{
	size_t w = width_of(s->u, a, b);
	UErrorCode st = U_ZERO_ERROR;
	int rc;
	if (s->visual) {
		int32_t n;
		ubidi_setLine(s->para, a, b, s->line, &st);
		if (U_FAILURE(st))
			return icu_fail(s, "ubidi_setLine", st);
		if ((rc = grow_u(s, &s->u2, &s->u2cap, 2 * (b - a) + 8)))
			return rc;
		/* Marks stay after their base; bidi controls (none left in
		 * cleaned text but the writer's) are dropped. */
		n = ubidi_writeReordered(s->line, s->u2, s->u2cap,
		                         UBIDI_DO_MIRRORING | UBIDI_KEEP_BASE_COMBINING |
		                                 UBIDI_REMOVE_BIDI_CONTROLS,
		                         &st);
		if (U_FAILURE(st))
			return icu_fail(s, "ubidi_writeReordered", st);
		if ((rc = put_utf16(s, c, s->u2, n)))
			return rc;
		w = width_of(s->u2, 0, n);
	} else {
		const char *iso = rtl > 0 ? RLI : rtl == 0 ? LRI : FSI;
		rc = 0;
		if (mwz__buf_put(&c->text, iso, 3) ||
		    (rc = put_utf16(s, c, s->u + a, b - a)) ||
		    mwz__buf_put(&c->text, PDI, 3))
			return rc ? rc : oom(s);
	}
	return cell_line(s, c, w, (s->visual && rtl > 0 ? 2 : 0) | (s->mark ? 1 : 0));
}

/*
 * Wrap s->u[0, n) into lines of at most cw cells at the line break
 * opportunities ICU finds; a piece wider than a line is cut between
 * characters (never before a zero-width mark).
 */
static int wrap(struct side *s, struct cell *c, UBreakIterator *bi, int32_t n,
                size_t cw, int rtl)
{
	UErrorCode st = U_ZERO_ERROR;
	int32_t start = 0, good = -1, p;
	int rc;
	ubrk_setText(bi, s->u, n, &st);
	if (U_FAILURE(st))
		return icu_fail(s, "ubrk_setText", st);
	for (p = ubrk_following(bi, 0); p != UBRK_DONE && start < n;) {
		int32_t end = p;
		while (end > start && is_space16(s->u, end - 1))
			end--;
		if (fits(s->u, start, end, cw)) {
			good = p;
			p = ubrk_following(bi, p);
			if (p != UBRK_DONE)
				continue;
		}
		if (good > start) {
			/* Emit up to the last break that fitted. */
			int32_t e = good;
			while (e > start && is_space16(s->u, e - 1))
				e--;
			if ((rc = emit_line(s, c, start, e, rtl)))
				return rc;
			start = good;
			good = -1;
			if (p == UBRK_DONE)
				break;
			continue; /* look at p again from the new start */
		}
		/* Nothing fits: cut the piece by characters. */
		{
			int32_t i = start, last = start;
			size_t w = 0;
			while (i < end) {
				UChar32 cp;
				int32_t j = i;
				U16_NEXT(s->u, j, end, cp);
				if (w + (size_t)cp_width(cp) > cw && cp_width(cp) > 0 &&
				    i > start)
					break;
				w += (size_t)cp_width(cp);
				i = j;
				last = i;
			}
			if ((rc = emit_line(s, c, start, last, rtl)))
				return rc;
			start = last;
			while (start < n && is_space16(s->u, start))
				start++;
			good = -1;
			if (p != UBRK_DONE && p <= start)
				p = ubrk_following(bi, start);
		}
	}
	if (start < n) {
		int32_t e = n;
		while (e > start && is_space16(s->u, e - 1))
			e--;
		if (e > start && (rc = emit_line(s, c, start, e, rtl)))
			return rc;
	}
	return MWZ_OK;
}

/* A label line: "[not translated]" (flagged: coloured) or "(empty)". */
static int label(struct side *s, struct cell *c, const char *text, int flag)
{
	if (mwz__buf_put(&c->text, text, strlen(text)))
		return oom(s);
	return cell_line(s, c, strlen(text), flag ? 1 : 0);
}

/*
 * u_shapeArabic turns harakat (fatha, shadda...) into spacing presentation
 * forms (U+FE70..U+FE7F) that take a cell of their own; a terminal shows
 * the combining marks on their letter, as they were.
 */
static void unmark_tashkeel(UChar *u, int32_t n)
{
	static const UChar mark[16] = { 0x064B, 0x064B, 0x064C, 0,      0x064D,
		                        0,      0x064E, 0x064E, 0x064F, 0x064F,
		                        0x0650, 0x0650, 0x0651, 0x0651, 0x0652,
		                        0x0652 };
	int32_t i;
	for (i = 0; i < n; i++)
		if (u[i] >= 0xFE70 && u[i] <= 0xFE7F && mark[u[i] - 0xFE70])
			u[i] = mark[u[i] - 0xFE70];
}

/*
 * The cleaned text in s->buf (not empty), shaped, put in display order and
 * wrapped into cell c of side which; i names the sentence in an error.
 */
static int put_text(struct side *s, struct cell *c, int which, size_t i, size_t cw,
                    int rtl)
{
	UErrorCode st = U_ZERO_ERROR;
	int32_t n = 0;
	int rc;
	if (s->buf.len > 0x3FFFFFFF)
		return mwz__fail(s->err, MWZ_ERANGE, 0, 0,
		                 "side: sentence %zu too long", i);
	if ((rc = grow_u(s, &s->u, &s->ucap, (int32_t)s->buf.len + 1)))
		return rc;
	u_strFromUTF8(s->u, s->ucap, &n, s->buf.data, (int32_t)s->buf.len, &st);
	if (U_FAILURE(st))
		return icu_fail(s, "u_strFromUTF8", st);
	if (s->shape) {
		/* Shape the whole sentence, in logical order, before it is
		 * cut into lines: letters join across the cut as they
		 * would on one line. Lam-alef ligatures shrink it. */
		const uint32_t how = U_SHAPE_LETTERS_SHAPE |
		                     U_SHAPE_TEXT_DIRECTION_LOGICAL |
		                     U_SHAPE_LENGTH_GROW_SHRINK;
		UChar *t;
		int32_t m, tcap;
		if ((rc = grow_u(s, &s->u2, &s->u2cap, n + 8)))
			return rc;
		m = u_shapeArabic(s->u, n, s->u2, s->u2cap, how, &st);
		if (st == U_BUFFER_OVERFLOW_ERROR) {
			st = U_ZERO_ERROR;
			if ((rc = grow_u(s, &s->u2, &s->u2cap, m + 8)))
				return rc;
			m = u_shapeArabic(s->u, n, s->u2, s->u2cap, how, &st);
		}
		if (U_FAILURE(st))
			return icu_fail(s, "u_shapeArabic", st);
		unmark_tashkeel(s->u2, m);
		t = s->u, s->u = s->u2, s->u2 = t;
		tcap = s->ucap, s->ucap = s->u2cap, s->u2cap = tcap;
		n = m;
	}
	if (s->visual) {
		ubidi_setPara(s->para, s->u, n,
		              rtl > 0 ? 1 : rtl == 0 ? 0 : UBIDI_DEFAULT_LTR,
		              NULL, &st);
		if (U_FAILURE(st))
			return icu_fail(s, "ubidi_setPara", st);
		/* An unknown language takes the direction of its text. */
		if (rtl < 0)
			rtl = ubidi_getParaLevel(s->para) & 1;
	}
	return wrap(s, c, s->brk[which], n, cw, rtl);
}

/*
 * A mark's line under its sentence, `! "Moqtada al-Sadr": house style: ...`,
 * coloured; its direction is its own text's (the name's script).
 */
static int put_mark(struct side *s, struct cell *c, int which, const char *sent,
                    size_t i, const mwz_mark_t *m, size_t cw)
{
	const char *p = sent + m->start;
	int rc;
	s->buf.len = 0;
	mwz__out_str(s->clean, "! \"");
	mwz__out_joined(s->clean, &p, &m->len, 0, 1, MWZ__CLEAN_DISPLAY);
	mwz__out_char(s->clean, '"');
	if (m->note) {
		mwz__out_str(s->clean, ": ");
		mwz__out_joined(s->clean, &m->note, (const size_t[]){ strlen(m->note) }, 0, 1,
		                MWZ__CLEAN_DISPLAY);
	}
	mwz__out_flush(s->clean);
	if (s->clean->failed)
		return oom(s);
	s->mark = 1;
	rc = put_text(s, c, which, i, cw, -1);
	s->mark = 0;
	return rc;
}

/* The sentences [start, start + count) of a side, wrapped into cell c, each
 * followed by its marks. */
static int fill_cell(struct side *s, int which, const char *const *sent,
                     const size_t *len, size_t start, size_t count,
                     size_t cw, int rtl, const char *missing)
{
	struct cell *c = &s->cell[which];
	size_t i, m, nm;
	int rc;
	cell_reset(c);
	if (count == 0)
		return label(s, c, missing, 1);
	for (i = start; i < start + count; i++) {
		const mwz_mark_t *mk = mwz__marks_of(s->opts, which, i, &nm);
		s->buf.len = 0;
		mwz__out_joined(s->clean, sent, len, i, 1, MWZ__CLEAN_DISPLAY);
		mwz__out_flush(s->clean);
		if (s->clean->failed)
			return oom(s);
		if (s->buf.len == 0)
			rc = label(s, c, "(empty)", 0);
		else
			rc = put_text(s, c, which, i, cw, rtl);
		for (m = 0; !rc && m < nm; m++)
			rc = put_mark(s, c, which, sent[i], i, &mk[m], cw);
		if (rc)
			return rc;
	}
	return MWZ_OK;
}

/* Pad with n spaces. */
static void pad(mwz__out *o, size_t n)
{
	static const char sp[] = "                                ";
	while (n > 0) {
		size_t k = n < sizeof sp - 1 ? n : sizeof sp - 1;
		mwz__out_put(o, sp, k);
		n -= k;
	}
}

static void rule_chars(mwz__out *o, size_t n)
{
	while (n--)
		mwz__out_str(o, "\xE2\x94\x80"); /* ─ */
}

/* A language tag as shown: letters, digits and '-' only, at most 12. */
static size_t tag_text(char *out, const char *lang, const char *dflt)
{
	const char *p = lang && *lang ? lang : dflt;
	size_t i;
	for (i = 0; p[i] && i < 12; i++) {
		char ch = p[i];
		if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ||
		      (ch >= '0' && ch <= '9') || ch == '-'))
			ch = '?';
		out[i] = ch;
	}
	out[i] = '\0';
	return i;
}

static void put_tag(mwz__out *o, const char *lang, const char *dflt, size_t *w)
{
	char t[13];
	size_t n = tag_text(t, lang, dflt);
	mwz__out_put(o, t, n);
	*w += n;
}

/* Write one side's line i of cell c in a column of cw cells; pad it (not
 * the last column) to the full width. */
static void put_cell_line(struct side *s, mwz__out *o, const struct cell *c,
                          size_t i, size_t cw, int last)
{
	size_t w, fill;
	int right_align;
	if (i >= c->n) {
		if (!last)
			pad(o, cw);
		return;
	}
	w = c->width[i];
	fill = w < cw ? cw - w : 0;
	right_align = (c->flag[i] & 2) != 0;
	if (right_align)
		pad(o, fill);
	if ((c->flag[i] & 1) && s->color)
		mwz__out_str(o, SGR_FLAG);
	mwz__out_put(o, c->text.data + c->off[i], c->off[i + 1] - c->off[i]);
	if ((c->flag[i] & 1) && s->color)
		mwz__out_str(o, SGR_OFF);
	if (!right_align && !last)
		pad(o, fill);
}

/* "ar 6-7" for the sentences of a side of a bead. */
static size_t range_label(char *buf, size_t cap, const char *lang,
                          const char *dflt, size_t start, size_t len)
{
	char t[13];
	int n;
	tag_text(t, lang, dflt);
	if (len == 0)
		n = snprintf(buf, cap, "%s -", t);
	else if (len == 1)
		n = snprintf(buf, cap, "%s %zu", t, start + 1);
	else
		n = snprintf(buf, cap, "%s %zu-%zu", t, start + 1, start + len);
	return n < 0 ? 0 : (size_t)n < cap ? (size_t)n : cap - 1;
}

/*
 * The rule over a bead: "─ 5  2-1  0.893  ar 6-7 ───┼─ en 5 ────", all of
 * it ASCII but the rule; what does not fit a narrow column is left out.
 */
static void put_rule(struct side *s, mwz__out *o, size_t k,
                     const mwz_bead_t *b, size_t cl, size_t cr)
{
	const mwz_write_options_t *op = s->opts;
	char head[96], src[64], tgt[64];
	size_t nh, ns, nt, w;
	int low = mwz__bead_low(b, op->low_score);
	nh = (size_t)snprintf(head, sizeof head, "%zu  %zu-%zu  ", k + 1,
	                      b->src_len, b->tgt_len);
	ns = range_label(src, sizeof src, op->src_lang, "src", b->src_start,
	                 b->src_len);
	nt = range_label(tgt, sizeof tgt, op->tgt_lang, "tgt", b->tgt_start,
	                 b->tgt_len);
	if (s->color)
		mwz__out_str(o, SGR_RULE);
	mwz__out_str(o, "\xE2\x94\x80 ");
	w = 2 + nh + 5 + (low ? 4 : 0);
	if (w + 1 <= cl) {
		mwz__out_put(o, head, nh);
		mwz__out_score(o, b->score, 3);
		if (low) {
			if (s->color)
				mwz__out_str(o, SGR_OFF SGR_LOW);
			mwz__out_str(o, " low");
			if (s->color)
				mwz__out_str(o, SGR_OFF SGR_RULE);
		}
		mwz__out_char(o, ' ');
		w++;
		if (w + 1 + ns + 1 <= cl) {
			mwz__out_char(o, ' ');
			mwz__out_put(o, src, ns);
			mwz__out_char(o, ' ');
			w += ns + 2;
		}
	} else {
		w = 2;
	}
	rule_chars(o, w < cl ? cl - w : 0);
	mwz__out_str(o, "\xE2\x94\x80\xE2\x94\xBC\xE2\x94\x80"); /* ─┼─ */
	w = 0;
	if (nt + 2 <= cr) {
		mwz__out_char(o, ' ');
		mwz__out_put(o, tgt, nt);
		mwz__out_char(o, ' ');
		w = nt + 2;
	}
	rule_chars(o, w < cr ? cr - w : 0);
	if (s->color)
		mwz__out_str(o, SGR_OFF);
	mwz__out_char(o, '\n');
}

/* Summary lines, wrapped at the width: pieces are appended with a
 * separator, a new "   " line started when one would not fit. */
struct wrapper {
	mwz__out *o;
	size_t col, width;
};

static void piece(struct wrapper *wr, const char *sep, const char *text)
{
	size_t ns = strlen(sep), nt = strlen(text);
	if (wr->col > 3 && wr->col + ns + nt > wr->width) {
		mwz__out_str(wr->o, "\n   ");
		wr->col = 3;
		sep = "";
		ns = 0;
	}
	mwz__out_put(wr->o, sep, ns);
	mwz__out_put(wr->o, text, nt);
	wr->col += ns + nt;
}

static void line_start(struct wrapper *wr, const char *text)
{
	if (wr->col)
		mwz__out_char(wr->o, '\n');
	wr->col = 0;
	mwz__out_str(wr->o, text);
	wr->col = strlen(text);
}

static void score_text(char *buf, double score)
{
	/* Locale-free, as mwz__out_score: two decimals. */
	unsigned long v;
	if (!(score > 0.0))
		score = 0.0;
	if (score > 1.0)
		score = 1.0;
	v = (unsigned long)(score * 100.0 + 0.5);
	buf[0] = (char)('0' + v / 100);
	buf[1] = '.';
	buf[2] = (char)('0' + v / 10 % 10);
	buf[3] = (char)('0' + v % 10);
	buf[4] = '\0';
}

static void put_summary(struct side *s, mwz__out *o, const mwz_bead_t *beads,
                        size_t nbeads, size_t width)
{
	const mwz_write_options_t *op = s->opts;
	struct wrapper wr;
	mwz__summary sm;
	char t[96], sl[13], tl[13], sc[8], sc2[8];
	size_t k;
	wr.o = o;
	wr.col = 0;
	wr.width = width;
	tag_text(sl, op->src_lang, "src");
	tag_text(tl, op->tgt_lang, "tgt");
	mwz__summarize(&sm, beads, nbeads, op->low_score);
	line_start(&wr, "-- sentences:");
	snprintf(t, sizeof t, "%zu %s", op->nsrc, sl);
	piece(&wr, " ", t);
	snprintf(t, sizeof t, "%zu %s", op->ntgt, tl);
	piece(&wr, ", ", t);
	line_start(&wr, "-- beads:");
	snprintf(t, sizeof t, "%zu", nbeads);
	piece(&wr, " ", t);
	for (k = 0; k < sm.nkinds; k++) {
		snprintf(t, sizeof t, "%s%zu %zu-%zu", k ? "" : "(", sm.kind_n[k],
		         sm.kind_src[k], sm.kind_tgt[k]);
		if (k + 1 == sm.nkinds && !sm.other)
			strcat(t, ")");
		piece(&wr, k ? ", " : " ", t);
	}
	if (sm.other) {
		snprintf(t, sizeof t, "%zu other)", sm.other);
		piece(&wr, ", ", t);
	}
	line_start(&wr, "-- not translated:");
	snprintf(t, sizeof t, "%zu %s sentence%s", sm.src_unpaired, sl,
	         sm.src_unpaired == 1 ? "" : "s");
	piece(&wr, " ", t);
	line_start(&wr, "-- not in the original:");
	snprintf(t, sizeof t, "%zu %s sentence%s", sm.tgt_unpaired, tl,
	         sm.tgt_unpaired == 1 ? "" : "s");
	piece(&wr, " ", t);
	if (sm.paired) {
		score_text(sc, sm.mean);
		line_start(&wr, "-- mean confidence:");
		piece(&wr, " ", sc);
		if (op->low_score > 0.0) {
			score_text(sc2, op->low_score);
			snprintf(t, sizeof t, "%zu low (under %s)", sm.low, sc2);
			piece(&wr, ", ", t);
		}
	}
	if (op->nmarks) {
		line_start(&wr, "--");
		piece(&wr, " ", op->marks_label && *op->marks_label ? op->marks_label : "Marked");
		snprintf(t, sizeof t, "%zu", op->nmarks);
		piece(&wr, ": ", t);
	}
	mwz__out_char(o, '\n');
}

static int open_icu(struct side *s)
{
	UErrorCode st = U_ZERO_ERROR;
	const char *lang[2];
	int i;
	lang[0] = s->opts->src_lang && *s->opts->src_lang ? s->opts->src_lang : "";
	lang[1] = s->opts->tgt_lang && *s->opts->tgt_lang ? s->opts->tgt_lang : "";
	for (i = 0; i < 2; i++) {
		s->brk[i] = ubrk_open(UBRK_LINE, lang[i], NULL, 0, &st);
		if (U_FAILURE(st))
			return icu_fail(s, "line break iterator", st);
	}
	if (s->visual) {
		s->para = ubidi_open();
		s->line = ubidi_open();
		if (!s->para || !s->line)
			return oom(s);
	}
	return MWZ_OK;
}

static void close_side(struct side *s)
{
	int i;
	for (i = 0; i < 2; i++) {
		if (s->brk[i])
			ubrk_close(s->brk[i]);
		mwz__buf_free(&s->cell[i].text);
		free(s->cell[i].off);
		free(s->cell[i].width);
		free(s->cell[i].flag);
	}
	if (s->line)
		ubidi_close(s->line);
	if (s->para)
		ubidi_close(s->para);
	free(s->u);
	free(s->u2);
	free(s->clean);
	mwz__buf_free(&s->buf);
}

int mwz__write_side(mwz__out *o, const mwz_bead_t *beads, size_t nbeads,
                    const mwz_write_options_t *opts, mwz_error_t *err)
{
	struct side s;
	size_t cl, cr, k, i, w;
	int srtl = mwz__lang_rtl(opts->src_lang), trtl = mwz__lang_rtl(opts->tgt_lang);
	int rc;

	memset(&s, 0, sizeof s);
	s.opts = opts;
	s.err = err;
	s.visual = (opts->flags & MWZ_WRITE_BIDI_VISUAL) != 0;
	s.shape = (opts->flags & MWZ_WRITE_SHAPE) != 0;
	s.color = (opts->flags & MWZ_WRITE_COLOR) != 0;
	/* Columns: left | " │ " | right. */
	cl = (opts->width - 3) / 2;
	cr = opts->width - 3 - cl;
	s.clean = malloc(sizeof *s.clean);
	if (!s.clean) {
		rc = oom(&s);
		goto done;
	}
	s.clean->fn = to_buf;
	s.clean->ctx = &s.buf;
	s.clean->n = s.clean->total = 0;
	s.clean->failed = 0;
	if ((rc = open_icu(&s)))
		goto done;

	/* Heading: the languages and their sentence counts. */
	w = 0;
	if (s.color)
		mwz__out_str(o, "\033[1m");
	put_tag(o, opts->src_lang, "source", &w);
	mwz__out_str(o, " (");
	mwz__out_size(o, opts->nsrc);
	mwz__out_str(o, opts->nsrc == 1 ? " sentence)" : " sentences)");
	{
		char tmp[32];
		w += (opts->nsrc == 1 ? 12 : 13) + (size_t)snprintf(tmp, sizeof tmp, "%zu", opts->nsrc);
	}
	pad(o, w < cl ? cl - w : 0);
	mwz__out_str(o, " \xE2\x94\x82 "); /* │ */
	w = 0;
	put_tag(o, opts->tgt_lang, "target", &w);
	mwz__out_str(o, " (");
	mwz__out_size(o, opts->ntgt);
	mwz__out_str(o, opts->ntgt == 1 ? " sentence)" : " sentences)");
	if (s.color)
		mwz__out_str(o, SGR_OFF);
	mwz__out_char(o, '\n');

	for (k = 0; k < nbeads; k++) {
		const mwz_bead_t *b = &beads[k];
		size_t rows;
		put_rule(&s, o, k, b, cl, cr);
		if ((rc = fill_cell(&s, 0, opts->src, opts->src_len, b->src_start,
		                    b->src_len, cl, srtl, "[not in the original]")) ||
		    (rc = fill_cell(&s, 1, opts->tgt, opts->tgt_len, b->tgt_start,
		                    b->tgt_len, cr, trtl, "[not translated]")))
			goto done;
		rows = s.cell[0].n > s.cell[1].n ? s.cell[0].n : s.cell[1].n;
		for (i = 0; i < rows; i++) {
			put_cell_line(&s, o, &s.cell[0], i, cl, 0);
			mwz__out_str(o, " \xE2\x94\x82"); /* │ */
			if (i < s.cell[1].n) {
				mwz__out_char(o, ' ');
				put_cell_line(&s, o, &s.cell[1], i, cr, 1);
			}
			mwz__out_char(o, '\n');
		}
	}
	put_summary(&s, o, beads, nbeads, opts->width);
	rc = MWZ_OK;
done:
	close_side(&s);
	return rc;
}
