/* lexcache.c - FreeDict's lexicon saved to a cache file and read back. */
#define _GNU_SOURCE /* dladdr */
#include "internal.h"
#include "lexicon.h"

#include <libstemmer.h>
#include <utf8proc.h>
#include <zlib.h>

#include <dlfcn.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/*
 * Reading FreeDict means stemming some 250,000 words with Snowball: most of
 * the time of a short alignment. The lexicon it gives is a pure function of
 * the dictionary files, of this library's code and of the stemmer and
 * utf8proc builds, so it is saved once and read back while all of those are
 * unchanged.
 *
 * File layout (native byte order; the cache is per machine):
 *   "MWZLEX1\n"                       magic
 *   u32 0x01020304                    byte order
 *   u32 stamp length, stamp bytes     what the lexicon was made from
 *   u32 nar, nen, nnode, crc          counts; crc32 of everything after it
 *   u32 length[nar], bytes            Arabic stems in id order
 *   u32 length[nen], bytes            English stems in id order
 *   u32 (ar, en)[nnode]               pairs in the order they were added
 * Replaying the stems and pairs into an empty lexicon rebuilds it id for id.
 */

#define MAGIC "MWZLEX1\n"
#define BOM 0x01020304u

/* "path size mtime inode" of a file, or "path -" when absent (a dictionary
 * may be); 1 in *absent then. */
static int stamp_file(mwz__buf *b, const char *path, int *absent)
{
	struct stat st;
	char line[4200];
	*absent = stat(path, &st) != 0;
	if (*absent)
		snprintf(line, sizeof line, "%s -\n", path);
	else
		snprintf(line, sizeof line, "%s %lld %lld.%09ld %llu\n", path,
		         (long long)st.st_size, (long long)st.st_mtim.tv_sec,
		         (long)st.st_mtim.tv_nsec, (unsigned long long)st.st_ino);
	return mwz__buf_put(b, line, strlen(line));
}

/*
 * The file a function was loaded from (this library, or the program it is
 * linked into; libstemmer), stamped. 1 when it cannot be told: then no
 * cache, since a rebuilt library could read a lexicon it would not make.
 */
static int stamp_code(mwz__buf *b, const void *fn)
{
	Dl_info info;
	const char *path;
	int absent, rc;
	if (!dladdr(fn, &info) || !info.dli_fname || !info.dli_fname[0])
		return 1;
	/* glibc names the main program by its argv[0], which may be a bare or
	 * relative name; the running program itself is /proc/self/exe */
	path = strcmp(info.dli_fname, program_invocation_name) == 0 ? "/proc/self/exe"
	                                                             : info.dli_fname;
	rc = stamp_file(b, path, &absent);
	return rc ? rc : absent;
}

/* What the lexicon is made from: FreeDict's ara-eng and eng-ara, or (la,
 * lb non-NULL) the dictionaries of that pair; 0, 1 when that cannot be told
 * (no cache), or MWZ_ENOMEM. */
static int freedict_stamp(mwz__buf *b, const char *dictdir, const mwz__langinfo *la,
                          const mwz__langinfo *lb)
{
	static const char *const kinds[] = { "index", "dict.dz" };
	const char *a = la ? la->iso3 : "ara", *e = lb ? lb->iso3 : "eng";
	char path[4200];
	size_t k;
	int rc;
	snprintf(path, sizeof path, "muwazi %s utf8proc %s\nlexicon %s %s\n", MWZ_VERSION_STRING,
	         utf8proc_version(), a, e);
	rc = mwz__buf_put(b, path, strlen(path));
	if (!rc)
		rc = stamp_code(b, (const void *)mwz_lexicon_load_freedict_cached);
	if (!rc)
		rc = stamp_code(b, (const void *)sb_stemmer_new);
	for (k = 0; k < 4 && !rc; k++) {
		int absent;
		snprintf(path, sizeof path, "%s/freedict-%s-%s.%s", dictdir, k < 2 ? a : e,
		         k < 2 ? e : a, kinds[k % 2]);
		rc = stamp_file(b, path, &absent);
	}
	return rc;
}

static uint32_t crc_of(const unsigned char *p, size_t len)
{
	uLong crc = crc32(0L, Z_NULL, 0);
	while (len > 0) {
		uInt n = len > 0x40000000u ? 0x40000000u : (uInt)len;
		crc = crc32(crc, p, n);
		p += n;
		len -= n;
	}
	return (uint32_t)crc;
}

static int put_u32(mwz__buf *b, uint32_t v)
{
	return mwz__buf_put(b, &v, sizeof v);
}

static int put_strtab(mwz__buf *b, const mwz__strtab *t)
{
	size_t k;
	int rc = 0;
	for (k = 0; k < t->n && !rc; k++)
		rc = put_u32(b, t->len[k]);
	for (k = 0; k < t->n && !rc; k++)
		rc = mwz__buf_put(b, t->arena + t->off[k], t->len[k]);
	return rc;
}

/* Write lx (made by FreeDict alone) to path through a temporary file. */
static int lexicon_save(const mwz_lexicon_t *lx, const char *stamp, size_t slen,
                        const char *path)
{
	mwz__buf b = { 0 };
	uint32_t *owner = NULL;
	size_t k, head;
	char tmp[4200];
	FILE *f;
	int fd, rc;
	if (lx->ar.n > UINT32_MAX || lx->en.n > UINT32_MAX || lx->nnode > UINT32_MAX ||
	    slen > UINT32_MAX)
		return MWZ_ERANGE;
	owner = mwz__lexicon_owners(lx);
	if (!owner)
		return MWZ_ENOMEM;
	rc = mwz__buf_put(&b, MAGIC, 8);
	if (!rc)
		rc = put_u32(&b, BOM);
	if (!rc)
		rc = put_u32(&b, (uint32_t)slen);
	if (!rc)
		rc = mwz__buf_put(&b, stamp, slen);
	if (!rc)
		rc = put_u32(&b, (uint32_t)lx->ar.n);
	if (!rc)
		rc = put_u32(&b, (uint32_t)lx->en.n);
	if (!rc)
		rc = put_u32(&b, (uint32_t)lx->nnode);
	head = b.len;
	if (!rc)
		rc = put_u32(&b, 0);
	if (!rc)
		rc = put_strtab(&b, &lx->ar);
	if (!rc)
		rc = put_strtab(&b, &lx->en);
	for (k = 0; k < lx->nnode && !rc; k++) {
		rc = put_u32(&b, owner[k]);
		if (!rc)
			rc = put_u32(&b, lx->node[k].en);
	}
	free(owner);
	if (rc) {
		mwz__buf_free(&b);
		return rc;
	}
	{
		uint32_t c = crc_of((const unsigned char *)b.data + head + 4, b.len - head - 4);
		memcpy(b.data + head, &c, 4);
	}
	if ((size_t)snprintf(tmp, sizeof tmp, "%s.XXXXXX", path) >= sizeof tmp) {
		mwz__buf_free(&b);
		return MWZ_ERANGE;
	}
	fd = mkstemp(tmp);
	if (fd < 0) {
		mwz__buf_free(&b);
		return MWZ_EIO;
	}
	f = fdopen(fd, "wb");
	if (!f) {
		close(fd);
		unlink(tmp);
		mwz__buf_free(&b);
		return MWZ_EIO;
	}
	rc = fwrite(b.data, 1, b.len, f) == b.len ? 0 : MWZ_EIO;
	if (fclose(f) != 0)
		rc = MWZ_EIO;
	mwz__buf_free(&b);
	/* mkstemp makes the file 0600; a cache others may read is 0644. */
	if (!rc)
		chmod(tmp, 0644);
	if (!rc && rename(tmp, path) != 0)
		rc = MWZ_EIO;
	if (rc)
		unlink(tmp);
	return rc;
}

static int get_u32(const unsigned char **p, const unsigned char *end, uint32_t *v)
{
	if ((size_t)(end - *p) < 4)
		return -1;
	memcpy(v, *p, 4);
	*p += 4;
	return 0;
}

/* Intern a table of n stems; ids of the file's stems in map. 1: malformed (not -1,
 * which is MWZ_ENOMEM: a damaged cache must only cost a reread of FreeDict). */
static int read_strtab(mwz__strtab *t, const unsigned char **p, const unsigned char *end,
                       uint32_t n, uint32_t *map)
{
	const unsigned char *lens = *p, *s;
	uint32_t k, l;
	if ((size_t)(end - lens) / 4 < n)
		return 1;
	s = lens + (size_t)n * 4;
	for (k = 0; k < n; k++) {
		memcpy(&l, lens + (size_t)k * 4, 4);
		if (l == 0 || (size_t)(end - s) < l)
			return 1;
		if (mwz__strtab_intern(t, (const char *)s, l, &map[k]))
			return MWZ_ENOMEM;
		/* Stems are distinct: a repeat means a damaged file. */
		if (map[k] != t->n - 1)
			return 1;
		s += l;
	}
	*p = s;
	return 0;
}

/*
 * Read a saved lexicon into lx (empty) when its stamp is `stamp`.
 * 0: read; 1: absent, stale or damaged (lx left empty); <0: out of memory.
 */
static int lexicon_read(mwz_lexicon_t *lx, const char *stamp, size_t slen, const char *path)
{
	char *data = NULL;
	size_t len = 0;
	const unsigned char *p, *end, *body;
	uint32_t v, nar, nen, nnode, crc, k;
	uint32_t *ra = NULL, *re = NULL;
	int rc = 1;
	if (mwz__read_file(&data, &len, path, NULL))
		return 1;
	p = (const unsigned char *)data;
	end = p + len;
	if (len < 8 || memcmp(p, MAGIC, 8) != 0)
		goto out;
	p += 8;
	if (get_u32(&p, end, &v) || v != BOM || get_u32(&p, end, &v) || v != slen ||
	    (size_t)(end - p) < slen || memcmp(p, stamp, slen) != 0)
		goto out;
	p += slen;
	if (get_u32(&p, end, &nar) || get_u32(&p, end, &nen) || get_u32(&p, end, &nnode) ||
	    get_u32(&p, end, &crc))
		goto out;
	body = p;
	if (crc_of(body, (size_t)(end - body)) != crc)
		goto out;
	/* Every stem takes at least five bytes and every pair eight. */
	if ((size_t)(end - body) / 5 < (size_t)nar + nen ||
	    (size_t)(end - body) / 8 < nnode)
		goto out;
	ra = malloc(((size_t)nar + 1) * sizeof *ra);
	re = malloc(((size_t)nen + 1) * sizeof *re);
	if (!ra || !re) {
		rc = MWZ_ENOMEM;
		goto out;
	}
	if ((rc = read_strtab(&lx->ar, &p, end, nar, ra)) != 0 ||
	    (rc = read_strtab(&lx->en, &p, end, nen, re)) != 0)
		goto out; /* 1 damaged, or MWZ_ENOMEM */
	rc = 1;
	if ((size_t)(end - p) != (size_t)nnode * 8)
		goto out;
	for (k = 0; k < nnode; k++) {
		uint32_t a, e;
		memcpy(&a, p, 4);
		memcpy(&e, p + 4, 4);
		p += 8;
		if (a >= nar || e >= nen)
			goto out;
		if (mwz__lexicon_add_ids(lx, ra[a], re[e])) {
			rc = MWZ_ENOMEM;
			goto out;
		}
	}
	rc = lx->nnode == nnode ? 0 : 1;
out:
	if (rc != 0)
		mwz__lexicon_clear(lx);
	free(ra);
	free(re);
	free(data);
	return rc;
}

int mwz_lexicon_load_freedict_cached(mwz_lexicon_t *lx, const char *dictdir,
                                     const char *cache_path, mwz_error_t *err)
{
	mwz__buf stamp = { 0 };
	int rc;
	if (!lx)
		return mwz__fail(err, MWZ_EINVAL, 0, 0,
		                 "mwz_lexicon_load_freedict_cached: NULL argument");
	if (!dictdir)
		dictdir = "/usr/share/dictd";
	/* The cache holds FreeDict alone: only an empty lexicon can take it. */
	if (!cache_path || !cache_path[0] || lx->ar.n || lx->en.n || lx->nnode || lx->lang[0])
		return mwz_lexicon_load_freedict(lx, dictdir, err);
	rc = freedict_stamp(&stamp, dictdir, NULL, NULL);
	if (rc) {
		mwz__buf_free(&stamp);
		return rc < 0 ? mwz__fail(err, rc, 0, 0, "out of memory")
		              : mwz_lexicon_load_freedict(lx, dictdir, err);
	}
	rc = lexicon_read(lx, stamp.data, stamp.len, cache_path);
	if (rc <= 0) {
		mwz__buf_free(&stamp);
		return rc ? mwz__fail(err, rc, 0, 0, "%s: out of memory", cache_path) : 0;
	}
	rc = mwz_lexicon_load_freedict(lx, dictdir, err);
	/* A cache that cannot be written costs the next call time, nothing else. */
	if (rc == 0)
		(void)lexicon_save(lx, stamp.data, stamp.len, cache_path);
	mwz__buf_free(&stamp);
	return rc;
}

int mwz_lexicon_load_freedict_pair_cached(mwz_lexicon_t *lx, const char *dictdir,
                                          const char *lang_a, const char *lang_b,
                                          const char *cache_path, mwz_error_t *err)
{
	const mwz__langinfo *la = mwz__lang_find(lang_a), *lb = mwz__lang_find(lang_b);
	mwz__buf stamp = { 0 };
	int rc;
	if (!dictdir)
		dictdir = "/usr/share/dictd";
	/* As for Arabic/English: only an empty lexicon takes the cache. */
	if (!lx || !la || !lb || la == lb || !cache_path || !cache_path[0] || lx->ar.n ||
	    lx->en.n || lx->nnode || lx->lang[0])
		return mwz_lexicon_load_freedict_pair(lx, dictdir, lang_a, lang_b, err);
	rc = freedict_stamp(&stamp, dictdir, la, lb);
	if (rc) {
		mwz__buf_free(&stamp);
		return rc < 0 ? mwz__fail(err, rc, 0, 0, "out of memory")
		              : mwz_lexicon_load_freedict_pair(lx, dictdir, lang_a, lang_b, err);
	}
	lx->lang[0] = la;
	lx->lang[1] = lb;
	rc = lexicon_read(lx, stamp.data, stamp.len, cache_path);
	if (rc <= 0) {
		mwz__buf_free(&stamp);
		return rc ? mwz__fail(err, rc, 0, 0, "%s: out of memory", cache_path) : 0;
	}
	/* lexicon_read left lx empty, of no languages. */
	rc = mwz_lexicon_load_freedict_pair(lx, dictdir, lang_a, lang_b, err);
	if (rc == 0)
		(void)lexicon_save(lx, stamp.data, stamp.len, cache_path);
	mwz__buf_free(&stamp);
	return rc;
}
