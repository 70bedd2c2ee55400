/*
 * translit.c - romanisation of Arabic-script text: Buckwalter (exact,
 * reversible, with its inverse) and "news" (the spellings an English
 * newsroom prints: the embedded name list first, then rules), plus the
 * lookup calls of the embedded name list (namelist.c, generated).
 *
 * News scheme choices (documented in muwazi.h and README):
 *  - the article is printed "al-" and never assimilated (al-Sadr, not
 *    as-Sadr), lower case, the next word capitalised;
 *  - list spellings win over vocalisation for listed names only when the
 *    word carries no short-vowel marks; a word with marks is read from them;
 *  - unlisted, unvocalised words get short vowels by syllable heuristics
 *    (CaCC, CaCaC, faa'il -> CaCiC), long waw "ou", long yeh "i", ta
 *    marbuta "a", nisba yeh "i", ayn dropped except "aa" (Saad, Jaafar).
 */
#include "internal.h"
#include "translit.h"
#include "translit_key.h"
#include "utf8.h"

#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------------ */
/* Buckwalter                                                          */
/* ------------------------------------------------------------------ */

static const struct bw {
	unsigned int cp;
	char ch;
} bw_table[] = {
	{ 0x0621, '\'' }, { 0x0622, '|' }, { 0x0623, '>' }, { 0x0624, '&' },
	{ 0x0625, '<' }, { 0x0626, '}' }, { 0x0627, 'A' }, { 0x0628, 'b' },
	{ 0x0629, 'p' }, { 0x062A, 't' }, { 0x062B, 'v' }, { 0x062C, 'j' },
	{ 0x062D, 'H' }, { 0x062E, 'x' }, { 0x062F, 'd' }, { 0x0630, '*' },
	{ 0x0631, 'r' }, { 0x0632, 'z' }, { 0x0633, 's' }, { 0x0634, '$' },
	{ 0x0635, 'S' }, { 0x0636, 'D' }, { 0x0637, 'T' }, { 0x0638, 'Z' },
	{ 0x0639, 'E' }, { 0x063A, 'g' }, { 0x0640, '_' }, { 0x0641, 'f' },
	{ 0x0642, 'q' }, { 0x0643, 'k' }, { 0x0644, 'l' }, { 0x0645, 'm' },
	{ 0x0646, 'n' }, { 0x0647, 'h' }, { 0x0648, 'w' }, { 0x0649, 'Y' },
	{ 0x064A, 'y' }, { 0x064B, 'F' }, { 0x064C, 'N' }, { 0x064D, 'K' },
	{ 0x064E, 'a' }, { 0x064F, 'u' }, { 0x0650, 'i' }, { 0x0651, '~' },
	{ 0x0652, 'o' }, { 0x0670, '`' }, { 0x0671, '{' }, { 0x067E, 'P' },
	{ 0x0686, 'J' }, { 0x06A4, 'V' }, { 0x06AF, 'G' },
};
#define BW_N (sizeof bw_table / sizeof bw_table[0])

static int put_cp(mwz__buf *b, unsigned int cp)
{
	char tmp[4];
	return mwz__buf_put(b, tmp, (size_t)mwz__utf8_encode(tmp, cp));
}

/* Append n bytes; without a call when there is room (the common case). */
static int put(mwz__buf *b, const void *p, size_t n)
{
	if (b->len + n < b->cap) {
		memcpy(b->data + b->len, p, n);
		b->len += n;
		b->data[b->len] = '\0';
		return 0;
	}
	return mwz__buf_put(b, p, n);
}

/* Buckwalter letter of a code point, or 0 (bw_table is sorted by code point). */
static char bw_char(unsigned int cp)
{
	size_t lo = 0, hi = BW_N;
	if (cp < bw_table[0].cp || cp > bw_table[BW_N - 1].cp)
		return 0;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (bw_table[mid].cp < cp)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < BW_N && bw_table[lo].cp == cp ? bw_table[lo].ch : 0;
}

static int buckwalter(mwz__buf *b, const unsigned char *s, size_t len)
{
	size_t i = 0;
	int rc = 0;
	while (i < len && !rc) {
		unsigned int cp;
		int n;
		char c;
		if (s[i] < 0x80) { /* ASCII: as it is */
			rc = put(b, s + i, 1);
			i++;
			continue;
		}
		n = mwz__tl_dec(s, len, i, &cp); /* validated by mwz_translit */
		if ((c = bw_char(cp)) != 0)
			rc = put(b, &c, 1);
		else
			rc = put(b, s + i, (size_t)n);
		i += (size_t)n;
	}
	return rc;
}

int mwz_untranslit(char **out, size_t *outlen, const char *in, size_t len,
                   int scheme, mwz_error_t *err)
{
	mwz__buf b = { 0 };
	size_t bad, i, k;
	int rc = 0;
	if (!out || (!in && len))
		return mwz__fail(err, MWZ_EINVAL, 0, 0, "NULL argument");
	*out = NULL;
	if (outlen)
		*outlen = 0;
	if (scheme != MWZ_SCHEME_BUCKWALTER)
		return mwz__fail(err, scheme == MWZ_SCHEME_NEWS || scheme == MWZ_SCHEME_NEWS_RULES
		                          ? MWZ_EUNSUPPORTED
		                                                : MWZ_EINVAL,
		                 0, 0, "only the buckwalter scheme is reversible");
	if (mwz_utf8_validate(in, len, &bad) != MWZ_OK)
		return mwz__fail(err, MWZ_EUTF8, 0, bad, "invalid UTF-8 at byte %zu",
		                 bad + 1);
	rc = mwz__buf_reserve(&b, len);
	for (i = 0; i < len && !rc; i++) {
		unsigned char c = (unsigned char)in[i];
		for (k = 0; k < BW_N && bw_table[k].ch != (char)c; k++)
			;
		if (c < 0x80 && k < BW_N)
			rc = put_cp(&b, bw_table[k].cp);
		else
			rc = mwz__buf_put(&b, &in[i], 1);
	}
	if (rc) {
		mwz__buf_free(&b);
		return mwz__fail(err, rc, 0, 0, "out of memory");
	}
	b.data[b.len] = '\0'; /* reserve() keeps room for it */
	*out = b.data;
	if (outlen)
		*outlen = b.len;
	return MWZ_OK;
}

/* ------------------------------------------------------------------ */
/* The embedded list                                                   */
/* ------------------------------------------------------------------ */

/*
 * The index slot of key k[0..kl) (a key, or the first word of phrases), or
 * 0 when neither; *row gets its row (see translit_key.h).
 */
static unsigned int nl_slot(const char *k, size_t kl, size_t *row)
{
	unsigned int h = mwz__tl_slot(k, kl), v;
	while ((v = mwz__namelist_index[h]) != 0) {
		const char *e = mwz__namelist[(v & MWZ__NL_ROW) - 1].key;
		if (strncmp(e, k, kl) == 0 && (e[kl] == '\0' || e[kl] == ' ')) {
			*row = (v & MWZ__NL_ROW) - 1;
			return v;
		}
		h = (h + 1) & (MWZ__NL_SLOTS - 1);
	}
	return 0;
}

/* First row of a key, or (size_t)-1; *count gets the number of its rows. */
static size_t nl_find(const char *key, size_t *count)
{
	size_t at, n, kl = strlen(key);
	if (!(nl_slot(key, kl, &at) & MWZ__NL_IS_KEY))
		return (size_t)-1;
	for (n = 1; at + n < mwz__namelist_len &&
	            strcmp(mwz__namelist[at + n].key, key) == 0; n++)
		;
	if (count)
		*count = n;
	return at;
}

int mwz_namelist_lookup(size_t *first, size_t *count, const char *arabic,
                        size_t len)
{
	char small[256], *key = small;
	size_t bad, at, n = 0;
	if (!first || !count || (!arabic && len))
		return MWZ_EINVAL;
	if (mwz_utf8_validate(arabic, len, &bad) != MWZ_OK)
		return MWZ_EUTF8;
	if (len >= sizeof small && !(key = malloc(len + 1)))
		return MWZ_ENOMEM;
	mwz__tl_key(key, arabic, len);
	at = nl_find(key, &n);
	if (key != small)
		free(key);
	if (at == (size_t)-1)
		return MWZ_ENOTFOUND;
	*first = at;
	*count = n;
	return MWZ_OK;
}

size_t mwz_namelist_size(void)
{
	return mwz__namelist_len;
}

const mwz_name_info_t *mwz_namelist_entry(size_t i)
{
	return i < mwz__namelist_len ? &mwz__namelist[i].info : NULL;
}

/* ------------------------------------------------------------------ */
/* News scheme                                                         */
/* ------------------------------------------------------------------ */

#define MAXW 64 /* letters kept per word; longer words are split */

/* A word: its letters (marks separated out) as code points. */
struct word {
	unsigned int cp[MAXW];     /* letters, unfolded */
	unsigned char vow[MAXW];   /* mark after letter: 0, 'a','i','u','o' (sukun), 'A' (fathatan) */
	unsigned char shad[MAXW];  /* shadda on the letter */
	size_t n;
	int vocalised;             /* carries short-vowel marks */
	int unlisted;              /* its key is known not to be in the list */
	char key[MAXW * 4 + 1];    /* lookup key */
};

struct ctx {
	mwz__buf *b;
	int rc;
	int persian; /* text has Persian-only letters: final heh is "eh" */
	int nolist;  /* MWZ_SCHEME_NEWS_RULES: only particles from the list */
};

static void emit(struct ctx *c, const char *s, size_t n)
{
	mwz__buf *b = c->b;
	if (c->rc)
		return;
	if (b->len + n < b->cap) { /* the common case: room enough */
		memcpy(b->data + b->len, s, n);
		b->len += n;
		b->data[b->len] = '\0';
		return;
	}
	c->rc = mwz__buf_put(b, s, n);
}

static void emits(struct ctx *c, const char *s)
{
	emit(c, s, strlen(s));
}

static void out(struct ctx *c, const char *s)
{
	emit(c, s, strlen(s));
}

/* Consonant value of a letter, or NULL when the letter is not a plain consonant. */
static const char *cons(unsigned int cp)
{
	switch (cp) {
	case 0x0628: return "b";
	case 0x062A: return "t";
	case 0x062B: return "th";
	case 0x062C: return "j";
	case 0x062D: return "h";
	case 0x062E: return "kh";
	case 0x062F: return "d";
	case 0x0630: return "dh";
	case 0x0631: return "r";
	case 0x0632: return "z";
	case 0x0633: return "s";
	case 0x0634: return "sh";
	case 0x0635: return "s";
	case 0x0636: return "d";
	case 0x0637: return "t";
	case 0x0638: return "z";
	case 0x063A: return "gh";
	case 0x0641: return "f";
	case 0x0642: return "q";
	case 0x0643: case 0x06A9: case 0x06AA: return "k";
	case 0x0644: return "l";
	case 0x0645: return "m";
	case 0x0646: case 0x06BA: return "n";
	case 0x0647: case 0x06BE: case 0x06C1: return "h";
	case 0x067E: return "p";
	case 0x0686: return "ch";
	case 0x0698: return "zh";
	case 0x06AF: case 0x06A8: return "g";
	case 0x06A4: return "v";
	case 0x0679: return "t";
	case 0x0688: return "d";
	case 0x0691: return "r";
	case 0x067F: case 0x067A: return "t";
	case 0x0681: case 0x0685: return "dz";
	case 0x0689: return "d";
	case 0x0693: return "r";
	case 0x069A: return "x";
	case 0x06BC: return "n";
	case 0x0696: return "zh";
	case 0x06AB: return "g";
	default: return NULL;
	}
}

static int is_alef(unsigned int cp)
{
	return cp == 0x0627 || cp == 0x0622 || cp == 0x0623 || cp == 0x0625 ||
	       cp == 0x0671;
}
static int is_waw(unsigned int cp) { return cp == 0x0648; }
static int is_yeh(unsigned int cp)
{
	return cp == 0x064A || cp == 0x06CC || cp == 0x06D0;
}
static int is_ayn(unsigned int cp) { return cp == 0x0639; }

/* Persian-only letters: pe, che, zhe, gaf, keheh, farsi yeh, heh with yeh. */
static int is_persian(unsigned int cp)
{
	return cp == 0x067E || cp == 0x0686 || cp == 0x0698 || cp == 0x06AF ||
	       cp == 0x06A9 || cp == 0x06CC || cp == 0x06C0 || cp == 0x0679 ||
	       cp == 0x0688 || cp == 0x0691 || cp == 0x06BA || cp == 0x06BE ||
	       cp == 0x06C1 || cp == 0x06D2;
}

/* Units of the rule-based reading: a consonant or a vowel, with its text. */
enum { U_C, U_V };
struct unit {
	int kind;
	char txt[4];
	int ayn;    /* ayn: silent unless it lengthens an inserted a */
	int hamza;  /* glottal stop: "'" medially, dropped at the edges */
};

static void unit_set(struct unit *u, int kind, const char *t)
{
	u->kind = kind;
	size_t i;
	u->ayn = u->hamza = 0;
	for (i = 0; i < sizeof u->txt - 1 && t[i]; i++)
		u->txt[i] = t[i];
	for (; i < sizeof u->txt; i++)
		u->txt[i] = '\0';
}

/* Read unvocalised letters cp[0..n) into units. */
static size_t to_units(struct unit *u, const unsigned int *cp, size_t n,
                       int persian)
{
	size_t i, m = 0;
	for (i = 0; i < n; i++) {
		unsigned int c = cp[i];
		unsigned int prev = i ? cp[i - 1] : 0, next = i + 1 < n ? cp[i + 1] : 0;
		int first = i == 0, last = i + 1 == n;
		const char *k = cons(c);
		struct unit *x = &u[m++];
		if (c == 0x0647 && last && !first && persian) {
			unit_set(x, U_V, "eh");
		} else if (k) {
			unit_set(x, U_C, k);
		} else if (c == 0x0627 || c == 0x0622 || c == 0x0671) {
			unit_set(x, U_V, "a");
		} else if (c == 0x0623) {
			if (first)
				unit_set(x, U_V, "a");
			else {
				unit_set(x, U_C, "'");
				x->hamza = 1;
			}
		} else if (c == 0x0625) {
			unit_set(x, U_V, "i");
		} else if (is_waw(c) || c == 0x0624) {
			if (c == 0x0624) {
				unit_set(x, U_C, "'");
				x->hamza = 1;
			} else if (first || is_alef(next) || next == 0x0649 ||
			           is_alef(prev) || is_yeh(next))
				unit_set(x, U_C, "w");
			else if (last)
				unit_set(x, U_V, "u");
			else
				unit_set(x, U_V, "ou");
		} else if (is_yeh(c) || c == 0x0649 || c == 0x06D2) {
			if (c == 0x0649)
				unit_set(x, U_V, "a");
			else if (c == 0x06D2)
				unit_set(x, U_V, "e");
			else if (i + 2 == n && (next == 0x0629 || next == 0x06C0) && i > 0 &&
			         cons(prev))
				unit_set(x, U_V, "iy"); /* -iya: Khalidiya, Ashrafiya */
			else if (first || is_alef(next) || is_waw(next) ||
			         next == 0x0649 || is_alef(prev) ||
			         (is_yeh(next) && !last))
				unit_set(x, U_C, "y");
			else if (i == 1 && cons(prev) && !last && cons(next) && n >= 3)
				unit_set(x, U_V, "ai"); /* diphthong: Zaid, Saif, Faisal, Haider */
			else
				unit_set(x, U_V, "i");
		} else if (c == 0x0629 || c == 0x06C0) {
			if (last && !is_alef(prev))
				unit_set(x, U_V, "a");
			else
				unit_set(x, U_C, "t");
		} else if (c == 0x0621) {
			if (last && is_alef(prev))
				unit_set(x, U_V, "a");
			else {
				unit_set(x, U_C, "'");
				x->hamza = 1;
			}
		} else if (c == 0x0626) {
			if (is_alef(prev))
				unit_set(x, U_V, "e");
			else {
				unit_set(x, U_C, "'");
				x->hamza = 1;
			}
		} else if (is_ayn(c)) {
			unit_set(x, U_C, "");
			x->ayn = 1;
		} else if (c == 0x06D5) {
			unit_set(x, U_V, persian ? "eh" : "a");
		} else {
			m--; /* a letter we cannot read: dropped */
		}
	}
	return m;
}

/*
 * Short vowels to insert in a run of k consonants: bitmask of the
 * consonants (0-based in the run) followed by a vowel. initial: the run
 * starts the word; final: it ends it; after_long: a long vowel precedes.
 */
static unsigned long long run_vowels(size_t k, int initial, int final, int after_long)
{
	unsigned long long m = 0;
	size_t j;
	if (k < 2)
		return 0;
	if (initial) {
		/* CaC, CaCC, CaCCaC, CaCCaCaC ... */
		m |= 1ull;
		for (j = 2; j + 1 < k; j += 2)
			m |= 1ull << j;
		if (!final && k == 2)
			m = 1ull;
		return m;
	}
	if (final) {
		if (k == 2)
			return 1ull; /* Khalid, Yousef */
		/* CCaC, CCaCaC */
		for (j = 1; j + 1 < k; j++)
			if (j % 2 == 1)
				m |= 1ull << j;
		return m;
	}
	/* medial: CC, CCaC, CCaCC (faa'il before a nisba is handled by the caller) */
	for (j = 1; j + 1 < k; j += 2)
		m |= 1ull << j;
	return m;
}

/* Rule-based reading of unvocalised letters. */
static void rules(struct ctx *c, mwz__buf *w, const unsigned int *cp, size_t n)
{
	struct unit u[MAXW];
	size_t m = to_units(u, cp, n, c->persian), i, j;
	char prev_short = 0; /* last thing written was an inserted short a */
	int prev_vowel_long = 0, mu = 0, allc = 1;
	/*
	 * Participles and m-names (Mukhtar, Murtada, Mustafa, Muslim): an
	 * initial mim before two more consonants takes "u", unless the word
	 * has a long ou or a w/y consonant (Mahmoud, Mansour, Marwan).
	 */
	for (i = 0; i < m; i++)
		if (u[i].kind == U_V && i + 1 < m)
			allc = 0;
	if (m >= 4 && u[0].kind == U_C && strcmp(u[0].txt, "m") == 0 &&
	    u[1].kind == U_C && u[2].kind == U_C && !u[1].ayn && !u[2].ayn) {
		mu = 1;
		for (i = 0; i < m; i++)
			if (strcmp(u[i].txt, "ou") == 0 || strcmp(u[i].txt, "w") == 0 ||
			    strcmp(u[i].txt, "y") == 0)
				mu = 0;
	}
	i = 0;
	while (i < m) {
		if (u[i].kind == U_V) {
			out(c, u[i].txt);
			prev_vowel_long = 1;
			prev_short = 0;
			i++;
			continue;
		}
		/* a run of consonants [i, j) */
		for (j = i; j < m && u[j].kind == U_C; j++)
			;
		{
			size_t k = j - i, t;
			unsigned long long mask = run_vowels(k, i == 0, j == m, prev_vowel_long);
			/* faa'il + nisba: Khalidiya, Rashidiya, Hashimi, Jabiri */
			int fa_il = k == 2 && i > 0 && j < m && strcmp(u[i - 1].txt, "a") == 0 &&
			            (strcmp(u[j].txt, "i") == 0 || strcmp(u[j].txt, "iy") == 0) &&
			            j + 1 >= m - 1;
			if (fa_il)
				mask = 1ull;
			for (t = 0; t < k; t++) {
				struct unit *x = &u[i + t];
				int edge = (i + t == 0) || (i + t + 1 == m);
				if (x->ayn) {
					/* Saad, Jaafar: ayn after an inserted a, before a consonant */
					if (prev_short == 'a' && t + 1 < k && !(mask & (1ull << t)))
						out(c, "a");
				} else if (x->hamza) {
					(void)edge; /* newsrooms print no hamza: Raisi, Nashat, Rafat */
				} else {
					out(c, x->txt);
				}
				prev_short = 0;
				if (mu && i == 0 && allc && k == 4 && j == m && t == 2)
					mask = 1ull | (1ull << 2); /* Muhsin, Muslim */
				if (mask & (1ull << t)) {
					const char *v = "a";
					if (j == m && k == 2 && t == 0 && i > 0)
						v = prev_vowel_long && u[i - 1].txt[0] == 'a' ? "i" : "e";
					if (mu && i == 0 && t == 0)
						v = "u";
					if (fa_il)
						v = "i";
					if (mu && i == 0 && allc && k == 4 && j == m && t == 2)
						v = "i";
					out(c, v);
					prev_short = v[0];
				}
			}
			prev_vowel_long = 0;
			i = j;
		}
	}
}

/* Reading of a word that carries vowel marks. */
static void vocalised(struct ctx *c, mwz__buf *w, const struct word *wd,
                      size_t from)
{
	size_t i;
	char pv = 0; /* previous letter's vowel mark */
	for (i = from; i < wd->n; i++) {
		unsigned int ch = wd->cp[i];
		char v = (char)wd->vow[i];
		int sh = wd->shad[i] && i > from;
		const char *k = cons(ch);
		int first = i == from;
		if (k && !(ch == 0x0647 && i + 1 == wd->n && c->persian && !v)) {
			out(c, k);
			if (sh && k[1] == '\0')
				out(c, k);
		} else if (ch == 0x0627 || ch == 0x0671 || ch == 0x0622) {
			if (first || pv != 'a')
				out(c, first && v && v != 'o' && v != 'A' ? "" : "a");
		} else if (ch == 0x0623 || ch == 0x0625 || ch == 0x0621 ||
		           ch == 0x0624 || ch == 0x0626) {
			if (first && !v)
				out(c, ch == 0x0625 ? "i" : "a");
		} else if (is_waw(ch)) {
			if (v && v != 'o')
				out(c, "w");
			else if (v == 'o' || sh)
				out(c, pv == 'u' ? "" : "w");
			else if (pv != 'u')
				out(c, first ? "w" : "u");
			if (sh)
				out(c, "w");
		} else if (is_yeh(ch)) {
			if (v && v != 'o')
				out(c, "y");
			else if (v == 'o' || sh)
				out(c, pv == 'i' ? "" : "y");
			else if (pv != 'i')
				out(c, first ? "y" : "i");
			if (sh && i + 1 < wd->n)
				out(c, "y"); /* final -iyy (Ali, nisba) stays "i" */
		} else if (ch == 0x0649) {
			if (pv != 'a')
				out(c, "a");
		} else if (ch == 0x0629 || ch == 0x06C0) {
			if (v && v != 'o' && i + 1 < wd->n)
				out(c, "t");
			else if (pv != 'a')
				out(c, "a");
			v = 0;
		} else if (is_ayn(ch)) {
			if (v == 'o' && pv == 'a')
				out(c, "a");
		} else if (ch == 0x06D2) {
			out(c, "e");
		}
		switch (v) {
		case 'a': out(c, "a"); break;
		case 'i': out(c, "i"); break;
		case 'u': out(c, "u"); break;
		case 'A': out(c, "an"); break;
		case '`': out(c, "a"); v = 'a'; break;
		default: break;
		}
		pv = v;
	}
}

/* Capitalise the first ASCII letter of buffer text from byte `from`. */
static void capitalise(mwz__buf *w, size_t from)
{
	size_t i;
	for (i = from; i < w->len; i++) {
		char ch = w->data[i];
		if (ch >= 'a' && ch <= 'z') {
			w->data[i] = (char)(ch - 'a' + 'A');
			return;
		}
		if (ch >= 'A' && ch <= 'Z')
			return;
	}
}

/*
 * Does the listed Arabic form spell exactly the letters of words wd[0..nw)
 * (marks and joiners aside)? Used to prefer, among entries sharing a
 * folded key, the one written the same way: حسيني (Arabic yeh) is
 * Husseini, حسینی (Persian yeh) Hosseini.
 */
static int same_letters(const char *ar, const struct word *wd, size_t nw)
{
	const unsigned char *u = (const unsigned char *)ar;
	size_t len = strlen(ar), i = 0, w = 0, k = 0;
	while (i < len) {
		unsigned int cp;
		i += (size_t)mwz__tl_dec(u, len, i, &cp);
		if (!mwz__tl_fold(cp) && cp != ' ')
			continue;
		if (cp == ' ') {
			if (w >= nw || k != wd[w].n)
				return 0;
			w++;
			k = 0;
			continue;
		}
		if (w >= nw || k >= wd[w].n || wd[w].cp[k] != cp)
			return 0;
		k++;
	}
	return w + 1 == nw && k == wd[w].n;
}

/* Does an Arabic-script string use Persian-only letters? */
static int persian_form(const char *ar)
{
	const unsigned char *u = (const unsigned char *)ar;
	size_t len = strlen(ar), i = 0;
	while (i < len) {
		unsigned int cp;
		i += (size_t)mwz__tl_dec(u, len, i, &cp);
		if (is_persian(cp))
			return 1;
	}
	return 0;
}

/* The last letter of ar is alef maqsura and wd's yeh, or the other way round:
 * the particle على (on) is not the name علي (Ali), though keys fold them. */
static int yeh_differs(const char *ar, const struct word *wd, size_t nw)
{
	const unsigned char *u = (const unsigned char *)ar;
	size_t len = strlen(ar), i = 0;
	unsigned int cp, last = 0, wl;
	if (!wd || nw == 0 || wd[nw - 1].n == 0)
		return 0;
	while (i < len) {
		i += (size_t)mwz__tl_dec(u, len, i, &cp);
		last = cp;
	}
	wl = wd[nw - 1].cp[wd[nw - 1].n - 1];
	return (last == 0x0649 && wl == 0x064A) || (last == 0x064A && wl == 0x0649);
}

/* News spelling of a key: the entry written like wd if any, else the first. */
static const char *list_spelling_of(const struct ctx *c, const char *key,
                                    const struct word *wd, size_t nw)
{
	size_t n, i, at = nl_find(key, &n);
	if (at == (size_t)-1)
		return NULL;
	if (c->nolist) {
		for (i = at; i < at + n; i++)
			if (mwz__namelist[i].info.type == MWZ_NAME_WORD &&
			    !yeh_differs(mwz__namelist[i].info.arabic, wd, nw))
				return mwz__namelist[i].info.latin;
		return NULL;
	}
	if (wd) {
		size_t w, k;
		int pw = 0;
		for (i = at; i < at + n; i++)
			if (same_letters(mwz__namelist[i].info.arabic, wd, nw))
				return mwz__namelist[i].info.latin;
		/* else one written in the same alphabet (Arabic or Persian letters) */
		for (w = 0; w < nw; w++)
			for (k = 0; k < wd[w].n; k++)
				pw |= is_persian(wd[w].cp[k]);
		for (i = at; i < at + n; i++)
			if (persian_form(mwz__namelist[i].info.arabic) == pw)
				return mwz__namelist[i].info.latin;
	}
	return mwz__namelist[at].info.latin;
}

static const char AL[] = "\330\247\331\204";       /* ال */
static const char ALLAH[] = "\330\247\331\204\331\204\331\207"; /* الله */
static const char ABD[] = "\330\271\330\250\330\257"; /* عبد */
static const char WAW[] = "\331\210";                 /* و */

static int starts(const char *s, const char *p)
{
	return strncmp(s, p, strlen(p)) == 0;
}

static int ends(const char *s, const char *p)
{
	size_t a = strlen(s), b = strlen(p);
	return a >= b && strcmp(s + a - b, p) == 0;
}

/* Number of letters in a key. */
static size_t key_letters(const char *key)
{
	size_t n = 0;
	for (; *key; key++)
		if (((unsigned char)*key & 0xC0) != 0x80)
			n++;
	return n;
}

static void word_from(struct word *sub, const struct word *wd, size_t from,
                      size_t to);

/* Romanise one word into w (its own case rules applied). */
static void news_word(struct ctx *c, mwz__buf *w, const struct word *wd, int depth)
{
	const char *sp;
	size_t start = w->len, nl = key_letters(wd->key);
	if (wd->n == 0)
		return;
	if (wd->vocalised) {
		/* the article: alef(-wasla) lam without its own vowel */
		if (wd->n > 3 && (wd->cp[0] == 0x0627 || wd->cp[0] == 0x0671) &&
		    wd->cp[1] == 0x0644 && (wd->vow[1] == 0 || wd->vow[1] == 'o') &&
		    !wd->shad[1] && !ends(wd->key, ALLAH)) {
			emits(c, "al-");
			{
				size_t s2 = w->len;
				vocalised(c, w, wd, 2);
				capitalise(w, s2);
			}
			return;
		}
		vocalised(c, w, wd, 0);
		capitalise(w, start);
		return;
	}
	if (!wd->unlisted && (sp = list_spelling_of(c, wd->key, wd, 1)) != NULL) {
		out(c, sp);
		return;
	}
	if (nl > 3 && starts(wd->key, AL) && strcmp(wd->key, ALLAH) != 0) {
		struct word sub;
		out(c, "al-");
		word_from(&sub, wd, 2, wd->n);
		{
			size_t s2 = w->len;
			if ((sp = list_spelling_of(c, sub.key, &sub, 1)) != NULL) {
				out(c, starts(sp, "al-") ? sp + 3 : sp);
			} else {
				sub.unlisted = 1; /* no need to look it up again */
				news_word(c, w, &sub, depth + 1);
			}
			capitalise(w, s2);
		}
		return;
	}
	if (depth == 0 && nl > 4 && starts(wd->key, WAW)) {
		struct word sub;
		int listed;
		word_from(&sub, wd, 1, wd->n);
		listed = list_spelling_of(c, sub.key, NULL, 0) != NULL;
		if (listed || starts(sub.key, AL)) {
			sub.unlisted = !listed;
			out(c, "wa-");
			news_word(c, w, &sub, depth + 1);
			return;
		}
	}
	if (nl > 5 && starts(wd->key, ABD) && strncmp(wd->key + strlen(ABD), AL, strlen(AL)) == 0 &&
	    !ends(wd->key, ALLAH)) {
		struct word sub;
		out(c, "Abdul-");
		word_from(&sub, wd, 5, wd->n);
		{
			size_t s2 = w->len;
			news_word(c, w, &sub, depth + 1);
			capitalise(w, s2);
		}
		return;
	}
	if (nl > 4 && ends(wd->key, ALLAH)) {
		struct word sub;
		size_t cut = wd->n;
		/* drop the last four letters (alef lam lam heh) of the word */
		{
			size_t seen = 0;
			while (cut > 0 && seen < 4) {
				cut--;
				seen++;
			}
		}
		word_from(&sub, wd, 0, cut);
		news_word(c, w, &sub, depth + 1);
		out(c, c->persian ? "ullah" : "allah"); /* Afghan, Pakistani: Amanullah */
		capitalise(w, start);
		return;
	}
	rules(c, w, wd->cp, wd->n);
	capitalise(w, start);
}

/* Sub-word of letters [from, to). */
static void word_from(struct word *sub, const struct word *wd, size_t from,
                      size_t to)
{
	size_t i, k = 0;
	sub->n = 0;
	sub->vocalised = 0;
	sub->unlisted = 0;
	for (i = from; i < to; i++) {
		sub->cp[sub->n] = wd->cp[i];
		sub->vow[sub->n] = wd->vow[i];
		sub->shad[sub->n] = wd->shad[i];
		if (wd->vow[i])
			sub->vocalised = 1;
		sub->n++;
		{
			unsigned int f = mwz__tl_fold(wd->cp[i]);
			if (f)
				k += mwz__tl_enc(sub->key + k, f);
		}
	}
	sub->key[k] = '\0';
}

/* Arabic-script character classes for the tokeniser. */
static int in_word(unsigned int cp)
{
	return mwz__tl_is_letter(cp) || mwz__tl_is_mark(cp) || cp == 0x0640 ||
	       cp == 0x200C || cp == 0x200D;
}

/* Non-letter Arabic characters as ASCII (news scheme). */
static const char *punct(unsigned int cp, char *tmp)
{
	if (cp >= 0x0660 && cp <= 0x0669) {
		tmp[0] = (char)('0' + (cp - 0x0660));
		tmp[1] = '\0';
		return tmp;
	}
	if (cp >= 0x06F0 && cp <= 0x06F9) {
		tmp[0] = (char)('0' + (cp - 0x06F0));
		tmp[1] = '\0';
		return tmp;
	}
	switch (cp) {
	case 0x060C: case 0x066C: return ",";
	case 0x061B: return ";";
	case 0x061F: return "?";
	case 0x066A: return "%";
	case 0x066B: case 0x06D4: return ".";
	case 0x00AB: case 0x00BB: return "\"";
	case 0x200E: case 0x200F: case 0x061C: case 0x202A: case 0x202B:
	case 0x202C: case 0x202D: case 0x202E: case 0x2066: case 0x2067:
	case 0x2068: case 0x2069: case 0x200C: case 0x200D: case 0x0640:
		return "";
	default:
		return NULL;
	}
}

/* Parse one Arabic word at s[i..j) into wd. */
static void parse_word(struct word *wd, const unsigned char *s, size_t i,
                       size_t j)
{
	size_t k = 0;
	wd->n = 0;
	wd->vocalised = 0;
	wd->unlisted = 0;
	while (i < j) {
		unsigned int cp, f;
		if (s[i] < 0x80) {
			cp = s[i++];
		} else {
			i += (size_t)mwz__tl_dec(s, j, i, &cp);
		}
		if (mwz__tl_is_letter(cp)) {
			if (wd->n == MAXW)
				continue;
			wd->cp[wd->n] = cp;
			wd->vow[wd->n] = 0;
			wd->shad[wd->n] = 0;
			wd->n++;
			f = mwz__tl_fold(cp);
			if (f)
				k += mwz__tl_enc(wd->key + k, f);
		} else if (wd->n && mwz__tl_is_mark(cp)) {
			unsigned char *v = &wd->vow[wd->n - 1];
			switch (cp) {
			case 0x064E: *v = 'a'; wd->vocalised = 1; break;
			case 0x064F: *v = 'u'; wd->vocalised = 1; break;
			case 0x0650: *v = 'i'; wd->vocalised = 1; break;
			case 0x0652: *v = 'o'; wd->vocalised = 1; break;
			case 0x064B: *v = 'A'; wd->vocalised = 1; break;
			case 0x064C: case 0x064D: *v = 'o'; wd->vocalised = 1; break;
			case 0x0670: *v = '`'; wd->vocalised = 1; break;
			case 0x0651: wd->shad[wd->n - 1] = 1; break;
			default: break;
			}
		}
	}
	wd->key[k] = '\0';
}

struct tok {
	size_t s, e;
	int word;
};

/* Next token from i: an Arabic word or a run of anything else. */
static size_t next_tok(struct tok *t, const unsigned char *s, size_t len,
                       size_t i)
{
	unsigned int cp;
	int n = mwz__tl_dec(s, len, i, &cp);
	int w = mwz__tl_is_letter(cp);
	size_t j = i + (size_t)n;
	t->s = i;
	t->word = w;
	if (!w) {
		t->e = j;
		return j;
	}
	{
		size_t letters = 1;
		while (j < len) {
			n = mwz__tl_dec(s, len, j, &cp);
			if (!in_word(cp))
				break;
			/* a word longer than MAXW letters goes on as a new word: nothing is lost */
			if (mwz__tl_is_letter(cp) && ++letters > MAXW)
				break;
			j += (size_t)n;
		}
	}
	t->e = j;
	return j;
}

#define MAXPHRASE 4

/* Is any listed phrase "key ..." (key, a space, more words)? */
static int phrase_listed(const char *key)
{
	size_t row;
	return (nl_slot(key, strlen(key), &row) & MWZ__NL_STARTS) != 0;
}

/*
 * Words parsed while gathering a phrase but not yet written: the next
 * gathering starts with them, so that each word of running text is
 * tokenised and parsed once, not once for every phrase it may start.
 */
struct ahead {
	struct word *w[MAXPHRASE]; /* slots, in text order */
	size_t s[MAXPHRASE], e[MAXPHRASE];
	size_t n;
};

static int news(mwz__buf *b, const unsigned char *s, size_t len, int nolist)
{
	struct ctx c;
	size_t i = 0, j;
	struct word *pool = malloc(sizeof *pool * MAXPHRASE);
	struct word *wd[MAXPHRASE];
	size_t we[MAXPHRASE]; /* end of each gathered word */
	struct ahead ah;
	if (!pool)
		return MWZ_ENOMEM;
	ah.n = 0;
	for (j = 0; j < MAXPHRASE; j++)
		ah.w[j] = &pool[j];
	c.b = b;
	c.rc = 0;
	c.persian = 0;
	c.nolist = nolist;
	for (j = 0; j < len;) {
		unsigned int cp;
		if (s[j] < 0x80) {
			j++;
			continue;
		}
		j += (size_t)mwz__tl_dec(s, len, j, &cp);
		if (is_persian(cp)) {
			c.persian = 1;
			break;
		}
	}
	while (i < len && !c.rc) {
		struct tok t0;
		size_t nw = 0, p, used = 1, k, nfree = 0;
		const char *sp = NULL;
		unsigned int cp;
		char tmp[2];
		struct word *spare[MAXPHRASE];
		if (ah.n && ah.s[0] == i) {
			t0.s = i;
			t0.e = p = ah.e[0];
			t0.word = 1;
		} else {
			p = next_tok(&t0, s, len, i);
			if (t0.word)
				ah.n = 0; /* a word not read ahead: forget what was */
		}
		if (!t0.word) {
			const char *q;
			if (s[i] < 0x80) {
				cp = s[i];
			} else {
				mwz__tl_dec(s, len, i, &cp);
			}
			q = punct(cp, tmp);
			if (q)
				emits(&c, q);
			else
				emit(&c, (const char *)s + t0.s, t0.e - t0.s);
			i = p;
			continue;
		}
		/* the slots not holding words read ahead are free */
		for (k = 0; k < MAXPHRASE; k++) {
			size_t a;
			int held = 0;
			for (a = 0; a < ah.n; a++)
				held |= ah.w[a] == &pool[k];
			if (!held)
				spare[nfree++] = &pool[k];
		}
		/* gather up to MAXPHRASE words separated by plain spaces */
		if (ah.n) {
			wd[0] = ah.w[0];
		} else {
			wd[0] = spare[--nfree];
			parse_word(wd[0], s, t0.s, t0.e);
		}
		we[0] = t0.e;
		nw = 1;
		while (nw < MAXPHRASE && p < len) {
			struct tok w_t;
			size_t q = p;
			while (q < len && s[q] == ' ')
				q++;
			if (q == p || q >= len)
				break;
			if (nw < ah.n && ah.s[nw] == q) {
				wd[nw] = ah.w[nw];
				we[nw] = ah.e[nw];
			} else {
				next_tok(&w_t, s, len, q);
				if (!w_t.word)
					break;
				if (nw < ah.n) { /* read ahead differently: drop the rest */
					size_t a;
					for (a = nw; a < ah.n; a++)
						spare[nfree++] = ah.w[a];
					ah.n = nw;
				}
				wd[nw] = spare[--nfree];
				parse_word(wd[nw], s, w_t.s, w_t.e);
				we[nw] = w_t.e;
			}
			nw++;
			p = we[nw - 1];
		}
		/* longest listed phrase first (unvocalised words only) */
		if (nw >= 2 && !phrase_listed(wd[0]->key))
			used = 1;
		else
			for (used = nw; used >= 2; used--) {
				char key[MAXPHRASE * (MAXW * 4 + 1)];
				size_t kl = 0, voc = 0;
				struct word tmpw[MAXPHRASE];
				for (k = 0; k < used; k++) {
					size_t l = strlen(wd[k]->key);
					voc |= (size_t)wd[k]->vocalised;
					if (k)
						key[kl++] = ' ';
					memcpy(key + kl, wd[k]->key, l);
					kl += l;
				}
				key[kl] = '\0';
				if (voc)
					continue;
				if (nl_find(key, NULL) == (size_t)-1)
					continue;
				for (k = 0; k < used; k++)
					tmpw[k] = *wd[k];
				if ((sp = list_spelling_of(&c, key, tmpw, used)) != NULL)
					break;
			}
		if (used >= 2 && sp) {
			emits(&c, sp);
		} else if (nw >= 2 && strcmp(wd[0]->key, ABD) == 0 &&
		           strcmp(wd[1]->key, ALLAH) == 0) {
			emits(&c, "Abdullah");
			used = 2;
		} else if (nw >= 2 && strcmp(wd[0]->key, ABD) == 0 &&
		           starts(wd[1]->key, AL) && key_letters(wd[1]->key) > 3) {
			struct word sub;
			size_t s2;
			emits(&c, "Abdul-");
			word_from(&sub, wd[1], 2, wd[1]->n);
			s2 = b->len;
			news_word(&c, b, &sub, 1);
			capitalise(b, s2);
			used = 2;
		} else if (nw >= 2 && strcmp(wd[1]->key, ALLAH) == 0 &&
		           strcmp(wd[0]->key, ALLAH) != 0) {
			size_t s2 = b->len;
			news_word(&c, b, wd[0], 0);
			emits(&c, c.persian ? "ullah" : "allah");
			capitalise(b, s2);
			used = 2;
		} else {
			news_word(&c, b, wd[0], 0);
			used = 1;
		}
		i = we[used - 1];
		/* the words gathered but not written are read ahead for the next turn */
		ah.n = 0;
		for (k = used; k < nw; k++) {
			size_t q = we[k - 1];
			while (q < len && s[q] == ' ')
				q++;
			ah.w[ah.n] = wd[k];
			ah.s[ah.n] = q;
			ah.e[ah.n] = we[k];
			ah.n++;
		}
	}
	free(pool);
	return c.rc;
}

int mwz_translit(char **out, size_t *outlen, const char *in, size_t len,
                 int scheme, mwz_error_t *err)
{
	mwz__buf b = { 0 };
	size_t bad;
	int rc;
	if (!out || (!in && len))
		return mwz__fail(err, MWZ_EINVAL, 0, 0, "NULL argument");
	*out = NULL;
	if (outlen)
		*outlen = 0;
	if (scheme != MWZ_SCHEME_BUCKWALTER && scheme != MWZ_SCHEME_NEWS &&
	    scheme != MWZ_SCHEME_NEWS_RULES)
		return mwz__fail(err, MWZ_EINVAL, 0, 0, "unknown scheme %d", scheme);
	if (mwz_utf8_validate(in, len, &bad) != MWZ_OK)
		return mwz__fail(err, MWZ_EUTF8, 0, bad, "invalid UTF-8 at byte %zu",
		                 bad + 1);
	rc = mwz__buf_reserve(&b, len + 16);
	if (!rc)
		rc = scheme == MWZ_SCHEME_BUCKWALTER
		             ? buckwalter(&b, (const unsigned char *)in, len)
		             : news(&b, (const unsigned char *)in, len,
		                    scheme == MWZ_SCHEME_NEWS_RULES);
	if (rc) {
		mwz__buf_free(&b);
		return mwz__fail(err, rc, 0, 0, "%s", mwz_strerror(rc));
	}
	b.data[b.len] = '\0'; /* reserve() keeps room for it */
	*out = b.data;
	if (outlen)
		*outlen = b.len;
	return MWZ_OK;
}
