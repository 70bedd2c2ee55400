/* test_lexcache.c - mwz_lexicon_load_freedict_cached: the same lexicon from the cache as
 * from FreeDict, the cache written, read, and rewritten when stale or damaged. */
#define _POSIX_C_SOURCE 200809L
#include "muwazi.h"
#include "tap.h"

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

static const char *const files[] = {
	"freedict-ara-eng.index", "freedict-ara-eng.dict.dz",
	"freedict-eng-ara.index", "freedict-eng-ara.dict.dz",
};

static int copy_file(const char *from, const char *to)
{
	FILE *a = fopen(from, "rb"), *b = a ? fopen(to, "wb") : NULL;
	char buf[65536];
	size_t n;
	int ok = a && b;
	while (ok && (n = fread(buf, 1, sizeof buf, a)) > 0)
		ok = fwrite(buf, 1, n, b) == n;
	if (a)
		fclose(a);
	if (b && fclose(b) != 0)
		ok = 0;
	return ok ? 0 : -1;
}

/* Inode of path, 0 when absent: a rewritten cache (temporary file, rename) has a new one. */
static unsigned long inode(const char *path)
{
	struct stat st;
	return stat(path, &st) == 0 ? (unsigned long)st.st_ino : 0;
}

/* Beads and scores of a small pair with lexicon lx, in a string to compare. */
static void beads(char *out, size_t cap, const mwz_lexicon_t *lx)
{
	static const char *ar[] = {
		"قال الرئيس إن المحادثات ستستمر يوم الأربعاء في العاصمة.",
		"وصل وزير الخارجية الفرنسي إلى القاهرة صباح اليوم في زيارة رسمية.",
		"ولم يعلن عن أي اتفاق حتى الآن بشأن التجارة.",
		"وقالت الشرطة إن ثلاثة رجال اعتقلوا بعد الهجوم على المصرف.",
		"وأضافت أن التحقيق لا يزال جاريا.",
	};
	static const char *en[] = {
		"The president said the talks would continue on Wednesday in the capital.",
		"No agreement on trade has been announced so far.",
		"Police said three men were arrested after the attack on the bank.",
		"She added that the investigation was still under way.",
	};
	size_t sl[5], tl[4], i, nb = 0, k = 0;
	mwz_align_options_t o = MWZ_ALIGN_OPTIONS_INIT;
	mwz_bead_t *b = NULL;
	for (i = 0; i < 5; i++)
		sl[i] = strlen(ar[i]);
	for (i = 0; i < 4; i++)
		tl[i] = strlen(en[i]);
	o.lexicon = lx;
	out[0] = '\0';
	if (mwz_align(&b, &nb, ar, sl, 5, en, tl, 4, &o, NULL) != 0)
		return;
	for (i = 0; i < nb && k + 64 < cap; i++)
		k += (size_t)snprintf(out + k, cap - k, "%zu+%zu:%zu+%zu:%.17g ", b[i].src_start,
		                      b[i].src_len, b[i].tgt_start, b[i].tgt_len, b[i].score);
	mwz_free(b);
}

/* Load through the cache into a new lexicon; its size and beads. */
static int load_cached(const char *dict, const char *cache, size_t *size, char *bd, size_t cap)
{
	mwz_lexicon_t *lx = NULL;
	mwz_error_t e;
	int rc;
	if (mwz_lexicon_create(&lx))
		return -1;
	memset(&e, 0, sizeof e);
	rc = mwz_lexicon_load_freedict_cached(lx, dict, cache, &e);
	*size = mwz_lexicon_size(lx);
	beads(bd, cap, lx);
	mwz_lexicon_destroy(lx);
	return rc;
}

int main(void)
{
	char tmpl[] = "/tmp/mwz_lexcache_XXXXXX", dict[600], cache[600], path[700];
	char want[4096], got[4096];
	const char *top;
	mwz_lexicon_t *lx = NULL;
	mwz_error_t e;
	size_t want_size, size, k;
	unsigned long ino;
	int rc;

	mwz_lexicon_create(&lx);
	rc = mwz_lexicon_load_freedict(lx, NULL, &e);
	mwz_lexicon_destroy(lx);
	if (rc != 0) {
		SKIP("FreeDict ara-eng/eng-ara not installed (%s)", e.message);
		TAP_DONE();
	}
	top = mkdtemp(tmpl);
	if (!top) {
		OK(0, "mkdtemp");
		TAP_DONE();
	}
	/* A copy of the dictionaries, whose dates the test can change. */
	snprintf(dict, sizeof dict, "%s/dict", top);
	mkdir(dict, 0777);
	for (k = 0; k < 4; k++) {
		char from[300];
		snprintf(from, sizeof from, "/usr/share/dictd/%s", files[k]);
		snprintf(path, sizeof path, "%s/%s", dict, files[k]);
		OK(copy_file(from, path) == 0, "copy %s", files[k]);
	}
	snprintf(cache, sizeof cache, "%s/freedict.lexicon", top);

	/* What FreeDict gives without a cache. */
	mwz_lexicon_create(&lx);
	OK(mwz_lexicon_load_freedict(lx, dict, &e) == 0, "FreeDict from the copy");
	want_size = mwz_lexicon_size(lx);
	beads(want, sizeof want, lx);
	mwz_lexicon_destroy(lx);
	OK(want_size > 10000 && want[0], "%zu pairs; beads %s", want_size, want);

	rc = load_cached(dict, NULL, &size, got, sizeof got);
	OK(rc == 0 && size == want_size && strcmp(got, want) == 0, "no cache path: as FreeDict");
	OK(inode(cache) == 0, "no cache path: no file");

	rc = load_cached(dict, cache, &size, got, sizeof got);
	OK(rc == 0 && size == want_size && strcmp(got, want) == 0, "cache missing: as FreeDict");
	ino = inode(cache);
	OK(ino != 0, "the cache is written");

	rc = load_cached(dict, cache, &size, got, sizeof got);
	OK(rc == 0 && size == want_size && strcmp(got, want) == 0, "read from the cache: the same");
	OK(inode(cache) == ino, "a valid cache is not rewritten");

	/* Damage: one byte changed in the middle, then the file cut short. */
	{
		FILE *f = fopen(cache, "r+b");
		long len;
		int c;
		fseek(f, 0, SEEK_END);
		len = ftell(f);
		fseek(f, len / 2, SEEK_SET);
		c = fgetc(f);
		fseek(f, len / 2, SEEK_SET);
		fputc(c ^ 0x20, f);
		fclose(f);
		rc = load_cached(dict, cache, &size, got, sizeof got);
		OK(rc == 0 && size == want_size && strcmp(got, want) == 0, "a changed byte: the same");
		OK(inode(cache) != ino && inode(cache) != 0, "... and the cache rewritten");
		ino = inode(cache);
		OK(truncate(cache, len / 3) == 0, "truncate");
		rc = load_cached(dict, cache, &size, got, sizeof got);
		OK(rc == 0 && size == want_size && strcmp(got, want) == 0, "a cut file: the same");
		OK(inode(cache) != ino && inode(cache) != 0, "... and the cache rewritten");
		ino = inode(cache);
		f = fopen(cache, "wb");
		fputs("MWZLEX1\n\x04\x03\x02\x01\xff\xff\xff\xff", f);
		fclose(f);
		rc = load_cached(dict, cache, &size, got, sizeof got);
		OK(rc == 0 && size == want_size && strcmp(got, want) == 0, "a huge stamp length: the same");
		ino = inode(cache);
		{
			/* damage under a valid checksum: the first stem's length made 0 and the
			 * CRC of the body recomputed, so only the stem table tells */
			unsigned char *d;
			unsigned int slen, z = 0, crc;
			size_t body;
			f = fopen(cache, "rb");
			fseek(f, 0, SEEK_END);
			len = ftell(f);
			fseek(f, 0, SEEK_SET);
			d = malloc((size_t)len);
			OK(d && fread(d, 1, (size_t)len, f) == (size_t)len, "read the cache");
			fclose(f);
			memcpy(&slen, d + 12, 4);
			body = 16 + slen + 16;
			memcpy(d + body, &z, 4);
			crc = (unsigned int)crc32(crc32(0L, Z_NULL, 0), d + body, (uInt)((size_t)len - body));
			memcpy(d + body - 4, &crc, 4);
			f = fopen(cache, "wb");
			fwrite(d, 1, (size_t)len, f);
			fclose(f);
			free(d);
			rc = load_cached(dict, cache, &size, got, sizeof got);
			OK(rc == 0 && size == want_size && strcmp(got, want) == 0,
			   "an empty stem under a valid checksum: the same (rc %d)", rc);
			OK(inode(cache) != ino && inode(cache) != 0, "... and the cache rewritten");
			rc = load_cached(dict, cache, &size, got, sizeof got);
			OK(rc == 0 && size == want_size, "... and read from it after");
			ino = inode(cache);
		}
	}

	/* A dictionary changed since: its date moves, the cache is stale. */
	{
		struct timespec ts[2];
		ts[0].tv_sec = ts[1].tv_sec = 1000000000;
		ts[0].tv_nsec = ts[1].tv_nsec = 0;
		snprintf(path, sizeof path, "%s/%s", dict, files[2]);
		OK(utimensat(AT_FDCWD, path, ts, 0) == 0, "touch eng-ara's index");
		rc = load_cached(dict, cache, &size, got, sizeof got);
		OK(rc == 0 && size == want_size && strcmp(got, want) == 0, "stale cache: the same");
		OK(inode(cache) != ino, "... and the cache rewritten");
		ino = inode(cache);
	}

	/* The same cache file named for another folder of dictionaries: not used. */
	rc = load_cached("/usr/share/dictd", cache, &size, got, sizeof got);
	OK(rc == 0 && size == want_size && strcmp(got, want) == 0, "other folder: the same");
	OK(inode(cache) != ino, "... and the cache made anew for it");

	/* A lexicon holding a pair already: FreeDict is read, the cache neither read nor written. */
	{
		mwz_lexicon_t *a = NULL, *b = NULL;
		size_t sa, sb;
		mwz_lexicon_create(&a);
		mwz_lexicon_create(&b);
		mwz_lexicon_add(a, "سفير", strlen("سفير"), "envoy", 5, NULL);
		mwz_lexicon_add(b, "سفير", strlen("سفير"), "envoy", 5, NULL);
		ino = inode(cache);
		OK(mwz_lexicon_load_freedict(a, dict, &e) == 0 &&
		       mwz_lexicon_load_freedict_cached(b, dict, cache, &e) == 0,
		   "non-empty lexicon");
		sa = mwz_lexicon_size(a);
		sb = mwz_lexicon_size(b);
		beads(want, sizeof want, a);
		beads(got, sizeof got, b);
		OK(sa == sb && strcmp(got, want) == 0, "... as FreeDict (%zu pairs)", sb);
		OK(inode(cache) == ino, "... cache untouched");
		mwz_lexicon_destroy(a);
		mwz_lexicon_destroy(b);
	}

	/* A cache that cannot be written: no error. */
	snprintf(path, sizeof path, "%s/no/such/dir/freedict.lexicon", top);
	rc = load_cached(dict, path, &size, got, sizeof got);
	OK(rc == 0 && size == want_size, "unwritable cache path: loads, no error");

	/* No dictionaries: the error of mwz_lexicon_load_freedict, no cache. */
	snprintf(path, sizeof path, "%s/none.lexicon", top);
	mwz_lexicon_create(&lx);
	rc = mwz_lexicon_load_freedict_cached(lx, "/nonexistent", path, &e);
	OK(rc == MWZ_ENOTFOUND && inode(path) == 0, "no FreeDict: MWZ_ENOTFOUND, no cache");
	mwz_lexicon_destroy(lx);
	OK(mwz_lexicon_load_freedict_cached(NULL, NULL, path, &e) == MWZ_EINVAL, "NULL lexicon");

	for (k = 0; k < 4; k++) {
		snprintf(path, sizeof path, "%s/%s", dict, files[k]);
		remove(path);
	}
	rmdir(dict);
	remove(cache);
	rmdir(top);
	TAP_DONE();
}
