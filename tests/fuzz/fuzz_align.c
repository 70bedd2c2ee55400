/*
 * fuzz_align.c - the aligner and the five writers on arbitrary sentences.
 * Input: byte 0 holds options (bit 0: with a small lexicon, Arabic/English,
 * or with bit 6 German/French, made from a dictionary the harness writes;
 * bits 1-2 and 3-4: source and target languages; bit 5: paragraph marks
 * from blank lines), then SRC [0xFF TGT], each one sentence a line.
 * Checks the contract of mwz_align: every sentence of both sides in
 * exactly one bead, beads in order, none empty on both sides, at most four
 * sentences a side, scores in [0, 1]. Then renders the beads in every
 * format: valid UTF-8 must render, invalid must give MWZ_EUTF8.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <zlib.h>
#include "muwazi.h"

#define CHECK(c, what) \
	do { \
		if (!(c)) { \
			fprintf(stderr, "fuzz_align: %s (%s:%d)\n", what, __FILE__, __LINE__); \
			abort(); \
		} \
	} while (0)

static mwz_lexicon_t *lexicon, *pair_lexicon;

/* A German/French lexicon from a small FreeDict-style dictionary written to
 * a temporary folder (removed at once): dictd's index, base-64 offsets. */
static mwz_lexicon_t *make_pair_lexicon(void)
{
	static const char *const e[] = {
		"Hund", "chien", "Haus", "maison", "Berg", "montagne", "Gipfel", "sommet",
		"und", "et", "Wetter", "temps", "Schnee", "neige",
	};
	char dir[] = "/tmp/fuzz-pair-XXXXXX", path[128];
	mwz_lexicon_t *lx = NULL;
	FILE *ix;
	gzFile dz;
	size_t k, off = 0;
	CHECK(mkdtemp(dir) != NULL, "mkdtemp");
	snprintf(path, sizeof path, "%s/freedict-deu-fra.index", dir);
	ix = fopen(path, "w");
	snprintf(path, sizeof path, "%s/freedict-deu-fra.dict.dz", dir);
	dz = gzopen(path, "wb");
	CHECK(ix && dz, "writing the dictionary");
	for (k = 0; k < sizeof e / sizeof e[0]; k += 2) {
		static const char dig[] =
			"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
		char body[64];
		int n = snprintf(body, sizeof body, "%s\n%s\n", e[k], e[k + 1]);
		CHECK(off < 64 * 64 && n < 64, "dictionary too big for two digits");
		gzwrite(dz, body, (unsigned)n);
		fprintf(ix, "%s\t%c%c\t%c\n", e[k], dig[off / 64], dig[off % 64], dig[n]);
		off += (size_t)n;
	}
	fclose(ix);
	gzclose(dz);
	CHECK(mwz_lexicon_create(&lx) == MWZ_OK, "mwz_lexicon_create");
	CHECK(mwz_lexicon_load_freedict_pair(lx, dir, "de", "fr", NULL) == MWZ_OK,
	      "mwz_lexicon_load_freedict_pair");
	unlink(path);
	snprintf(path, sizeof path, "%s/freedict-deu-fra.index", dir);
	unlink(path);
	rmdir(dir);
	return lx;
}

typedef struct {
	const char **s;
	size_t *len;
	unsigned char *para;
	size_t n;
	int valid;
} side;

static void split_lines(side *sd, const char *p, size_t n)
{
	size_t i = 0, k = 0, cap = 1;
	int blank_before = 1;
	for (i = 0; i < n; i++)
		cap += p[i] == '\n';
	sd->s = malloc(cap * sizeof *sd->s);
	sd->len = malloc(cap * sizeof *sd->len);
	sd->para = malloc(cap);
	CHECK(sd->s && sd->len && sd->para, "out of memory in the harness");
	sd->valid = mwz_utf8_validate(p, n, NULL) == MWZ_OK;
	i = 0;
	while (i < n) {
		const char *e = memchr(p + i, '\n', n - i);
		size_t l = e ? (size_t)(e - (p + i)) : n - i;
		if (l == 0) {
			blank_before = 1; /* a blank line: a paragraph, no sentence */
		} else {
			sd->s[k] = p + i;
			sd->len[k] = l;
			sd->para[k] = (unsigned char)blank_before;
			blank_before = 0;
			k++;
		}
		i += l + 1;
	}
	sd->n = k;
}

static void free_side(side *sd)
{
	free(sd->s);
	free(sd->len);
	free(sd->para);
}

static void render_all(const mwz_bead_t *beads, size_t nbeads, const side *a, const side *b)
{
	int f;
	for (f = MWZ_FORMAT_TEXT; f <= MWZ_FORMAT_VECALIGN; f++) {
		mwz_write_options_t wo = MWZ_WRITE_OPTIONS_INIT;
		mwz_write_stats_t st;
		char *out = NULL;
		size_t outlen = 0;
		int rc;
		wo.format = f;
		wo.flags = (unsigned int)(nbeads & 1) ? MWZ_WRITE_KEEP_EMPTY : 0;
		wo.src_lang = "ar";
		wo.tgt_lang = "en";
		wo.src = a->s;
		wo.src_len = a->len;
		wo.nsrc = a->n;
		wo.tgt = b->s;
		wo.tgt_len = b->len;
		wo.ntgt = b->n;
		rc = mwz_beads_render(&out, &outlen, &st, beads, nbeads, &wo, NULL);
		if (f == MWZ_FORMAT_VECALIGN || (a->valid && b->valid)) {
			CHECK(rc == MWZ_OK, "a writer refused a valid alignment");
			CHECK(out && out[outlen] == '\0' && st.bytes == outlen, "rendered length");
			CHECK(mwz_utf8_validate(out, outlen, NULL) == MWZ_OK, "a writer wrote bad UTF-8");
			CHECK(st.written + st.omitted == nbeads, "written + omitted != beads");
		} else {
			CHECK(rc == MWZ_EUTF8, "a writer took invalid UTF-8");
		}
		mwz_free(out);
	}
}

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
	mwz_align_options_t opts = MWZ_ALIGN_OPTIONS_INIT;
	mwz_bead_t *beads = NULL;
	size_t nbeads = 0, i, si = 0, ti = 0;
	side a, b;
	const char *p, *sep;
	int rc;

	if (size == 0)
		return 0;
	if (!lexicon) {
		static const char *const pairs[][2] = {
			{ "\xD8\xA7\xD9\x84\xD8\xB1\xD8\xA6\xD9\x8A\xD8\xB3", "president" },
			{ "\xD9\x82\xD8\xA7\xD9\x84", "said" },
			{ "\xD8\xA8\xD8\xBA\xD8\xAF\xD8\xA7\xD8\xAF", "Baghdad" },
			{ "\xD8\xA7\xD9\x84\xD9\x8A\xD9\x88\xD9\x85", "today" },
		};
		CHECK(mwz_lexicon_create(&lexicon) == MWZ_OK, "mwz_lexicon_create");
		for (i = 0; i < sizeof pairs / sizeof pairs[0]; i++)
			CHECK(mwz_lexicon_add(lexicon, pairs[i][0], strlen(pairs[i][0]), pairs[i][1],
			                      strlen(pairs[i][1]), NULL) == MWZ_OK,
			      "mwz_lexicon_add");
	}
	if (!pair_lexicon)
		pair_lexicon = make_pair_lexicon();
	opts.lexicon = !(data[0] & 1) ? NULL : (data[0] & 64) ? pair_lexicon : lexicon;
	opts.src_lang = (data[0] >> 1) & 3;
	opts.tgt_lang = (data[0] >> 3) & 3;
	p = (const char *)data + 1;
	size--;
	sep = memchr(p, 0xFF, size);
	split_lines(&a, p, sep ? (size_t)(sep - p) : size);
	split_lines(&b, sep ? sep + 1 : p + size, sep ? size - (size_t)(sep - p) - 1 : 0);
	if (data[0] & 32) {
		opts.src_para = a.para;
		opts.tgt_para = b.para;
	}
	rc = mwz_align(&beads, &nbeads, a.s, a.len, a.n, b.s, b.len, b.n, &opts, NULL);
	CHECK(rc == MWZ_OK, "mwz_align failed");
	CHECK(nbeads == 0 || beads, "beads counted but none returned");
	for (i = 0; i < nbeads; i++) {
		const mwz_bead_t *d = &beads[i];
		CHECK(d->src_start == si && d->tgt_start == ti, "a sentence skipped or repeated");
		CHECK(d->src_len + d->tgt_len > 0, "a bead empty on both sides");
		CHECK(d->src_len <= 4 && d->tgt_len <= 4, "a bead of more than four sentences");
		CHECK(d->score >= 0.0 && d->score <= 1.0, "a score outside [0, 1]");
		si += d->src_len;
		ti += d->tgt_len;
	}
	CHECK(si == a.n && ti == b.n, "sentences left out of every bead");
	render_all(beads, nbeads, &a, &b);
	mwz_free(beads);
	free_side(&a);
	free_side(&b);
	return 0;
}
