/*
 * names.c - cross-script name matching: a name in Arabic or Latin script is
 * turned into words of a common phonetic alphabet (see names.h), words are
 * compared with a weighted edit distance whose costs follow the phonetic
 * classes and the known transliteration variants, and names are compared
 * word by word with an alignment in which a missing word costs less than
 * a word that disagrees. Also the cross-script key.
 */
#include "internal.h"
#include "names.h"
#include "utf8.h"

#include <stdlib.h>
#include <string.h>

/* Names up to this many bytes are remembered to skip parsing them again. */
#define MWZ__NM_CACHE 256

/* ------------------------------------------------------------------ */
/* Cost tables (x100)                                                  */
/* ------------------------------------------------------------------ */

/* Substitution pairs that cost less than 100; symmetric. */
static const struct { char a, b; unsigned char cost; } sub_pairs[] = {
	/* Latin vowels */
	{ 'a', 'e', 20 }, { 'e', 'i', 20 }, { 'o', 'u', 10 }, { 'a', 'o', 50 },
	{ 'a', 'i', 55 }, { 'a', 'u', 55 }, { 'e', 'o', 50 }, { 'e', 'u', 55 },
	{ 'i', 'o', 55 }, { 'i', 'u', 50 },
	/* Arabic alef (long a) */
	{ 'A', 'a', 0 }, { 'A', 'e', 15 }, { 'A', 'o', 35 }, { 'A', 'i', 60 },
	{ 'A', 'u', 60 }, { 'A', 'E', 10 }, { 'A', '3', 30 }, { 'A', '\'', 30 },
	{ 'A', 'Y', 70 }, { 'A', 'W', 70 }, { 'A', 'H', 60 },
	/* word-initial alef: a mere vowel carrier */
	{ 'E', 'a', 5 }, { 'E', 'e', 5 }, { 'E', 'i', 5 }, { 'E', 'o', 5 },
	{ 'E', 'u', 5 }, { 'E', '3', 20 }, { 'E', '\'', 10 }, { 'E', 'Y', 60 },
	{ 'E', 'W', 60 },
	/* waw: w, u, o, v */
	{ 'W', 'u', 0 }, { 'W', 'o', 0 }, { 'W', 'w', 0 }, { 'W', 'v', 15 },
	{ 'W', 'a', 85 }, { 'W', 'e', 80 }, { 'W', 'i', 80 }, { 'W', 'f', 60 },
	{ 'W', 'Y', 60 },
	/* yeh: y, i, e */
	{ 'Y', 'i', 0 }, { 'Y', 'y', 0 }, { 'Y', 'e', 10 }, { 'Y', 'a', 85 },
	{ 'Y', 'j', 50 }, { 'Y', 'u', 80 }, { 'Y', 'o', 80 },
	/* ayn and hamza: written as a vowel or not at all */
	{ '3', 'a', 5 }, { '3', 'e', 5 }, { '3', 'i', 5 }, { '3', 'o', 5 },
	{ '3', 'u', 5 }, { '3', '\'', 30 }, { '3', 'G', 60 },
	{ '\'', 'a', 10 }, { '\'', 'e', 10 }, { '\'', 'i', 10 }, { '\'', 'o', 10 },
	{ '\'', 'u', 10 }, { '\'', 'W', 40 }, { '\'', 'Y', 40 },
	/* final h; ta marbuta (Q): -a, -ah, -eh, -at */
	{ 'H', 'h', 10 }, { 'H', 'a', 50 }, { 'H', 'e', 50 }, { 'a', 't', 70 },
	{ 'Q', 'a', 0 }, { 'Q', 'e', 10 }, { 'Q', 't', 20 }, { 'Q', 'H', 10 },
	{ 'Q', 'h', 20 }, { 'Q', 'A', 30 }, { 'Q', 'i', 50 },
	/* consonants */
	{ 'b', 'p', 20 }, { 'b', 'v', 40 }, { 'f', 'v', 20 }, { 'p', 'f', 50 },
	{ 'v', 'w', 20 },
	{ 't', 'T', 30 }, { 'T', 's', 45 }, { 'T', 'D', 20 }, { 'T', 'z', 50 },
	{ 't', 'd', 50 }, { 'T', 'd', 35 }, { 'd', 'D', 20 }, { 'D', 'z', 20 }, { 'd', 'z', 50 },
	{ 'z', 'Z', 25 }, { 'Z', 'j', 30 }, { 'j', 'g', 20 }, { 'j', 'y', 60 },
	{ 'j', 'C', 40 }, { 'Z', 'S', 50 },
	{ 'q', 'k', 15 }, { 'q', 'g', 20 }, { 'k', 'g', 30 }, { 'q', 'G', 30 },
	{ 'G', 'g', 20 }, { 'G', 'x', 40 }, { 'G', 'r', 70 }, { 'k', 'C', 40 },
	{ 'x', 'k', 30 }, { 'x', 'q', 60 }, { 'x', 'h', 40 }, { 'x', 'C', 25 },
	{ 'h', 'H', 10 }, { 'C', 'S', 20 }, { 'S', 's', 35 }, { 'C', 's', 50 },
	{ 's', 'z', 50 }, { 'l', 'r', 80 }, { 'm', 'n', 70 }, { 'n', 'l', 80 },
	{ 'w', 'u', 40 }, { 'w', 'o', 45 }, { 'y', 'i', 30 }, { 'y', 'e', 45 },
};

#ifndef SOFT_C_J
#define SOFT_C_J 20
#endif
#ifndef LONG_CROSS
#define LONG_CROSS 90
#endif
/* Deletion costs: [script is Arabic][other side in the other script]. */
static unsigned char idl_cost(int arabic, int cross, int c)
{
	switch (c) {
	case 'a': case 'e': case 'i': case 'o': case 'u':
		if (arabic) /* only 'a' occurs: alef maqsura */
			return cross ? 30 : 60;
		return cross ? 8 : 45;
	/* Arabic long vowels; in Latin, aa / ou oo uu / ee ii ie, which mostly
	 * stand for them (but French ou is also a short u) */
	case 'A': return arabic ? (cross ? 50 : 70) : (cross ? 40 : 45);
	case 'W': case 'Y': return arabic ? 90 : (cross ? 50 : 45);
	/* Latin long vowels of a last syllable (only Latin has them) */
	case 'U': case 'I': return cross ? LONG_CROSS : 45;
	case 'E': return cross ? 10 : 50;
	case 'V': return arabic ? (cross ? 30 : 60) : 100; /* final ى: as 'a' */
	case 'Q': return cross ? 30 : 60;
	case '3': return cross ? 10 : 80;
	case '\'': return cross ? 5 : 30;
	case 'H': return cross ? 10 : 30;
	case 'y': case 'w': return cross ? 85 : 70;
	case 'h': return arabic ? 100 : (cross ? 70 : 80);
	default: return 100;
	}
}

/* idl_cost() tabulated: [arabic * 2 + cross][symbol] (generated from it). */
static const unsigned char idl_tab[4][128] = {
	{
		100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100,
		100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100,
		100, 100, 100, 100, 100, 100, 100,  30, 100, 100, 100, 100, 100, 100, 100, 100,
		100, 100, 100,  80, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100,
		100,  45, 100, 100, 100,  50, 100, 100,  30,  45, 100, 100, 100, 100, 100, 100,
		100,  60, 100, 100, 100,  45, 100,  45, 100,  45, 100, 100, 100, 100, 100, 100,
		100,  45, 100, 100, 100,  45, 100, 100,  80,  45, 100, 100, 100, 100, 100,  45,
		100, 100, 100, 100, 100,  45, 100,  70, 100,  70, 100, 100, 100, 100, 100, 100,
	},
	{
		100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100,
		100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100,
		100, 100, 100, 100, 100, 100, 100,   5, 100, 100, 100, 100, 100, 100, 100, 100,
		100, 100, 100,  10, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100,
		100,  40, 100, 100, 100,  10, 100, 100,  10,  90, 100, 100, 100, 100, 100, 100,
		100,  30, 100, 100, 100,  90, 100,  50, 100,  50, 100, 100, 100, 100, 100, 100,
		100,   8, 100, 100, 100,   8, 100, 100,  70,   8, 100, 100, 100, 100, 100,   8,
		100, 100, 100, 100, 100,   8, 100,  85, 100,  85, 100, 100, 100, 100, 100, 100,
	},
	{
		100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100,
		100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100,
		100, 100, 100, 100, 100, 100, 100,  30, 100, 100, 100, 100, 100, 100, 100, 100,
		100, 100, 100,  80, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100,
		100,  70, 100, 100, 100,  50, 100, 100,  30,  45, 100, 100, 100, 100, 100, 100,
		100,  60, 100, 100, 100,  45,  60,  90, 100,  90, 100, 100, 100, 100, 100, 100,
		100,  60, 100, 100, 100,  60, 100, 100, 100,  60, 100, 100, 100, 100, 100,  60,
		100, 100, 100, 100, 100,  60, 100,  70, 100,  70, 100, 100, 100, 100, 100, 100,
	},
	{
		100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100,
		100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100,
		100, 100, 100, 100, 100, 100, 100,   5, 100, 100, 100, 100, 100, 100, 100, 100,
		100, 100, 100,  10, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100,
		100,  50, 100, 100, 100,  10, 100, 100,  10,  90, 100, 100, 100, 100, 100, 100,
		100,  30, 100, 100, 100,  90,  30,  90, 100,  90, 100, 100, 100, 100, 100, 100,
		100,  30, 100, 100, 100,  30, 100, 100, 100,  30, 100, 100, 100, 100, 100,  30,
		100, 100, 100, 100, 100,  30, 100,  85, 100,  85, 100, 100, 100, 100, 100, 100,
	},
};

struct mwz_matcher {
	unsigned char sub[128][128];
	unsigned char idl[4][128]; /* [arabic * 2 + cross][symbol] */
	mwz__nm_name na, nb;
	/* the texts na and nb were parsed from, to skip parsing a repeated name */
	char last[2][MWZ__NM_CACHE];
	size_t lastlen[2]; /* (size_t)-1: nothing cached */
	float sim[MWZ__NM_MAXW][MWZ__NM_MAXW];
	float msim[MWZ__NM_MAXW][MWZ__NM_MAXW]; /* short word vs two long words joined */
	mwz__nm_word joined;
	float wf[MWZ__NM_MAXW + 1][MWZ__NM_MAXW + 1];
	unsigned short dp[MWZ__NM_MAXS + 1][MWZ__NM_MAXS + 1];
	char keybuf[MWZ__NM_MAXW * (MWZ__NM_MAXS + 1) + 1];
};

int mwz_matcher_create(mwz_matcher_t **out)
{
	mwz_matcher_t *m;
	size_t i;
	int a, b;
	if (!out)
		return MWZ_EINVAL;
	*out = NULL;
	m = calloc(1, sizeof *m);
	if (!m)
		return MWZ_ENOMEM;
	for (a = 0; a < 128; a++)
		for (b = 0; b < 128; b++)
			m->sub[a][b] = a == b ? 0 : 100;
	for (i = 0; i < sizeof sub_pairs / sizeof sub_pairs[0]; i++) {
		m->sub[(int)sub_pairs[i].a][(int)sub_pairs[i].b] = sub_pairs[i].cost;
		m->sub[(int)sub_pairs[i].b][(int)sub_pairs[i].a] = sub_pairs[i].cost;
	}
	/* firm long vowels U and I substitute as waw and yeh do */
	for (a = 0; a < 128; a++) {
		m->sub['U'][a] = m->sub[a]['U'] = m->sub['W'][a];
		m->sub['I'][a] = m->sub[a]['I'] = m->sub['Y'][a];
	}
	m->sub['U']['W'] = m->sub['W']['U'] = m->sub['U']['U'] = 0;
	m->sub['I']['Y'] = m->sub['Y']['I'] = m->sub['I']['I'] = 0;
	/* soft c is an s that may also be a j (Turkish) or ch (Italian) */
	for (a = 0; a < 128; a++)
		m->sub['c'][a] = m->sub[a]['c'] = m->sub['s'][a];
	m->sub['c']['s'] = m->sub['s']['c'] = m->sub['c']['c'] = 0;
	m->sub['c']['j'] = m->sub['j']['c'] = SOFT_C_J;
	m->sub['c']['C'] = m->sub['C']['c'] = SOFT_C_J + 10;
	m->sub['U']['I'] = m->sub['I']['U'] = m->sub['W']['Y'];
	/* a final alef maqsura is a long -a or, in Egyptian spelling and Word's
	 * autocorrect, a final yeh: whichever costs less */
	for (a = 0; a < 128; a++) {
		int ca = m->sub['a'][a], cy = m->sub['Y'][a];
		m->sub['V'][a] = m->sub[a]['V'] = (unsigned char)(ca < cy ? ca : cy);
	}
	m->sub['V']['V'] = 0;
	m->lastlen[0] = m->lastlen[1] = (size_t)-1;
	for (a = 0; a < 4; a++)
		for (b = 0; b < 128; b++) {
			m->idl[a][b] = idl_cost(a >> 1, a & 1, b);
			if (m->idl[a][b] != idl_tab[a][b])
				return free(m), MWZ_EINTERNAL; /* table out of date */
		}
	*out = m;
	return MWZ_OK;
}

void mwz_matcher_destroy(mwz_matcher_t *m)
{
	free(m);
}

mwz__nm_name *mwz__nm_slot(mwz_matcher_t *m, int which)
{
	m->lastlen[which ? 1 : 0] = (size_t)-1; /* the caller writes into it */
	return which ? &m->nb : &m->na;
}

/* The slot that holds the parse of s, else -1. */
static int cached_slot(const mwz_matcher_t *m, const char *s, size_t len)
{
	int k;
	for (k = 0; k < 2; k++)
		if (len > 0 && len == m->lastlen[k] && memcmp(m->last[k], s, len) == 0)
			return k;
	return -1;
}

/* Parse s into slot which, unless it holds that very text already. */
static int parse_cached(mwz_matcher_t *m, int which, const char *s, size_t len)
{
	mwz__nm_name *out = which ? &m->nb : &m->na;
	int rc;
	if (len > 0 && len == m->lastlen[which] && memcmp(m->last[which], s, len) == 0)
		return MWZ_OK;
	m->lastlen[which] = (size_t)-1;
	rc = mwz__nm_parse(out, s, len, NULL);
	if (rc == MWZ_OK && len > 0 && len <= MWZ__NM_CACHE) {
		memcpy(m->last[which], s, len);
		m->lastlen[which] = len;
	}
	return rc;
}

/* ------------------------------------------------------------------ */
/* Letters                                                             */
/* ------------------------------------------------------------------ */

enum { K_SEP = 0, K_SKIP, K_APOS, K_LAT, K_AR, K_NORM };

/* Base letters of U+00C0-U+017F ('.' for none). */
static const char lat1[] =
	"aaaaaaaceeeeiiiidnooooo.ouuuuyts"
	"aaaaaaaceeeeiiiidnooooo.ouuuuyty"
	"aaaaaacccccccc" "dddd" "eeeeeeeeee" "gggggggg" "hhhh" "iiiiiiiiii" "ii"
	"jj" "kkk" "llllllllll" "nnnnnnnnn" "oooooooo" "rrrrrr" "ssssssss"
	"tttttt" "uuuuuuuuuuuu" "ww" "yyy" "zzzzzz" "s";

/* Base letters of U+1E00-U+1E95 (two code points each) and U+1EA0-U+1EF9. */
static const char lat1e[] = "abbbcdddddeeeeefghhhhhiikkkllllmmmnnnnoooopprrrrsssssttttuuuuuvvwwwwwxxyzzz";
static const char lat1ea[] = "aaaaaaaaaaaaaaaaaaaaaaaaeeeeeeeeeeeeeeeeiiiioooooooooooooooooooooooouuuuuuuuuuuuuuyyyyyyyy";

/*
 * Classify a code point. For Latin letters, *lat gets 1-2 lowercase ASCII
 * letters and *upper tells case; Arabic letters are folded in *cp.
 */
static int classify(unsigned int *cp, char lat[3], int *upper)
{
	unsigned int c = *cp;
	*upper = 0;
	lat[1] = lat[2] = 0;
	if (c < 0x80) {
		if (c >= 'a' && c <= 'z') {
			lat[0] = (char)c;
			return K_LAT;
		}
		if (c >= 'A' && c <= 'Z') {
			lat[0] = (char)(c - 'A' + 'a');
			*upper = 1;
			return K_LAT;
		}
		if (c == '\'' || c == '`')
			return K_APOS;
		return K_SEP;
	}
	if (c >= 0xC0 && c <= 0x17F) {
		switch (c) {
		case 0x10C: case 0x10D: strcpy(lat, "ch"); break;
		case 0x15E: case 0x15F: case 0x160: case 0x161: strcpy(lat, "sh"); break;
		case 0x17D: case 0x17E: strcpy(lat, "zh"); break;
		case 0x120: case 0x121: strcpy(lat, "gh"); break;
		case 0xE7: case 0xC7: lat[0] = (char)0xE7; break; /* c cedilla: s, or Turkish ch */
		case 0xDE: case 0xFE: strcpy(lat, "th"); break;
		default:
			lat[0] = lat1[c - 0xC0];
			if (lat[0] == '.')
				return K_SEP;
		}
		*upper = c < 0xDF && c != 0xD7;
		return K_LAT;
	}
	if (c >= 0x300 && c <= 0x36F)
		return K_SKIP; /* combining marks of decomposed Latin */
	switch (c) {
	case 0xB4: case 0x2B9: case 0x2BB: case 0x2BC: case 0x2BD: case 0x2BE:
	case 0x2BF: case 0x2C8: case 0x2018: case 0x2019: case 0x2032:
	case 0x294: case 0x295:
		return K_APOS;
	case 0x1E0C: case 0x1E0D: lat[0] = 'd'; return K_LAT;
	case 0x1E0E: case 0x1E0F: strcpy(lat, "dh"); return K_LAT;
	case 0x1E24: case 0x1E25: lat[0] = 'h'; return K_LAT;
	case 0x1E2A: case 0x1E2B: case 0x1E96: strcpy(lat, "kh"); return K_LAT;
	case 0x1E62: case 0x1E63: lat[0] = 's'; return K_LAT;
	case 0x1E6C: case 0x1E6D: lat[0] = 't'; return K_LAT;
	case 0x1E6E: case 0x1E6F: strcpy(lat, "th"); return K_LAT;
	case 0x1E92: case 0x1E93: case 0x1E94: case 0x1E95: lat[0] = 'z'; return K_LAT;
	case 0x1E6: case 0x1E7: lat[0] = 'j'; return K_LAT;
	case 0x1EA1: case 0x1EA0: lat[0] = 'a'; return K_LAT;
	case 0x200B: case 0x200C: case 0x200D: case 0x200E: case 0x200F:
	case 0x202A: case 0x202B: case 0x202C: case 0x202D: case 0x202E:
	case 0x2066: case 0x2067: case 0x2068: case 0x2069: case 0x61C:
	case 0xFEFF: case 0xAD:
		return K_SKIP;
	}
	if ((c >= 0xFB00 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFE) ||
	    (c >= 0xFF01 && c <= 0xFF5E))
		return K_NORM; /* presentation forms, ligatures, fullwidth: NFKC */
	if ((c >= 0x180 && c <= 0x24F && c != 0x259 && c != 0x18F && (c < 0x1CD || c > 0x1DC) &&
	     c != 0x1E6 && c != 0x1E7) ||
	    (c >= 0x2C60 && c <= 0x2C7F) || (c >= 0xA720 && c <= 0xA7FF))
		return K_NORM; /* other Latin letters: base letter without marks */
	if (c >= 0x1E00 && c < 0x1E96) { /* Latin Extended Additional, in pairs */
		lat[0] = lat1e[(c - 0x1E00) / 2];
		*upper = !(c & 1);
		return K_LAT;
	}
	if (c >= 0x1EA0 && c < 0x1EFA) { /* Vietnamese vowels */
		lat[0] = lat1ea[c - 0x1EA0];
		*upper = !(c & 1);
		return K_LAT;
	}
	if (c >= 0x1CD && c <= 0x1DC) { /* a i o u with caron and the like */
		lat[0] = "aaiioouuuuuuuuuu"[c - 0x1CD];
		return K_LAT;
	}
	if (c == 0x259 || c == 0x18F) { /* schwa (Azerbaijani) */
		lat[0] = 'e';
		return K_LAT;
	}
	if ((c >= 0x64B && c <= 0x65F) || c == 0x670 || c == 0x640 ||
	    (c >= 0x6D6 && c <= 0x6ED))
		return K_SKIP;
	if (c >= 0x600 && c <= 0x6FF) {
		switch (c) {
		/* alef with hamza or madda: kept apart from the article's plain alef */
		case 0x622: case 0x625: case 0x672: case 0x673: c = 0x623; break;
		case 0x671: c = 0x627; break;
		case 0x624: case 0x6C6: case 0x6C7: case 0x6C8: case 0x6C9:
		case 0x6CB: case 0x6CF: c = 0x648; break;
		case 0x626: case 0x6CC: case 0x6CD: case 0x6CE: case 0x6D0:
		case 0x6D1: case 0x6D2: case 0x6D3: c = 0x64A; break;
		case 0x6A9: case 0x6AA: case 0x6AC: case 0x6AD: case 0x6AE: c = 0x643; break;
		case 0x6AB: case 0x6B0: case 0x6B1: case 0x6B3: c = 0x6AF; break;
		case 0x6C1: case 0x6BE: case 0x6D5: case 0x6FF: c = 0x647; break;
		case 0x6C0: case 0x6C3: c = 0x629; break;
		case 0x679: case 0x67A: case 0x67B: case 0x67C: case 0x67D:
		case 0x67F: case 0x680: c = 0x62A; break;
		case 0x688: case 0x689: case 0x68A: case 0x68B: case 0x68C:
		case 0x68D: case 0x68E: case 0x68F: case 0x690: c = 0x62F; break;
		case 0x691: case 0x692: case 0x693: case 0x694: case 0x695:
		case 0x697: case 0x699: c = 0x631; break;
		case 0x696: c = 0x698; break;
		case 0x69A: case 0x69B: case 0x69C: c = 0x634; break;
		case 0x6BA: case 0x6BB: case 0x6BC: case 0x6BD: case 0x6B9: c = 0x646; break;
		case 0x681: c = 0x632; break;
		case 0x685: c = 0x633; break;
		case 0x6A4: case 0x6A5: c = 0x6A4; break;
		}
		if ((c >= 0x621 && c <= 0x63A) || (c >= 0x641 && c <= 0x64A) ||
		    c == 0x67E || c == 0x686 || c == 0x698 || c == 0x6AF || c == 0x6A4) {
			*cp = c;
			return K_AR;
		}
		return K_SEP;
	}
	return K_SEP;
}

/* ------------------------------------------------------------------ */
/* Raw words and the rules between words                               */
/* ------------------------------------------------------------------ */

static int is_vowel(unsigned int c)
{
	return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

typedef struct rawtok {
	unsigned int c[MWZ__NM_MAXC];
	int n, script;
} rawtok;

typedef struct rawname {
	rawtok t[MWZ__NM_MAXW + 8];
	int n;
} rawname;

static int tok_is(const rawtok *t, const char *s)
{
	int i;
	if (t->script != MWZ__NM_LATIN)
		return 0;
	for (i = 0; i < t->n && s[i]; i++)
		if (t->c[i] != (unsigned char)s[i])
			return 0;
	return i == t->n && s[i] == 0;
}

/* Equal, whatever the hamza on alef. */
static int tok_is_ar(const rawtok *t, const unsigned int *s, int n)
{
	int i;
	if (t->script != MWZ__NM_ARABIC || t->n != n)
		return 0;
	for (i = 0; i < n; i++) {
		unsigned int c = t->c[i] == 0x623 ? 0x627 : t->c[i];
		if (c != s[i])
			return 0;
	}
	return 1;
}

static const unsigned int AR_AL[] = { 0x627, 0x644 };
static const unsigned int AR_ALLAH[] = { 0x627, 0x644, 0x644, 0x647 };
static const unsigned int AR_ABD[] = { 0x639, 0x628, 0x62F };
static const unsigned int AR_BIN[] = { 0x628, 0x646 };
static const unsigned int AR_IBN[] = { 0x627, 0x628, 0x646 };
static const unsigned int AR_BINT[] = { 0x628, 0x646, 0x62A };

static int is_article(const rawtok *t)
{
	static const char *const art[] = {
		"al", "el", "ul", "il", "ad", "ed", "ar", "er", "as", "es",
		"ash", "esh", "at", "et", "an", "en", "az", "ez", "ath", "adh",
		"ud", "ur", "us", "un", "ut", "uz", "ush", "l", NULL
	};
	int i;
	if (t->n > 3)
		return 0;
	if (t->script == MWZ__NM_ARABIC)
		return tok_is_ar(t, AR_AL, 2);
	for (i = 0; art[i]; i++)
		if ((unsigned char)art[i][0] == t->c[0] && tok_is(t, art[i]))
			return 1;
	return 0;
}

static int is_nasab(const rawtok *t)
{
	if (t->n > 4)
		return 0;
	if (t->script == MWZ__NM_ARABIC)
		return tok_is_ar(t, AR_BIN, 2) || tok_is_ar(t, AR_IBN, 3) ||
		       tok_is_ar(t, AR_BINT, 3);
	return tok_is(t, "bin") || tok_is(t, "ibn") || tok_is(t, "ben") ||
	       tok_is(t, "bint") || tok_is(t, "ebn") || tok_is(t, "ibni") ||
	       tok_is(t, "bn");
}

static int is_allah(const rawtok *t)
{
	if (t->n != 4 && t->n != 5)
		return 0;
	return tok_is(t, "allah") || tok_is(t, "ullah") || tok_is(t, "ollah") ||
	       tok_is(t, "ellah") || tok_is(t, "illah") || tok_is(t, "alla") ||
	       tok_is_ar(t, AR_ALLAH, 4);
}

/*
 * Titles that one spelling carries and another leaves out: Mullah, Haji,
 * Sheikh, Dr, Mawlawi, Qari... (dropped when the name has other words).
 * Words that are also given names (Amir, Imam, Sayyid) are kept.
 */
static int is_title(const rawtok *t)
{
	static const char *const lat[] = {
		"mullah", "mulla", "mollah", "molla", "haji", "hajji", "hadji", "alhaj",
		"alhajj", "sheikh", "shaikh", "sheik", "shaykh", "cheikh", "dr", "mr",
		"mrs", "prof", "mawlawi", "maulvi", "maulavi", "mawlavi", "molvi", "qari",
		"gen", "general", "eng", "engineer", "ayatollah", "ayatullah",
		"hojatoleslam", NULL
	};
	/* ملا حاجی حاج الحاج شیخ الشيخ مولوی قاری آیت‌الله */
	static const unsigned int ar[][8] = {
		{ 0x645, 0x644, 0x627 }, { 0x62D, 0x627, 0x62C, 0x64A },
		{ 0x62D, 0x627, 0x62C }, { 0x627, 0x644, 0x62D, 0x627, 0x62C },
		{ 0x634, 0x64A, 0x62E }, { 0x627, 0x644, 0x634, 0x64A, 0x62E },
		{ 0x645, 0x648, 0x644, 0x648, 0x64A }, { 0x642, 0x627, 0x631, 0x64A },
		{ 0x627, 0x64A, 0x62A, 0x627, 0x644, 0x644, 0x647 },
	};
	int i;
	if (t->n > 12 || t->n < 2)
		return 0;
	if (t->script == MWZ__NM_LATIN) {
		/* first letters of the titles above */
		if (!strchr("acdeghmpqs", (int)t->c[0]))
			return 0;
		for (i = 0; lat[i]; i++)
			if ((unsigned char)lat[i][0] == t->c[0] && tok_is(t, lat[i]))
				return 1;
		return 0;
	}
	for (i = 0; i < (int)(sizeof ar / sizeof ar[0]); i++) {
		int n = 0;
		if (ar[i][0] != t->c[0])
			continue;
		while (n < 8 && ar[i][n])
			n++;
		if (tok_is_ar(t, ar[i], n))
			return 1;
	}
	return 0;
}

/* Abbreviations of Muhammad: Mohd, Md, Muhd. */
static void expand_abbrev(rawname *rn)
{
	static const unsigned int mhmd[] = { 'm', 'u', 'h', 'a', 'm', 'm', 'a', 'd' };
	int k;
	for (k = 0; k < rn->n; k++) {
		rawtok *t = &rn->t[k];
		if (t->n > 4 || t->c[0] != 'm' || t->script != MWZ__NM_LATIN)
			continue;
		if (tok_is(t, "mohd") || tok_is(t, "muhd") || tok_is(t, "md") || tok_is(t, "mhd")) {
			memcpy(t->c, mhmd, sizeof mhmd);
			t->n = 8;
		}
	}
}

/* Abd as a word of its own: abd, abdul, abdel, abdal, abdol, abdu, abdur... */
static int is_abd(const rawtok *t)
{
	if (t->script == MWZ__NM_ARABIC)
		return tok_is_ar(t, AR_ABD, 3);
	if (t->n < 3 || t->n > 5 || t->c[0] != 'a' || t->c[1] != 'b' || t->c[2] != 'd')
		return 0;
	if (t->n == 3)
		return 1;
	if (!is_vowel(t->c[3]))
		return 0;
	return t->n == 4 || strchr("lrsdtzn", (int)t->c[4]) != NULL;
}

static void tok_append(rawtok *d, const unsigned int *c, int n)
{
	int k = n;
	if (d->n + k > MWZ__NM_MAXC)
		k = MWZ__NM_MAXC - d->n;
	if (k > 0) {
		memcpy(d->c + d->n, c, (size_t)k * sizeof *c);
		d->n += k;
	}
}

/* Drop a leading Arabic article from a token (for the word after Abd). */
static void strip_ar_article(rawtok *t)
{
	if (t->script == MWZ__NM_ARABIC && t->n >= 4 && t->c[0] == 0x627 &&
	    t->c[1] == 0x644 && !tok_is_ar(t, AR_ALLAH, 4)) {
		memmove(t->c, t->c + 2, (size_t)(t->n - 2) * sizeof t->c[0]);
		t->n -= 2;
	}
}

/* Latin suffix -ullah/-ollah/-ellah/-illah becomes -allah. */
static void latin_allah(rawtok *t)
{
	int n = t->n;
	if (t->script != MWZ__NM_LATIN || n < 7)
		return;
	if (t->c[n - 4] == 'l' && t->c[n - 3] == 'l' && t->c[n - 2] == 'a' &&
	    t->c[n - 1] == 'h' && strchr("uoei", (int)t->c[n - 5]))
		t->c[n - 5] = 'a';
}

/* Fused Abd: abdulaziz, abdelkader, abdurrahman -> abd + rest. */
static void latin_fused_abd(rawtok *t)
{
	int n = t->n, cut = 0;
	const unsigned int *c = t->c;
	if (t->script != MWZ__NM_LATIN || n < 7 || c[0] != 'a' || c[1] != 'b' ||
	    c[2] != 'd' || !is_vowel(c[3]))
		return;
	if (n == 8 && c[4] == 'l' && c[5] == 'l' && c[6] == 'a' && c[7] == 'h')
		return; /* abdallah: abd + allah already */
	if (c[4] == 'l')
		cut = 5;
	else if (c[4] == c[5] && strchr("tdrzsnl", (int)c[4]))
		cut = 5;
	if (!cut || n - cut < 3)
		return;
	memmove(t->c + 3, t->c + cut, (size_t)(n - cut) * sizeof t->c[0]);
	t->n = n - cut + 3;
}

/* Fused Arabic Abd al-: عبدالعزيز -> عبد + عزيز (but عبدالله stays). */
static void arabic_fused_abd(rawtok *t)
{
	if (t->script != MWZ__NM_ARABIC || t->n < 7 || memcmp(t->c, AR_ABD, sizeof AR_ABD) ||
	    t->c[3] != 0x627 || t->c[4] != 0x644)
		return;
	if (t->n == 7 && t->c[5] == 0x644 && t->c[6] == 0x647)
		return;
	memmove(t->c + 3, t->c + 5, (size_t)(t->n - 5) * sizeof t->c[0]);
	t->n -= 2;
}

/* Move tokens [0, k) after the others. */
static void rotate_tokens(rawname *rn, int k)
{
	int i;
	for (i = 0; i < k; i++) {
		rawtok tmp = rn->t[0];
		memmove(&rn->t[0], &rn->t[1], (size_t)(rn->n - 1) * sizeof rn->t[0]);
		rn->t[rn->n - 1] = tmp;
	}
}

/*
 * Where a compound is written as one word or two, make it two:
 * Sirajuddin / Siraj ad-Din / سراج‌الدين -> siraj + din; Abubakr -> abu + bakr.
 */
static void split_compounds(rawname *rn)
{
	static const char *const din[] = { "uddin", "uddeen", "eddin", "eddine",
		"addin", "oddin", "iddin", NULL };
	static const unsigned int AR_DIN[] = { 0x627, 0x644, 0x62F, 0x64A, 0x646 };
	int k, max = (int)(sizeof rn->t / sizeof rn->t[0]);
	for (k = 0; k < rn->n && rn->n < max; k++) {
		rawtok *t = &rn->t[k];
		int cut = 0, rest = 0, d;
		if (t->script == MWZ__NM_LATIN) {
			int maybe = t->n >= 7 && t->c[t->n - 1] == 'n' &&
			            (t->c[t->n - 2] == 'i' || t->c[t->n - 2] == 'e');
			for (d = 0; maybe && din[d] && !cut; d++) {
				int l = (int)strlen(din[d]), i;
				if (t->n < l + 3)
					continue;
				for (i = 0; i < l; i++)
					if (t->c[t->n - l + i] != (unsigned char)din[d][i])
						break;
				if (i == l) {
					cut = t->n - l;
					rest = 3; /* "din" */
				}
			}
			if (!cut && t->n >= 6 && t->c[0] == 'a' && t->c[1] == 'b' &&
			    (t->c[2] == 'u' || (t->c[2] == 'o' && t->c[3] == 'u')) &&
			    !is_vowel(t->c[t->c[2] == 'u' ? 3 : 4]))
				cut = t->c[2] == 'u' ? 3 : 4; /* abubakr */
		} else if (t->n >= 7 && memcmp(t->c + t->n - 5, AR_DIN, sizeof AR_DIN) == 0) {
			cut = t->n - 5;
			rest = 3; /* دين */
		}
		if (!cut)
			continue;
		memmove(&rn->t[k + 2], &rn->t[k + 1], (size_t)(rn->n - k - 1) * sizeof rn->t[0]);
		rn->n++;
		rn->t[k + 1].script = t->script;
		if (rest) {
			memcpy(rn->t[k + 1].c, t->c + t->n - rest, (size_t)rest * sizeof t->c[0]);
			rn->t[k + 1].n = rest;
			if (t->script == MWZ__NM_LATIN) {
				rn->t[k + 1].c[0] = 'd';
				rn->t[k + 1].c[1] = 'i';
				rn->t[k + 1].c[2] = 'n';
			}
		} else {
			rn->t[k + 1].n = t->n - cut;
			memcpy(rn->t[k + 1].c, t->c + cut, (size_t)(t->n - cut) * sizeof t->c[0]);
		}
		t->n = cut;
		k++;
	}
}

/* ------------------------------------------------------------------ */
/* Words to symbols                                                    */
/* ------------------------------------------------------------------ */

static void emit(mwz__nm_word *w, int s)
{
	if (w->n && w->sym[w->n - 1] == s)
		return; /* Latin doubled letters (shadda) count once */
	if (w->n < MWZ__NM_MAXS)
		w->sym[w->n++] = (unsigned char)s;
}

/* In Arabic script two like letters are two consonants (shadda is a mark). */
static void emit_ar(mwz__nm_word *w, int s)
{
	if (w->n < MWZ__NM_MAXS)
		w->sym[w->n++] = (unsigned char)s;
}

/*
 * Letters [from, n) close the word's last syllable: one consonant or more,
 * no vowel. A Latin ou/oo/uu or ee/ie/ii there is a long vowel that the
 * Arabic writes (Mahmoud, Masoud, Rasheed, Hussien); earlier in a word a
 * French ou is as often a short u that it does not (Mourad, Moustafa).
 */
static int last_syllable(const unsigned int *c, int from, int n)
{
	int i;
	if (from >= n)
		return 0;
	for (i = from; i < n; i++)
		if (is_vowel(c[i]) || c[i] == 'y' || c[i] == 'w')
			return 0;
	return 1;
}

/*
 * A French-style spelling writes every u as ou, short or long (Youssouf,
 * Moussoul): after an earlier ou, a last-syllable ou proves nothing.
 */
static int ou_before(const unsigned int *c, int i)
{
	int k;
	for (k = 0; k + 1 < i; k++)
		if (c[k] == 'o' && c[k + 1] == 'u')
			return 1;
	return 0;
}

static void latin_symbols(mwz__nm_word *w, const rawtok *t, int turkish)
{
	const unsigned int *c = t->c;
	int n = t->n, i = 0;
	w->n = 0;
	w->pre = 0;
	w->script = MWZ__NM_LATIN;
	while (i < n) {
		unsigned int ch = c[i], nx = i + 1 < n ? c[i + 1] : 0,
		             nx2 = i + 2 < n ? c[i + 2] : 0;
		int prev_v = w->n && is_vowel(w->sym[w->n - 1]);
		if (i == 2 && w->n == 2 && n >= 6 && (c[0] == 'a' || c[0] == 'e') &&
		    c[1] == 'l' && ch != 'l')
			w->pre = 2; /* fused article: alsadr, elbaradei */
		switch (ch) {
		case 'a': case 'e': case 'o':
			if (ch == 'o' && nx == 'u' && is_vowel(nx2)) {
				emit(w, 'u'); /* French ou before a vowel: Mouammar */
				i += 2;
				continue;
			}
			if (ch == 'o' && (nx == 'u' || nx == 'o')) {
				/* long u: Mahmoud; firm in the last syllable */
				emit(w, last_syllable(c, i + 2, n) && !ou_before(c, i) ? 'U' : 'W');
				i += 2;
				continue;
			}
			if (ch == 'e' && nx == 'e') {
				emit(w, last_syllable(c, i + 2, n) ? 'I' : 'Y'); /* long i: Saeed */
				i += 2;
				continue;
			}
			if (ch == 'a' && nx == 'a') {
				emit(w, 'A'); /* long a: Aamir */
				i += 2;
				continue;
			}
			if ((nx == 'i' || nx == 'y') && !is_vowel(nx2) && nx2 != 'y') {
				emit(w, (int)ch);
				emit(w, 'y');
				i += 2;
				continue;
			}
			emit(w, (int)ch);
			i++;
			continue;
		case 'i':
			if (nx == 'i' || (nx == 'e' && !is_vowel(nx2))) {
				emit(w, last_syllable(c, i + 2, n) ? 'I' : 'Y'); /* Hussien, -ie */
				i += 2;
				continue;
			}
			emit(w, i == n - 1 ? 'Y' : 'i'); /* final -i: nisba, yeh */
			i++;
			continue;
		case 'w':
			if (i > 0 && (c[i - 1] == 'u' || c[i - 1] == 'o') && is_vowel(nx)) {
				i++; /* suwaidi = suaidi */
				continue;
			}
			break;
		case 'u':
			if (nx == 'u') {
				emit(w, last_syllable(c, i + 2, n) ? 'U' : 'W');
				i += 2;
				continue;
			}
			emit(w, i == n - 1 ? 'W' : 'u'); /* final -u: Abu */
			i++;
			continue;
		case 'y':
			if (i > 0 && c[i - 1] == 'i' && is_vowel(nx)) {
				i++; /* ziyad = ziad */
				continue;
			}
			emit(w, (w->n == 0 || is_vowel(nx) || prev_v) ? 'y' : i == n - 1 ? 'Y' : 'i');
			i++;
			continue;
		case 'k':
			if (nx == 'h') { emit(w, 'x'); i += 2; continue; }
			break;
		case 'g':
			if (nx == 'h') { emit(w, 'G'); i += 2; continue; }
			break;
		case 's':
			if (nx == 'h') { emit(w, 'S'); i += 2; continue; }
			if (nx == 'c' && nx2 == 'h') { emit(w, 'S'); i += 3; continue; }
			break;
		case 0xE7: /* ç: French s, Turkish ch (Çelik, Koç) */
			emit(w, turkish ? 'C' : 's');
			i++;
			continue;
		case 'c':
			if (nx == 'h') { emit(w, 'C'); i += 2; continue; }
			if (turkish && nx != 'k') { emit(w, 'j'); i++; continue; } /* Öcalan, Necdet */
			if (nx == 'k' || nx == 'q') { emit(w, 'k'); i += 2; continue; }
			/* soft c: s (Cecil), or j in Turkish (Cemal, Recep) and Italian */
			emit(w, (nx == 'e' || nx == 'i' || nx == 'y') ? 'c' : 'k');
			i++;
			continue;
		case 't':
			if (nx == 'h') { emit(w, 'T'); i += 2; continue; }
			if (nx == 'c' && nx2 == 'h') { emit(w, 'C'); i += 3; continue; }
			break;
		case 'd':
			if (nx == 'h') { emit(w, 'D'); i += 2; continue; }
			if (nx == 'j') { emit(w, 'j'); i += 2; continue; }
			if (nx == 'z' && nx2 == 'h') { emit(w, 'j'); i += 3; continue; }
			break;
		case 'z':
			if (nx == 'h') { emit(w, 'Z'); i += 2; continue; }
			break;
		case 'p':
			if (nx == 'h') { emit(w, 'f'); i += 2; continue; }
			break;
		case 'x':
			emit(w, 'k');
			emit(w, 's');
			i++;
			continue;
		case 'h':
			if (i == n - 1 && prev_v) { emit(w, 'H'); i++; continue; }
			break;
		}
		emit(w, (int)ch);
		i++;
	}
}

static int arabic_symbol(unsigned int c)
{
	switch (c) {
	case 0x627: case 0x623: return 'A';
	case 0x621: return '\'';
	case 0x628: return 'b';
	case 0x67E: return 'p';
	case 0x62A: case 0x637: return 't';
	case 0x62B: return 'T';
	case 0x62C: return 'j';
	case 0x686: return 'C';
	case 0x62D: return 'h';
	case 0x62E: return 'x';
	case 0x62F: return 'd';
	case 0x630: case 0x638: case 0x636: return 'D'; /* dh, d, z */
	case 0x631: return 'r';
	case 0x632: return 'z';
	case 0x698: return 'Z';
	case 0x633: case 0x635: return 's';
	case 0x634: return 'S';
	case 0x639: return '3';
	case 0x63A: return 'G';
	case 0x641: return 'f';
	case 0x6A4: return 'v';
	case 0x642: return 'q';
	case 0x643: return 'k';
	case 0x6AF: return 'g';
	case 0x644: return 'l';
	case 0x645: return 'm';
	case 0x646: return 'n';
	case 0x647: return 'h';
	case 0x648: return 'W';
	case 0x64A: case 0x649: return 'Y';
	case 0x629: return 'Q';
	default: return 0;
	}
}

static void arabic_symbols(mwz__nm_word *w, const rawtok *t)
{
	int i, n = t->n;
	w->n = 0;
	w->pre = 0;
	w->script = MWZ__NM_ARABIC;
	for (i = 0; i < n; i++) {
		unsigned int c = t->c[i];
		int s;
		if (i == 2 && w->n == 2 && n >= 4 && t->c[0] == 0x627 && t->c[1] == 0x644 &&
		    c != 0x644)
			w->pre = 2; /* the article al- */
		if (c == 0x62A && i + 1 < n && t->c[i + 1] == 0x634) {
			emit_ar(w, 'C'); /* تش: ch in foreign names */
			i++;
			continue;
		}
		if (i == 0 && (c == 0x627 || c == 0x623))
			s = 'E';
		else if (i == n - 1 && c == 0x649)
			s = 'V'; /* -a (مصطفى), or -i written the Egyptian way (على for علي) */
		else if (i == n - 1 && c == 0x647 && n >= 3)
			s = 'H';
		else
			s = arabic_symbol(c);
		/* -allah: the article's lam merges with the lam of lah */
		if (s == 'l' && i >= 1 && t->c[i - 1] == 0x644 && i + 2 == n &&
		    t->c[i + 1] == 0x647)
			s = 0;
		if (s)
			emit_ar(w, s);
	}
}

/*
 * A Latin digraph against two Arabic letters: th = ت+ح (Fathi), sh = س+ح
 * (Ishaq), dh = د+ه (Adham), kh = ك+ه, zh = ز+ه, ch = ت+ش (foreign names).
 * Returns the first of the two Arabic symbols (the second is h or S).
 */
static int digraph_first(int latin_sym, int *second)
{
	*second = 'h';
	switch (latin_sym) {
	case 'T': return 't';
	case 'S': return 's';
	case 'D': return 'd';
	case 'x': return 'k';
	case 'Z': return 'z';
	case 'C': *second = 'S'; return 't';
	default: return 0;
	}
}
#define DIGRAPH_COST 10

static void word_mass(mwz__nm_word *w)
{
	int i, a = w->script == MWZ__NM_ARABIC;
	const unsigned char *same = idl_tab[a * 2], *cross = idl_tab[a * 2 + 1];
	unsigned int ms = 0, mc = 0;
	w->digraph = 0;
	for (i = 0; i < w->n; i++) {
		int dummy;
		if (i >= w->pre) {
			ms += same[w->sym[i] & 127];
			mc += cross[w->sym[i] & 127];
		}
		if (!a && digraph_first(w->sym[i], &dummy))
			w->digraph = 1;
	}
	w->mass_same = (unsigned short)ms;
	w->mass_cross = (unsigned short)mc;
}

static int parse(mwz__nm_name *out, const char *s, size_t len, size_t *bad, int nfkc_done);

int mwz__nm_parse(mwz__nm_name *out, const char *s, size_t len, size_t *bad)
{
	return parse(out, s, len, bad, 0);
}

/*
 * Text with presentation forms (ﻣﺤﻤﺪ), ligatures (ﷲ) or fullwidth letters
 * goes through the library's NFKC first; only such rare text allocates.
 */
static int parse_nfkc(mwz__nm_name *out, const char *s, size_t len, size_t *bad)
{
	char *t = NULL;
	size_t tl = 0;
	int rc = mwz_normalize(&t, &tl, NULL, s, len, MWZ_NORM_NFKC | MWZ_NORM_LATIN_MARKS, NULL);
	if (rc != MWZ_OK)
		return parse(out, s, len, bad, 1);
	rc = parse(out, t, tl, NULL, 1);
	mwz_free(t);
	return rc;
}

static int parse(mwz__nm_name *out, const char *s, size_t len, size_t *bad, int nfkc_done)
{
	rawname rn;
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0;
	int cur = -1, prev_lower = 0, k, j, dropped_titles = 0, ncomma = 0, comma_at = 0;
	int turkish = 0; /* Turkish letters in the name: its c is j, its ç ch */
	out->nw = 0;
	rn.n = 0;
	while (i < len) {
		unsigned int cp;
		char lat[3];
		int upper, kind, l;
		if (u[i] < 0x80) {
			cp = u[i];
			l = 1;
		} else {
			l = mwz__utf8_decode(u, len, i, &cp);
		}
		if (l < 0) {
			if (bad)
				*bad = i;
			return MWZ_EUTF8;
		}
		i += (size_t)l;
		if (cp == 0x11E || cp == 0x11F || cp == 0x130 || cp == 0x131 || cp == 0x15E ||
		    cp == 0x15F || cp == 0xD6 || cp == 0xF6 || cp == 0xDC || cp == 0xFC)
			turkish = 1; /* letters of Turkish spelling (and German o/u umlauts) */
		kind = classify(&cp, lat, &upper);
		if (cp >= '2' && cp <= '9' && cp != '4' &&
		    ((cur >= 0 && rn.t[cur].script == MWZ__NM_LATIN) ||
		     (i < len && (u[i] | 0x20) >= 'a' && (u[i] | 0x20) <= 'z'))) {
			/* Arabizi, a digit for a letter inside a Latin word: 2 hamza
			 * and 3 ʿayn (marks, as ' and ʿ are), 5 kh, 6 t, 7 h, 8 gh,
			 * 9 s (Mo7amed, 5aled, 3ali) */
			static const char *const arabizi[] = { "'", "'", "", "kh", "t", "h", "gh", "s" };
			const char *a = arabizi[cp - '2'];
			if (a[0] == '\'') {
				kind = K_APOS;
			} else {
				kind = K_LAT;
				upper = 0;
				strcpy(lat, a);
			}
		}
		if (kind == K_NORM) {
			if (!nfkc_done) {
				/* the rest must be valid before we hand it over */
				size_t j2 = i, b2;
				if (mwz_utf8_validate(s + j2, len - j2, &b2) != MWZ_OK) {
					if (bad)
						*bad = j2 + b2;
					return MWZ_EUTF8;
				}
				return parse_nfkc(out, s, len, bad);
			}
			kind = K_SEP;
		}
		if (kind == K_SKIP || kind == K_APOS)
			continue;
		if (kind == K_SEP) {
			if (cp == ',' || cp == 0x60C) { /* a comma, Latin or Arabic */
				ncomma++;
				comma_at = rn.n;
			}
			cur = -1;
			prev_lower = 0;
			continue;
		}
		/* a new word at a script change or a camelCase capital */
		if (cur >= 0 && (rn.t[cur].script != (kind == K_LAT ? MWZ__NM_LATIN : MWZ__NM_ARABIC) ||
		                 (upper && prev_lower)))
			cur = -1;
		if (cur < 0) {
			if (rn.n >= (int)(sizeof rn.t / sizeof rn.t[0])) {
				/* too many words: ignore the rest, but not bad UTF-8 in it */
				size_t b2;
				if (mwz_utf8_validate(s + i, len - i, &b2) != MWZ_OK) {
					if (bad)
						*bad = i + b2;
					return MWZ_EUTF8;
				}
				break;
			}
			cur = rn.n++;
			rn.t[cur].n = 0;
			rn.t[cur].script = kind == K_LAT ? MWZ__NM_LATIN : MWZ__NM_ARABIC;
		}
		if (kind == K_LAT) {
			for (k = 0; lat[k]; k++)
				if (rn.t[cur].n < MWZ__NM_MAXC)
					rn.t[cur].c[rn.t[cur].n++] = (unsigned char)lat[k];
			prev_lower = !upper;
		} else {
			if (rn.t[cur].n < MWZ__NM_MAXC)
				rn.t[cur].c[rn.t[cur].n++] = cp;
			prev_lower = 0;
		}
	}
	/* "Surname, Given Names" as in official lists: put the surname last */
	if (ncomma == 1 && comma_at > 0 && comma_at < rn.n)
		rotate_tokens(&rn, comma_at);
	/* Rules between words: articles, nasab, Abd + X, X + Allah, X al-Din. */
	for (k = 0; k < rn.n; k++) {
		latin_allah(&rn.t[k]);
		latin_fused_abd(&rn.t[k]);
		arabic_fused_abd(&rn.t[k]);
	}
	split_compounds(&rn);
	expand_abbrev(&rn);
	j = 0;
	for (k = 0; k < rn.n; k++) {
		rawtok *t = &rn.t[k];
		int more = k + 1 < rn.n;
		if (more && (is_article(t) || is_nasab(t)))
			continue;
		if (rn.n - dropped_titles > 1 && is_title(t)) {
			dropped_titles++;
			continue;
		}
		if (is_allah(t) && j > 0 && t->script == rn.t[j - 1].script &&
		    !is_abd(&rn.t[j - 1]) && rn.t[j - 1].n + 4 <= MWZ__NM_MAXC) {
			static const unsigned int lat_allah[] = { 'a', 'l', 'l', 'a', 'h' };
			if (t->script == MWZ__NM_LATIN)
				tok_append(&rn.t[j - 1], lat_allah, 5);
			else
				tok_append(&rn.t[j - 1], AR_ALLAH, 4);
			continue;
		}
		if (j != k)
			rn.t[j] = *t;
		j++;
	}
	rn.n = j;
	/* Abd + next word (its article dropped) */
	j = 0;
	for (k = 0; k < rn.n; k++) {
		rawtok *t = &rn.t[k];
		if (is_abd(t) && k + 1 < rn.n && rn.t[k + 1].script == t->script) {
			rawtok *nx = &rn.t[k + 1];
			rn.t[j] = *t;
			rn.t[j].n = 3;
			if (t->script == MWZ__NM_LATIN && is_allah(nx)) {
				static const unsigned int lat_allah[] = { 'a', 'l', 'l', 'a', 'h' };
				tok_append(&rn.t[j], lat_allah, 5);
			} else {
				strip_ar_article(nx);
				tok_append(&rn.t[j], nx->c, nx->n);
			}
			j++;
			k++;
			continue;
		}
		if (j != k)
			rn.t[j] = *t;
		j++;
	}
	rn.n = j;
	/* a lone Abdul/Abdel (nothing after it) is Abd */
	for (k = 0; k < rn.n; k++)
		if (rn.t[k].script == MWZ__NM_LATIN && rn.t[k].n == 5 && is_abd(&rn.t[k]) &&
		    rn.t[k].c[4] == 'l')
			rn.t[k].n = 3;
	for (k = 0; k < rn.n && out->nw < MWZ__NM_MAXW; k++) {
		mwz__nm_word *w = &out->w[out->nw];
		if (rn.t[k].script == MWZ__NM_LATIN)
			latin_symbols(w, &rn.t[k], turkish);
		else
			arabic_symbols(w, &rn.t[k]);
		if (w->n == 0)
			continue;
		w->initial = rn.t[k].script == MWZ__NM_LATIN && rn.t[k].n == 1;
		/* Ziaul Haq, Fazlur Rahman: the next word's article on this one */
		w->suf = rn.t[k].script == MWZ__NM_LATIN && k + 1 < rn.n && w->n >= 4 &&
		         w->sym[w->n - 2] == 'u' && strchr("lrsdntz", w->sym[w->n - 1]) ? 2 : 0;
		word_mass(w);
		out->nw++;
	}
	return MWZ_OK;
}

/* ------------------------------------------------------------------ */
/* Comparing                                                           */
/* ------------------------------------------------------------------ */


/*
 * Leaving out an optional article: almost free for Arabic al- (spellings
 * often drop it), dearer for a Latin word that only may start with one
 * (Alsadr, but also Alterman).
 */
#define PRE_COST(w) ((w)->script == MWZ__NM_ARABIC ? 5 : 20)
/* Leaving out an optional trailing -ul/-ur (see names.h). */
#define SUF_COST 10

/* Weighted edit distance of two words, x100; optional prefixes are cheap. */
static unsigned int word_cost(mwz_matcher_t *m, const mwz__nm_word *a,
                              const mwz__nm_word *b, unsigned int limit)
{
	int cross = a->script != b->script;
	const unsigned char *da = m->idl[(a->script == MWZ__NM_ARABIC) * 2 + cross];
	const unsigned char *db = m->idl[(b->script == MWZ__NM_ARABIC) * 2 + cross];
	int i, j, na = a->n, nb = b->n;
	int a_lat = cross && a->script == MWZ__NM_LATIN && a->digraph;
	int b_lat = cross && b->script == MWZ__NM_LATIN && b->digraph;
	unsigned short (*D)[MWZ__NM_MAXS + 1] = m->dp;
	unsigned char bfirst[MWZ__NM_MAXS], bsec[MWZ__NM_MAXS];
	if (b_lat)
		for (j = 0; j < nb; j++) {
			int sec;
			bfirst[j] = (unsigned char)digraph_first(b->sym[j], &sec);
			bsec[j] = (unsigned char)sec;
		}
	D[0][0] = 0;
	for (j = 1; j <= nb; j++)
		D[0][j] = (unsigned short)(j <= b->pre ? PRE_COST(b) : D[0][j - 1] + db[b->sym[j - 1]]);
	for (i = 1; i <= na; i++) {
		int ca = a->sym[i - 1], sec = 0;
		const unsigned char *subrow = m->sub[ca];
		unsigned int dela = da[ca];
		int dfirst = a_lat ? digraph_first(ca, &sec) : 0;
		unsigned int rowmin;
		D[i][0] = (unsigned short)(i <= a->pre ? PRE_COST(a) : D[i - 1][0] + dela);
		rowmin = D[i][0];
		if (!dfirst && !b_lat) {
			/* the common case: no digraph step possible in this row */
			for (j = 1; j <= nb; j++) {
				int cb = b->sym[j - 1];
				unsigned int v = D[i - 1][j - 1] + subrow[cb];
				unsigned int d = D[i - 1][j] + dela;
				unsigned int s = D[i][j - 1] + db[cb];
				if (d < v)
					v = d;
				if (s < v)
					v = s;
				D[i][j] = (unsigned short)v;
				if (v < rowmin)
					rowmin = v;
			}
			if (rowmin > limit + DIGRAPH_COST && i < na - a->suf)
				return limit + 1;
			continue;
		}
		for (j = 1; j <= nb; j++) {
			int cb = b->sym[j - 1];
			unsigned int v = D[i - 1][j - 1] + subrow[cb];
			unsigned int d = D[i - 1][j] + dela;
			unsigned int s = D[i][j - 1] + db[cb];
			if (d < v)
				v = d;
			if (s < v)
				v = s;
			if (dfirst && j >= 2 && (cb == sec || (sec == 'h' && cb == 'H')) &&
			    b->sym[j - 2] == dfirst && (unsigned int)D[i - 1][j - 2] + DIGRAPH_COST < v)
				v = D[i - 1][j - 2] + DIGRAPH_COST;
			if (b_lat && i >= 2 && bfirst[j - 1] &&
			    (ca == bsec[j - 1] || (bsec[j - 1] == 'h' && ca == 'H')) &&
			    a->sym[i - 2] == bfirst[j - 1] &&
			    (unsigned int)D[i - 2][j - 1] + DIGRAPH_COST < v)
				v = D[i - 2][j - 1] + DIGRAPH_COST;
			D[i][j] = (unsigned short)v;
			if (v < rowmin)
				rowmin = v;
		}
		/* every path crosses this row: past the limit, stop (the digraph
		 * step may skip a row, so allow for it) */
		if (rowmin > limit + DIGRAPH_COST && i < na - a->suf)
			return limit + 1;
	}
	{
		unsigned int best = D[na][nb];
		if (a->suf && (unsigned int)D[na - a->suf][nb] + SUF_COST < best)
			best = D[na - a->suf][nb] + SUF_COST;
		if (b->suf && (unsigned int)D[na][nb - b->suf] + SUF_COST < best)
			best = D[na][nb - b->suf] + SUF_COST;
		if (a->suf && b->suf && (unsigned int)D[na - a->suf][nb - b->suf] + SUF_COST < best)
			best = D[na - a->suf][nb - b->suf] + SUF_COST;
		return best;
	}
}

static char key_class(int s);

/* An initial against a word that starts with its letter. */
#define INITIAL_SIM 0.75f

/* Word similarities below this are computed roughly (they only matter as "low"). */
#define SIM_FLOOR 0.30f

static float word_sim(mwz_matcher_t *m, const mwz__nm_word *a, const mwz__nm_word *b,
                      int exact)
{
	int cross = a->script != b->script;
	unsigned int cost, den;
	float s;
	if (a->n == b->n && a->script == b->script && a->pre == b->pre &&
	    memcmp(a->sym, b->sym, a->n) == 0)
		return 1.0f;
	if (a->initial != b->initial) { /* M. against Mohammad */
		const mwz__nm_word *ini = a->initial ? a : b, *full = a->initial ? b : a;
		int x = ini->sym[0], y = full->sym[full->pre];
		if (x == y || m->sub[x][y] <= 20 || (key_class(x) && key_class(x) == key_class(y)))
			return INITIAL_SIM;
		return 0.0f;
	}
	den = cross ? (unsigned int)a->mass_cross + b->mass_cross
	            : (unsigned int)a->mass_same + b->mass_same;
	if (den < 200)
		den = 200;
	/* below SIM_FLOOR a pair never beats leaving both words unpaired */
	cost = word_cost(m, a, b, exact ? 0xFFFFu
	                                : (unsigned int)((1.0f - SIM_FLOOR) * (float)den / 2.0f) + 1);
	s = 1.0f - 2.0f * (float)cost / (float)den;
	return s < 0 ? 0 : s;
}

/*
 * Credit of a word left without a partner, against 1 for a perfect pair: a
 * word of the longer name that the shorter one leaves out (a middle name, a
 * nasab) costs less than a word of the shorter name that finds no partner.
 */
#define MISS_LONG 0.45f
#define MISS_SHORT 0.20f
#define ORDER_COST 0.25f

/* Two words joined into one (Abu Bakr = Abubakr, Nasr Allah = Nasrallah). */
static void join_words(mwz__nm_word *out, const mwz__nm_word *x, const mwz__nm_word *y)
{
	int from = y->pre, k;
	/* before a moon letter the article's l is heard: Dhu l-Fiqar = Zulfiqar */
	if (y->pre == 2 && y->script == MWZ__NM_ARABIC && y->n > 2 &&
	    !strchr("tTdDrzsSln", y->sym[2]))
		from = 1;
	*out = *x;
	out->suf = 0;
	k = y->n - from;
	if (out->n + k > MWZ__NM_MAXS)
		k = MWZ__NM_MAXS - out->n;
	if (k > 0) {
		memcpy(out->sym + out->n, y->sym + from, (size_t)k);
		out->n = (unsigned char)(out->n + k);
	}
	word_mass(out);
}

double mwz__nm_compare(mwz_matcher_t *m, const mwz__nm_name *a,
                       const mwz__nm_name *b, double min)
{
	int n = a->nw, k = b->nw, i, j, used = 0, nsk = 0;
	float best, greedy;
	unsigned int ua = 0, ub = 0;
	if (n == 0 || k == 0)
		return 0.0;
	if (n > k) { /* a is the shorter name */
		const mwz__nm_name *t = a;
		a = b;
		b = t;
		n = a->nw;
		k = b->nw;
	}
	if (n == 1 && k == 1)
		return word_sim(m, &a->w[0], &b->w[0], 1);
	/* As many words a side: each word of a adds at most 2 times its best
	 * similarity, or a skip on each side (MISS_SHORT + MISS_LONG), to either
	 * way of matching. Once that bound is under min, the rest is not worth
	 * computing. */
	float bound = 2.0f * (float)n;
	for (i = 0; i < n; i++) {
		float top = 0;
		for (j = 0; j < k; j++) {
			m->sim[i][j] = word_sim(m, &a->w[i], &b->w[j], 0);
			if (m->sim[i][j] > top)
				top = m->sim[i][j];
		}
		if (k == n && min > 0) {
			bound -= 2.0f - (2.0f * top > MISS_SHORT + MISS_LONG ? 2.0f * top
			                                                    : MISS_SHORT + MISS_LONG);
			if (bound / (float)(n + k) < (float)min - 1e-4f)
				return bound / (float)(n + k);
		}
	}
	if (k > n)
		for (j = 0; j + 1 < k; j++) {
			join_words(&m->joined, &b->w[j], &b->w[j + 1]);
			for (i = 0; i < n; i++)
				m->msim[i][j] = word_sim(m, &a->w[i], &m->joined, 0);
		}
	/* in order */
	for (i = 0; i <= n; i++) {
		for (j = 0; j <= k; j++) {
			float v = -1e9f, t;
			if (i == 0 && j == 0) {
				m->wf[0][0] = 0;
				continue;
			}
			if (i > 0 && j > 0)
				v = m->wf[i - 1][j - 1] + 2.0f * m->sim[i - 1][j - 1];
			if (i > 0 && j > 1 && k > n &&
			    (t = m->wf[i - 1][j - 2] + 3.0f * m->msim[i - 1][j - 2]) > v)
				v = t;
			if (j > 0 && (t = m->wf[i][j - 1] + MISS_LONG) > v)
				v = t;
			if (i > 0 && (t = m->wf[i - 1][j] + MISS_SHORT) > v)
				v = t;
			m->wf[i][j] = v;
		}
	}
	best = m->wf[n][k] / (float)(n + k);
	if (n == 1)
		return best;
	/* out of order: greedy best pairs, at a cost */
	greedy = 0;
	for (used = 0; used < n; used++) {
		int bi = -1, bj = -1;
		float bs = MISS_SHORT;
		for (i = 0; i < n; i++) {
			if (ua & (1u << i))
				continue;
			for (j = 0; j < k; j++)
				if (!(ub & (1u << j)) && m->sim[i][j] > bs) {
					bs = m->sim[i][j];
					bi = i;
					bj = j;
				}
		}
		if (bi < 0)
			break;
		ua |= 1u << bi;
		ub |= 1u << bj;
		greedy += 2.0f * bs;
	}
	nsk = n - used;
	greedy += MISS_SHORT * (float)nsk + MISS_LONG * (float)(k - used);
	greedy = greedy / (float)(n + k) - ORDER_COST;
	return greedy > best ? greedy : best;
}

/*
 * Parse a and b, each into a slot of its own, unless a slot holds it already:
 * a run of comparisons of one name against many parses that one once,
 * whichever side it is on.
 */
static int parse_pair(mwz_matcher_t *m, const char *a, size_t alen, const char *b,
                      size_t blen, const mwz__nm_name **pa, const mwz__nm_name **pb)
{
	int ia = cached_slot(m, a, alen), ib = cached_slot(m, b, blen), rc;
	if (ia < 0) {
		ia = ib == 0 ? 1 : 0;
		rc = parse_cached(m, ia, a, alen);
		if (rc)
			return rc;
	}
	if (ib < 0) {
		ib = ia == 0 ? 1 : 0;
		rc = parse_cached(m, ib, b, blen);
		if (rc)
			return rc;
	}
	*pa = ia ? &m->nb : &m->na;
	*pb = ib ? &m->nb : &m->na;
	return MWZ_OK;
}

int mwz_name_similarity(double *score, mwz_matcher_t *m, const char *a,
                        size_t alen, const char *b, size_t blen)
{
	return mwz_name_similarity_min(score, m, a, alen, b, blen, -1.0);
}

int mwz_name_similarity_min(double *score, mwz_matcher_t *m, const char *a, size_t alen,
                            const char *b, size_t blen, double min)
{
	const mwz__nm_name *pa, *pb;
	int rc;
	if (!score || !m || (!a && alen) || (!b && blen))
		return MWZ_EINVAL;
	*score = 0;
	rc = parse_pair(m, a, alen, b, blen, &pa, &pb);
	if (rc)
		return rc;
	*score = mwz__nm_compare(m, pa, pb, min);
	return MWZ_OK;
}

/* A parsed name as kept: an mwz__nm_name cut after its nw words. */
struct mwz_name {
	mwz__nm_name n;
};

int mwz_name_parse(mwz_name_t **out, const char *name, size_t len)
{
	mwz__nm_name tmp;
	size_t bytes;
	int rc;
	if (!out || (!name && len))
		return MWZ_EINVAL;
	*out = NULL;
	rc = mwz__nm_parse(&tmp, name, len, NULL);
	if (rc)
		return rc;
	bytes = offsetof(mwz__nm_name, w) + (size_t)tmp.nw * sizeof tmp.w[0];
	*out = malloc(bytes);
	if (!*out)
		return MWZ_ENOMEM;
	memcpy(*out, &tmp, bytes);
	return MWZ_OK;
}

void mwz_name_free(mwz_name_t *name)
{
	free(name);
}

int mwz_name_similarity_parsed(double *score, mwz_matcher_t *m, const mwz_name_t *a,
                               const mwz_name_t *b, double min)
{
	if (!score || !m || !a || !b)
		return MWZ_EINVAL;
	*score = mwz__nm_compare(m, &a->n, &b->n, min);
	return MWZ_OK;
}

/* ------------------------------------------------------------------ */
/* Keys                                                                */
/* ------------------------------------------------------------------ */

static char key_class(int s)
{
	switch (s) {
	case 'b': case 'p': return 'B';
	case 't': return 'T';
	case 'T': case 'd': case 'D': case 'z': return 'D';
	case 'j': case 'g': case 'q': case 'k': case 'G': case 'Z': return 'K';
	case 'x': case 'h': return 'H';
	case 's': case 'S': case 'C': case 'c': return 'S';
	case 'f': return 'F';
	case 'l': return 'L';
	case 'm': return 'M';
	case 'n': return 'N';
	case 'r': return 'R';
	default: return 0; /* vowels, glides, ayn, hamza, final h */
	}
}

size_t mwz__nm_word_key(char *out, size_t cap, const mwz__nm_word *w, unsigned int alt)
{
	size_t k = 0;
	int i;
	char last = 0;
	for (i = (alt & MWZ__KEY_PREFIX) ? 0 : w->pre; i < w->n && k + 1 < cap; i++) {
		int sym = w->sym[i];
		char c;
		if (sym == 'v' && (alt & MWZ__KEY_V_AS_F))
			c = 'F';
		else if (sym == 'z' && (alt & MWZ__KEY_Z_AS_S))
			c = 'S';
		else
			c = key_class(sym);
		if (c && c != last)
			out[k++] = c;
		if (c)
			last = c;
	}
	if (cap)
		out[k] = 0;
	return k;
}

int mwz_name_key(char **out, size_t *outlen, mwz_matcher_t *m,
                 const char *name, size_t len)
{
	int rc, i;
	size_t k = 0;
	char *r;
	if (!out || !m || (!name && len))
		return MWZ_EINVAL;
	*out = NULL;
	if (outlen)
		*outlen = 0;
	rc = parse_cached(m, 0, name, len);
	if (rc)
		return rc;
	for (i = 0; i < m->na.nw; i++) {
		size_t l = mwz__nm_word_key(m->keybuf + k + (k > 0),
		                            sizeof m->keybuf - k - 1, &m->na.w[i], 0);
		if (l == 0)
			continue;
		if (k > 0)
			m->keybuf[k++] = ' ';
		k += l;
	}
	m->keybuf[k] = 0;
	r = malloc(k + 1);
	if (!r)
		return MWZ_ENOMEM;
	memcpy(r, m->keybuf, k + 1);
	*out = r;
	if (outlen)
		*outlen = k;
	return MWZ_OK;
}
