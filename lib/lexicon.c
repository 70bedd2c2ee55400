/* lexicon.c - bilingual Arabic/English lexicon (FreeDict, glossaries), word folding and stemming. */
#include "internal.h"
#include "lexicon.h"
#include "utf8.h"
#include "cpus.h"

#include <libstemmer.h>
#include <utf8proc.h>
#include <zlib.h>

#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* ---- string tables ---------------------------------------------------- */

uint32_t mwz__hash(const char *s, size_t len)
{
	/* FNV-1a, then a final mix so the low bits spread. */
	uint32_t h = 2166136261u;
	size_t i;
	for (i = 0; i < len; i++) {
		h ^= (unsigned char)s[i];
		h *= 16777619u;
	}
	h ^= h >> 15;
	h *= 0x2c1b3c6du;
	h ^= h >> 12;
	return h;
}

/* Hash of the table's slots (not mwz__hash, whose values are concepts):
 * eight bytes a step. Only where a string sits depends on it, never its id. */
static uint32_t strtab_hash(const char *s, size_t len)
{
	uint64_t h = 0x9E3779B97F4A7C15ull ^ (uint64_t)len, w;
	while (len >= 8) {
		memcpy(&w, s, 8);
		h = (h ^ w) * 0xFF51AFD7ED558CCDull;
		h ^= h >> 29;
		s += 8;
		len -= 8;
	}
	if (len) {
		w = 0;
		memcpy(&w, s, len);
		h = (h ^ w) * 0xFF51AFD7ED558CCDull;
	}
	h ^= h >> 32;
	h *= 0xC4CEB9FE1A85EC53ull;
	h ^= h >> 29;
	return (uint32_t)h;
}

/* Slots hold (id + 1, hash) pairs so a probe rarely touches the strings. */
static int strtab_grow_slots(mwz__strtab *t)
{
	size_t ns = t->nslot ? t->nslot * 2 : 1024, i;
	uint32_t *s = calloc(ns * 2, sizeof *s);
	if (!s)
		return MWZ_ENOMEM;
	for (i = 0; i < t->n; i++) {
		size_t p = t->hash[i] & (ns - 1);
		while (s[2 * p])
			p = (p + 1) & (ns - 1);
		s[2 * p] = (uint32_t)i + 1;
		s[2 * p + 1] = t->hash[i];
	}
	free(t->slot);
	t->slot = s;
	t->nslot = ns;
	return 0;
}

/* Id of s whose hash is h, or -1. */
static long strtab_find_h(const mwz__strtab *t, const char *s, size_t len, uint32_t h)
{
	size_t p;
	if (!t->nslot)
		return -1;
	p = h & (t->nslot - 1);
	while (t->slot[2 * p]) {
		uint32_t id = t->slot[2 * p] - 1;
		if (t->slot[2 * p + 1] == h && t->len[id] == len &&
		    memcmp(t->arena + t->off[id], s, len) == 0)
			return (long)id;
		p = (p + 1) & (t->nslot - 1);
	}
	return -1;
}

long mwz__strtab_find(const mwz__strtab *t, const char *s, size_t len)
{
	return t->nslot ? strtab_find_h(t, s, len, strtab_hash(s, len)) : -1;
}

int mwz__strtab_intern(mwz__strtab *t, const char *s, size_t len, uint32_t *id)
{
	uint32_t h = strtab_hash(s, len);
	long f = strtab_find_h(t, s, len, h);
	size_t p;
	if (f >= 0) {
		*id = (uint32_t)f;
		return 0;
	}
	if ((t->n + 1) * 2 > t->nslot && strtab_grow_slots(t))
		return MWZ_ENOMEM;
	if (t->n == t->ncap) {
		size_t nc = t->ncap ? t->ncap * 2 : 256;
		uint32_t *o = realloc(t->off, nc * sizeof *o);
		if (!o)
			return MWZ_ENOMEM;
		t->off = o;
		o = realloc(t->len, nc * sizeof *o);
		if (!o)
			return MWZ_ENOMEM;
		t->len = o;
		o = realloc(t->hash, nc * sizeof *o);
		if (!o)
			return MWZ_ENOMEM;
		t->hash = o;
		t->ncap = nc;
	}
	if (t->alen + len + 1 > t->acap) {
		size_t nc = t->acap ? t->acap * 2 : 4096;
		char *a;
		while (nc < t->alen + len + 1)
			nc *= 2;
		a = realloc(t->arena, nc);
		if (!a)
			return MWZ_ENOMEM;
		t->arena = a;
		t->acap = nc;
	}
	memcpy(t->arena + t->alen, s, len);
	t->arena[t->alen + len] = 0;
	t->off[t->n] = (uint32_t)t->alen;
	t->len[t->n] = (uint32_t)len;
	t->hash[t->n] = h;
	t->alen += len + 1;
	p = h & (t->nslot - 1);
	while (t->slot[2 * p])
		p = (p + 1) & (t->nslot - 1);
	t->slot[2 * p] = (uint32_t)t->n + 1;
	t->slot[2 * p + 1] = h;
	*id = (uint32_t)t->n++;
	return 0;
}

void mwz__strtab_free(mwz__strtab *t)
{
	free(t->arena);
	free(t->off);
	free(t->len);
	free(t->hash);
	free(t->slot);
	memset(t, 0, sizeof *t);
}

/* ---- characters and words ---------------------------------------------- */

int mwz__digit_value(unsigned int cp)
{
	if (cp >= '0' && cp <= '9')
		return (int)(cp - '0');
	if (cp >= 0x0660 && cp <= 0x0669)
		return (int)(cp - 0x0660);
	if (cp >= 0x06F0 && cp <= 0x06F9)
		return (int)(cp - 0x06F0);
	return -1;
}

static unsigned int fold_arabic_cp(unsigned int c)
{
	switch (c) {
	case 0x0622: case 0x0623: case 0x0625: case 0x0671: case 0x0672:
	case 0x0673:
		return 0x0627;
	case 0x0649: case 0x06CC: case 0x0626: case 0x06D0:
		return 0x064A;
	case 0x0629: case 0x06D5:
		return 0x0647;
	case 0x0624:
		return 0x0648;
	case 0x06A9: case 0x06AA:
		return 0x0643;
	case 0x0640:
		return 0; /* tatweel */
	default:
		if ((c >= 0x064B && c <= 0x065F) || c == 0x0670)
			return 0;
		return c;
	}
}

/* fold_arabic_cp of U+0600 + i, for the two-byte fast path of mwz__fold_word
 * (generated from fold_arabic_cp's cases; keep the two in step). */
static const unsigned short ar_fold_tab[256] = {
	0x0600, 0x0601, 0x0602, 0x0603, 0x0604, 0x0605, 0x0606, 0x0607,
	0x0608, 0x0609, 0x060A, 0x060B, 0x060C, 0x060D, 0x060E, 0x060F,
	0x0610, 0x0611, 0x0612, 0x0613, 0x0614, 0x0615, 0x0616, 0x0617,
	0x0618, 0x0619, 0x061A, 0x061B, 0x061C, 0x061D, 0x061E, 0x061F,
	0x0620, 0x0621, 0x0627, 0x0627, 0x0648, 0x0627, 0x064A, 0x0627,
	0x0628, 0x0647, 0x062A, 0x062B, 0x062C, 0x062D, 0x062E, 0x062F,
	0x0630, 0x0631, 0x0632, 0x0633, 0x0634, 0x0635, 0x0636, 0x0637,
	0x0638, 0x0639, 0x063A, 0x063B, 0x063C, 0x063D, 0x063E, 0x063F,
	0x0000, 0x0641, 0x0642, 0x0643, 0x0644, 0x0645, 0x0646, 0x0647,
	0x0648, 0x064A, 0x064A, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000,
	0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000,
	0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000,
	0x0660, 0x0661, 0x0662, 0x0663, 0x0664, 0x0665, 0x0666, 0x0667,
	0x0668, 0x0669, 0x066A, 0x066B, 0x066C, 0x066D, 0x066E, 0x066F,
	0x0000, 0x0627, 0x0627, 0x0627, 0x0674, 0x0675, 0x0676, 0x0677,
	0x0678, 0x0679, 0x067A, 0x067B, 0x067C, 0x067D, 0x067E, 0x067F,
	0x0680, 0x0681, 0x0682, 0x0683, 0x0684, 0x0685, 0x0686, 0x0687,
	0x0688, 0x0689, 0x068A, 0x068B, 0x068C, 0x068D, 0x068E, 0x068F,
	0x0690, 0x0691, 0x0692, 0x0693, 0x0694, 0x0695, 0x0696, 0x0697,
	0x0698, 0x0699, 0x069A, 0x069B, 0x069C, 0x069D, 0x069E, 0x069F,
	0x06A0, 0x06A1, 0x06A2, 0x06A3, 0x06A4, 0x06A5, 0x06A6, 0x06A7,
	0x06A8, 0x0643, 0x0643, 0x06AB, 0x06AC, 0x06AD, 0x06AE, 0x06AF,
	0x06B0, 0x06B1, 0x06B2, 0x06B3, 0x06B4, 0x06B5, 0x06B6, 0x06B7,
	0x06B8, 0x06B9, 0x06BA, 0x06BB, 0x06BC, 0x06BD, 0x06BE, 0x06BF,
	0x06C0, 0x06C1, 0x06C2, 0x06C3, 0x06C4, 0x06C5, 0x06C6, 0x06C7,
	0x06C8, 0x06C9, 0x06CA, 0x06CB, 0x064A, 0x06CD, 0x06CE, 0x06CF,
	0x064A, 0x06D1, 0x06D2, 0x06D3, 0x06D4, 0x0647, 0x06D6, 0x06D7,
	0x06D8, 0x06D9, 0x06DA, 0x06DB, 0x06DC, 0x06DD, 0x06DE, 0x06DF,
	0x06E0, 0x06E1, 0x06E2, 0x06E3, 0x06E4, 0x06E5, 0x06E6, 0x06E7,
	0x06E8, 0x06E9, 0x06EA, 0x06EB, 0x06EC, 0x06ED, 0x06EE, 0x06EF,
	0x06F0, 0x06F1, 0x06F2, 0x06F3, 0x06F4, 0x06F5, 0x06F6, 0x06F7,
	0x06F8, 0x06F9, 0x06FA, 0x06FB, 0x06FC, 0x06FD, 0x06FE, 0x06FF,
};

size_t mwz__fold_word(char *out, const char *w, size_t len)
{
	const unsigned char *s = (const unsigned char *)w;
	size_t i = 0, o = 0;
	while (i < len) {
		unsigned int cp = s[i];
		int k;
		/* ASCII and the Arabic block first: most of every text. */
		if (cp < 0x80) {
			out[o++] = (char)(cp - 'A' < 26u ? cp + 32 : cp);
			i++;
			continue;
		}
		if (cp >= 0xD8 && cp <= 0xDB && i + 1 < len && (s[i + 1] & 0xC0) == 0x80) {
			cp = ar_fold_tab[((cp & 3u) << 6) | (s[i + 1] & 0x3Fu)];
			i += 2;
			if (cp) {
				out[o++] = (char)(0xC0 | (cp >> 6));
				out[o++] = (char)(0x80 | (cp & 0x3F));
			}
			continue;
		}
		k = mwz__dec_cp(s, len, i, &cp);
		if (k < 0) {
			i++;
			continue;
		}
		i += (size_t)k;
		if (mwz__is_word_joiner(cp))
			continue;
		if (cp < 0x80) {
			if (cp >= 'A' && cp <= 'Z')
				cp += 32;
			out[o++] = (char)cp;
			continue;
		}
		if (cp >= 0x0600 && cp <= 0x06FF) {
			/* Folds to the same block: two bytes, written here. */
			cp = fold_arabic_cp(cp);
			if (cp) {
				out[o++] = (char)(0xC0 | (cp >> 6));
				out[o++] = (char)(0x80 | (cp & 0x3F));
			}
			continue;
		}
		{
			/* Presentation forms, Latin marks and case: let utf8proc decompose. */
			utf8proc_int32_t d[8];
			int last = 0;
			utf8proc_ssize_t nd = utf8proc_decompose_char(
				(utf8proc_int32_t)cp, d, 8,
				UTF8PROC_COMPAT | UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK |
					UTF8PROC_DECOMPOSE,
				&last);
			utf8proc_ssize_t q;
			if (nd < 0 || nd > 8) {
				o += (size_t)mwz__utf8_encode(out + o, cp);
				continue;
			}
			for (q = 0; q < nd && o + 4 <= 2 * len + 4; q++) {
				unsigned int c = (unsigned int)d[q];
				if (c >= 0x0600 && c <= 0x06FF)
					c = fold_arabic_cp(c);
				if (c)
					o += (size_t)mwz__utf8_encode(out + o, c);
			}
		}
	}
	out[o] = 0;
	return o;
}

int mwz__stemmer_init(mwz__stemmer *st)
{
	st->pair = 0;
	st->ar = sb_stemmer_new("arabic", "UTF_8");
	st->en = sb_stemmer_new("english", "UTF_8");
	if (!st->ar || !st->en) {
		mwz__stemmer_fini(st);
		return MWZ_EUNSUPPORTED;
	}
	return 0;
}

int mwz__stemmer_init_lx(mwz__stemmer *st, const mwz_lexicon_t *lx)
{
	if (!lx || !lx->lang[0])
		return mwz__stemmer_init(st);
	st->pair = 1;
	st->ar = sb_stemmer_new(lx->lang[0]->snowball, "UTF_8");
	st->en = sb_stemmer_new(lx->lang[1]->snowball, "UTF_8");
	if (!st->ar || !st->en) {
		mwz__stemmer_fini(st);
		return MWZ_EUNSUPPORTED;
	}
	return 0;
}

void mwz__stemmer_fini(mwz__stemmer *st)
{
	if (st->ar)
		sb_stemmer_delete(st->ar);
	if (st->en)
		sb_stemmer_delete(st->en);
	st->ar = st->en = NULL;
}

static size_t stem_with(struct sb_stemmer *sb, const char *w, size_t len,
                        char *out, size_t cap)
{
	const sb_symbol *r;
	size_t n;
	if (len == 0 || len > 200)
		return 0;
	r = sb_stemmer_stem(sb, (const sb_symbol *)w, (int)len);
	if (!r)
		return 0;
	n = (size_t)sb_stemmer_length(sb);
	if (n >= cap)
		n = cap - 1;
	memcpy(out, r, n);
	out[n] = 0;
	return n;
}

size_t mwz__stem_ar(mwz__stemmer *st, const char *w, size_t len, char *out, size_t cap)
{
	/* Snowball turns hamza carriers and alef maqsura into their own forms;
	 * folding its output again keeps text and dictionary stems equal. */
	char tmp[256];
	size_t n;
	if (st->pair)
		return stem_with(st->ar, w, len, out, cap);
	n = stem_with(st->ar, w, len, tmp, sizeof tmp / 2 - 4);
	if (n == 0)
		return 0;
	n = mwz__fold_word(out, tmp, n);
	(void)cap;
	return n;
}

size_t mwz__stem_en(mwz__stemmer *st, const char *w, size_t len, char *out, size_t cap)
{
	return stem_with(st->en, w, len, out, cap);
}

/* UTF-8 bytes of the Arabic letters used by the clitic rules. */
#define AR_WAW "\xd9\x88"
#define AR_FEH "\xd9\x81"
#define AR_BEH "\xd8\xa8"
#define AR_KAF "\xd9\x83"
#define AR_LAM "\xd9\x84"
#define AR_ALEF "\xd8\xa7"
#define AR_SEEN "\xd8\xb3"
#define AR_YEH "\xd9\x8a"
#define AR_TEH "\xd8\xaa"
#define AR_NOON "\xd9\x86"

static int starts(const char *w, size_t len, const char *p)
{
	size_t n = strlen(p);
	return len >= n && memcmp(w, p, n) == 0;
}

int mwz__ar_variants(const char *w, size_t len, size_t *start, size_t *vlen)
{
	/* Arabic letters are two bytes each; a stem keeps at least 3 letters. */
	int n = 0, pass;
	size_t s0 = 0;
	start[n] = 0;
	vlen[n++] = len;
	for (pass = 0; pass < 2; pass++) {
		const char *p = w + s0;
		size_t l = len - s0, cut = 0;
		if (pass == 0) {
			if ((starts(p, l, AR_WAW) || starts(p, l, AR_FEH)) && l >= 8)
				cut = 2;
		}
		if (pass == 1 || cut == 0) {
			const char *pp = p + cut;
			size_t ll = l - cut;
			if ((starts(pp, ll, AR_BEH AR_ALEF AR_LAM) ||
			     starts(pp, ll, AR_KAF AR_ALEF AR_LAM)) && ll >= 12)
				cut += 6;
			else if (starts(pp, ll, AR_LAM AR_LAM) && ll >= 10)
				cut += 4;
			else if (starts(pp, ll, AR_ALEF AR_LAM) && ll >= 10)
				cut += 4;
			else if (starts(pp, ll, AR_SEEN) && ll >= 8 &&
			         (starts(pp + 2, ll - 2, AR_YEH) ||
			          starts(pp + 2, ll - 2, AR_TEH) ||
			          starts(pp + 2, ll - 2, AR_NOON) ||
			          starts(pp + 2, ll - 2, AR_ALEF)))
				cut += 2;
			else if ((starts(pp, ll, AR_BEH) || starts(pp, ll, AR_LAM) ||
			          starts(pp, ll, AR_KAF)) && ll >= 10)
				cut += 2;
		}
		if (cut == 0)
			continue;
		s0 += cut;
		if (n < 4) {
			start[n] = s0;
			vlen[n++] = len - s0;
		}
	}
	return n;
}

int mwz__in_list(const char *const *list, size_t n, const char *w, size_t len)
{
	/* Binary search in bytewise (strcmp) order, comparing in place: no
	 * copy, no call a step (a word's letters hold no NUL byte). */
	size_t lo = 0, hi = n;
	if (len >= 32)
		return 0;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2, q = 0;
		const unsigned char *e = (const unsigned char *)list[mid];
		const unsigned char *u = (const unsigned char *)w;
		int c;
		while (q < len && e[q] && e[q] == u[q])
			q++;
		if (q == len)
			c = e[q] ? -1 : 0;
		else if (!e[q])
			c = 1;
		else
			c = u[q] < e[q] ? -1 : 1;
		if (c == 0)
			return 1;
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return 0;
}

/* Sorted bytewise, for bsearch. */
static const char *const en_stop[] = {
	"a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as", "at", "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could", "d", "did", "do", "does", "doing", "down", "during", "each", "few", "for", "from", "further", "had", "has", "have", "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "i", "if", "in", "into", "is", "it", "its", "itself", "just", "ll", "m", "me", "more", "most", "mr", "mrs", "ms", "my", "myself", "no", "nor", "not", "now", "of", "off", "on", "once", "only", "or", "other", "our", "ours", "ourselves", "out", "over", "own", "re", "s", "said", "same", "say", "says", "she", "should", "so", "some", "such", "t", "than", "that", "the", "their", "theirs", "them", "themselves", "then", "there", "these", "they", "this", "those", "through", "to", "too", "under", "until", "up", "ve", "very", "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom", "why", "will", "with", "would", "you", "your", "yours", "yourself", "yourselves"
};
static const char *const ar_stop[] = {
	"اذا", "التي", "الذي", "الذين", "اللتين", "اللذين", "الي", "اليه", "امام", "ان", "انه", "انها", "او", "ايضا", "بعد", "بل", "به", "بها", "بين", "تكون", "تلك", "ثم", "حتي", "حيث", "خلال", "ذلك", "ضد", "عبر", "علي", "عليه", "عليها", "عن", "عند", "غير", "في", "فيه", "فيها", "قبل", "قد", "كان", "كانت", "كل", "كما", "لا", "لدي", "لقد", "لم", "لن", "له", "لها", "لهم", "ما", "مع", "من", "منذ", "منه", "منها", "نحو", "هذا", "هذه", "هم", "هن", "هو", "هي", "و", "وان", "وعلي", "وفي", "وقد", "ولا", "ولم", "ومن", "يكون"
};

int mwz__en_stopword(const char *w, size_t len)
{
	return mwz__in_list(en_stop, sizeof en_stop / sizeof *en_stop, w, len);
}

int mwz__ar_stopword(const char *w, size_t len)
{
	return mwz__in_list(ar_stop, sizeof ar_stop / sizeof *ar_stop, w, len);
}

/* ---- the lexicon -------------------------------------------------------- */

int mwz_lexicon_create(mwz_lexicon_t **out)
{
	mwz_lexicon_t *lx;
	if (!out)
		return MWZ_EINVAL;
	*out = NULL;
	lx = calloc(1, sizeof *lx);
	if (!lx)
		return MWZ_ENOMEM;
	*out = lx;
	return 0;
}

void mwz__lexicon_clear(mwz_lexicon_t *lx)
{
	mwz__strtab_free(&lx->ar);
	mwz__strtab_free(&lx->en);
	free(lx->head);
	free(lx->node);
	memset(lx, 0, sizeof *lx);
}

void mwz_lexicon_destroy(mwz_lexicon_t *lx)
{
	if (!lx)
		return;
	mwz__lexicon_clear(lx);
	free(lx);
}

size_t mwz_lexicon_size(const mwz_lexicon_t *lx)
{
	return lx ? lx->nnode : 0;
}

/* Append a pair of ids; duplicates are left for the reader to merge. */
int mwz__lexicon_add_ids(mwz_lexicon_t *lx, uint32_t a, uint32_t e)
{
	if (a >= lx->headcap) {
		size_t nc = lx->headcap ? lx->headcap * 2 : 1024;
		uint32_t *h;
		while (nc <= a)
			nc *= 2;
		h = realloc(lx->head, nc * sizeof *h);
		if (!h)
			return MWZ_ENOMEM;
		memset(h + lx->headcap, 0, (nc - lx->headcap) * sizeof *h);
		lx->head = h;
		lx->headcap = nc;
	}
	{
		/* each pair once, however often FreeDict, a glossary or a second load gives it */
		uint32_t q;
		for (q = lx->head[a]; q; q = lx->node[q - 1].next)
			if (lx->node[q - 1].en == e)
				return 0;
	}
	if (lx->nnode == lx->nodecap) {
		size_t nc = lx->nodecap ? lx->nodecap * 2 : 4096;
		mwz__lexnode *nn = realloc(lx->node, nc * sizeof *nn);
		if (!nn)
			return MWZ_ENOMEM;
		lx->node = nn;
		lx->nodecap = nc;
	}
	lx->node[lx->nnode].en = e;
	lx->node[lx->nnode].next = lx->head[a];
	lx->nnode++;
	lx->head[a] = (uint32_t)lx->nnode;
	return 0;
}

uint32_t *mwz__lexicon_owners(const mwz_lexicon_t *lx)
{
	uint32_t *owner = malloc((lx->nnode + 1) * sizeof *owner);
	size_t k;
	if (!owner)
		return NULL;
	/* Nodes are stored in the order they were added; each list names its Arabic stem. */
	for (k = 0; k < lx->headcap; k++) {
		uint32_t q;
		for (q = lx->head[k]; q; q = lx->node[q - 1].next)
			owner[q - 1] = (uint32_t)k;
	}
	return owner;
}

int mwz__lexicon_add_stems(mwz_lexicon_t *lx, const char *ar, size_t arlen,
                           const char *en, size_t enlen)
{
	uint32_t a, e;
	int rc = mwz__strtab_intern(&lx->ar, ar, arlen, &a);
	if (!rc)
		rc = mwz__strtab_intern(&lx->en, en, enlen, &e);
	if (rc)
		return rc;
	return mwz__lexicon_add_ids(lx, a, e);
}

/* Lexicon ids of the content words of a phrase. */
#define PHRASE_MAX 8
typedef struct phrase {
	int n;
	uint32_t id[PHRASE_MAX];
} phrase_t;

/* Per-load cache: folded word -> lexicon stem id, so each word type is stemmed once. */
typedef struct stemcache {
	mwz__strtab words[2]; /* [0] English, [1] Arabic */
	uint32_t *id_of[2];   /* per word: lexicon id + 1, 0 = function word */
	size_t cap[2];
} stemcache_t;

static void stemcache_free(stemcache_t *c)
{
	int k;
	for (k = 0; k < 2; k++) {
		mwz__strtab_free(&c->words[k]);
		free(c->id_of[k]);
	}
}

/* Lexicon id (+1) of one folded word in *out; 0 when it is a function word. */
static int cached_stem(stemcache_t *c, mwz_lexicon_t *lx, mwz__stemmer *st,
                       int arabic, const char *w, size_t len, uint32_t *out)
{
	uint32_t id, sid;
	long f;
	char buf[256];
	size_t n;
	f = mwz__strtab_find(&c->words[arabic], w, len);
	if (f >= 0) {
		*out = c->id_of[arabic][f];
		return 0;
	}
	/* room for the new word's slot first: a word interned without one
	 * would be found, and its slot read, on the next call */
	if (c->words[arabic].n >= c->cap[arabic]) {
		size_t nc = c->cap[arabic] ? c->cap[arabic] * 2 : 4096;
		uint32_t *p = realloc(c->id_of[arabic], nc * sizeof *p);
		if (!p)
			return MWZ_ENOMEM;
		c->id_of[arabic] = p;
		c->cap[arabic] = nc;
	}
	if (mwz__strtab_intern(&c->words[arabic], w, len, &id))
		return MWZ_ENOMEM;
	c->id_of[arabic][id] = 0;
	*out = 0;
	if (lx->lang[0] ? mwz__lang_stopword(lx->lang[arabic ? 0 : 1], w, len)
	                : arabic ? mwz__ar_stopword(w, len) : mwz__en_stopword(w, len))
		return 0;
	if (lx->lang[0]) {
		n = arabic ? mwz__stem_ar(st, w, len, buf, sizeof buf)
		           : mwz__stem_en(st, w, len, buf, sizeof buf);
	} else if (arabic) {
		/* Dictionary words carry the article at most: strip it as text does. */
		size_t st0[4], vl[4];
		int nv = mwz__ar_variants(w, len, st0, vl);
		size_t s = st0[nv - 1], l = vl[nv - 1];
		n = mwz__stem_ar(st, w + s, l, buf, sizeof buf);
	} else {
		n = mwz__stem_en(st, w, len, buf, sizeof buf);
	}
	if (n == 0)
		return 0;
	if (mwz__strtab_intern(arabic ? &lx->ar : &lx->en, buf, n, &sid))
		return MWZ_ENOMEM;
	c->id_of[arabic][id] = sid + 1;
	*out = sid + 1;
	return 0;
}

/*
 * Split a phrase into words (letters of one script), dropping what is in
 * parentheses; fill ph with the stems of the content words.
 * Returns 0, MWZ_ENOMEM, or 1 when the phrase has too many words.
 */
static int phrase_stems(phrase_t *ph, stemcache_t *c, mwz_lexicon_t *lx,
                        mwz__stemmer *st, int arabic, const char *s, size_t len, int maxw)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0;
	int depth = 0, words = 0, inword = 0;
	ph->n = 0;
	/* Count the words first: long phrases (definitions) are not stemmed at all. */
	for (i = 0; i < len; i++) {
		unsigned char ch = u[i];
		int sep = ch == ' ' || ch == '\t' || ch == '-' || ch == '/' || ch == '(' || ch == ')';
		if (!sep && !inword && ++words > maxw)
			return 1;
		inword = !sep;
	}
	words = 0;
	i = 0;
	while (i < len) {
		unsigned int cp;
		int k = mwz__dec_cp(u, len, i, &cp);
		size_t ws;
		if (k < 0) {
			i++;
			continue;
		}
		if (cp == '(' || cp == '[') {
			depth++;
			i += (size_t)k;
			continue;
		}
		if ((cp == ')' || cp == ']') && depth > 0) {
			depth--;
			i += (size_t)k;
			continue;
		}
		if (!(arabic && !lx->lang[0] ? mwz__is_arabic_letter(cp) : mwz__is_latin_letter(cp))) {
			i += (size_t)k;
			continue;
		}
		ws = i;
		while (i < len) {
			k = mwz__dec_cp(u, len, i, &cp);
			if (k < 0 || !(arabic && !lx->lang[0] ? mwz__is_arabic_letter(cp)
			                      : mwz__is_latin_letter(cp)))
				break;
			i += (size_t)k;
		}
		if (depth > 0)
			continue;
		if (++words > maxw)
			return 1;
		{
			char f[160];
			uint32_t id;
			size_t fl;
			if (i - ws > 70)
				continue;
			fl = mwz__fold_word(f, s + ws, i - ws);
			if (cached_stem(c, lx, st, arabic, f, fl, &id))
				return MWZ_ENOMEM;
			if (id && ph->n < PHRASE_MAX)
				ph->id[ph->n++] = id - 1;
		}
	}
	return 0;
}

static int has_arabic(const char *s, size_t len)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0;
	while (i < len) {
		unsigned int cp;
		int k = mwz__dec_cp(u, len, i, &cp);
		if (k < 0) {
			i++;
			continue;
		}
		if (mwz__is_arabic_letter(cp))
			return 1;
		i += (size_t)k;
	}
	return 0;
}

/* Pair every content word of one phrase with every one of the other. */
static int pair_phrases(mwz_lexicon_t *lx, const phrase_t *pa,
                        const phrase_t *pe, int maxpairs)
{
	int rc, x, y;
	if (pa->n == 0 || pe->n == 0 || pa->n * pe->n > maxpairs)
		return 0;
	for (x = 0; x < pa->n; x++)
		for (y = 0; y < pe->n; y++) {
			rc = mwz__lexicon_add_ids(lx, pa->id[x], pe->id[y]);
			if (rc)
				return rc;
		}
	return 0;
}

static int add_phrases(mwz_lexicon_t *lx, stemcache_t *c, mwz__stemmer *st,
                       const char *ar, size_t arlen, const char *en,
                       size_t enlen, int maxw, int maxpairs)
{
	phrase_t pa, pe;
	int rc;
	rc = phrase_stems(&pa, c, lx, st, 1, ar, arlen, maxw);
	if (rc)
		return rc < 0 ? rc : 0;
	rc = phrase_stems(&pe, c, lx, st, 0, en, enlen, maxw);
	if (rc)
		return rc < 0 ? rc : 0;
	return pair_phrases(lx, &pa, &pe, maxpairs);
}

/* Glossary and single pairs: curated terms, so longer phrases are kept. */
#define USER_MAXW 6
#define USER_MAXPAIRS 16

static int add_user(mwz_lexicon_t *lx, stemcache_t *c, mwz__stemmer *st,
                    const char *ar, size_t arlen, const char *en, size_t enlen)
{
	return add_phrases(lx, c, st, ar, arlen, en, enlen, USER_MAXW, USER_MAXPAIRS);
}

int mwz_lexicon_add(mwz_lexicon_t *lx, const char *ar, size_t arlen,
                    const char *en, size_t enlen, mwz_error_t *err)
{
	stemcache_t c;
	mwz__stemmer st;
	int rc;
	if (!lx || (!ar && arlen) || (!en && enlen))
		return mwz__fail(err, MWZ_EINVAL, 0, 0, "mwz_lexicon_add: NULL argument");
	if (mwz_utf8_validate(ar, arlen, NULL) || mwz_utf8_validate(en, enlen, NULL))
		return mwz__fail(err, MWZ_EUTF8, 0, 0, "mwz_lexicon_add: invalid UTF-8");
	if (!lx->lang[0] && !has_arabic(ar, arlen)) {
		const char *t = ar;
		size_t tl = arlen;
		if (!has_arabic(en, enlen))
			return mwz__fail(err, MWZ_EINVAL, 0, 0,
			                 "mwz_lexicon_add: no Arabic word in either argument");
		ar = en; /* english, arabic: taken the other way round, as in a glossary */
		arlen = enlen;
		en = t;
		enlen = tl;
	}
	memset(&c, 0, sizeof c);
	memset(&st, 0, sizeof st);
	if (mwz__stemmer_init_lx(&st, lx))
		return mwz__fail(err, MWZ_EUNSUPPORTED, 0, 0, "Snowball stemmers unavailable");
	rc = add_user(lx, &c, &st, ar, arlen, en, enlen);
	stemcache_free(&c);
	mwz__stemmer_fini(&st);
	if (rc)
		return mwz__fail(err, rc, 0, 0, "mwz_lexicon_add: out of memory");
	return 0;
}

int mwz_lexicon_load_glossary(mwz_lexicon_t *lx, const char *path,
                              mwz_error_t *err)
{
	char *data = NULL;
	size_t len = 0, pos = 0, line = 0;
	stemcache_t c;
	mwz__stemmer st;
	int rc;
	char term;
	if (!lx || !path)
		return mwz__fail(err, MWZ_EINVAL, 0, 0, "mwz_lexicon_load_glossary: NULL argument");
	rc = mwz__read_file(&data, &len, path, err);
	if (rc)
		return rc;
	memset(&c, 0, sizeof c);
	memset(&st, 0, sizeof st);
	if (mwz__stemmer_init_lx(&st, lx)) {
		free(data);
		return mwz__fail(err, MWZ_EUNSUPPORTED, 0, 0, "Snowball stemmers unavailable");
	}
	if (len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0)
		pos = 3;
	if (mwz__wide_bom(data, len)) {
		rc = mwz__fail(err, MWZ_EUTF8, 1, 0,
		               "%s:1: %s text (byte-order mark at byte 1), not UTF-8; convert "
		               "it first: iconv -f %s -t UTF-8", path, mwz__wide_bom(data, len),
		               mwz__wide_bom(data, len));
		pos = len;
	}
	term = mwz__line_end(data, len);
	while (pos < len) {
		const char *l = data + pos, *nl = memchr(l, term, len - pos), *tab;
		size_t ll = nl ? (size_t)(nl - l) : len - pos;
		size_t bad;
		const char *a, *e;
		size_t al, el;
		pos += ll + (nl ? 1 : 0);
		line++;
		if (ll && l[ll - 1] == '\r')
			ll--;
		if (mwz_utf8_validate(l, ll, &bad)) {
			/* a binary file holds invalid UTF-8 before its first NUL,
			 * most often: said as a binary file, its NUL's line given */
			const char *z = memchr(data, '\0', len), *p;
			if (z) {
				size_t zl = 1;
				for (p = data; p < z; p++)
					zl += *p == term;
				rc = mwz__fail(err, MWZ_EUTF8, zl, (size_t)(z - data),
				               "%s:%zu: binary file (NUL byte at byte %zu)", path, zl,
				               (size_t)(z - data) + 1);
				break;
			}
			rc = mwz__fail(err, MWZ_EUTF8, line, (size_t)(l - data) + bad,
			               "%s:%zu: invalid UTF-8 at byte %zu", path, line,
			               (size_t)(l - data) + bad + 1);
			break;
		}
		if ((tab = memchr(l, '\0', ll)) != NULL) {
			rc = mwz__fail(err, MWZ_EUTF8, line, (size_t)(tab - data),
			               "%s:%zu: binary file (NUL byte at byte %zu)", path, line,
			               (size_t)(tab - data) + 1);
			break;
		}
		while (ll && (*l == ' ' || (l[0] == '\t' && ll == 1))) {
			l++;
			ll--;
		}
		while (ll && (l[ll - 1] == ' ' || l[ll - 1] == '\t'))
			ll--;
		if (ll == 0 || l[0] == '#')
			continue;
		tab = memchr(l, '\t', ll);
		if (!tab || tab == l || tab + 1 == l + ll ||
		    memchr(tab + 1, '\t', (size_t)(l + ll - tab - 1))) {
			rc = mwz__fail(err, MWZ_EFORMAT, line, (size_t)(l - data),
			               "%s:%zu: expected two columns \"arabic<TAB>english\"",
			               path, line);
			break;
		}
		a = l;
		al = (size_t)(tab - l);
		e = tab + 1;
		el = (size_t)(l + ll - tab - 1);
		if (!lx->lang[0] && !has_arabic(a, al)) {
			if (has_arabic(e, el)) {
				/* english<TAB>arabic: take it the other way round. */
				const char *t = a;
				size_t tl = al;
				a = e;
				al = el;
				e = t;
				el = tl;
			} else {
				rc = mwz__fail(err, MWZ_EFORMAT, line, (size_t)(l - data),
				               "%s:%zu: no Arabic word in either column",
				               path, line);
				break;
			}
		}
		rc = add_user(lx, &c, &st, a, al, e, el);
		if (rc) {
			rc = mwz__fail(err, rc, line, 0, "%s:%zu: out of memory", path, line);
			break;
		}
	}
	stemcache_free(&c);
	mwz__stemmer_fini(&st);
	free(data);
	return rc;
}

/* ---- FreeDict (dictd) ---------------------------------------------------- */

static int b64val(int ch)
{
	if (ch >= 'A' && ch <= 'Z')
		return ch - 'A';
	if (ch >= 'a' && ch <= 'z')
		return ch - 'a' + 26;
	if (ch >= '0' && ch <= '9')
		return ch - '0' + 52;
	if (ch == '+')
		return 62;
	if (ch == '/')
		return 63;
	return -1;
}

static int b64num(const char *s, size_t len, size_t *v)
{
	size_t i, x = 0;
	if (len == 0 || len > 10)
		return -1;
	for (i = 0; i < len; i++) {
		int d = b64val((unsigned char)s[i]);
		if (d < 0)
			return -1;
		x = x * 64 + (size_t)d;
	}
	*v = x;
	return 0;
}

/*
 * Whole decompressed .dict.dz. dictzip is one gzip member: its header is
 * skipped and the deflate data inflated in one go into a buffer of the
 * size the trailer gives, without the copies of gzread; the trailer's CRC
 * and length are checked. Anything else (several members, not gzip, a
 * failed check, corrupt data) goes through gzread, which says what is
 * wrong. A truncated file gives what it holds, as gzread does.
 */
static int read_gz_stream(char **out, size_t *outlen, const char *path, mwz_error_t *err);

static uLong gz_le32(const unsigned char *p)
{
	return (uLong)p[0] | ((uLong)p[1] << 8) | ((uLong)p[2] << 16) | ((uLong)p[3] << 24);
}

static int read_gz(char **out, size_t *outlen, const char *path, mwz_error_t *err)
{
	const unsigned char *u;
	char *raw = NULL, *buf = NULL;
	size_t rlen = 0, p = 10, cap, olen = 0;
	z_stream zs;
	int zr, flags;
	mwz_error_t e2 = { 0 };
	zr = mwz__read_file(&raw, &rlen, path, &e2);
	if (zr == MWZ_ENOMEM)
		return mwz__fail(err, MWZ_ENOMEM, 0, 0, "%s: out of memory", path);
	if (zr)
		return mwz__fail(err, MWZ_ENOTFOUND, 0, 0, "%s: cannot open", path);
	u = (const unsigned char *)raw;
	if (rlen < 18 || u[0] != 0x1F || u[1] != 0x8B || u[2] != 8)
		goto stream;
	flags = u[3];
	if (flags & 4)
		p += 2 + (size_t)(u[10] | (u[11] << 8));
	if (flags & 8)
		while (p < rlen && u[p++])
			;
	if (flags & 16)
		while (p < rlen && u[p++])
			;
	if (flags & 2)
		p += 2;
	if (p >= rlen)
		goto stream;
	cap = (size_t)u[rlen - 4] | ((size_t)u[rlen - 3] << 8) | ((size_t)u[rlen - 2] << 16) |
	      ((size_t)u[rlen - 1] << 24);
	/* The trailer's size is only a hint: deflate expands at most 1032 to 1,
	 * so a larger one is damage, and the buffer grows as inflate needs. */
	if (cap / 1032 > rlen)
		cap = rlen * 4;
	cap = cap + 1 < 4096 ? 4096 : cap + 1;
	memset(&zs, 0, sizeof zs);
	if (inflateInit2(&zs, -15) != Z_OK)
		goto stream;
	zs.next_in = (unsigned char *)raw + p;
	zs.avail_in = (uInt)(rlen - p);
	for (;;) {
		if (!buf || olen == cap) {
			char *nb = realloc(buf, buf ? cap * 2 : cap);
			if (!nb) {
				inflateEnd(&zs);
				free(buf);
				free(raw);
				return mwz__fail(err, MWZ_ENOMEM, 0, 0, "%s: out of memory", path);
			}
			if (buf)
				cap *= 2;
			buf = nb;
		}
		zs.next_out = (unsigned char *)buf + olen;
		zs.avail_out = (uInt)(cap - olen);
		zr = inflate(&zs, Z_NO_FLUSH);
		olen = cap - zs.avail_out;
		if (zr == Z_STREAM_END)
			break;
		if (zr == Z_BUF_ERROR && zs.avail_in == 0)
			break; /* truncated */
		if (zr != Z_OK && zr != Z_BUF_ERROR) {
			inflateEnd(&zs);
			free(buf);
			free(raw);
			/* Corrupt: gzread tells why. */
			return read_gz_stream(out, outlen, path, err);
		}
	}
	/* More than the 8-byte trailer after the data: another member; or a
	 * check that fails: gzread says what is wrong. */
	if (zr == Z_STREAM_END &&
	    (zs.avail_in > 8 || zs.avail_in < 8 ||
	     crc32(0L, (const Bytef *)buf, (uInt)olen) != gz_le32(zs.next_in) ||
	     (uLong)(olen & 0xFFFFFFFFu) != gz_le32(zs.next_in + 4))) {
		inflateEnd(&zs);
		free(buf);
		goto stream;
	}
	inflateEnd(&zs);
	free(raw);
	*out = buf;
	*outlen = olen;
	return 0;
stream:
	free(raw);
	return read_gz_stream(out, outlen, path, err);
}

/* Whole decompressed .dict.dz (dictzip is gzip, read with zlib). */
static int read_gz_stream(char **out, size_t *outlen, const char *path, mwz_error_t *err)
{
	gzFile f;
	mwz__buf b = { 0 };
	char chunk[1 << 16];
	int n;
	errno = 0;
	f = gzopen(path, "rb");
	if (!f && errno == ENOMEM)
		return mwz__fail(err, MWZ_ENOMEM, 0, 0, "%s: out of memory", path);
	if (!f)
		return mwz__fail(err, MWZ_ENOTFOUND, 0, 0, "%s: cannot open", path);
	gzbuffer(f, 1 << 17);
	while ((n = gzread(f, chunk, sizeof chunk)) > 0) {
		if (mwz__buf_put(&b, chunk, (size_t)n)) {
			gzclose(f);
			mwz__buf_free(&b);
			return mwz__fail(err, MWZ_ENOMEM, 0, 0, "%s: out of memory", path);
		}
	}
	if (n < 0) {
		int e;
		const char *m = gzerror(f, &e);
		char msg[128];
		snprintf(msg, sizeof msg, "%s", m ? m : "corrupt data");
		gzclose(f);
		mwz__buf_free(&b);
		return mwz__fail(err, e == Z_MEM_ERROR ? MWZ_ENOMEM : MWZ_EFORMAT, 0, 0, "%s: %s",
		                 path, msg);
	}
	gzclose(f);
	if (!b.data && mwz__buf_reserve(&b, 0))
		return mwz__fail(err, MWZ_ENOMEM, 0, 0, "%s: out of memory", path);
	*out = b.data;
	*outlen = b.len;
	return 0;
}

/* FreeDict phrases: short ones only, the long ones are definitions. */
#define DICT_MAXW 3
#define DICT_MAXPAIRS 4
/* ara-eng entries with more glosses than this are left out. */
#define AE_MAXG 3
/* ... and those with phrases longer than this. */
#define AE_MAXW 1

/* A dictionary's files in memory: the index and the decompressed entries. */
typedef struct dict_src {
	char ip[4096];
	char *idx, *dict;
	size_t ilen, dlen;
} dict_src_t;

static void dict_src_free(dict_src_t *d)
{
	free(d->idx);
	free(d->dict);
	d->idx = d->dict = NULL;
}

static int dict_src_read(dict_src_t *d, const char *dir, const char *name, mwz_error_t *err)
{
	char dp[4096];
	int rc;
	d->idx = d->dict = NULL;
	d->ilen = d->dlen = 0;
	snprintf(d->ip, sizeof d->ip, "%s/%s.index", dir, name);
	snprintf(dp, sizeof dp, "%s/%s.dict.dz", dir, name);
	rc = mwz__read_file(&d->idx, &d->ilen, d->ip, err);
	if (rc == MWZ_ENOMEM)
		return rc; /* not a missing dictionary: the caller must not go on without it */
	if (rc)
		return mwz__fail(err, MWZ_ENOTFOUND, 0, 0, "%s: cannot read", d->ip);
	rc = read_gz(&d->dict, &d->dlen, dp, err);
	if (rc) {
		free(d->idx);
		d->idx = NULL;
	}
	return rc;
}

/*
 * The index lines of one dictionary that start in bytes [pos, end) of the
 * index (line0: lines before pos): headwords in `from_ar` script, glosses
 * in the other.
 */
static int parse_dict(mwz_lexicon_t *lx, stemcache_t *c, mwz__stemmer *st,
                      const dict_src_t *d, int from_ar, size_t pos, size_t end,
                      size_t line0, mwz_error_t *err)
{
	const char *ip = d->ip, *idx = d->idx, *dict = d->dict;
	size_t ilen = end, dlen = d->dlen, line = line0;
	phrase_t head;
	size_t ae_maxg = AE_MAXG;
	int ae_maxw = AE_MAXW;
	if (lx->lang[0]) {
		/* Other pairs: every gloss of an entry (WikDict lists few). */
		ae_maxg = (size_t)-1;
		ae_maxw = DICT_MAXW;
	}
	int rc = 0;
	while (pos < ilen && rc == 0) {
		const char *l = idx + pos, *nl = memchr(l, '\n', ilen - pos);
		size_t ll = nl ? (size_t)(nl - l) : ilen - pos;
		const char *t1, *t2;
		size_t off, elen;
		const char *e, *ee, *p;
		pos += ll + (nl ? 1 : 0);
		line++;
		if (ll == 0 || (ll >= 10 && memcmp(l, "00database", 10) == 0) ||
		    (ll >= 11 && memcmp(l, "00-database", 11) == 0))
			continue;
		t1 = memchr(l, '\t', ll);
		t2 = t1 ? memchr(t1 + 1, '\t', (size_t)(l + ll - t1 - 1)) : NULL;
		if (!t1 || !t2 || b64num(t1 + 1, (size_t)(t2 - t1 - 1), &off) ||
		    b64num(t2 + 1, (size_t)(l + ll - t2 - 1), &elen) ||
		    off > dlen || elen > dlen - off) {
			rc = mwz__fail(err, MWZ_EFORMAT, line, 0,
			               "%s:%zu: malformed index line", ip, line);
			break;
		}
		e = dict + off;
		ee = e + elen;
		/* First line: headword and /IPA/; then one gloss a line. */
		p = memchr(e, '\n', elen);
		if (!p)
			continue;
		p++;
		if (from_ar) {
			/* ara-eng lists many loose senses for common words; those
			 * entries match too much: keep the ones with few glosses. */
			const char *q;
			size_t ng = 0;
			for (q = p; q < ee; q++)
				ng += *q == '\n';
			if (ng > ae_maxg)
				continue;
		}
		{
			int r = phrase_stems(&head, c, lx, st, from_ar, l,
			                     (size_t)(t1 - l), from_ar ? ae_maxw : DICT_MAXW);
			if (r < 0) {
				rc = r;
				break;
			}
			if (r > 0 || head.n == 0)
				continue;
		}
		while (p < ee && rc == 0) {
			const char *q = memchr(p, '\n', (size_t)(ee - p));
			const char *ge = q ? q : ee, *g = p;
			p = q ? q + 1 : ee;
			/* "1. x" numbering holds no letters: the phrase split skips it. */
			/* Glosses list synonyms with commas (Arabic or Latin). */
			while (g < ge && rc == 0) {
				const char *s = g, *x = g;
				while (x < ge && *x != ',' && *x != ';' &&
				       !(x + 1 < ge && (unsigned char)x[0] == 0xD8 &&
				         ((unsigned char)x[1] == 0x8C || (unsigned char)x[1] == 0x9B)))
					x++;
				phrase_t gl;
				rc = phrase_stems(&gl, c, lx, st, !from_ar, s,
				                  (size_t)(x - s), from_ar ? ae_maxw : DICT_MAXW);
				if (rc == 0)
					rc = from_ar ? pair_phrases(lx, &head, &gl, DICT_MAXPAIRS)
					             : pair_phrases(lx, &gl, &head, DICT_MAXPAIRS);
				else if (rc > 0)
					rc = 0;
				if (x < ge)
					x += (*x == ',' || *x == ';') ? 1 : 2;
				g = x;
			}
		}
		if (rc > 0)
			rc = 0;
	}
	if (rc < 0 && rc != MWZ_EFORMAT)
		mwz__fail(err, rc, 0, 0, "%s: out of memory", ip);
	return rc;
}

/* One dictionary, whole. */
static int load_dict(mwz_lexicon_t *lx, stemcache_t *c, mwz__stemmer *st,
                     const char *dir, const char *name, int from_ar,
                     mwz_error_t *err)
{
	dict_src_t d;
	int rc = dict_src_read(&d, dir, name, err);
	if (rc)
		return rc;
	rc = parse_dict(lx, c, st, &d, from_ar, 0, d.ilen, 0, err);
	dict_src_free(&d);
	return rc;
}

/*
 * With two processors FreeDict is read by two threads: the caller's reads
 * ara-eng, then the first part of eng-ara's index into the caller's
 * lexicon; a second thread decompresses eng-ara and reads the rest of its
 * index into a lexicon of its own, which is then merged in. The merge
 * interns that lexicon's stems in its id order and adds its pairs in the
 * order they were added, so the result is, id for id, the one reading
 * ara-eng then eng-ara in one thread gives.
 */
/* Share of eng-ara's index (per mille) read by the caller's thread, after
 * ara-eng: about even work for the two. */
#define EA_SPLIT_PERMILLE 350

typedef struct dict_job {
	mwz_lexicon_t *lx;        /* the second thread's own lexicon */
	dict_src_t d;             /* eng-ara, read by the second thread */
	const char *dir;
	size_t split, line0;      /* its part: from byte split, line0 lines before */
	int read_rc, rc, ready, no_stemmer;
	pthread_mutex_t mu;
	pthread_cond_t cv;
	mwz_error_t err, read_err;
} dict_job_t;

static void *dict_thread(void *arg)
{
	dict_job_t *j = arg;
	stemcache_t c;
	mwz__stemmer st;
	memset(&c, 0, sizeof c);
	memset(&st, 0, sizeof st);
	j->read_rc = dict_src_read(&j->d, j->dir, "freedict-eng-ara", &j->read_err);
	if (!j->read_rc) {
		size_t x;
		j->split = j->d.ilen / 1000 * EA_SPLIT_PERMILLE;
		while (j->split > 0 && j->split < j->d.ilen && j->d.idx[j->split - 1] != '\n')
			j->split++;
		for (x = 0; x < j->split; x++)
			j->line0 += j->d.idx[x] == '\n';
	}
	pthread_mutex_lock(&j->mu);
	j->ready = 1;
	pthread_cond_signal(&j->cv);
	pthread_mutex_unlock(&j->mu);
	if (j->read_rc)
		return NULL;
	if (mwz__stemmer_init(&st)) {
		j->no_stemmer = 1;
		return NULL;
	}
	j->rc = parse_dict(j->lx, &c, &st, &j->d, 0, j->split, j->d.ilen, j->line0, &j->err);
	stemcache_free(&c);
	mwz__stemmer_fini(&st);
	return NULL;
}

/* Add the stems and pairs of src to lx, as if src's additions had been made to lx. */
static int lexicon_merge(mwz_lexicon_t *lx, const mwz_lexicon_t *src)
{
	uint32_t *ra = malloc((src->ar.n + 1) * sizeof *ra);
	uint32_t *re = malloc((src->en.n + 1) * sizeof *re);
	uint32_t *owner = mwz__lexicon_owners(src);
	size_t k;
	int rc = 0;
	if (!ra || !re || !owner) {
		rc = MWZ_ENOMEM;
		goto out;
	}
	for (k = 0; k < src->ar.n && !rc; k++)
		rc = mwz__strtab_intern(&lx->ar, src->ar.arena + src->ar.off[k], src->ar.len[k], &ra[k]);
	for (k = 0; k < src->en.n && !rc; k++)
		rc = mwz__strtab_intern(&lx->en, src->en.arena + src->en.off[k], src->en.len[k], &re[k]);
	for (k = 0; k < src->nnode && !rc; k++)
		rc = mwz__lexicon_add_ids(lx, ra[owner[k]], re[src->node[k].en]);
out:
	free(ra);
	free(re);
	free(owner);
	return rc;
}

/* The outcome of reading two dictionaries, one of which may be missing
 * (both missing is the caller's to say): the first's error in err already,
 * the second's in e2, copied to err only when it is the one returned. */
static int two_dicts_rc(int rc1, int rc2, const mwz_error_t *e2, mwz_error_t *err)
{
	if (rc1 && rc1 != MWZ_ENOTFOUND)
		return rc1;
	if (rc2 && rc2 != MWZ_ENOTFOUND) {
		if (err)
			*err = *e2;
		return rc2;
	}
	return 0;
}

int mwz_lexicon_load_freedict(mwz_lexicon_t *lx, const char *dictdir,
                              mwz_error_t *err)
{
	stemcache_t c;
	mwz__stemmer st;
	int rc1, rc2;
	mwz_error_t e2 = { 0 };
	dict_job_t job;
	pthread_t th;
	int started = 0;
	if (!lx)
		return mwz__fail(err, MWZ_EINVAL, 0, 0, "mwz_lexicon_load_freedict: NULL argument");
	if (lx->lang[0])
		return mwz__fail(err, MWZ_EINVAL, 0, 0,
		                 "mwz_lexicon_load_freedict: the lexicon holds %s/%s, not Arabic/English",
		                 lx->lang[0]->iso1, lx->lang[1]->iso1);
	if (!dictdir)
		dictdir = "/usr/share/dictd";
	memset(&c, 0, sizeof c);
	memset(&st, 0, sizeof st);
	if (mwz__stemmer_init(&st))
		return mwz__fail(err, MWZ_EUNSUPPORTED, 0, 0, "Snowball stemmers unavailable");
	memset(&job, 0, sizeof job);
	job.dir = dictdir;
	if (mwz__cpus() >= 2 && mwz_lexicon_create(&job.lx) == 0) {
		if (pthread_mutex_init(&job.mu, NULL) == 0) {
			if (pthread_cond_init(&job.cv, NULL) == 0) {
				if (pthread_create(&th, NULL, dict_thread, &job) == 0)
					started = 1;
				else
					pthread_cond_destroy(&job.cv);
			}
			if (!started)
				pthread_mutex_destroy(&job.mu);
		}
	}
	rc1 = load_dict(lx, &c, &st, dictdir, "freedict-ara-eng", 1, err);
	if (!started) {
		rc2 = load_dict(lx, &c, &st, dictdir, "freedict-eng-ara", 0, &e2);
	} else {
		pthread_mutex_lock(&job.mu);
		while (!job.ready)
			pthread_cond_wait(&job.cv, &job.mu);
		pthread_mutex_unlock(&job.mu);
		if (job.read_rc) {
			rc2 = job.read_rc;
			e2 = job.read_err;
		} else {
			rc2 = parse_dict(lx, &c, &st, &job.d, 0, 0, job.split, 0, &e2);
		}
		pthread_join(th, NULL);
		pthread_cond_destroy(&job.cv);
		pthread_mutex_destroy(&job.mu);
		if (!job.read_rc && rc2 == 0) {
			/* The rest of eng-ara (a malformed line in the first part
			 * ends the reading there, as in one thread). */
			if (job.no_stemmer) {
				rc2 = parse_dict(lx, &c, &st, &job.d, 0, job.split, job.d.ilen,
				                 job.line0, &e2);
			} else {
				rc2 = job.rc;
				if (rc2 == 0 || rc2 == MWZ_EFORMAT) {
					int rm = lexicon_merge(lx, job.lx);
					if (rm)
						rc2 = mwz__fail(&job.err, rm, 0, 0, "%s: out of memory",
						                job.d.ip);
				}
				if (rc2)
					e2 = job.err;
			}
		}
		dict_src_free(&job.d);
	}
	mwz_lexicon_destroy(job.lx);
	stemcache_free(&c);
	mwz__stemmer_fini(&st);
	if (rc1 == MWZ_ENOTFOUND && rc2 == MWZ_ENOTFOUND)
		return mwz__fail(err, MWZ_ENOTFOUND, 0, 0,
		                 "%s: no FreeDict ara-eng or eng-ara dictionary", dictdir);
	return two_dicts_rc(rc1, rc2, &e2, err);
}

int mwz_lexicon_load_freedict_pair(mwz_lexicon_t *lx, const char *dictdir,
                                   const char *lang_a, const char *lang_b,
                                   mwz_error_t *err)
{
	const mwz__langinfo *la, *lb;
	stemcache_t c;
	mwz__stemmer st;
	char ab[32], ba[32];
	mwz_error_t e2 = { 0 };
	int rc1, rc2;
	if (!lx || !lang_a || !lang_b)
		return mwz__fail(err, MWZ_EINVAL, 0, 0, "mwz_lexicon_load_freedict_pair: NULL argument");
	la = mwz__lang_find(lang_a);
	lb = mwz__lang_find(lang_b);
	if (!la || !lb || la == lb)
		return mwz__fail(err, MWZ_EINVAL, 0, 0,
		                 "mwz_lexicon_load_freedict_pair: no dictionary pair %s/%s "
		                 "(languages: en de fr es it nl pt, two different ones)",
		                 lang_a, lang_b);
	if (lx->lang[0] ? lx->lang[0] != la || lx->lang[1] != lb
	                : lx->ar.n || lx->en.n)
		return mwz__fail(err, MWZ_EINVAL, 0, 0,
		                 "mwz_lexicon_load_freedict_pair: the lexicon holds other languages");
	if (!dictdir)
		dictdir = "/usr/share/dictd";
	lx->lang[0] = la;
	lx->lang[1] = lb;
	memset(&c, 0, sizeof c);
	memset(&st, 0, sizeof st);
	if (mwz__stemmer_init_lx(&st, lx)) {
		if (lx->ar.n == 0 && lx->en.n == 0)
			lx->lang[0] = lx->lang[1] = NULL;
		return mwz__fail(err, MWZ_EUNSUPPORTED, 0, 0, "Snowball stemmers for %s and %s unavailable",
		                 la->snowball, lb->snowball);
	}
	snprintf(ab, sizeof ab, "freedict-%s-%s", la->iso3, lb->iso3);
	snprintf(ba, sizeof ba, "freedict-%s-%s", lb->iso3, la->iso3);
	rc1 = load_dict(lx, &c, &st, dictdir, ab, 1, err);
	rc2 = load_dict(lx, &c, &st, dictdir, ba, 0, &e2);
	stemcache_free(&c);
	mwz__stemmer_fini(&st);
	if (rc1 == MWZ_ENOTFOUND && rc2 == MWZ_ENOTFOUND) {
		if (lx->ar.n == 0 && lx->en.n == 0)
			lx->lang[0] = lx->lang[1] = NULL;
		return mwz__fail(err, MWZ_ENOTFOUND, 0, 0, "%s: no FreeDict %s-%s or %s-%s dictionary",
		                 dictdir, la->iso3, lb->iso3, lb->iso3, la->iso3);
	}
	return two_dicts_rc(rc1, rc2, &e2, err);
}
