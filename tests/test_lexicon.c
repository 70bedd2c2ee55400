/* test_lexicon.c - lexicon loading (glossary errors with line numbers, FreeDict) and its use by mwz_align. */
#include "muwazi.h"
#include "tap.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char *write_tmp(const char *name, const char *text)
{
	static char path[512];
	FILE *f;
	const char *dir = getenv("TMPDIR");
	snprintf(path, sizeof path, "%s/mwz_lex_%ld_%s", dir ? dir : "/tmp", (long)getpid(), name);
	f = fopen(path, "wb");
	if (!f)
		return NULL;
	fputs(text, f);
	fclose(f);
	return path;
}

static void put_file(const char *path, const char *text)
{
	FILE *f = fopen(path, "wb");
	if (f) {
		fputs(text, f);
		fclose(f);
	}
}

static int align(mwz_bead_t **b, size_t *nb, const char **s, size_t n,
                 const char **t, size_t m, const mwz_lexicon_t *lx)
{
	size_t sl[64], tl[64], i;
	mwz_align_options_t o = MWZ_ALIGN_OPTIONS_INIT;
	int rc;
	for (i = 0; i < n; i++)
		sl[i] = strlen(s[i]);
	for (i = 0; i < m; i++)
		tl[i] = strlen(t[i]);
	o.lexicon = lx;
	rc = mwz_align(b, nb, s, sl, n, t, tl, m, &o, NULL);
	for (i = 0; getenv("SHOWB") && rc == 0 && i < *nb; i++)
		printf("# [%zu+%zu]:[%zu+%zu] %.3f\n", (*b)[i].src_start, (*b)[i].src_len, (*b)[i].tgt_start, (*b)[i].tgt_len, (*b)[i].score);
	return rc;
}

int main(void)
{
	mwz_lexicon_t *lx = NULL;
	mwz_error_t e;
	const char *p;
	int rc;

	OK(mwz_lexicon_create(&lx) == 0 && lx, "create");
	OK(mwz_lexicon_size(lx) == 0, "a new lexicon is empty");
	mwz_lexicon_destroy(NULL);
	OK(1, "destroy(NULL) is harmless");

	/* Glossary: comments, blank lines, either column order. */
	p = write_tmp("good.tsv", "# newsroom terms\n\nمجلس الأمن\tSecurity Council\n"
	                          "Houthis\tالحوثيين\n  # indented comment\nوزير\tminister\r\n");
	rc = mwz_lexicon_load_glossary(lx, p, &e);
	OK(rc == 0, "glossary loads (%s)", rc ? e.message : "ok");
	OK(mwz_lexicon_size(lx) >= 4, "glossary pairs held: %zu", mwz_lexicon_size(lx));
	remove(p);

	/* Errors name the line. */
	p = write_tmp("bad.tsv", "# ok\nوزير\tminister\nno tab on this line\n");
	memset(&e, 0, sizeof e);
	rc = mwz_lexicon_load_glossary(lx, p, &e);
	OK(rc == MWZ_EFORMAT && e.line == 3, "missing tab: MWZ_EFORMAT at line %zu", e.line);
	OK(strstr(e.message, ":3:") != NULL, "message names the line: %s", e.message);
	remove(p);
	p = write_tmp("three.tsv", "a\tb\tc\n");
	rc = mwz_lexicon_load_glossary(lx, p, &e);
	OK(rc == MWZ_EFORMAT && e.line == 1, "three columns: MWZ_EFORMAT at line 1");
	remove(p);
	p = write_tmp("latin.tsv", "\nminister\tminister\n");
	rc = mwz_lexicon_load_glossary(lx, p, &e);
	OK(rc == MWZ_EFORMAT && e.line == 2, "no Arabic in either column: line %zu", e.line);
	remove(p);
	p = write_tmp("utf8.tsv", "وزير\tminister\n\xff\xfe\tbad\n");
	rc = mwz_lexicon_load_glossary(lx, p, &e);
	OK(rc == MWZ_EUTF8 && e.line == 2, "invalid UTF-8: MWZ_EUTF8 at line %zu", e.line);
	OK(strstr(e.message, ":2: invalid UTF-8 at byte 19") != NULL,
	   "invalid UTF-8: the byte counted from 1 in the file: %s", e.message);
	remove(p);
	/* a glossary saved as "Unicode text": UTF-16 with a byte-order mark */
	{
		static const char u16[] = "\xff\xfe\x48\x06\x32\x06\t\x00m\x00\n\x00";
		FILE *f;
		p = write_tmp("utf16.tsv", "");
		f = fopen(p, "wb");
		OK(f && fwrite(u16, 1, sizeof u16 - 1, f) == sizeof u16 - 1 && fclose(f) == 0,
		   "UTF-16 glossary written");
		memset(&e, 0, sizeof e);
		rc = mwz_lexicon_load_glossary(lx, p, &e);
		OK(rc == MWZ_EUTF8 && e.line == 1 &&
		   strstr(e.message, ":1: UTF-16 text (byte-order mark at byte 1), not UTF-8") &&
		   strstr(e.message, "iconv -f UTF-16 -t UTF-8"),
		   "UTF-16 glossary: named as UTF-16 at line 1 (%s)", e.message);
		remove(p);
	}
	rc = mwz_lexicon_load_glossary(lx, "/nonexistent/glossary.tsv", &e);
	OK(rc == MWZ_EIO, "missing glossary file: MWZ_EIO (%s)", e.message);
	OK(mwz_lexicon_add(lx, "\xff", 1, "x", 1, &e) == MWZ_EUTF8, "add rejects invalid UTF-8");
	{
		size_t before = mwz_lexicon_size(lx);
		OK(mwz_lexicon_add(lx, "pen", 3, "stylo", 5, &e) == MWZ_EINVAL && e.message[0] &&
		   mwz_lexicon_size(lx) == before, "add: no Arabic word on either side is EINVAL (%s)",
		   e.message);
		OK(mwz_lexicon_add(lx, "pen", 3, "قلم", strlen("قلم"), &e) == 0 &&
		   mwz_lexicon_size(lx) == before + 1, "add: English first is taken the other way round");
	}
	OK(mwz_lexicon_add(lx, "سفير", strlen("سفير"), "ambassador", 10, &e) == 0, "add one pair");
	{
		size_t before = mwz_lexicon_size(lx);
		OK(mwz_lexicon_add(lx, "سفير", strlen("سفير"), "ambassador", 10, &e) == 0 &&
		   mwz_lexicon_size(lx) == before, "the same pair again: held once (%zu)",
		   mwz_lexicon_size(lx));
	}
	rc = mwz_lexicon_load_freedict(lx, "/nonexistent", &e);
	OK(rc == MWZ_ENOTFOUND, "FreeDict from a folder without it: MWZ_ENOTFOUND");
	mwz_lexicon_destroy(lx);

	/* A malformed dictionary names its own file and line, whether or not the
	 * other one of the pair is there. */
	{
		char dir[256], ae[300], ea[300], ead[300], fd[300];
		const char *t = getenv("TMPDIR");
		snprintf(dir, sizeof dir, "%s/mwz_lexdXXXXXX", t && strlen(t) < 200 ? t : "/tmp");
		if (!mkdtemp(dir)) {
			SKIP("no temporary folder");
		} else {
			snprintf(ae, sizeof ae, "%s/freedict-ara-eng.index", dir);
			snprintf(ea, sizeof ea, "%s/freedict-eng-ara.index", dir);
			snprintf(ead, sizeof ead, "%s/freedict-eng-ara.dict.dz", dir);
			snprintf(fd, sizeof fd, "%s/freedict-ara-eng.dict.dz", dir);
			static const char *const what[2] = {
				"eng-ara malformed, ara-eng missing: eng-ara's error",
				"both malformed: the first one's error",
			};
			static const char *const where[2] = { "freedict-eng-ara.index:1:",
				                              "freedict-ara-eng.index:1:" };
			int k;
			put_file(ea, "just a word\n");
			put_file(ead, "");
			for (k = 0; k < 2; k++) {
				if (k == 1) {
					put_file(ae, "two words\n");
					put_file(fd, "");
				}
				lx = NULL;
				mwz_lexicon_create(&lx);
				memset(&e, 0, sizeof e);
				rc = mwz_lexicon_load_freedict(lx, dir, &e);
				OK(rc == MWZ_EFORMAT && e.line == 1 && strstr(e.message, where[k]),
				   "%s (%s)", what[k], e.message);
				mwz_lexicon_destroy(lx);
			}
			remove(ae);
			remove(fd);
			remove(ea);
			remove(ead);
			rmdir(dir);
		}
	}

	/* FreeDict, when installed, and the aligner using it in both orders. */
	lx = NULL;
	mwz_lexicon_create(&lx);
	rc = mwz_lexicon_load_freedict(lx, NULL, &e);
	if (rc != 0) {
		SKIP("FreeDict ara-eng/eng-ara not installed (%s)", e.message);
	} else {
		static const char *ar[] = {
			"قال الرئيس إن المحادثات ستستمر يوم الأربعاء في العاصمة.",
			"وصل وزير الخارجية الفرنسي إلى القاهرة صباح اليوم في زيارة رسمية تستمر ثلاثة أيام يلتقي خلالها كبار المسؤولين في الحكومة والبرلمان.",
			"ولم يعلن عن أي اتفاق حتى الآن بشأن التجارة.",
			"وتنتهي الزيارة غدا.",
			"وقالت الشرطة إن ثلاثة رجال اعتقلوا بعد الهجوم على المصرف.",
			"وأضافت أن التحقيق لا يزال جاريا.",
			"وكان البنك قد أغلق أبوابه في الساعة الخامسة مساء.",
		};
		static const char *en[] = {
			"The president said the talks would continue on Wednesday in the capital.",
			"No agreement on trade has been announced so far.",
			"The visit ends tomorrow.",
			"Police said three men were arrested after the attack on the bank.",
			"She added that the investigation was still under way.",
			"The bank had closed its doors at five in the evening.",
		};
		mwz_bead_t *b;
		size_t nb, i, ok;
		OK(mwz_lexicon_size(lx) > 10000, "FreeDict pairs: %zu", mwz_lexicon_size(lx));
		{
			/* distinct pairs: FreeDict's own repeats, and a second load, held once */
			size_t once = mwz_lexicon_size(lx);
			mwz_error_t e2;
			OK(mwz_lexicon_load_freedict(lx, NULL, &e2) == 0 && mwz_lexicon_size(lx) == once,
			   "FreeDict loaded twice: the same %zu pairs (%zu)", once, mwz_lexicon_size(lx));
		}
		/* The minister's arrival is left out of the English. */
		rc = align(&b, &nb, ar, 7, en, 6, lx);
		ok = rc == 0 && nb == 7 && b[1].src_start == 1 && b[1].src_len == 1 &&
		     b[1].tgt_len == 0;
		for (i = 0; ok && i < nb; i++)
			if (i != 1 && (b[i].src_len != 1 || b[i].tgt_len != 1))
				ok = 0;
		OK(ok, "ar/en with a dropped sentence: 1-1, 1-0, then 1-1");
		for (i = 0; rc == 0 && i < nb; i++)
			if (!(b[i].score >= 0 && b[i].score <= 1))
				ok = 0;
		OK(rc == 0 && ok, "scores in [0, 1]");
		mwz_free(b);
		rc = align(&b, &nb, en, 6, ar, 7, lx);
		ok = rc == 0 && nb == 7 && b[1].src_len == 0 && b[1].tgt_len == 1 &&
		     b[1].tgt_start == 1;
		OK(ok, "en/ar, the same pairs the other way round");
		mwz_free(b);
	}
	mwz_lexicon_destroy(lx);

	/* Another pair with no lexicon: shared names, numbers and cognates. */
	{
		static const char *de[] = {
			"Die Expedition erreichte am 12. Mai 1956 den Gipfel des Lhotse.",
			"Das Wetter war während der ganzen Woche schlecht, und die Träger warteten unten im Basislager auf bessere Bedingungen.",
			"Ernst Reiss und Fritz Luchsinger standen um 14 Uhr oben.",
		};
		static const char *fr[] = {
			"L'expédition atteignit le sommet du Lhotse le 12 mai 1956.",
			"Ernst Reiss et Fritz Luchsinger étaient au sommet à 14 heures.",
		};
		mwz_bead_t *b;
		size_t nb;
		rc = align(&b, &nb, de, 3, fr, 2, NULL);
		OK(rc == 0 && nb == 3 && b[0].src_len == 1 && b[0].tgt_len == 1 &&
		   b[1].src_len == 1 && b[1].tgt_len == 0 && b[2].tgt_start == 1,
		   "de/fr without a lexicon: 1-1, 1-0, 1-1");
		mwz_free(b);
	}
	TAP_DONE();
}
