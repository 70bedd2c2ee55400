/*
 * normalize.c - Unicode and Arabic normalisation by flags or profile, with a
 * map from every output byte back to the input byte it came from; script
 * detection.
 *
 * How it works. Each code point is folded on its own from the generated
 * tables (normtab.c, built from utf8proc): first muwazi's own fold of the
 * character (Arabic letters, punctuation, controls, spaces), then its
 * single-character NFC/NFKC(+casefold) mapping, then the own folds of what
 * that produced. This is exact as long as no composition or reordering with
 * neighbours is needed. Where it is (a mark that can compose with what
 * precedes, marks out of canonical order), the run from the last starter to
 * the next starter is handed to utf8proc, composed, then folded.
 * Characters dropped by a flag are dropped before composition.
 * A per-object table of the code points below U+0800 (ASCII, Latin, Arabic),
 * filled as they are met, turns the common case into one lookup and a copy.
 */
#include "internal.h"
#include "utf8.h"
#include "normtab.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#define KNOWN_FLAGS (MWZ_PROFILE_MATCH | MWZ_NORM_NFC | MWZ_NORM_LOSSY)
#define EXP_MAX 96 /* code points one character can expand to, with room */

/* What the fast loop does with a character below U+0800. */
/* UNSET: not worked out yet. */
enum { A_EMIT, A_SPACE, A_UNSET, A_DROP, A_GEN };

typedef struct act {
	unsigned char kind, n;
	char b[6];
} act_t;

struct mwz_norm {
	unsigned int flags;
	int variant; /* index into mwz__nt_rec.map, or -1 for no mapping */
	int compose; /* composition with neighbours in use (NFC, NFKC, CASE) */
	utf8proc_option_t uopts;
	char *out;
	size_t *offs;
	size_t outlen;
	size_t cap;  /* of out (bytes, plus NUL) and offs (entries, plus 1) */
	int want_offs;
	utf8proc_int32_t *u32, *u32b; /* scratch of the composition path */
	size_t u32cap, u32bcap;
	char *tmp;
	size_t tmpcap;
	size_t err_off;
	char errmsg[96];
	act_t act[0x800];
};

/* The state of one run. */
typedef struct st {
	mwz_norm_t *n;
	size_t o;           /* output length so far */
	int pending;        /* a space waits to be written before the next char */
	size_t pend_off;
	int ls_valid;       /* last starter: where to restart composition */
	size_t ls_in, ls_out;
	int ls_pending;     /* the waiting-space state at that point */
	size_t ls_pend_off;
	unsigned int last_ccc;
} st_t;

static int is_space_cp(const mwz_norm_t *n, unsigned int cp)
{
	return cp == 0x20 && (n->flags & MWZ_NORM_SPACE);
}

/* Does the flag set drop this character outright? */
static int drops(const mwz_norm_t *n, const mwz__nt_rec *r)
{
	if (r->fold1 && (n->flags >> (r->fold1 - 1) & 1u))
		return r->foldto == 0;
	return r->fold2 && (n->flags >> (r->fold2 - 1) & 1u);
}

static int astral_comb2nd(unsigned int cp)
{
	size_t lo = 0, hi = mwz__nt_nastral2nd;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (mwz__nt_astral2nd[mid] == cp)
			return 1;
		if (mwz__nt_astral2nd[mid] < cp)
			lo = mid + 1;
		else
			hi = mid;
	}
	return 0;
}

/*
 * Fold and map one code point on its own: writes the resulting code points
 * to dst (room entries) and returns their number (0 when dropped). A space
 * under MWZ_NORM_SPACE comes out as U+0020.
 */
static int expand(const mwz_norm_t *n, unsigned int cp, unsigned int *dst,
                  int room, int depth)
{
	if (room <= 0)
		return 0;
	if (cp < 0x10000) {
		const mwz__nt_rec *r = mwz__nt_get(cp);
		if (r->fold1 && (n->flags >> (r->fold1 - 1) & 1u)) {
			unsigned int t = r->foldto;
			if (!t)
				return 0;
			if (t == cp || depth > 4) {
				dst[0] = t;
				return 1;
			}
			return expand(n, t, dst, room, depth + 1);
		}
		if (r->fold2 && (n->flags >> (r->fold2 - 1) & 1u))
			return 0;
		if (n->variant >= 0 && r->map[n->variant]) {
			const unsigned int *m = &mwz__nt_pool[r->map[n->variant]];
			unsigned int j;
			int k = 0;
			for (j = 0; j < m[0] && k < room; j++) {
				if (depth > 4 || m[1 + j] == cp)
					dst[k++] = m[1 + j];
				else
					k += expand(n, m[1 + j], dst + k, room - k, depth + 1);
			}
			return k;
		}
		dst[0] = cp;
		return 1;
	}
	if (n->variant >= 0) {
		utf8proc_int32_t buf[32];
		utf8proc_ssize_t m, j;
		int k = 0;
		m = utf8proc_decompose_char((utf8proc_int32_t)cp, buf, 32,
		                            n->uopts | UTF8PROC_DECOMPOSE, NULL);
		if (m > 0 && m <= 32) {
			m = utf8proc_normalize_utf32(buf, m, n->uopts | UTF8PROC_COMPOSE);
			for (j = 0; j < m && k < room; j++) {
				unsigned int d = (unsigned int)buf[j];
				if (d < 0x10000 && depth <= 4)
					k += expand(n, d, dst + k, room - k, depth + 1);
				else
					dst[k++] = d;
			}
			return k;
		}
	}
	dst[0] = cp;
	return 1;
}

static int grow(st_t *st, size_t need)
{
	mwz_norm_t *n = st->n;
	size_t ncap = n->cap ? n->cap : 256;
	char *p;
	if (need > (size_t)-1 / 4 - st->o)
		return MWZ_ERANGE;
	if (st->o + need + 1 <= n->cap)
		return MWZ_OK;
	while (ncap < st->o + need + 1)
		ncap *= 2;
	p = realloc(n->out, ncap);
	if (!p)
		return MWZ_ENOMEM;
	n->out = p;
	if (n->want_offs) {
		size_t *q = realloc(n->offs, (ncap + 1) * sizeof *q);
		if (!q)
			return MWZ_ENOMEM;
		n->offs = q;
	}
	n->cap = ncap;
	return MWZ_OK;
}

static void put_bytes(st_t *st, const char *b, size_t k, size_t off)
{
	mwz_norm_t *n = st->n;
	memcpy(n->out + st->o, b, k);
	if (n->want_offs) {
		size_t j;
		for (j = 0; j < k; j++)
			n->offs[st->o + j] = off;
	}
	st->o += k;
}

static void flush_space(st_t *st)
{
	if (st->pending) {
		st->pending = 0;
		put_bytes(st, " ", 1, st->pend_off);
	}
}

static void put_space(st_t *st, size_t off)
{
	if (!st->pending && st->o > 0) {
		st->pending = 1;
		st->pend_off = off;
	}
	st->ls_valid = 0;
	st->last_ccc = 0;
}

/* Write one code point of output (room ensured by the caller). */
static void put_cp(st_t *st, unsigned int cp, size_t off)
{
	char b[4];
	if (is_space_cp(st->n, cp)) {
		put_space(st, off);
		return;
	}
	flush_space(st);
	put_bytes(st, b, (size_t)mwz__utf8_encode(b, cp), off);
}

static unsigned int ccc_of(unsigned int cp)
{
	if (cp < 0x10000)
		return mwz__nt_get(cp)->ccc;
	return (unsigned int)utf8proc_get_property((utf8proc_int32_t)cp)->combining_class;
}

/* Length of the bad sequence at s[i]: its maximal valid prefix, at least 1. */
static size_t bad_len(const unsigned char *s, size_t len, size_t i)
{
	unsigned int c = s[i], lo = 0x80, hi = 0xBF;
	size_t need, k;
	if (c < 0xC2 || c > 0xF4)
		return 1;
	need = c < 0xE0 ? 1 : c < 0xF0 ? 2 : 3;
	if (c == 0xE0)
		lo = 0xA0;
	else if (c == 0xED)
		hi = 0x9F;
	else if (c == 0xF0)
		lo = 0x90;
	else if (c == 0xF4)
		hi = 0x8F;
	for (k = 1; k <= need && i + k < len; k++) {
		unsigned int b = s[i + k];
		if (b < lo || b > hi)
			break;
		lo = 0x80;
		hi = 0xBF;
	}
	return k > need ? need : k;
}

/* Properties of a code point for the composition decisions. */
static void props(unsigned int cp, unsigned int *ccc, unsigned int *info,
                  const mwz__nt_rec **rec)
{
	if (cp < 0x10000) {
		const mwz__nt_rec *r = mwz__nt_get(cp);
		*ccc = r->ccc;
		*info = r->info;
		*rec = r;
	} else {
		const utf8proc_property_t *p = utf8proc_get_property((utf8proc_int32_t)cp);
		*ccc = (unsigned int)p->combining_class;
		*info = astral_comb2nd(cp) ? (MWZ__NT_CTX | MWZ__NT_COMB2ND) : 0;
		/* marks, and anything that decomposes, take the composition path */
		if (*ccc || p->decomp_seqindex != UINT16_MAX)
			*info |= MWZ__NT_CTX;
		*rec = NULL;
	}
}

/* Fold and map each of src[0..m) into n->u32b; *out gets the count. */
static int fold_list(mwz_norm_t *n, const utf8proc_int32_t *src, size_t m,
                     size_t *out)
{
	size_t q, k = 0;
	for (q = 0; q < m; q++) {
		unsigned int e[EXP_MAX];
		int ne = expand(n, (unsigned int)src[q], e, EXP_MAX, 0), x;
		if (k + (size_t)ne > n->u32bcap) {
			size_t nc = (k + (size_t)ne) * 2 + 16;
			utf8proc_int32_t *p = realloc(n->u32b, nc * sizeof *p);
			if (!p)
				return MWZ_ENOMEM;
			n->u32b = p;
			n->u32bcap = nc;
		}
		for (x = 0; x < ne; x++)
			n->u32b[k++] = (utf8proc_int32_t)e[x];
	}
	*out = k;
	return MWZ_OK;
}

/*
 * The composition path: normalise the run from the last starter (or from
 * s[i]) up to the next starter with utf8proc, then fold the result.
 * All its output maps to the first input byte of the run.
 */
static int slow(st_t *st, const unsigned char *s, size_t len, size_t i,
                size_t *next)
{
	mwz_norm_t *n = st->n;
	size_t seg = st->ls_valid ? st->ls_in : i, j = i, t = 0, seg_out;
	utf8proc_ssize_t m, q;
	size_t fl, seg_pend_off;
	int rc, emitted = 0, seg_pending;
	if (st->ls_valid) {
		st->o = st->ls_out;
		st->pending = st->ls_pending;
		st->pend_off = st->ls_pend_off;
	}
	/* the run: the current char and every following non-starter */
	for (;;) {
		unsigned int cp, ccc, info;
		const mwz__nt_rec *r;
		int k;
		if (j >= len)
			break;
		k = mwz__utf8_decode(s, len, j, &cp);
		if (k < 0)
			break;
		props(cp, &ccc, &info, &r);
		if (j > i && ccc == 0 && !(info & MWZ__NT_CTX))
			break;
		j += (size_t)k;
	}
	/* its characters, those dropped removed and own folds applied first */
	if (j - seg + 1 > n->tmpcap) {
		char *p = realloc(n->tmp, 2 * (j - seg) + 16);
		if (!p)
			return MWZ_ENOMEM;
		n->tmp = p;
		n->tmpcap = 2 * (j - seg) + 16;
	}
	{
		size_t p = seg;
		while (p < j) {
			unsigned int cp, ccc, info;
			const mwz__nt_rec *r;
			int k = mwz__utf8_decode(s, len, p, &cp);
			props(cp, &ccc, &info, &r);
			if (r && !(info & MWZ__NT_COMB2ND) && drops(n, r)) {
				p += (size_t)k;
				continue;
			}
			if (r && r->fold1 && r->foldto && (n->flags >> (r->fold1 - 1) & 1u))
				t += (size_t)mwz__utf8_encode(n->tmp + t, r->foldto);
			else {
				memcpy(n->tmp + t, s + p, (size_t)k);
				t += (size_t)k;
			}
			p += (size_t)k;
		}
	}
	*next = j;
	if (t == 0)
		return MWZ_OK;
	for (;;) {
		m = utf8proc_decompose_custom((const utf8proc_uint8_t *)n->tmp,
		                              (utf8proc_ssize_t)t, n->u32,
		                              (utf8proc_ssize_t)n->u32cap,
		                              n->uopts | UTF8PROC_DECOMPOSE, NULL, NULL);
		if (m < 0)
			return MWZ_EINTERNAL;
		if ((size_t)m <= n->u32cap)
			break;
		free(n->u32);
		n->u32 = malloc((size_t)m * 2 * sizeof *n->u32);
		if (!n->u32) {
			n->u32cap = 0;
			return MWZ_ENOMEM;
		}
		n->u32cap = (size_t)m * 2;
	}
	m = utf8proc_normalize_utf32(n->u32, m, n->uopts | UTF8PROC_COMPOSE);
	if (m < 0)
		return MWZ_EINTERNAL;
	/*
	 * Fold what came out. A mark dropped only now may have stood between
	 * two characters that compose (Hangul jamo, say): compose once more,
	 * and fold again what that composed, so that the result is stable.
	 */
	if ((rc = fold_list(n, n->u32, (size_t)m, &fl)) != MWZ_OK)
		return rc;
	if (fl != (size_t)m || memcmp(n->u32, n->u32b, fl * sizeof *n->u32)) {
		utf8proc_ssize_t m2 = utf8proc_normalize_utf32(n->u32b, (utf8proc_ssize_t)fl,
		                                               UTF8PROC_STABLE | UTF8PROC_COMPOSE);
		if (m2 < 0)
			return MWZ_EINTERNAL;
		if ((size_t)m2 != fl) {
			utf8proc_int32_t *sw = n->u32;
			size_t swc = n->u32cap;
			n->u32 = n->u32b;
			n->u32cap = n->u32bcap;
			n->u32b = sw;
			n->u32bcap = swc;
			if ((rc = fold_list(n, n->u32, (size_t)m2, &fl)) != MWZ_OK)
				return rc;
		}
	}
	if ((rc = grow(st, fl * 4 + 8)) != MWZ_OK)
		return rc;
	seg_out = st->o;
	seg_pending = st->pending;
	seg_pend_off = st->pend_off;
	for (q = 0; q < (utf8proc_ssize_t)fl; q++) {
		unsigned int c = (unsigned int)n->u32b[q];
		if (!is_space_cp(n, c))
			emitted = 1;
		put_cp(st, c, seg);
		if (!is_space_cp(n, c))
			st->last_ccc = ccc_of(c);
	}
	if (emitted && !st->pending) {
		st->ls_valid = 1;
		st->ls_in = seg;
		st->ls_out = seg_out;
		st->ls_pending = seg_pending;
		st->ls_pend_off = seg_pend_off;
	}
	return MWZ_OK;
}

/*
 * One character outside the table fast path. Returns 1 when the
 * composition path is needed, else 0 (written), or a negative status.
 */
static int gen_char(st_t *st, unsigned int cp, size_t off)
{
	mwz_norm_t *n = st->n;
	unsigned int ccc, info, e[EXP_MAX];
	const mwz__nt_rec *r;
	int ne, x, rc, first = 1;
	props(cp, &ccc, &info, &r);
	if (r && (!n->compose || !(info & MWZ__NT_COMB2ND)) && drops(n, r))
		return 0;
	if (n->compose && ((info & MWZ__NT_CTX) || (ccc && ccc < st->last_ccc)))
		return 1;
	ne = expand(n, cp, e, EXP_MAX, 0);
	if ((rc = grow(st, (size_t)ne * 4 + 8)) != MWZ_OK)
		return rc;
	for (x = 0; x < ne; x++) {
		if (is_space_cp(n, e[x])) {
			put_space(st, off);
			continue;
		}
		/* a starter, or a mark with no restart point before it, is where
		 * composition restarts if a later character needs it */
		if (first && (ccc == 0 || !st->ls_valid)) {
			flush_space(st);
			st->ls_valid = 1;
			st->ls_in = off;
			st->ls_out = st->o;
			st->ls_pending = 0;
		}
		first = 0;
		put_cp(st, e[x], off);
		st->last_ccc = ccc;
	}
	return 0;
}

/*
 * Work out what the fast loop does with cp (below U+0800), the first time
 * it is met: the same as gen_char would, settled once.
 */
static void set_act(mwz_norm_t *n, unsigned int cp)
{
	act_t *a = &n->act[cp];
	const mwz__nt_rec *r = mwz__nt_get(cp);
	unsigned int e[EXP_MAX];
	int ne, x, bytes = 0, plain = 1;
	a->kind = A_GEN;
	a->n = 0;
	if ((!n->compose || !(r->info & MWZ__NT_COMB2ND)) && drops(n, r)) {
		a->kind = A_DROP;
		return;
	}
	if (r->ccc || (r->info & MWZ__NT_CTX))
		return;
	ne = expand(n, cp, e, EXP_MAX, 0);
	if (ne == 0) {
		a->kind = A_DROP;
		return;
	}
	if (ne == 1 && is_space_cp(n, e[0])) {
		a->kind = A_SPACE;
		return;
	}
	for (x = 0; x < ne; x++) {
		if (is_space_cp(n, e[x]) || ccc_of(e[x]) != 0)
			plain = 0;
		bytes += e[x] < 0x80 ? 1 : e[x] < 0x800 ? 2 : e[x] < 0x10000 ? 3 : 4;
	}
	if (!plain || bytes > (int)sizeof a->b)
		return;
	for (x = 0; x < ne; x++)
		a->n = (unsigned char)(a->n + mwz__utf8_encode(a->b + a->n, e[x]));
	a->kind = A_EMIT;
}

int mwz_norm_create(mwz_norm_t **out, unsigned int flags)
{
	mwz_norm_t *n;
	size_t k;
	if (!out)
		return MWZ_EINVAL;
	*out = NULL;
	if (flags & ~(unsigned int)KNOWN_FLAGS)
		return MWZ_EINVAL;
	n = calloc(1, sizeof *n);
	if (!n)
		return MWZ_ENOMEM;
	n->flags = flags;
	for (k = 0; k < sizeof n->act / sizeof n->act[0]; k++)
		n->act[k].kind = A_UNSET;
	n->compose = (flags & (MWZ_NORM_NFC | MWZ_NORM_NFKC | MWZ_NORM_CASE)) != 0;
	n->uopts = UTF8PROC_STABLE;
	if (flags & MWZ_NORM_NFKC)
		n->uopts |= UTF8PROC_COMPAT;
	if (flags & MWZ_NORM_CASE)
		n->uopts |= UTF8PROC_CASEFOLD;
	if (!n->compose)
		n->variant = -1;
	else
		n->variant = ((flags & MWZ_NORM_NFKC) ? 1 : 0) +
		             ((flags & MWZ_NORM_CASE) ? 2 : 0);
	*out = n;
	return MWZ_OK;
}

void mwz_norm_destroy(mwz_norm_t *n)
{
	if (!n)
		return;
	free(n->out);
	free(n->offs);
	free(n->u32);
	free(n->u32b);
	free(n->tmp);
	free(n);
}

size_t mwz_norm_error_offset(const mwz_norm_t *n)
{
	return n ? n->err_off : 0;
}

const char *mwz_norm_errmsg(const mwz_norm_t *n)
{
	return n ? n->errmsg : "";
}

static int run(mwz_norm_t *n, const unsigned char *s, size_t len)
{
	st_t st;
	size_t i = 0;
	int rc;
	memset(&st, 0, sizeof st);
	st.n = n;
	if ((rc = grow(&st, len + len / 8 + 64)) != MWZ_OK)
		return rc;
	while (i < len) {
		unsigned int c0, cp;
		size_t k;
		/*
		 * The fast loop: characters below U+0800 that the table settles
		 * (copy, replace, drop, space), with the state in registers.
		 */
		{
			const act_t *act = n->act;
			char *out = n->out;
			size_t *offs = n->want_offs ? n->offs : NULL;
			size_t o = st.o, lim = n->cap - 16;
			size_t ls_in = st.ls_in, ls_out = st.ls_out, pend_off = st.pend_off;
			int ls_valid = st.ls_valid, pending = st.pending;
			unsigned int last_ccc = st.last_ccc;
			while (i < len && o < lim) {
				const act_t *a;
				c0 = s[i];
				if (c0 < 0x80) {
					a = &act[c0];
					k = 1;
				} else if (c0 >= 0xC2 && c0 < 0xE0 && i + 1 < len &&
				           (s[i + 1] & 0xC0) == 0x80) {
					a = &act[((c0 & 0x1Fu) << 6) | (s[i + 1] & 0x3Fu)];
					k = 2;
				} else
					break;
				if (a->kind == A_EMIT) {
					if (pending) {
						if (offs)
							offs[o] = pend_off;
						out[o++] = ' ';
						pending = 0;
					}
					ls_valid = 1;
					ls_in = i;
					ls_out = o;
					last_ccc = 0;
					memcpy(out + o, a->b, sizeof a->b);
					if (offs) {
						offs[o] = offs[o + 1] = i;
						if (a->n > 2) {
							unsigned int j;
							for (j = 2; j < a->n; j++)
								offs[o + j] = i;
						}
					}
					o += a->n;
					i += k;
				} else if (a->kind == A_SPACE) {
					if (!pending && o > 0) {
						pending = 1;
						pend_off = i;
					}
					ls_valid = 0;
					last_ccc = 0;
					i += k;
				} else if (a->kind == A_DROP) {
					i += k;
				} else
					break;
			}
			st.o = o;
			if (ls_in != st.ls_in) /* a new restart point, with no space waiting */
				st.ls_pending = 0;
			st.ls_in = ls_in;
			st.ls_out = ls_out;
			st.pend_off = pend_off;
			st.ls_valid = ls_valid;
			st.pending = pending;
			st.last_ccc = last_ccc;
		}
		if (i >= len)
			break;
		if (st.o + 64 > n->cap) {
			if ((rc = grow(&st, 64)) != MWZ_OK)
				return rc;
			continue;
		}
		/* one character the table does not settle */
		{
			int kk = mwz__utf8_decode(s, len, i, &cp);
			if (kk < 0) {
				if (!(n->flags & MWZ_NORM_LOSSY)) {
					n->err_off = i;
					snprintf(n->errmsg, sizeof n->errmsg,
					         "invalid UTF-8 at byte %zu", i + 1);
					return MWZ_EUTF8;
				}
				flush_space(&st);
				put_bytes(&st, "\xEF\xBF\xBD", 3, i);
				st.ls_valid = 0;
				st.last_ccc = 0;
				i += bad_len(s, len, i);
				continue;
			}
			k = (size_t)kk;
		}
		if (cp < 0x800 && n->act[cp].kind == A_UNSET) {
			set_act(n, cp);
			continue;
		}
		rc = gen_char(&st, cp, i);
		if (rc < 0)
			return rc;
		if (rc == 1) {
			size_t next;
			if ((rc = slow(&st, s, len, i, &next)) != MWZ_OK)
				return rc;
			i = next;
		} else {
			i += k;
		}
	}
	n->out[st.o] = '\0';
	if (n->want_offs)
		n->offs[st.o] = len;
	n->outlen = st.o;
	return MWZ_OK;
}

int mwz_norm_run(const char **out, size_t *outlen, const size_t **offsets,
                 mwz_norm_t *n, const char *in, size_t len)
{
	int rc;
	if (!out || !outlen || !n || (!in && len))
		return MWZ_EINVAL;
	/* the output buffer may move while it is read: refuse our own output */
	if (in && n->out && (uintptr_t)in >= (uintptr_t)n->out &&
	    (uintptr_t)in < (uintptr_t)n->out + n->cap)
		return MWZ_EINVAL;
	*out = NULL;
	*outlen = 0;
	if (offsets)
		*offsets = NULL;
	n->err_off = 0;
	n->errmsg[0] = '\0';
	if (offsets && !n->want_offs) {
		/* the offset array follows out's capacity from now on */
		size_t *q = realloc(n->offs, (n->cap + 1) * sizeof *q);
		if (!q)
			return MWZ_ENOMEM;
		n->offs = q;
		n->want_offs = 1;
	}
	n->want_offs = offsets != NULL;
	rc = run(n, (const unsigned char *)(in ? in : ""), len);
	if (rc != MWZ_OK) {
		if (rc != MWZ_EUTF8)
			snprintf(n->errmsg, sizeof n->errmsg, "%s", mwz_strerror(rc));
		return rc;
	}
	*out = n->out;
	*outlen = n->outlen;
	if (offsets)
		*offsets = n->offs;
	return MWZ_OK;
}

int mwz_normalize(char **out, size_t *outlen, size_t **offsets,
                  const char *in, size_t len, unsigned int flags,
                  mwz_error_t *err)
{
	mwz_norm_t *n;
	const char *r;
	const size_t *ro;
	size_t rl;
	int rc;
	if (!out)
		return mwz__fail(err, MWZ_EINVAL, 0, 0, "no output pointer");
	*out = NULL;
	if (outlen)
		*outlen = 0;
	if (offsets)
		*offsets = NULL;
	if ((rc = mwz_norm_create(&n, flags)) != MWZ_OK)
		return mwz__fail(err, rc, 0, 0, "%s", mwz_strerror(rc));
	rc = mwz_norm_run(&r, &rl, offsets ? &ro : NULL, n, in, len);
	if (rc != MWZ_OK) {
		rc = mwz__fail(err, rc, 0, n->err_off, "%s",
		               n->errmsg[0] ? n->errmsg : mwz_strerror(rc));
		mwz_norm_destroy(n);
		return rc;
	}
	/* hand over the buffers instead of copying them */
	*out = n->out;
	n->out = NULL;
	if (offsets) {
		*offsets = n->offs;
		n->offs = NULL;
	}
	if (outlen)
		*outlen = rl;
	mwz_norm_destroy(n);
	return MWZ_OK;
}

int mwz_script_detect(const char *s, size_t len)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0, ar = 0, la = 0, ot = 0;
	if (!s)
		return MWZ_SCRIPT_NONE;
	while (i < len) {
		unsigned int cp, cls;
		int k;
		if (u[i] < 0x80) {
			if ((u[i] | 0x20) >= 'a' && (u[i] | 0x20) <= 'z')
				la++;
			i++;
			continue;
		}
		k = mwz__utf8_decode(u, len, i, &cp);
		if (k < 0) {
			i++;
			continue;
		}
		i += (size_t)k;
		if (cp < 0x10000)
			cls = MWZ__NT_SCRIPT(mwz__nt_get(cp)->info);
		else {
			int c = utf8proc_category((utf8proc_int32_t)cp);
			cls = c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO ? 3 : 0;
		}
		if (cls == 1)
			ar++;
		else if (cls == 2)
			la++;
		else if (cls == 3)
			ot++;
	}
	if (ar + la + ot == 0)
		return MWZ_SCRIPT_NONE;
	if (ot > ar + la)
		return MWZ_SCRIPT_OTHER;
	if (ar && la) {
		/* a minority under a fifth (an acronym in an article) does not make it mixed */
		size_t lo = ar < la ? ar : la;
		if (lo * 5 >= ar + la)
			return MWZ_SCRIPT_MIXED;
	}
	return ar >= la ? MWZ_SCRIPT_ARABIC : MWZ_SCRIPT_LATIN;
}

const char *mwz_script_name(int script)
{
	switch (script) {
	case MWZ_SCRIPT_NONE: return "none";
	case MWZ_SCRIPT_ARABIC: return "arabic";
	case MWZ_SCRIPT_LATIN: return "latin";
	case MWZ_SCRIPT_MIXED: return "mixed";
	case MWZ_SCRIPT_OTHER: return "other";
	default: return "unknown";
	}
}
