/*
 * segment.c - sentence segmentation: ICU's sentence break iterator plus the
 * rules it lacks for news text (abbreviations, initials, quotes followed by
 * lower case, headlines and soft-wrapped lines, paragraphs).
 *
 * How a text is cut:
 *  1. It is checked as UTF-8 and converted to UTF-16; byte offsets are
 *     recovered by walking forward as sentences are emitted.
 *  2. Lines holding only white space split it into paragraphs; a blank line
 *     is always a boundary and the next sentence gets MWZ_SENT_PARA_START.
 *  3. Inside a paragraph a single line break is either hard (a boundary) or
 *     soft (read as a space). It is soft when the line ends in sentence-final
 *     punctuation (the stop decides, so "Mr.\nSmith" stays whole), in a comma,
 *     colon, semicolon or dash (a dateline "BAGHDAD -" stays with its
 *     sentence), when the next line starts in lower case, or when the line
 *     is as full as the paragraph's wrap width, its longest line (the next
 *     word would not have fitted, with a tenth of slack), if that is at most
 *     200 characters; a tenth of lines or fewer longer than the others, which
 *     are full, do not count (a URL in a wrapped paragraph). Otherwise it is
 *     hard: a headline or a line without a stop. A line that opens a list
 *     item (a bullet, or "- " or "* " in text that is not wrapped) follows
 *     a hard break unless the line before ends in a stop.
 *  4. ICU proposes boundaries in each paragraph (plain "en"/"ar" rules, no
 *     built-in suppressions: our own tables decide); each proposal after a
 *     full stop, "!", "?" or "؟" is then kept or dropped by keep_break():
 *     abbreviations by class (abbrev.c, also inside brackets: "(U.S.)"), an
 *     Arabic stop inside brackets opened mid-sentence,
 *     initials, dotted Arabic letters (د. أ.ف.ب), list numbers ("points:
 *     1. ..."), lower case or an Arabic verb of saying after a quoted
 *     question. Boundaries ICU lacks are added: after an ellipsis character
 *     before a capital, between two quotations back to back, and after an
 *     Arabic quotation without a stop followed by وأضاف, وقالت, لقد... or,
 *     for a long quoted sentence, by any word that does not carry the
 *     sentence on (quote_ends), and before an Arabic timeline entry
 *     ("2005: ...") or لقد / جاء ذلك after a sentence left without a stop, and before
 *     a capitalised subject pronoun or determiner after a lower-case word
 *     ("... pages They can", "... pages The news has").
 *  5. The first sentence of a text may carry its headline with no line
 *     break: headline_cut() looks for the lead restating it. An Arabic
 *     sentence of 50 words or more is cut before a clause of its own
 *     (وقد، وقال...): emit_long().
 *  6. Sentences are the spans between boundaries, trimmed of white space,
 *     so every other character of the input is in exactly one sentence.
 */
#include "internal.h"
#include "segment.h"
#include "utf8.h"

#include <stdlib.h>
#include <string.h>

#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf16.h>
#include <utf8proc.h>

enum { BI_LATIN = 0, BI_ARABIC = 1 };

/* Format characters (RLM, ZWNJ, ZWSP, soft hyphen, BOM...) are invisible
 * and ignored by ICU's sentence rules; they are left out of u so that the
 * rules here see the letters and spaces around them, and their bytes are
 * put back in the sentences' byte ranges. */
struct gap {
	size_t at;    /* before u[at]                 */
	size_t bytes; /* UTF-8 bytes left out there   */
};

struct mwz_segmenter {
	int lang;                  /* MWZ_LANG_* asked for            */
	UBreakIterator *bi[2];     /* opened on first use             */
	UChar *u;                  /* the text in UTF-16              */
	size_t cap;                /* room in u                       */
	size_t cur16, cur8;        /* a UTF-16 index and its byte offset,
	                              moved forward as sentences are emitted */
	struct gap *gap;           /* format characters left out of u  */
	size_t ngap, gapcap, curgap;
	size_t n16;                /* length of u                      */
	size_t *cand;              /* candidate boundaries of a paragraph */
	size_t ncand, candcap;
	struct hword *hw;          /* headline detector scratch        */
	int continued;             /* texts continue a document: no headline cut */
};

int mwz_segmenter_create(mwz_segmenter_t **out, int lang, mwz_error_t *err)
{
	mwz_segmenter_t *s;
	if (!out)
		return mwz__fail(err, MWZ_EINVAL, 0, 0, "out is NULL");
	*out = NULL;
	if (lang < MWZ_LANG_AUTO || lang > MWZ_LANG_OTHER)
		return mwz__fail(err, MWZ_EINVAL, 0, 0, "unknown language %d", lang);
	s = calloc(1, sizeof *s);
	if (!s)
		return mwz__fail(err, MWZ_ENOMEM, 0, 0, "out of memory");
	s->lang = lang;
	*out = s;
	return MWZ_OK;
}

void mwz_segmenter_set_doc_start(mwz_segmenter_t *s, int doc_start)
{
	if (s)
		s->continued = !doc_start;
}

void mwz_segmenter_destroy(mwz_segmenter_t *s)
{
	if (!s)
		return;
	if (s->bi[0])
		ubrk_close(s->bi[0]);
	if (s->bi[1])
		ubrk_close(s->bi[1]);
	free(s->u);
	free(s->gap);
	free(s->cand);
	free(s->hw);
	free(s);
}

static int open_bi(mwz_segmenter_t *s, int which, mwz_error_t *err)
{
	UErrorCode st = U_ZERO_ERROR;
	if (s->bi[which])
		return MWZ_OK;
	s->bi[which] = ubrk_open(UBRK_SENTENCE, which == BI_ARABIC ? "ar" : "en",
	                         NULL, 0, &st);
	if (U_FAILURE(st)) {
		s->bi[which] = NULL;
		return mwz__fail(err, MWZ_EINTERNAL, 0, 0,
		                 "ICU sentence break iterator: %s", u_errorName(st));
	}
	return MWZ_OK;
}

/* ---- character classes ---- */

static int is_space(UChar32 c) { return u_isUWhiteSpace(c); }

static int is_line_end(UChar32 c)
{
	return c == 0x0A || c == 0x0D || c == 0x85 || c == 0x2028 || c == 0x2029 ||
	       c == 0x0B || c == 0x0C;
}

/* Unicode's Quotation_Mark characters, without a property look-up per character. */
static int is_quote(UChar32 c)
{
	if (c < 0x80)
		return c == '"' || c == '\'';
	return c == 0xAB || c == 0xBB || (c >= 0x2018 && c <= 0x201F) || c == 0x2039 ||
	       c == 0x203A || c == 0x2E42 || (c >= 0x300C && c <= 0x300F) ||
	       (c >= 0x301D && c <= 0x301F) || (c >= 0xFE41 && c <= 0xFE44) ||
	       c == 0xFF02 || c == 0xFF07 || c == 0xFF62 || c == 0xFF63;
}

static int is_close(UChar32 c)
{
	return is_quote(c) || c == ')' || c == ']' || c == '}' ||
	       u_charType(c) == U_END_PUNCTUATION;
}

static int is_open(UChar32 c)
{
	return is_quote(c) || c == '(' || c == '[' || c == '{' ||
	       u_charType(c) == U_START_PUNCTUATION;
}

/* Sentence-final punctuation ending a line (then the line break is soft). */
static int is_final(UChar32 c)
{
	return c == '.' || c == '!' || c == '?' || c == 0x061F /* ؟ */ ||
	       c == 0x06D4 /* ۔ */ || c == 0x2026 /* … */ || c == 0x203C ||
	       c == 0x2047 || c == 0x2048 || c == 0x2049 || c == 0x3002;
}

/* A line ending in these runs on into the next line. */
static int is_continuing(UChar32 c)
{
	return c == ',' || c == ':' || c == ';' || c == 0x060C /* ، */ ||
	       c == 0x061B /* ؛ */ || c == '-' || c == 0x2013 || c == 0x2014 ||
	       c == 0x2010 || c == 0x2012 || c == 0x2015 || c == '/' || c == '&';
}

static int is_arabic_letter(UChar32 c)
{
	UErrorCode st = U_ZERO_ERROR;
	return u_isalpha(c) && uscript_getScript(c, &st) == USCRIPT_ARABIC;
}

/* ---- the text in UTF-16 ---- */

static int to_utf16(mwz_segmenter_t *s, const char *text, size_t len,
                    mwz_error_t *err)
{
	const unsigned char *p = (const unsigned char *)text;
	size_t i = 0, k = 0;
	if (len + 1 > s->cap) {
		size_t cap = len + 1;
		UChar *u = realloc(s->u, cap * sizeof *u);
		if (!u)
			return mwz__fail(err, MWZ_ENOMEM, 0, 0, "out of memory");
		s->u = u;
		s->cap = cap;
	}
	s->ngap = 0;
	while (i < len) {
		unsigned int cp;
		int n = mwz__utf8_decode(p, len, i, &cp);
		if (n < 0) /* validated before; kept as a guard */
			return mwz__fail(err, MWZ_EUTF8, 0, i, "invalid UTF-8 at byte %zu", i);
		if (cp >= 0x80 && u_charType((UChar32)cp) == U_FORMAT_CHAR) {
			/* A run of invisible characters next to a visible one is left
			 * out, its bytes noted before u[k]; one between spaces (or a
			 * space and an end) stays, so every visible byte is still in
			 * a sentence. */
			size_t e = i + (size_t)n;
			unsigned int nx = 0;
			int m = 0;
			while (e < len && (m = mwz__utf8_decode(p, len, e, &nx)) > 0 && nx >= 0x80 &&
			       u_charType((UChar32)nx) == U_FORMAT_CHAR)
				e += (size_t)m;
			if ((k > 0 && !u_isUWhiteSpace(s->u[k - 1])) ||
			    (e < len && m > 0 && !u_isUWhiteSpace((UChar32)nx))) {
				if (s->ngap == s->gapcap) {
					size_t cap = s->gapcap ? 2 * s->gapcap : 64;
					struct gap *g = realloc(s->gap, cap * sizeof *g);
					if (!g)
						return mwz__fail(err, MWZ_ENOMEM, 0, 0, "out of memory");
					s->gap = g;
					s->gapcap = cap;
				}
				s->gap[s->ngap].at = k;
				s->gap[s->ngap++].bytes = e - i;
				i = e;
				continue;
			}
		}
		if (cp >= 0x10000) {
			s->u[k++] = (UChar)U16_LEAD(cp);
			s->u[k++] = (UChar)U16_TRAIL(cp);
		} else {
			s->u[k++] = (UChar)cp;
		}
		i += (size_t)n;
	}
	s->n16 = k;
	s->cur16 = s->cur8 = s->curgap = 0;
	return MWZ_OK;
}

static UChar32 char_at(const UChar *u, size_t i, size_t end)
{
	UChar32 c = u[i];
	if (U16_IS_LEAD(c) && i + 1 < end && U16_IS_TRAIL(u[i + 1]))
		c = U16_GET_SUPPLEMENTARY(c, u[i + 1]);
	return c;
}

/* The code point ending just before i (i > start). */
static UChar32 char_before(const UChar *u, size_t start, size_t i, size_t *at)
{
	UChar32 c = u[i - 1];
	*at = i - 1;
	if (U16_IS_TRAIL(c) && i - 1 > start && U16_IS_LEAD(u[i - 2])) {
		c = U16_GET_SUPPLEMENTARY(u[i - 2], c);
		*at = i - 2;
	}
	return c;
}

/* ---- paragraphs and lines ---- */

struct line {
	size_t start, end; /* content, without its line break       */
	size_t next;       /* where the next line starts             */
	int blank;         /* only white space                       */
	int para_break;    /* ended by U+2029 PARAGRAPH SEPARATOR    */
};

/* Trimmed length in code points, first and last non-space code points. */
static size_t line_len(const UChar *u, size_t a, size_t b, UChar32 *first,
                       UChar32 *last, UChar32 *last2)
{
	size_t i = a, n = 0, e = b, at;
	*first = *last = *last2 = 0;
	while (i < b && is_space(u[i]))
		i++;
	while (e > i && is_space(u[e - 1]))
		e--;
	if (i >= e)
		return 0;
	*first = char_at(u, i, e);
	*last = char_before(u, i, e, &at);
	/* the mark before closing quotes and brackets: “... said.” */
	while (at > i && is_close(*last))
		*last = char_before(u, i, at, &at);
	*last2 = *last;
	for (; i < e; i++)
		if (!U16_IS_TRAIL(u[i]))
			n++;
	return n;
}

/* Length in code points of the first word of [a, b). */
static size_t first_word_len(const UChar *u, size_t a, size_t b)
{
	size_t n = 0;
	while (a < b && is_space(u[a]))
		a++;
	while (a < b && !is_space(u[a])) {
		if (!U16_IS_TRAIL(u[a]))
			n++;
		a++;
	}
	return n;
}

/* A line that opens with a list item's marker and a space: 2 for a bullet
 * (• ● ▪ ◦ ‣ ⁃ ■ ► ▸ ➢), 1 for "-" or "*", which a wrapped line may also
 * start with ("the minister\n- who ..."), 3 for a number, "1." or "2)",
 * which starts a sentence unless the text is wrapped, 0 for none. */
static int list_marker(const UChar *u, size_t a, size_t b)
{
	UChar32 c;
	size_t d;
	while (a < b && is_space(u[a]))
		a++;
	/* a numbered item: 1. or 12) then a space */
	for (d = a; d < b && d - a < 3 && u[d] >= '0' && u[d] <= '9'; d++)
		;
	if (d > a && d + 1 < b && (u[d] == '.' || u[d] == ')') &&
	    (u[d + 1] == ' ' || u[d + 1] == '\t'))
		return 3;
	if (a + 1 >= b || (u[a + 1] != ' ' && u[a + 1] != '\t' && u[a + 1] != 0x00A0))
		return 0;
	c = u[a];
	if (c == 0x2022 || c == 0x25CF || c == 0x25AA || c == 0x25E6 || c == 0x2023 ||
	    c == 0x2043 || c == 0x25A0 || c == 0x25BA || c == 0x25B8 || c == 0x27A2)
		return 2;
	return c == '-' || c == '*';
}

/* Widest text wrapped at a fixed width (terminals, mail, e-texts wrap at 60 to
 * 132 columns); a text whose lines are longer has a paragraph or a sentence a
 * line, and a long line without a stop is no wrapped line. */
#define WRAP_MAX 200

/* A block of this many lines or fewer tells too little of its own wrap width:
 * "Headline\nBy Jane Smith" has its headline as wide as the block, as a wrapped
 * line would be. When its last line ends without a stop (a wrapped paragraph
 * ends with one, a headline and byline do not), it is measured against the
 * wrap width of the text's longer blocks instead, and is no wrapped text
 * in a text that has none. */
#define WRAP_SHORT_BLOCK 3
/* Narrowest column taken for wrapped text, given the evidence of its lines. */
#define WRAP_NARROW 20
/* Narrowest column taken for wrapped text on its width alone: text folded at
 * 40 columns ("fold -s -w 40") has its widest line 38 or 39 characters long
 * without its trailing space. */
#define WRAP_WIDE 38

/* The last line of the paragraph that starts at line i: a run of non-blank
 * lines, also cut after U+2029. */
static size_t block_last(const struct line *ln, size_t nln, size_t i)
{
	while (i + 1 < nln && !ln[i + 1].blank && !ln[i].para_break)
		i++;
	return i;
}

/*
 * Wrap width of the nl lines ln (code points): their widest line, unless a
 * tenth of them or fewer are longer than the rest, which are full (a
 * URL, a table row or a line joined by hand in a wrapped paragraph): then
 * the widest of the others, so that one long line does not make every
 * wrapped line look short.
 */
static size_t block_width(const UChar *u, const struct line *ln, size_t nl)
{
	unsigned int hist[WRAP_MAX + 2];
	size_t i, width = 0, w90, below = 0, over, full = 0;
	memset(hist, 0, sizeof hist);
	for (i = 0; i < nl; i++) {
		UChar32 f, l, l2;
		size_t n = line_len(u, ln[i].start, ln[i].end, &f, &l, &l2);
		if (n > width)
			width = n;
		hist[n <= WRAP_MAX ? n : WRAP_MAX + 1]++;
	}
	if (nl < 10)
		return width;
	/* the narrowest width nine lines in ten fit in */
	for (w90 = 0; w90 <= WRAP_MAX; w90++)
		if (10 * (below += hist[w90]) >= 9 * nl)
			break;
	over = nl - below;
	if (w90 >= width || w90 < WRAP_WIDE || w90 > WRAP_MAX || 10 * over > nl)
		return width;
	/* the others full: three in four of them could not have taken the next
	 * line's first word within that width */
	for (i = 0; i + 1 < nl; i++) {
		UChar32 f, l, l2;
		size_t n = line_len(u, ln[i].start, ln[i].end, &f, &l, &l2);
		full += n <= w90 && n + 1 + first_word_len(u, ln[i + 1].start, ln[i + 1].end) > w90;
	}
	return 4 * full >= 3 * (nl - 1 - over) ? w90 : width;
}

/*
 * Decide the line breaks inside one paragraph: soft ones become spaces in
 * the UTF-16 copy, hard ones stay and ICU breaks after them. wrap_width is
 * the widest line of the text's blocks of more than WRAP_SHORT_BLOCK lines
 * that look wrapped (none longer than WRAP_MAX), 0 if there are none.
 */
static void mark_line_breaks(UChar *u, const struct line *ln, size_t nl, size_t wrap_width)
{
	size_t width = block_width(u, ln, nl), i, minw = WRAP_WIDE, minn;
	if (nl <= WRAP_SHORT_BLOCK) {
		UChar32 f, l, l2;
		size_t last = line_len(u, ln[nl - 1].start, ln[nl - 1].end, &f, &l, &l2);
		/* nor when its last line is its widest: a wrapped paragraph's lines
		 * before the last are as full as any ("Flood warning issued for
		 * Houston" above a longer one-line lead) */
		if (!is_final(l) || (nl > 1 && last >= width))
			width = wrap_width;
	}
	/* a wrapped line is the width less the next word at most: a word is
	 * rarely longer than 15 letters */
	minn = width > 46 ? 30 : width > 31 ? width - 16 : WRAP_NARROW * 3 / 4;
	if (width >= WRAP_NARROW && width < WRAP_WIDE && nl >= 4) {
		/* a narrow column (a newspaper's, a PDF's, a phone's) is taken for
		 * wrapped text only when four lines in five before the last are full,
		 * and, where letters have case, half the lines after them go on in
		 * lower case: a list of short lines is not */
		size_t full = 0, cased = 0, lower = 0;
		for (i = 0; i + 1 < nl; i++) {
			UChar32 f, l, l2, nf;
			size_t n = line_len(u, ln[i].start, ln[i].end, &f, &l, &l2);
			full += 10 * (n + 1 + first_word_len(u, ln[i + 1].start, ln[i + 1].end)) >
			        9 * width;
			line_len(u, ln[i + 1].start, ln[i + 1].end, &nf, &l, &l2);
			cased += u_islower(nf) || u_isupper(nf);
			lower += u_islower(nf) != 0;
		}
		if (full * 5 >= (nl - 1) * 4 && (cased < 2 || lower * 2 >= cased)) {
			minw = WRAP_NARROW;
			minn = WRAP_NARROW * 3 / 4;
		}
	}
	for (i = 0; i + 1 < nl; i++) {
		UChar32 f, l, l2, nf, nl2, nl3;
		size_t n = line_len(u, ln[i].start, ln[i].end, &f, &l, &l2);
		size_t j, soft;
		line_len(u, ln[i + 1].start, ln[i + 1].end, &nf, &nl2, &nl3);
		/* wrapped text: the next word would (nearly) not have fitted on
		 * this line; a tenth of slack for wrapping by display width */
		int wrapped = width >= minw && width <= WRAP_MAX && n >= minn &&
		              10 * (n + 1 + first_word_len(u, ln[i + 1].start, ln[i + 1].end)) >
		                      9 * width;
		int item = list_marker(u, ln[i + 1].start, ln[i + 1].end);
		/* in text that is not wrapped (its lines are longer than any wrap
		 * width) a colon or semicolon at a line end was ended there on
		 * purpose: "... as follows:\nWhere did it come from?" */
		int colon = width > WRAP_MAX && (l == ':' || l == ';' || l == 0x061B || l == 0xFF1A);
		soft = is_final(l) || (is_continuing(l) && !colon) || u_islower(nf) || wrapped;
		/* a list item starts a sentence of its own ("Key points:\n• ...") */
		if (item == 2 || (item == 1 && !wrapped))
			soft = is_final(l);
		else if (item == 3 && !wrapped)
			soft = 0; /* a numbered line starts a sentence, after a stop too */
		/* a space of the same UTF-8 length, so that byte offsets still add up */
		if (soft)
			for (j = ln[i].end; j < ln[i].next; j++)
				u[j] = u[j] < 0x80 ? ' ' : u[j] < 0x800 ? 0x00A0 : 0x3000;
		else if (u[ln[i].end] == 0x0B || u[ln[i].end] == 0x0C)
			u[ln[i].end] = 0x0A; /* ICU reads these as spaces */
	}
}

/* ---- the rules on ICU's proposals ---- */

struct para {
	const UChar *u;
	size_t start, end;
	size_t prev; /* the last boundary kept                             */
	int latin;   /* letters have case: lower case after a stop continues */
};

/* ASCII copy of u[a, b) into buf (size cap); 0 if not all ASCII or too long. */
static size_t ascii(char *buf, size_t cap, const UChar *u, size_t a, size_t b)
{
	size_t i, n = 0;
	if (b - a >= cap)
		return 0;
	for (i = a; i < b; i++) {
		if (u[i] >= 0x80)
			return 0;
		buf[n++] = (char)u[i];
	}
	buf[n] = '\0';
	return n;
}

/* End of the word (letters and combining marks) starting at a. */
static size_t word_end(const UChar *u, size_t a, size_t end)
{
	while (a < end) {
		UChar32 c = char_at(u, a, end);
		if (!u_isalpha(c) && u_charType(c) != U_NON_SPACING_MARK)
			break;
		a += U16_LENGTH(c);
	}
	return a;
}

/* UTF-8 copy of u[a, b) into buf (size cap); 0 if too long. */
static size_t utf8_copy(char *buf, size_t cap, const UChar *u, size_t a, size_t b)
{
	size_t n = 0;
	while (a < b) {
		UChar32 c = char_at(u, a, b);
		if (n + 5 > cap)
			return 0;
		n += (size_t)mwz__utf8_encode(buf + n, (unsigned int)c);
		a += U16_LENGTH(c);
	}
	buf[n] = '\0';
	return n;
}

/* Start of the next word after boundary b: opening quotes and brackets skipped,
 * and invisible format characters (zero width space, RLM, ZWNJ). */
static size_t next_word(const struct para *p, size_t b)
{
	while (b < p->end && (is_space(p->u[b]) || is_open(char_at(p->u, b, p->end)) ||
	                      u_charType(p->u[b]) == U_FORMAT_CHAR))
		b++;
	return b;
}

/* Letters and inner stops only, each group one or two letters: U.S, N.Y.P.D, a.m */
static int dotted_acronym(const char *t, size_t n)
{
	size_t i, run = 0, dots = 0;
	for (i = 0; i < n; i++) {
		if (t[i] == '.') {
			if (run == 0 || run > 2)
				return 0;
			run = 0;
			dots++;
		} else if ((t[i] >= 'A' && t[i] <= 'Z') || (t[i] >= 'a' && t[i] <= 'z')) {
			run++;
		} else {
			return 0;
		}
	}
	return dots > 0 && run > 0 && run <= 2;
}

#define MAX_TOKEN 40 /* longest word looked at as a possible abbreviation */

/* The folded Arabic word s[0..n) opens with the article: ال، لل، or وال، بال، فال، كال. */
static int has_article(const char *s, size_t n)
{
	static const char *const pre[] = {
		"\xD8\xA7\xD9\x84", "\xD9\x84\xD9\x84", "\xD9\x88\xD8\xA7\xD9\x84",
		"\xD8\xA8\xD8\xA7\xD9\x84", "\xD9\x81\xD8\xA7\xD9\x84", "\xD9\x83\xD8\xA7\xD9\x84",
	};
	size_t i, l;
	for (i = 0; i < sizeof pre / sizeof pre[0]; i++) {
		l = strlen(pre[i]);
		if (n > l + 2 && memcmp(s, pre[i], l) == 0)
			return 1;
	}
	return 0;
}

static size_t ar_word(char *w, size_t cap, const UChar *u, size_t a, size_t b, int fold);
static int is_ar_mark(UChar32 c);

/*
 * Whether a stop after the Arabic word u[ts, at) ends its sentence; nw is the next
 * word. The name of a Latin letter is an initial, جون إف. كينيدي، جيه. آر. آر. تولكين،
 * روي في. واد, unless it ends letters read as one word (سي إن إن.) or is بي after a
 * word (with me: اتصل بي.); no sentence ends with a preposition or particle (في. من.).
 * A clause opener after the stop (وقال، لقد) starts a sentence all the same.
 */
static int ar_stop_ends(const struct para *p, size_t ts, size_t at, size_t nw)
{
	const UChar *u = p->u;
	char w[64], x[64];
	size_t n = ar_word(w, sizeof w, u, ts, at, 1), xn, ps, pe;
	int dotted;

	if (n == 0 || nw >= p->end ||
	    !(mwz__arabic_letter_name(w, n) || mwz__arabic_no_final(w, n)))
		return 1;
	xn = ar_word(x, sizeof x, u, nw, word_end(u, nw, p->end), 0);
	if (mwz__arabic_opener(x, xn))
		return 1;
	if (mwz__arabic_letter_name(w, n)) {
		pe = ts;
		while (pe > p->start && is_space(u[pe - 1]))
			pe--;
		ps = pe;
		while (ps > p->start && !is_space(u[ps - 1]) && pe - ps <= MAX_TOKEN)
			ps--;
		dotted = pe > ps && u[pe - 1] == '.';
		xn = ar_word(x, sizeof x, u, ps, dotted ? pe - 1 : pe, 1);
		if (xn > 0 && mwz__arabic_letter_name(x, xn))
			return !dotted; /* سي إن إن. ends; جيه. آر. does not */
		if (mwz__arabic_no_final(w, n))
			return 0;
		/* a letter after a noun with the article is its label, البروتين إس.
		 * الخطة بي.: a name before an initial has none */
		if (has_article(x, xn))
			return 1;
		return xn > 0 && n == 4 && memcmp(w, "\xD8\xA8\xD9\x8A", 4) == 0; /* بي */
	}
	return 0; /* a preposition or particle */
}

/*
 * Whether to keep a boundary ICU proposed at b. e is the end of the
 * sentence before it (white space dropped).
 */
static int keep_break(const struct para *p, size_t b)
{
	const UChar *u = p->u;
	size_t e = b, t, at, nw, ts, k;
	UChar32 c, nc;
	char tok[32], nxt[32];
	size_t tn, nn;
	int cls, closed;

	while (e > p->start && (is_space(u[e - 1]) || u_charType(u[e - 1]) == U_FORMAT_CHAR))
		e--;
	for (k = e; k < b; k++)
		if (is_line_end(u[k]))
			return 1; /* a hard line break */
	t = e;
	closed = 0;
	while (t > p->start) {
		c = char_before(u, p->start, t, &at);
		if (!is_close(c))
			break;
		t = at;
		/* a quote closes a sentence; a bracket may close an abbreviation, (U.S.) */
		closed |= is_quote(c) ? 2 : 1;
	}
	if (t == p->start)
		return 1;
	c = char_before(u, p->start, t, &at);
	nw = next_word(p, b);
	nc = nw < p->end ? char_at(u, nw, p->end) : 0;

	if (c == '!' || c == '?' || c == 0x203C || c == 0x2049 || c == 0x2048 ||
	    c == 0x061F) {
		/* "Stop!" he said. / Why? because ... */
		if (p->latin) {
			if (u_islower(nc))
				return 0;
			/* "We did it!" Biden said. / "Can we win?" Coach Mike Brown asked:
			 * up to four capitalised words (a name, its title) then a verb
			 * of saying go on with the quotation */
			if (closed & 2) {
				size_t q = nw, k2;
				for (k2 = 0; k2 < 5 && q < p->end; k2++) {
					size_t qe = q, tn2;
					char wd[32];
					while (qe < p->end && !is_space(u[qe]))
						qe++;
					tn2 = ascii(wd, sizeof wd, u, q, qe);
					while (tn2 > 0 && (wd[tn2 - 1] == ',' || wd[tn2 - 1] == '.'))
						tn2--;
					if (tn2 > 0 && k2 > 0 && mwz__say_word(wd, tn2))
						return 0;
					if (k2 == 0 && tn2 > 0 && mwz__sentence_starter(wd, tn2))
						break; /* "Where is it?" Nobody replied. */
					if (tn2 == 0 || !(wd[0] >= 'A' && wd[0] <= 'Z'))
						break;
					q = qe;
					while (q < p->end && is_space(u[q]))
						q++;
				}
			}
			return 1;
		}
		/* «...؟» قال: a verb of saying continues a quoted question */
		if (closed) {
			char w[64];
			size_t wn = utf8_copy(w, sizeof w, u, nw, word_end(u, nw, p->end));
			return !(wn > 0 && mwz__arabic_speech(w, wn));
		}
		return 1;
	}
	if (c != '.')
		return 1;
	if (u_islower(nc))
		return 0;
	if (closed & 2)
		return 1; /* `... the U.S." The` : the quote closes the sentence */
	if (closed == 0 && !p->latin) {
		/* the same with the brackets closing further on, `الشركة (التي تأسست
		 * عام 1998. ومقرها دبي) بخير`: a ")" ahead, before any "(" */
		size_t q = b;
		while (q < p->end && q - b < 400 && u[q] != '(' && u[q] != ')' && !is_line_end(u[q]))
			q++;
		if (q < p->end && u[q] == ')')
			closed = 1; /* then as below */
	}
	if (closed == 1 && !p->latin) {
		/* Arabic has no case to tell: a stop inside brackets opened in the
		 * middle of a sentence, `الشركة (التي تأسست عام 1998.) إنها`, does
		 * not end it */
		size_t q = t;
		while (q > p->start && t - q < 400 && u[q - 1] != '(' && u[q - 1] != ')')
			q--;
		if (q > p->start && u[q - 1] == '(') {
			q--;
			while (q > p->start && is_space(u[q - 1]))
				q--;
			if (q > p->start && u_isalnum(char_before(u, p->start, q, &q)))
				return 0;
		}
	}

	/* the word the stop ends, opening quotes and brackets dropped */
	ts = at;
	while (ts > p->start && !is_space(u[ts - 1]) && at - ts <= MAX_TOKEN)
		ts--;
	if (at - ts > MAX_TOKEN)
		return 1; /* no abbreviation is that long; keeps the scan linear */
	while (ts < at && is_open(char_at(u, ts, at)))
		ts++;
	/* a list number, "points: 1. Cut taxes. 2. Raise wages.", goes with its item:
	 * one to three digits opening the sentence or after a colon */
	for (k = ts; k < at && u_isdigit(u[k]); k++)
		;
	if (k == at && at > ts && at - ts <= 3 && nw < p->end && !u_isdigit(nc)) {
		size_t q = ts;
		while (q > p->start && is_space(u[q - 1]))
			q--;
		if (q <= p->prev || u[q - 1] == ':' || u[q - 1] == ';')
			return 0; /* "killed were: 1. John Smith, 34; 2. Ana Ruiz" */
	}
	tn = ascii(tok, sizeof tok, u, ts, at);
	if (tn == 0) {
		/* single Arabic letters between stops: د. (Dr.), أ.د. (Prof. Dr.),
		 * أ.ف.ب (AFP), ص. (page); but after a number it is an era, "1990 م."
		 * or "300 ق.م.", and may end the sentence (not inside the letters) */
		size_t q, run = 0;
		int abbr = 1;
		for (q = ts; q < at && abbr; q++) {
			if (u[q] == '.') {
				abbr = run > 0;
				run = 0;
			} else if (is_ar_mark(u[q])) { /* tatweel, هـ.; a vowel, دُ. */
				continue;
			} else if (is_arabic_letter(u[q]) && run < 1) {
				run++;
			} else {
				abbr = 0;
			}
		}
		if (!abbr || run == 0)
			return ar_stop_ends(p, ts, at, nw);
		if (e == b && nw == b)
			return 0; /* inside the letters: أ.|ف.ب */
		q = ts;
		while (q > p->start && is_space(u[q - 1]))
			q--;
		return q > p->start && u_isdigit(char_before(u, p->start, q, &q));
	}
	/* the next word, letters only */
	k = nw;
	while (k < p->end && k - nw < sizeof nxt - 1 && u[k] < 0x80 && u_isalpha(u[k]))
		k++;
	nn = ascii(nxt, sizeof nxt, u, nw, k);

	cls = mwz__abbr_class(tok, tn);
	if (cls == MWZ__ABBR_NONE) {
		if (tn == 1 && tok[0] >= 'A' && tok[0] <= 'Z')
			/* an initial before a Latin capital: J. K. Rowling, George W. Bush */
			return !(nc < 0x80 && u_isupper(nc)) ||
			       (nn > 0 && mwz__sentence_starter(nxt, nn));
		if (dotted_acronym(tok, tn))
			cls = MWZ__ABBR_NAME;
		else
			return 1;
	}
	switch (cls) {
	case MWZ__ABBR_TITLE:
	case MWZ__ABBR_INNER:
		return 0;
	case MWZ__ABBR_NUMBER:
		return !u_isdigit(nc);
	case MWZ__ABBR_MONTH:
		if (u_isdigit(nc))
			return 0;
		return nn > 0 && mwz__sentence_starter(nxt, nn);
	case MWZ__ABBR_NAME:
		return nn > 0 && mwz__sentence_starter(nxt, nn);
	case MWZ__ABBR_END:
		if (nn == 0 && !p->latin && is_arabic_letter(nc)) {
			/* 7:30 p.m. في: Arabic has no case to tell; a clause opener
			 * (وقال، لقد) starts a sentence, any other word goes on */
			char x[64];
			size_t xn = ar_word(x, sizeof x, u, nw, word_end(u, nw, p->end), 0);
			return mwz__arabic_opener(x, xn);
		}
		if (nn == 0)
			return !u_isdigit(nc);
		return u_isupper(nc) && !mwz__abbr_follower(nxt, nn);
	default:
		return 1;
	}
}

/* ---- a headline run into the first sentence ---- */

/*
 * A text may start with its headline run into the first sentence with no
 * stop and no line break between them ("Volcano spews ash on Mexico City Ash
 * spewing from the volcano has reached ..."). News leads restate their
 * headline, so the first sentence of a text is cut after word k when the
 * content words before k come back after it, helped by the shape of the
 * seam: a capitalised word that opens sentences (He, There, The), a
 * dateline (BAGHDAD -), a Title Case headline followed by lower case, and
 * no preposition or comma before the cut. Arabic has no case, so it takes
 * more repetition; a verb of reporting (قال، أعلنت) or a past verb of an
 * event (هاجم، اعتقلت، أُلقي: headlines use the present) after the cut helps, and
 * among equal cuts the one before a word shaped like a verb wins (leads
 * open with verbs, headlines with nouns); a cut whose listed verb makes it
 * stand out from every other cut needs less repetition. No cut falls
 * between أن (that) + subject and its verb, nor inside a pair of words
 * found side by side again in the paragraph (Mexico City). Weights and thresholds were set
 * on ntrex-dev (bench/split_eval.c --no-headline) and checked on tico19.
 */
#define HL_MAX_WORDS 400 /* words of the first sentence looked at */
#define HL_MAX_HEAD 30   /* longest headline, in words           */
#define HL_KEY 24

struct hword {
	size_t s, e;            /* UTF-16 span                          */
	char norm[HL_KEY * 2];  /* normalised word, UTF-8 (may be cut)  */
	size_t normlen;
	char key[HL_KEY];       /* stem key, UTF-8                      */
	size_t keylen;
	int content, cap, lower, allcaps, dash, verbish, noend, comma_end;
	int past;                /* Arabic past-tense verb of a news event */
	int paren_end;           /* ends in ")": an agency, "(رويترز)"  */
	int strong;
};

static UChar32 fold_ar(UChar32 c)
{
	switch (c) {
	case 0x0623: case 0x0625: case 0x0622: case 0x0671: return 0x0627;
	case 0x0629: return 0x0647;
	case 0x0649: return 0x064A;
	default: return c;
	}
}

static int is_ar_mark(UChar32 c)
{
	return (c >= 0x064B && c <= 0x065F) || c == 0x0670 || c == 0x0640;
}

/* The Arabic letter a Persian or Urdu form stands for in Arabic text: ی ک ہ ە. */
static UChar32 canon_ar(UChar32 c)
{
	switch (c) {
	case 0x06CC: return 0x064A;
	case 0x06A9: return 0x0643;
	case 0x06C1: case 0x06D5: return 0x0647;
	default: return c;
	}
}

/* u[a, b) as UTF-8, diacritics and tatweel dropped, presentation forms (text
 * copied from a PDF) as their letters, Persian letter forms as the Arabic
 * ones; folded (alef, ta marbuta, alef maqsura) when fold is set. */
static size_t ar_word(char *w, size_t cap, const UChar *u, size_t a, size_t b, int fold)
{
	size_t n = 0;
	for (; a < b && n + 5 < cap; a++) {
		utf8proc_int32_t d[4];
		utf8proc_ssize_t nd = 1, q;
		int last = 0;
		d[0] = (utf8proc_int32_t)u[a];
		if ((u[a] >= 0xFB50 && u[a] <= 0xFDFF) || (u[a] >= 0xFE70 && u[a] <= 0xFEFC)) {
			nd = utf8proc_decompose_char(d[0], d, 4, UTF8PROC_COMPAT | UTF8PROC_DECOMPOSE, &last);
			if (nd < 1 || nd > 4) {
				nd = 1;
				d[0] = (utf8proc_int32_t)u[a];
			}
		}
		for (q = 0; q < nd && n + 5 < cap; q++) {
			UChar32 c = canon_ar((UChar32)d[q]);
			if (!is_ar_mark(c))
				n += (size_t)mwz__utf8_encode(w + n, (unsigned int)(fold ? fold_ar(c) : c));
		}
	}
	w[n] = '\0';
	return n;
}

static size_t put_utf8(char *buf, size_t cap, const UChar32 *v, size_t n)
{
	size_t i, o = 0;
	for (i = 0; i < n && o + 5 < cap; i++)
		o += (size_t)mwz__utf8_encode(buf + o, (unsigned int)v[i]);
	buf[o] = '\0';
	return o;
}

static void hword_fill(struct hword *w, const UChar *u, int arabic)
{
	UChar32 v[HL_KEY * 2], c, raw0 = 0, rawlast = 0;
	size_t n = 0, i, a = w->s, b = w->e, st = 0, letters = 0, upper = 0;
	int first = 1;
	/* letters, digits and inner marks; outer punctuation dropped */
	while (a < b && !u_isalnum(char_at(u, a, b)))
		a += U16_LENGTH(char_at(u, a, b));
	while (b > a) {
		size_t at;
		c = char_before(u, a, b, &at);
		if (u_isalnum(c))
			break;
		b = at;
	}
	c = w->e > w->s ? char_before(u, w->s, w->e, &i) : 0;
	w->comma_end = c == ',' || c == ';' || c == ':' || c == 0x060C || c == 0x061B ||
	               c == '-' || c == 0x2013 || c == 0x2014 || c == '/' || c == '(' ||
	               c == '&';
	w->paren_end = c == ')';
	/* a dash standing alone: - -- – — */
	w->dash = w->e - w->s <= 2;
	for (i = w->s; i < w->e && w->dash; i++)
		w->dash = u[i] == '-' || u[i] == 0x2013 || u[i] == 0x2014;
	w->cap = w->lower = w->allcaps = 0;
	for (i = a; i < b; i += U16_LENGTH(c)) {
		c = char_at(u, i, b);
		if (first) {
			w->cap = u_isupper(c) || u_istitle(c) || u_isdigit(c);
			w->lower = u_islower(c);
			first = 0;
		}
		if (u_isalpha(c)) {
			letters++;
			upper += u_isupper(c) != 0;
		}
		if (arabic) {
			if (is_ar_mark(c))
				continue;
			if (n == 0)
				raw0 = c;
			rawlast = c;
			c = fold_ar(c);
		} else {
			c = u_tolower(c);
		}
		if (n < sizeof v / sizeof v[0])
			v[n++] = c;
	}
	w->allcaps = letters >= 2 && upper == letters;
	w->normlen = put_utf8(w->norm, sizeof w->norm, v, n);
	w->verbish = 0;
	if (arabic) {
		/* a verb-like shape: three letters, or a verb prefix and no noun ending */
		static const UChar32 pre[][3] = {
			{ 0x0627, 0x0633, 0x062A }, { 0x0627, 0x0646, 0 }, { 0x0627, 0, 0 },
			{ 0x062A, 0, 0 }, { 0x064A, 0, 0 },
		};
		int noun = (n >= 2 && raw0 == 0x0627 && v[1] == 0x0644) ||
		           rawlast == 0x0629 ||
		           (n >= 2 && v[n - 2] == 0x0627 && v[n - 1] == 0x062A);
		if (!noun && n == 3)
			w->verbish = 1;
		for (i = 0; !noun && !w->verbish && i < sizeof pre / sizeof pre[0]; i++) {
			size_t k = 0;
			while (k < 3 && pre[i][k] && k < n && v[k] == pre[i][k])
				k++;
			if ((k == 3 || !pre[i][k]) && n >= 4 && n <= 6)
				w->verbish = 1;
		}
		/* clitic prefixes off for the stem: وال بال لل فال كال ال و ب ل ف */
		{
			static const UChar32 pfx[][3] = {
				{ 0x0648, 0x0627, 0x0644 }, { 0x0628, 0x0627, 0x0644 },
				{ 0x0641, 0x0627, 0x0644 }, { 0x0643, 0x0627, 0x0644 },
				{ 0x0644, 0x0644, 0 }, { 0x0627, 0x0644, 0 }, { 0x0648, 0, 0 },
				{ 0x0628, 0, 0 }, { 0x0644, 0, 0 }, { 0x0641, 0, 0 },
			};
			for (i = 0; i < sizeof pfx / sizeof pfx[0]; i++) {
				size_t k = 0;
				while (k < 3 && pfx[i][k] && k < n && v[k] == pfx[i][k])
					k++;
				if ((k == 3 || !pfx[i][k]) && n - k >= 3) {
					st = k;
					break;
				}
			}
		}
	}
	/* a past verb: from the list, or passive by its vowel, قُتل أُلقي (u then a letter);
	 * not مُ, which starts participles (مُعد، مُرشح), nor يُ and تُ, which start
	 * present tenses (يُخفي، تُظهر) */
	w->past = arabic && (mwz__arabic_past_verb(w->norm, w->normlen) ||
	                     (w->e - w->s >= 4 && u_isalpha(u[w->s]) && u[w->s] != 0x0645 &&
	                      u[w->s] != 0x064A && u[w->s] != 0x062A &&
	                      u[w->s + 1] == 0x064F && n >= 3 && v[n - 1] != 0x0647));
	w->content = (n - st >= 3 || (n >= 2 && u_isdigit(v[0]) && u_isdigit(v[1]))) &&
	             !mwz__function_word(w->norm, w->normlen, arabic);
	w->noend = mwz__no_end_word(w->norm, w->normlen, arabic);
	if (w->noend)
		w->verbish = 0; /* حتى، على have a verb's shape */
	w->strong = arabic ? 0 : mwz__starter_strength(w->norm, w->normlen);
	{
		size_t kl = n - st < (size_t)(arabic ? 4 : 5) ? n - st : (size_t)(arabic ? 4 : 5);
		w->keylen = put_utf8(w->key, sizeof w->key, v + st, kl);
	}
}

/*
 * Distinct content keys of w[0, k) found again in w[k, n), less twice the
 * keys repeated inside w[0, k): a headline does not repeat itself.
 */
static int overlap(const struct hword *w, size_t k, size_t n)
{
	size_t i, j, l;
	int count = 0;
	for (i = 0; i < k; i++) {
		int dup = 0, found = 0;
		if (!w[i].content)
			continue;
		for (l = 0; l < i && !dup; l++)
			dup = w[l].content && w[l].keylen == w[i].keylen &&
			      memcmp(w[l].key, w[i].key, w[i].keylen) == 0;
		if (dup) {
			count -= 2;
			continue;
		}
		for (j = k; j < n && !found; j++)
			found = w[j].content && w[j].keylen == w[i].keylen &&
			        memcmp(w[j].key, w[i].key, w[i].keylen) == 0;
		count += found;
	}
	return count;
}

/* ان (أن، إن after normalisation) alone or with ب، ل، و: "that", a clause follows. */
static int is_anna(const char *s, size_t n)
{
	if (n == 6 && (memcmp(s, "\xD8\xA8", 2) == 0 || memcmp(s, "\xD9\x84", 2) == 0 ||
	               memcmp(s, "\xD9\x88", 2) == 0)) {
		s += 2;
		n -= 2;
	}
	return n == 4 && memcmp(s, "\xD8\xA7\xD9\x86", 4) == 0;
}

/* u[a, b) is a month name (diacritics dropped), يناير or كانون الثاني's كانون. */
static int is_month(const UChar *u, size_t a, size_t b)
{
	char w[64];
	size_t n = ar_word(w, sizeof w, u, a, b, 0);
	return mwz__arabic_month(w, n);
}

static int same_norm(const struct hword *x, const struct hword *y)
{
	return x->normlen > 0 && x->normlen == y->normlen &&
	       memcmp(x->norm, y->norm, x->normlen) == 0;
}

/* Words k-1 and k side by side again after k in w[0, n). */
static int pair_again(const struct hword *w, size_t k, size_t n)
{
	size_t j;
	if (!w[k - 1].content || !w[k].content)
		return 0;
	for (j = k + 2; j < n; j++)
		if (same_norm(&w[j - 1], &w[k - 1]) && same_norm(&w[j], &w[k]))
			return 1;
	return 0;
}

/* Score of a headline cut before word k of w[0, n), or HL_NO_CUT where none can be. */
#define HL_NO_CUT (-1e9)
static double hl_score(const UChar *u, const struct hword *w, size_t k, size_t n,
                       size_t nctx, int arabic)
{
	double sc;
	UChar32 f;
	size_t j, hc = 0, hcap = 0, low = 0;
	if (w[k - 1].comma_end || w[k - 1].dash || w[k - 1].noend)
		return HL_NO_CUT;
	/* a number and what it counts or dates: 11 عامًا (the accusative -an), 1 يناير */
	if (arabic && w[k - 1].e > w[k - 1].s && u_isdigit(u[w[k - 1].e - 1]) &&
	    w[k].e - w[k].s >= 3 &&
	    (u[w[k].e - 1] == 0x064B || u[w[k].e - 2] == 0x064B || is_month(u, w[k].s, w[k].e)))
		return HL_NO_CUT;
	/* "said We will...": a quotation without quote marks, not a headline */
	if (!arabic && mwz__say_word(w[k - 1].norm, w[k - 1].normlen))
		return HL_NO_CUT;
	/* a pair of words found together again is a name or a term: Mexico City */
	if (pair_again(w, k, nctx))
		return HL_NO_CUT;
	/* أن الصين أصبحت: a subject and its verb after "that" */
	if (arabic && k >= 2 && is_anna(w[k - 2].norm, w[k - 2].normlen))
		return HL_NO_CUT;
	j = w[k].s;
	while (j < w[k].e && is_open(char_at(u, j, w[k].e)))
		j++;
	if (j >= w[k].e)
		return HL_NO_CUT;
	f = char_at(u, j, w[k].e);
	if (arabic ? !u_isalnum(f) : !(u_isupper(f) || u_isdigit(f)))
		return HL_NO_CUT;
	/* never before a bracketed agency, "TEL AVIV, Israel (AP) —", nor inside
	 * a dateline's city in capitals, "SALT LAKE | CITY" */
	if (u[w[k].s] == '(' || (!arabic && w[k - 1].allcaps && w[k].allcaps))
		return HL_NO_CUT;
	sc = overlap(w, k, n);
	if (w[k + 1].dash || w[k + 2].dash || (!arabic && k + 3 < n && w[k + 3].dash)) {
		if (arabic || w[k].allcaps)
			sc += 3; /* a dateline: BAGHDAD - */
	} else if (!arabic && w[k].allcaps) {
		/* a longer one, before its agency: TEL AVIV, Israel (AP) — */
		for (j = k + 2; j < n && j <= k + 6; j++)
			if (w[j].dash && w[j - 1].paren_end) {
				sc += 3;
				break;
			}
	}
	if (arabic && !w[k + 1].dash && !w[k + 2].dash)
		for (j = k + 3; j < n && j <= k + 8; j++)
			if (w[j].dash && w[j - 1].paren_end) {
				/* a dated dateline, القاهرة، 5 يناير (شينخوا) --,
				 * cut before the city rather than the month */
				sc += 3.5;
				break;
			}
	if (arabic && mwz__arabic_lead_verb(w[k].norm, w[k].normlen))
		sc += 2; /* قال، أعلنت... open leads */
	else if (arabic && w[k].past)
		sc += 2; /* a past verb of an event: هاجم، اعتقل، أُلقي */
	if (!arabic) {
		sc += w[k].strong == 2 ? 2.5 : w[k].strong == 1 ? 1.5 : 0;
		for (j = 0; j < k; j++)
			if (!mwz__function_word(w[j].norm, w[j].normlen, 0) && w[j].normlen) {
				hc++;
				hcap += w[j].cap != 0;
			}
		for (j = k; j < n && j < k + 8; j++)
			low += w[j].lower && !mwz__function_word(w[j].norm, w[j].normlen, 0);
		if (hc >= 3 && hcap * 4 >= hc * 3 && low >= 3)
			sc += 2; /* Title Case Headline then a sentence */
	}
	return sc;
}

/* The words of u[a, b) into w[n...] (up to HL_MAX_WORDS in all); the new count. */
static size_t hwords(const UChar *u, size_t a, size_t b, int arabic, struct hword *w,
                     size_t n)
{
	size_t i = a;
	while (i < b && n < HL_MAX_WORDS) {
		while (i < b && is_space(u[i]))
			i++;
		if (i >= b)
			break;
		w[n].s = i;
		while (i < b && !is_space(u[i]))
			i++;
		w[n].e = i;
		hword_fill(&w[n], u, arabic);
		n++;
	}
	return n;
}

/*
 * Where the headline ends in the first sentence u[a, b), or 0 to leave it
 * whole. w is scratch for HL_MAX_WORDS words.
 */
static size_t headline_cut(const UChar *u, size_t a, size_t b, size_t pend,
                           int arabic, struct hword *w)
{
	size_t n, nctx, k, kmax, best_k = 0;
	double best = -1e9, second = -1e9;
	int best_verb = 0;
	UChar32 c;
	size_t at;

	/* only a sentence that ends in a stop: a lone headline has none */
	while (b > a && is_space(u[b - 1]))
		b--;
	at = b;
	do {
		if (at <= a)
			return 0;
		c = char_before(u, a, at, &at);
	} while (is_close(c));
	if (!is_final(c))
		return 0;
	n = hwords(u, a, b, arabic, w, 0);
	if (n < 8)
		return 0;
	/* the words of the paragraph after the first sentence, for pair_again() */
	nctx = hwords(u, b, pend, arabic, w, n);
	kmax = n - 3 < HL_MAX_HEAD ? n - 3 : HL_MAX_HEAD;
	for (k = 3; k < kmax; k++) {
		double sc = hl_score(u, w, k, n, nctx, arabic);
		if (sc == HL_NO_CUT)
			continue;
		if (sc > best || (arabic && sc == best && !best_verb && w[k].verbish)) {
			second = best; /* an equal score taken on a tie stands out by 0 */
			best_verb = sc > best ? w[k].verbish : 1;
			best = sc;
			best_k = k;
		} else if (sc > second) {
			second = sc;
		}
	}
	if (best_k == 0)
		return 0;
	/* a lower score also cuts where it stands out: in Arabic by 1 when the lead
	 * opens with a listed verb (a passive by its vowel may start a relative
	 * clause), in English by 2 before a strong opener (He, There, With: 2.5) */
	if (best < (arabic ? 5 : 3) &&
	    !(arabic && best >= 3 && best - second >= 1 &&
	      (mwz__arabic_lead_verb(w[best_k].norm, w[best_k].normlen) ||
	       mwz__arabic_past_verb(w[best_k].norm, w[best_k].normlen))) &&
	    !(!arabic && best >= 2.5 && best - second >= 2))
		return 0;
	return w[best_k].s;
}

static int add_cand(mwz_segmenter_t *s, size_t b)
{
	if (s->ncand == s->candcap) {
		size_t cap = s->candcap ? s->candcap * 2 : 64;
		size_t *c = realloc(s->cand, cap * sizeof *c);
		if (!c)
			return MWZ_ENOMEM;
		s->cand = c;
		s->candcap = cap;
	}
	s->cand[s->ncand++] = b;
	return MWZ_OK;
}

static int cmp_size(const void *a, const void *b)
{
	size_t x = *(const size_t *)a, y = *(const size_t *)b;
	return x < y ? -1 : x > y;
}

/*
 * Byte offset of UTF-16 index i: where u[i] starts in the text, after the
 * format characters left out just before it (or the text's length). Sentences
 * are emitted in order, so a cursor walks forward (restarting from 0 if asked
 * for an earlier index): no per-unit offset table. *gap gets the bytes left
 * out just before u[i].
 */
static size_t byte_at_gap(mwz_segmenter_t *s, size_t i, size_t *gap)
{
	if (i < s->cur16) {
		s->cur16 = s->cur8 = s->curgap = 0;
	}
	if (s->cur16 == 0 && s->curgap == 0 && s->ngap && s->gap[0].at == 0)
		s->cur8 = s->gap[s->curgap++].bytes;
	while (s->cur16 < i) {
		UChar c = s->u[s->cur16];
		if (U16_IS_LEAD(c)) {
			s->cur16 += 2;
			s->cur8 += 4;
		} else {
			s->cur16++;
			s->cur8 += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
		}
		if (s->curgap < s->ngap && s->gap[s->curgap].at == s->cur16)
			s->cur8 += s->gap[s->curgap++].bytes;
	}
	*gap = s->curgap > 0 && s->gap[s->curgap - 1].at == i ? s->gap[s->curgap - 1].bytes : 0;
	return s->cur8;
}

static size_t byte_at(mwz_segmenter_t *s, size_t i)
{
	size_t gap;
	return byte_at_gap(s, i, &gap);
}

/* Output array of sentences. */
struct out {
	mwz_sentence_t *v;
	size_t n, cap;
};

/* Append the trimmed span u[a, b) as a sentence unless it is only space. */
static int emit(struct out *o, mwz_segmenter_t *s, size_t a, size_t b,
                int *para_start)
{
	size_t gap, end;
	while (a < b && is_space(s->u[a]))
		a++;
	while (b > a && is_space(s->u[b - 1]))
		b--;
	if (a >= b)
		return MWZ_OK;
	if (o->n == o->cap) {
		size_t cap = o->cap ? o->cap * 2 : 32;
		mwz_sentence_t *v = realloc(o->v, cap * sizeof *v);
		if (!v)
			return MWZ_ENOMEM;
		o->v = v;
		o->cap = cap;
	}
	/* format characters just before the first character belong to the
	 * sentence; those just after the last, when space or the end follows */
	o->v[o->n].start = byte_at_gap(s, a, &gap) - gap;
	end = byte_at_gap(s, b, &gap);
	if (b < s->n16 && !is_space(s->u[b]))
		end -= gap;
	o->v[o->n].len = end - o->v[o->n].start;
	o->v[o->n].flags = *para_start ? MWZ_SENT_PARA_START : 0;
	*para_start = 0;
	o->n++;
	return MWZ_OK;
}

/* A web address at u[j, b), which cites the words before it: http://, https://, www. */
static int is_link(const UChar *u, size_t j, size_t b)
{
	static const char *const pre[] = { "http://", "https://", "www." };
	size_t k, q;
	for (k = 0; k < 3; k++) {
		for (q = 0; pre[k][q] && j + q < b && u[j + q] == (UChar)pre[k][q]; q++)
			;
		if (!pre[k][q])
			return 1;
	}
	return 0;
}

/* An emoji, or a piece of one (skin tone, ZWJ, VS16, keycap, flag letter). */
static int is_emoji_part(UChar32 c)
{
	return u_hasBinaryProperty(c, UCHAR_EXTENDED_PICTOGRAPHIC) ||
	       u_hasBinaryProperty(c, UCHAR_EMOJI_MODIFIER) ||
	       u_hasBinaryProperty(c, UCHAR_REGIONAL_INDICATOR) || c == 0x200D || c == 0xFE0F ||
	       c == 0x20E3;
}

/*
 * A boundary at c moved past the emoji that follow it: they react to the
 * sentence before ("... جدا. 😂 وأضاف"), and a last one is no sentence of
 * its own. Words of emoji only are passed over, with the space after them.
 */
static size_t past_emoji(const UChar *u, size_t c, size_t b)
{
	size_t j = c;
	for (;;) {
		size_t k = j;
		while (k < b && !is_space(u[k])) {
			UChar32 ch;
			size_t at = k;
			U16_NEXT(u, k, b, ch);
			if (!is_emoji_part(ch)) {
				k = at;
				break;
			}
		}
		if (k == j || (k < b && !is_space(u[k])))
			return j; /* no emoji word here */
		while (k < b && is_space(u[k]) && !is_line_end(u[k]))
			k++;
		j = k;
		if (j >= b || is_line_end(u[j]))
			return j;
	}
}

/* Script of a paragraph, when the segmenter was asked to detect it. */
static int para_is_arabic(const UChar *u, size_t a, size_t b)
{
	size_t ar = 0, other = 0, i;
	for (i = a; i < b; i++) {
		UChar32 c = u[i];
		if (c < 0x80) {
			if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')
				other++;
		} else if (is_arabic_letter(c)) {
			ar++;
		} else if (u_isalpha(c)) {
			other++;
		}
	}
	return ar > other;
}

#define QUOTE_MIN_WORDS 4   /* a quoted sentence, not a quoted term     */
#define QUOTE_MAX_SCAN 2000 /* UTF-16 units searched for the opening quote */

/*
 * Whether the Arabic quotation closed without a stop by the quote at q
 * (paragraph u[a, b)) ends its sentence, the next word being u[j, e).
 * Translators often drop the stop before a closing quote. A quoted sentence,
 * not a quoted term (`"بريكزيت"`), is long and opens a sentence or follows a
 * colon (`قال: "..."`); and the sentence ends unless the next word carries it
 * on: a preposition, conjunction or relative (`"..." من`, `"..." الذي`), a
 * verb or participle of saying (`"..." قائلا`), or a word in ف (a result
 * clause, `"إذا ..." فيمكننا`).
 */
static int quote_ends(const UChar *u, size_t a, size_t b, size_t q, size_t j, size_t e)
{
	size_t o = q, words = 0, n, at;
	char w[64];
	UChar32 c;
	int in_word = 0;

	while (o > a && q - o < QUOTE_MAX_SCAN && !is_quote(u[o - 1])) {
		o--;
		if (is_space(u[o]))
			in_word = 0;
		else if (!in_word) {
			in_word = 1;
			words++;
		}
	}
	if (o == a || !is_quote(u[o - 1]) || words < QUOTE_MIN_WORDS)
		return 0;
	o--; /* the opening quote */
	while (o > a && is_space(u[o - 1]))
		o--;
	if (o > a) {
		c = char_before(u, a, o, &at);
		if (c != ':' && !is_final(c) && !is_quote(c))
			return 0;
	}
	/* the next word, diacritics and tatweel dropped */
	n = ar_word(w, sizeof w, u, j, e, 0);
	if (e - j < 2 || (e < b && is_quote(u[e])))
		return 0; /* و"... : a list of quotations */
	if (u[j] == 0x0641 /* ف */ || mwz__arabic_continuation(w, n) ||
	    mwz__arabic_speech(w, n))
		return 0;
	/* participles of saying with a suffix or a missing space: قائلًا، قائلةً، مضيفًا */
	if (n >= 8 && (memcmp(w, "\xD9\x82\xD8\xA7\xD8\xA6\xD9\x84", 8) == 0 ||
	               memcmp(w, "\xD9\x85\xD8\xB6\xD9\x8A\xD9\x81", 8) == 0))
		return 0;
	return 1;
}

/* u[a, b) is لقد or ولقد, diacritics aside. */
static int is_laqad(const UChar *u, size_t a, size_t b)
{
	char w[32];
	size_t n = ar_word(w, sizeof w, u, a, b, 0);
	const char *p = w;
	if (n >= 2 && memcmp(p, "\xD9\x88", 2) == 0) { /* و */
		p += 2;
		n -= 2;
	}
	return n == 6 && memcmp(p, "\xD9\x84\xD9\x82\xD8\xAF", 6) == 0; /* لقد */
}

/* A verb of saying among the (up to) nwords words before i in u[a, i). */
static int said_before(const UChar *u, size_t a, size_t i, int nwords)
{
	while (nwords-- > 0) {
		size_t we, ws, n, nn;
		char w[64], f[64];
		while (i > a && is_space(u[i - 1]))
			i--;
		we = i;
		while (i > a && !is_space(u[i - 1]))
			i--;
		ws = i;
		if (ws == we)
			return 0;
		/* as written (diacritics dropped) and with alef and ta marbuta folded */
		n = ar_word(w, sizeof w, u, ws, we, 0);
		nn = ar_word(f, sizeof f, u, ws, we, 1);
		if (mwz__arabic_speech(w, n) || mwz__arabic_lead_verb(f, nn))
			return 1;
	}
	return 0;
}

/*
 * A sentence of LONG_WORDS words or more is longer than all but about one in a
 * hundred Arabic news sentences, and more often two sentences run together
 * with the stop left out (8 of the 19 such spans in ntrex-dev). Inside one,
 * a word that opens a clause of its own, وقد or ولقد or و with a verb of
 * reporting or of a news event (وقال، وأضافت، وقد صرح، واعتقلت), starts a
 * sentence when the word before it ends with a letter (no comma or colon
 * joins them), is no particle that wants more (كما، سوف، ثلاث), and no verb
 * of saying in the three words before introduces it as a quotation. Each
 * part keeps LONG_MIN_PART words at least.
 */
#define LONG_WORDS 50
#define LONG_MIN_PART 5

/* The word u[j, e) opens a clause of its own: وقد، ولقد، وقال، واعتقلت... */
static int clause_opener(const UChar *u, size_t j, size_t e)
{
	char w[64], f[64];
	size_t wn = ar_word(w, sizeof w, u, j, e, 0);
	size_t fn = ar_word(f, sizeof f, u, j, e, 1);
	if (fn < 4 || memcmp(f, "\xD9\x88", 2) != 0) /* و */
		return 0;
	if ((fn == 6 && memcmp(f + 2, "\xD9\x82\xD8\xAF", 4) == 0) || /* وقد */
	    (fn == 8 && memcmp(f + 2, "\xD9\x84\xD9\x82\xD8\xAF", 6) == 0)) /* ولقد */
		return 1;
	return mwz__arabic_opener(w, wn) || mwz__arabic_speech(w + 2, wn - 2) ||
	       mwz__arabic_lead_verb(f + 2, fn - 2) || mwz__arabic_past_verb(f + 2, fn - 2);
}

/* Emit u[a, b), cut before clause openers when it is LONG_WORDS words or more. */
static int emit_long(struct out *o, mwz_segmenter_t *s, size_t a, size_t b, int arabic,
                     int *para_start)
{
	const UChar *u = s->u;
	size_t i, words = 0, before = 0, last = a, pe = a;

	for (i = a; arabic && i < b; i++)
		if (!is_space(u[i]) && (i == a || is_space(u[i - 1])))
			words++;
	if (words < LONG_WORDS)
		return emit(o, s, a, b, para_start);
	i = a;
	while (i < b) {
		size_t e, ws, at;
		char pw[64];
		while (i < b && is_space(u[i]))
			i++;
		if (i >= b)
			break;
		e = i;
		while (e < b && !is_space(u[e]))
			e++;
		if (before >= LONG_MIN_PART && words - before >= LONG_MIN_PART &&
		    clause_opener(u, i, word_end(u, i, e)) &&
		    u_isalnum(char_before(u, a, pe, &at)) && !said_before(u, a, i, 3)) {
			ws = pe;
			while (ws > a && !is_space(u[ws - 1]))
				ws--;
			ar_word(pw, sizeof pw, u, ws, pe, 1);
			if (!mwz__no_end_word(pw, strlen(pw), 1) &&
			    !mwz__function_word(pw, strlen(pw), 1)) {
				if (emit(o, s, last, i, para_start))
					return MWZ_ENOMEM;
				last = i;
				words -= before;
				before = 0;
			}
		}
		before++;
		pe = e;
		i = e;
	}
	return emit(o, s, last, b, para_start);
}

static int split_para(mwz_segmenter_t *s, struct out *o, size_t a, size_t b,
                      int first_para, mwz_error_t *err)
{
	struct para p;
	UErrorCode st = U_ZERO_ERROR;
	UBreakIterator *bi;
	int32_t pos;
	int arabic, rc, para_start = 1;
	size_t i, prev;

	if (s->lang == MWZ_LANG_AR)
		arabic = 1;
	else if (s->lang == MWZ_LANG_AUTO)
		arabic = para_is_arabic(s->u, a, b);
	else
		arabic = 0;
	rc = open_bi(s, arabic ? BI_ARABIC : BI_LATIN, err);
	if (rc)
		return rc;
	bi = s->bi[arabic ? BI_ARABIC : BI_LATIN];
	if (b - a > 0x7FFFFFF0u)
		return mwz__fail(err, MWZ_ERANGE, 0, byte_at(s, a),
		                 "paragraph too long for ICU (%zu UTF-16 units)", b - a);
	ubrk_setText(bi, s->u + a, (int32_t)(b - a), &st);
	if (U_FAILURE(st))
		return mwz__fail(err, MWZ_EINTERNAL, 0, byte_at(s, a), "ICU: %s",
		                 u_errorName(st));
	s->ncand = 0;
	for (pos = ubrk_first(bi); pos != UBRK_DONE; pos = ubrk_next(bi))
		if (pos > 0 && (size_t)pos < b - a && add_cand(s, a + (size_t)pos))
			return mwz__fail(err, MWZ_ENOMEM, 0, 0, "out of memory");
	ubrk_setText(bi, NULL, 0, &st); /* drop the pointer into our buffer */

	p.u = s->u;
	p.start = a;
	p.end = b;
	p.latin = !arabic;

	/* an ellipsis character ICU does not take for an end: "wait… The", and
	 * in Arabic before an Arabic word, as ICU takes "..." there */
	for (i = a; i + 1 < b; i++) {
		if (s->u[i] == 0x2026 && is_space(s->u[i + 1])) {
			size_t j = i + 1;
			UChar32 c;
			while (j < b && is_space(s->u[j]))
				j++;
			c = j < b ? char_at(s->u, j, b) : 0;
			if (j < b && (u_isupper(c) || (arabic && is_arabic_letter(c))) && add_cand(s, j))
				return mwz__fail(err, MWZ_ENOMEM, 0, 0, "out of memory");
		}
	}
	/* an Arabic quotation ending without a stop, then a verb of saying or لقد:
	 * `... أمر خال من الصحة" وأضافت` */
	for (i = a + 1; arabic && i + 2 < b; i++) {
		size_t j, e;
		char w[64];
		size_t wn;
		if (!is_quote(s->u[i]) || !u_isalpha(s->u[i - 1]) || !is_space(s->u[i + 1]))
			continue;
		j = i + 1;
		while (j < b && is_space(s->u[j]))
			j++;
		if (is_link(s->u, j, b)) {
			/* a web address cites the quotation: a clause opener after it
			 * starts the next sentence, `..." https://... وأضاف` */
			while (j < b && !is_space(s->u[j]))
				j++;
			while (j < b && is_space(s->u[j]))
				j++;
			e = word_end(s->u, j, b);
			wn = utf8_copy(w, sizeof w, s->u, j, e);
			if (wn > 0 && mwz__arabic_opener(w, wn) && add_cand(s, j))
				return mwz__fail(err, MWZ_ENOMEM, 0, 0, "out of memory");
			continue;
		}
		e = word_end(s->u, j, b);
		wn = utf8_copy(w, sizeof w, s->u, j, e);
		if (wn > 0 && (mwz__arabic_opener(w, wn) || quote_ends(s->u, a, b, i, j, e)) &&
		    add_cand(s, j))
			return mwz__fail(err, MWZ_ENOMEM, 0, 0, "out of memory");
	}
	/* a capitalised subject pronoun after a lower-case word with no stop opens a
	 * sentence, `... pages They can`; so does a capitalised determiner before a
	 * lower-case word, `... pages The news has` (a name has capitals: told The
	 * Sunday Times), after a word that is no preposition or article; neither
	 * after a verb of saying (said We) */
	for (i = a + 1; !arabic && i + 2 < b; i++) {
		size_t j, e, ws, nx;
		char w[16], pw[16];
		int det;
		if (!is_space(s->u[i - 1]) || s->u[i] < 'A' || s->u[i] > 'Z')
			continue;
		j = word_end(s->u, i, b);
		if (j >= b || !is_space(s->u[j]) || !ascii(w, sizeof w, s->u, i, j))
			continue;
		det = 0;
		if (!mwz__subject_pronoun(w, j - i)) {
			if (!mwz__capital_determiner(w, j - i))
				continue;
			nx = j;
			while (nx < b && is_space(s->u[nx]))
				nx++;
			if (nx >= b || !u_islower(char_at(s->u, nx, b)))
				continue;
			det = 1;
		}
		e = i;
		while (e > a && is_space(s->u[e - 1]))
			e--;
		if (e == a || !u_islower(s->u[e - 1]))
			continue;
		ws = e;
		while (ws > a && !is_space(s->u[ws - 1]))
			ws--;
		if (ascii(pw, sizeof pw, s->u, ws, e) &&
		    (mwz__say_word(pw, e - ws) || (det && mwz__function_word(pw, e - ws, 0))))
			continue;
		if (add_cand(s, i))
			return mwz__fail(err, MWZ_ENOMEM, 0, 0, "out of memory");
	}
	/* لقد (indeed, has) opens a clause, and جاء ذلك / يأتي ذلك (this came...) opens
	 * a news sentence that refers to the one before: after a word with no stop
	 * they open a sentence, `... أبوابها لقد قررت`, unless a verb of saying just
	 * before introduces a quotation, `قال الرئيس لقد ...`, or a particle wants
	 * the verb, `وقد جاء ذلك` */
	for (i = a + 1; arabic && i + 3 < b; i++) {
		size_t j, e, ws;
		char w[64];
		size_t wn = 0;
		if (!is_space(s->u[i - 1]) || !is_arabic_letter(s->u[i]))
			continue;
		j = word_end(s->u, i, b);
		if (!is_laqad(s->u, i, j)) {
			size_t k = j, ke;
			wn = ar_word(w, sizeof w, s->u, i, j, 0);
			if (!mwz__arabic_came(w, wn))
				continue;
			while (k < b && is_space(s->u[k]))
				k++;
			ke = word_end(s->u, k, b);
			wn = ar_word(w, sizeof w, s->u, k, ke, 0);
			if (!mwz__arabic_demonstrative(w, wn))
				continue;
		}
		e = i;
		while (e > a && is_space(s->u[e - 1]))
			e--;
		if (e == a || !u_isalnum(char_before(s->u, a, e, &ws)) || said_before(s->u, a, i, 3))
			continue;
		ws = e;
		while (ws > a && !is_space(s->u[ws - 1]))
			ws--;
		wn = ar_word(w, sizeof w, s->u, ws, e, 1);
		if (mwz__no_end_word(w, wn, 1))
			continue;
		if (add_cand(s, i))
			return mwz__fail(err, MWZ_ENOMEM, 0, 0, "out of memory");
	}
	/* a timeline entry after a sentence left without a stop: `... آجية 2005: ...`;
	 * not a date inside the sentence (`في أبريل 2018: "..."`) */
	for (i = a + 1; arabic && i + 6 < b; i++) {
		size_t j = i, e, ws;
		char w[64];
		size_t wn = 0;
		if (!is_space(s->u[i - 1]) || !u_isdigit(s->u[i]))
			continue;
		while (j < b && u_isdigit(s->u[j]))
			j++;
		if (j - i != 4 || s->u[j] != ':' || j + 1 >= b || !is_space(s->u[j + 1]))
			continue;
		e = i;
		while (e > a && is_space(s->u[e - 1]))
			e--;
		if (e == a || !is_arabic_letter(s->u[e - 1]))
			continue;
		ws = e;
		while (ws > a && !is_space(s->u[ws - 1]))
			ws--;
		wn = ar_word(w, sizeof w, s->u, ws, e, 0);
		if (!mwz__arabic_before_year(w, wn) && add_cand(s, i))
			return mwz__fail(err, MWZ_ENOMEM, 0, 0, "out of memory");
	}
	/* a sentence opening with a number after a word's stop, "... areas. 48%
	 * of ...", "in 2015. 2023 was": ICU goes on when lower case follows the
	 * number; keep_break() still keeps "No. 5", "Jan. 5", "p.m. 20" whole */
	for (i = a + 2; !arabic && i + 2 < b; i++) {
		size_t j = i + 1;
		if (s->u[i] != '.' || !is_space(s->u[j]) || !u_islower(s->u[i - 1]) ||
		    !u_isalpha(s->u[i - 2]))
			continue;
		while (j < b && is_space(s->u[j]))
			j++;
		if (j < b && (u_isdigit(s->u[j]) || s->u[j] == '$') && add_cand(s, j))
			return mwz__fail(err, MWZ_ENOMEM, 0, 0, "out of memory");
	}
	/* two quotations back to back, the first without a stop: `..." "...` */
	for (i = a + 1; i + 2 < b; i++) {
		size_t j;
		if (!is_quote(s->u[i]) || is_space(s->u[i - 1]) || is_quote(s->u[i - 1]) ||
		    !is_space(s->u[i + 1]))
			continue;
		j = i + 1;
		while (j < b && is_space(s->u[j]))
			j++;
		if (j + 1 < b && is_quote(s->u[j]) && !is_space(s->u[j + 1]) &&
		    !is_quote(s->u[j + 1]) &&
		    (arabic ? u_isalpha(s->u[j + 1]) : u_isupper(s->u[j + 1])) &&
		    add_cand(s, j))
			return mwz__fail(err, MWZ_ENOMEM, 0, 0, "out of memory");
	}
	if (s->ncand > 1)
		qsort(s->cand, s->ncand, sizeof *s->cand, cmp_size);

	prev = a;
	for (i = 0; i <= s->ncand; i++) {
		size_t c = i < s->ncand ? s->cand[i] : b;
		if (i < s->ncand) {
			if (c <= prev || (i > 0 && c == s->cand[i - 1]))
				continue;
			p.prev = prev;
			if (!keep_break(&p, c))
				continue;
			c = past_emoji(s->u, c, b);
		}
		if (first_para && prev == a) {
			/* the first sentence of the text may carry its headline */
			size_t h;
			if (!s->hw) {
				s->hw = malloc(HL_MAX_WORDS * sizeof *s->hw);
				if (!s->hw)
					return mwz__fail(err, MWZ_ENOMEM, 0, 0, "out of memory");
			}
			h = headline_cut(s->u, a, c, b, arabic, s->hw);
			if (h > a) {
				if (emit(o, s, prev, h, &para_start))
					return mwz__fail(err, MWZ_ENOMEM, 0, 0, "out of memory");
				prev = h;
			}
		}
		if (emit_long(o, s, prev, c, arabic, &para_start))
			return mwz__fail(err, MWZ_ENOMEM, 0, 0, "out of memory");
		prev = c;
	}
	return MWZ_OK;
}

int mwz_segmenter_split(mwz_sentence_t **out, size_t *n, mwz_segmenter_t *s,
                        const char *text, size_t len, mwz_error_t *err)
{
	struct out o = { NULL, 0, 0 };
	struct line *ln = NULL;
	size_t nln = 0, lncap = 0, n16 = 0, i, bad, first_line, wrap_width = 0;
	int rc;

	if (!out || !n || !s || (!text && len))
		return mwz__fail(err, MWZ_EINVAL, 0, 0, "NULL argument");
	*out = NULL;
	*n = 0;
	if (mwz_utf8_validate(text, len, &bad) != MWZ_OK) {
		size_t line = 1;
		for (i = 0; i < bad; i++)
			if (text[i] == '\n')
				line++;
		return mwz__fail(err, MWZ_EUTF8, line, bad,
		                 "invalid UTF-8 at line %zu, byte %zu", line, bad + 1);
	}
	if (len == 0)
		return MWZ_OK;
	rc = to_utf16(s, text, len, err);
	if (rc)
		return rc;
	n16 = s->n16;

	/* lines */
	i = 0;
	while (i < n16) {
		struct line l;
		size_t j = i, k;
		while (j < n16 && !is_line_end(s->u[j]))
			j++;
		l.start = i;
		l.end = j;
		l.para_break = j < n16 && s->u[j] == 0x2029;
		if (j < n16 && s->u[j] == 0x0D && j + 1 < n16 && s->u[j + 1] == 0x0A)
			j++;
		l.next = j < n16 ? j + 1 : n16;
		/* a line of white space and invisible characters alone (an RLM or ZWSP
		 * left on a line of its own by web copy) is blank: a paragraph break,
		 * no sentence */
		l.blank = 1;
		for (k = l.start; k < l.end; k++)
			if (!is_space(s->u[k]) && u_charType(s->u[k]) != U_FORMAT_CHAR) {
				l.blank = 0;
				break;
			}
		if (nln == lncap) {
			size_t cap = lncap ? lncap * 2 : 64;
			struct line *v = realloc(ln, cap * sizeof *v);
			if (!v) {
				free(ln);
				return mwz__fail(err, MWZ_ENOMEM, 0, 0, "out of memory");
			}
			ln = v;
			lncap = cap;
		}
		ln[nln++] = l;
		i = l.next;
	}

	/* the wrap width the text's longer blocks show, for the short ones: the
	 * median of their widths (one block of long lines does not move it) */
	{
		unsigned int hist[WRAP_MAX + 1];
		size_t nb = 0, seen = 0, w;
		memset(hist, 0, sizeof hist);
		for (i = 0; i < nln;) {
			size_t j;
			if (ln[i].blank) {
				i++;
				continue;
			}
			j = block_last(ln, nln, i);
			w = j - i + 1 > WRAP_SHORT_BLOCK ? block_width(s->u, ln + i, j - i + 1) : 0;
			if (w >= WRAP_NARROW && w <= WRAP_MAX && hist[w] < 0xFFFFFFFFu) {
				hist[w]++;
				nb++;
			}
			i = j + 1;
		}
		for (w = 0; nb && w <= WRAP_MAX; w++) {
			seen += hist[w];
			if (2 * seen >= nb) {
				wrap_width = w;
				break;
			}
		}
	}

	/* paragraphs: runs of non-blank lines, also cut after U+2029 */
	first_line = 0;
	while (first_line < nln && ln[first_line].blank)
		first_line++;
	i = 0;
	rc = MWZ_OK;
	while (i < nln && rc == MWZ_OK) {
		size_t j;
		if (ln[i].blank) {
			i++;
			continue;
		}
		j = block_last(ln, nln, i);
		mark_line_breaks(s->u, ln + i, j - i + 1, wrap_width);
		rc = split_para(s, &o, ln[i].start, ln[j].end, i == first_line && !s->continued,
		                err);
		i = j + 1;
	}
	free(ln);
	if (rc) {
		free(o.v);
		return rc;
	}
	*out = o.v;
	*n = o.n;
	return MWZ_OK;
}
