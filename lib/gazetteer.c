/*
 * gazetteer.c - an immutable list of names (canonical spelling, Arabic form,
 * variants) with an index from cross-script word keys to entries, so that a
 * lookup scores only the entries sharing a key (or a key one consonant
 * class away) with the query.
 */
#include "internal.h"
#include "names.h"
#include "utf8.h"

#include <stdatomic.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

typedef struct gz_form {
	size_t str;   /* offset of the text in strings */
	size_t word;  /* first word in words */
	unsigned char nw;
} gz_form;

typedef struct gz_entry {
	size_t form;  /* first form: canonical, Arabic, then the variants */
	size_t nvar;
} gz_entry;

typedef struct gz_post {
	uint64_t hash;
	uint32_t entry;
} gz_post;

struct mwz_gazetteer {
	atomic_int refs;
	char *strings;
	gz_entry *entries;
	size_t n;
	gz_form *forms;
	size_t nforms;
	mwz__nm_word *words;
	size_t nwords;
	gz_post *post;
	size_t npost;
};

/* Candidates scored at most per lookup (those sharing the most keys). */
#define GZ_MAX_CANDIDATES 4096

static uint64_t fnv(const char *s, size_t n, size_t skip)
{
	uint64_t h = 1469598103934665603ULL;
	size_t i;
	for (i = 0; i < n; i++) {
		if (i == skip)
			continue;
		h ^= (unsigned char)s[i];
		h *= 1099511628211ULL;
	}
	return h;
}

/*
 * Hashes of a word's keys (the key and its alternatives, see names.h) and
 * of each key less one class (for keys of 3 classes or more). out has
 * room for GZ_MAX_HASHES.
 */
#define GZ_MAX_HASHES (4 * (MWZ__NM_MAXS + 1))
static size_t word_hashes(uint64_t *out, const mwz__nm_word *w)
{
	static const unsigned int alts[] = { 0, MWZ__KEY_PREFIX, MWZ__KEY_V_AS_F, MWZ__KEY_Z_AS_S };
	char key[MWZ__NM_MAXS + 1], first[MWZ__NM_MAXS + 1];
	size_t k = 0, i, a;
	first[0] = 0;
	for (a = 0; a < sizeof alts / sizeof alts[0]; a++) {
		size_t n = mwz__nm_word_key(key, sizeof key, w, alts[a]);
		if (n == 0 || (a > 0 && strcmp(key, first) == 0))
			continue;
		if (a == 0)
			memcpy(first, key, n + 1);
		out[k++] = fnv(key, n, (size_t)-1);
		if (n >= 3)
			for (i = 0; i < n; i++)
				out[k++] = fnv(key, n, i) ^ 0x9e3779b97f4a7c15ULL;
	}
	/* a word of vowels and glides alone (Aya, آية) has an empty key: such words
	 * share one hash, so that they are still found (there are few of them) */
	if (k == 0)
		out[k++] = 0x5be0cd19137e2179ULL;
	return k;
}

typedef struct growbuf {
	void *p;
	size_t n, cap, size;
} growbuf;

static void *grow(growbuf *b, size_t more)
{
	if (more == 0) /* no NULL + 0 (UBSan) when nothing is there yet */
		return b->p;
	if (b->n + more > b->cap) {
		size_t ncap = b->cap ? b->cap * 2 : 64;
		void *q;
		while (ncap < b->n + more)
			ncap *= 2;
		q = realloc(b->p, ncap * b->size);
		if (!q)
			return NULL;
		b->p = q;
		b->cap = ncap;
	}
	b->n += more;
	return (char *)b->p + (b->n - more) * b->size;
}

static int cmp_post(const void *x, const void *y)
{
	const gz_post *a = x, *b = y;
	if (a->hash != b->hash)
		return a->hash < b->hash ? -1 : 1;
	return a->entry < b->entry ? -1 : a->entry > b->entry;
}

static char *trim(char *s, char **end)
{
	char *e = *end;
	while (s < e && (*s == ' ' || *s == '\t' || *s == '\r'))
		s++;
	while (e > s && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r'))
		e--;
	*end = e;
	return s;
}

typedef struct builder {
	growbuf str, ent, form, word, post;
	mwz__nm_name tmp;
} builder;

/* Add one form (text s[0..len)) of entry e. */
static int add_form(builder *b, uint32_t e, const char *s, size_t len)
{
	gz_form *f;
	char *dst;
	size_t off = b->str.n, i;
	int w;
	dst = grow(&b->str, len + 1);
	if (!dst)
		return MWZ_ENOMEM;
	memcpy(dst, s, len);
	dst[len] = 0;
	f = grow(&b->form, 1);
	if (!f)
		return MWZ_ENOMEM;
	f->str = off;
	f->word = b->word.n;
	f->nw = 0;
	if (len == 0)
		return MWZ_OK;
	if (mwz__nm_parse(&b->tmp, s, len, NULL) != MWZ_OK)
		return MWZ_EUTF8;
	for (w = 0; w < b->tmp.nw; w++) {
		uint64_t h[GZ_MAX_HASHES];
		size_t nh = word_hashes(h, &b->tmp.w[w]);
		mwz__nm_word *dw = grow(&b->word, 1);
		gz_post *p;
		if (!dw)
			return MWZ_ENOMEM;
		*dw = b->tmp.w[w];
		p = grow(&b->post, nh);
		if (!p && nh)
			return MWZ_ENOMEM;
		for (i = 0; i < nh; i++) {
			p[i].hash = h[i];
			p[i].entry = e;
		}
	}
	((gz_form *)b->form.p)[b->form.n - 1].nw = (unsigned char)b->tmp.nw;
	return MWZ_OK;
}

static void builder_free(builder *b)
{
	free(b->str.p);
	free(b->ent.p);
	free(b->form.p);
	free(b->word.p);
	free(b->post.p);
	free(b);
}

static int parse_line(builder *b, char *line, char *end, size_t lineno, size_t lineoff,
                      mwz_error_t *err)
{
	char *hash = memchr(line, '#', (size_t)(end - line));
	char *f[4], *fe[4], *p;
	int nf = 0, rc;
	size_t bad;
	gz_entry *ent;
	uint32_t e = (uint32_t)b->ent.n;
	if (hash)
		end = hash;
	{
		char *e2 = end, *s = trim(line, &e2);
		if (s == e2)
			return MWZ_OK; /* blank or comment */
	}
	if (mwz_utf8_validate(line, (size_t)(end - line), &bad) != MWZ_OK)
		return mwz__fail(err, MWZ_EUTF8, lineno, lineoff + bad,
		                 "line %zu: invalid UTF-8 at byte %zu of the line", lineno, bad + 1);
	if (memchr(line, '\0', (size_t)(end - line))) /* the accessors return C strings */
		return mwz__fail(err, MWZ_EFORMAT, lineno, 0, "line %zu: NUL byte", lineno);
	p = line;
	for (;;) {
		char *tab = memchr(p, '\t', (size_t)(end - p));
		if (nf == 3)
			return mwz__fail(err, MWZ_EFORMAT, lineno, 0,
			                 "line %zu: more than three tab-separated fields", lineno);
		f[nf] = p;
		fe[nf] = tab ? tab : end;
		f[nf] = trim(f[nf], &fe[nf]);
		nf++;
		if (!tab)
			break;
		p = tab + 1;
	}
	if (nf < 2)
		return mwz__fail(err, MWZ_EFORMAT, lineno, 0,
		                 "line %zu: expected canonical<TAB>Arabic[<TAB>variants]", lineno);
	if (f[0] == fe[0])
		return mwz__fail(err, MWZ_EFORMAT, lineno, 0, "line %zu: empty canonical spelling",
		                 lineno);
	ent = grow(&b->ent, 1);
	if (!ent)
		return mwz__fail(err, MWZ_ENOMEM, lineno, 0, "out of memory");
	ent->form = b->form.n;
	ent->nvar = 0;
	if ((rc = add_form(b, e, f[0], (size_t)(fe[0] - f[0]))) != MWZ_OK ||
	    (rc = add_form(b, e, f[1], (size_t)(fe[1] - f[1]))) != MWZ_OK)
		return mwz__fail(err, rc, lineno, 0, "line %zu: %s", lineno, mwz_strerror(rc));
	if (nf == 3) {
		char *v = f[2];
		while (v <= fe[2]) {
			char *bar = memchr(v, '|', (size_t)(fe[2] - v));
			char *ve = bar ? bar : fe[2], *vs = trim(v, &ve);
			if (vs < ve) {
				rc = add_form(b, e, vs, (size_t)(ve - vs));
				if (rc != MWZ_OK)
					return mwz__fail(err, rc, lineno, 0, "line %zu: %s", lineno,
					                 mwz_strerror(rc));
				((gz_entry *)b->ent.p)[e].nvar++;
			}
			if (!bar)
				break;
			v = bar + 1;
		}
	}
	return MWZ_OK;
}

int mwz_gazetteer_load_mem(mwz_gazetteer_t **out, const char *data, size_t len,
                           mwz_error_t *err)
{
	builder *b;
	char *copy, *p, *end, term;
	size_t lineno = 0, i, k;
	int rc = MWZ_OK;
	mwz_gazetteer_t *g;
	if (!out || (!data && len))
		return mwz__fail(err, MWZ_EINVAL, 0, 0, "bad argument");
	*out = NULL;
	b = calloc(1, sizeof *b);
	copy = malloc(len + 1);
	if (!b || !copy) {
		free(b);
		free(copy);
		return mwz__fail(err, MWZ_ENOMEM, 0, 0, "out of memory");
	}
	b->str.size = 1;
	b->ent.size = sizeof(gz_entry);
	b->form.size = sizeof(gz_form);
	b->word.size = sizeof(mwz__nm_word);
	b->post.size = sizeof(gz_post);
	if (len)
		memcpy(copy, data, len);
	copy[len] = 0;
	p = copy;
	end = copy + len;
	term = mwz__line_end(copy, len);
	while (p < end && rc == MWZ_OK) {
		char *nl = memchr(p, term, (size_t)(end - p));
		char *le = nl ? nl : end;
		lineno++;
		if (lineno == 1 && le - p >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0)
			p += 3; /* a BOM */
		if (lineno == 1 && mwz__wide_bom(p, (size_t)(end - p))) {
			rc = mwz__fail(err, MWZ_EUTF8, 1, 0,
			               "line 1: %s text (byte-order mark at byte 1), not UTF-8; "
			               "convert it first: iconv -f %s -t UTF-8",
			               mwz__wide_bom(p, (size_t)(end - p)),
			               mwz__wide_bom(p, (size_t)(end - p)));
			break;
		}
		rc = parse_line(b, p, le, lineno, (size_t)(p - copy), err);
		p = nl ? nl + 1 : end;
	}
	free(copy);
	if (rc != MWZ_OK) {
		builder_free(b);
		return rc;
	}
	if (b->ent.n > 0xFFFFFFFFu) {
		builder_free(b);
		return mwz__fail(err, MWZ_ERANGE, 0, 0, "too many entries");
	}
	if (b->post.n)
		qsort(b->post.p, b->post.n, sizeof(gz_post), cmp_post);
	{
		gz_post *pp = b->post.p;
		for (i = 0, k = 0; i < b->post.n; i++)
			if (k == 0 || pp[k - 1].hash != pp[i].hash || pp[k - 1].entry != pp[i].entry)
				pp[k++] = pp[i];
		b->post.n = k;
	}
	g = calloc(1, sizeof *g);
	if (!g) {
		builder_free(b);
		return mwz__fail(err, MWZ_ENOMEM, 0, 0, "out of memory");
	}
	atomic_init(&g->refs, 1);
	g->strings = b->str.p;
	g->entries = b->ent.p;
	g->n = b->ent.n;
	g->forms = b->form.p;
	g->nforms = b->form.n;
	g->words = b->word.p;
	g->nwords = b->word.n;
	g->post = b->post.p;
	g->npost = b->post.n;
	free(b);
	*out = g;
	return MWZ_OK;
}

int mwz_gazetteer_load(mwz_gazetteer_t **out, const char *path, mwz_error_t *err)
{
	char *data;
	size_t len;
	int rc;
	if (!out || !path)
		return mwz__fail(err, MWZ_EINVAL, 0, 0, "bad argument");
	*out = NULL;
	rc = mwz__read_file(&data, &len, path, err);
	if (rc != MWZ_OK)
		return rc;
	rc = mwz_gazetteer_load_mem(out, data, len, err);
	free(data);
	return rc;
}

mwz_gazetteer_t *mwz_gazetteer_reference(mwz_gazetteer_t *g)
{
	if (g)
		atomic_fetch_add(&g->refs, 1);
	return g;
}

void mwz_gazetteer_destroy(mwz_gazetteer_t *g)
{
	if (!g || atomic_fetch_sub(&g->refs, 1) != 1)
		return;
	free(g->strings);
	free(g->entries);
	free(g->forms);
	free(g->words);
	free(g->post);
	free(g);
}

size_t mwz_gazetteer_count(const mwz_gazetteer_t *g)
{
	return g ? g->n : 0;
}

static const char *form_text(const mwz_gazetteer_t *g, size_t i, size_t f)
{
	if (!g || i >= g->n)
		return NULL;
	return g->strings + g->forms[g->entries[i].form + f].str;
}

const char *mwz_gazetteer_canonical(const mwz_gazetteer_t *g, size_t i)
{
	return form_text(g, i, 0);
}

const char *mwz_gazetteer_arabic(const mwz_gazetteer_t *g, size_t i)
{
	return form_text(g, i, 1);
}

size_t mwz_gazetteer_variant_count(const mwz_gazetteer_t *g, size_t i)
{
	return g && i < g->n ? g->entries[i].nvar : 0;
}

const char *mwz_gazetteer_variant(const mwz_gazetteer_t *g, size_t i, size_t k)
{
	if (!g || i >= g->n || k >= g->entries[i].nvar)
		return NULL;
	return form_text(g, i, 2 + k);
}

typedef struct cand {
	uint32_t entry, count;
} cand;

static int cmp_u32(const void *x, const void *y)
{
	uint32_t a = *(const uint32_t *)x, b = *(const uint32_t *)y;
	return a < b ? -1 : a > b;
}

static int cmp_cand_count(const void *x, const void *y)
{
	const cand *a = x, *b = y;
	if (a->count != b->count)
		return a->count > b->count ? -1 : 1;
	return a->entry < b->entry ? -1 : a->entry > b->entry;
}

static int cmp_hit(const void *x, const void *y)
{
	const mwz_gazetteer_hit_t *a = x, *b = y;
	if (a->score != b->score)
		return a->score > b->score ? -1 : 1;
	return a->entry < b->entry ? -1 : a->entry > b->entry;
}

int mwz_gazetteer_lookup(mwz_gazetteer_hit_t **hits, size_t *nhits,
                         const mwz_gazetteer_t *g, mwz_matcher_t *m,
                         const char *name, size_t len, size_t max,
                         double min_score)
{
	mwz__nm_name *q, *f;
	growbuf ids = { NULL, 0, 0, sizeof(uint32_t) };
	cand *c = NULL;
	mwz_gazetteer_hit_t *h = NULL;
	size_t nc = 0, i, j, nh = 0;
	int w, rc;
	if (!hits || !nhits || !g || !m || (!name && len))
		return MWZ_EINVAL;
	*hits = NULL;
	*nhits = 0;
	q = mwz__nm_slot(m, 0);
	f = mwz__nm_slot(m, 1);
	rc = mwz__nm_parse(q, name, len, NULL);
	if (rc != MWZ_OK)
		return rc;
	/* candidates: entries sharing a key hash with a word of the query */
	for (w = 0; w < q->nw; w++) {
		uint64_t hs[GZ_MAX_HASHES];
		size_t n = word_hashes(hs, &q->w[w]), k;
		for (k = 0; k < n; k++) {
			size_t lo = 0, hi = g->npost;
			while (lo < hi) {
				size_t mid = lo + (hi - lo) / 2;
				if (g->post[mid].hash < hs[k])
					lo = mid + 1;
				else
					hi = mid;
			}
			for (; lo < g->npost && g->post[lo].hash == hs[k]; lo++) {
				uint32_t *p = grow(&ids, 1);
				if (!p) {
					free(ids.p);
					return MWZ_ENOMEM;
				}
				*p = g->post[lo].entry;
			}
		}
	}
	if (ids.n == 0)
		return MWZ_OK;
	qsort(ids.p, ids.n, sizeof(uint32_t), cmp_u32);
	c = malloc(ids.n * sizeof *c);
	if (!c) {
		free(ids.p);
		return MWZ_ENOMEM;
	}
	for (i = 0; i < ids.n; i++) {
		uint32_t e = ((uint32_t *)ids.p)[i];
		if (nc && c[nc - 1].entry == e)
			c[nc - 1].count++;
		else {
			c[nc].entry = e;
			c[nc++].count = 1;
		}
	}
	free(ids.p);
	if (nc > GZ_MAX_CANDIDATES) {
		qsort(c, nc, sizeof *c, cmp_cand_count);
		nc = GZ_MAX_CANDIDATES;
	}
	h = malloc(nc * sizeof *h);
	if (!h) {
		free(c);
		return MWZ_ENOMEM;
	}
	for (i = 0; i < nc; i++) {
		const gz_entry *e = &g->entries[c[i].entry];
		double best = -1;
		int bestf = 0, exact = 0, ex;
		for (j = 0; j < 2 + e->nvar; j++) {
			const gz_form *fm = &g->forms[e->form + j];
			const char *txt = g->strings + fm->str;
			double s;
			if (fm->nw == 0)
				continue;
			f->nw = fm->nw;
			memcpy(f->w, g->words + fm->word, fm->nw * sizeof f->w[0]);
			s = mwz__nm_compare(m, q, f, -1.0);
			ex = strlen(txt) == len && memcmp(txt, name, len) == 0;
			if (ex)
				s = 1.0;
			/* an exact form wins a tie, so that "exact" names the form reported */
			if (s > best || (ex && !exact)) {
				best = s;
				bestf = (int)j;
				exact = ex;
			}
		}
		if (best >= min_score && best >= 0) {
			h[nh].entry = c[i].entry;
			h[nh].score = best;
			h[nh].form = bestf == 0 ? MWZ_GAZ_FORM_CANONICAL
			           : bestf == 1 ? MWZ_GAZ_FORM_ARABIC : bestf - 2;
			h[nh].exact = exact;
			nh++;
		}
	}
	free(c);
	if (nh == 0) {
		free(h);
		return MWZ_OK;
	}
	qsort(h, nh, sizeof *h, cmp_hit);
	if (max && nh > max)
		nh = max;
	*hits = h;
	*nhits = nh;
	return MWZ_OK;
}
