/*
 * oom_api.c - the public API through one fixed job, for tests/cli_oom.sh:
 * normalise, romanise, segment, guess the language, match names (parsed
 * too), look up a gazetteer, build a lexicon, align, render every format,
 * parse and score alignments; it prints what each step gives. Run with
 * tests/failalloc.c failing one allocation: a call that runs out of memory
 * must say MWZ_ENOMEM (the program then prints "out of memory" and exits
 * 2), never crash or give another result; any other error exits 3.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "muwazi.h"

static void check(int rc, const char *what)
{
	if (rc == MWZ_OK)
		return;
	if (rc == MWZ_ENOMEM) {
		fprintf(stderr, "oom_api: %s: out of memory\n", what);
		exit(2);
	}
	fprintf(stderr, "oom_api: %s: %s\n", what, mwz_strerror(rc));
	exit(3);
}

static const char *const ar[] = {
	"قال مقتدى الصدر إن الحدود آمنة.",
	"وأضاف أن 3 سجون في الحسكة تضم آلاف المقاتلين.",
	"ودعا الحكومة الأردنية إلى التعاون.",
	"وهذه جملة لم تترجم.",
};
static const char *const en[] = {
	"Muqtada al-Sadr said the border was secure.",
	"He added that 3 prisons in Hasakeh hold thousands of fighters.",
	"He called on the Jordanian government to cooperate.",
};

int main(void)
{
	const char text[] = "Dr. Smith arrived at 5 p.m. He met Gen. Numan. "
	                    "\xD9\x88\xD8\xB5\xD9\x84 \xD8\xA7\xD9\x84\xD9\x88\xD9\x81\xD8\xAF. "
	                    "\xD8\xAB\xD9\x85 \xD8\xBA\xD8\xA7\xD8\xAF\xD8\xB1.";
	const char gaz[] = "Muqtada al-Sadr\t\xD9\x85\xD9\x82\xD8\xAA\xD8\xAF\xD9\x89 "
	                   "\xD8\xA7\xD9\x84\xD8\xB5\xD8\xAF\xD8\xB1\tMoqtada al-Sadr\n"
	                   "Sabah al-Numan\t\xD8\xB5\xD8\xA8\xD8\xA7\xD8\xAD "
	                   "\xD8\xA7\xD9\x84\xD9\x86\xD8\xB9\xD9\x85\xD8\xA7\xD9\x86\n";
	size_t arl[4], enl[3], i, n, len;
	char *out;
	size_t *offs;
	mwz_segmenter_t *seg;
	mwz_sentence_t *sent;
	mwz_matcher_t *m;
	mwz_name_t *na, *nb;
	mwz_gazetteer_t *g;
	mwz_gazetteer_hit_t *hits;
	mwz_lexicon_t *lx;
	mwz_bead_t *beads;
	mwz_align_options_t ao = MWZ_ALIGN_OPTIONS_INIT;
	mwz_alignment_t *gold, *test;
	mwz_score_counts_t counts;
	mwz_score_t sc;
	double s;
	int f;

	for (i = 0; i < 4; i++)
		arl[i] = strlen(ar[i]);
	for (i = 0; i < 3; i++)
		enl[i] = strlen(en[i]);

	check(mwz_normalize(&out, &len, &offs, text, sizeof text - 1,
	                    MWZ_NORM_QUOTE | MWZ_NORM_SPACE | MWZ_NORM_TASHKEEL, NULL),
	      "normalize");
	printf("norm: %.*s\n", (int)len, out);
	mwz_free(out);
	mwz_free(offs);

	check(mwz_translit(&out, &len, ar[0], arl[0], MWZ_SCHEME_NEWS, NULL), "translit");
	printf("translit: %.*s\n", (int)len, out);
	mwz_free(out);

	check(mwz_segmenter_create(&seg, MWZ_LANG_AUTO, NULL), "segmenter");
	check(mwz_segmenter_split(&sent, &n, seg, text, sizeof text - 1, NULL), "split");
	for (i = 0; i < n; i++)
		printf("sentence: %.*s\n", (int)sent[i].len, text + sent[i].start);
	mwz_free(sent);
	mwz_segmenter_destroy(seg);
	{
		const char *lg = mwz_language_guess(en[2], enl[2]);
		printf("language: %s\n", lg ? lg : "(none)");
	}

	check(mwz_matcher_create(&m), "matcher");
	check(mwz_name_similarity(&s, m, "Numan", 5, "Nu'man", 6), "similarity");
	printf("similarity: %.4f\n", s);
	check(mwz_name_parse(&na, "Sabah al-Nu'man", 15), "parse");
	check(mwz_name_parse(&nb, "\xD8\xB5\xD8\xA8\xD8\xA7\xD8\xAD \xD8\xA7\xD9\x84\xD9\x86"
	                          "\xD8\xB9\xD9\x85\xD8\xA7\xD9\x86", 23), "parse");
	check(mwz_name_similarity_parsed(&s, m, na, nb, 0.5), "similarity_parsed");
	printf("similarity parsed: %.4f\n", s);
	mwz_name_free(na);
	mwz_name_free(nb);
	check(mwz_gazetteer_load_mem(&g, gaz, sizeof gaz - 1, NULL), "gazetteer");
	check(mwz_gazetteer_lookup(&hits, &n, g, m, "Moqtada al-Sadr", 15, 3, 0.5), "lookup");
	for (i = 0; i < n; i++)
		printf("hit: %s %.4f\n", mwz_gazetteer_canonical(g, hits[i].entry), hits[i].score);
	mwz_free(hits);
	mwz_gazetteer_destroy(g);
	mwz_matcher_destroy(m);

	check(mwz_lexicon_create(&lx), "lexicon");
	check(mwz_lexicon_add(lx, "\xD8\xAD\xD8\xAF\xD9\x88\xD8\xAF", 8, "border", 6, NULL),
	      "lexicon_add");
	check(mwz_lexicon_add(lx, "\xD8\xB3\xD8\xAC\xD9\x86", 6, "prison", 6, NULL), "lexicon_add");
	ao.lexicon = lx;
	check(mwz_align(&beads, &n, ar, arl, 4, en, enl, 3, &ao, NULL), "align");
	for (f = MWZ_FORMAT_TEXT; f <= MWZ_FORMAT_CSV; f++) {
		mwz_write_options_t wo = MWZ_WRITE_OPTIONS_INIT;
		mwz_mark_t mk = { 1, 0, 0, 15, "house style" };
		wo.format = f;
		wo.src = ar;
		wo.src_len = arl;
		wo.nsrc = 4;
		wo.tgt = en;
		wo.tgt_len = enl;
		wo.ntgt = 3;
		wo.src_lang = "ar";
		wo.tgt_lang = "en";
		wo.marks = &mk;
		wo.nmarks = 1;
		check(mwz_beads_render(&out, &len, NULL, beads, n, &wo, NULL), mwz_format_name(f));
		printf("%s: %zu bytes\n", mwz_format_name(f), len);
		if (f == MWZ_FORMAT_VECALIGN) {
			check(mwz_alignment_parse(&test, out, len, NULL), "alignment_parse");
			const char *g4 = "[0]:[0]\n[1]:[1]\n[2]:[2]\n[3]:[]\n";
			check(mwz_alignment_parse(&gold, g4, strlen(g4), NULL), "alignment_parse");
			memset(&counts, 0, sizeof counts);
			check(mwz_score_add(&counts, gold, test), "score_add");
			check(mwz_score_compute(&sc, &counts), "score");
			printf("strict F1: %.4f\n", sc.f1_strict);
			mwz_alignment_destroy(gold);
			mwz_alignment_destroy(test);
		}
		mwz_free(out);
	}
	mwz_free(beads);
	mwz_lexicon_destroy(lx);
	return 0;
}
