/*
 * gen_normtab.c - writes lib/normtab.c, the per-code-point tables that
 * lib/normalize.c runs on. Run by `make gen`; the output is committed so
 * that a normal build needs no generator.
 *
 * For every BMP code point it records: the canonical combining class; whether
 * it can be the second half of a canonical composition (so composition needs
 * the preceding character); its script class for script detection (ICU); the
 * one fold of muwazi's own (Arabic letters, punctuation, controls, spaces)
 * that applies to it and under which flag; and its single-character NFC,
 * NFKC, NFC+casefold and NFKC+casefold mappings as computed by utf8proc.
 * The folding policy (which character goes where) is the rule list below.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>

/* Flag bit numbers; must match MWZ_NORM_* in muwazi.h. */
enum {
	B_NFC = 0, B_NFKC = 1, B_CTRL = 2, B_CASE = 3, B_LATIN = 4, B_TASHKEEL = 5,
	B_TATWEEL = 6, B_ALEF = 7, B_YEH = 8, B_TEH = 9, B_HAMZA = 10,
	B_PERSIAN = 11, B_DIGITS = 12, B_BIDI = 13, B_APOS = 14, B_DASH = 15,
	B_QUOTE = 16, B_SPACE = 17
};

#define NCP 0x10000
#define DROP 0

static unsigned char ccc[NCP], comb2nd[NCP], ctx[NCP], script[NCP];
static unsigned char fold1[NCP], fold2[NCP];
static unsigned short foldto[NCP];
static unsigned int mapidx[NCP][4];
static unsigned char astral2nd[0x110000 / 8];

static unsigned int *pool;
static size_t npool, cappool;

static void setfold(unsigned int cp, int bit, unsigned int to)
{
	/* A second fold can only drop; the first fold wins when both apply. */
	if (fold1[cp] && fold1[cp] != bit + 1) {
		if (!fold2[cp] && to == DROP) {
			fold2[cp] = (unsigned char)(bit + 1);
			return;
		}
		if (!fold2[cp] && foldto[cp] == DROP) {
			fold2[cp] = fold1[cp];
			fold1[cp] = (unsigned char)(bit + 1);
			foldto[cp] = (unsigned short)to;
			return;
		}
		fprintf(stderr, "gen_normtab: U+%04X has two folds\n", cp);
		exit(1);
	}
	fold1[cp] = (unsigned char)(bit + 1);
	foldto[cp] = (unsigned short)to;
}

static void range(unsigned int a, unsigned int b, int bit, unsigned int to)
{
	unsigned int c;
	for (c = a; c <= b; c++)
		setfold(c, bit, to);
}

static void list(const unsigned int *cps, size_t n, int bit, unsigned int to)
{
	size_t i;
	for (i = 0; i < n; i++)
		setfold(cps[i], bit, to);
}
#define LIST(arr, bit, to) list(arr, sizeof arr / sizeof arr[0], bit, to)

static int is_mark(unsigned int cp)
{
	int cat = utf8proc_category((utf8proc_int32_t)cp);
	return cat == UTF8PROC_CATEGORY_MN || cat == UTF8PROC_CATEGORY_ME;
}

static int is_latin_letter(unsigned int cp)
{
	UErrorCode e = U_ZERO_ERROR;
	return u_isalpha((UChar32)cp) &&
	       uscript_getScript((UChar32)cp, &e) == USCRIPT_LATIN;
}

static void rules(void)
{
	unsigned int c;
	static const unsigned int apos[] = { 0x2019, 0x2018, 0x201A, 0x201B, 0x02BF,
		0x02BE, 0x02BC, 0x02BB, 0x02BD, 0x0060, 0x00B4, 0x2032, 0x2035, 0x02B9,
		0xFF40 };
	static const unsigned int dash[] = { 0x2010, 0x2011, 0x2012, 0x2013, 0x2014,
		0x2015, 0x2212, 0x2043, 0xFE58, 0xFE63, 0xFF0D, 0x2E3A, 0x2E3B, 0x058A,
		0x2E3A, 0x2E40, 0x301C, 0x30A0 };
	static const unsigned int quote[] = { 0x201C, 0x201D, 0x201E, 0x201F, 0x00AB,
		0x00BB, 0x2039, 0x203A, 0x2033, 0x2036, 0x301D, 0x301E, 0x301F, 0x2E42 };
	static const unsigned int space[] = { 0x0009, 0x000A, 0x000B, 0x000C,
		0x000D, 0x0020, 0x0085, 0x00A0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F,
		0x3000 };
	static const unsigned int bidi[] = { 0x061C, 0xFEFF, 0x00AD, 0x180E };
	static const unsigned int alef[] = { 0x0622, 0x0623, 0x0625, 0x0671, 0x0672,
		0x0673, 0x0675 };
	static const unsigned int p_yeh[] = { 0x06CC, 0x06CD, 0x06CE, 0x06D0, 0x06D1,
		0x06D2, 0x06D3, 0x0620 };
	static const unsigned int p_heh[] = { 0x06D5, 0x06BE, 0x06C0, 0x06C1, 0x06C2,
		0x06FF };
	static const unsigned int p_kaf[] = { 0x06A9, 0x06AA, 0x06AB };
	static const unsigned int p_waw[] = { 0x06C4, 0x06C5, 0x06C6, 0x06C7, 0x06C8,
		0x06C9, 0x06CA, 0x06CB };

	/* Controls: C0 but tab and newline, DEL, C1; stray BOMs. White space
	 * among them is set first, so under SPACE it becomes a space. */
	LIST(space, B_SPACE, 0x20);
	range(0x2000, 0x200A, B_SPACE, 0x20);
	for (c = 0; c < 0x20; c++)
		if (c != 0x09 && c != 0x0A)
			setfold(c, B_CTRL, DROP);
	setfold(0x7F, B_CTRL, DROP);
	range(0x80, 0x9F, B_CTRL, DROP);
	setfold(0xFEFF, B_CTRL, DROP);

	/* Latin letters with marks, and the marks themselves. */
	for (c = 0x80; c < NCP; c++) {
		utf8proc_int32_t buf[16];
		utf8proc_ssize_t n;
		if (c >= 0xAC00 && c <= 0xD7A3)
			continue;
		n = utf8proc_decompose_char((utf8proc_int32_t)c, buf, 16,
		                            UTF8PROC_DECOMPOSE, NULL);
		if (n > 1 && is_latin_letter((unsigned int)buf[0]) && is_mark((unsigned int)buf[1]))
			setfold(c, B_LATIN, (unsigned int)buf[0]);
	}
	for (c = 0x0300; c <= 0x036F; c++)
		setfold(c, B_LATIN, DROP);
	for (c = 0x1AB0; c <= 0x1AFF; c++)
		if (is_mark(c))
			setfold(c, B_LATIN, DROP);
	for (c = 0x1DC0; c <= 0x1DFF; c++)
		if (is_mark(c))
			setfold(c, B_LATIN, DROP);
	for (c = 0x20D0; c <= 0x20FF; c++)
		if (is_mark(c))
			setfold(c, B_LATIN, DROP);
	for (c = 0xFE20; c <= 0xFE2F; c++)
		if (is_mark(c))
			setfold(c, B_LATIN, DROP);
	/* Latin letters whose stroke is not a combining mark. */
	setfold(0x00D8, B_LATIN, 'O'); setfold(0x00F8, B_LATIN, 'o');
	setfold(0x0110, B_LATIN, 'D'); setfold(0x0111, B_LATIN, 'd');
	setfold(0x0126, B_LATIN, 'H'); setfold(0x0127, B_LATIN, 'h');
	setfold(0x0141, B_LATIN, 'L'); setfold(0x0142, B_LATIN, 'l');
	setfold(0x0166, B_LATIN, 'T'); setfold(0x0167, B_LATIN, 't');
	setfold(0x0131, B_LATIN, 'i'); setfold(0x0180, B_LATIN, 'b');
	setfold(0x0197, B_LATIN, 'I'); setfold(0x0268, B_LATIN, 'i');

	/* Arabic. */
	range(0x064B, 0x065F, B_TASHKEEL, DROP);
	setfold(0x0670, B_TASHKEEL, DROP);
	for (c = 0x06D6; c <= 0x06ED; c++)
		if (is_mark(c))
			setfold(c, B_TASHKEEL, DROP);
	for (c = 0x08D3; c <= 0x08FF; c++)
		if (is_mark(c))
			setfold(c, B_TASHKEEL, DROP);
	setfold(0x0640, B_TATWEEL, DROP);
	LIST(alef, B_ALEF, 0x0627);
	setfold(0x0649, B_YEH, 0x064A);
	setfold(0x0629, B_TEH, 0x0647);
	setfold(0x0624, B_HAMZA, 0x0648);
	setfold(0x0626, B_HAMZA, 0x064A);
	setfold(0x0676, B_HAMZA, 0x0648);
	setfold(0x0678, B_HAMZA, 0x064A);
	LIST(p_yeh, B_PERSIAN, 0x064A);
	LIST(p_heh, B_PERSIAN, 0x0647);
	LIST(p_kaf, B_PERSIAN, 0x0643);
	LIST(p_waw, B_PERSIAN, 0x0648);
	setfold(0x06C3, B_PERSIAN, 0x0629);
	setfold(0x06BA, B_PERSIAN, 0x0646);
	for (c = 0; c < 10; c++) {
		setfold(0x0660 + c, B_DIGITS, '0' + c);
		setfold(0x06F0 + c, B_DIGITS, '0' + c);
	}
	setfold(0x066B, B_DIGITS, '.');
	setfold(0x066C, B_DIGITS, ',');
	setfold(0x066A, B_DIGITS, '%');

	/* Invisible controls. */
	LIST(bidi, B_BIDI, DROP);
	range(0x200B, 0x200F, B_BIDI, DROP);
	range(0x202A, 0x202E, B_BIDI, DROP);
	range(0x2060, 0x2064, B_BIDI, DROP);
	range(0x2066, 0x2069, B_BIDI, DROP);

	/* Punctuation. */
	LIST(apos, B_APOS, '\'');
	LIST(dash, B_DASH, '-');
	LIST(quote, B_QUOTE, '"');
}

/* Append a mapping to the pool: index of [len, cps...]; 0 = identity. */
static unsigned int addmap(const utf8proc_int32_t *cps, size_t n)
{
	size_t i, at;
	if (npool + n + 1 > cappool) {
		cappool = cappool ? cappool * 2 : 4096;
		pool = realloc(pool, cappool * sizeof *pool);
		if (!pool)
			exit(1);
	}
	if (npool == 0)
		pool[npool++] = 0; /* index 0 stays "identity" */
	at = npool;
	pool[npool++] = (unsigned int)n;
	for (i = 0; i < n; i++)
		pool[npool++] = (unsigned int)cps[i];
	return (unsigned int)at;
}

static size_t map1(unsigned int cp, int opts, utf8proc_int32_t *out)
{
	utf8proc_int32_t buf[64];
	utf8proc_ssize_t n;
	int last = 0;
	n = utf8proc_decompose_char((utf8proc_int32_t)cp, buf, 64,
	                            (utf8proc_option_t)(opts | UTF8PROC_DECOMPOSE), &last);
	if (n < 0 || n > 64) {
		fprintf(stderr, "gen_normtab: U+%04X: decompose failed\n", cp);
		exit(1);
	}
	/* canonical order (one character decomposes already ordered, but a
	 * casefold may not be) then compose */
	n = utf8proc_normalize_utf32(buf, n, (utf8proc_option_t)(opts | UTF8PROC_COMPOSE));
	memcpy(out, buf, (size_t)n * sizeof *buf);
	return (size_t)n;
}

int main(int argc, char **argv)
{
	unsigned int c;
	FILE *f;
	static const int vopts[4] = {
		UTF8PROC_STABLE,
		UTF8PROC_STABLE | UTF8PROC_COMPAT,
		UTF8PROC_STABLE | UTF8PROC_CASEFOLD,
		UTF8PROC_STABLE | UTF8PROC_COMPAT | UTF8PROC_CASEFOLD
	};
	unsigned int nblocks = 0, *blockof;
	size_t i;

	if (argc != 2) {
		fprintf(stderr, "usage: gen_normtab OUTPUT.c\n");
		return 2;
	}
	/* Anything that is the second or later part of a canonical
	 * decomposition may compose with what precedes it. */
	for (c = 0; c < 0x110000; c++) {
		utf8proc_int32_t buf[16];
		utf8proc_ssize_t n, k;
		if (c >= 0xD800 && c <= 0xDFFF)
			continue;
		n = utf8proc_decompose_char((utf8proc_int32_t)c, buf, 16,
		                            UTF8PROC_DECOMPOSE, NULL);
		for (k = 1; k < n && k < 16; k++) {
			unsigned int d = (unsigned int)buf[k];
			if (d < NCP)
				comb2nd[d] = 1;
			else
				astral2nd[d / 8] |= (unsigned char)(1u << (d % 8));
		}
	}
	for (c = 0; c < NCP; c++) {
		const utf8proc_property_t *p = utf8proc_get_property((utf8proc_int32_t)c);
		UErrorCode e = U_ZERO_ERROR;
		int8_t t = u_charType((UChar32)c);
		ccc[c] = (unsigned char)p->combining_class;
		if (t >= U_UPPERCASE_LETTER && t <= U_OTHER_LETTER) {
			UScriptCode s = uscript_getScript((UChar32)c, &e);
			script[c] = s == USCRIPT_ARABIC ? 1 : s == USCRIPT_LATIN ? 2 : 3;
		}
	}
	rules();
	for (c = 0; c < NCP; c++) {
		int v;
		if (c >= 0xD800 && c <= 0xDFFF)
			continue;
		ctx[c] = comb2nd[c];
		for (v = 0; v < 4; v++) {
			utf8proc_int32_t m[64];
			size_t n = map1(c, vopts[v], m), k;
			if (n == 1 && (unsigned int)m[0] == c)
				continue;
			mapidx[c][v] = addmap(m, n);
			for (k = 0; k < n; k++) {
				unsigned int d = (unsigned int)m[k];
				if (utf8proc_get_property(m[k])->combining_class != 0 ||
				    (d < NCP ? comb2nd[d] : 1) || d >= NCP)
					ctx[c] = 1;
			}
		}
	}

	/* Two-stage table: blocks of 64 code points, identical ones shared. */
	blockof = malloc(NCP / 64 * sizeof *blockof);
	for (i = 0; i < NCP / 64; i++) {
		size_t j;
		for (j = 0; j < i; j++) {
			unsigned int a = (unsigned int)(blockof[j] == j ? j : NCP), k, same = 1;
			if (a == NCP)
				continue;
			for (k = 0; k < 64 && same; k++) {
				unsigned int x = (unsigned int)(i * 64 + k), y = a * 64 + k;
				same = ccc[x] == ccc[y] && ctx[x] == ctx[y] &&
				       comb2nd[x] == comb2nd[y] && script[x] == script[y] &&
				       fold1[x] == fold1[y] && fold2[x] == fold2[y] &&
				       foldto[x] == foldto[y] &&
				       !memcmp(mapidx[x], mapidx[y], sizeof mapidx[x]);
			}
			if (same)
				break;
		}
		blockof[i] = (unsigned int)(j < i ? j : i);
	}

	f = fopen(argv[1], "w");
	if (!f) {
		perror(argv[1]);
		return 2;
	}
	fprintf(f, "/* normtab.c - GENERATED by tools/gen_normtab.c (`make gen`) from\n"
	           " * utf8proc %s (Unicode %s) and ICU %s. Do not edit. */\n"
	           "#include \"normtab.h\"\n\n",
	        utf8proc_version(), utf8proc_unicode_version(), U_ICU_VERSION);
	{
		unsigned int *slot = malloc(NCP / 64 * sizeof *slot);
		for (i = 0; i < NCP / 64; i++)
			slot[i] = blockof[i] == i ? nblocks++ : slot[blockof[i]];
		fprintf(f, "const unsigned short mwz__nt_stage1[1024] = {");
		for (i = 0; i < NCP / 64; i++)
			fprintf(f, "%s%u,", i % 16 ? "" : "\n", slot[i]);
		fprintf(f, "\n};\n\n");
		fprintf(f, "/* ccc, info, fold1, fold2, foldto, map[NFC, NFKC, NFC+CF, NFKC+CF] */\n");
		fprintf(f, "const mwz__nt_rec mwz__nt_stage2[%u] = {\n", nblocks * 64);
		for (i = 0; i < NCP / 64; i++) {
			unsigned int k;
			if (blockof[i] != i)
				continue;
			fprintf(f, "/* U+%04X */\n", (unsigned int)(i * 64));
			for (k = 0; k < 64; k++) {
				unsigned int x = (unsigned int)(i * 64 + k);
				unsigned int info = (ctx[x] ? 1u : 0) | (comb2nd[x] ? 2u : 0) |
				                    ((unsigned int)script[x] << 2);
				fprintf(f, "{%u,%u,%u,%u,%u,{%u,%u,%u,%u}},", ccc[x], info,
				        fold1[x], fold2[x], foldto[x], mapidx[x][0],
				        mapidx[x][1], mapidx[x][2], mapidx[x][3]);
				if (k % 4 == 3)
					fputc('\n', f);
			}
		}
		fprintf(f, "};\n\n");
		free(slot);
	}
	fprintf(f, "const unsigned int mwz__nt_pool[%zu] = {", npool);
	for (i = 0; i < npool; i++)
		fprintf(f, "%s%u,", i % 12 ? "" : "\n", pool[i]);
	fprintf(f, "\n};\n\n");
	fprintf(f, "/* Astral code points that can compose with what precedes them. */\n");
	{
		size_t n = 0;
		for (c = NCP; c < 0x110000; c++)
			if (astral2nd[c / 8] & (1u << (c % 8)))
				n++;
		fprintf(f, "const unsigned int mwz__nt_astral2nd[%zu] = {", n ? n : 1);
		for (c = NCP, i = 0; c < 0x110000; c++)
			if (astral2nd[c / 8] & (1u << (c % 8)))
				fprintf(f, "%s0x%X,", i++ % 8 ? "" : "\n", c);
		if (!n)
			fprintf(f, "0");
		fprintf(f, "\n};\nconst unsigned int mwz__nt_nastral2nd = %zu;\n", n);
	}
	if (fclose(f) != 0) {
		perror(argv[1]);
		return 2;
	}
	free(blockof);
	free(pool);
	return 0;
}
