/*
 * gen_namelist.c - turns lib/data/namelist.tsv into lib/namelist.c, the
 * sorted static table that translit.c searches. Run by `make gen`.
 * Input lines: Arabic<TAB>news spelling<TAB>type[<TAB>variant|variant...];
 * '#' comments and blank lines are skipped. A malformed line is reported
 * as FILE:LINE and the generator fails, so a bad edit never lands.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "translit_key.h"

struct row {
	char *key, *ar, *lat, *var;
	const char *type;
	size_t order;
};

static int cmp_row(const void *a, const void *b)
{
	const struct row *x = a, *y = b;
	int c = strcmp(x->key, y->key);
	if (c)
		return c;
	return x->order < y->order ? -1 : x->order > y->order;
}

static void put_str(FILE *f, const char *s)
{
	fputc('"', f);
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;
		if (c >= 0x80 || c == '"' || c == '\\' || c < 0x20)
			fprintf(f, "\\%03o", c);
		else
			fputc(c, f);
	}
	fputc('"', f);
}

static const char *type_name(const char *t)
{
	static const char *const names[][2] = {
		{ "given", "MWZ_NAME_GIVEN" }, { "family", "MWZ_NAME_FAMILY" },
		{ "place", "MWZ_NAME_PLACE" }, { "org", "MWZ_NAME_ORG" },
		{ "word", "MWZ_NAME_WORD" },
	};
	size_t i;
	for (i = 0; i < sizeof names / sizeof names[0]; i++)
		if (strcmp(t, names[i][0]) == 0)
			return names[i][1];
	return NULL;
}

static int bad(const char *path, size_t line, const char *why)
{
	fprintf(stderr, "%s:%zu: %s\n", path, line, why);
	return 1;
}

/* Probe for key k[0..kl): its slot, or the empty slot where it goes. */
static unsigned int probe(const unsigned short *idx, const struct row *const *kept,
                          const char *k, size_t kl)
{
	unsigned int h = mwz__tl_slot(k, kl);
	while (idx[h]) {
		const char *e = kept[(idx[h] & MWZ__NL_ROW) - 1]->key;
		if (strncmp(e, k, kl) == 0 && (e[kl] == '\0' || e[kl] == ' '))
			return h;
		h = (h + 1) & (MWZ__NL_SLOTS - 1);
	}
	return h;
}

/*
 * The hash index (see translit_key.h) of the rows kept (duplicates
 * dropped), in their sorted order: every key, then every first word of a
 * phrase. Fails when the list outgrows the index.
 */
static int put_index(FILE *out, struct row *rows, size_t n)
{
	static unsigned short idx[MWZ__NL_SLOTS];
	const struct row **kept = malloc((n + 1) * sizeof *kept);
	size_t i, nk = 0, used = 0;
	if (!kept)
		return 2;
	for (i = 0; i < n; i++)
		if (!(i && strcmp(rows[i].key, rows[i - 1].key) == 0 &&
		      strcmp(rows[i].lat, rows[i - 1].lat) == 0))
			kept[nk++] = &rows[i];
	if (nk >= MWZ__NL_ROW) {
		fprintf(stderr, "gen_namelist: %zu rows, the index holds %u\n", nk, MWZ__NL_ROW - 1);
		free(kept);
		return 2;
	}
	for (i = 0; i < nk; i++) {
		const char *k = kept[i]->key, *sp = strchr(k, ' ');
		unsigned int h = probe(idx, kept, k, strlen(k));
		if (!idx[h]) {
			idx[h] = (unsigned short)((i + 1) | MWZ__NL_IS_KEY);
			used++;
		} else if (!(idx[h] & MWZ__NL_IS_KEY)) {
			/* a first word of phrases (sorted after it) that is a key too */
			fprintf(stderr, "gen_namelist: rows out of order at %s\n", kept[i]->ar);
			free(kept);
			return 2;
		}
		if (sp) {
			h = probe(idx, kept, k, (size_t)(sp - k));
			if (!idx[h]) {
				idx[h] = (unsigned short)(i + 1);
				used++;
			}
			idx[h] |= MWZ__NL_STARTS;
		}
		if (used * 2 > MWZ__NL_SLOTS) {
			fprintf(stderr, "gen_namelist: index over half full; raise MWZ__NL_SLOTS\n");
			free(kept);
			return 2;
		}
	}
	fprintf(out, "\n/* hash index: %zu of %u slots used */\n"
	             "const unsigned short mwz__namelist_index[%u] = {\n",
	        used, MWZ__NL_SLOTS, MWZ__NL_SLOTS);
	for (i = 0; i < MWZ__NL_SLOTS; i++)
		fprintf(out, "%s%u,%s", i % 12 == 0 ? "\t" : "", (unsigned int)idx[i],
		        i % 12 == 11 || i + 1 == MWZ__NL_SLOTS ? "\n" : " ");
	fputs("};\n", out);
	free(kept);
	return 0;
}

int main(int argc, char **argv)
{
	FILE *in, *out;
	char buf[4096];
	struct row *rows = NULL;
	size_t n = 0, cap = 0, line = 0, i, dups = 0;
	if (argc != 3) {
		fprintf(stderr, "usage: gen_namelist IN.tsv OUT.c\n");
		return 2;
	}
	in = fopen(argv[1], "r");
	if (!in) {
		perror(argv[1]);
		return 2;
	}
	while (fgets(buf, sizeof buf, in)) {
		char *f[5], *p = buf;
		size_t nf = 0, len = strlen(buf), klen;
		line++;
		if (len && buf[len - 1] == '\n')
			buf[--len] = '\0';
		if (len && buf[len - 1] == '\r')
			buf[--len] = '\0';
		if (len == 0 || buf[0] == '#')
			continue;
		while (nf < 5) {
			f[nf++] = p;
			p = strchr(p, '\t');
			if (!p)
				break;
			*p++ = '\0';
		}
		if (nf < 3 || nf > 4)
			return bad(argv[1], line, "want 3 or 4 tab-separated fields");
		if (!*f[0] || !*f[1])
			return bad(argv[1], line, "empty Arabic form or spelling");
		if (!type_name(f[2]))
			return bad(argv[1], line, "type must be given, family, place, org or word");
		for (p = f[1]; *p; p++)
			if ((unsigned char)*p >= 0x80)
				return bad(argv[1], line, "news spelling must be ASCII");
		if (n == cap) {
			cap = cap ? cap * 2 : 1024;
			rows = realloc(rows, cap * sizeof *rows);
			if (!rows)
				return 2;
		}
		rows[n].key = malloc(strlen(f[0]) + 1);
		if (!rows[n].key)
			return 2;
		klen = mwz__tl_key(rows[n].key, f[0], strlen(f[0]));
		if (klen == 0)
			return bad(argv[1], line, "Arabic form has no Arabic letters");
		rows[n].ar = strdup(f[0]);
		rows[n].lat = strdup(f[1]);
		rows[n].var = strdup(nf == 4 ? f[3] : "");
		rows[n].type = type_name(f[2]);
		rows[n].order = n;
		n++;
	}
	fclose(in);
	qsort(rows, n, sizeof *rows, cmp_row);
	out = fopen(argv[2], "w");
	if (!out) {
		perror(argv[2]);
		return 2;
	}
	fprintf(out, "/* namelist.c - GENERATED by tools/gen_namelist.c from lib/data/namelist.tsv\n"
	             " * (`make gen`); do not edit. %zu entries sorted by lookup key. */\n"
	             "#include \"translit.h\"\n\n"
	             "const struct mwz__nl_entry mwz__namelist[] = {\n", n);
	for (i = 0; i < n; i++) {
		if (i && strcmp(rows[i].key, rows[i - 1].key) == 0 &&
		    strcmp(rows[i].lat, rows[i - 1].lat) == 0) {
			dups++; /* same form, same spelling: keep the first */
			continue;
		}
		fputs("\t{ ", out);
		put_str(out, rows[i].key);
		fputs(", { ", out);
		put_str(out, rows[i].ar);
		fputs(", ", out);
		put_str(out, rows[i].lat);
		fputs(", ", out);
		put_str(out, rows[i].var);
		fprintf(out, ", %s } },\n", rows[i].type);
	}
	fprintf(out, "};\n\nconst size_t mwz__namelist_len = %zu;\n", n - dups);
	if (put_index(out, rows, n) != 0) {
		fclose(out);
		return 2;
	}
	if (fclose(out) != 0) {
		perror(argv[2]);
		return 2;
	}
	fprintf(stderr, "gen_namelist: %zu entries (%zu duplicates dropped)\n", n - dups, dups);
	return 0;
}
