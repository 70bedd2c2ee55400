/* test_gazetteer.c - the gazetteer through the public API: loading (file and
 * memory, comments, errors with line numbers), lookups in both scripts,
 * references, and sharing one gazetteer between threads. */
#include "muwazi.h"
#include "tap.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char sheet[] =
	"# house style sheet\n"
	"Numan\t\xd8\xa7\xd9\x84\xd9\x86\xd8\xb9\xd9\x85\xd8\xa7\xd9\x86\tNu'man|Nouman|an-Nu'man\n"
	"Shaddadi\t\xd8\xa7\xd9\x84\xd8\xb4\xd8\xaf\xd8\xa7\xd8\xaf\xd9\x8a\tal-Shaddadi|ash-Shaddadi  # the town\n"
	"\n"
	"Muqtada al-Sadr\t\xd9\x85\xd9\x82\xd8\xaa\xd8\xaf\xd9\x89 \xd8\xa7\xd9\x84\xd8\xb5\xd8\xaf\xd8\xb1\tMoqtada al-Sadr\n"
	"Gaddafi\t\xd8\xa7\xd9\x84\xd9\x82\xd8\xb0\xd8\xa7\xd9\x81\xd9\x8a\tQadhafi|Kadhafi|Gathafi\r\n"
	"Hussein\t\xd8\xad\xd8\xb3\xd9\x8a\xd9\x86\n"
	"Hassan\t\xd8\xad\xd8\xb3\xd9\x86\n"
	"Hasakeh\t\xd8\xa7\xd9\x84\xd8\xad\xd8\xb3\xd9\x83\xd8\xa9\tHasaka|al-Hasakah\n"
	"ISIS\t\n"
	"Hamid Karzai\t\xd8\xad\xd8\xa7\xd9\x85\xd8\xaf \xda\xa9\xd8\xb1\xd8\xb2\xdb\x8c";

static mwz_gazetteer_t *gz;

/* First hit's canonical spelling, or "" */
static const char *top(mwz_matcher_t *m, const char *q, double *score)
{
	mwz_gazetteer_hit_t *h = NULL;
	size_t n = 0;
	static _Thread_local char buf[256]; /* the threads test calls this concurrently */
	int rc = mwz_gazetteer_lookup(&h, &n, gz, m, q, strlen(q), 5, 0.5);
	buf[0] = 0;
	if (score)
		*score = 0;
	if (rc == MWZ_OK && n > 0) {
		snprintf(buf, sizeof buf, "%s", mwz_gazetteer_canonical(gz, h[0].entry));
		if (score)
			*score = h[0].score;
	}
	mwz_free(h);
	return buf;
}

static void *worker(void *arg)
{
	mwz_matcher_t *m;
	int i, bad = 0;
	(void)arg;
	if (mwz_matcher_create(&m) != MWZ_OK)
		return (void *)1;
	for (i = 0; i < 300; i++) {
		if (strcmp(top(m, "Qaddafi", NULL), "Gaddafi") != 0)
			bad++;
	}
	mwz_matcher_destroy(m);
	return bad ? (void *)1 : NULL;
}

static void load_fails(const char *text, int code, size_t line, const char *what)
{
	mwz_gazetteer_t *g = NULL;
	mwz_error_t err;
	int rc;
	memset(&err, 0, sizeof err);
	rc = mwz_gazetteer_load_mem(&g, text, strlen(text), &err);
	OK(rc == code && g == NULL && err.line == line && err.message[0],
	   "%s: status %d line %zu (%s)", what, rc, err.line, err.message);
}

int main(void)
{
	mwz_matcher_t *m;
	mwz_error_t err;
	double s;
	int rc;
	OK(mwz_matcher_create(&m) == MWZ_OK, "matcher");
	rc = mwz_gazetteer_load_mem(&gz, sheet, sizeof sheet - 1, &err);
	OK(rc == MWZ_OK && gz, "load from memory (%s)", rc ? err.message : "ok");
	if (!gz)
		return 1;
	OK(mwz_gazetteer_count(gz) == 9, "9 entries (comments and blank lines skipped): %zu",
	   mwz_gazetteer_count(gz));
	{
		/* the same sheet with its lines ended by CR alone (Excel's "CSV (Macintosh)"),
		 * a comment first: read as lines, not as one comment */
		char cr[sizeof sheet];
		mwz_gazetteer_t *g2 = NULL;
		size_t k;
		for (k = 0; k < sizeof sheet; k++)
			cr[k] = sheet[k] == '\n' ? '\r' : sheet[k];
		rc = mwz_gazetteer_load_mem(&g2, cr, sizeof sheet - 1, &err);
		OK(rc == MWZ_OK && g2 && mwz_gazetteer_count(g2) == 9,
		   "CR line ends: the same 9 entries (%s)", rc ? err.message : "ok");
		if (g2)
			OK_STR(mwz_gazetteer_variant(g2, 0, 2), "an-Nu'man", "CR line ends: entry 0 variant 2");
		mwz_gazetteer_destroy(g2);
	}
	OK_STR(mwz_gazetteer_canonical(gz, 0), "Numan", "entry 0 canonical");
	OK_STR(mwz_gazetteer_arabic(gz, 0), "\xd8\xa7\xd9\x84\xd9\x86\xd8\xb9\xd9\x85\xd8\xa7\xd9\x86",
	       "entry 0 Arabic");
	OK(mwz_gazetteer_variant_count(gz, 0) == 3, "entry 0 has 3 variants");
	OK_STR(mwz_gazetteer_variant(gz, 0, 2), "an-Nu'man", "entry 0 variant 2");
	OK(mwz_gazetteer_variant_count(gz, 1) == 2, "a trailing comment is not a variant");
	OK_STR(mwz_gazetteer_variant(gz, 1, 1), "ash-Shaddadi", "variants trimmed");
	OK_STR(mwz_gazetteer_variant(gz, 3, 2), "Gathafi", "CRLF line");
	OK_STR(mwz_gazetteer_arabic(gz, 7), "", "empty Arabic form allowed");
	OK(mwz_gazetteer_variant(gz, 0, 3) == NULL && mwz_gazetteer_canonical(gz, 99) == NULL,
	   "out of range gives NULL");

	/* lookups in either script */
	OK_STR(top(m, "Nu'man", &s), "Numan", "Nu'man -> Numan");
	OK(s == 1.0, "a listed variant scores 1 (%.3f)", s);
	OK_STR(top(m, "Noman", NULL), "Numan", "unlisted Noman -> Numan");
	OK_STR(top(m, "\xd9\x86\xd8\xb9\xd9\x85\xd8\xa7\xd9\x86", NULL), "Numan", "نعمان -> Numan");
	OK_STR(top(m, "Shadadi", NULL), "Shaddadi", "Shadadi -> Shaddadi");
	OK_STR(top(m, "\xd8\xa7\xd9\x84\xd8\xb4\xd8\xaf\xd8\xa7\xd8\xaf\xd9\x8a", NULL), "Shaddadi",
	       "الشدادي -> Shaddadi");
	OK_STR(top(m, "Kaddafi", NULL), "Gaddafi", "Kaddafi -> Gaddafi");
	OK_STR(top(m, "Husayn", NULL), "Hussein", "Husayn -> Hussein, not Hassan");
	OK_STR(top(m, "Hasan", NULL), "Hassan", "Hasan -> Hassan, not Hussein");
	OK_STR(top(m, "\xd8\xad\xd8\xb3\xd9\x8a\xd9\x86", NULL), "Hussein", "حسين -> Hussein");
	OK_STR(top(m, "Moqtada Sadr", NULL), "Muqtada al-Sadr", "Moqtada Sadr -> Muqtada al-Sadr");
	OK_STR(top(m, "Hamed Karzai", NULL), "Hamid Karzai", "Hamed Karzai -> Hamid Karzai");
	OK_STR(top(m, "Hasakah", NULL), "Hasakeh", "Hasakah -> Hasakeh");
	OK_STR(top(m, "Zebari", NULL), "", "an unknown name finds nothing");
	{
		mwz_gazetteer_hit_t *h = NULL;
		size_t n = 0, i;
		int sorted = 1;
		rc = mwz_gazetteer_lookup(&h, &n, gz, m, "Hasan", 5, 0, 0.0);
		for (i = 1; i < n; i++)
			if (h[i].score > h[i - 1].score)
				sorted = 0;
		OK(rc == MWZ_OK && n >= 2 && sorted, "several hits, best first (%zu)", n);
		OK(n < mwz_gazetteer_count(gz), "the index keeps unrelated entries out (%zu of %zu)",
		   n, mwz_gazetteer_count(gz));
		mwz_free(h);
		rc = mwz_gazetteer_lookup(&h, &n, gz, m, "Hasan", 5, 1, 0.0);
		OK(rc == MWZ_OK && n == 1, "max limits the hits");
		mwz_free(h);
		rc = mwz_gazetteer_lookup(&h, &n, gz, m, "Numan", 5, 0, 0.0);
		OK(rc == MWZ_OK && n >= 1 && h[0].exact && h[0].form == MWZ_GAZ_FORM_CANONICAL,
		   "exact match of the canonical form is flagged");
		mwz_free(h);
		rc = mwz_gazetteer_lookup(&h, &n, gz, m, "\xff", 1, 0, 0.0);
		OK(rc == MWZ_EUTF8 && n == 0 && h == NULL, "invalid UTF-8 query");
		rc = mwz_gazetteer_lookup(&h, &n, gz, m, "", 0, 0, 0.0);
		OK(rc == MWZ_OK && n == 0, "empty query finds nothing");
	}

	/* shared between threads */
	{
		pthread_t t[4];
		int i, bad = 0;
		for (i = 0; i < 4; i++)
			pthread_create(&t[i], NULL, worker, NULL);
		for (i = 0; i < 4; i++) {
			void *r;
			pthread_join(t[i], &r);
			if (r)
				bad++;
		}
		OK(bad == 0, "four threads share one gazetteer");
	}

	/* references */
	OK(mwz_gazetteer_reference(gz) == gz, "reference returns the object");
	mwz_gazetteer_destroy(gz);
	OK(mwz_gazetteer_count(gz) == 9, "still alive after one destroy of two references");
	mwz_gazetteer_destroy(gz);
	mwz_gazetteer_destroy(NULL);
	OK(mwz_gazetteer_reference(NULL) == NULL, "reference(NULL)");

	/* errors */
	load_fails("Numan\tx\n# fine\nNoTabHere\n", MWZ_EFORMAT, 3, "one field");
	load_fails("a\tb\tc\td\n", MWZ_EFORMAT, 1, "four fields");
	load_fails("ok\tok\n\tArabic\n", MWZ_EFORMAT, 2, "empty canonical");
	load_fails("ok\tok\nbad\xff\tx\n", MWZ_EUTF8, 2, "invalid UTF-8");
	{
		/* a style sheet saved as "Unicode text": UTF-16 (LE, then BE) and UTF-32 */
		static const char le[] = "\xff\xfeN\x00\t\x00x\x00\n\x00";
		static const char be[] = "\xfe\xff\x00N\x00\t\x00x\x00\n";
		static const char l32[] = "\xff\xfe\x00\x00N\x00\x00\x00";
		static const char *const texts[] = { le, be, l32 };
		static const size_t lens[] = { sizeof le - 1, sizeof be - 1, sizeof l32 - 1 };
		static const char *const want[] = { "UTF-16 text", "UTF-16 text", "UTF-32 text" };
		size_t k;
		for (k = 0; k < 3; k++) {
			mwz_gazetteer_t *g = NULL;
			memset(&err, 0, sizeof err);
			rc = mwz_gazetteer_load_mem(&g, texts[k], lens[k], &err);
			OK(rc == MWZ_EUTF8 && g == NULL && err.line == 1 &&
			   strstr(err.message, want[k]) && strstr(err.message, "byte-order mark"),
			   "wide sheet %zu: %s (%s)", k, want[k], err.message);
		}
	}
	{
		mwz_gazetteer_t *g = NULL;
		rc = mwz_gazetteer_load(&g, "/nonexistent/sheet.tsv", &err);
		OK(rc == MWZ_EIO && g == NULL, "missing file is MWZ_EIO (%d)", rc);
		rc = mwz_gazetteer_load_mem(&g, "", 0, NULL);
		OK(rc == MWZ_OK && g && mwz_gazetteer_count(g) == 0, "empty sheet loads");
		mwz_gazetteer_destroy(g);
	}
	/* from a file */
	{
		char path[512];
		const char *tmp = getenv("TMPDIR");
		FILE *f;
		snprintf(path, sizeof path, "%s/muwazi_gaz_test_%ld.tsv", tmp && *tmp ? tmp : "/tmp",
		         (long)getpid());
		f = fopen(path, "wb");
		mwz_gazetteer_t *g = NULL;
		if (f) {
			fputs(sheet, f);
			fclose(f);
			rc = mwz_gazetteer_load(&g, path, &err);
			OK(rc == MWZ_OK && mwz_gazetteer_count(g) == 9, "load from a file");
			mwz_gazetteer_destroy(g);
			remove(path);
		} else {
			SKIP("cannot write a temporary file");
		}
	}
	{
		/* a name of vowels and glides alone has an empty cross-script key: still found */
		static const char t[] = "Aya\t\xD8\xA2\xD9\x8A\xD8\xA9\nNuman\t\xD8\xA7\xD9\x84\xD9\x86\xD8\xB9\xD9\x85\xD8\xA7\xD9\x86\n";
		static const char *const qs[] = { "Aya", "\xD8\xA2\xD9\x8A\xD8\xA9" };
		mwz_gazetteer_t *g = NULL;
		mwz_gazetteer_hit_t *h = NULL;
		size_t nh = 0, q, found = 0;
		mwz_gazetteer_load_mem(&g, t, sizeof t - 1, NULL);
		for (q = 0; g && q < 2; q++) {
			if (mwz_gazetteer_lookup(&h, &nh, g, m, qs[q], strlen(qs[q]), 5, 0.8) == MWZ_OK &&
			    nh >= 1 && h[0].entry == 0)
				found++;
			mwz_free(h);
			h = NULL;
		}
		OK(found == 2, "an entry with an empty key (Aya) found by its forms: %zu of 2", found);
		mwz_gazetteer_destroy(g);
	}
	mwz_matcher_destroy(m);
	TAP_DONE();
}
