/* test_norm_oracle.c - the composition machinery checked against utf8proc
 * itself: random strings of tricky code points (combining marks in and out
 * of order, Hangul jamo, singletons, exclusions, presentation forms, astral
 * composites) normalised with MWZ_NORM_NFC, MWZ_NORM_NFKC and NFKC + CASE
 * must equal utf8proc_map's NFC, NFKC and NFKC_Casefold. Offsets are checked
 * to be non-decreasing and in range. utf8proc serves only as the oracle.
 * Then, for the profiles: normalising twice changes nothing, and cutting a
 * text before a space and normalising the pieces (as `muwazi norm` does with
 * very long lines) gives the same text. */
#include "muwazi.h"
#include "tap.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

static const unsigned int pool[] = {
	'a', 'e', 'A', 'K', 's', ' ', 0x00E9, 0x00C5, 0x1E25, 0x0300, 0x0301,
	0x0323, 0x0327, 0x0308, 0x0304, 0x0331, 0x0345, 0x0340, 0x0344, 0x0627,
	0x0648, 0x064A, 0x06D5, 0x06C1, 0x064E, 0x0651, 0x0650, 0x0653, 0x0654,
	0x0655, 0x0670, 0x1100, 0x1161, 0x11A8, 0xAC00, 0xAC01, 0xFEFB, 0xFB50,
	0xFDF2, 0xFB01, 0x212A, 0x212B, 0x0F73, 0x0F71, 0x0F72, 0x1E9B, 0x03B1,
	0x03C9, 0x0958, 0x0915, 0x093C, 0x0130, 0x00DF, 0xFB00, 0xFF9E, 0x304B,
	0x3099, 0x01C5, 0x0B47, 0x0B3E, 0x0B57, 0x1D15E, 0x1D165, 0x11099, 0x110BA,
	0x1D400, 0x00A0, 0x2126, 0x1E0A, 0x0307, 0x031B, 0x01A1, 0x0041, 0x0306,
	0x00B4, 0x1FBF, 0x0385, 0xFE70, 0x0640, 0x05D0, 0x05B7, 0x05BC,
	0x0623, 0x0622, 0x0649, 0x0629, 0x0624, 0x0626, 0x06A9, 0x06CC, 0x0661,
	0x06F5, 0x066B, 0x200F, 0x200B, 0xFEFF, 0x2019, 0x201C, 0x00AB, 0x2014,
	0x2009, 0x3000, '\t', 0x01, 0x85, 0x2028, 0x0671, 0xFDFA, 0xFE8D, 0x00C9,
};

static size_t enc(char *o, unsigned int cp)
{
	utf8proc_ssize_t n = utf8proc_encode_char((utf8proc_int32_t)cp, (utf8proc_uint8_t *)o);
	return (size_t)n;
}

static unsigned int rnd_state = 12345;
static unsigned int rnd(void)
{
	rnd_state = rnd_state * 1103515245u + 12345u;
	return (rnd_state >> 16) & 0x7FFF;
}

/* Normalise; returns an allocated string (NUL inside replaced) or NULL. */
static char *norm(const char *in, size_t len, unsigned int flags, size_t *outlen)
{
	char *out = NULL;
	if (mwz_normalize(&out, outlen, NULL, in, len, flags, NULL) != MWZ_OK)
		return NULL;
	return out;
}

static void profiles(void)
{
	static const unsigned int profs[2] = { MWZ_PROFILE_MATCH, MWZ_PROFILE_DISPLAY };
	int p;
	for (p = 0; p < 2; p++) {
		int iter, notidem = 0, notsplit = 0;
		for (iter = 0; iter < 20000; iter++) {
			char in[512], joined[1024];
			size_t len = 0, l1, l2, l3, cut = 0, jl;
			int n = 1 + (int)(rnd() % 16), j;
			char *a, *b, *c, *d;
			for (j = 0; j < n; j++) {
				unsigned int cp = pool[rnd() % (sizeof pool / sizeof pool[0])];
				if (cp == ' ' && !cut && j)
					cut = len;
				len += enc(in + len, cp);
			}
			a = norm(in, len, profs[p], &l1);
			b = a ? norm(a, l1, profs[p], &l2) : NULL;
			if (!a || !b || l1 != l2 || memcmp(a, b, l1) != 0) {
				if (notidem++ < 3) {
					size_t k;
					printf("# not idempotent:");
					for (k = 0; k < len; k++)
						printf(" %02X", (unsigned char)in[k]);
					printf("\n");
				}
			}
			if (cut) {
				c = norm(in, cut, profs[p], &l2);
				d = norm(in + cut, len - cut, profs[p], &l3);
				jl = 0;
				if (c && d) {
					memcpy(joined, c, l2);
					jl = l2;
					if ((profs[p] & MWZ_NORM_SPACE) && l2 && l3)
						joined[jl++] = ' ';
					memcpy(joined + jl, d, l3);
					jl += l3;
				}
				if (!c || !d || jl != l1 || memcmp(joined, a, l1) != 0)
					notsplit++;
				mwz_free(c);
				mwz_free(d);
			}
			mwz_free(a);
			mwz_free(b);
		}
		OK(notidem == 0, "%s profile is idempotent on 20000 random strings (%d not)",
		   p ? "display" : "match", notidem);
		OK(notsplit == 0, "%s profile: pieces cut before a space join up (%d do not)",
		   p ? "display" : "match", notsplit);
	}
}

/* Random bytes, valid or not: lossy output is valid UTF-8 with sane offsets;
 * strict mode fails exactly where mwz_utf8_validate says. */
static void random_bytes(void)
{
	static const unsigned char bytes[] = { 'a', ' ', 0x80, 0xBF, 0xC0, 0xC2,
		0xD8, 0xD9, 0xA7, 0x94, 0xE0, 0xE2, 0xED, 0xA0, 0xEF, 0xBB, 0xBF,
		0xF0, 0xF4, 0x90, 0x8F, 0xFF, 0xCC, 0x81, 0x00, 0x0A };
	static const unsigned int profs[2] = { MWZ_PROFILE_MATCH, MWZ_PROFILE_DISPLAY };
	int iter, badlossy = 0, badstrict = 0;
	for (iter = 0; iter < 20000; iter++) {
		char in[64];
		size_t len = 1 + rnd() % 40, k, outlen, vbad = 0, v;
		unsigned int flags = profs[iter & 1];
		char *out = NULL;
		size_t *offs = NULL;
		mwz_error_t err;
		int rc;
		for (k = 0; k < len; k++)
			in[k] = (char)bytes[rnd() % sizeof bytes];
		rc = mwz_normalize(&out, &outlen, &offs, in, len, flags | MWZ_NORM_LOSSY, NULL);
		if (rc != MWZ_OK || mwz_utf8_validate(out, outlen, NULL) != MWZ_OK ||
		    offs[outlen] != len)
			badlossy++;
		else
			for (k = 0; k < outlen; k++)
				if (offs[k] >= len || (k && offs[k] < offs[k - 1]))
					badlossy++;
		mwz_free(out);
		mwz_free(offs);
		v = mwz_utf8_validate(in, len, &vbad) == MWZ_OK;
		rc = mwz_normalize(&out, &outlen, NULL, in, len, flags, &err);
		if (v ? rc != MWZ_OK : (rc != MWZ_EUTF8 || err.offset != vbad))
			badstrict++;
		mwz_free(out);
	}
	OK(badlossy == 0, "lossy: 20000 random byte strings give valid UTF-8 and sane offsets (%d bad)", badlossy);
	OK(badstrict == 0, "strict: the error offset is the first bad byte on 20000 random byte strings (%d bad)", badstrict);
}

int main(void)
{
	static const struct {
		unsigned int mwz;
		int u;
		const char *name;
	} modes[] = {
		{ MWZ_NORM_NFC, UTF8PROC_STABLE | UTF8PROC_COMPOSE, "NFC" },
		{ MWZ_NORM_NFKC, UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT, "NFKC" },
		{ MWZ_NORM_NFKC | MWZ_NORM_CASE,
		  UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT | UTF8PROC_CASEFOLD,
		  "NFKC_Casefold" },
		{ MWZ_NORM_NFC | MWZ_NORM_CASE,
		  UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD, "NFC + casefold" },
	};
	size_t m;
	for (m = 0; m < sizeof modes / sizeof modes[0]; m++) {
		int iter, bad = 0, badoff = 0;
		for (iter = 0; iter < 20000; iter++) {
			char in[256];
			size_t len = 0, outlen, k;
			int n = 1 + (int)(rnd() % 10), j;
			char *out = NULL;
			size_t *offs = NULL;
			utf8proc_uint8_t *want = NULL;
			for (j = 0; j < n; j++)
				len += enc(in + len, pool[rnd() % (sizeof pool / sizeof pool[0])]);
			if (mwz_normalize(&out, &outlen, &offs, in, len, modes[m].mwz, NULL) != MWZ_OK) {
				bad++;
				continue;
			}
			if (utf8proc_map((const utf8proc_uint8_t *)in, (utf8proc_ssize_t)len, &want,
			                 (utf8proc_option_t)modes[m].u) < 0) {
				mwz_free(out);
				mwz_free(offs);
				continue;
			}
			if (strlen((char *)want) != outlen || memcmp(want, out, outlen) != 0) {
				if (bad++ < 5) {
					printf("# %s differs on:", modes[m].name);
					for (k = 0; k < len; k++)
						printf(" %02X", (unsigned char)in[k]);
					printf("\n#   got: ");
					for (k = 0; k < outlen; k++)
						printf(" %02X", (unsigned char)out[k]);
					printf("\n#   want:");
					for (k = 0; want[k]; k++)
						printf(" %02X", want[k]);
					printf("\n");
				}
			}
			for (k = 0; k < outlen; k++)
				if (offs[k] >= len || (k && offs[k] < offs[k - 1]))
					badoff++;
			if (offs[outlen] != len)
				badoff++;
			free(want);
			mwz_free(out);
			mwz_free(offs);
		}
		OK(bad == 0, "%s agrees with utf8proc on 20000 random strings (%d differ)",
		   modes[m].name, bad);
		OK(badoff == 0, "%s: offsets non-decreasing and in range (%d bad)", modes[m].name, badoff);
	}
	profiles();
	random_bytes();
	TAP_DONE();
}
