/* test_lexpair.c - FreeDict between two other languages: mwz_lexicon_load_freedict_pair on
 * dictionaries written here, function words left out, errors, and the aligner using such a
 * lexicon in both argument orders. */
#define _POSIX_C_SOURCE 200809L
#include "muwazi.h"
#include "tap.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <zlib.h>

/* dictd's base 64 numbers: most significant digit first. */
static void b64(char *out, size_t v)
{
	static const char dig[] =
		"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
	char tmp[16];
	int n = 0, i;
	do {
		tmp[n++] = dig[v % 64];
		v /= 64;
	} while (v);
	for (i = 0; i < n; i++)
		out[i] = tmp[n - 1 - i];
	out[n] = 0;
}

/* dir/name.index and dir/name.dict.dz from pairs {headword, translations} ... NULL. */
static int write_dict(const char *dir, const char *name, const char *const *e)
{
	char path[512], o[16], l[16];
	FILE *ix;
	gzFile dz;
	size_t off = 0, k;
	snprintf(path, sizeof path, "%s/%s.index", dir, name);
	ix = fopen(path, "w");
	snprintf(path, sizeof path, "%s/%s.dict.dz", dir, name);
	dz = gzopen(path, "wb");
	if (!ix || !dz)
		return -1;
	for (k = 0; e[k]; k += 2) {
		char body[256];
		int n = snprintf(body, sizeof body, "%s /x/ <n>\n%s\n", e[k], e[k + 1]);
		gzwrite(dz, body, (unsigned)n);
		b64(o, off);
		b64(l, (size_t)n);
		fprintf(ix, "%s\t%s\t%s\n", e[k], o, l);
		off += (size_t)n;
	}
	fclose(ix);
	return gzclose(dz) == Z_OK ? 0 : -1;
}

static const char *const deu_fra[] = {
	"Hund", "chien", "Garten", "jardin", "Katze", "chat", "Milch", "lait",
	"Schale", "coupe, bol", "Bauer", "paysan", "Feld", "champ", "Pferd", "cheval",
	"Kinder", "enfants", "Wiese", "prairie", "Haus", "maison", "Vogel", "oiseau",
	"Baum", "arbre", "Frau", "femme", "Brot", "pain", "Käse", "fromage",
	"Markt", "marché",
	/* function words on both sides: left out */
	"und", "et", "der", "le",
	NULL
};
static const char *const fra_deu[] = { "maison", "Haus", "pomme", "Apfel", NULL };

static const char *const de[] = {
	"Der Hund schläft heute in dem warmen Garten.",
	"Die Katze trinkt die frische Milch aus der Schale.",
	"Der Bauer pflügt das Feld mit seinem Pferd.",
	"Die Kinder spielen auf der Wiese hinter dem Haus.",
	"Der Vogel singt laut auf dem hohen Baum.",
};
static const char *const de_left = "Die Frau kauft Brot und Käse auf dem Markt.";
static const char *const fr[] = {
	"Le chien dort aujourd'hui dans le jardin chaud.",
	"Le chat boit le lait frais dans la coupe.",
	"Le paysan laboure le champ avec son cheval.",
	"Les enfants jouent sur la prairie derrière la maison.",
	"L'oiseau chante fort sur le grand arbre.",
};

static int align(mwz_bead_t **b, size_t *nb, const char *const *s, size_t n,
                 const char *const *t, size_t m, const mwz_align_options_t *o)
{
	size_t sl[8], tl[8], i;
	for (i = 0; i < n; i++)
		sl[i] = strlen(s[i]);
	for (i = 0; i < m; i++)
		tl[i] = strlen(t[i]);
	return mwz_align(b, nb, (const char **)s, sl, n, (const char **)t, tl, m, o, NULL);
}

int main(void)
{
	char dir[] = "/tmp/mwz-lexpair-XXXXXX", path[600];
	mwz_lexicon_t *lx = NULL, *ae = NULL;
	mwz_error_t e;
	int rc;

	if (!mkdtemp(dir)) {
		OK(0, "mkdtemp");
		TAP_DONE();
	}
	OK(write_dict(dir, "freedict-deu-fra", deu_fra) == 0 &&
	           write_dict(dir, "freedict-fra-deu", fra_deu) == 0,
	   "dictionaries written");

	/* Loading: both directions read, function words left out. */
	mwz_lexicon_create(&lx);
	memset(&e, 0, sizeof e);
	rc = mwz_lexicon_load_freedict_pair(lx, dir, "de", "fr", &e);
	OK(rc == 0, "de/fr loaded (%s)", e.message);
	OK(mwz_lexicon_size(lx) == 19,
	   "18 content pairs of deu-fra, 1 new of fra-deu, und/et and der/le left out: %zu",
	   mwz_lexicon_size(lx));
	rc = mwz_lexicon_load_freedict_pair(lx, dir, "deu", "fra", &e);
	OK(rc == 0, "the same pair again, by 639-3 codes: taken");
	rc = mwz_lexicon_load_freedict_pair(lx, dir, "fr", "de", &e);
	OK(rc == MWZ_EINVAL, "the pair the other way round into it: MWZ_EINVAL");
	rc = mwz_lexicon_load_freedict(lx, dir, &e);
	OK(rc == MWZ_EINVAL && strstr(e.message, "de/fr"),
	   "Arabic/English FreeDict into a de/fr lexicon: MWZ_EINVAL (%s)", e.message);

	/* Through a cache file: written, then read back to the same lexicon. */
	{
		mwz_lexicon_t *c1 = NULL, *c2 = NULL, *c3 = NULL;
		char cache[600];
		FILE *f;
		snprintf(cache, sizeof cache, "%s/pair.lexicon", dir);
		mwz_lexicon_create(&c1);
		mwz_lexicon_create(&c2);
		mwz_lexicon_create(&c3);
		rc = mwz_lexicon_load_freedict_pair_cached(c1, dir, "de", "fr", cache, &e);
		f = fopen(cache, "rb");
		OK(rc == 0 && f != NULL && mwz_lexicon_size(c1) == 19, "cached: read and the cache written");
		if (f)
			fclose(f);
		rc = mwz_lexicon_load_freedict_pair_cached(c2, dir, "de", "fr", cache, &e);
		OK(rc == 0 && mwz_lexicon_size(c2) == 19, "cached: read back, the same size");
		OK(mwz_lexicon_load_freedict(c2, dir, &e) == MWZ_EINVAL,
		   "cached: the lexicon read back is German/French");
		/* The cache of de/fr is stale for es/it (none there: MWZ_ENOTFOUND). */
		rc = mwz_lexicon_load_freedict_pair_cached(c3, dir, "es", "it", cache, &e);
		OK(rc == MWZ_ENOTFOUND && mwz_lexicon_size(c3) == 0,
		   "cached: another pair does not take it");
		mwz_lexicon_destroy(c1);
		mwz_lexicon_destroy(c2);
		mwz_lexicon_destroy(c3);
		remove(cache);
	}

	/* Errors. */
	mwz_lexicon_create(&ae);
	OK(mwz_lexicon_load_freedict_pair(ae, dir, "de", "xx", &e) == MWZ_EINVAL,
	   "unknown code: MWZ_EINVAL");
	OK(mwz_lexicon_load_freedict_pair(ae, dir, "de", "de-CH", &e) == MWZ_EINVAL,
	   "one language twice: MWZ_EINVAL");
	OK(mwz_lexicon_load_freedict_pair(ae, dir, "ar", "en", &e) == MWZ_EINVAL,
	   "Arabic/English is mwz_lexicon_load_freedict's: MWZ_EINVAL");
	OK(mwz_lexicon_load_freedict_pair(NULL, dir, "de", "fr", &e) == MWZ_EINVAL &&
	           mwz_lexicon_load_freedict_pair(ae, dir, NULL, "fr", &e) == MWZ_EINVAL,
	   "NULL arguments: MWZ_EINVAL");
	rc = mwz_lexicon_load_freedict_pair(ae, dir, "es", "it", &e);
	OK(rc == MWZ_ENOTFOUND && strstr(e.message, "spa-ita"),
	   "no such dictionaries: MWZ_ENOTFOUND naming them (%s)", e.message);
	{
		/* spa-ita missing, ita-spa malformed: ita-spa's own error */
		mwz_lexicon_t *bad = NULL;
		char ix[600], dz[600];
		FILE *f;
		snprintf(ix, sizeof ix, "%s/freedict-ita-spa.index", dir);
		snprintf(dz, sizeof dz, "%s/freedict-ita-spa.dict.dz", dir);
		f = fopen(ix, "w");
		if (f) {
			fputs("no tabs here\n", f);
			fclose(f);
		}
		f = fopen(dz, "w");
		if (f)
			fclose(f);
		mwz_lexicon_create(&bad);
		memset(&e, 0, sizeof e);
		rc = mwz_lexicon_load_freedict_pair(bad, dir, "es", "it", &e);
		OK(rc == MWZ_EFORMAT && e.line == 1 && strstr(e.message, "freedict-ita-spa.index:1:"),
		   "one dictionary missing, the other malformed: the malformed one named (%s)",
		   e.message);
		mwz_lexicon_destroy(bad);
		remove(ix);
		remove(dz);
	}
	rc = mwz_lexicon_load_freedict(ae, "/nonexistent", &e);
	OK(rc == MWZ_ENOTFOUND, "after MWZ_ENOTFOUND the lexicon is as it was (Arabic/English)");
	OK(mwz_lexicon_add(ae, "\xD9\x88\xD8\xB2\xD9\x8A\xD8\xB1", 8, "minister", 8, &e) == 0 &&
	           mwz_lexicon_size(ae) == 1,
	   "... and takes an Arabic/English pair");
	mwz_lexicon_destroy(ae);

	/* A glossary of a pair lexicon: "a<TAB>b", a word of lang_a first. */
	snprintf(path, sizeof path, "%s/g.tsv", dir);
	{
		FILE *g = fopen(path, "w");
		if (g) {
			fputs("# terms\nApfelbaum\tpommier\n", g);
			fclose(g);
		}
	}
	{
		size_t before = mwz_lexicon_size(lx);
		OK(mwz_lexicon_load_glossary(lx, path, &e) == 0 && mwz_lexicon_size(lx) == before + 1,
		   "glossary of Latin words into the de/fr lexicon: one pair more");
	}
	remove(path);

	/*
	 * The aligner: a German sentence the French left out, at each place,
	 * in both argument orders. Lengths say nothing here (the sentences are
	 * alike, no numbers, no shared words): the lexicon tells.
	 */
	{
		mwz_align_options_t o = MWZ_ALIGN_OPTIONS_INIT;
		size_t pos, wrong = 0, runs = 0;
		int swap;
		o.lexicon = lx;
		for (pos = 0; pos <= 5; pos++)
			for (swap = 0; swap < 2; swap++) {
				const char *s[6];
				mwz_bead_t *b = NULL;
				size_t nb = 0, k, good = 0;
				for (k = 0; k < 6; k++)
					s[k] = k < pos ? de[k] : k == pos ? de_left : de[k - 1];
				rc = swap ? align(&b, &nb, fr, 5, s, 6, &o) : align(&b, &nb, s, 6, fr, 5, &o);
				for (k = 0; rc == 0 && k < nb; k++) {
					size_t ls = swap ? b[k].tgt_len : b[k].src_len;
					size_t lt = swap ? b[k].src_len : b[k].tgt_len;
					size_t st = swap ? b[k].tgt_start : b[k].src_start;
					good += (ls == 1 && lt == 0 && st == pos) || (ls == 1 && lt == 1);
				}
				if (rc || nb != 6 || good != 6) {
					wrong++;
					fprintf(stderr, "# pos %zu swap %d:\n", pos, swap);
					for (k = 0; rc == 0 && k < nb; k++)
						fprintf(stderr, "#   %zu+%zu : %zu+%zu\n", b[k].src_start, b[k].src_len, b[k].tgt_start, b[k].tgt_len);
				}
				runs++;
				mwz_free(b);
			}
		OK(wrong == 0, "the left-out sentence found at all 6 places, both orders (%zu of %zu wrong)",
		   wrong, runs);
	}
	mwz_lexicon_destroy(lx);

	snprintf(path, sizeof path, "%s/freedict-deu-fra.index", dir);
	remove(path);
	snprintf(path, sizeof path, "%s/freedict-deu-fra.dict.dz", dir);
	remove(path);
	snprintf(path, sizeof path, "%s/freedict-fra-deu.index", dir);
	remove(path);
	snprintf(path, sizeof path, "%s/freedict-fra-deu.dict.dz", dir);
	remove(path);
	rmdir(dir);
	TAP_DONE();
}
