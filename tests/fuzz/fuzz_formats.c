/*
 * fuzz_formats.c - the bead writers with arbitrary beads and texts.
 * Input: byte 0 picks the format and flags, then 8 bead bytes
 * (src_start, src_len, tgt_start, tgt_len as 4 pairs of nibbles, up to
 * four beads), then SRC [0xFF TGT] one sentence a line. Beads outside the
 * sentences, out of order or overlapping must be refused with MWZ_EINVAL;
 * otherwise the output must be valid UTF-8 of the length reported. Then the
 * text, html and side writers with marks (try_marks).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "muwazi.h"

#define CHECK(c, what) \
	do { \
		if (!(c)) { \
			fprintf(stderr, "fuzz_formats: %s (%s:%d)\n", what, __FILE__, __LINE__); \
			abort(); \
		} \
	} while (0)

#define MAXS 64

static size_t lines(const char **s, size_t *len, const char *p, size_t n)
{
	size_t i = 0, k = 0;
	while (i < n && k < MAXS) {
		const char *e = memchr(p + i, '\n', n - i);
		size_t l = e ? (size_t)(e - (p + i)) : n - i;
		s[k] = p + i;
		len[k] = l;
		k++;
		i += l + 1;
	}
	return k;
}

/*
 * What the writers must accept: beads inside, in order, no overlap. Beads
 * empty on both sides are refused.
 */
static int beads_ok(const mwz_bead_t *b, size_t n, size_t ns, size_t nt)
{
	size_t i, se = 0, te = 0;
	for (i = 0; i < n; i++) {
		if (b[i].src_start > ns || b[i].src_len > ns - b[i].src_start ||
		    b[i].tgt_start > nt || b[i].tgt_len > nt - b[i].tgt_start)
			return 0;
		/* an empty side has no place in the order (formats.c) */
		if ((b[i].src_len && b[i].src_start < se) || (b[i].tgt_len && b[i].tgt_start < te))
			return 0;
		if (b[i].src_len)
			se = b[i].src_start + b[i].src_len;
		if (b[i].tgt_len)
			te = b[i].tgt_start + b[i].tgt_len;
	}
	return 1;
}

/*
 * Marks (text, html and side) drawn from the bead bytes: up to two, of any side,
 * sentence and span. Marks outside their sentences, inside a character, out
 * of order or overlapping must be refused; otherwise the output is valid UTF-8.
 */
static void try_marks(mwz_write_options_t *wo, const mwz_bead_t *beads, size_t nb,
                      const unsigned char *d)
{
	mwz_mark_t mk[2];
	size_t n = 1 + (d[8] & 1), i, outlen = 0;
	int ok = 1, f, rc;
	char *out = NULL;
	for (i = 0; i < n; i++) {
		size_t ns, len;
		mk[i].side = (d[1 + i] >> 7) & 1 ? 1 : (d[1 + i] >> 6) & 1 ? 2 : 0;
		mk[i].sent = (d[3 + i] >> 4) & 7;
		mk[i].start = d[3 + i] & 15;
		mk[i].len = d[5 + i] & 31;
		mk[i].note = (d[5 + i] & 32) ? "note <&\"\xD9\x86>" : NULL;
		ns = mk[i].side == 0 ? wo->nsrc : wo->ntgt;
		if (mk[i].side > 1 || mk[i].sent >= ns) {
			ok = 0;
			continue;
		}
		len = mk[i].side == 0 ? wo->src_len[mk[i].sent] : wo->tgt_len[mk[i].sent];
		if (mk[i].start > len || mk[i].len > len - mk[i].start) {
			ok = 0;
		} else {
			/* ends on character boundaries */
			const char *t = mk[i].side == 0 ? wo->src[mk[i].sent] : wo->tgt[mk[i].sent];
			size_t e = mk[i].start + mk[i].len;
			if ((mk[i].start < len && ((unsigned char)t[mk[i].start] & 0xC0) == 0x80) ||
			    (e < len && ((unsigned char)t[e] & 0xC0) == 0x80))
				ok = 0;
		}
		if (i == 1 && (mk[1].side < mk[0].side ||
		               (mk[1].side == mk[0].side && (mk[1].sent < mk[0].sent ||
		                (mk[1].sent == mk[0].sent && mk[1].start < mk[0].start + mk[0].len)))))
			ok = 0;
	}
	wo->marks = mk;
	wo->nmarks = n;
	wo->marks_label = "Marked <here>";
	for (f = 0; f < 3; f++) {
		static const int fmt[] = { MWZ_FORMAT_TEXT, MWZ_FORMAT_HTML, MWZ_FORMAT_SIDE };
		wo->format = fmt[f];
		wo->width = f == 2 ? 48 + (d[7] & 63) : 0; /* a narrow side wraps the marks */
		rc = mwz_beads_render(&out, &outlen, NULL, beads, nb, wo, NULL);
		if (ok)
			CHECK(rc == MWZ_OK, "good marks refused");
		else
			CHECK(rc == MWZ_EINVAL, "bad marks not refused");
		if (rc == MWZ_OK)
			CHECK(mwz_utf8_validate(out, outlen, NULL) == MWZ_OK, "marked output is not UTF-8");
		mwz_free(out);
		out = NULL;
	}
	wo->marks = NULL;
	wo->nmarks = 0;
	wo->width = 0;
}

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
	mwz_write_options_t wo = MWZ_WRITE_OPTIONS_INIT;
	mwz_write_stats_t st;
	mwz_bead_t beads[4];
	const char *src[MAXS], *tgt[MAXS], *p, *sep;
	size_t slen[MAXS], tlen[MAXS], nb, i, n, outlen = 0;
	char *out = NULL;
	int rc, valid, inside, empty;

	if (size < 9)
		return 0;
	wo.format = data[0] % 5;
	wo.flags = (data[0] >> 3) & 1 ? MWZ_WRITE_KEEP_EMPTY : 0;
	wo.src_lang = (data[0] & 0x40) ? "ar" : NULL;
	wo.tgt_lang = (data[0] & 0x80) ? "en-GB" : NULL;
	nb = 1 + ((data[0] >> 4) & 3);
	for (i = 0; i < 4; i++) {
		beads[i].src_start = data[1 + 2 * i] >> 4;
		beads[i].src_len = data[1 + 2 * i] & 15;
		beads[i].tgt_start = data[2 + 2 * i] >> 4;
		beads[i].tgt_len = data[2 + 2 * i] & 15;
		beads[i].score = (double)(data[1 + 2 * i] ^ data[2 + 2 * i]) / 255.0;
	}
	p = (const char *)data + 9;
	n = size - 9;
	sep = memchr(p, 0xFF, n);
	wo.nsrc = lines(src, slen, p, sep ? (size_t)(sep - p) : n);
	wo.ntgt = sep ? lines(tgt, tlen, sep + 1, n - (size_t)(sep - p) - 1) : 0;
	wo.src = src;
	wo.src_len = slen;
	wo.tgt = tgt;
	wo.tgt_len = tlen;
	valid = 1;
	for (i = 0; i < wo.nsrc; i++)
		valid &= mwz_utf8_validate(src[i], slen[i], NULL) == MWZ_OK;
	for (i = 0; i < wo.ntgt; i++)
		valid &= mwz_utf8_validate(tgt[i], tlen[i], NULL) == MWZ_OK;
	inside = beads_ok(beads, nb, wo.nsrc, wo.ntgt);
	empty = 0;
	for (i = 0; i < nb; i++)
		empty |= beads[i].src_len == 0 && beads[i].tgt_len == 0;
	rc = mwz_beads_render(&out, &outlen, &st, beads, nb, &wo, NULL);
	if (empty || !inside) {
		CHECK(rc == MWZ_EINVAL, "bad beads not refused");
	} else if (!valid && wo.format != MWZ_FORMAT_VECALIGN) {
		CHECK(rc == MWZ_EUTF8 || rc == MWZ_OK, "unexpected status on invalid UTF-8");
	} else {
		CHECK(rc == MWZ_OK, "good beads refused");
	}
	if (rc == MWZ_OK) {
		CHECK(out && out[outlen] == '\0' && st.bytes == outlen, "rendered length");
		CHECK(mwz_utf8_validate(out, outlen, NULL) == MWZ_OK, "output is not UTF-8");
		CHECK(st.written + st.omitted == nb, "written + omitted != beads");
	}
	mwz_free(out);
	if (rc == MWZ_OK && valid)
		try_marks(&wo, beads, nb, data);
	return 0;
}
