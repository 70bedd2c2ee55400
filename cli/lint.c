/* lint.c - the reporter's name commands: translit, check (house style) and names. */
#include "cli.h"

#include <stdlib.h>
#include <errno.h>
#include <string.h>

/* ------------------------------------------------------------------ */
/* translit                                                            */
/* ------------------------------------------------------------------ */

static void translit_help(FILE *out)
{
	fprintf(out,
	        "usage: muwazi translit [--scheme news|news-rules|buckwalter] [-r] [FILE]\n\n"
	        "Romanise Arabic-script text, one output line per input line.\n\n"
	        "  --scheme news        (default) the spellings an English-language\n"
	        "                       newsroom prints: Muqtada al-Sadr, Sabah al-Numan,\n"
	        "                       al-Shaddadi, Hasakeh. Known names come from an\n"
	        "                       embedded list; other words follow rules (article\n"
	        "                       \"al-\" unassimilated, ta marbuta \"a\", bin, Abu,\n"
	        "                       Abdul-X, X-allah). Vowel marks are used when present.\n"
	        "  --scheme news-rules  the news rules alone, without the name list: how\n"
	        "                       a name the list lacks comes out.\n"
	        "  --scheme buckwalter  exact, reversible one-to-one ASCII (Tim Buckwalter's\n"
	        "                       table, with P J V G for Persian letters).\n"
	        "  -r, --reverse        buckwalter only: ASCII back to Arabic.\n\n"
	        "Non-Arabic characters pass through; CRLF line ends come out as LF.\n"
	        "FILE '-' or none: standard input.\n"
	        "Exit status: 0 ok; 1 invalid UTF-8 or a binary file (NUL byte), reported\n"
	        "with line and byte; 2 usage or I/O error.\n");
}

static int parse_scheme(const char *s, int *scheme)
{
	if (strcmp(s, "news") == 0)
		*scheme = MWZ_SCHEME_NEWS;
	else if (strcmp(s, "news-rules") == 0)
		*scheme = MWZ_SCHEME_NEWS_RULES;
	else if (strcmp(s, "buckwalter") == 0 || strcmp(s, "bw") == 0)
		*scheme = MWZ_SCHEME_BUCKWALTER;
	else
		return -1;
	return 0;
}

int cmd_translit(int argc, char **argv)
{
	int scheme = MWZ_SCHEME_NEWS, reverse = 0, i, rc = EXIT_OK;
	const char *path = NULL;
	FILE *f;
	char *line = NULL;
	size_t cap = 0, lineno = 0, offset = 0;
	long n;
	int nl;
	for (i = 1; i < argc; i++) {
		const char *a = argv[i];
		if (cli_is_help(a)) {
			translit_help(stdout);
			return EXIT_OK;
		} else if (strcmp(a, "--scheme") == 0 || strcmp(a, "-s") == 0) {
			if (i + 1 >= argc) {
				cli_err("translit: %s needs a value (news, news-rules or buckwalter)", a);
				return EXIT_USAGE;
			}
			if (parse_scheme(argv[++i], &scheme)) {
				cli_err("translit: unknown scheme '%s' (news, news-rules or buckwalter)", argv[i]);
				return EXIT_USAGE;
			}
		} else if (strncmp(a, "--scheme=", 9) == 0) {
			if (parse_scheme(a + 9, &scheme)) {
				cli_err("translit: unknown scheme '%s' (news, news-rules or buckwalter)", a + 9);
				return EXIT_USAGE;
			}
		} else if (strcmp(a, "-r") == 0 || strcmp(a, "--reverse") == 0) {
			reverse = 1;
		} else if (strcmp(a, "--") == 0) {
			if (i + 1 < argc)
				path = argv[++i];
			if (i + 1 < argc) {
				cli_err("translit: one FILE at most (see 'muwazi translit --help')");
				return EXIT_USAGE;
			}
		} else if (a[0] == '-' && a[1] != '\0') {
			cli_err("translit: unknown option '%s' (see 'muwazi translit --help')", a);
			return EXIT_USAGE;
		} else if (path) {
			cli_err("translit: one FILE at most (see 'muwazi translit --help')");
			return EXIT_USAGE;
		} else {
			path = a;
		}
	}
	if (reverse && scheme != MWZ_SCHEME_BUCKWALTER) {
		cli_err("translit: --reverse needs --scheme buckwalter");
		return EXIT_USAGE;
	}
	if (!path)
		path = "-";
	f = cli_open(path);
	if (!f)
		return EXIT_USAGE;
	while ((n = cli_getline(&line, &cap, f, &nl)) >= 0) {
		char *out = NULL, *txt = line;
		size_t outlen = 0, bad, tl = (size_t)n, skip = 0;
		int st;
		lineno++;
		if (cli_check_nul(path, line, (size_t)n, lineno, offset)) {
			rc = EXIT_DATA; /* binary: this file stops here */
			break;
		}
		if (tl > 0 && line[tl - 1] == '\r')
			line[--tl] = '\0'; /* CRLF: the CR is part of the line end */
		if (lineno == 1 && (skip = cli_bom_len(line, tl)) > 0) {
			txt += skip; /* a byte-order mark is no part of the text */
			tl -= skip;
		}
		if (mwz_utf8_validate(txt, tl, &bad) != MWZ_OK) {
			cli_err("%s: invalid UTF-8 at line %zu, byte %zu%s",
			        strcmp(path, "-") == 0 ? "<stdin>" : path, lineno,
			        offset + skip + bad + 1, rc == EXIT_OK ? cli_legacy_hint(txt, tl) : "");
			rc = EXIT_DATA;
			fputs("\n", stdout); /* keep output lines in step with input */
		} else {
			st = reverse ? mwz_untranslit(&out, &outlen, txt, tl, scheme, NULL)
			             : mwz_translit(&out, &outlen, txt, tl, scheme, NULL);
			if (st != MWZ_OK) {
				cli_err("%s:%zu: %s", path, lineno, mwz_strerror(st));
				cli_close(f);
				free(line);
				return EXIT_USAGE;
			}
			fwrite(out, 1, outlen, stdout);
			if (nl)
				fputc('\n', stdout);
			mwz_free(out);
		}
		offset += (size_t)n + (size_t)nl;
	}
	if (n == -2) {
		cli_err("%s: read error: %s", strcmp(path, "-") == 0 ? "<stdin>" : path,
		        strerror(errno));
		rc = EXIT_USAGE;
	}
	free(line);
	cli_close(f);
	return rc;
}

/* ------------------------------------------------------------------ */
/* Text scanning shared by check and names                             */
/* ------------------------------------------------------------------ */

/* Lenient UTF-8 decode (text was validated before). */
static int dec(const char *s, size_t len, size_t i, unsigned int *cp)
{
	const unsigned char *u = (const unsigned char *)s;
	unsigned int c = u[i];
	if (c < 0x80 || i + 1 >= len) {
		*cp = c;
		return 1;
	}
	if (c < 0xE0) {
		*cp = ((c & 0x1Fu) << 6) | (u[i + 1] & 0x3Fu);
		return 2;
	}
	if (c < 0xF0) {
		if (i + 2 >= len) {
			*cp = c;
			return 1;
		}
		*cp = ((c & 0x0Fu) << 12) | ((u[i + 1] & 0x3Fu) << 6) | (u[i + 2] & 0x3Fu);
		return 3;
	}
	if (i + 3 >= len) {
		*cp = c;
		return 1;
	}
	*cp = ((c & 0x07u) << 18) | ((u[i + 1] & 0x3Fu) << 12) |
	      ((u[i + 2] & 0x3Fu) << 6) | (u[i + 3] & 0x3Fu);
	return 4;
}

static size_t enc(char *out, unsigned int cp)
{
	if (cp < 0x80) {
		out[0] = (char)cp;
		return 1;
	}
	if (cp < 0x800) {
		out[0] = (char)(0xC0 | (cp >> 6));
		out[1] = (char)(0x80 | (cp & 0x3F));
		return 2;
	}
	out[0] = (char)(0xE0 | (cp >> 12));
	out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
	out[2] = (char)(0x80 | (cp & 0x3F));
	return 3;
}

static int is_arabic_letter(unsigned int cp)
{
	return (cp >= 0x0620 && cp <= 0x064A) || (cp >= 0x066E && cp <= 0x06D3) ||
	       cp == 0x06D5 || (cp >= 0x06FA && cp <= 0x06FF) ||
	       (cp >= 0xFB50 && cp <= 0xFDFF) || (cp >= 0xFE70 && cp <= 0xFEFC); /* PDF forms */
}

static int is_arabic_mark(unsigned int cp)
{
	return (cp >= 0x064B && cp <= 0x065F) || cp == 0x0670 || cp == 0x0640;
}

static int is_apostrophe(unsigned int cp)
{
	return cp == '\'' || cp == 0x2019 || cp == 0x2018 || cp == 0x02BC ||
	       cp == 0x02BE || cp == 0x02BF || cp == 0x02BB || cp == '`' ||
	       cp == 0x00B4;
}

/* Latin letter (ASCII or accented) or combining mark. */
static int is_latin_letter(unsigned int cp)
{
	return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') ||
	       (cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7) ||
	       (cp >= 0x1E00 && cp <= 0x1EFF) || (cp >= 0x300 && cp <= 0x36F);
}

static int is_upper_cp(unsigned int cp)
{
	return (cp >= 'A' && cp <= 'Z') || (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) ||
	       (cp >= 0x100 && cp <= 0x17F && !(cp & 1)) ||
	       (cp >= 0x1E00 && cp <= 0x1EFF && !(cp & 1));
}

/* ASCII base of a Latin letter: 0 to drop it (marks), else a lower-case letter. */
static char latin_base(unsigned int cp)
{
	static const char *const lat1 = /* U+00C0..U+00FF */
		"aaaaaaaceeeeiiiidnooooo_ouuuuyts"
		"aaaaaaaceeeeiiiidnooooo_ouuuuyty";
	if (cp >= 'A' && cp <= 'Z')
		return (char)(cp - 'A' + 'a');
	if (cp >= 'a' && cp <= 'z')
		return (char)cp;
	if (cp >= 0xC0 && cp <= 0xFF)
		return lat1[cp - 0xC0] == '_' ? 0 : lat1[cp - 0xC0];
	if (cp >= 0x300 && cp <= 0x36F)
		return 0;
	switch (cp) { /* Latin Extended-A and the dotted letters of romanisation */
	case 0x100: case 0x101: case 0x102: case 0x103: case 0x104: case 0x105: return 'a';
	case 0x106: case 0x107: case 0x10C: case 0x10D: return 'c';
	case 0x10E: case 0x10F: case 0x110: case 0x111: case 0x1E0C: case 0x1E0D: return 'd';
	case 0x112: case 0x113: case 0x114: case 0x115: case 0x116: case 0x117:
	case 0x118: case 0x119: case 0x11A: case 0x11B: return 'e';
	case 0x11E: case 0x11F: case 0x120: case 0x121: return 'g';
	case 0x124: case 0x125: case 0x1E24: case 0x1E25: case 0x1E2A: case 0x1E2B: return 'h';
	case 0x12A: case 0x12B: case 0x12C: case 0x12D: case 0x130: case 0x131: return 'i';
	case 0x141: case 0x142: return 'l';
	case 0x143: case 0x144: case 0x147: case 0x148: return 'n';
	case 0x14C: case 0x14D: case 0x150: case 0x151: return 'o';
	case 0x158: case 0x159: return 'r';
	case 0x15A: case 0x15B: case 0x15E: case 0x15F: case 0x160: case 0x161:
	case 0x1E62: case 0x1E63: return 's';
	case 0x162: case 0x163: case 0x164: case 0x165: case 0x1E6C: case 0x1E6D: return 't';
	case 0x16A: case 0x16B: case 0x16C: case 0x16D: case 0x16E: case 0x16F: return 'u';
	case 0x17D: case 0x17E: case 0x179: case 0x17A: case 0x17B: case 0x17C:
	case 0x1E92: case 0x1E93: return 'z';
	case 0x1E6F: case 0x1E6E: return 't';
	case 0x1E0F: case 0x1E0E: return 'd';
	case 0x1E96: return 'h';
	default: return 0;
	}
}

/* A word of the text. */
struct tword {
	size_t s, e;       /* bytes [s, e) of the line, possessive 's cut off */
	size_t col;        /* 1-based character column */
	size_t core;       /* byte where the core starts (after an article) */
	int upper;         /* core starts with a capital */
	int allcaps;       /* two or more letters, all capitals */
	int arabic;        /* Arabic-script word */
	int sent_start;    /* first word of a sentence or line */
	int particle;      /* bin, ibn, al, el, de... in lower case */
	int titled;        /* its line is in Title Case (a headline) */
};

static const char *const articles[] = {
	"al", "el", "ul", "il", "as", "ash", "ad", "an", "ar", "at", "az",
	"ath", "adh", "ed", "es", "esh", "et", "er", "en", "ez", NULL
};

/* Is s[0..n) (case-insensitive ASCII) an Arabic article form? */
static int is_article(const char *s, size_t n)
{
	size_t i, k;
	for (i = 0; articles[i]; i++) {
		if (strlen(articles[i]) != n)
			continue;
		for (k = 0; k < n; k++)
			if ((s[k] | 0x20) != articles[i][k])
				break;
		if (k == n)
			return 1;
	}
	return 0;
}

static int is_particle(const char *s, size_t n)
{
	static const char *const p[] = { "bin", "ibn", "bint", "al", "el", "de",
		"da", "du", "la", "le", "van", "von", "der", "ul", "ud", "ben", "abu", NULL };
	size_t i;
	for (i = 0; p[i]; i++)
		if (strlen(p[i]) == n && strncmp(p[i], s, n) == 0)
			return 1;
	return 0;
}

/*
 * Invisible characters that join rather than part words: soft hyphen, ZWNJ,
 * ZWJ, word joiner, zero-width no-break space, and the bidi marks (LRM, RLM,
 * ALM). Web and word-processor text carries them inside and around names
 * ("Shad<SHY>dadi", "<RLM>Numan"); they are taken out of a line before its
 * words are read. The length of the one at s, else 0.
 */
static size_t joiner_at(const unsigned char *s, size_t n)
{
	if (n >= 2 && s[0] == 0xC2 && s[1] == 0xAD)
		return 2; /* U+00AD */
	if (n >= 2 && s[0] == 0xD8 && s[1] == 0x9C)
		return 2; /* U+061C */
	if (n >= 3 && s[0] == 0xE2 && s[1] == 0x80 && s[2] >= 0x8C && s[2] <= 0x8F)
		return 3; /* U+200C-U+200F */
	if (n >= 3 && s[0] == 0xE2 && s[1] == 0x81 && s[2] == 0xA0)
		return 3; /* U+2060 */
	if (n >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF)
		return 3; /* U+FEFF */
	return 0;
}

/* Take the joiners out of line[0, *len) in place, noting in (*rm)[0, *nrm) the
 * new offset before which each was (rm NULL: not noted); -1 out of memory.
 * The Unicode hyphens U+2010 and U+2011 (non-breaking, as word processors
 * put in al-Sadr) become '-', one character for one. */
static int take_joiners(char *line, size_t *len, size_t **rm, size_t *nrm, size_t *cap)
{
	size_t i = 0, o = 0, k, n = *len;
	if (rm)
		*nrm = 0;
	while (i < n) {
		if ((k = joiner_at((const unsigned char *)line + i, n - i)) > 0) {
			if (rm && *nrm == *cap) {
				size_t nc = *cap ? 2 * *cap : 16;
				size_t *p = realloc(*rm, nc * sizeof *p);
				if (!p)
					return -1;
				*rm = p;
				*cap = nc;
			}
			if (rm)
				(*rm)[(*nrm)++] = o;
			i += k;
			continue;
		}
		if (i + 2 < n && (unsigned char)line[i] == 0xE2 && (unsigned char)line[i + 1] == 0x80 &&
		    ((unsigned char)line[i + 2] == 0x90 || (unsigned char)line[i + 2] == 0x91)) {
			line[o++] = '-';
			i += 3;
			continue;
		}
		line[o++] = line[i++];
	}
	*len = o;
	return 0;
}

/* Take the joiners out of s[0, n) in place; the new length. */
static size_t strip_joiners(char *s, size_t n)
{
	take_joiners(s, &n, NULL, NULL, NULL);
	return n;
}

/*
 * Split a line into words. Latin words keep inner apostrophes and hyphens;
 * a possessive 's is cut off. Returns the count (words grows as needed); out
 * of memory sets *oom, the words so far counted.
 */
static size_t scan_words(struct tword **words, size_t *cap, const char *line,
                         size_t len, int *oom)
{
	size_t i = 0, n = 0, col = 1;
	int sent = 1;
	while (i < len) {
		unsigned int cp;
		int k = dec(line, len, i, &cp);
		if (is_arabic_letter(cp) || is_latin_letter(cp) ||
		    (is_apostrophe(cp) && i + (size_t)k < len)) {
			struct tword w;
			int arabic = is_arabic_letter(cp);
			size_t j = i, c = col, letters = 0, uppers = 0, last_ok = i;
			if (!arabic && is_apostrophe(cp)) {
				/* an opening single quote or a leading ʿayn: the word starts
				 * after it ('Hizbullah', ‘Nuri al-Maliki’) */
				i += (size_t)k;
				col++;
				continue;
			}
			if (!arabic && (cp == 'a' || cp == 'p' || cp == 'n' || cp == 'e')) {
				/* anti-Hizbullah, pro-Maliki, non-Syrian, ex-Baathist: the
				 * name starts after the prefix */
				static const char *const pre[] = { "anti-", "pro-", "non-", "ex-", NULL };
				size_t q, pl = 0;
				for (q = 0; pre[q]; q++)
					if ((size_t)(len - i) > strlen(pre[q]) &&
					    strncmp(line + i, pre[q], strlen(pre[q])) == 0)
						pl = strlen(pre[q]);
				if (pl && line[i + pl] >= 'A' && line[i + pl] <= 'Z') {
					i += pl;
					col += pl;
					continue;
				}
			}
			memset(&w, 0, sizeof w);
			w.s = i;
			w.col = col;
			w.arabic = arabic;
			while (j < len) {
				unsigned int d;
				int m = dec(line, len, j, &d);
				if (arabic ? (is_arabic_letter(d) || is_arabic_mark(d) || d == 0x200C)
				           : is_latin_letter(d)) {
					if (!arabic && !(d >= 0x300 && d <= 0x36F)) {
						letters++;
						uppers += (size_t)is_upper_cp(d);
					}
					j += (size_t)m;
					c++;
					last_ok = j;
					continue;
				}
				if (!arabic && (is_apostrophe(d) || d == '-') && j + (size_t)m < len) {
					unsigned int nx, nx2 = 0, f0;
					int m2 = dec(line, len, j + (size_t)m, &nx);
					dec(line, len, w.s, &f0);
					/* Hizbullah-backed, Falluja-based: the name ends at the hyphen */
					if (d == '-' && is_upper_cp(f0) && nx < 0x80 && nx >= 'a' && nx <= 'z')
						break;
					if (d == '-' && is_apostrophe(nx) && j + (size_t)(m + m2) < len)
						dec(line, len, j + (size_t)(m + m2), &nx2);
					if (is_latin_letter(nx) || is_latin_letter(nx2)) {
						/* al-'Ain: the hyphen, then an ʿayn as an apostrophe */
						j += (size_t)m;
						c++;
						continue;
					}
				}
				break;
			}
			w.e = last_ok;
			/* possessive: Iraq's, Iraq’s */
			if (!arabic && w.e - w.s > 2) {
				const char *t = line + w.e;
				if (t[-1] == 's' && t[-2] == '\'')
					w.e -= 2;
				else if (w.e - w.s > 4 && t[-1] == 's' &&
				         (unsigned char)t[-2] == 0x99 && (unsigned char)t[-3] == 0x80 &&
				         (unsigned char)t[-4] == 0xE2)
					w.e -= 4;
			}
			w.core = w.s;
			if (!arabic) {
				const char *h = memchr(line + w.s, '-', w.e - w.s);
				unsigned int f;
				size_t at;
				if (h && is_article(line + w.s, (size_t)(h - (line + w.s))))
					w.core = (size_t)(h - line) + 1;
				/* the case of the first letter, past an ʿayn written as an
				 * apostrophe (al-'Ain) */
				at = w.core;
				for (;;) {
					int m = dec(line, len, at, &f);
					if (!is_apostrophe(f) || at + (size_t)m >= w.e)
						break;
					at += (size_t)m;
				}
				w.upper = is_upper_cp(f);
				w.allcaps = letters >= 2 && uppers == letters;
				w.particle = !w.upper && is_particle(line + w.s, w.e - w.s);
			}
			w.sent_start = sent;
			sent = 0;
			if (n == *cap) {
				size_t nc = *cap ? *cap * 2 : 64;
				struct tword *p = realloc(*words, nc * sizeof *p);
				if (!p) {
					*oom = 1;
					return n;
				}
				*words = p;
				*cap = nc;
			}
			(*words)[n++] = w;
			col = c;
			i = j;
			continue;
		}
		if (cp == '.' || cp == '!' || cp == '?' || cp == 0x061F || cp == 0x06D4 ||
		    cp == ':')
			sent = 1;
		else if (cp >= '0' && cp <= '9')
			sent = 0;
		i += (size_t)k;
		col++;
	}
	return n;
}

/* Capitalised words that are not names (sentence starters, titles, months...). */
static const char *const stop_words[] = {
	"A", "About", "According", "Across", "After", "Afterwards", "Again", "Against", "Ago",
	"All", "Almost", "Along", "Already", "Also", "Although", "Among", "An", "And", "Another",
	"Any", "Anyone", "Are", "Around", "As", "At", "Because", "Before", "Being", "Between",
	"Both", "But", "By", "Can", "Could", "Despite", "Did", "Do", "Does", "During", "Each",
	"Earlier", "Either", "Even", "Every", "Few", "First", "For", "Former", "From", "Further",
	"Had", "Has", "Have", "He", "Her", "Here", "His", "How", "However", "I", "If", "In",
	"Including", "Instead", "Is", "It", "Its", "Last", "Late", "Later", "Latest", "Like",
	"Many", "May", "Meanwhile", "Might", "More", "Moreover", "Most", "Much", "Must", "My",
	"Neither", "Never", "New", "Next", "No", "Nor", "Not", "Now", "Of", "On", "Once", "One",
	"Only", "Or", "Other", "Others", "Our", "Over", "Per", "Since", "So", "Some", "Still",
	"Such", "Than", "That", "The", "Their", "Them", "Then", "There", "These", "They", "This",
	"Those", "Though", "Through", "Thus", "To", "Today", "Tomorrow", "Two", "Three", "Under",
	"Unlike", "Until", "Up", "Upon", "We", "Were", "What", "When", "Where", "Whether",
	"Which", "While", "Who", "Whom", "Whose", "Why", "Will", "With", "Within", "Without",
	"Would", "Yesterday", "Yet", "You", "Your", "Said", "Says", "Asked", "Speaking", "Writing",
	"Reporting", "Editing", "Additional", "Read", "See", "Photo", "Video", "Update", "Updated",
	"Breaking", "Exclusive", "Analysis", "Opinion", "Source", "Sources", "Reuters", "AFP", "AP",
	/* months and days */
	"January", "February", "March", "April", "June", "July", "August", "September",
	"October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug",
	"Sep", "Sept", "Oct", "Nov", "Dec", "Monday", "Tuesday", "Wednesday", "Thursday",
	"Friday", "Saturday", "Sunday", "Ramadan", "Eid",
	/* titles */
	"Mr", "Mrs", "Ms", "Dr", "Prof", "Professor", "Gen", "General", "Col", "Colonel", "Lt",
	"Lieutenant", "Maj", "Major", "Capt", "Captain", "Sgt", "Sergeant", "Brig", "Brigadier",
	"Adm", "Admiral", "Field", "Marshal", "President", "Presidents", "Prime", "Minister",
	"Ministers", "Vice", "Deputy", "King", "Queen", "Prince", "Princess", "Crown", "Emir",
	"Sultan", "Sheikh", "Shaikh", "Shaykh", "Sayyed", "Sayyid", "Imam", "Ayatollah", "Grand",
	"Cleric", "Senator", "Sen", "Rep", "Representative", "Governor", "Gov", "Mayor", "Judge",
	"Justice", "Chief", "Commander", "Secretary", "Speaker", "Ambassador", "Envoy", "Pope",
	"Saint", "St", "Mullah", "Hajji", "Haj", "Lord", "Lady", "Sir", "Dame", "Chairman",
	"Spokesman", "Spokeswoman", "Spokesperson", "Leader", "Officials", "Official",
	/* demonyms and common adjectives */
	"Arab", "Arabs", "Arabic", "Iraqi", "Iraqis", "Syrian", "Syrians", "Kurdish", "Kurd",
	"Kurds", "Jordanian", "Iranian", "Iranians", "Turkish", "Saudi", "Emirati", "Qatari",
	"Kuwaiti", "Lebanese", "Egyptian", "Egyptians", "Libyan", "Yemeni", "Palestinian",
	"Palestinians", "Israeli", "Israelis", "American", "Americans", "British", "French",
	"German", "Russian", "Chinese", "European", "Western", "Afghan", "Afghans", "Pakistani",
	"Sunni", "Sunnis", "Shia", "Shiite", "Shiites", "Shi'ite", "Muslim", "Muslims",
	"Islamic", "Islamist", "Islamists", "Christian", "Christians", "Jewish", "Baathist",
	"Sadrist", "Sadrists", "Bahraini", "Omani", "Tunisian", "Algerian", "Moroccan",
	"Sudanese", "Somali", "Turkmen", "Yazidi", "Yazidis", "Assyrian", "Alawite", "Druze",
	"English", "Internet", "Twitter", "Facebook", "God", "Allah", "Quran", "Koran",
	"North", "South", "East", "West", "Northern", "Southern", "Eastern", "Central", "Middle",
	"Upper", "Lower", "Old", "Greater", "Great", "Free", "National", "International",
	NULL
};

/* Words that make a capitalised sequence an organisation, not a person or place. */
static const char *const org_words[] = {
	"Party", "Parties", "Forces", "Force", "Army", "Front", "Council", "Ministry", "State",
	"States", "Command", "Movement", "Brigade", "Brigades", "Organisation", "Organization",
	"Group", "Union", "Committee", "Court", "University", "Company", "Agency", "News",
	"Office", "Authority", "Assembly", "Parliament", "Government", "Bank", "Fund",
	"Nations", "League", "Guard", "Guards", "Corps", "Police", "Service", "Services",
	"Institute", "Center", "Centre", "Foundation", "Association", "Federation", "Alliance",
	"Coalition", "Bloc", "Current", "Mobilisation", "Mobilization", "Units", "Unit",
	"Division", "Battalion", "Regiment", "Administration", "Department", "Commission",
	"Times", "Post", "Journal", "Network", "Channel", "TV", "Radio", "Hospital", "Airport",
	"Prison", "Square", "Street", "Mosque", "Church", "Palace", "Republic", "Kingdom",
	"Democratic", "Revolutionary", "Popular", "Liberation", "Resistance", "Security",
	"Defence", "Defense", "Affairs", "Foreign", "Interior", "Media", "Press", "Daily",
	NULL
};

/* A string -> index map (open addressing); indexes count from 0 in insertion order. */
struct smap {
	char **k;
	size_t *v;
	size_t cap, n;
};

static size_t hash_str(const char *s, size_t n)
{
	size_t h = 1469598103u;
	while (n--)
		h = (h ^ (unsigned char)*s++) * 16777619u;
	return h;
}

/* Index of s, or (size_t)-1. */
static size_t smap_get(const struct smap *t, const char *s, size_t n)
{
	size_t h;
	if (!t->cap)
		return (size_t)-1;
	for (h = hash_str(s, n) & (t->cap - 1); t->k[h]; h = (h + 1) & (t->cap - 1))
		if (strlen(t->k[h]) == n && memcmp(t->k[h], s, n) == 0)
			return t->v[h];
	return (size_t)-1;
}

/* Index of s, added if new; (size_t)-1 when out of memory. */
static size_t smap_put(struct smap *t, const char *s, size_t n)
{
	size_t h, got = smap_get(t, s, n);
	if (got != (size_t)-1)
		return got;
	if ((t->n + 1) * 2 > t->cap) {
		size_t nc = t->cap ? t->cap * 2 : 256, i;
		char **nk = calloc(nc, sizeof *nk);
		size_t *nv = calloc(nc, sizeof *nv);
		if (!nk || !nv) {
			free(nk);
			free(nv);
			return (size_t)-1;
		}
		for (i = 0; i < t->cap; i++)
			if (t->k[i]) {
				size_t g = hash_str(t->k[i], strlen(t->k[i])) & (nc - 1);
				while (nk[g])
					g = (g + 1) & (nc - 1);
				nk[g] = t->k[i];
				nv[g] = t->v[i];
			}
		free(t->k);
		free(t->v);
		t->k = nk;
		t->v = nv;
		t->cap = nc;
	}
	for (h = hash_str(s, n) & (t->cap - 1); t->k[h]; h = (h + 1) & (t->cap - 1))
		;
	t->k[h] = malloc(n + 1);
	if (!t->k[h])
		return (size_t)-1;
	memcpy(t->k[h], s, n);
	t->k[h][n] = '\0';
	t->v[h] = t->n;
	return t->n++;
}

static void smap_free(struct smap *t)
{
	size_t i;
	for (i = 0; i < t->cap; i++)
		free(t->k[i]);
	free(t->k);
	free(t->v);
	memset(t, 0, sizeof *t);
}

static int in_list(const char *const *list, const char *s, size_t n)
{
	size_t i;
	for (i = 0; list[i]; i++)
		if (strlen(list[i]) == n && memcmp(list[i], s, n) == 0)
			return 1;
	return 0;
}

/* Stop word, also with a trailing period (Gen., Dr.) already cut by the scanner. */
static int is_stop(const char *s, size_t n)
{
	return in_list(stop_words, s, n);
}

/*
 * Plain form of Latin text: lower-case ASCII letters only (accents,
 * apostrophes, hyphens and spaces dropped). Returns the length.
 */
static size_t latin_plain(char *out, size_t cap, const char *s, size_t n)
{
	size_t i = 0, o = 0;
	while (i < n && o + 1 < cap) {
		unsigned int cp;
		char b;
		i += (size_t)dec(s, n, i, &cp);
		b = latin_base(cp);
		if (b)
			out[o++] = b;
	}
	out[o] = '\0';
	return o;
}

/*
 * Loose key of a plain Latin name word: spellings of one Arabic name
 * tend to share it (Numan/Nouman/Noman, Hussein/Husayn/Hussain,
 * Gaddafi/Qadhafi/Kadhafi, Shaddadi/Shadadi, Fallujah/Falluja).
 */
static size_t latin_key(char *out, const char *p)
{
	size_t o = 0, n = strlen(p), i;
	for (i = 0; i < n; i++) {
		char c = p[i], d = i + 1 < n ? p[i + 1] : '\0';
		char r = c;
		if ((c == 'o' && (d == 'u' || d == 'o')) || (c == 'u' && d == 'u')) {
			r = 'u';
			i++;
		} else if ((c == 'e' && d == 'e') || (c == 'i' && d == 'i')) {
			r = 'i';
			i++;
		} else if ((c == 'e' || c == 'a') && (d == 'i' || d == 'y') &&
		           !(i + 2 < n && strchr("aeiou", p[i + 2]))) {
			r = 'I'; /* diphthong ay/ai/ei/ey */
			i++;
		} else if (c == 'i' && d == 'e' && i + 2 == n) {
			r = 'i';
			i++;
		} else if ((c == 'd' || c == 't' || c == 'z') && d == 'h') {
			r = c == 't' ? 't' : 'd';
			i++;
		} else if (c == 'k' && d == 'h') {
			r = 'x';
			i++;
		} else if ((c == 'g' || c == 'c') && d == 'h') {
			r = c == 'g' ? 'g' : 'S';
			i++;
		} else if (c == 's' && d == 'h') {
			r = 'S';
			i++;
		} else if (c == 'p' && d == 'h') {
			r = 'f';
			i++;
		} else if (c == 'o') {
			r = 'u';
		} else if (c == 'e') {
			r = 'i';
		} else if (c == 'q' || c == 'g' || c == 'c') {
			r = 'k';
		} else if (c == 'y' && i + 1 == n) {
			r = 'i';
		} else if (c == 'h' && i + 1 == n && o > 0 && strchr("aiu", out[o - 1])) {
			continue; /* Fallujah, Hamzah */
		}
		if (o > 0 && out[o - 1] == r)
			continue; /* doubled letters */
		out[o++] = r;
	}
	out[o] = '\0';
	return o;
}

static int is_vowel_key(char c)
{
	return c == 'a' || c == 'i' || c == 'u' || c == 'I';
}

/*
 * Keys close enough to be one name: equal, or (both 5+ letters, same first
 * letter) one vowel substituted, inserted or dropped (Khaled/Khalid,
 * Ahmed/Ahmad). Consonant differences are never forgiven: Hassan/Hussein
 * (hasan/husIn) and Ahmad/Mahmoud stay apart.
 */
static int keys_close(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b), i = 0;
	if (strcmp(a, b) == 0)
		return 1;
	if (la < 5 || lb < 5 || a[0] != b[0])
		return 0;
	while (i < la && i < lb && a[i] == b[i])
		i++;
	if (la == lb)
		return is_vowel_key(a[i]) && is_vowel_key(b[i]) && strcmp(a + i + 1, b + i + 1) == 0;
	if (la == lb + 1)
		return is_vowel_key(a[i]) && strcmp(a + i + 1, b + i) == 0;
	if (lb == la + 1)
		return is_vowel_key(b[i]) && strcmp(a + i, b + i + 1) == 0;
	return 0;
}

/* Arabic fold for comparison: marks/tatweel dropped, letter forms folded. */
static size_t arabic_fold(char *out, const char *s, size_t n, int strict)
{
	size_t i = 0, o = 0;
	while (i < n) {
		unsigned int cp, d[4];
		int nd, q;
		i += (size_t)dec(s, n, i, &cp);
		nd = cli_ar_letters(cp, d); /* a presentation form (a PDF copy): its letters */
		for (q = 0; q < nd; q++) {
			cp = d[q];
			if (is_arabic_mark(cp) || cp == 0x200C || cp == 0x200F || cp == 0x200E ||
			    cp == ' ')
				continue;
			if (!strict) {
				switch (cp) {
				case 0x0622: case 0x0623: case 0x0625: case 0x0671: cp = 0x0627; break;
				case 0x0649: case 0x06CC: case 0x0626: cp = 0x064A; break;
				case 0x0629: case 0x06C0: case 0x06D5: cp = 0x0647; break;
				case 0x06A9: cp = 0x0643; break;
				case 0x0624: cp = 0x0648; break;
				default: break;
				}
			}
			o += enc(out + o, cp);
		}
	}
	out[o] = '\0';
	return o;
}

/* ------------------------------------------------------------------ */
/* check                                                               */
/* ------------------------------------------------------------------ */

#define MAXNW 8 /* words per name */

struct style {
	char *house;               /* as written in the sheet */
	char *arabic;
	char *hw[MAXNW];           /* house words */
	size_t nhw;
	char *aw[MAXNW];           /* Arabic words */
	size_t naw;
	char **lv;                 /* the variants the sheet lists, as written */
	size_t nlv;
};

/* A spelling the checker looks for: plain text of a word range -> entry. */
struct pat {
	char *plain;     /* latin_plain of the range's cores, concatenated */
	size_t entry;
	size_t a, b;     /* house words [a, b) */
	int house;       /* the house spelling itself */
	int arabic;      /* an Arabic pattern (plain is the loose Arabic fold) */
};

struct sheet {
	struct style *e;
	size_t n, cap;
	struct pat *p;
	size_t np, pcap;
	char **hkey;     /* latin_key of each house word, entry-major */
	size_t *hkey_entry, *hkey_word, nhkey;
	/* the keys by first letter, in their order: those of letter c are
	 * hkey[hk_idx[hk_at[c] .. hk_at[c + 1])] (a close key starts the same) */
	size_t *hk_idx, hk_at[257];
	mwz_name_t **hk_name; /* each house word's core, parsed for the matcher */
	/* spellings (lower case) of the embedded list's one-word names: ol_head[s]
	 * is the first of spelling s's entries, ol_ent[x] an entry, ol_next[x]
	 * the next one or (size_t)-1 */
	struct smap ol;
	size_t *ol_head, *ol_ent, *ol_next, ol_n;
};

static char *dupn(const char *s, size_t n)
{
	char *p = malloc(n + 1);
	if (p) {
		memcpy(p, s, n);
		p[n] = '\0';
	}
	return p;
}

/* Split on spaces into at most MAXNW words (allocated). Returns count, or 0 if too many
 * (or, with *oom set, out of memory); none is left allocated then. */
static size_t split_words(char **w, const char *s, int *oom)
{
	size_t n = 0;
	while (*s) {
		const char *e;
		while (*s == ' ')
			s++;
		if (!*s)
			break;
		e = s;
		while (*e && *e != ' ')
			e++;
		if (n == MAXNW || !(w[n] = dupn(s, (size_t)(e - s)))) {
			*oom |= n < MAXNW;
			while (n > 0)
				free(w[--n]);
			return 0;
		}
		n++;
		s = e;
	}
	return n;
}

/* Core of a Latin word: after an article and its hyphen. */
static const char *word_core(const char *w)
{
	const char *h = strchr(w, '-');
	if (h && is_article(w, (size_t)(h - w)))
		return h + 1;
	return w;
}

static int add_pat(struct sheet *sh, const char *plain, size_t entry, size_t a,
                   size_t b, int house, int arabic)
{
	if (!*plain)
		return 0;
	if (sh->np == sh->pcap) {
		size_t nc = sh->pcap ? sh->pcap * 2 : 64;
		struct pat *p = realloc(sh->p, nc * sizeof *p);
		if (!p)
			return -1;
		sh->p = p;
		sh->pcap = nc;
	}
	if (!(sh->p[sh->np].plain = dupn(plain, strlen(plain))))
		return -1;
	sh->p[sh->np].entry = entry;
	sh->p[sh->np].a = a;
	sh->p[sh->np].b = b;
	sh->p[sh->np].house = house;
	sh->p[sh->np].arabic = arabic;
	sh->np++;
	return 0;
}

/* Plain of words w[a..b) (cores only). */
static void range_plain(char *out, size_t cap, char **w, size_t a, size_t b)
{
	size_t o = 0, i;
	out[0] = '\0';
	for (i = a; i < b; i++) {
		const char *c = word_core(w[i]);
		o += latin_plain(out + o, cap - o, c, strlen(c));
	}
}

/* Every sub-range of a spelling with as many words as the house spelling. */
static int add_ranges(struct sheet *sh, size_t entry, char **w, size_t n, int house)
{
	char buf[1024];
	size_t a, b;
	for (a = 0; a < n; a++)
		for (b = a + 1; b <= n; b++) {
			/* a lone particle (bin, Abu, Abdul) is no name by itself */
			if (b == a + 1 && n > 1) {
				char pl[64];
				latin_plain(pl, sizeof pl, w[a], strlen(w[a]));
				if (strlen(pl) <= 3 || strcmp(pl, "abdul") == 0 || strcmp(pl, "abdel") == 0)
					continue;
			}
			range_plain(buf, sizeof buf, w, a, b);
			if (add_pat(sh, buf, entry, a, b, house, 0))
				return -1;
		}
	return 0;
}

/* Keep a variant as the sheet lists it (trailing spaces off): -1 out of memory. */
static int add_listed(struct style *e, const char *v)
{
	size_t n = strlen(v);
	char **q, *s;
	while (n && v[n - 1] == ' ')
		n--;
	s = dupn(v, n);
	q = s ? realloc(e->lv, (e->nlv + 1) * sizeof *q) : NULL;
	if (!q) {
		free(s);
		return -1;
	}
	e->lv = q;
	e->lv[e->nlv++] = s;
	return 0;
}

/* Add a variant spelling (one or more words) of entry. */
/* Words of s, space-separated. */
static size_t words_in(const char *s)
{
	size_t n = 0;
	for (; *s; s++)
		n += *s != ' ' && (s[1] == ' ' || s[1] == '\0');
	return n;
}

static int add_variant(struct sheet *sh, size_t entry, const char *v)
{
	char *w[MAXNW], buf[1024];
	int oom = 0;
	size_t n = split_words(w, v, &oom), i;
	const struct style *e = &sh->e[entry];
	int rc = 0;
	if (oom)
		return -1;
	if (n == e->nhw && n > 0) {
		rc = add_ranges(sh, entry, w, n, 0);
	} else if (n > 0) {
		range_plain(buf, sizeof buf, w, 0, n);
		rc = add_pat(sh, buf, entry, 0, e->nhw, 0, 0);
	}
	for (i = 0; i < n; i++)
		free(w[i]);
	return rc;
}

/* The known spellings of an Arabic form from the embedded name list. */
static int add_list_variants(struct sheet *sh, size_t entry, const char *ar,
                             size_t a, size_t b, int whole)
{
	size_t first, count, k;
	const char *arp = ar;
	if (mwz_namelist_lookup(&first, &count, arp, strlen(arp)) != MWZ_OK) {
		/* try without the article */
		if (strncmp(ar, "\330\247\331\204", 4) == 0 && strlen(ar) > 8)
			arp = ar + 4;
		if (arp == ar || mwz_namelist_lookup(&first, &count, arp, strlen(arp)) != MWZ_OK)
			return 0;
	}
	for (k = first; k < first + count; k++) {
		const mwz_name_info_t *inf = mwz_namelist_entry(k);
		char buf[1024], one[256];
		const char *v = inf->variants;
		/* spellings of names only: an organisation's other names are no misspellings */
		if (inf->type != MWZ_NAME_GIVEN && inf->type != MWZ_NAME_FAMILY &&
		    inf->type != MWZ_NAME_PLACE)
			continue;
		/* the list's spellings that differ from the house word become variants */
		for (;;) {
			const char *bar = strchr(v, '|');
			size_t len = bar ? (size_t)(bar - v) : strlen(v);
			if (len >= sizeof one)
				len = sizeof one - 1;
			memcpy(one, v, len);
			one[len] = '\0';
			if (*one && !strchr(one, ' ')) {
				latin_plain(buf, sizeof buf, word_core(one), strlen(word_core(one)));
				if (whole ? add_variant(sh, entry, one)
				          : add_pat(sh, buf, entry, a, b, 0, 0))
					return -1;
			} else if (*one && whole && add_variant(sh, entry, one)) {
				return -1;
			}
			if (!bar)
				break;
			v = bar + 1;
		}
		/* and the list's own spelling */
		latin_plain(buf, sizeof buf, word_core(inf->latin), strlen(word_core(inf->latin)));
		if (whole ? add_variant(sh, entry, inf->latin)
		          : add_pat(sh, buf, entry, a, b, 0, 0))
			return -1;
	}
	return 0;
}

static void sheet_free(struct sheet *sh)
{
	size_t i, k;
	for (i = 0; i < sh->n; i++) {
		free(sh->e[i].house);
		free(sh->e[i].arabic);
		for (k = 0; k < sh->e[i].nhw; k++)
			free(sh->e[i].hw[k]);
		for (k = 0; k < sh->e[i].naw; k++)
			free(sh->e[i].aw[k]);
		for (k = 0; k < sh->e[i].nlv; k++)
			free(sh->e[i].lv[k]);
		free(sh->e[i].lv);
	}
	for (i = 0; i < sh->np; i++)
		free(sh->p[i].plain);
	for (i = 0; i < sh->nhkey; i++)
		free(sh->hkey[i]);
	free(sh->hkey);
	free(sh->hkey_entry);
	free(sh->hkey_word);
	free(sh->hk_idx);
	if (sh->hk_name)
		for (i = 0; i < sh->nhkey; i++)
			mwz_name_free(sh->hk_name[i]);
	free(sh->hk_name);
	smap_free(&sh->ol);
	free(sh->ol_head);
	free(sh->ol_ent);
	free(sh->ol_next);
	free(sh->e);
	free(sh->p);
}

static int cmp_pat(const void *x, const void *y)
{
	const struct pat *a = x, *b = y;
	if (a->arabic != b->arabic)
		return a->arabic - b->arabic;
	return strcmp(a->plain, b->plain);
}

/* Patterns [*lo, return) whose plain form is `plain` (binary search). */
static size_t find_pats(const struct sheet *sh, int arabic, const char *plain, size_t *lo)
{
	size_t a = 0, b = sh->np, e;
	struct pat key;
	key.arabic = arabic;
	key.plain = (char *)plain;
	while (a < b) {
		size_t m = a + (b - a) / 2;
		if (cmp_pat(&sh->p[m], &key) < 0)
			a = m + 1;
		else
			b = m;
	}
	for (e = a; e < sh->np && cmp_pat(&sh->p[e], &key) == 0; e++)
		;
	*lo = a;
	return e;
}

/* Does s hold an Arabic (arabic=1) or a Latin (0) letter? */
static int has_script(const char *s, int arabic)
{
	size_t i = 0, n = strlen(s);
	while (i < n) {
		unsigned int cp;
		i += (size_t)dec(s, n, i, &cp);
		if (arabic ? is_arabic_letter(cp) : is_latin_letter(cp))
			return 1;
	}
	return 0;
}

/* Load the style sheet; prints errors with FILE:LINE. Returns 0 or an exit code. */
/* The embedded list's one-word names by spelling, for other_listed_name(); -1
 * out of memory. */
static int index_listed(struct sheet *sh)
{
	size_t i, cap = 0, nodes = 0, ncap = 0;
	for (i = 0; i < mwz_namelist_size(); i++) {
		const mwz_name_info_t *inf = mwz_namelist_entry(i);
		int part;
		if (!inf || strchr(inf->arabic, ' '))
			continue;
		for (part = 0; part < 2; part++) {
			const char *q = part ? inf->variants : inf->latin;
			while (*q) {
				size_t l = strcspn(q, "|"), k, at;
				char low[128];
				if (l > 0 && l < sizeof low) {
					for (k = 0; k < l; k++)
						low[k] = (q[k] >= 'A' && q[k] <= 'Z') ? (char)(q[k] | 0x20) : q[k];
					if ((at = smap_put(&sh->ol, low, l)) == (size_t)-1)
						return -1;
					if (at >= cap) {
						size_t nc = cap ? 2 * cap : 1024;
						size_t *h = realloc(sh->ol_head, nc * sizeof *h);
						if (!h)
							return -1;
						sh->ol_head = h;
						while (cap < nc)
							h[cap++] = (size_t)-1;
					}
					if (nodes == ncap) {
						size_t nc = ncap ? 2 * ncap : 1024;
						size_t *e = realloc(sh->ol_ent, nc * sizeof *e);
						size_t *x = e ? realloc(sh->ol_next, nc * sizeof *x) : NULL;
						if (e)
							sh->ol_ent = e;
						if (!x)
							return -1;
						sh->ol_next = x;
						ncap = nc;
					}
					sh->ol_ent[nodes] = i;
					sh->ol_next[nodes] = sh->ol_head[at];
					sh->ol_head[at] = nodes++;
				}
				q += l;
				if (*q == '|')
					q++;
			}
		}
	}
	sh->ol_n = nodes;
	return 0;
}

static int sheet_load(struct sheet *sh, const char *path)
{
	char *text = NULL, *line, *next;
	size_t len, lineno = 0, i, k;
	int bad = 0, oom = 0, cr_only;
	memset(sh, 0, sizeof *sh);
	if (cli_slurp(&text, &len, path))
		return EXIT_USAGE;
	if (cli_check_text(path, text, len)) {
		free(text);
		return EXIT_DATA; /* bad data, as align's --glossary */
	}
	cr_only = cli_cr_only(text, len);
	for (line = text + cli_bom_len(text, len); line && *line; line = next) {
		char *f[4], *p, *end;
		size_t nf = 0;
		struct style e;
		lineno++;
		next = strchr(line, cr_only ? '\r' : '\n');
		if (next)
			*next++ = '\0';
		end = line + strlen(line);
		if (end > line && end[-1] == '\r')
			*--end = '\0';
		p = line;
		while (*p == ' ')
			p++;
		if (*p == '\0' || *p == '#')
			continue;
		p = line;
		while (nf < 4) {
			f[nf++] = p;
			p = strchr(p, '\t');
			if (!p)
				break;
			*p++ = '\0';
		}
		memset(&e, 0, sizeof e);
		if (nf >= 2 && (strlen(f[0]) > 400 || strlen(f[1]) > 400)) {
			cli_err("%s:%zu: name longer than 400 bytes", path, lineno);
			bad = 1;
			continue;
		}
		if (nf < 2 || nf > 3) {
			cli_err("%s:%zu: want house spelling<TAB>Arabic form[<TAB>variants|...]", path, lineno);
			bad = 1;
			continue;
		}
		e.nhw = split_words(e.hw, f[0], &oom);
		e.naw = split_words(e.aw, f[1], &oom);
		if (oom || e.nhw == 0 || e.naw == 0 || !has_script(f[1], 1) || has_script(f[1], 0) ||
		    !has_script(f[0], 0) || has_script(f[0], 1)) {
			if (!oom)
				cli_err("%s:%zu: want a Latin house spelling and an Arabic form (at most %d words each)",
				        path, lineno, MAXNW);
			for (k = 0; k < e.nhw; k++)
				free(e.hw[k]);
			for (k = 0; k < e.naw; k++)
				free(e.aw[k]);
			if (oom)
				break;
			bad = 1;
			continue;
		}
		e.house = dupn(f[0], strlen(f[0]));
		e.arabic = dupn(f[1], strlen(f[1]));
		if (sh->n == sh->cap) {
			size_t nc = sh->cap ? sh->cap * 2 : 32;
			struct style *q = realloc(sh->e, nc * sizeof *q);
			if (q) {
				sh->e = q;
				sh->cap = nc;
			}
		}
		if (!e.house || !e.arabic || sh->n == sh->cap) {
			free(e.house);
			free(e.arabic);
			for (k = 0; k < e.nhw; k++)
				free(e.hw[k]);
			for (k = 0; k < e.naw; k++)
				free(e.aw[k]);
			oom = 1;
			break;
		}
		/* the entry is the sheet's from here: sheet_free frees it */
		sh->e[sh->n++] = e;
		if (add_ranges(sh, sh->n - 1, e.hw, e.nhw, 1)) {
			oom = 1;
			break;
		}
		if (nf == 3) {
			char *v = f[2];
			for (;;) {
				char *bar = strchr(v, '|');
				if (bar)
					*bar = '\0';
				while (*v == ' ')
					v++;
				if (*v && (strlen(v) > 400 || words_in(v) > MAXNW)) {
					/* as a name too long is refused, not left unread */
					cli_err("%s:%zu: variant longer than 400 bytes or %d words", path,
					        lineno, MAXNW);
					bad = 1;
				} else if (*v && (add_variant(sh, sh->n - 1, v) ||
				                  add_listed(&sh->e[sh->n - 1], v))) {
					oom = 1;
					break;
				}
				if (!bar)
					break;
				v = bar + 1;
			}
			if (oom)
				break;
		}
	}
	free(text);
	if (oom) {
		sheet_free(sh);
		cli_err("%s: out of memory", path);
		return EXIT_USAGE;
	}
	if (bad) {
		sheet_free(sh);
		return EXIT_DATA; /* a malformed style sheet is bad data */
	}
	/* spellings of the embedded list, whole name and word by word */
	for (i = 0; i < sh->n; i++) {
		struct style *e = &sh->e[i];
		char buf[1024];
		if (add_list_variants(sh, i, e->arabic, 0, e->nhw, 1))
			oom = 1;
		if (e->naw == e->nhw && e->nhw > 1)
			for (k = 0; k < e->naw; k++)
				if (add_list_variants(sh, i, e->aw[k], k, k + 1, 0))
					oom = 1;
		/* Arabic patterns: every run of words of the Arabic form */
		{
			size_t a, b, q;
			for (a = 0; a < e->naw; a++)
				for (b = a + 1; b <= e->naw; b++) {
					size_t o = 0;
					if (b == a + 1 && e->naw > 1 && strlen(e->aw[a]) <= 6)
						continue; /* a lone particle: بن، ابو، عبد */
					for (q = a; q < b; q++)
						o += arabic_fold(buf + o, e->aw[q], strlen(e->aw[q]), 0);
					if (add_pat(sh, buf, i, a, b, 1, 1))
						oom = 1;
				}
		}
	}
	if (sh->np)
		qsort(sh->p, sh->np, sizeof *sh->p, cmp_pat);
	/* loose keys of house words, for spellings nobody listed */
	sh->hkey = calloc(1 + sh->n * MAXNW, sizeof *sh->hkey);
	sh->hkey_entry = calloc(1 + sh->n * MAXNW, sizeof *sh->hkey_entry);
	sh->hkey_word = calloc(1 + sh->n * MAXNW, sizeof *sh->hkey_word);
	if (oom || !sh->hkey || !sh->hkey_entry || !sh->hkey_word) {
		sheet_free(sh);
		cli_err("%s: out of memory", path);
		return EXIT_USAGE;
	}
	for (i = 0; i < sh->n; i++)
		for (k = 0; k < sh->e[i].nhw; k++) {
			char pl[256], key[256];
			const char *c = word_core(sh->e[i].hw[k]);
			latin_plain(pl, sizeof pl, c, strlen(c));
			if (strlen(pl) < 4 || strcmp(pl, "abdul") == 0)
				continue;
			latin_key(key, pl);
			if (!(sh->hkey[sh->nhkey] = dupn(key, strlen(key)))) {
				sheet_free(sh);
				cli_err("%s: out of memory", path);
				return EXIT_USAGE;
			}
			sh->hkey_entry[sh->nhkey] = i;
			sh->hkey_word[sh->nhkey] = k;
			sh->nhkey++;
		}
	/* a counting sort of the keys by first letter, stable */
	sh->hk_idx = malloc((sh->nhkey + 1) * sizeof *sh->hk_idx);
	if (!sh->hk_idx) {
		sheet_free(sh);
		cli_err("%s: out of memory", path);
		return EXIT_USAGE;
	}
	memset(sh->hk_at, 0, sizeof sh->hk_at);
	for (i = 0; i < sh->nhkey; i++)
		sh->hk_at[(unsigned char)sh->hkey[i][0] + 1]++;
	for (i = 1; i <= 256; i++)
		sh->hk_at[i] += sh->hk_at[i - 1];
	{
		size_t fill[256];
		memcpy(fill, sh->hk_at, sizeof fill);
		for (i = 0; i < sh->nhkey; i++)
			sh->hk_idx[fill[(unsigned char)sh->hkey[i][0]]++] = i;
	}
	sh->hk_name = calloc(sh->nhkey + 1, sizeof *sh->hk_name);
	if (!sh->hk_name || index_listed(sh)) {
		sheet_free(sh);
		cli_err("%s: out of memory", path);
		return EXIT_USAGE;
	}
	for (i = 0; i < sh->nhkey; i++) {
		const char *c = word_core(sh->e[sh->hkey_entry[i]].hw[sh->hkey_word[i]]);
		if (mwz_name_parse(&sh->hk_name[i], c, strlen(c)) != MWZ_OK) {
			sheet_free(sh);
			cli_err("%s: out of memory", path);
			return EXIT_USAGE;
		}
	}
	return 0;
}

/* Text of house words [a, b), the first word without its article if the text had none. */
static void house_text(char *out, size_t cap, const struct style *e, size_t a,
                       size_t b, int text_article)
{
	size_t o = 0, i;
	out[0] = '\0';
	for (i = a; i < b && o + 1 < cap; i++) {
		const char *w = e->hw[i];
		if (i == a && !text_article)
			w = word_core(w);
		o += (size_t)snprintf(out + o, cap - o, "%s%s", i > a ? " " : "", w);
		if (o >= cap)
			o = cap - 1;
	}
}

/* Arabic of house words [a, b) when the forms align word by word, else all of it. */
static const char *arabic_text(char *out, size_t cap, const struct style *e,
                               size_t a, size_t b)
{
	size_t o = 0, i;
	if (e->naw != e->nhw || (a == 0 && b == e->nhw))
		return e->arabic;
	out[0] = '\0';
	for (i = a; i < b && o + 1 < cap; i++) {
		o += (size_t)snprintf(out + o, cap - o, "%s%s", i > a ? " " : "", e->aw[i]);
		if (o >= cap)
			o = cap - 1;
	}
	return out;
}

/* Is text range exactly the house words (articles optional, same article if any)? */
static int exact_house(const char *line, const struct tword *w, size_t n,
                       const struct style *e, size_t a)
{
	size_t i;
	for (i = 0; i < n; i++) {
		const char *hw = e->hw[a + i], *hc = word_core(hw);
		size_t hcl = strlen(hc), tcl = w[i].e - w[i].core;
		if (hcl != tcl || memcmp(hc, line + w[i].core, hcl) != 0)
			return 0;
		if (w[i].core != w[i].s) { /* text has an article: must be the house's */
			size_t tal = w[i].core - w[i].s, hal = (size_t)(hc - hw), k;
			if (tal != hal)
				return 0;
			/* in its case too, but at a sentence start (Al-Maliki said...)
			 * or in a Title Case headline */
			for (k = 0; k < tal; k++)
				if ((w[i].sent_start || w[i].titled) && k == 0
				            ? (line[w[i].s + k] | 0x20) != (hw[k] | 0x20)
				            : line[w[i].s + k] != hw[k])
					return 0;
		}
	}
	return 1;
}

/* Are the n words w[0, n) one of the variants e's sheet line lists, word for word as
 * written? Those are flagged even where the rules would let them be ("Muqtada Sadr",
 * the article dropped, listed under "Muqtada al-Sadr"). */
static int listed_variant(const char *line, const struct tword *w, size_t n,
                          const struct style *e)
{
	size_t v, k;
	for (v = 0; v < e->nlv; v++) {
		const char *s = e->lv[v];
		for (k = 0; k < n; k++) {
			size_t wl = w[k].e - w[k].s;
			while (*s == ' ')
				s++;
			if (strncmp(s, line + w[k].s, wl) != 0 || (s[wl] != ' ' && s[wl] != '\0'))
				break;
			s += wl;
		}
		while (*s == ' ')
			s++;
		if (k == n && *s == '\0')
			return 1;
	}
	return 0;
}

/* Words all in capitals (a dateline or headline): case says nothing of style. */
static int all_caps(const struct tword *w, size_t n)
{
	size_t i;
	for (i = 0; i < n; i++)
		if (!w[i].allcaps)
			return 0;
	return 1;
}

/*
 * Score of the library's name matcher above which two single words are
 * taken for spellings of one name by check and names (besides the loose
 * keys). Strict on purpose: Iraq/Iraqi (0.86) and Amman/Oman (0.83) stay
 * apart; Gaddafi/Gathafi, Hasaka/Hasakkeh come together.
 */
#define FUZZY_MIN 0.93

struct check_state {
	mwz_matcher_t *m;
	const struct sheet *sh;
	const char *path;
	size_t found;
	cli_style_fn hit; /* else printed as FILE:LINE:COL */
	void *ctx;
	int oom;          /* a line was checked in part: out of memory */
};

static void report(struct check_state *st, size_t lineno, const char *line,
                   const struct tword *w, size_t n, size_t entry, size_t a, size_t b)
{
	char house[1024], ar[1024];
	const struct style *e = &st->sh->e[entry];
	const char *arab = arabic_text(ar, sizeof ar, e, a, b);
	house_text(house, sizeof house, e, a, b, w[0].core != w[0].s);
	st->found++;
	if (st->hit) {
		st->hit(st->ctx, w[0].s, w[n - 1].e - w[0].s, house, arab);
		return;
	}
	printf("%s:%zu:%zu: \"%.*s\": house style is \"%s\" (%s)\n", st->path, lineno,
	       w[0].col, (int)(w[n - 1].e - w[0].s), line + w[0].s, house, arab);
}

static void report_arabic(struct check_state *st, size_t lineno, const char *line,
                          const struct tword *w, size_t n, const struct pat *p, size_t pre)
{
	const struct style *e = &st->sh->e[p->entry];
	char ar[1024], house[1024];
	size_t o = 0, q, s0 = w[0].s + pre, col = w[0].col + (pre ? 1 : 0);
	const char *lat = e->house;
	/* the name starts after a prefix letter stuck to it (والفلوجه), or after
	 * the quote that follows a prefix standing alone (و«الرمادى») */
	if (pre && w[0].e - w[0].s <= pre && n > 1) {
		s0 = w[1].s;
		col = w[1].col;
	}
	ar[0] = '\0';
	for (q = p->a; q < p->b && o + 1 < sizeof ar; q++) {
		o += (size_t)snprintf(ar + o, sizeof ar - o, "%s%s", q > p->a ? " " : "", e->aw[q]);
		if (o >= sizeof ar)
			o = sizeof ar - 1;
	}
	if (e->naw == e->nhw) {
		house_text(house, sizeof house, e, p->a, p->b, 1);
		lat = house;
	}
	if (st->hit) {
		st->found++;
		st->hit(st->ctx, s0, w[n - 1].e - s0, ar, lat);
		return;
	}
	printf("%s:%zu:%zu: \"%.*s\": house style is \"%s\" (%s)\n", st->path, lineno,
	       col, (int)(w[n - 1].e - s0), line + s0, ar, lat);
	st->found++;
}

/* Check the Arabic words w[0..n) of a line (longest phrase first). */
/*
 * A common Arabic word that a one-word name becomes when its final yeh or alef
 * maqsura is written the other way (على for علي, مني for منى): no variant of
 * the name. s is the word with its marks dropped.
 */
static int ar_function_word(const char *s)
{
	static const char *const fw[] = {
		"\xD8\xB9\xD9\x84\xD9\x89",             /* على */
		"\xD8\xA5\xD9\x84\xD9\x89",             /* إلى */
		"\xD8\xA7\xD9\x84\xD9\x89",             /* الى */
		"\xD8\xAD\xD8\xAA\xD9\x89",             /* حتى */
		"\xD9\x85\xD8\xAA\xD9\x89",             /* متى */
		"\xD9\x84\xD8\xAF\xD9\x89",             /* لدى */
		"\xD8\xB3\xD9\x88\xD9\x89",             /* سوى */
		"\xD9\x85\xD9\x86\xD9\x8A",             /* مني */
		"\xD8\xB9\xD9\x86\xD9\x8A",             /* عني */
		"\xD9\x81\xD9\x8A",                       /* في */
		"\xD9\x84\xD9\x8A",                       /* لي */
		"\xD8\xA8\xD9\x8A",                       /* بي */
		"\xD9\x84\xD9\x83\xD9\x8A",             /* لكي */
		"\xD8\xA3\xD9\x8A",                       /* أي */
		"\xD8\xA7\xD9\x84\xD8\xAA\xD9\x8A",   /* التي */
		"\xD8\xA7\xD9\x84\xD8\xB0\xD9\x8A",   /* الذي */
	};
	size_t i;
	for (i = 0; i < sizeof fw / sizeof fw[0]; i++)
		if (strcmp(s, fw[i]) == 0)
			return 1;
	return 0;
}

static size_t check_arabic(struct check_state *st, size_t lineno, const char *line,
                           const struct tword *w, size_t n)
{
	static const char *const pfx[] = { "\331\210", "\330\250", "\331\204",
	                                   "\331\201", "\331\203" }; /* و ب ل ف ك */
	size_t L, k;
	for (L = n < MAXNW ? n : MAXNW; L >= 1; L--) {
		char loose[2048], strict[2048], hs[2048];
		size_t o = 0, lo, hi, pre = 0, q;
		const struct style *e;
		for (k = 0; k < L; k++) {
			if (!w[k].arabic)
				break;
			if (4 * (w[k].e - w[k].s) + o + 1 > sizeof loose)
				break;
			o += arabic_fold(loose + o, line + w[k].s, w[k].e - w[k].s, 0);
		}
		if (k < L)
			continue;
		hi = find_pats(st->sh, 1, loose, &lo);
		/* one prefix letter (wa-, bi-, li-, fa-, ka-) may stick to the name */
		for (q = 0; q < 5 && lo == hi && o > 4; q++)
			if (strncmp(loose, pfx[q], 2) == 0) {
				hi = find_pats(st->sh, 1, loose + 2, &lo);
				pre = 2;
			}
		if (lo == hi)
			continue;
		e = &st->sh->e[st->sh->p[lo].entry];
		o = 0;
		for (k = 0; k < L; k++)
			o += arabic_fold(strict + o, line + w[k].s, w[k].e - w[k].s, 1);
		o = 0;
		for (k = st->sh->p[lo].a; k < st->sh->p[lo].b; k++)
			o += arabic_fold(hs + o, e->aw[k], strlen(e->aw[k]), 1);
		if (strcmp(strict + pre, hs) != 0 && !(L == 1 && ar_function_word(strict + pre)))
			report_arabic(st, lineno, line, w, L, &st->sh->p[lo], pre);
		return L;
	}
	return 1;
}

/* May the lone word w[i] of the span w[0, n), close to house word wd of e but not
 * listed, be flagged? When wd is the name's only or last word (the surname, used
 * alone); a first or middle name alone (Khalid, Hasan, Abdul) is too common to
 * be taken for this person by closeness: only with the house word after it
 * next in the text (Khalid Mashal). */
/* Is text word w[t] the house word e->hw[h], or close to it (loose keys)? */
static int word_near(const struct style *e, size_t h, const char *line, const struct tword *w,
                     size_t t)
{
	char pl[256], key[256], hpl[256], hkey[256];
	const char *hw = word_core(e->hw[h]);
	latin_plain(pl, sizeof pl, line + w[t].core, w[t].e - w[t].core);
	latin_key(key, pl);
	latin_plain(hpl, sizeof hpl, hw, strlen(hw));
	latin_key(hkey, hpl);
	return strcmp(key, hkey) == 0 || keys_close(key, hkey);
}

/* Does a neighbour of w[i] in the span w[0, n) stand where the house name has
 * its neighbour of word wd (Abdel Fatah el-Sisi: el-Sisi after Fatah)? */
static int name_context(const struct style *e, size_t wd, const char *line,
                        const struct tword *w, size_t i, size_t n)
{
	return (wd + 1 < e->nhw && i + 1 < n && word_near(e, wd + 1, line, w, i + 1)) ||
	       (wd > 0 && i > 0 && word_near(e, wd - 1, line, w, i - 1));
}

static int lone_word_ok(const struct style *e, size_t wd, const char *line,
                        const struct tword *w, size_t i, size_t n)
{
	if (e->nhw <= 1 || wd + 1 >= e->nhw)
		return 1;
	return i + 1 < n && word_near(e, wd + 1, line, w, i + 1);
}

/* s folded loosely (arabic_fold) into out (cap 256), without a leading ال. */
static void ar_key(char *out, const char *s)
{
	char f[1024];
	size_t n = strlen(s) * 4 < sizeof f ? arabic_fold(f, s, strlen(s), 0) : 0;
	size_t skip = n > 6 && memcmp(f, "\xD8\xA7\xD9\x84", 4) == 0 ? 4 : 0;
	if (n - skip >= 256)
		n = skip + 255;
	memcpy(out, f + skip, n - skip);
	out[n - skip] = '\0';
}

/* House key k is close to a text word: counted among the hits unless it is the
 * same house word as the last hit (*hit, (size_t)-1 for none). */
static void note_hit(const struct sheet *sh, size_t k, size_t *hit, size_t *hits)
{
	if (*hit == (size_t)-1 || sh->hkey_entry[k] != sh->hkey_entry[*hit] ||
	    sh->hkey_word[k] != sh->hkey_word[*hit])
		++*hits;
	*hit = k;
}

/* Is the plain lower-case word pl a spelling the embedded name list gives of
 * another name than the Arabic word ar (Malik: مالك, not المالكي; Sana: سناء,
 * not صنعاء; Husain: حسين, not حسن)? Then closeness does not make it a
 * variant of ar. A spelling the list also gives for ar itself is no other name. */
static int other_listed_name(const struct sheet *sh, const char *pl, const char *ar)
{
	char hk[256], ek[256];
	size_t x, at;
	int other = 0;
	if (!ar || strchr(ar, ' '))
		return 0;
	if ((at = smap_get(&sh->ol, pl, strlen(pl))) == (size_t)-1)
		return 0;
	ar_key(hk, ar);
	for (x = sh->ol_head[at]; x != (size_t)-1; x = sh->ol_next[x]) {
		const mwz_name_info_t *inf = mwz_namelist_entry(sh->ol_ent[x]);
		if (!inf)
			continue;
		ar_key(ek, inf->arabic);
		if (strcmp(ek, hk) == 0)
			return 0;
		other = 1;
	}
	return other;
}

/* Is the plain word pl a word derived from the house word hw with an English or
 * Arabic-nisba ending (Mosul: Mosuli, Mosulis; Fallujah: Falluji, Fallujis; Sadr:
 * Sadrist), its stem spelled the same or close? Not a spelling of the name. */
static int derived_word(const char *pl, const char *hw)
{
	static const char *const suf[] = { "ists", "ist", "ites", "ite", "is", "i" };
	char hpl[256], stem[256], k1[256], k2[256];
	size_t n = strlen(pl), hn, s;
	latin_plain(hpl, sizeof hpl, hw, strlen(hw));
	hn = strlen(hpl);
	/* the house word's stem: a final -ah, -a, -h or -e off (Fallujah, Ramadi stays) */
	if (hn > 4 && strcmp(hpl + hn - 2, "ah") == 0)
		hpl[hn -= 2] = '\0';
	else if (hn > 3 && strchr("aeh", hpl[hn - 1]))
		hpl[--hn] = '\0';
	for (s = 0; s < sizeof suf / sizeof suf[0]; s++) {
		size_t sl = strlen(suf[s]);
		if (n <= sl + 2 || strcmp(pl + n - sl, suf[s]) != 0 || n - sl >= sizeof stem)
			continue;
		memcpy(stem, pl, n - sl);
		stem[n - sl] = '\0';
		if (strcmp(stem, hpl) == 0)
			return 1;
		latin_key(k1, stem);
		latin_key(k2, hpl);
		if (strcmp(k1, k2) == 0 || keys_close(k1, k2))
			return 1;
	}
	return 0;
}

/* Check a run of Latin words w[0..n) (a capitalised span). */
static void check_span(struct check_state *st, size_t lineno, const char *line,
                       const struct tword *w, size_t n)
{
	size_t i = 0;
	while (i < n) {
		size_t L, best_len = 0, best_pat = 0, k, hi;
		int best_house = 0;
		for (L = n - i < MAXNW ? n - i : MAXNW; L >= 1 && !best_len; L--) {
			char plain[1024];
			size_t o = 0;
			/* a lone stop word at a sentence start is not a name */
			if (L == 1 && w[i].sent_start && is_stop(line + w[i].s, w[i].e - w[i].s))
				continue;
			for (k = 0; k < L; k++)
				o += latin_plain(plain + o, sizeof plain - o, line + w[i + k].core,
				                 w[i + k].e - w[i + k].core);
			for (hi = find_pats(st->sh, 0, plain, &k); k < hi; k++) {
				const struct pat *p = &st->sh->p[k];
				if (!best_len || (p->house && !best_house)) {
					best_len = L;
					best_pat = k;
					best_house = p->house;
				}
			}
		}
		if (best_len) {
			const struct pat *p = &st->sh->p[best_pat];
			const struct style *e = &st->sh->e[p->entry];
			if (!(p->house && p->b - p->a == best_len &&
			      (exact_house(line, w + i, best_len, e, p->a) || all_caps(w + i, best_len)) &&
			      !listed_variant(line, w + i, best_len, e)) &&
			    /* one word of a longer name's variant: as for a close word, below */
			    (best_len > 1 || p->b - p->a != 1 || lone_word_ok(e, p->a, line, w, i, n) ||
			     listed_variant(line, w + i, 1, e)))
				report(st, lineno, line, w + i, best_len, p->entry, p->a, p->b);
			i += best_len;
			continue;
		}
		/* no listed spelling: a loose key close to exactly one house word */
		if (w[i].upper && !w[i].allcaps && !is_stop(line + w[i].s, w[i].e - w[i].s)) {
			char pl[256], key[256];
			size_t hit = (size_t)-1, hits = 0, q0, q1, hq;
			latin_plain(pl, sizeof pl, line + w[i].core, w[i].e - w[i].core);
			latin_key(key, pl);
			q0 = st->sh->hk_at[(unsigned char)key[0]];
			q1 = st->sh->hk_at[(unsigned char)key[0] + 1];
			if (strlen(pl) >= 4)
				for (hq = q0; hq < q1; hq++) {
					k = st->sh->hk_idx[hq];
					if (keys_close(key, st->sh->hkey[k]))
						note_hit(st->sh, k, &hit, &hits);
				}
			/* else the name matcher, strictly: one house word scoring >= FUZZY_MIN */
			if (hits == 0 && st->m && strlen(pl) >= 4) {
				mwz_name_t *tn = NULL;
				size_t lk = strlen(key);
				for (hq = q0; hq < q1; hq++) {
					const char *hk = st->sh->hkey[k = st->sh->hk_idx[hq]];
					size_t lh = strlen(hk);
					double score = 0;
					if (lk > lh + 3 || lh > lk + 3)
						continue;
					/* the word parsed once for all the house words it meets;
					 * only whether a score reaches FUZZY_MIN matters */
					if (!tn && mwz_name_parse(&tn, line + w[i].core, w[i].e - w[i].core) != MWZ_OK) {
						st->oom = 1;
						break;
					}
					if (mwz_name_similarity_parsed(&score, st->m, tn, st->sh->hk_name[k],
					                               FUZZY_MIN) == MWZ_OK &&
					    score >= FUZZY_MIN)
						note_hit(st->sh, k, &hit, &hits);
				}
				mwz_name_free(tn);
			}
			if (hits == 1) {
				size_t en = st->sh->hkey_entry[hit], wd = st->sh->hkey_word[hit];
				const struct style *he = &st->sh->e[en];
				char low[256];
				size_t q;
				for (q = 0; pl[q] && q + 1 < sizeof low; q++)
					low[q] = (pl[q] >= 'A' && pl[q] <= 'Z') ? (char)(pl[q] | 0x20) : pl[q];
				low[q] = '\0';
				if (!exact_house(line, w + i, 1, he, wd) &&
				    lone_word_ok(he, wd, line, w, i, n) &&
				    !derived_word(pl, word_core(he->hw[wd])) &&
				    (name_context(he, wd, line, w, i, n) ||
				     !other_listed_name(st->sh, low, he->naw == he->nhw ? he->aw[wd] : NULL)))
					report(st, lineno, line, w + i, 1, en, wd, wd + 1);
			}
		}
		i++;
	}
}

/* Check one line, its joiners taken out before rm[0, nrm) (offsets, ascending):
 * the columns reported count them, as an editor does. */
static void check_line(struct check_state *st, size_t lineno, const char *line,
                       size_t len, const size_t *rm, size_t nrm, struct tword **words,
                       size_t *cap)
{
	size_t n = scan_words(words, cap, line, len, &st->oom), i = 0, r = 0, long_w = 0, caps = 0;
	struct tword *w = *words;
	/* a headline in Title Case: no full stop, and nine in ten of its Latin
	 * words of 4+ letters capitalised */
	for (i = 0; i < n; i++)
		if (!w[i].arabic && w[i].e - w[i].core >= 4) {
			long_w++;
			caps += w[i].upper != 0;
		}
	if (memchr(line, '.', len))
		long_w = 0;
	for (i = 0; i < n; i++)
		w[i].titled = long_w >= 3 && caps * 10 >= long_w * 9;
	for (i = 0; i < n && nrm; i++) {
		while (r < nrm && rm[r] <= w[i].s)
			r++;
		w[i].col += r;
	}
	i = 0;
	while (i < n) {
		size_t j = i;
		if (w[i].arabic) {
			i += check_arabic(st, lineno, line, w + i, n - i);
			continue;
		}
		/* a capitalised span: name words, with lower-case particles inside */
		while (j < n && !w[j].arabic &&
		       (w[j].upper || (w[j].particle && j > i && j + 1 < n && w[j + 1].upper &&
		                       !w[j + 1].arabic))) {
			if (j > i) { /* only spaces (or no-break ones) between the words of a name */
				size_t k;
				int ok = 1;
				for (k = w[j - 1].e; k < w[j].s; k++)
					if (line[k] == '\xC2' && k + 1 < w[j].s && line[k + 1] == '\xA0')
						k++;
					else if (line[k] != ' ')
						ok = 0;
				if (!ok)
					break;
			}
			j++;
		}
		if (j == i) {
			i++;
			continue;
		}
		check_span(st, lineno, line, w + i, j - i);
		i = j;
	}
}

static void check_help(FILE *out)
{
	fprintf(out,
	        "usage: muwazi check --style STYLE.tsv FILE...\n\n"
	        "House-style linter: finds the spellings of names in English (or Arabic)\n"
	        "text that are variants of a name in the style sheet but not its house\n"
	        "spelling, and prints one line each:\n"
	        "  FILE:LINE:COL: \"Nu'man\": house style is \"Numan\" (النعمان)\n"
	        "COL is the 1-based character (not byte) column, as editors count.\n\n"
	        "Style sheet: one name a line, house spelling<TAB>Arabic form[<TAB>known\n"
	        "variants, |-separated]; '#' starts a comment; blank lines are skipped.\n"
	        "Variants found: the sheet's, the embedded name list's spellings of the\n"
	        "Arabic form, spellings differing only in case (Al- mid-sentence; not\n"
	        "at a sentence start or in a Title Case headline), accents or apostrophes,\n"
	        "other article forms (el-, ash-; dropping the article is fine unless\n"
	        "the sheet lists the spelling without it),\n"
	        "spellings whose loose key is within one vowel of a house word, and\n"
	        "words the name matcher scores 0.93 or more against exactly one house word.\n"
	        "A first or middle name alone is flagged by closeness only with the\n"
	        "name's next word after it (Khalid Ahmed is someone else). Derived words\n"
	        "(Sadrist, Baathist, Mosuli, Fallujis) are not flagged, nor stop words\n"
	        "(titles, months, sentence starters). In Arabic text, spellings of the\n"
	        "Arabic form that differ in hamza, alef, yeh or ta marbuta are flagged\n"
	        "(presentation forms, as PDF copies have them, read as their letters).\n\n"
	        "Exit status: 0 none found; 1 variants found, or bad data: invalid UTF-8\n"
	        "or a binary file (article or style sheet), or a malformed style sheet\n"
	        "(reported as FILE:LINE); 2 usage or I/O error.\n");
}

int cmd_check(int argc, char **argv)
{
	const char *style = NULL;
	int i, nfiles = 0, rc = EXIT_OK;
	char **files;
	struct sheet sh;
	struct check_state st;
	struct tword *words = NULL;
	size_t wcap = 0, *rm = NULL, nrm = 0, rmcap = 0;
	files = calloc((size_t)argc, sizeof *files);
	if (!files) {
		cli_err("check: out of memory");
		return EXIT_USAGE;
	}
	for (i = 1; i < argc; i++) {
		const char *a = argv[i];
		if (cli_is_help(a)) {
			check_help(stdout);
			free(files);
			return EXIT_OK;
		} else if (strcmp(a, "--style") == 0 || strcmp(a, "-s") == 0) {
			if (i + 1 >= argc) {
				cli_err("check: %s needs a file", a);
				free(files);
				return EXIT_USAGE;
			}
			style = argv[++i];
		} else if (strncmp(a, "--style=", 8) == 0) {
			style = a + 8;
		} else if (strcmp(a, "--") == 0) {
			while (++i < argc)
				files[nfiles++] = argv[i];
		} else if (a[0] == '-' && a[1] != '\0') {
			cli_err("check: unknown option '%s' (see 'muwazi check --help')", a);
			free(files);
			return EXIT_USAGE;
		} else {
			files[nfiles++] = argv[i];
		}
	}
	if (!style) {
		cli_err("check: --style STYLE.tsv is required (see 'muwazi check --help')");
		free(files);
		return EXIT_USAGE;
	}
	if (nfiles == 0)
		files[nfiles++] = "-";
	if ((rc = sheet_load(&sh, style)) != 0) {
		free(files);
		return rc;
	}
	st.sh = &sh;
	st.found = 0;
	st.m = NULL;
	st.hit = NULL;
	st.ctx = NULL;
	st.oom = 0;
	if (mwz_matcher_create(&st.m) != MWZ_OK) {
		cli_err("check: out of memory");
		sheet_free(&sh);
		free(files);
		return EXIT_USAGE;
	}
	for (i = 0; i < nfiles; i++) {
		char *text, *line, *next, term;
		size_t len, lineno = 0;
		if (cli_slurp(&text, &len, files[i])) {
			rc = EXIT_USAGE;
			continue;
		}
		if (cli_check_text(files[i], text, len)) {
			free(text);
			if (rc == EXIT_OK)
				rc = EXIT_DATA;
			continue;
		}
		st.path = strcmp(files[i], "-") == 0 ? "<stdin>" : files[i];
		/* a byte-order mark is no column an editor shows; lines ended by CR
		 * alone (classic Mac OS) are lines */
		term = cli_cr_only(text, len) ? '\r' : '\n';
		for (line = text + cli_bom_len(text, len); line < text + len; line = next) {
			size_t ll;
			lineno++;
			next = memchr(line, term, (size_t)(text + len - line));
			ll = next ? (size_t)(next - line) : (size_t)(text + len - line);
			if (take_joiners(line, &ll, &rm, &nrm, &rmcap)) {
				cli_err("out of memory");
				rc = EXIT_USAGE;
				break;
			}
			check_line(&st, lineno, line, ll, rm, nrm, &words, &wcap);
			if (st.oom) {
				cli_err("%s:%zu: out of memory", files[i], lineno);
				rc = EXIT_USAGE;
				break;
			}
			next = next ? next + 1 : text + len;
		}
		free(text);
		if (st.oom)
			break;
	}
	if (st.found && rc == EXIT_OK)
		rc = EXIT_DATA;
	mwz_matcher_destroy(st.m);
	free(words);
	free(rm);
	free(files);
	sheet_free(&sh);
	return rc;
}

/* ------------------------------------------------------------------ */
/* names                                                               */
/* ------------------------------------------------------------------ */

struct spelling {
	char *text;
	size_t count;
	size_t group;     /* the head of its group (itself for a head) */
	size_t nw;        /* core words */
	char *keys;       /* loose keys of the core words, '\n'-separated */
	size_t klen;      /* strlen(keys) */
	mwz_name_t *pn;   /* parsed for the matcher while grouping, or NULL */
};

struct names_state {
	struct smap lower;   /* words seen in lower case: common words */
	struct smap midcap;  /* words seen capitalised inside a sentence */
	struct smap pname;   /* Berners-Lee: capitalised compounds seen in a longer name */
	struct smap mpair;   /* "Tim Berners-Lee": two capitalised words seen mid-sentence */
	struct smap dict;    /* English headwords (FreeDict), loaded when needed */
	int dict_state;      /* 0 not tried, 1 loaded, -1 absent */
	struct smap given;   /* given names of the embedded list, lower case */
	int given_state;     /* 0 not built, 1 built */
	struct smap seen;    /* spelling -> index into sp */
	struct spelling *sp;
	size_t nsp, cap;
	int oom;
};

/*
 * English headwords of the FreeDict English-Arabic dictionary (a muwazi
 * dependency), to tell "Analysts said" from "Sadr said". Optional: without
 * the file, the stop list and the text's own lower-case words decide.
 */
static int load_dict(struct names_state *ns)
{
	const char *path = getenv("MUWAZI_DICT_INDEX");
	FILE *f;
	char line[512];
	if (ns->dict_state)
		return ns->dict_state > 0;
	ns->dict_state = -1;
	if (!path)
		path = "/usr/share/dictd/freedict-eng-ara.index";
	f = fopen(path, "r");
	if (!f)
		return 0;
	while (fgets(line, sizeof line, f)) {
		size_t n = strcspn(line, "\t"), i;
		int ok = n > 0 && line[n] == '\t';
		for (i = 0; i < n && ok; i++)
			if (!(line[i] >= 'a' && line[i] <= 'z'))
				ok = 0;
		if (ok && smap_put(&ns->dict, line, n) == (size_t)-1) {
			fclose(f);
			ns->oom = 1; /* not "no dictionary": the names would differ */
			return 0;
		}
	}
	fclose(f);
	ns->dict_state = 1;
	return 1;
}

/* Is a single word (any case) an English dictionary headword? */
static int dict_word(struct names_state *ns, const char *w)
{
	char low[128];
	size_t n = strlen(w), i;
	if (n >= sizeof low || !load_dict(ns))
		return 0;
	for (i = 0; i < n; i++)
		low[i] = (w[i] >= 'A' && w[i] <= 'Z') ? (char)(w[i] | 0x20) : w[i];
	return smap_get(&ns->dict, low, n) != (size_t)-1;
}

/* Put the lower-case words of one |-separated list of spellings into m; -1 out of memory. */
static int put_spellings(struct smap *m, const char *s)
{
	while (*s) {
		char low[128];
		size_t n = strcspn(s, "|"), i;
		if (n < sizeof low && !memchr(s, ' ', n)) {
			for (i = 0; i < n; i++)
				low[i] = (s[i] >= 'A' && s[i] <= 'Z') ? (char)(s[i] | 0x20) : s[i];
			if (n && smap_put(m, low, n) == (size_t)-1)
				return -1;
		}
		s += n;
		if (*s == '|')
			s++;
	}
	return 0;
}

/* Is the lower-case word low[0, n) a given name of the embedded list (Khaled,
 * Ahmed, Ali, Fatima) or abu / ibn / umm? Those open sentences as names, though
 * they end in -ed or FreeDict lists them. */
static int given_name(struct names_state *ns, const char *low, size_t n)
{
	static const char *const kin[] = { "abu", "abou", "ibn", "umm", NULL };
	size_t i;
	if (!ns->given_state) {
		for (i = 0; i < mwz_namelist_size() && !ns->oom; i++) {
			const mwz_name_info_t *inf = mwz_namelist_entry(i);
			if (inf && inf->type == MWZ_NAME_GIVEN &&
			    (put_spellings(&ns->given, inf->latin) ||
			     put_spellings(&ns->given, inf->variants)))
				ns->oom = 1;
		}
		for (i = 0; kin[i] && !ns->oom; i++)
			if (smap_put(&ns->given, kin[i], strlen(kin[i])) == (size_t)-1)
				ns->oom = 1;
		ns->given_state = 1;
	}
	return smap_get(&ns->given, low, n) != (size_t)-1;
}

/* s[0, n) ends in an English word ending of suffixes[], with more than room
 * letters before it (Finally, Reporting, Analysts). */
static const char *const word_endings[] = { "ing", "ed", "ly", "ment", "ness", "tion",
	                                    "sion", "ies", "ism", "ity", NULL };
static const char *const plural_endings[] = { "ers", "ists", NULL };
static int has_ending(const char *const *suffixes, const char *s, size_t n, size_t room)
{
	size_t i;
	for (i = 0; suffixes[i]; i++) {
		size_t l = strlen(suffixes[i]);
		if (n > l + room && memcmp(s + n - l, suffixes[i], l) == 0)
			return 1;
	}
	return 0;
}

/* A sentence-initial word that is an ordinary English word, not a name. */
static int common_word(struct names_state *ns, const char *s, size_t n)
{
	char low[128];
	size_t i;
	if (is_stop(s, n))
		return 1;
	if (n >= sizeof low)
		return 0;
	for (i = 0; i < n; i++)
		low[i] = (s[i] >= 'A' && s[i] <= 'Z') ? (char)(s[i] | 0x20) : s[i];
	if (given_name(ns, low, n) && smap_get(&ns->lower, low, n) == (size_t)-1)
		return 0; /* a given name, not seen in lower case in this text */
	if (smap_get(&ns->lower, low, n) != (size_t)-1)
		return 1;
	/* an English dictionary word never written capitalised mid-sentence */
	if (smap_get(&ns->midcap, s, n) == (size_t)-1 && load_dict(ns) &&
	    smap_get(&ns->dict, low, n) != (size_t)-1)
		return 1;
	return has_ending(word_endings, low, n, 2);
}

/* w is a compound of capitalised parts: Berners-Lee, Jean-Marie (not Kurdish-led). */
static int caps_compound(const char *line, const struct tword *w)
{
	const char *p = line + w->core, *e = line + w->e;
	int parts = 1;
	if (w->arabic || !w->upper)
		return 0;
	for (; p + 1 < e; p++)
		if (*p == '-') {
			if (!(p[1] >= 'A' && p[1] <= 'Z'))
				return 0;
			parts++;
		}
	return parts > 1;
}

/* Words w[i] and w[j] stand side by side, a space apart. */
static int side_by_side(const char *line, const struct tword *w, size_t i, size_t j)
{
	size_t k;
	for (k = w[i].e; k < w[j].s; k++)
		if (line[k] != ' ')
			return 0;
	return 1;
}

static void note_lower_words(struct names_state *ns, const char *line, size_t len,
                             struct tword **words, size_t *cap)
{
	size_t n = scan_words(words, cap, line, len, &ns->oom), i;
	for (i = 0; i < n; i++) {
		const struct tword *w = &(*words)[i];
		/* a compound beside another capitalised word is part of a person's
		 * name (Tim Berners-Lee), and so is Berners-Lee alone elsewhere */
		if (caps_compound(line, w) &&
		    ((i > 0 && w[-1].upper && !w[-1].arabic &&
		      !(w[-1].sent_start && is_stop(line + w[-1].s, w[-1].e - w[-1].s)) &&
		      side_by_side(line, *words, i - 1, i)) ||
		     (i + 1 < n && w[1].upper && !w[1].arabic && side_by_side(line, *words, i, i + 1))) &&
		    smap_put(&ns->pname, line + w->s, w->e - w->s) == (size_t)-1)
			ns->oom = 1;
		if (!w->arabic && !w->upper && w->core == w->s && line[w->s] >= 'a' &&
		    line[w->s] <= 'z' && smap_put(&ns->lower, line + w->s, w->e - w->s) == (size_t)-1)
			ns->oom = 1;
		if (!w->arabic && w->upper && !w->sent_start &&
		    smap_put(&ns->midcap, line + w->s, w->e - w->s) == (size_t)-1)
			ns->oom = 1;
		/* a pair of capitalised words inside a sentence: a given name and
		 * its surname, as first_name() wants them confirmed */
		if (!w->arabic && w->upper && !w->sent_start && i + 1 < n && w[1].upper &&
		    !w[1].arabic && side_by_side(line, *words, i, i + 1) &&
		    smap_put(&ns->mpair, line + w->s, w[1].e - w->s) == (size_t)-1)
			ns->oom = 1;
	}
}

static void add_spelling(struct names_state *ns, const char *s, size_t n)
{
	size_t at;
	if (ns->oom)
		return; /* the output is dropped: no spelling is added half way */
	at = smap_put(&ns->seen, s, n);
	if (at == (size_t)-1) {
		ns->oom = 1;
		return;
	}
	if (at == ns->nsp) {
		if (ns->nsp == ns->cap) {
			size_t nc = ns->cap ? ns->cap * 2 : 64;
			struct spelling *p = realloc(ns->sp, nc * sizeof *p);
			if (!p) {
				ns->oom = 1;
				return;
			}
			ns->sp = p;
			ns->cap = nc;
		}
		memset(&ns->sp[at], 0, sizeof ns->sp[at]);
		ns->sp[at].text = dupn(s, n);
		if (!ns->sp[at].text) {
			ns->oom = 1;
			return;
		}
		ns->sp[at].group = at;
		ns->nsp++;
	}
	ns->sp[at].count++;
}

/* Take the names of a run of words w[0..n) (no stop words inside). */
static void take_run(struct names_state *ns, const char *line, const struct tword *w, size_t n)
{
	size_t i;
	/* trim particles at the ends */
	while (n && w[0].particle) {
		w++;
		n--;
	}
	while (n && w[n - 1].particle)
		n--;
	if (!n)
		return;
	/* an organisation's name ends at its last organisation word (Basra
	 * Police, UN Security Council): a name after it is taken alone */
	for (i = n; i-- > 0;)
		if (in_list(org_words, line + w[i].s, w[i].e - w[i].s)) {
			if (i + 1 < n)
				take_run(ns, line, w + i + 1, n - i - 1);
			return;
		}
	add_spelling(ns, line + w[0].s, w[n - 1].e - w[0].s);
}

/*
 * A word that cannot be a name: one letter, or capitals inside it (CoV,
 * IgG, iPhone) unless after a name prefix (ElBaradei, AlJazeera, McCain,
 * AbdulKarim, BinLaden) or a hyphen or apostrophe (al-Sadr, O'Brien).
 */
static int odd_case(const char *line, const struct tword *w)
{
	static const char *const prefixes[] = { "Al", "El", "Mc", "Mac", "Abd", "Abdul",
	                                        "Abdel", "Abu", "Bin", "Ben", "Ibn", "Bou",
	                                        "De", "Di", "Da", "La", "Le", "Van", NULL };
	const char *s = line + w->s, *e = line + w->e, *p;
	size_t letters = 0;
	for (p = s; p < e; p++)
		if (((unsigned char)*p >= 0x80 && ((unsigned char)*p & 0xC0) != 0x80) ||
		    (*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z'))
			letters++;
	if (letters < 2)
		return 1;
	for (p = s + 1; p < e; p++)
		if (*p >= 'A' && *p <= 'Z' && p[-1] >= 'a' && p[-1] <= 'z') {
			const char *q = p;
			while (q > s && q[-1] != '-' && q[-1] != '\'')
				q--;
			if (!in_list(prefixes, q, (size_t)(p - q)))
				return 1;
		}
	return 0;
}

/*
 * A hyphenated word that is no single name: "Kurdish-led", "SDF-held"
 * (a lower-case part) or "Iraq-Syria" (names joined). Name compounds
 * (Abdul-Karim, Abu-Bakr, bin-Laden, al-Sadr) are single names. With
 * take set, the capitalised parts of joined names are counted.
 */
static int compound(struct names_state *ns, const char *line, const struct tword *w, int take)
{
	static const char *const heads[] = { "Abdul", "Abdel", "Abd", "Abu", "Abou", "Bin",
	                                     "Ibn", "Ben", "Bou", "Ould", "Al", "El", NULL };
	const char *s = line + w->core, *e = line + w->e, *h = memchr(s, '-', (size_t)(e - s)), *p;
	if (!h || in_list(heads, s, (size_t)(h - s)))
		return 0;
	for (p = s; p + 1 < e; p++)
		if (*p == '-' && (unsigned char)p[1] < 0x80 && !(p[1] >= 'A' && p[1] <= 'Z'))
			return 1; /* a lower-case part: not a name (no parts taken) */
	if (take && memchr(h + 1, '-', (size_t)(e - h - 1)) == NULL) { /* two parts only */
		p = s;
		while (p < e) {
			const char *q = memchr(p, '-', (size_t)(e - p));
			size_t n;
			if (!q)
				q = e;
			n = (size_t)(q - p);
			if (n > 1 && !is_stop(p, n) && !(p[0] >= 'A' && p[0] <= 'Z' && n > 1 &&
			                                   p[1] >= 'A' && p[1] <= 'Z') &&
			    !in_list(org_words, p, n))
				add_spelling(ns, p, n);
			p = q + 1;
		}
	}
	return 1;
}

/*
 * A sentence's first word that is also an English word (Mark, Bill, Tim) taken
 * for a given name: the text never writes it in lower case, and writes it with
 * the next word of the run inside a sentence too (Tim Berners-Lee spoke ...
 * We saw Tim Berners-Lee), neither a stop word.
 */
static int first_name(struct names_state *ns, const char *line, const struct tword *w, size_t b,
                      size_t j)
{
	char low[64];
	size_t n = w[b].e - w[b].s, i;
	if (has_ending(word_endings, line + w[b].s, n, 1) ||
	    has_ending(plural_endings, line + w[b].s, n, 1))
		return 0; /* Finally, Analysts: no given name */
	if (b + 1 >= j || n >= sizeof low || n > 8 || is_stop(line + w[b].s, n) ||
	    is_stop(line + w[b + 1].s, w[b + 1].e - w[b + 1].s) ||
	    smap_get(&ns->mpair, line + w[b].s, w[b + 1].e - w[b].s) == (size_t)-1)
		return 0;
	for (i = 0; i < n; i++)
		low[i] = (line[w[b].s + i] >= 'A' && line[w[b].s + i] <= 'Z') ? (char)(line[w[b].s + i] | 0x20)
		                                                                : line[w[b].s + i];
	return smap_get(&ns->lower, low, n) == (size_t)-1;
}

/*
 * A compound of capitalised parts beside another word of a name, or seen so
 * elsewhere in the text, is one name: Tim Berners-Lee, Jean-Marie Le Pen,
 * then Berners-Lee alone (not "the Iraq-Syria border").
 */
static int name_compound(const struct names_state *ns, const char *line, const struct tword *w,
                         size_t a, size_t b, size_t j)
{
	if (!caps_compound(line, &w[b]))
		return 0;
	return b > a || b + 1 < j || smap_get(&ns->pname, line + w[b].s, w[b].e - w[b].s) != (size_t)-1;
}

static void names_line(struct names_state *ns, const char *line, size_t len,
                       struct tword **words, size_t *cap)
{
	size_t n = scan_words(words, cap, line, len, &ns->oom), i = 0;
	struct tword *w = *words;
	while (i < n) {
		size_t j = i, a;
		if (w[i].arabic || !w[i].upper) {
			i++;
			continue;
		}
		while (j < n && !w[j].arabic &&
		       (w[j].upper || (w[j].particle && j > i && j + 1 < n && w[j + 1].upper &&
		                       !w[j + 1].arabic))) {
			if (j > i) {
				size_t k;
				int ok = 1;
				for (k = w[j - 1].e; k < w[j].s; k++)
					if (line[k] != ' ')
						ok = 0;
				if (!ok)
					break;
			}
			j++;
		}
		/* split at stop words, acronyms, compounds and a common sentence-initial word */
		for (a = i; a < j;) {
			size_t b = a;
			while (b < j && !w[b].allcaps && !odd_case(line, &w[b]) &&
			       !is_stop(line + w[b].s, w[b].e - w[b].s) &&
			       !(w[b].sent_start && common_word(ns, line + w[b].s, w[b].e - w[b].s) &&
			         !first_name(ns, line, w, b, j)) &&
			       !(compound(ns, line, &w[b], 0) && !name_compound(ns, line, w, a, b, j)))
				b++;
			if (b > a)
				take_run(ns, line, w + a, b - a);
			if (b < j)
				compound(ns, line, &w[b], 1);
			a = b + 1;
		}
		i = j > i ? j : i + 1;
	}
}

static int keys_same(const struct spelling *a, const struct spelling *b);

/* Loose keys of the core words of a spelling; 0, or -1 out of memory. */
static int spelling_keys(struct spelling *s)
{
	char pl[256], key[256];
	size_t o = 0, cap = 64, i = 0, n = strlen(s->text);
	char *buf = malloc(cap);
	s->nw = 0;
	s->keys = NULL;
	if (!buf)
		return -1;
	buf[0] = '\0';
	while (i < n) {
		size_t j = i;
		const char *c;
		char word[256];
		while (j < n && s->text[j] != ' ')
			j++;
		if (j - i < sizeof word) {
			memcpy(word, s->text + i, j - i);
			word[j - i] = '\0';
			if (!is_particle(word, j - i)) {
				size_t kl;
				c = word_core(word);
				latin_plain(pl, sizeof pl, c, strlen(c));
				kl = latin_key(key, pl);
				if (o + kl + 2 > cap) {
					char *nb;
					while (o + kl + 2 > cap)
						cap *= 2;
					nb = realloc(buf, cap);
					if (!nb) {
						free(buf);
						return -1;
					}
					buf = nb;
				}
				memcpy(buf + o, key, kl);
				o += kl;
				buf[o++] = '\n';
				buf[o] = '\0';
				s->nw++;
			}
		}
		i = j + 1;
	}
	s->keys = buf;
	s->klen = o;
	return 0;
}

/* The matcher's score of two spellings (under min: some score under min),
 * from their parses when grouping has made them. */
static int name_sim(double *score, mwz_matcher_t *m, const struct spelling *a,
                    const struct spelling *b, double min)
{
	if (a->pn && b->pn)
		return mwz_name_similarity_parsed(score, m, a->pn, b->pn, min);
	return mwz_name_similarity_min(score, m, a->text, strlen(a->text), b->text,
	                               strlen(b->text), min);
}

/*
 * Same name: as many core words, each pair of keys close, or the whole
 * spellings scored >= FUZZY_MIN by the name matcher.
 */
static int same_name(const struct spelling *a, const struct spelling *b,
                     mwz_matcher_t *m, struct names_state *ns)
{
	/* two English words (Greece, Grace; Phase, Face) are two words */
	if (a->nw == 1 && b->nw == 1 && dict_word(ns, a->text) && dict_word(ns, b->text))
		return 0;
	/* a one-word key of three letters or fewer tells too little (Kai, Key;
	 * Baath, Bat), and an English word's loose key may meet a name's
	 * (College, Golgi): the matcher alone decides those */
	if (a->nw == b->nw && a->nw && keys_same(a, b) &&
	    (a->nw > 1 || !m ||
	     (a->klen > 4 && !dict_word(ns, a->text) && !dict_word(ns, b->text))))
		return 1;
	if (m && a->nw == b->nw && a->nw && a->keys[0] == b->keys[0]) {
		double score = 0;
		size_t la = strlen(a->keys), lb = strlen(b->keys);
		if (la <= lb + 3 * a->nw && lb <= la + 3 * a->nw &&
		    name_sim(&score, m, a, b, FUZZY_MIN) == MWZ_OK && score >= FUZZY_MIN)
			return 1;
	}
	return 0;
}

/* Every pair of core-word keys close. */
static int keys_same(const struct spelling *a, const struct spelling *b)
{
	const char *p = a->keys, *q = b->keys;
	if (a->nw != b->nw || !a->nw)
		return 0;
	while (*p && *q) {
		char x[256], y[256];
		size_t lx = strcspn(p, "\n"), ly = strcspn(q, "\n");
		if (lx >= sizeof x || ly >= sizeof y)
			return 0;
		memcpy(x, p, lx);
		x[lx] = '\0';
		memcpy(y, q, ly);
		y[ly] = '\0';
		if (!keys_close(x, y))
			return 0;
		p += lx + 1;
		q += ly + 1;
	}
	return 1;
}

struct group {
	size_t total;
	size_t *members;
	size_t n;
};

static const struct spelling *sort_sp;

static int cmp_member(const void *x, const void *y)
{
	const struct spelling *a = &sort_sp[*(const size_t *)x], *b = &sort_sp[*(const size_t *)y];
	if (a->count != b->count)
		return a->count < b->count ? 1 : -1;
	return strcmp(a->text, b->text);
}

static int cmp_group(const void *x, const void *y)
{
	const struct group *a = x, *b = y;
	if (a->total != b->total)
		return a->total < b->total ? 1 : -1;
	return strcmp(sort_sp[a->members[0]].text, sort_sp[b->members[0]].text);
}

/* Core words, then the first letter of the keys, then by count (cmp_member). */
static int cmp_block(const void *x, const void *y)
{
	const struct spelling *a = &sort_sp[*(const size_t *)x], *b = &sort_sp[*(const size_t *)y];
	if (a->nw != b->nw)
		return a->nw < b->nw ? -1 : 1;
	if (a->keys[0] != b->keys[0])
		return (unsigned char)a->keys[0] < (unsigned char)b->keys[0] ? -1 : 1;
	return cmp_member(x, y);
}

/* Lengths of keys that same_name() may take for one name (within 3 a word). */
static int near_enough(const struct names_state *ns, size_t a, size_t b)
{
	const struct spelling *x = &ns->sp[a], *y = &ns->sp[b];
	return x->klen <= y->klen + 3 * y->nw && y->klen <= x->klen + 3 * y->nw;
}

/* same_name() with the earlier spelling of the text first: the matcher is not
 * quite symmetric. */
static int same_pair(struct names_state *ns, size_t a, size_t b, mwz_matcher_t *m)
{
	return a < b ? same_name(&ns->sp[a], &ns->sp[b], m, ns)
	             : same_name(&ns->sp[b], &ns->sp[a], m, ns);
}

/* A spelling joins a group through a member, not its head, only while the
 * matcher still takes it for the head's name (muwazi match's threshold). */
#define CHAIN_MIN 0.80

/*
 * Group the spellings around their most frequent ones: from the most
 * frequent down, each joins the group of the most frequent head it is
 * same_name() with, or heads a group of its own. Every spelling of a group
 * is then one name with its head; no chain of near spellings (Hassan,
 * Hassin, Hussin, Hussein) joins two names. same_name() needs as many core
 * words, the same first letter and keys within 3 a word in length (a key
 * within one vowel of another differs by a letter at most), so only heads
 * that share the first two are looked at, and only those within the length
 * are compared.
 */
static void group_spellings(struct names_state *ns, mwz_matcher_t *m)
{
	size_t *ord = malloc((ns->nsp + 1) * sizeof *ord), *heads = malloc((ns->nsp + 1) * sizeof *heads);
	size_t n = 0, nh = 0, p, h, b0 = 0;
	if (!ord || !heads) {
		free(ord);
		free(heads);
		ns->oom = 1;
		return;
	}
	for (p = 0; p < ns->nsp; p++)
		if (ns->sp[p].nw > 0) {
			ord[n++] = p;
			/* parsed once for the matcher, not at every comparison */
			if (m && mwz_name_parse(&ns->sp[p].pn, ns->sp[p].text,
			                        strlen(ns->sp[p].text)) != MWZ_OK)
				ns->sp[p].pn = NULL;
		}
	sort_sp = ns->sp;
	qsort(ord, n, sizeof *ord, cmp_block);
	for (p = 0; p < n; p++) {
		struct spelling *s = &ns->sp[ord[p]];
		size_t q, join = (size_t)-1;
		if (p > 0 && (ns->sp[ord[p - 1]].nw != s->nw || ns->sp[ord[p - 1]].keys[0] != s->keys[0])) {
			nh = 0; /* a new block */
			b0 = p;
		}
		for (h = 0; h < nh && join == (size_t)-1; h++)
			if (near_enough(ns, heads[h], ord[p]) && same_pair(ns, heads[h], ord[p], m))
				join = heads[h];
		/* else near a member, and still the head's name by the matcher */
		for (q = b0; q < p && join == (size_t)-1; q++) {
			size_t hd = ns->sp[ord[q]].group;
			double score = 0;
			if (hd == ord[q] || !near_enough(ns, ord[q], ord[p]) ||
			    !same_pair(ns, ord[q], ord[p], m))
				continue;
			if (m && name_sim(&score, m, &ns->sp[hd], s, CHAIN_MIN) == MWZ_OK &&
			    score >= CHAIN_MIN)
				join = hd;
		}
		if (join != (size_t)-1)
			s->group = join;
		else
			heads[nh++] = ord[p];
	}
	for (p = 0; p < n; p++) {
		mwz_name_free(ns->sp[ord[p]].pn);
		ns->sp[ord[p]].pn = NULL;
	}
	free(ord);
	free(heads);
}

static void names_help(FILE *out)
{
	fprintf(out,
	        "usage: muwazi names [--variants] [--min N] [FILE...]\n\n"
	        "Find the person and place names in English text and group the spellings\n"
	        "that are variants of one another. One line per name, the most frequent\n"
	        "spelling first with its count, then the other spellings with theirs:\n"
	        "  Shaddadi 14  (al-Shaddadi 3, Shadadi 1)\n"
	        "Lines are ordered by the name's total count, then alphabetically.\n\n"
	        "Names are capitalised word sequences (with al-, bin, ibn... inside);\n"
	        "titles, months, days, demonyms and other stop words are left out, as are\n"
	        "acronyms, sequences naming organisations (Party, Forces, Ministry...)\n"
	        "and a sentence's first word when it is an ordinary word. Two spellings\n"
	        "are one name when they have as many words (articles and particles aside)\n"
	        "and each word's loose key is within one vowel of the other's (or the\n"
	        "name matcher scores them 0.93 or more; for a one-word name of three\n"
	        "letters or fewer, or an English word, the matcher alone): al-Shaddadi,\n"
	        "Shaddadi and Shadadi are one name; Hassan and Hussein are not; Sadr\n"
	        "and Muqtada al-Sadr stay separate lines. Each spelling joins the group\n"
	        "of the most frequent spelling it is one name with, or else a group it\n"
	        "is one name with through another spelling, if the matcher still scores\n"
	        "it 0.80 or more against the group's first: a chain of near spellings\n"
	        "(Hassan, Hassin, Hussin, Hussein) does not make two names one.\n\n"
	        "A sentence's first word that is an English dictionary word (FreeDict's\n"
	        "English index, or the file MUWAZI_DICT_INDEX names) and never appears\n"
	        "capitalised inside a sentence is taken for an ordinary word.\n\n"
	        "  --variants   only names written in more than one spelling\n"
	        "  --min N      only names seen at least N times in all\n\n"
	        "FILE '-' or none: standard input. Exit status: 0 ok; 1 invalid UTF-8 or a\n"
	        "binary file (NUL byte) in some file (reported, the others still read);\n"
	        "2 usage or I/O error.\n");
}

int cmd_names(int argc, char **argv)
{
	int i, nfiles = 0, rc = EXIT_OK, variants_only = 0;
	long min = 1;
	char **files, **texts, *read_ok;
	size_t *lens, k, ng = 0;
	struct names_state ns;
	struct tword *words = NULL;
	size_t wcap = 0;
	struct group *groups = NULL;
	size_t *gindex = NULL;
	mwz_matcher_t *matcher = NULL;
	files = calloc((size_t)argc + 1, sizeof *files);
	texts = calloc((size_t)argc + 1, sizeof *texts);
	lens = calloc((size_t)argc + 1, sizeof *lens);
	read_ok = calloc((size_t)argc + 1, 1);
	if (!files || !texts || !lens || !read_ok) {
		free(files);
		free(texts);
		free(lens);
		free(read_ok);
		cli_err("names: out of memory");
		return EXIT_USAGE;
	}
	memset(&ns, 0, sizeof ns);
	for (i = 1; i < argc; i++) {
		const char *a = argv[i];
		if (cli_is_help(a)) {
			names_help(stdout);
			rc = -1;
			break;
		} else if (strcmp(a, "--variants") == 0) {
			variants_only = 1;
		} else if (strcmp(a, "--min") == 0 || strncmp(a, "--min=", 6) == 0) {
			const char *v = a[5] == '=' ? a + 6 : (i + 1 < argc ? argv[++i] : NULL);
			char *end;
			if (!v || (min = strtol(v, &end, 10), *end != '\0' || end == v || min < 1)) {
				cli_err("names: --min needs a positive count");
				rc = EXIT_USAGE;
				break;
			}
		} else if (strcmp(a, "--") == 0) {
			while (++i < argc)
				files[nfiles++] = argv[i];
		} else if (a[0] == '-' && a[1] != '\0') {
			cli_err("names: unknown option '%s' (see 'muwazi names --help')", a);
			rc = EXIT_USAGE;
			break;
		} else {
			files[nfiles++] = argv[i];
		}
	}
	if (rc != EXIT_OK) {
		free(files);
		free(texts);
		free(lens);
		free(read_ok);
		return rc < 0 ? EXIT_OK : rc;
	}
	if (nfiles == 0)
		files[nfiles++] = "-";
	/* pass 1: read everything, learn which words are written in lower case;
	 * a file is read again in pass 2 (standard input is kept), so that an
	 * archive needs memory for its largest file, not for all of them */
	for (i = 0; i < nfiles; i++) {
		char *line, *next, *end;
		if (cli_slurp(&texts[i], &lens[i], files[i])) {
			texts[i] = NULL;
			rc = EXIT_USAGE;
			continue;
		}
		if (cli_check_text(files[i], texts[i], lens[i])) {
			free(texts[i]);
			texts[i] = NULL;
			if (rc == EXIT_OK)
				rc = EXIT_DATA;
			continue;
		}
		/* names are capitalised words: Arabic text has none to find */
		if (mwz_script_detect(texts[i], lens[i]) == MWZ_SCRIPT_ARABIC)
			cli_err("%s: Arabic text: names finds the names of English (Latin-script) "
			        "text; give the English version",
			        strcmp(files[i], "-") == 0 ? "<stdin>" : files[i]);
		lens[i] = strip_joiners(texts[i], lens[i]);
		end = texts[i] + lens[i];
		for (line = texts[i]; line < end; line = next) {
			char *nl = memchr(line, '\n', (size_t)(end - line));
			size_t ll = nl ? (size_t)(nl - line) : (size_t)(end - line);
			note_lower_words(&ns, line, ll, &words, &wcap);
			next = nl ? nl + 1 : end;
		}
		read_ok[i] = 1;
		if (strcmp(files[i], "-") != 0) {
			free(texts[i]);
			texts[i] = NULL;
		}
	}
	/* pass 2: the names */
	for (i = 0; i < nfiles; i++) {
		char *line, *next, *end;
		if (!read_ok[i])
			continue;
		if (!texts[i] && (cli_slurp(&texts[i], &lens[i], files[i]) ||
		                  cli_check_text(files[i], texts[i], lens[i]))) {
			/* changed or gone since pass 1 */
			free(texts[i]);
			texts[i] = NULL;
			if (rc == EXIT_OK)
				rc = EXIT_DATA;
			continue;
		}
		lens[i] = strip_joiners(texts[i], lens[i]);
		end = texts[i] + lens[i];
		for (line = texts[i]; line < end; line = next) {
			char *nl = memchr(line, '\n', (size_t)(end - line));
			size_t ll = nl ? (size_t)(nl - line) : (size_t)(end - line);
			names_line(&ns, line, ll, &words, &wcap);
			next = nl ? nl + 1 : end;
		}
		free(texts[i]);
		texts[i] = NULL;
	}
	/* group the spellings */
	if (mwz_matcher_create(&matcher) != MWZ_OK)
		ns.oom = 1;
	for (k = 0; k < ns.nsp; k++)
		if (spelling_keys(&ns.sp[k]))
			ns.oom = 1;
	if (!ns.oom)
		group_spellings(&ns, matcher);
	gindex = malloc((ns.nsp + 1) * sizeof *gindex);
	groups = calloc(ns.nsp + 1, sizeof *groups);
	if (!gindex || !groups || ns.oom) {
		cli_err("names: out of memory");
		rc = EXIT_USAGE;
		ns.nsp = 0;
	}
	/* the groups, each with room for its members */
	for (k = 0; k < ns.nsp; k++)
		if (ns.sp[k].group == k)
			gindex[k] = ng++;
	for (k = 0; k < ns.nsp; k++)
		groups[gindex[ns.sp[k].group]].n++;
	for (k = 0; k < ng && rc != EXIT_USAGE; k++) {
		groups[k].members = malloc(groups[k].n * sizeof(size_t));
		if (!groups[k].members) {
			cli_err("names: out of memory");
			rc = EXIT_USAGE;
		}
		groups[k].n = 0;
	}
	for (k = 0; k < ns.nsp && rc != EXIT_USAGE; k++) {
		struct group *g = &groups[gindex[ns.sp[k].group]];
		g->members[g->n++] = k;
		g->total += ns.sp[k].count;
	}
	sort_sp = ns.sp;
	for (k = 0; k < ng && rc != EXIT_USAGE; k++)
		qsort(groups[k].members, groups[k].n, sizeof(size_t), cmp_member);
	if (rc != EXIT_USAGE)
		qsort(groups, ng, sizeof *groups, cmp_group);
	for (k = 0; k < ng && rc != EXIT_USAGE; k++) {
		const struct group *g = &groups[k];
		size_t m;
		if ((variants_only && g->n < 2) || g->total < (size_t)min)
			continue;
		printf("%s %zu", ns.sp[g->members[0]].text, ns.sp[g->members[0]].count);
		for (m = 1; m < g->n; m++)
			printf("%s%s %zu", m == 1 ? "  (" : ", ", ns.sp[g->members[m]].text,
			       ns.sp[g->members[m]].count);
		printf("%s\n", g->n > 1 ? ")" : "");
	}
	for (k = 0; k < ng; k++)
		free(groups[k].members);
	for (k = 0; k < ns.nsp; k++) {
		free(ns.sp[k].text);
		free(ns.sp[k].keys);
	}
	mwz_matcher_destroy(matcher);
	free(groups);
	free(gindex);
	free(ns.sp);
	smap_free(&ns.lower);
	smap_free(&ns.midcap);
	smap_free(&ns.pname);
	smap_free(&ns.mpair);
	smap_free(&ns.dict);
	smap_free(&ns.given);
	smap_free(&ns.seen);
	free(words);
	free(files);
	free(texts);
	free(lens);
	free(read_ok);
	return rc;
}

/* ---- the checker for other commands ---- */

struct cli_style {
	struct sheet sh;
};

int cli_style_load(struct cli_style **out, const char *path)
{
	struct cli_style *c = calloc(1, sizeof *c);
	int rc;
	*out = NULL;
	if (!c) {
		cli_err("out of memory");
		return EXIT_USAGE;
	}
	if ((rc = sheet_load(&c->sh, path)) != 0) {
		free(c);
		return rc;
	}
	*out = c;
	return EXIT_OK;
}

void cli_style_free(struct cli_style *c)
{
	if (!c)
		return;
	sheet_free(&c->sh);
	free(c);
}

/* A sentence's joiners taken out: map[j] is where its byte j was. */
struct scan_line {
	const size_t *map;
	cli_style_fn fn;
	void *ctx;
};

static void scan_hit(void *ctx, size_t start, size_t len, const char *house, const char *other)
{
	const struct scan_line *sl = ctx;
	if (len > 0) {
		size_t a = sl->map[start], b = sl->map[start + len - 1] + 1;
		sl->fn(sl->ctx, a, b - a, house, other);
	}
}

int cli_style_scan(const struct cli_style *c, mwz_matcher_t *m, const char *text, size_t len,
                   cli_style_fn fn, void *ctx)
{
	struct check_state st;
	struct scan_line sl;
	struct tword *words = NULL;
	size_t wcap = 0, *map = malloc((len + 1) * sizeof *map);
	char *buf = malloc(len + 1);
	int rc = 0;
	memset(&st, 0, sizeof st);
	st.sh = &c->sh;
	st.path = "";
	st.m = m;
	if (!map || !buf) {
		free(map);
		free(buf);
		return -1;
	}
	sl.map = map;
	sl.fn = fn;
	sl.ctx = ctx;
	st.hit = scan_hit;
	st.ctx = &sl;
	/* One sentence, read as one line: a line break, tab or no-break space in
	 * it (wrapped text, web text) is a space, so a name may span it. */
	{
		size_t i = 0, o = 0, k;
		while (i < len) {
			if ((k = joiner_at((const unsigned char *)text + i, len - i)) > 0) {
				i += k;
				continue;
			}
			map[o] = i;
			if (text[i] == '\n' || text[i] == '\r' || text[i] == '\t' ||
			    (i + 1 < len && (unsigned char)text[i] == 0xC2 &&
			     (unsigned char)text[i + 1] == 0xA0)) {
				buf[o++] = ' ';
				i += (unsigned char)text[i] == 0xC2 ? 2 : 1;
				continue;
			}
			buf[o++] = text[i++];
		}
		map[o] = len;
		check_line(&st, 1, buf, o, NULL, 0, &words, &wcap);
		if (st.oom)
			rc = -1;
	}
	free(words);
	free(map);
	free(buf);
	return rc;
}
