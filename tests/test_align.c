/* test_align.c - mwz_align: the bead invariant, bead kinds, edge sizes, both orders. */
#include "muwazi.h"
#include "tap.h"

#include <stdlib.h>


/* Every sentence in exactly one bead, in order, no bead empty on both sides. */
static int invariant(const mwz_bead_t *b, size_t nb, size_t n, size_t m)
{
	size_t k, i = 0, j = 0;
	for (k = 0; k < nb; k++) {
		if (b[k].src_start != i || b[k].tgt_start != j)
			return 0;
		if (b[k].src_len == 0 && b[k].tgt_len == 0)
			return 0;
		if (b[k].src_len > 4 || b[k].tgt_len > 4)
			return 0;
		if (!(b[k].score >= 0 && b[k].score <= 1))
			return 0;
		i += b[k].src_len;
		j += b[k].tgt_len;
	}
	return i == n && j == m;
}

static int align(mwz_bead_t **b, size_t *nb, const char **s, size_t n,
                 const char **t, size_t m, const mwz_align_options_t *o)
{
	size_t *sl = calloc(n + 1, sizeof *sl), *tl = calloc(m + 1, sizeof *tl), i;
	int rc;
	for (i = 0; i < n; i++)
		sl[i] = strlen(s[i]);
	for (i = 0; i < m; i++)
		tl[i] = strlen(t[i]);
	rc = mwz_align(b, nb, s, sl, n, t, tl, m, o, NULL);
	free(sl);
	free(tl);
	return rc;
}

static int has_kind(const mwz_bead_t *b, size_t nb, size_t a, size_t c)
{
	size_t k;
	for (k = 0; k < nb; k++)
		if (b[k].src_len == a && b[k].tgt_len == c)
			return 1;
	return 0;
}

static unsigned long rng = 12345;
static unsigned rnd(unsigned n)
{
	rng = rng * 6364136223846793005UL + 1442695040888963407UL;
	return (unsigned)((rng >> 33) % n);
}

int main(void)
{
	static const char *en[] = {
		"The minister arrived in Cairo on Monday for talks.",
		"He met the president and the foreign minister.",
		"Talks focused on trade, security and water.",
		"No agreement was announced.",
		"The visit ends on Wednesday.",
	};
	static const char *ar[] = {
		"وصل الوزير إلى القاهرة يوم الاثنين لإجراء محادثات.",
		"والتقى بالرئيس ووزير الخارجية.",
		"وركزت المحادثات على التجارة والأمن والمياه.",
		"ولم يعلن عن أي اتفاق.",
		"وتنتهي الزيارة يوم الأربعاء.",
	};
	mwz_bead_t *b = NULL;
	size_t nb = 0, i;
	int rc;

	/* Empty and one-sentence inputs. */
	rc = align(&b, &nb, NULL, 0, NULL, 0, NULL);
	OK(rc == 0 && nb == 0, "0 x 0 gives no beads");
	mwz_free(b);
	rc = align(&b, &nb, ar, 1, NULL, 0, NULL);
	OK(rc == 0 && nb == 1 && b[0].src_len == 1 && b[0].tgt_len == 0, "1 x 0 gives a 1-0 bead");
	mwz_free(b);
	rc = align(&b, &nb, NULL, 0, en, 1, NULL);
	OK(rc == 0 && nb == 1 && b[0].src_len == 0 && b[0].tgt_len == 1, "0 x 1 gives a 0-1 bead");
	mwz_free(b);
	rc = align(&b, &nb, ar, 1, en, 1, NULL);
	OK(rc == 0 && nb == 1 && b[0].src_len == 1 && b[0].tgt_len == 1, "1 x 1 gives a 1-1 bead");
	mwz_free(b);
	rc = align(&b, &nb, ar, 0, en, 3, NULL);
	OK(rc == 0 && invariant(b, nb, 0, 3), "0 x 3 keeps the invariant");
	mwz_free(b);

	/* Both orders, parallel text: all 1-1. */
	rc = align(&b, &nb, ar, 5, en, 5, NULL);
	OK(rc == 0 && invariant(b, nb, 5, 5), "ar/en invariant");
	for (i = 0; rc == 0 && i < nb; i++)
		if (b[i].src_len != 1 || b[i].tgt_len != 1)
			break;
	OK(rc == 0 && i == 5 && nb == 5, "ar/en parallel gives five 1-1 beads");
	mwz_free(b);
	rc = align(&b, &nb, en, 5, ar, 5, NULL);
	OK(rc == 0 && invariant(b, nb, 5, 5) && nb == 5, "en/ar parallel gives five beads");
	mwz_free(b);

	/* Bad arguments. */
	{
		mwz_align_options_t o = MWZ_ALIGN_OPTIONS_INIT;
		mwz_error_t e;
		size_t l = 3;
		o.version = 99;
		OK(mwz_align(&b, &nb, ar, &l, 1, en, &l, 1, &o, &e) == MWZ_EINVAL,
		   "wrong options version rejected");
		OK(mwz_align(NULL, &nb, ar, &l, 1, en, &l, 1, NULL, NULL) == MWZ_EINVAL,
		   "NULL output rejected");
		o.version = MWZ_ALIGN_OPTIONS_VERSION;
		o.src_lang = 42;
		OK(mwz_align(&b, &nb, ar, &l, 1, en, &l, 1, &o, &e) == MWZ_EINVAL &&
		   strstr(e.message, "42"), "an unknown language rejected (%s)", e.message);
		o.src_lang = MWZ_LANG_AR;
		o.flags = 0x10;
		OK(mwz_align(&b, &nb, ar, &l, 1, en, &l, 1, &o, &e) == MWZ_EINVAL,
		   "flags, reserved, rejected");
	}

	/* Random inputs of many sizes: the invariant always holds. */
	{
		static const char *words[] = { "a", "bb", "ccc", "dddd", "اا", "ببب", "12", " ", "?" };
		int run, bad = 0;
		for (run = 0; run < 60; run++) {
			size_t n = rnd(run < 30 ? 8 : 300), m = rnd(run < 30 ? 8 : 300), k;
			char **s = calloc(n + 1, sizeof *s), **t = calloc(m + 1, sizeof *t);
			for (k = 0; k < n + m; k++) {
				char *x = calloc(400, 1);
				unsigned w = rnd(30), q;
				for (q = 0; q < w; q++) {
					strcat(x, words[rnd(9)]);
					strcat(x, " ");
				}
				if (k < n)
					s[k] = x;
				else
					t[k - n] = x;
			}
			rc = align(&b, &nb, (const char **)s, n, (const char **)t, m, NULL);
			if (rc != 0 || !invariant(b, nb, n, m))
				bad++;
			mwz_free(b);
			for (k = 0; k < n; k++)
				free(s[k]);
			for (k = 0; k < m; k++)
				free(t[k]);
			free(s);
			free(t);
		}
		OK(bad == 0, "invariant on 60 random inputs (%d bad)", bad);
	}
	/* Each bead kind, on constructed blocks of shared random words. */
	{
		static const int kk[][2] = { {1,1},{1,2},{2,1},{2,2},{1,3},{3,1},{1,4},{4,1},{1,0},{1,1},{0,1},{1,1} };
		char *s[200], *t[200];
		size_t n = 0, m = 0, k, q;
		int rep, got[12] = { 0 }, allok = 1;
		for (rep = 0; rep < 3; rep++) {
			for (k = 0; k < 12; k++) {
				int a = kk[k][0], c = kk[k][1], w, x;
				int nw = 8 + (int)rnd(10);
				char word[48][8];
				for (w = 0; w < nw * 4; w++) {
					for (x = 0; x < 6; x++)
						word[w % 48][x] = (char)('a' + rnd(26));
					word[w % 48][6] = 0;
				}
				/* 2-2: the two sides cut at different places, so no 1-1 fits. */
				int cut_s = a == 2 && c == 2 ? nw / 3 : -1, cut_t = a == 2 && c == 2 ? 2 * nw / 3 : -1;
				for (x = 0; x < a; x++) {
					char *z = calloc(400, 1);
					int w0 = cut_s < 0 ? x * nw / a : x ? cut_s : 0, w1 = cut_s < 0 ? (x + 1) * nw / a : x ? nw : cut_s;
					for (w = w0; w < w1; w++) {
						strcat(z, word[w]);
						strcat(z, " ");
					}
					s[n++] = z;
				}
				for (x = 0; x < c; x++) {
					char *z = calloc(400, 1);
					int w0 = cut_t < 0 ? x * nw / c : x ? cut_t : 0, w1 = cut_t < 0 ? (x + 1) * nw / c : x ? nw : cut_t;
					for (w = w0; w < w1; w++) {
						strcat(z, word[a ? w : w + 16]);
						strcat(z, " ");
					}
					t[m++] = z;
				}
			}
		}
		rc = align(&b, &nb, (const char **)s, n, (const char **)t, m, NULL);
		OK(rc == 0 && invariant(b, nb, n, m), "constructed kinds: invariant");
		for (q = 0; rc == 0 && q < 12; q++) {
			got[q] = has_kind(b, nb, (size_t)kk[q][0], (size_t)kk[q][1]);
			OK(got[q], "bead kind %d-%d produced", kk[q][0], kk[q][1]);
			allok &= got[q];
		}
		if (rc == 0 && nb != 36) {
			printf("# %zu beads, expected 36\n", nb);
			for (q = 0; q < nb; q++)
				printf("# %zu+%zu %zu+%zu\n", b[q].src_start, b[q].src_len, b[q].tgt_start, b[q].tgt_len);
		}
		OK(rc == 0 && nb == 36, "constructed kinds: every block its own bead");
		mwz_free(b);
		for (k = 0; k < n; k++)
			free(s[k]);
		for (k = 0; k < m; k++)
			free(t[k]);
	}
	/* A sentence the translation left out, anywhere in the article, with
	 * FreeDict: it gets a 1-0 bead of its own, both argument orders. */
	{
		static const char *left[] = {
			"\xD9\x88\xD9\x83\xD8\xA7\xD9\x86\xD8\xAA \xD8\xA7\xD9\x84\xD8\xA3\xD8\xAC\xD9\x88\xD8\xA7\xD8\xA1 \xD9\x88\xD8\xAF\xD9\x8A\xD8\xA9.",
			"\xD9\x88\xD8\xA3\xD9\x83\xD8\xAF \xD8\xA7\xD9\x84\xD8\xAC\xD8\xA7\xD9\x86\xD8\xA8\xD8\xA7\xD9\x86 \xD8\xB9\xD9\x85\xD9\x82 \xD8\xA7\xD9\x84\xD8\xB9\xD9\x84\xD8\xA7\xD9\x82\xD8\xA7\xD8\xAA \xD8\xA8\xD9\x8A\xD9\x86 \xD8\xA7\xD9\x84\xD8\xA8\xD9\x84\xD8\xAF\xD9\x8A\xD9\x86.",
		};
		mwz_lexicon_t *lx = NULL;
		mwz_align_options_t o = MWZ_ALIGN_OPTIONS_INIT;
		if (mwz_lexicon_create(&lx) != 0 || mwz_lexicon_load_freedict(lx, NULL, NULL) != 0) {
			SKIP("FreeDict's ara-eng/eng-ara not installed: left-out sentences");
		} else {
			size_t d, pos;
			o.lexicon = lx;
			for (d = 0; d < 2; d++)
				for (pos = 1; pos < 5; pos++) {
					const char *s[6];
					size_t k, x = 0, want = 0;
					int swap;
					for (k = 0; k < 6; k++)
						s[k] = k < pos ? ar[k] : k == pos ? left[d] : ar[k - 1];
					for (swap = 0; swap < 2; swap++) {
						rc = swap ? align(&b, &nb, en, 5, s, 6, &o)
						          : align(&b, &nb, s, 6, en, 5, &o);
						for (k = 0, x = 0, want = 0; rc == 0 && k < nb; k++) {
							size_t ls = swap ? b[k].tgt_len : b[k].src_len;
							size_t lt = swap ? b[k].src_len : b[k].tgt_len;
							size_t st = swap ? b[k].tgt_start : b[k].src_start;
							if (ls == 1 && lt == 0 && st == pos)
								want++;
							else if (ls != 1 || lt != 1)
								x++;
						}
						OK(rc == 0 && nb == 6 && want == 1 && x == 0,
						   "left-out sentence %zu at %zu (%s): one 1-0 bead, the rest 1-1",
						   d, pos, swap ? "en ar" : "ar en");
						mwz_free(b);
					}
				}
		}
		mwz_lexicon_destroy(lx);
	}
	/* A left-out sentence whose only matched word its neighbour has too
	 * ("minister", "president" after "He met the president and the foreign
	 * minister."): it adds nothing to the bead, so it is left out on its
	 * own, not merged into its neighbour's bead; both argument orders. */
	{
		static const char *extra[] = { "The minister was cheerful.", "The president was cheerful." };
		mwz_lexicon_t *lx = NULL;
		mwz_align_options_t o = MWZ_ALIGN_OPTIONS_INIT;
		if (mwz_lexicon_create(&lx) != 0 || mwz_lexicon_load_freedict(lx, NULL, NULL) != 0) {
			SKIP("FreeDict's ara-eng/eng-ara not installed: a left-out sentence sharing a word");
		} else {
			size_t d, k;
			int swap;
			o.lexicon = lx;
			for (d = 0; d < 2; d++)
				for (swap = 0; swap < 2; swap++) {
					const char *e[6];
					size_t alone = 0, other = 0;
					for (k = 0; k < 6; k++)
						e[k] = k < 2 ? en[k] : k == 2 ? extra[d] : en[k - 1];
					rc = swap ? align(&b, &nb, e, 6, ar, 5, &o) : align(&b, &nb, ar, 5, e, 6, &o);
					for (k = 0; rc == 0 && k < nb; k++) {
						size_t le = swap ? b[k].src_len : b[k].tgt_len;
						size_t la = swap ? b[k].tgt_len : b[k].src_len;
						size_t st = swap ? b[k].src_start : b[k].tgt_start;
						if (le == 1 && la == 0 && st == 2)
							alone++;
						else if (le != 1 || la != 1)
							other++;
					}
					OK(rc == 0 && invariant(b, nb, 5, 6) + invariant(b, nb, 6, 5) == 1 &&
					   alone == 1 && other == 0,
					   "\"%s\" left out (%s): a bead of its own, the rest 1-1",
					   extra[d], swap ? "en ar" : "ar en");
					mwz_free(b);
				}
		}
		mwz_lexicon_destroy(lx);
	}
	/* A pair in which the lexicon finds no Arabic word (four words it
	 * lacks) and one English word at most, translated freely: still a 1-1
	 * bead at any position, both orders; an Arabic sentence with nothing
	 * to match is left out only rather than added to a neighbour's bead. */
	{
		static const char *ar1 = "وبدا مسرورًا بحفاوة مضيفيه.", *en1 = "He looked happy.";
		mwz_lexicon_t *lx = NULL;
		mwz_align_options_t o = MWZ_ALIGN_OPTIONS_INIT;
		if (mwz_lexicon_create(&lx) != 0 || mwz_lexicon_load_freedict(lx, NULL, NULL) != 0) {
			SKIP("FreeDict's ara-eng/eng-ara not installed: a pair with no lexicon match");
		} else {
			size_t pos, k;
			int swap;
			o.lexicon = lx;
			for (pos = 1; pos < 5; pos++)
				for (swap = 0; swap < 2; swap++) {
					const char *s[6], *e[6];
					size_t ones = 0;
					for (k = 0; k < 6; k++) {
						s[k] = k < pos ? ar[k] : k == pos ? ar1 : ar[k - 1];
						e[k] = k < pos ? en[k] : k == pos ? en1 : en[k - 1];
					}
					rc = swap ? align(&b, &nb, e, 6, s, 6, &o) : align(&b, &nb, s, 6, e, 6, &o);
					for (k = 0; rc == 0 && k < nb; k++)
						if (b[k].src_len == 1 && b[k].tgt_len == 1 && b[k].src_start == k &&
						    b[k].tgt_start == k)
							ones++;
					OK(rc == 0 && nb == 6 && ones == 6,
					   "pair with no lexicon match at %zu (%s): six 1-1 beads", pos,
					   swap ? "en ar" : "ar en");
					mwz_free(b);
				}
		}
		mwz_lexicon_destroy(lx);
	}
	TAP_DONE();
}
