/* features.c - per-sentence signals for alignment: words, stems, translations, names, numbers, punctuation. */
#include "internal.h"
#include "align_feat.h"
#include "lexicon.h"
#include "utf8.h"
#include "cpus.h"

#include <utf8proc.h>

#include <math.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* Cognate prefix length (code points) for pairs without a lexicon. */
#define PREFIX_CP 4
/* Translations kept per Arabic word. */
#define MAX_CPT 64
/* Learnt pairs: Dice coefficient of co-occurrence in first-pass pairs. */
#define LEARN_DICE 0.4
#define LEARN_MAX_PAIRS 2500
#define LEARN_TYPES 16

typedef struct wtype {
	size_t coff;     /* concepts in the side's pool */
	uint32_t cn;
	uint32_t df, last;
	unsigned char content; /* not a function word */
	unsigned char kind;    /* 'W' word, 'N' number, 'P' punctuation */
	double w;
} wtype_t;

typedef struct work {
	mwz__strtab keys;
	wtype_t *ty;
	size_t tycap;
	uint32_t *pool;
	size_t npool, poolcap;
	uint32_t *tok;        /* per sentence, in order, may repeat */
	size_t ntok, tokcap;
	size_t *tok_off;
	mwz__strtab raw;      /* words as written -> type (rawty), while tokenising */
	uint32_t *rawty;
	size_t rawcap;
} work_t;

/* rawty of a word that makes no token (it folds to nothing). */
#define NO_TYPE 0xFFFFFFFFu

/* Remember the type of a word as written: a word seen again (most of a
 * text's words) then needs neither folding nor its folded key. */
static int raw_remember(work_t *wk, const char *w, size_t len, uint32_t ty)
{
	uint32_t id;
	if (mwz__strtab_intern(&wk->raw, w, len, &id))
		return MWZ_ENOMEM;
	if (id >= wk->rawcap) {
		size_t nc = wk->rawcap ? wk->rawcap * 2 : 1024;
		uint32_t *p = realloc(wk->rawty, nc * sizeof *p);
		if (!p)
			return MWZ_ENOMEM;
		wk->rawty = p;
		wk->rawcap = nc;
	}
	wk->rawty[id] = ty;
	return 0;
}

typedef struct ctx {
	const mwz_lexicon_t *lx;
	int aren;             /* lexicon in use: Arabic on one side, English on the other */
	int lang, other_lang; /* of this side and the other */
	int other_script_ar;  /* the other side is in Arabic script */
	int pside;            /* pair lexicon in use: this side is its A (0) or B (1); -1 none */
	mwz__stemmer st;
} ctx_t;

static int push_u32(uint32_t **a, size_t *n, size_t *cap, uint32_t v)
{
	if (*n == *cap) {
		size_t nc = *cap ? *cap * 2 : 1024;
		uint32_t *p = realloc(*a, nc * sizeof *p);
		if (!p)
			return MWZ_ENOMEM;
		*a = p;
		*cap = nc;
	}
	(*a)[(*n)++] = v;
	return 0;
}

/* ---- consonant skeletons, for names across scripts ---------------------- */

static char ar_skel_letter(unsigned int cp)
{
	switch (cp) {
	case 0x0628: return 'b';
	case 0x062A: case 0x062B: case 0x0637: return 't';
	case 0x062C: case 0x063A: return 'j';
	case 0x062D: case 0x0647: return 'h';
	case 0x062E: case 0x0642: case 0x0643: return 'k';
	case 0x062F: case 0x0636: return 'd';
	case 0x0630: case 0x0632: case 0x0638: return 'z';
	case 0x0631: return 'r';
	case 0x0633: case 0x0635: return 's';
	case 0x0634: return 'S';
	case 0x0641: return 'f';
	case 0x0644: return 'l';
	case 0x0645: return 'm';
	case 0x0646: return 'n';
	default: return 0; /* alef, waw, yeh, ain, hamza: vowels or dropped */
	}
}

/* Skeleton of a folded Arabic word; returns its length. */
static size_t ar_skeleton(char *out, size_t cap, const char *w, size_t len)
{
	const unsigned char *s = (const unsigned char *)w;
	size_t i = 0, o = 0;
	unsigned int last_cp = 0;
	while (i < len && o + 1 < cap) {
		unsigned int cp;
		int k = mwz__dec_cp(s, len, i, &cp);
		char c;
		if (k < 0)
			break;
		i += (size_t)k;
		last_cp = cp;
		c = ar_skel_letter(cp);
		if (c && (o == 0 || out[o - 1] != c))
			out[o++] = c;
	}
	/* A final teh marbuta (folded to heh) is a vowel in English spellings. */
	if (last_cp == 0x0647 && o > 0 && out[o - 1] == 'h')
		o--;
	out[o] = 0;
	return o;
}

/* Skeleton of a folded (lower-case, unaccented) Latin word. */
static size_t latin_skeleton(char *out, size_t cap, const char *w, size_t len)
{
	size_t i, o = 0;
	for (i = 0; i < len && o + 1 < cap; i++) {
		char c = w[i], n = i + 1 < len ? w[i + 1] : 0, r = 0;
		int two = 0;
		if (n == 'h' && (c == 's' || c == 'c')) {
			r = 'S';
			two = 1;
		} else if (n == 'h' && c == 't') {
			r = 't';
			two = 1;
		} else if (n == 'h' && (c == 'k' || c == 'g')) {
			r = c == 'k' ? 'k' : 'j';
			two = 1;
		} else if (n == 'h' && c == 'p') {
			r = 'f';
			two = 1;
		} else if (n == 'h' && c == 'd') {
			r = 'z';
			two = 1;
		} else {
			switch (c) {
			case 'b': case 'p': r = 'b'; break;
			case 'c': r = (n == 'e' || n == 'i' || n == 'y') ? 's' : 'k'; break;
			case 'd': r = 'd'; break;
			case 'f': case 'v': r = 'f'; break;
			case 'g': case 'j': r = 'j'; break;
			case 'h': r = 'h'; break;
			case 'k': case 'q': r = 'k'; break;
			case 'l': r = 'l'; break;
			case 'm': r = 'm'; break;
			case 'n': r = 'n'; break;
			case 'r': r = 'r'; break;
			case 's': r = 's'; break;
			case 't': r = 't'; break;
			case 'x': r = 'k'; break;
			case 'z': r = 'z'; break;
			default: r = 0; /* vowels, w, y */
			}
		}
		if (two)
			i++;
		if (r && (o == 0 || out[o - 1] != r))
			out[o++] = r;
	}
	out[o] = 0;
	return o;
}

/* ---- word types ------------------------------------------------------------ */

static int add_cpt(work_t *wk, uint32_t c, size_t start)
{
	size_t q;
	for (q = start; q < wk->npool; q++)
		if (wk->pool[q] == c)
			return 0;
	return push_u32(&wk->pool, &wk->npool, &wk->poolcap, c);
}

/* Concepts of a new word type (folded text f, capitalised or not). */
static int word_concepts(work_t *wk, ctx_t *cx, const char *f, size_t fl,
                         int arabic, int cap, int *content)
{
	size_t start = wk->npool;
	char buf[256];
	int rc = 0;
	*content = 1;
	if (arabic) {
		size_t vs[4], vl[4];
		int nv, v;
		if (mwz__ar_stopword(f, fl)) {
			*content = 0;
			return 0;
		}
		nv = mwz__ar_variants(f, fl, vs, vl);
		for (v = 0; v < nv && rc == 0; v++) {
			if (cx->aren) {
				size_t n = mwz__stem_ar(&cx->st, f + vs[v], vl[v], buf, sizeof buf);
				long id = n ? mwz__strtab_find(&cx->lx->ar, buf, n) : -1;
				if (id >= 0 && (size_t)id < cx->lx->headcap) {
					uint32_t p;
					for (p = cx->lx->head[id]; p && rc == 0;
					     p = cx->lx->node[p - 1].next) {
						if (wk->npool - start >= MAX_CPT)
							break;
						rc = add_cpt(wk, MWZ__C_EN | cx->lx->node[p - 1].en, start);
					}
				}
			}
			if (!cx->other_script_ar && rc == 0) {
				size_t n = ar_skeleton(buf, 32, f + vs[v], vl[v]);
				if (n >= 2)
					rc = add_cpt(wk, MWZ__C_SKEL | (mwz__hash(buf, n) & MWZ__C_MASK), start);
			}
		}
		if (cx->other_script_ar && rc == 0)
			rc = add_cpt(wk, MWZ__C_ARLIT | (mwz__hash(f, fl) & MWZ__C_MASK), start);
		return rc;
	}
	/* Function words are not matched (with a pair lexicon, those of its
	 * languages, as the lexicon leaves them out). */
	if ((cx->lang == MWZ_LANG_EN && mwz__en_stopword(f, fl)) ||
	    (cx->pside >= 0 && mwz__lang_stopword(cx->lx->lang[cx->pside], f, fl))) {
		*content = 0;
		return 0;
	}
	rc = add_cpt(wk, MWZ__C_LIT | (mwz__hash(f, fl) & MWZ__C_MASK), start);
	if (rc == 0 && cx->pside == 0) {
		/* Side A of a pair lexicon: its words stand for their translations. */
		size_t n = mwz__stem_ar(&cx->st, f, fl, buf, sizeof buf);
		long id = n ? mwz__strtab_find(&cx->lx->ar, buf, n) : -1;
		if (id >= 0 && (size_t)id < cx->lx->headcap) {
			uint32_t p;
			for (p = cx->lx->head[id]; p && rc == 0; p = cx->lx->node[p - 1].next) {
				if (wk->npool - start >= MAX_CPT)
					break;
				rc = add_cpt(wk, MWZ__C_EN | cx->lx->node[p - 1].en, start);
			}
		}
	} else if (rc == 0 && cx->pside == 1) {
		size_t n = mwz__stem_en(&cx->st, f, fl, buf, sizeof buf);
		long id = n ? mwz__strtab_find(&cx->lx->en, buf, n) : -1;
		if (id >= 0)
			rc = add_cpt(wk, MWZ__C_EN | (uint32_t)id, start);
	}
	if (rc == 0 && cx->aren && cx->lang == MWZ_LANG_EN) {
		size_t n = mwz__stem_en(&cx->st, f, fl, buf, sizeof buf);
		long id = n ? mwz__strtab_find(&cx->lx->en, buf, n) : -1;
		if (id >= 0)
			rc = add_cpt(wk, MWZ__C_EN | (uint32_t)id, start);
	}
	if (rc == 0 && !cx->other_script_ar && !cx->aren) {
		/* Cognates: a shared beginning (Expedition / expédition). */
		size_t i = 0, cps = 0;
		while (i < fl && cps < PREFIX_CP) {
			unsigned char c = (unsigned char)f[i];
			i += c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
			cps++;
		}
		if (cps == PREFIX_CP && i < fl && i <= fl)
			rc = add_cpt(wk, MWZ__C_PRE | (mwz__hash(f, i) & MWZ__C_MASK), start);
	}
	if (rc == 0 && cx->other_script_ar && cap) {
		size_t n = latin_skeleton(buf, 32, f, fl);
		if (n >= 2)
			rc = add_cpt(wk, MWZ__C_SKEL | (mwz__hash(buf, n) & MWZ__C_MASK), start);
	}
	return rc;
}

/* Type id of a token (key: kind byte, flag byte, folded text). */
static int token_type(work_t *wk, ctx_t *cx, char kind, int arabic, int cap,
                      const char *f, size_t fl, uint32_t *out)
{
	char key[300];
	long id;
	uint32_t nid;
	wtype_t *t;
	int rc, content = 1;
	if (fl > sizeof key - 3)
		fl = sizeof key - 3;
	key[0] = kind;
	key[1] = (char)('0' + cap);
	memcpy(key + 2, f, fl);
	id = mwz__strtab_find(&wk->keys, key, fl + 2);
	if (id >= 0) {
		*out = (uint32_t)id;
		return 0;
	}
	if (mwz__strtab_intern(&wk->keys, key, fl + 2, &nid))
		return MWZ_ENOMEM;
	if (nid >= wk->tycap) {
		size_t nc = wk->tycap ? wk->tycap * 2 : 1024;
		wtype_t *p = realloc(wk->ty, nc * sizeof *p);
		if (!p)
			return MWZ_ENOMEM;
		wk->ty = p;
		wk->tycap = nc;
	}
	t = &wk->ty[nid];
	memset(t, 0, sizeof *t);
	t->coff = wk->npool;
	t->kind = (unsigned char)kind;
	t->last = (uint32_t)-1;
	if (kind == 'W') {
		rc = word_concepts(wk, cx, f, fl, arabic, cap, &content);
	} else if (kind == 'N') {
		rc = push_u32(&wk->pool, &wk->npool, &wk->poolcap,
		              MWZ__C_NUM | (mwz__hash(f, fl) & MWZ__C_MASK));
	} else {
		rc = push_u32(&wk->pool, &wk->npool, &wk->poolcap,
		              MWZ__C_PUNCT | (unsigned char)f[0]);
	}
	if (rc)
		return rc;
	t = &wk->ty[nid];
	t->cn = (uint32_t)(wk->npool - t->coff);
	t->content = (unsigned char)content;
	*out = nid;
	return 0;
}

static int is_word_cp(unsigned int cp)
{
	utf8proc_category_t c;
	if (cp < 0x80)
		return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
	if (mwz__is_arabic_letter(cp) || mwz__is_latin_letter(cp))
		return 1;
	c = utf8proc_category((utf8proc_int32_t)cp);
	return (c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_ME);
}

static int is_upper_cp(unsigned int cp)
{
	if (cp < 0x80)
		return cp >= 'A' && cp <= 'Z';
	return utf8proc_category((utf8proc_int32_t)cp) == UTF8PROC_CATEGORY_LU;
}

static char punct_class(unsigned int cp)
{
	switch (cp) {
	case '?': case 0x061F: case 0xFF1F: return '?';
	case '!': return '!';
	case '"': case 0x201C: case 0x201D: case 0x201E: case 0xAB: case 0xBB:
		return '"';
	case '(': case ')': case '[': case ']': return '(';
	case '%': case 0x066A: return '%';
	default: return 0;
	}
}

/* Harakat, tatweel and Quranic marks: counted in a sentence's length, and
 * apart, so that the first pass can allow for a vocalised text (align.c). */
static int ar_mark(unsigned int v)
{
	return (v >= 0x64B && v <= 0x65F) || v == 0x640 || v == 0x670 ||
	       (v >= 0x6D6 && v <= 0x6ED);
}

/* Tokenise one sentence, appending its token types to wk->tok; *nchars is its
 * length, *nmarks grows by the Arabic marks counted in it. */
static int tokenize(work_t *wk, ctx_t *cx, const char *text, size_t len, double *nchars,
                    double *nmarks)
{
	const unsigned char *s = (const unsigned char *)text;
	size_t i = 0, marks = 0;
	double nc = 0;
	int rc = 0;
	char fbuf[600];
	while (i < len && rc == 0) {
		unsigned int cp;
		int k = mwz__dec_cp(s, len, i, &cp);
		uint32_t ty;
		long r;
		if (k < 0) {
			i++;
			nc++;
			continue;
		}
		if (!(cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' ||
		      cp == 0xA0 || (cp >= 0x200B && cp <= 0x200F)))
			nc++;
		if (is_word_cp(cp)) {
			size_t ws = i, fl;
			int arabic = mwz__is_arabic_letter(cp), cap = is_upper_cp(cp);
			i += (size_t)k;
			while (i < len) {
				unsigned int c0 = s[i];
				/* The common letters first, with the outcome of the
				 * general test below: ASCII ones (in a Latin word; they
				 * end an Arabic one) and U+0620..U+065F (in an Arabic word). */
				if (c0 < 0x80) {
					if (arabic || (c0 | 0x20) - 'a' >= 26u)
						break;
					i++;
					nc++;
					continue;
				}
				if (arabic && (c0 == 0xD8 || c0 == 0xD9) && i + 1 < len &&
				    (s[i + 1] & 0xC0) == 0x80) {
					unsigned int v = ((c0 & 0x1Fu) << 6) | (s[i + 1] & 0x3Fu);
					if (v >= 0x620 && v <= 0x65F) {
						i += 2;
						nc++;
						marks += v >= 0x64B || v == 0x640;
						continue;
					}
				}
				k = mwz__dec_cp(s, len, i, &cp);
				if (k > 0 && mwz__is_word_joiner(cp) && i + (size_t)k < len) {
					/* a soft hyphen or ZWNJ between two of its letters */
					unsigned int nx;
					int k2 = mwz__dec_cp(s, len, i + (size_t)k, &nx);
					if (k2 > 0 && is_word_cp(nx) &&
					    (mwz__is_arabic_letter(nx) == arabic ||
					     (nx >= 0x064B && nx <= 0x065F))) {
						i += (size_t)k;
						continue;
					}
				}
				if (k < 0 || !is_word_cp(cp))
					break;
				if (mwz__is_arabic_letter(cp) != arabic &&
				    !(cp >= 0x064B && cp <= 0x065F))
					break;
				i += (size_t)k;
				nc++;
				marks += ar_mark(cp);
			}
			if (i - ws > 250)
				continue;
			/* Its type depends on these bytes alone (fold, script, case). */
			r = mwz__strtab_find(&wk->raw, text + ws, i - ws);
			if (r >= 0) {
				ty = wk->rawty[r];
				if (ty == NO_TYPE)
					continue;
			} else {
				fl = mwz__fold_word(fbuf, text + ws, i - ws);
				ty = NO_TYPE;
				if (fl)
					rc = token_type(wk, cx, 'W', arabic, cap, fbuf, fl, &ty);
				if (rc == 0)
					rc = raw_remember(wk, text + ws, i - ws, ty);
				if (fl == 0)
					continue;
			}
		} else if (mwz__digit_value(cp) >= 0) {
			/* Digits of any script; thousands and decimal marks skipped. */
			size_t o = 0;
			for (;;) {
				int d = mwz__digit_value(cp);
				if (d >= 0) {
					if (!(o == 0 && d == 0) && o < 60)
						fbuf[o++] = (char)('0' + d);
				} else {
					size_t j = i + (size_t)k;
					unsigned int nx;
					if (!(cp == '.' || cp == ',' || cp == 0x066B || cp == 0x066C))
						break;
					if (j >= len || mwz__dec_cp(s, len, j, &nx) < 0 ||
					    mwz__digit_value(nx) < 0)
						break;
				}
				i += (size_t)k;
				if (i >= len)
					break;
				k = mwz__dec_cp(s, len, i, &cp);
				if (k < 0)
					break;
				if (!(cp == ' ' || cp == '\t'))
					nc++;
			}
			/* The loop counted the character that stopped it. */
			if (i < len && k > 0 && !(cp == ' ' || cp == '\t'))
				nc--;
			if (o == 0)
				fbuf[o++] = '0';
			rc = token_type(wk, cx, 'N', 0, 0, fbuf, o, &ty);
		} else {
			char pc = punct_class(cp);
			i += (size_t)k;
			if (!pc)
				continue;
			rc = token_type(wk, cx, 'P', 0, 0, &pc, 1, &ty);
		}
		if (rc == 0)
			rc = push_u32(&wk->tok, &wk->ntok, &wk->tokcap, ty);
	}
	*nchars = nc;
	*nmarks += (double)marks;
	return rc;
}

static void work_free(work_t *wk)
{
	mwz__strtab_free(&wk->keys);
	free(wk->ty);
	free(wk->pool);
	free(wk->tok);
	free(wk->tok_off);
	mwz__strtab_free(&wk->raw);
	free(wk->rawty);
}

void mwz__side_free(mwz__side *s)
{
	free(s->len);
	free(s->tok_type);
	free(s->tok_bit);
	free(s->tok_off);
	free(s->bitw);
	free(s->bit_off);
	free(s->wsum);
	free(s->nunc);
	free(s->cpt);
	free(s->cpt_off);
	free(s->para);
	memset(s, 0, sizeof *s);
}

/* Script of a side: Arabic or Latin letters in the majority. */
static int side_lang(const char *const *s, const size_t *sl, size_t n)
{
	size_t i, ar = 0, la = 0;
	for (i = 0; i < n && ar + la < 20000; i++) {
		const unsigned char *u = (const unsigned char *)s[i];
		size_t j = 0;
		while (j < sl[i]) {
			unsigned int cp;
			int k = mwz__dec_cp(u, sl[i], j, &cp);
			if (k < 0) {
				j++;
				continue;
			}
			if (mwz__is_arabic_letter(cp))
				ar++;
			else if (mwz__is_latin_letter(cp))
				la++;
			j += (size_t)k;
		}
	}
	if (ar > la)
		return MWZ_LANG_AR;
	return MWZ_LANG_OTHER;
}

/* Latin script on a side: nine in ten of its first 20,000 letters (marks
 * aside) Latin. */
static int side_latin(const char *const *s, const size_t *sl, size_t n)
{
	size_t i, la = 0, all = 0;
	for (i = 0; i < n && all < 20000; i++) {
		const unsigned char *u = (const unsigned char *)s[i];
		size_t j = 0;
		while (j < sl[i]) {
			unsigned int cp;
			utf8proc_category_t c;
			int k = mwz__dec_cp(u, sl[i], j, &cp);
			if (k < 0) {
				j++;
				continue;
			}
			j += (size_t)k;
			if (cp < 0x80) {
				int l = ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z');
				la += l;
				all += l;
				continue;
			}
			if (mwz__is_latin_letter(cp)) {
				la++;
				all++;
				continue;
			}
			c = utf8proc_category((utf8proc_int32_t)cp);
			all += c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO;
		}
	}
	return all > 0 && la * 10 >= all * 9;
}

/* Language of a side by mwz_language_guess on its first sentences. */
static const mwz__langinfo *side_guess(const char *const *s, const size_t *sl, size_t n)
{
	char buf[16384];
	size_t i, o = 0;
	for (i = 0; i < n && o + 1 < sizeof buf; i++) {
		size_t k = sl[i] < sizeof buf - 1 - o ? sl[i] : sizeof buf - 1 - o;
		memcpy(buf + o, s[i], k);
		o += k;
		buf[o++] = ' ';
	}
	return mwz__lang_find(mwz_language_guess(buf, o));
}

/* Which side of a pair lexicon the source text is in: 1 when it reads as
 * side B or the target as side A (and neither as the other way round). */
static int pair_swapped(const mwz_lexicon_t *lx, const char *const *s, const size_t *sl,
                        size_t ns, const char *const *t, const size_t *tl, size_t nt)
{
	const mwz__langinfo *gs = side_guess(s, sl, ns), *gt = side_guess(t, tl, nt);
	int fwd = gs == lx->lang[0] || gt == lx->lang[1];
	int rev = gs == lx->lang[1] || gt == lx->lang[0];
	return rev && !fwd;
}

/* Simple hash set of concepts. */
typedef struct cset {
	uint32_t *slot; /* concept + 1 ... concepts are never all-ones */
	size_t nslot;
} cset_t;

static int cset_build(cset_t *cs, const uint32_t *c, size_t n)
{
	size_t i;
	cs->nslot = 1024;
	while (cs->nslot < 2 * n + 2)
		cs->nslot *= 2;
	cs->slot = calloc(cs->nslot, sizeof *cs->slot);
	if (!cs->slot)
		return MWZ_ENOMEM;
	for (i = 0; i < n; i++) {
		uint32_t v = c[i] + 1, h = (c[i] * 2654435761u) >> 7;
		size_t p = h & (cs->nslot - 1);
		while (cs->slot[p] && cs->slot[p] != v)
			p = (p + 1) & (cs->nslot - 1);
		cs->slot[p] = v;
	}
	return 0;
}

static int cset_has(const cset_t *cs, uint32_t c)
{
	uint32_t v = c + 1, h = (c * 2654435761u) >> 7;
	size_t p = h & (cs->nslot - 1);
	while (cs->slot[p]) {
		if (cs->slot[p] == v)
			return 1;
		p = (p + 1) & (cs->nslot - 1);
	}
	return 0;
}

static int side_tokens(work_t *wk, ctx_t *cx, mwz__side *sd,
                       const char *const *s, const size_t *sl, size_t n)
{
	size_t i;
	int rc = 0;
	sd->n = n;
	sd->marks = 0;
	sd->len = calloc(n + 1, sizeof *sd->len);
	wk->tok_off = calloc(n + 1, sizeof *wk->tok_off);
	if (!sd->len || !wk->tok_off)
		return MWZ_ENOMEM;
	for (i = 0; i < n && rc == 0; i++) {
		rc = tokenize(wk, cx, s[i], sl[i], &sd->len[i], &sd->marks);
		wk->tok_off[i + 1] = wk->ntok;
	}
	mwz__strtab_free(&wk->raw);
	free(wk->rawty);
	wk->rawty = NULL;
	wk->rawcap = 0;
	return rc;
}

/* One side's tokens, on a thread of its own (both_tokens). */
typedef struct side_job {
	work_t *wk;
	ctx_t *cx;
	mwz__side *sd;
	const char *const *s;
	const size_t *sl;
	size_t n;
	int rc;
} side_job_t;

static void *side_thread(void *arg)
{
	side_job_t *j = arg;
	j->rc = side_tokens(j->wk, j->cx, j->sd, j->s, j->sl, j->n);
	return NULL;
}

/* Texts shorter than this (bytes, both sides) are not worth a second thread. */
#define THREAD_MIN_BYTES 200000

/*
 * Both sides' tokens. The sides share nothing but the lexicon, which is
 * only read: with a long text and two processors the target side is done
 * on a second thread. (Whatever tokenising calls must stay thread-safe.)
 */
static int both_tokens(work_t *ws, work_t *wt, ctx_t *cs, ctx_t *ct,
                       mwz__side *src, mwz__side *tgt,
                       const char *const *s, const size_t *sl, size_t ns,
                       const char *const *t, const size_t *tl, size_t nt)
{
	side_job_t j = { NULL, NULL, NULL, NULL, NULL, 0, 0 };
	pthread_t th;
	size_t bytes = 0, i;
	int rc;
	for (i = 0; i < ns && bytes < THREAD_MIN_BYTES; i++)
		bytes += sl[i];
	for (i = 0; i < nt && bytes < THREAD_MIN_BYTES; i++)
		bytes += tl[i];
	if (bytes >= THREAD_MIN_BYTES && mwz__cpus() >= 2) {
		j.wk = wt;
		j.cx = ct;
		j.sd = tgt;
		j.s = t;
		j.sl = tl;
		j.n = nt;
		if (pthread_create(&th, NULL, side_thread, &j) == 0) {
			rc = side_tokens(ws, cs, src, s, sl, ns);
			pthread_join(th, NULL);
			return rc ? rc : j.rc;
		}
	}
	rc = side_tokens(ws, cs, src, s, sl, ns);
	if (!rc)
		rc = side_tokens(wt, ct, tgt, t, tl, nt);
	return rc;
}

/* Weights and per-sentence bits, once both sides' concepts are known. */
static int side_finish(work_t *wk, mwz__side *sd, const cset_t *other)
{
	size_t i, k, n = sd->n, nt = wk->keys.n, nbits = 0, ntok = 0;
	double N = (double)(n ? n : 1);
	/* A second finish (after learning) starts afresh. */
	free(sd->tok_type);
	free(sd->tok_bit);
	free(sd->tok_off);
	free(sd->bitw);
	free(sd->bit_off);
	free(sd->wsum);
	free(sd->nunc);
	free(sd->cpt);
	free(sd->cpt_off);
	sd->tok_type = NULL;
	sd->tok_bit = NULL;
	sd->tok_off = sd->bit_off = sd->cpt_off = NULL;
	sd->bitw = NULL;
	sd->wsum = NULL;
	sd->nunc = NULL;
	sd->cpt = NULL;
	for (k = 0; k < nt; k++) {
		wk->ty[k].df = 0;
		wk->ty[k].last = (uint32_t)-1;
	}
	/* Document frequency of each type. */
	for (i = 0; i < n; i++)
		for (k = wk->tok_off[i]; k < wk->tok_off[i + 1]; k++) {
			wtype_t *t = &wk->ty[wk->tok[k]];
			if (t->last != (uint32_t)i) {
				t->last = (uint32_t)i;
				t->df++;
			}
		}
	for (k = 0; k < nt; k++) {
		wtype_t *t = &wk->ty[k];
		size_t q;
		int cover = 0;
		for (q = 0; q < t->cn && !cover; q++)
			cover = cset_has(other, wk->pool[t->coff + q]);
		t->w = 0;
		if (t->content && cover) {
			t->w = log(1.0 + N / t->df);
			if (t->kind == 'N')
				t->w *= 2.0;
			else if (t->kind == 'P')
				t->w *= 0.5;
		}
		t->last = (uint32_t)-1;
	}
	/* Concepts of the types, as the side's own arrays. */
	sd->ntypes = nt;
	{
		size_t tot = 0;
		for (k = 0; k < nt; k++)
			tot += wk->ty[k].cn;
		sd->cpt_off = malloc((nt + 1) * sizeof *sd->cpt_off);
		sd->cpt = malloc((tot + 1) * sizeof *sd->cpt);
		if (!sd->cpt_off || !sd->cpt)
			return MWZ_ENOMEM;
		tot = 0;
		for (k = 0; k < nt; k++) {
			sd->cpt_off[k] = tot;
			if (wk->ty[k].cn)
				memcpy(sd->cpt + tot, wk->pool + wk->ty[k].coff,
				       wk->ty[k].cn * sizeof *sd->cpt);
			tot += wk->ty[k].cn;
		}
		sd->cpt_off[nt] = tot;
	}
	/* Sentences: distinct weighted types, a bit each. */
	for (i = 0; i < n; i++)
		for (k = wk->tok_off[i]; k < wk->tok_off[i + 1]; k++) {
			wtype_t *t = &wk->ty[wk->tok[k]];
			if (t->w > 0 && t->last != (uint32_t)i) {
				t->last = (uint32_t)i;
				ntok++;
			}
		}
	sd->tok_type = malloc((ntok + 1) * sizeof *sd->tok_type);
	sd->tok_bit = malloc(ntok + 1);
	sd->tok_off = calloc(n + 1, sizeof *sd->tok_off);
	sd->bit_off = calloc(n + 1, sizeof *sd->bit_off);
	sd->wsum = calloc(n + 1, sizeof *sd->wsum);
	sd->nunc = calloc(n + 1, sizeof *sd->nunc);
	sd->bitw = malloc((ntok + 1) * sizeof *sd->bitw);
	if (!sd->tok_type || !sd->tok_bit || !sd->tok_off || !sd->bit_off ||
	    !sd->wsum || !sd->bitw || !sd->nunc)
		return MWZ_ENOMEM;
	ntok = 0;
	for (i = 0; i < n; i++) {
		size_t b = 0;
		for (k = wk->tok_off[i]; k < wk->tok_off[i + 1]; k++) {
			uint32_t ty = wk->tok[k];
			wtype_t *t = &wk->ty[ty];
			if (t->last == (uint32_t)n + i)
				continue;
			if (!(t->w > 0)) {
				/* A word the other side lacks entirely: counted, once. */
				if (t->content && t->kind == 'W' && sd->nunc[i] < 60000) {
					t->last = (uint32_t)(n + i);
					sd->nunc[i]++;
				}
				continue;
			}
			t->last = (uint32_t)(n + i);
			sd->tok_type[ntok] = ty;
			sd->tok_bit[ntok] = (unsigned char)(b < MWZ__BITS - 1 ? b : MWZ__BITS - 1);
			if (b < MWZ__BITS)
				sd->bitw[nbits + b] = 0;
			sd->bitw[nbits + (b < MWZ__BITS - 1 ? b : MWZ__BITS - 1)] += (float)t->w;
			sd->wsum[i] += t->w;
			ntok++;
			b++;
		}
		nbits += b < MWZ__BITS ? b : MWZ__BITS;
		sd->tok_off[i + 1] = ntok;
		sd->bit_off[i + 1] = nbits;
	}
	{
		double c = 0, unc = 0;
		for (i = 0; i < n; i++)
			unc += sd->nunc[i];
		sd->cover_rate = ntok + unc > 0 ? (double)ntok / ((double)ntok + unc) : 0;
		for (k = 0; k < ntok; k++)
			c += (double)(sd->cpt_off[sd->tok_type[k] + 1] - sd->cpt_off[sd->tok_type[k]]);
		sd->avg_cpt = n ? c / (double)n : 0;
	}
	return 0;
}

struct mwz__feat {
	work_t ws, wt;
};

/* Both sides' finishing step: coverable words, weights, bits. */
/* The target side's finishing step, on a second thread (finish_both). */
typedef struct finish_job {
	work_t *wk;
	mwz__side *sd;
	const cset_t *other;
	int rc;
} finish_job_t;

static void *finish_thread(void *arg)
{
	finish_job_t *j = arg;
	j->rc = side_finish(j->wk, j->sd, j->other);
	return NULL;
}

/* Sentences (both sides) below which the sides are finished one after the other. */
#define THREAD_MIN_SENTENCES 4000

static int finish_both(mwz__feat *f, mwz__side *src, mwz__side *tgt)
{
	cset_t setS = { 0 }, setT = { 0 };
	int rc = cset_build(&setS, f->ws.pool, f->ws.npool);
	int started = 0;
	if (!rc)
		rc = cset_build(&setT, f->wt.pool, f->wt.npool);
	if (!rc && src->n + tgt->n >= THREAD_MIN_SENTENCES &&
	    mwz__cpus() >= 2) {
		/* Each side writes only its own work and side, and reads the other's set. */
		finish_job_t j = { &f->wt, tgt, &setS, 0 };
		pthread_t th;
		if (pthread_create(&th, NULL, finish_thread, &j) == 0) {
			started = 1;
			rc = side_finish(&f->ws, src, &setT);
			pthread_join(th, NULL);
			if (!rc)
				rc = j.rc;
		}
	}
	if (!rc && !started)
		rc = side_finish(&f->ws, src, &setT);
	if (!rc && !started)
		rc = side_finish(&f->wt, tgt, &setS);
	free(setS.slot);
	free(setT.slot);
	return rc;
}

int mwz__features_begin(mwz__feat **out, mwz__side *src, mwz__side *tgt,
                        const char *const *s, const size_t *sl, size_t ns,
                        const char *const *t, const size_t *tl, size_t nt,
                        const mwz_align_options_t *opts)
{
	mwz__feat *f;
	ctx_t cs, ct;
	int ls, lt, rc;
	*out = NULL;
	f = calloc(1, sizeof *f);
	if (!f)
		return MWZ_ENOMEM;
	memset(&cs, 0, sizeof cs);
	memset(&ct, 0, sizeof ct);
	ls = opts && opts->src_lang ? opts->src_lang : side_lang(s, sl, ns);
	lt = opts && opts->tgt_lang ? opts->tgt_lang : side_lang(t, tl, nt);
	/* Latin script next to Arabic is taken as English. */
	if (ls == MWZ_LANG_AR && lt == MWZ_LANG_OTHER && !(opts && opts->tgt_lang))
		lt = MWZ_LANG_EN;
	if (lt == MWZ_LANG_AR && ls == MWZ_LANG_OTHER && !(opts && opts->src_lang))
		ls = MWZ_LANG_EN;
	src->latin = side_latin(s, sl, ns);
	tgt->latin = side_latin(t, tl, nt);
	src->lang = ls;
	tgt->lang = lt;
	cs.lx = ct.lx = opts ? opts->lexicon : NULL;
	cs.aren = ct.aren = cs.lx && !cs.lx->lang[0] && ((ls == MWZ_LANG_AR && lt == MWZ_LANG_EN) ||
	                              (ls == MWZ_LANG_EN && lt == MWZ_LANG_AR));
	src->lexicon_used = tgt->lexicon_used = cs.aren;
	cs.lang = ct.other_lang = ls;
	ct.lang = cs.other_lang = lt;
	cs.other_script_ar = lt == MWZ_LANG_AR;
	ct.other_script_ar = ls == MWZ_LANG_AR;
	cs.pside = ct.pside = -1;
	if (cs.lx && cs.lx->lang[0] && ls != MWZ_LANG_AR && lt != MWZ_LANG_AR) {
		cs.pside = pair_swapped(cs.lx, s, sl, ns, t, tl, nt);
		src->pair_lexicon = tgt->pair_lexicon = 1;
		ct.pside = 1 - cs.pside;
		rc = mwz__stemmer_init_lx(&cs.st, cs.lx);
		if (!rc)
			rc = mwz__stemmer_init_lx(&ct.st, ct.lx);
	} else {
		rc = mwz__stemmer_init(&cs.st);
		if (!rc)
			rc = mwz__stemmer_init(&ct.st);
	}
	if (!rc)
		rc = both_tokens(&f->ws, &f->wt, &cs, &ct, src, tgt, s, sl, ns, t, tl, nt);
	if (!rc)
		rc = finish_both(f, src, tgt);
	if (!rc && opts && opts->src_para && ns) {
		src->para = malloc(ns);
		if (!src->para)
			rc = MWZ_ENOMEM;
		else
			memcpy(src->para, opts->src_para, ns);
	}
	if (!rc && opts && opts->tgt_para && nt) {
		tgt->para = malloc(nt);
		if (!tgt->para)
			rc = MWZ_ENOMEM;
		else
			memcpy(tgt->para, opts->tgt_para, nt);
	}
	mwz__stemmer_fini(&cs.st);
	mwz__stemmer_fini(&ct.st);
	if (rc) {
		mwz__features_end(f);
		return rc;
	}
	*out = f;
	return 0;
}

void mwz__features_end(mwz__feat *f)
{
	if (!f)
		return;
	work_free(&f->ws);
	work_free(&f->wt);
	free(f);
}

/* Add learnt concepts (pairs of type, concept) to the types: the pool is rebuilt once. */
static int add_concepts(work_t *wk, const uint32_t *ty, const uint32_t *c, size_t n)
{
	size_t k, tot = 0, nt = wk->keys.n, o;
	uint32_t *extra = calloc(nt + 1, sizeof *extra), *pool;
	size_t *pos;
	if (!extra)
		return MWZ_ENOMEM;
	for (k = 0; k < n; k++)
		extra[ty[k]]++;
	for (k = 0; k < nt; k++)
		tot += wk->ty[k].cn + extra[k];
	pool = malloc((tot + 1) * sizeof *pool);
	pos = malloc((nt + 1) * sizeof *pos);
	if (!pool || !pos) {
		free(extra);
		free(pool);
		free(pos);
		return MWZ_ENOMEM;
	}
	for (k = 0, o = 0; k < nt; k++) {
		wtype_t *t = &wk->ty[k];
		if (t->cn)
			memcpy(pool + o, wk->pool + t->coff, t->cn * sizeof *pool);
		t->coff = o;
		pos[k] = o + t->cn;
		o += t->cn + extra[k];
	}
	for (k = 0; k < n; k++) {
		pool[pos[ty[k]]++] = c[k];
		wk->ty[ty[k]].cn++;
	}
	free(wk->pool);
	wk->pool = pool;
	wk->npool = wk->poolcap = tot;
	free(extra);
	free(pos);
	return 0;
}

/* Content word types of one sentence (distinct, df within limits) into out. */
static size_t sentence_types(work_t *wk, size_t i, uint32_t *out, size_t cap,
                             uint32_t maxdf, uint32_t stamp)
{
	size_t k, n = 0, x, y;
	uint32_t tmp[256];
	for (k = wk->tok_off[i]; k < wk->tok_off[i + 1] && n < 256; k++) {
		uint32_t ty = wk->tok[k];
		wtype_t *t = &wk->ty[ty];
		if (t->kind != 'W' || !t->content || t->df < 2 || t->df > maxdf ||
		    t->last == stamp)
			continue;
		t->last = stamp;
		tmp[n++] = ty;
	}
	/* The rarest words first: they say the most. */
	for (x = 1; x < n; x++) {
		uint32_t v = tmp[x];
		for (y = x; y > 0 && wk->ty[tmp[y - 1]].df > wk->ty[v].df; y--)
			tmp[y] = tmp[y - 1];
		tmp[y] = v;
	}
	if (n > cap)
		n = cap;
	memcpy(out, tmp, n * sizeof *out);
	return n;
}

/* Move pair x to slot y (y <= x). */
static void pidx_keep(const size_t *ps, const size_t *pt, size_t y, size_t x)
{
	((size_t *)ps)[y] = ps[x];
	((size_t *)pt)[y] = pt[x];
}

typedef struct cooc {
	uint64_t key; /* (src type + 1) << 32 | tgt type */
	uint32_t n;
} cooc_t;

int mwz__features_learn(mwz__feat *f, mwz__side *src, mwz__side *tgt,
                        const size_t *ps, const size_t *pt, size_t np,
                        size_t *nlearned)
{
	/* Words that keep appearing in aligned pairs translate each other
	 * (as hunalign and Gargantua learn a lexicon from a first pass). */
	work_t *WS = &f->ws, *WT = &f->wt;
	size_t cap = 1024, x, k, learned = 0;
	cooc_t *tab;
	uint32_t *dfs = NULL, *dft = NULL, ts[LEARN_TYPES], tt[LEARN_TYPES];
	uint32_t maxs = (uint32_t)(src->n / 5 + 2), maxt = (uint32_t)(tgt->n / 5 + 2);
	int rc = 0;
	double learn_dice = LEARN_DICE;
	*nlearned = 0;
	/* A sample of the pairs is enough, and keeps time and memory small. */
	if (np > LEARN_MAX_PAIRS) {
		size_t step = np / LEARN_MAX_PAIRS + 1, y = 0;
		for (x = 0; x < np; x += step)
			pidx_keep(ps, pt, y++, x);
		np = y;
	}
	while (cap < np * LEARN_TYPES * LEARN_TYPES)
		cap *= 2;
	if (cap > ((size_t)1 << 19))
		cap = (size_t)1 << 19;
	tab = calloc(cap, sizeof *tab);
	dfs = calloc(WS->keys.n + 1, sizeof *dfs);
	dft = calloc(WT->keys.n + 1, sizeof *dft);
	if (!tab || !dfs || !dft) {
		rc = MWZ_ENOMEM;
		goto out;
	}
	/* side_finish left df counted over the whole side. */
	for (x = 0; x < np; x++) {
		size_t a = sentence_types(WS, ps[x], ts, LEARN_TYPES, maxs, (uint32_t)(0x80000000u | x));
		size_t b = sentence_types(WT, pt[x], tt, LEARN_TYPES, maxt, (uint32_t)(0x80000000u | x));
		size_t y, z;
		for (y = 0; y < a; y++)
			dfs[ts[y]]++;
		for (z = 0; z < b; z++)
			dft[tt[z]]++;
		for (y = 0; y < a; y++)
			for (z = 0; z < b; z++) {
				uint64_t key = ((uint64_t)(ts[y] + 1) << 32) | tt[z];
				size_t h = (size_t)((key * 0x9E3779B97F4A7C15ull) >> 40) & (cap - 1), probes = 0;
				while (tab[h].key && tab[h].key != key && probes < 32) {
					h = (h + 1) & (cap - 1);
					probes++;
				}
				if (probes >= 32)
					continue; /* a crowded table: this pair goes uncounted */
				tab[h].key = key;
				tab[h].n++;
			}
	}
	for (k = 0; k < cap && rc == 0; k++) {
		uint32_t a, b;
		double dice;
		if (!tab[k].key || tab[k].n < 2)
			continue;
		a = (uint32_t)(tab[k].key >> 32) - 1;
		b = (uint32_t)tab[k].key;
		dice = 2.0 * tab[k].n / (double)(dfs[a] + dft[b]);
		if (dice < learn_dice)
			continue;
		{
			uint32_t c = MWZ__C_LEARN | ((uint32_t)(tab[k].key * 0x9E3779B1u) & MWZ__C_MASK);
			/* The table is done with: its slots hold the learnt pairs now. */
			tab[learned].key = ((uint64_t)a << 32) | b;
			tab[learned].n = c;
			learned++;
		}
	}
	free(dfs);
	free(dft);
	dfs = dft = NULL;
	if (!rc && learned) {
		uint32_t *ty = malloc(learned * sizeof *ty), *c = malloc(learned * sizeof *c);
		if (!ty || !c)
			rc = MWZ_ENOMEM;
		for (k = 0; !rc && k < learned; k++) {
			ty[k] = (uint32_t)(tab[k].key >> 32);
			c[k] = tab[k].n;
		}
		if (!rc)
			rc = add_concepts(WS, ty, c, learned);
		for (k = 0; !rc && k < learned; k++)
			ty[k] = (uint32_t)tab[k].key;
		if (!rc)
			rc = add_concepts(WT, ty, c, learned);
		free(ty);
		free(c);
	}
	free(tab);
	tab = NULL;
	if (!rc && learned)
		rc = finish_both(f, src, tgt);
	*nlearned = learned;
out:
	free(tab);
	free(dfs);
	free(dft);
	return rc;
}
