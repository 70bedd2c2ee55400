/*
 * align.c - `muwazi align`: read an article and its translation, split
 * them into sentences (or take one a line), pair them up and write the
 * beads in the format asked for.
 */
#define _GNU_SOURCE 1 /* sched_getaffinity, for --jobs 0 */
#include "cli.h"

#include <errno.h>
#include <limits.h>
#include <signal.h>
#include <time.h>
#include <pthread.h>
#include <sched.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>

static void usage(FILE *out)
{
	fprintf(out,
	        "usage: muwazi align [OPTIONS] SRC TGT\n"
	        "       muwazi align --batch LIST [-o DIR] [-j N] [OPTIONS]\n\n"
	        "Pairs the sentences of an article (SRC) with those of its translation\n"
	        "(TGT): 1-1, 1-2, 2-1 ... up to four sentences a side, and 1-0 / 0-1 for\n"
	        "sentences one side left out. SRC and TGT are raw text, Arabic and English\n"
	        "in either order (told apart by their script: Latin facing Arabic is taken\n"
	        "as English); the output calls SRC the source (TMX srclang), so give the\n"
	        "original first. '-' is standard input. Two texts in Latin script are told\n"
	        "apart by their function words (en de fr es it nl pt) and aligned with\n"
	        "FreeDict's dictionaries between them when installed (German/French:\n"
	        "dict-freedict-deu-fra, dict-freedict-fra-deu), else without one.\n\n"
	        "Options:\n"
	        "  -f, --format FMT   text (default): numbered beads for reading;\n"
	        "                     tsv: src<TAB>tgt<TAB>score, a bead a line;\n"
	        "                     csv: for a spreadsheet (quoted, a header row);\n"
	        "                     jsonl: {\"src\":[i..],\"tgt\":[j..],\"src_text\",\n"
	        "                     \"tgt_text\",\"score\"};\n"
	        "                     tmx: TMX 1.4b translation memory (1-0/0-1 left out);\n"
	        "                     vecalign: [i, ...]:[j, ...]:SCORE, 0-based indices;\n"
	        "                     html: one self-contained page, both side by side,\n"
	        "                     untranslated sentences and low scores marked;\n"
	        "                     side: two columns for a terminal (see below)\n"
	        "      --lines        SRC and TGT hold one sentence a line, taken as they\n"
	        "                     are: line k is sentence k (an empty line is an empty\n"
	        "                     sentence, still counted; lines end in LF or CR LF,\n"
	        "                     or in CR alone in a file with no LF)\n"
	        "      --keep-empty   tmx: keep unpaired sentences as units with a note\n"
	        "      --min-score SCORE  tmx: leave out paired beads scoring under SCORE\n"
	        "                     (default 0: none), for a memory of sure pairs only;\n"
	        "                     how many goes to standard error\n"
	        "      --glossary FILE  add a glossary of arabic<TAB>english lines\n"
	        "                     (repeatable; lines starting with # are comments)\n"
	        "      --no-dict      do not use FreeDict's dictionaries (Arabic-English,\n"
	        "                     or those of another pair)\n"
	        "      --no-cache     read FreeDict itself, not the lexicon kept from it\n"
	        "                     (see below)\n"
	        "      --src-lang CODE, --tgt-lang CODE\n"
	        "                     languages of SRC and TGT (ar, en, de, fr ...) instead\n"
	        "                     of telling them by script and words (ar for Latin\n"
	        "                     text, or en for Arabic, is warned about)\n"
	        "      --low SCORE    html, side: mark paired beads scoring under SCORE\n"
	        "                     (default 0.5; 0 marks none)\n"
	        "      --title TEXT   html: the page title (default: the file names)\n"
	        "      --style FILE   html, text, side: mark the names spelled against the\n"
	        "                     house style sheet FILE (as `muwazi check` finds\n"
	        "                     them), in both versions, each with its house spelling\n"
	        "      --width N      side: total width in columns (default: the terminal's\n"
	        "                     when standard output is one, else 120; at least 48)\n"
	        "      --bidi MODE    side: logical (default) leaves right-to-left text in\n"
	        "                     its logical order, for a terminal that does bidi\n"
	        "                     itself (GNOME Terminal, Konsole, mlterm) and for\n"
	        "                     pipes; visual puts each line in display order, for\n"
	        "                     a terminal that does not (xterm, kitty, Alacritty...)\n"
	        "      --shape        side: Arabic letters as joined presentation forms, for\n"
	        "                     a terminal that does not shape Arabic (with visual)\n"
	        "      --color WHEN   side: auto (default: on a terminal, unless NO_COLOR is\n"
	        "                     set), always or never\n"
	        "  -o, --output FILE  write to FILE instead of standard output (with\n"
	        "                     --batch: the directory for the outputs, made if\n"
	        "                     missing)\n"
	        "      --batch LIST   align many pairs and load the dictionaries once:\n"
	        "                     LIST has a pair a line, SRC<TAB>TGT<TAB>OUT, or\n"
	        "                     SRC<TAB>TGT with -o DIR, written to DIR/NAME.EXT:\n"
	        "                     SRC's name, its last extension replaced by the\n"
	        "                     format's (txt tsv csv jsonl tmx vec html); a\n"
	        "                     relative OUT is under DIR (directories made as\n"
	        "                     needed). '#' starts a comment line; '-' reads\n"
	        "                     the list from standard input\n"
	        "      --merge        with --batch and -f tmx: one translation memory of\n"
	        "                     every pair, -o FILE (default: standard output); a\n"
	        "                     unit's tuid starts with its pair's list line (12-3)\n"
	        "                     and an x-document prop names its source file;\n"
	        "                     with -f jsonl: one file, \"doc\" naming the source\n"
	        "  -j, --jobs N       with --batch: align N pairs at once (0: one a\n"
	        "                     processor; default 1)\n"
	        "  -q, --quiet        no warnings on standard error\n"
	        "  -h, --help         this help\n\n"
	        "Every sentence of SRC and TGT is in exactly one bead, in order, in every\n"
	        "format but tmx, which leaves unpaired sentences out unless --keep-empty\n"
	        "(it says how many on standard error). An empty input aligns too: every\n"
	        "sentence of the other side is then unpaired.\n\n"
	        "The html page needs no network and no script. The side view writes\n"
	        "[not translated] opposite a sentence the translation left out, and\n"
	        "[not in the original] opposite one it added. A terminal without bidi\n"
	        "support shows Arabic readably with --bidi visual --shape.\n\n"
	        "With --batch, each output is written whole or not at all (through a\n"
	        "temporary file); a pair that fails is reported with its LIST:LINE and\n"
	        "the others go on; a summary ends the run on standard error.\n\n"
	        "What muwazi makes of FreeDict is kept in $MUWAZI_CACHE_DIR (empty: not\n"
	        "kept), else $XDG_CACHE_HOME/muwazi or ~/.cache/muwazi, and read from\n"
	        "there while the dictionaries and muwazi are unchanged: the same\n"
	        "alignment, loaded faster. FreeDict is read from $MUWAZI_DICT_DIR, else\n"
	        "/usr/share/dictd.\n\n"
	        "Exit status: 0 ok; 1 bad data (invalid UTF-8, binary file, malformed\n"
	        "glossary or list line); 2 usage or I/O error (with --batch: the worst\n"
	        "of the pairs).\n\n"
	        "Examples: muwazi align --format tmx article.ar.txt article.en.txt > memory.tmx\n"
	        "          muwazi align -f html -o check.html article.ar.txt article.en.txt\n"
	        "          muwazi align -f side --bidi visual --shape article.ar.txt \\\n"
	        "                article.en.txt\n"
	        "          muwazi align --batch pairs.tsv -f tmx -o memories -j 0\n");
}

/* One input side: its text and its sentences. */
struct side {
	const char *path; /* as given; "-" is stdin */
	const char *name; /* for messages */
	char *text;
	size_t len;
	size_t off;       /* bytes skipped at the start (a BOM) */
	int script;       /* MWZ_SCRIPT_* */
	const char *code; /* language code for the output */
	int lang;         /* MWZ_LANG_* for the library */
	const char **sent;
	size_t *sent_len;
	unsigned char *para;
	size_t n;
};

static int lang_of_code(const char *code)
{
	if (strncmp(code, "ar", 2) == 0 && (code[2] == '\0' || code[2] == '-'))
		return MWZ_LANG_AR;
	if (strncmp(code, "en", 2) == 0 && (code[2] == '\0' || code[2] == '-'))
		return MWZ_LANG_EN;
	return MWZ_LANG_OTHER;
}

/* A BCP 47-looking tag: letters, digits and '-', 1 to 35 characters. */
static int valid_code(const char *code)
{
	size_t i, n = strlen(code);
	if (n == 0 || n > 35 || code[0] == '-')
		return 0;
	for (i = 0; i < n; i++) {
		char c = code[i];
		if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		      (c >= '0' && c <= '9') || c == '-'))
			return 0;
	}
	return 1;
}

/* Counts of the letters of each script in text (valid UTF-8; a sequence
 * cut at the end is left out). */
static void count_scripts(const unsigned char *s, size_t len, size_t *arabic,
                          size_t *latin, size_t *other)
{
	size_t i = 0;
	while (i < len) {
		unsigned int cp = s[i];
		int w = 1;
		if (cp < 0x80) {
			/* ASCII: the bulk of a Latin text, the spaces of an Arabic one. */
			*latin += (cp | 0x20) - 'a' < 26u;
			i++;
			continue;
		}
		if (cp >= 0xC0) {
			w = cp >= 0xF0 ? 4 : cp >= 0xE0 ? 3 : 2;
			cp &= w == 2 ? 0x1F : w == 3 ? 0x0F : 0x07;
			if (i + (size_t)w > len)
				break;
			{
				int k;
				for (k = 1; k < w; k++)
					cp = (cp << 6) | (s[i + k] & 0x3F);
			}
		}
		if ((cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7) ||
		    (cp >= 0x1E00 && cp <= 0x1EFF))
			++*latin;
		else if ((cp >= 0x620 && cp <= 0x64A) || (cp >= 0x66E && cp <= 0x6D3) ||
		         (cp >= 0x6FA && cp <= 0x6FF) || (cp >= 0x750 && cp <= 0x77F) ||
		         (cp >= 0x8A0 && cp <= 0x8FF) || (cp >= 0xFB50 && cp <= 0xFDFF) ||
		         (cp >= 0xFE70 && cp <= 0xFEFC))
			++*arabic;
		else if (cp >= 0x370 && cp < 0x2000 && !(cp >= 0x600 && cp <= 0x6FF) &&
		         !(cp >= 0x1AB0 && cp <= 0x1AFF) && !(cp >= 0x1DC0 && cp <= 0x1DFF))
			++*other; /* Greek, Cyrillic, Hebrew, Indic ... (roughly); not the
			           * Arabic block's marks, digits and punctuation (harakat,
			           * ٣، ؟), which a vocalised text has as many of as letters,
			           * nor combining marks */
		i += (size_t)w;
	}
}

/* A long text is judged on samples: SCRIPT_SAMPLES windows of
 * SCRIPT_WINDOW bytes spread evenly over it (128 KB, tens of thousands of
 * letters, tell the dominant script as surely as the whole file, at a
 * fraction of the cost); a shorter text is read whole. */
#define SCRIPT_SAMPLES 32
#define SCRIPT_WINDOW 4096

/* Dominant script of the letters (text is valid UTF-8). */
static int detect_script(const char *text, size_t len)
{
	const unsigned char *s = (const unsigned char *)text;
	size_t arabic = 0, latin = 0, other = 0;
	if (len <= (size_t)SCRIPT_SAMPLES * SCRIPT_WINDOW) {
		count_scripts(s, len, &arabic, &latin, &other);
	} else {
		size_t k, step = (len - SCRIPT_WINDOW) / (SCRIPT_SAMPLES - 1);
		for (k = 0; k < SCRIPT_SAMPLES; k++) {
			size_t a = k * step, e = a + SCRIPT_WINDOW;
			while (a < e && (s[a] & 0xC0) == 0x80)
				a++; /* start on a character */
			count_scripts(s + a, e - a, &arabic, &latin, &other);
		}
		/* No letter in the samples: look at every byte before saying
		 * the text has none. */
		if (arabic == 0 && latin == 0 && other == 0)
			count_scripts(s, len, &arabic, &latin, &other);
	}
	if (arabic == 0 && latin == 0 && other == 0)
		return MWZ_SCRIPT_NONE;
	if (arabic >= latin && arabic >= other)
		return MWZ_SCRIPT_ARABIC;
	if (latin >= other)
		return MWZ_SCRIPT_LATIN;
	return MWZ_SCRIPT_OTHER;
}

/* Read, refuse binary and invalid UTF-8, skip a BOM. Returns an exit code. */
static int read_side(struct side *sd, int quiet)
{
	sd->name = strcmp(sd->path, "-") == 0 ? "<stdin>" : sd->path;
	if (cli_slurp(&sd->text, &sd->len, sd->path))
		return EXIT_USAGE;
	if (cli_check_text(sd->path, sd->text, sd->len))
		return EXIT_DATA;
	sd->off = cli_bom_len(sd->text, sd->len);
	sd->script = detect_script(sd->text + sd->off, sd->len - sd->off);
	if (!quiet && sd->script == MWZ_SCRIPT_ARABIC)
		cli_warn_visual_arabic(sd->path, sd->text + sd->off, sd->len - sd->off);
	if (!quiet)
		cli_warn_markup(sd->path, sd->text + sd->off, sd->len - sd->off);
	return EXIT_OK;
}

static int alloc_sentences(struct side *sd, size_t n)
{
	size_t m = n ? n : 1;
	sd->sent = calloc(m, sizeof *sd->sent);
	sd->sent_len = calloc(m, sizeof *sd->sent_len);
	sd->para = calloc(m, 1);
	if (!sd->sent || !sd->sent_len || !sd->para) {
		cli_err("out of memory");
		return EXIT_USAGE;
	}
	return EXIT_OK;
}

/* --lines: line k is sentence k, exactly; a final newline ends the last line.
 * A file with no LF but CRs (classic Mac OS, Excel's "CSV (Macintosh)") has
 * its lines ended by CR. */
static int split_lines(struct side *sd, int quiet)
{
	const char *p = sd->text + sd->off, *end = sd->text + sd->len;
	size_t n = 0, blank = 0, k;
	const char *q;
	char term = '\n';
	if (!memchr(p, '\n', (size_t)(end - p)) && memchr(p, '\r', (size_t)(end - p))) {
		term = '\r';
		if (!quiet)
			cli_err("%s: lines end in CR alone (classic Mac OS); taken as line ends",
			        sd->name);
	}
	for (q = p; q < end && (q = memchr(q, term, (size_t)(end - q))) != NULL; q++)
		n++;
	if (end > p && end[-1] != term)
		n++;
	if (alloc_sentences(sd, n))
		return EXIT_USAGE;
	for (k = 0; k < n; k++) {
		const char *nl = memchr(p, term, (size_t)(end - p));
		size_t l = nl ? (size_t)(nl - p) : (size_t)(end - p), i;
		if (l && p[l - 1] == '\r')
			l--;
		sd->sent[k] = p;
		sd->sent_len[k] = l;
		for (i = 0; i < l; i++)
			if (p[i] != ' ' && p[i] != '\t')
				break;
		if (i == l)
			blank++;
		p = nl ? nl + 1 : end;
	}
	sd->n = n;
	if (blank && !quiet)
		cli_err("%s: %zu empty line%s kept as empty sentence%s (line k is "
		        "sentence k)", sd->name, blank, blank == 1 ? "" : "s",
		        blank == 1 ? "" : "s");
	return EXIT_OK;
}

static int split_text(struct side *sd)
{
	mwz_segmenter_t *seg = NULL;
	mwz_sentence_t *ss = NULL;
	mwz_error_t err;
	size_t n = 0, k;
	const char *text = sd->text + sd->off;
	int rc;
	memset(&err, 0, sizeof err);
	rc = mwz_segmenter_create(&seg, sd->lang == MWZ_LANG_OTHER ? MWZ_LANG_AUTO
	                                                           : sd->lang,
	                          &err);
	if (rc == MWZ_OK)
		rc = mwz_segmenter_split(&ss, &n, seg, text, sd->len - sd->off, &err);
	mwz_segmenter_destroy(seg);
	if (rc != MWZ_OK) {
		cli_err("%s: cannot split into sentences: %s", sd->name,
		        err.message[0] ? err.message : mwz_strerror(rc));
		return rc == MWZ_EUTF8 ? EXIT_DATA : EXIT_USAGE;
	}
	if (alloc_sentences(sd, n)) {
		mwz_free(ss);
		return EXIT_USAGE;
	}
	for (k = 0; k < n; k++) {
		sd->sent[k] = text + ss[k].start;
		sd->sent_len[k] = ss[k].len;
		sd->para[k] = (ss[k].flags & MWZ_SENT_PARA_START) != 0;
	}
	sd->n = n;
	mwz_free(ss);
	return EXIT_OK;
}

/* Languages: given, or told by script (this is an Arabic/English tool). */
static void pick_languages(struct side *a, struct side *b, int quiet)
{
	struct side *sides[2];
	int i;
	sides[0] = a;
	sides[1] = b;
	for (i = 0; i < 2; i++) {
		struct side *s = sides[i], *o = sides[1 - i];
		if (s->code) {
			s->lang = lang_of_code(s->code);
			/* the code given against the script seen: most often SRC
			 * and TGT given the wrong way round */
			if (!quiet && ((s->lang == MWZ_LANG_AR && s->script == MWZ_SCRIPT_LATIN) ||
			               (s->lang == MWZ_LANG_EN && s->script == MWZ_SCRIPT_ARABIC)))
				cli_err("%s: %s %s, but the text is in %s script (are SRC and "
				        "TGT the right way round?)",
				        s->name, i ? "--tgt-lang" : "--src-lang", s->code,
				        s->script == MWZ_SCRIPT_LATIN ? "Latin" : "Arabic");
			continue;
		}
		switch (s->script) {
		case MWZ_SCRIPT_ARABIC:
			s->code = "ar";
			s->lang = MWZ_LANG_AR;
			break;
		case MWZ_SCRIPT_LATIN:
			/* Latin facing Arabic (or a text with no letters) is
			 * English; two Latin texts could be any pair. */
			if (o->code ? lang_of_code(o->code) == MWZ_LANG_AR
			            : o->script == MWZ_SCRIPT_ARABIC ||
			                      o->script == MWZ_SCRIPT_NONE) {
				s->code = "en";
				s->lang = MWZ_LANG_EN;
			} else {
				/* Told by its function words, when it can be. */
				s->code = mwz_language_guess(s->text + s->off, s->len - s->off);
				s->lang = MWZ_LANG_OTHER;
			}
			break;
		case MWZ_SCRIPT_NONE:
			/* No letters (an empty file): the other language of the pair. */
			if (o->code ? lang_of_code(o->code) == MWZ_LANG_AR
			            : o->script == MWZ_SCRIPT_ARABIC) {
				s->code = "en";
				s->lang = MWZ_LANG_EN;
			} else if (o->code ? lang_of_code(o->code) == MWZ_LANG_EN
			                   : o->script == MWZ_SCRIPT_LATIN) {
				s->code = "ar";
				s->lang = MWZ_LANG_AR;
			} else {
				s->code = NULL;
				s->lang = MWZ_LANG_OTHER;
			}
			break;
		default:
			s->code = NULL;
			s->lang = MWZ_LANG_OTHER;
			break;
		}
	}
}

/* Every sentence of both sides in exactly one bead, in order. */
static int beads_cover(const mwz_bead_t *b, size_t nb, size_t nsrc, size_t ntgt)
{
	size_t k, i = 0, j = 0;
	for (k = 0; k < nb; k++) {
		if (b[k].src_len + b[k].tgt_len == 0)
			return 0;
		if ((b[k].src_len && b[k].src_start != i) ||
		    (b[k].tgt_len && b[k].tgt_start != j))
			return 0;
		i += b[k].src_len;
		j += b[k].tgt_len;
	}
	return i == nsrc && j == ntgt;
}

static int to_file(void *ctx, const char *p, size_t n)
{
	return fwrite(p, 1, n, (FILE *)ctx) != n;
}

/* The value of an option given as "--opt VALUE" or "--opt=VALUE". */
static const char *opt_value(int argc, char **argv, int *i, const char *s,
                             const char *l)
{
	const char *a = argv[*i];
	size_t ll = l ? strlen(l) : 0;
	if (l && strncmp(a, l, ll) == 0 && a[ll] == '=')
		return a + ll + 1;
	if ((s && strcmp(a, s) == 0) || (l && strcmp(a, l) == 0)) {
		if (*i + 1 >= argc) {
			cli_err("align: %s needs a value", a);
			return NULL;
		}
		return argv[++*i];
	}
	return NULL;
}

static int is_opt(const char *a, const char *s, const char *l)
{
	size_t ll = l ? strlen(l) : 0;
	return (s && strcmp(a, s) == 0) || (l && strcmp(a, l) == 0) ||
	       (l && strncmp(a, l, ll) == 0 && a[ll] == '=');
}

#define MAX_GLOSSARIES 32

/* A whole decimal number in [lo, hi], or -1. */
static long parse_long(const char *v, long lo, long hi)
{
	char *end;
	long n;
	if (!v || *v < '0' || *v > '9')
		return -1;
	errno = 0;
	n = strtol(v, &end, 10);
	if (errno || *end || n < lo || n > hi)
		return -1;
	return n;
}

/* A score in [0, 1] written with '.', whatever the locale; -1 if not. */
static double parse_score(const char *v)
{
	double x = 0.0, scale = 1.0;
	const char *p = v;
	int digits = 0;
	for (; *p >= '0' && *p <= '9'; p++, digits++)
		x = x * 10 + (*p - '0');
	if (*p == '.')
		for (p++; *p >= '0' && *p <= '9'; p++, digits++)
			x += (*p - '0') * (scale /= 10);
	if (*p || !digits || x > 1.0)
		return -1.0;
	return x;
}

/* The score given to the option l (--low, --min-score) into *out; nonzero
 * (said) when it is missing or no score from 0 to 1. */
static int score_option(int argc, char **argv, int *i, const char *l, double *out)
{
	const char *v = opt_value(argc, argv, i, NULL, l);
	if (!v)
		return 1;
	if ((*out = parse_score(v)) < 0) {
		cli_err("align: %s wants a score from 0 to 1, not '%s'", l, v);
		return 1;
	}
	return 0;
}

/* Width of the side view: --width, else the terminal's (stdout a
 * terminal: its size, else COLUMNS), else 120. */
static unsigned int side_width(int asked)
{
	long n;
	if (asked > 0)
		return (unsigned int)asked;
	if (!isatty(STDOUT_FILENO))
		return 120;
#ifdef TIOCGWINSZ
	{
		struct winsize ws;
		if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0)
			return ws.ws_col < 48 ? 48 : ws.ws_col; /* the narrowest */
	}
#endif
	n = parse_long(getenv("COLUMNS"), 48, 100000);
	return n > 0 ? (unsigned int)n : 120;
}

/* The last part of a path, for a title. */
static const char *base_name(const char *path)
{
	const char *s = strrchr(path, '/');
	return strcmp(path, "-") == 0 ? "standard input" : s && s[1] ? s + 1 : path;
}

/*
 * Append s to buf[*len, cap) as a label the writers take (a page title):
 * each byte of invalid UTF-8 (a file name in another encoding) and each
 * control character shown as U+FFFD; never a character cut in two.
 */
static void label_append(char *buf, size_t cap, size_t *len, const char *s)
{
	static const char rep[] = "\xEF\xBF\xBD";
	size_t n = strlen(s), i = 0, bad;
	while (i < n) {
		unsigned char c = (unsigned char)s[i];
		size_t k = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
		const char *put = s + i;
		if (mwz_utf8_validate(s + i, k <= n - i ? k : n - i, &bad) != MWZ_OK) {
			k = 1;
			put = rep;
		} else if (c < 0x20 || c == 0x7F ||
		           (c == 0xC2 && (unsigned char)s[i + 1] <= 0x9F)) {
			put = rep;
		}
		if (*len + (put == rep ? 3 : k) >= cap)
			break;
		memcpy(buf + *len, put, put == rep ? 3 : k);
		*len += put == rep ? 3 : k;
		i += k;
	}
	buf[*len] = '\0';
}

/* What the command line asked for, the same for every pair of a batch. */
struct opts {
	int format, lines, keep_empty, no_dict, no_cache, quiet, merge;
	int width, bidi_visual, shape, color; /* color -1: auto */
	double low, min_score;
	const char *title;
	const char *style_path;         /* --style */
	const struct cli_style *style;  /* loaded once, read by every pair */
	const char *codes[2]; /* --src-lang, --tgt-lang */
	const char *glossaries[MAX_GLOSSARIES];
	size_t nglos;
};

/*
 * The lexicons, made when a pair first needs one and kept for the rest of a
 * batch: [1] FreeDict and the glossaries, for Arabic/English pairs; [0] the
 * glossaries alone, for other pairs or with --no-dict. Loading FreeDict is
 * most of the time of aligning one article, so a batch loads it once.
 */
#define MAX_PAIR_LEX 8
struct lexicons {
	mwz_lexicon_t *lx[2];
	int made[2];
	/* FreeDict between two other languages, by "src/tgt" codes as given
	 * or guessed (NULL lexicon: that pair has no dictionary). */
	struct {
		char key[80];
		mwz_lexicon_t *lx;
	} pair[MAX_PAIR_LEX];
	int npair;
	int failed;         /* a glossary could not be read: its exit code; the
	                     * batch stops */
	pthread_mutex_t mu; /* batch workers ask for a lexicon at once */
};

/*
 * mkdir -p of the directories of path up to its last '/' (all of "a/b/",
 * "a/" of "a/b"). 0, or -1 with errno set and path unchanged.
 */
static int make_dirs(char *path)
{
	char *p;
	int e = 0;
	for (p = path + 1; *p; p++) {
		struct stat st;
		if (*p != '/' || p[-1] == '/')
			continue;
		*p = '\0';
		if (stat(path, &st) == 0)
			e = S_ISDIR(st.st_mode) ? 0 : ENOTDIR;
		else if (mkdir(path, 0777) != 0 && errno != EEXIST)
			e = errno;
		*p = '/';
		if (e) {
			errno = e;
			return -1;
		}
	}
	return 0;
}

/*
 * Where a lexicon made from FreeDict is cached, as file `name`:
 * $MUWAZI_CACHE_DIR (empty: nowhere), else $XDG_CACHE_HOME/muwazi, else
 * ~/.cache/muwazi; the directories are made if missing. NULL when there
 * is no such place.
 */
static const char *cache_path(char *buf, size_t cap, const char *name)
{
	const char *env = getenv("MUWAZI_CACHE_DIR"), *base;
	int n;
	if (env)
		n = env[0] ? snprintf(buf, cap, "%s/", env) : -1;
	else if ((base = getenv("XDG_CACHE_HOME")) && base[0] == '/')
		n = snprintf(buf, cap, "%s/muwazi/", base);
	else if ((base = getenv("HOME")) && base[0])
		n = snprintf(buf, cap, "%s/.cache/muwazi/", base);
	else
		n = -1;
	if (n <= 0 || (size_t)n + strlen(name) + 1 > cap)
		return NULL;
	if (make_dirs(buf))
		return NULL;
	strcat(buf, name);
	return buf;
}

/* Where FreeDict's dictionaries are: $MUWAZI_DICT_DIR, else (NULL) the
 * library's /usr/share/dictd. */
static const char *dict_dir(void)
{
	const char *d = getenv("MUWAZI_DICT_DIR");
	return d && d[0] ? d : NULL;
}

/*
 * FreeDict's dictionaries between two languages other than Arabic and
 * English, when both are known and the dictionaries installed (NULL
 * otherwise: the pair is aligned without a lexicon). Called under lc->mu.
 */
static mwz_lexicon_t *pair_lexicon(const struct opts *o, struct lexicons *lc,
                                   const char *src_code, const char *tgt_code)
{
	char key[80], name[100], cache[4096];
	mwz_error_t err;
	mwz_lexicon_t *lx = NULL;
	int k, r;
	if (!src_code || !tgt_code || strlen(src_code) + strlen(tgt_code) + 2 > sizeof key)
		return NULL;
	memcpy(key, src_code, strlen(src_code));
	key[strlen(src_code)] = '/';
	memcpy(key + strlen(src_code) + 1, tgt_code, strlen(tgt_code) + 1);
	for (k = 0; k < lc->npair; k++)
		if (strcmp(lc->pair[k].key, key) == 0)
			return lc->pair[k].lx;
	if (lc->npair == MAX_PAIR_LEX)
		return NULL;
	memset(&err, 0, sizeof err);
	if (mwz_lexicon_create(&lx) != MWZ_OK) {
		cli_err("out of memory");
		lc->failed = EXIT_USAGE;
		return NULL;
	}
	/* A cache file for each pair, named by the codes (letters, digits and
	 * '-': valid_code). */
	snprintf(name, sizeof name, "freedict-%s.lexicon", key);
	name[9 + strlen(src_code)] = '_';
	r = mwz_lexicon_load_freedict_pair_cached(lx, dict_dir(), src_code, tgt_code,
	                                          o->no_cache ? NULL
	                                                      : cache_path(cache, sizeof cache, name),
	                                          &err);
	if (r == MWZ_ENOMEM) {
		/* out of memory is no reason to align worse: stop, as for ar/en */
		cli_err("FreeDict %s-%s dictionaries: %s", src_code, tgt_code,
		        err.message[0] ? err.message : mwz_strerror(r));
		mwz_lexicon_destroy(lx);
		lc->failed = EXIT_USAGE;
		return NULL;
	}
	if (r != MWZ_OK) {
		/* An unknown code or a pair of one language: nothing to say. */
		if (r != MWZ_EINVAL && !o->quiet)
			cli_err("%s; aligning %s with %s without a dictionary",
			        err.message[0] ? err.message : mwz_strerror(r), src_code, tgt_code);
		mwz_lexicon_destroy(lx);
		lx = NULL;
	}
	lc->pair[lc->npair].lx = lx;
	memcpy(lc->pair[lc->npair].key, key, strlen(key) + 1);
	lc->npair++;
	return lx;
}


/* The first bytes of a file (up to cap) into buf; how many (0 if unreadable). */
static size_t file_start(const char *path, char *buf, size_t cap)
{
	size_t n;
	FILE *f = fopen(path, "rb");
	if (!f)
		return 0;
	n = fread(buf, 1, cap, f);
	fclose(f);
	return n;
}

/* The lexicon for a pair (NULL: none needed), in *out. Returns an exit code. */
static int get_lexicon(const struct opts *o, struct lexicons *lc, int arabic_english,
                       const char *src_code, const char *tgt_code, mwz_lexicon_t **out)
{
	int dict = !o->no_dict && arabic_english, rc = EXIT_OK;
	size_t k;
	mwz_error_t err;
	*out = NULL;
	/* Other pairs: FreeDict between them, when there is one (glossaries
	 * are Arabic/English). */
	if (!arabic_english && !o->no_dict) {
		pthread_mutex_lock(&lc->mu);
		*out = lc->failed ? NULL : pair_lexicon(o, lc, src_code, tgt_code);
		rc = lc->failed;
		pthread_mutex_unlock(&lc->mu);
		if (rc || *out)
			return rc;
	}
	if (!dict && o->nglos == 0)
		return EXIT_OK;
	pthread_mutex_lock(&lc->mu);
	if (lc->failed) {
		rc = lc->failed;
		goto done;
	}
	if (lc->made[dict])
		goto done;
	lc->made[dict] = 1;
	if (mwz_lexicon_create(&lc->lx[dict]) != MWZ_OK) {
		cli_err("out of memory");
		rc = lc->failed = EXIT_USAGE;
		goto done;
	}
	if (dict) {
		int r;
		memset(&err, 0, sizeof err);
		char cache[4096];
		r = mwz_lexicon_load_freedict_cached(lc->lx[dict], dict_dir(),
		                                     o->no_cache ? NULL : cache_path(cache, sizeof cache,
		                                                                      "freedict.lexicon"),
		                                     &err);
		if (r == MWZ_ENOMEM) {
			/* out of memory is no reason to align worse: stop */
			cli_err("FreeDict dictionaries: %s", err.message[0] ? err.message : mwz_strerror(r));
			rc = lc->failed = EXIT_USAGE;
			goto done;
		}
		if (r != MWZ_OK && !o->quiet) {
			/* A malformed line ends the reading there: what came before it is kept. */
			size_t kept = mwz_lexicon_size(lc->lx[dict]);
			const char *why = err.message[0] ? err.message : mwz_strerror(r);
			if (kept)
				cli_err("FreeDict dictionaries read in part (%s); aligning with the %zu "
				        "pairs read before it", why, kept);
			else
				cli_err("FreeDict dictionaries not used (%s); aligning without them "
				        "(Debian: apt-get install dict-freedict-ara-eng "
				        "dict-freedict-eng-ara)", why);
		}
	}
	for (k = 0; k < o->nglos; k++) {
		int r;
		memset(&err, 0, sizeof err);
		r = mwz_lexicon_load_glossary(lc->lx[dict], o->glossaries[k], &err);
		if (r != MWZ_OK) {
			/* what the file looks like, for a hint: not UTF-8 */
			char head[65536];
			size_t nh = r == MWZ_EUTF8
			                    ? file_start(o->glossaries[k], head, sizeof head)
			                    : 0;
			const char *hint = r == MWZ_EUTF8 && !strstr(err.message, ": binary file")
			                           ? cli_legacy_hint(head, nh)
			                           : "";
			if (err.message[0] && strstr(err.message, o->glossaries[k]))
				cli_err("%s%s", err.message, hint);
			else
				cli_err("%s: %s%s", o->glossaries[k],
				        err.message[0] ? err.message : mwz_strerror(r), hint);
			rc = lc->failed = (r == MWZ_EFORMAT || r == MWZ_EUTF8) ? EXIT_DATA
			                                                       : EXIT_USAGE;
			goto done;
		}
	}
done:
	if (rc == EXIT_OK)
		*out = lc->lx[dict];
	pthread_mutex_unlock(&lc->mu);
	return rc;
}

/* Marks for the html view: names against the house style. */
struct marks {
	mwz_mark_t *v;
	size_t n, cap;
	int side, oom;
	size_t sent;
};

static void add_mark(void *ctx, size_t start, size_t len, const char *house,
                     const char *other)
{
	struct marks *mk = ctx;
	size_t nl = strlen(house) + strlen(other) + 24;
	char *note;
	if (mk->oom)
		return;
	/* one mark a name: none inside or across an earlier one */
	if (mk->n && mk->v[mk->n - 1].side == mk->side && mk->v[mk->n - 1].sent == mk->sent &&
	    start < mk->v[mk->n - 1].start + mk->v[mk->n - 1].len)
		return;
	if (mk->n == mk->cap) {
		size_t cap = mk->cap ? 2 * mk->cap : 16;
		mwz_mark_t *v = realloc(mk->v, cap * sizeof *v);
		if (!v) {
			mk->oom = 1;
			return;
		}
		mk->v = v;
		mk->cap = cap;
	}
	if (!(note = malloc(nl))) {
		mk->oom = 1;
		return;
	}
	snprintf(note, nl, "house style: %s (%s)", house, other);
	mk->v[mk->n].side = mk->side;
	mk->v[mk->n].sent = mk->sent;
	mk->v[mk->n].start = start;
	mk->v[mk->n].len = len;
	mk->v[mk->n++].note = note;
}

/* The names of both sides' sentences against the house style, in order; 0 or -1. */
static int style_marks(const struct cli_style *style, const struct side *sd, struct marks *mk)
{
	mwz_matcher_t *m = NULL;
	int rc = 0;
	if (mwz_matcher_create(&m) != MWZ_OK)
		return -1;
	for (mk->side = 0; mk->side < 2 && !rc; mk->side++)
		for (mk->sent = 0; mk->sent < sd[mk->side].n && !rc; mk->sent++)
			if (cli_style_scan(style, m, sd[mk->side].sent[mk->sent],
			                   sd[mk->side].sent_len[mk->sent], add_mark, mk) || mk->oom)
				rc = -1;
	mwz_matcher_destroy(m);
	return rc;
}

static void marks_free(struct marks *mk)
{
	size_t i;
	for (i = 0; i < mk->n; i++)
		free((void *)mk->v[i].note);
	free(mk->v);
}

/*
 * Whether path may be replaced by renaming a file over it: it does not exist
 * or is a regular file. A device (-o /dev/stdout, /dev/null), a pipe or a
 * symbolic link is written through instead: renaming over it would replace
 * it (as root, /dev/null itself) by a plain file.
 */
static int replaceable(const char *path)
{
	struct stat sb;
	if (lstat(path, &sb) != 0)
		return errno == ENOENT;
	return S_ISREG(sb.st_mode);
}

/*
 * Align SRC with TGT and write the beads to outpath (NULL or "-": standard
 * output). With tmp, the output is written to tmp first and renamed to
 * outpath when complete, so a failed pair leaves no file behind (unless
 * outpath is no regular file: see replaceable()).
 */
static int align_pair(const struct opts *o, struct lexicons *lc, const char *src,
                      const char *tgt, const char *outpath, const char *tmp)
{
	struct side sd[2];
	size_t nbeads = 0;
	int rc = EXIT_OK, i;
	char title_buf[1100]; /* two file names of 255 bytes, as U+FFFD at worst halved */
	mwz_bead_t *beads = NULL;
	mwz_error_t err;
	FILE *out = stdout;
	const char *wpath = tmp && replaceable(outpath) ? tmp : outpath;
	struct marks marks;

	memset(sd, 0, sizeof sd);
	memset(&err, 0, sizeof err);
	memset(&marks, 0, sizeof marks);
	if (outpath && strcmp(outpath, "-") != 0) {
		/* never write over an input (-o a.ar.txt, or --batch -o . with
		 * txt output next to .txt articles) */
		struct stat so, si;
		for (i = 0; i < 2; i++)
			if (stat(outpath, &so) == 0 && S_ISREG(so.st_mode) &&
			    stat(i ? tgt : src, &si) == 0 && so.st_dev == si.st_dev &&
			    so.st_ino == si.st_ino) {
				cli_err("align: %s is the input %s; not written over", outpath,
				        i ? tgt : src);
				return EXIT_USAGE;
			}
	}
	sd[0].path = src;
	sd[1].path = tgt;
	sd[0].code = o->codes[0];
	sd[1].code = o->codes[1];
	for (i = 0; i < 2 && rc == EXIT_OK; i++)
		rc = read_side(&sd[i], o->quiet);
	if (rc != EXIT_OK)
		goto done;
	pick_languages(&sd[0], &sd[1], o->quiet);
	if (!o->quiet && sd[0].len > sd[0].off && sd[0].len - sd[0].off == sd[1].len - sd[1].off &&
	    memcmp(sd[0].text + sd[0].off, sd[1].text + sd[1].off, sd[0].len - sd[0].off) == 0)
		cli_err("align: %s and %s hold the same text", sd[0].name, sd[1].name);
	else if (!o->quiet && !o->codes[0] && !o->codes[1] && sd[0].code && sd[1].code &&
	         strcmp(sd[0].code, sd[1].code) == 0)
		cli_err("align: %s and %s are both in one language (%s, by their script and "
		        "words); aligned as such", sd[0].name, sd[1].name, sd[0].code);
	for (i = 0; i < 2 && rc == EXIT_OK; i++)
		rc = o->lines ? split_lines(&sd[i], o->quiet) : split_text(&sd[i]);
	if (rc != EXIT_OK)
		goto done;

	{
		mwz_align_options_t ao = MWZ_ALIGN_OPTIONS_INIT;
		mwz_lexicon_t *lx = NULL;
		int arabic_english =
		        (sd[0].lang == MWZ_LANG_AR && sd[1].lang == MWZ_LANG_EN) ||
		        (sd[0].lang == MWZ_LANG_EN && sd[1].lang == MWZ_LANG_AR);
		if (sd[0].n == 0 || sd[1].n == 0) {
			/* Nothing to pair: no lexicon needed, the library makes
			 * every sentence of the other side a bead of its own. */
			if (sd[0].n == 0 && sd[1].n == 0) {
				if (!o->quiet)
					cli_err("align: %s and %s hold no sentences",
					        sd[0].name, sd[1].name);
			} else if (!o->quiet) {
				i = sd[0].n == 0 ? 0 : 1;
				cli_err("%s: no sentences: every sentence of %s is unpaired",
				        sd[i].name, sd[1 - i].name);
			}
		} else if ((rc = get_lexicon(o, lc, arabic_english, sd[0].code, sd[1].code,
		                             &lx)) != EXIT_OK) {
			goto done;
		}
		ao.lexicon = lx;
		ao.src_lang = sd[0].lang;
		ao.tgt_lang = sd[1].lang;
		if (!o->lines) {
			ao.src_para = sd[0].para;
			ao.tgt_para = sd[1].para;
		}
		memset(&err, 0, sizeof err);
		i = mwz_align(&beads, &nbeads, sd[0].sent, sd[0].sent_len, sd[0].n,
		              sd[1].sent, sd[1].sent_len, sd[1].n, &ao, &err);
		if (i != MWZ_OK) {
			cli_err("align: %s", err.message[0] ? err.message : mwz_strerror(i));
			rc = i == MWZ_EUTF8 ? EXIT_DATA : EXIT_USAGE;
			goto done;
		}
	}
	if (!beads_cover(beads, nbeads, sd[0].n, sd[1].n)) {
		/* Never expected; refuse to lose or repeat a sentence silently. */
		cli_err("align: internal error: the beads do not cover every sentence "
		        "exactly once (please report it)");
		rc = EXIT_USAGE;
		goto done;
	}

	if (o->style && style_marks(o->style, sd, &marks)) {
		cli_err("align: out of memory");
		rc = EXIT_USAGE;
		goto done;
	}
	if (wpath && strcmp(wpath, "-") != 0) {
		out = fopen(wpath, "wb");
		if (!out && wpath == tmp && errno == EACCES) {
			/* a folder that takes no new file, but a file there that may be
			 * written: written in place, as before temporary files */
			wpath = outpath;
			out = fopen(wpath, "wb");
		}
		if (!out) {
			cli_err("%s: %s", wpath, strerror(errno));
			rc = EXIT_USAGE;
			goto done;
		}
	}
	{
		mwz_write_options_t wo = MWZ_WRITE_OPTIONS_INIT;
		mwz_write_stats_t st;
		size_t low = 0;
		int r;
		wo.format = o->format;
		wo.flags = o->keep_empty ? MWZ_WRITE_KEEP_EMPTY : 0;
		wo.src_lang = sd[0].code;
		wo.tgt_lang = sd[1].code;
		wo.src = sd[0].sent;
		wo.src_len = sd[0].sent_len;
		wo.nsrc = sd[0].n;
		wo.tgt = sd[1].sent;
		wo.tgt_len = sd[1].sent_len;
		wo.ntgt = sd[1].n;
		wo.low_score = o->low;
		if (o->format == MWZ_FORMAT_HTML) {
			wo.title = o->title;
			if (!wo.title) {
				size_t tl = 0;
				label_append(title_buf, sizeof title_buf, &tl, base_name(src));
				label_append(title_buf, sizeof title_buf, &tl, " and ");
				label_append(title_buf, sizeof title_buf, &tl, base_name(tgt));
				wo.title = title_buf;
			}
		}
		if (o->style) {
			wo.marks = marks.v;
			wo.nmarks = marks.n;
			wo.marks_label = "Names against the house style";
		}
		if (o->format == MWZ_FORMAT_SIDE) {
			const char *nc = getenv("NO_COLOR");
			int color = o->color;
			wo.width = side_width(o->width);
			if (color < 0) /* auto: a terminal, and no NO_COLOR (no-color.org) */
				color = !(nc && *nc) && out == stdout && isatty(STDOUT_FILENO);
			wo.flags |= (color ? MWZ_WRITE_COLOR : 0u) |
			            (o->bidi_visual ? MWZ_WRITE_BIDI_VISUAL : 0u) |
			            (o->shape ? MWZ_WRITE_SHAPE : 0u);
		}
		if (o->format == MWZ_FORMAT_TMX && (!wo.src_lang || !wo.tgt_lang) &&
		    nbeads && !o->quiet)
			cli_err("align: cannot tell the language of %s by its script: "
			        "xml:lang \"und\" (give --src-lang and --tgt-lang)",
			        !wo.src_lang ? sd[0].name : sd[1].name);
		/* --min-score: a memory of sure pairs only; the beads left out are
		 * counted on standard error, as the unpaired ones are */
		if (o->format == MWZ_FORMAT_TMX && o->min_score > 0) {
			size_t x, kept = 0;
			for (x = 0; x < nbeads; x++) {
				if (beads[x].src_len && beads[x].tgt_len &&
				    beads[x].score < o->min_score)
					low++;
				else
					beads[kept++] = beads[x];
			}
			nbeads = kept;
		}
		memset(&err, 0, sizeof err);
		r = mwz_beads_write(&st, to_file, out, beads, nbeads, &wo, &err);
		if (r == MWZ_EIO) {
			if (out == stdout)
				cli_stdout_failed(errno);
			else
				cli_err("%s: write error: %s", outpath, strerror(errno));
			rc = EXIT_USAGE;
		} else if (r != MWZ_OK) {
			cli_err("align: %s", err.message[0] ? err.message : mwz_strerror(r));
			rc = EXIT_USAGE;
		} else if (st.omitted && !o->quiet && o->keep_empty) {
			cli_err("%s%stmx: %zu bead%s of empty sentences left out",
			        tmp ? (o->merge ? src : outpath) : "", tmp ? ": " : "", st.omitted,
			        st.omitted == 1 ? "" : "s");
		} else if (st.omitted && !o->quiet) {
			cli_err("%s%stmx: %zu unpaired bead%s (a sentence with no counterpart) "
			        "left out; --keep-empty keeps them as notes",
			        tmp ? (o->merge ? src : outpath) : "", tmp ? ": " : "", st.omitted,
			        st.omitted == 1 ? "" : "s");
		}
		if (r == MWZ_OK && low && !o->quiet)
			cli_err("%s%stmx: %zu bead%s scoring under %g left out (--min-score)",
			        tmp ? (o->merge ? src : outpath) : "", tmp ? ": " : "", low, low == 1 ? "" : "s",
			        o->min_score);
	}
	if (out != stdout && fclose(out) != 0 && rc == EXIT_OK) {
		cli_err("%s: write error: %s", outpath, strerror(errno));
		rc = EXIT_USAGE;
	}
	if (tmp && wpath == tmp && out != stdout) {
		if (rc == EXIT_OK && rename(tmp, outpath) != 0) {
			cli_err("%s: %s", outpath, strerror(errno));
			rc = EXIT_USAGE;
		}
		if (rc != EXIT_OK)
			remove(tmp);
	}

done:
	mwz_free(beads);
	marks_free(&marks);
	for (i = 0; i < 2; i++) {
		free(sd[i].text);
		free((void *)sd[i].sent);
		free(sd[i].sent_len);
		free(sd[i].para);
	}
	return rc;
}

/* ---- --batch: many pairs, one lexicon ---- */

struct job {
	char *src, *tgt, *out; /* out: the full output path */
	size_t line;           /* in the list */
	int rc;
};

struct batch {
	const struct opts *o;
	struct lexicons *lc;
	const char *list;      /* its name, for messages */
	struct job *jobs;
	size_t njobs, next;
	pthread_mutex_t mu;
	const char *merge_dir; /* --merge: each pair's TMX in it, numbered */
};

/* The output file's name for SRC in dir: SRC's base name, its last extension
 * replaced by the format's (news/a.ar.txt -> DIR/a.ar.tmx). */
static char *default_out(const char *dir, const char *src, int format)
{
	static const char *const ext[] = { "txt", "tsv", "jsonl", "tmx", "vec", "html", "txt", "csv" };
	const char *b = strrchr(src, '/'), *dot;
	size_t bl, dl = strlen(dir);
	char *p;
	b = b ? b + 1 : src;
	dot = strrchr(b, '.');
	bl = dot && dot != b ? (size_t)(dot - b) : strlen(b);
	p = malloc(dl + 1 + bl + 8);
	if (p)
		sprintf(p, "%s%s%.*s.%s", dir, dl && dir[dl - 1] != '/' ? "/" : "", (int)bl, b,
		        ext[format >= 0 && (size_t)format < sizeof ext / sizeof ext[0] ? format : 0]);
	return p;
}

static char *join_path(const char *dir, const char *name)
{
	size_t dl = dir ? strlen(dir) : 0;
	char *p;
	if (!dir || name[0] == '/')
		return strdup(name);
	p = malloc(dl + 1 + strlen(name) + 1);
	if (p)
		sprintf(p, "%s%s%s", dir, dl && dir[dl - 1] != '/' ? "/" : "", name);
	return p;
}

/*
 * The output path with "//" and "." components gone ("out//./a" is "out/a"),
 * to tell two list lines that write one file. ".." and symbolic links are
 * left as they are.
 */
static char *path_key(const char *path)
{
	char *k, *w;
	const char *p = path, *slash = strrchr(path, '/');
	{
		/* its folder resolved, when it exists: a relative and an absolute
		 * spelling, or a link, of one folder are one folder */
		char dir[PATH_MAX], *res;
		size_t dl = slash ? (size_t)(slash - path) : 1;
		if (dl < sizeof dir) {
			if (slash) {
				memcpy(dir, path, dl);
				dir[dl] = '\0';
				if (dl == 0)
					strcpy(dir, "/");
			} else {
				strcpy(dir, ".");
			}
			res = realpath(dir, NULL);
			if (res) {
				const char *base = slash ? slash + 1 : path;
				k = malloc(strlen(res) + strlen(base) + 2);
				if (k)
					sprintf(k, "%s/%s", strcmp(res, "/") == 0 ? "" : res, base);
				free(res);
				return k;
			}
		}
	}
	k = malloc(strlen(path) + 1);
	w = k;
	if (!k)
		return NULL;
	while (*p) {
		if (*p == '/' && w > k && w[-1] == '/') {
			p++;
		} else if (*p == '.' && (w == k || w[-1] == '/') && (p[1] == '/' || !p[1])) {
			p += p[1] ? 2 : 1;
		} else {
			*w++ = *p++;
		}
	}
	if (w > k + 1 && w[-1] == '/')
		w--;
	*w = '\0';
	return k;
}

static uint32_t str_hash(const char *s)
{
	uint32_t h = 2166136261u;
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 16777619u;
	return h;
}

/*
 * Read the list: one pair a line, SRC<TAB>TGT or SRC<TAB>TGT<TAB>OUT; blank
 * lines and lines starting with '#' skipped. A malformed line is reported
 * (LIST:LINE) and counted in *bad. Returns an exit code for the list itself.
 */
static int read_list(struct batch *bt, const char *dir, size_t *bad)
{
	char *text = NULL, *p, *end, term;
	size_t len = 0, lineno = 0, jcap = 0, k, hcap = 0;
	int rc = EXIT_OK;
	char **seen = NULL; /* output paths' keys, open addressing */
	size_t *seen_line = NULL;
	char *key = NULL;
	const char *name = strcmp(bt->list, "-") == 0 ? "<stdin>" : bt->list;
	*bad = 0;
	if (cli_slurp(&text, &len, bt->list))
		return EXIT_USAGE;
	/* file names are bytes: one in a legacy encoding (Windows-1256 Arabic) is a
	 * name, not a bad list; UTF-16 or a NUL is */
	if (cli_check_wide(bt->list, text, len) || cli_check_nul(bt->list, text, len, 0, 0)) {
		free(text);
		return EXIT_DATA;
	}
	/* a list with no LF but CRs (classic Mac OS) has its lines ended by CR */
	term = cli_cr_only(text, len) ? '\r' : '\n';
	for (p = text + cli_bom_len(text, len), end = text + len; p < end; ) {
		char *line = p, *nl = memchr(p, term, (size_t)(end - p)), *field[4];
		size_t nf = 0, l = nl ? (size_t)(nl - p) : (size_t)(end - p);
		struct job *j;
		p = nl ? nl + 1 : end;
		lineno++;
		if (l && line[l - 1] == '\r')
			l--;
		/* tabs and spaces at the end (a spreadsheet's empty cells) are no fields */
		while (l && (line[l - 1] == '\t' || line[l - 1] == ' '))
			l--;
		line[l] = '\0';
		if (l == 0 || line[0] == '#' || strspn(line, " \t") == l)
			continue;
		for (; nf < 4; nf++) {
			field[nf] = line;
			if (!(line = strchr(line, '\t')))
				break;
			*line++ = '\0';
		}
		if (nf < 4)
			nf++;
		if (nf < 2 || nf > 3 || !*field[0] || !*field[1] || (nf == 3 && !*field[2])) {
			cli_err("%s:%zu: want SRC<TAB>TGT or SRC<TAB>TGT<TAB>OUT, found %s", name,
			        lineno, nf == 1 ? "no tab" : nf == 4 ? "more than 3 fields"
			                                          : "an empty field");
			++*bad;
			continue;
		}
		if (strcmp(field[0], "-") == 0 || strcmp(field[1], "-") == 0 ||
		    (nf == 3 && strcmp(field[2], "-") == 0)) {
			cli_err("%s:%zu: '-' (standard input or output) is not a file for a batch",
			        name, lineno);
			++*bad;
			continue;
		}
		if (bt->merge_dir && nf == 3) {
			cli_err("%s:%zu: with --merge every pair goes into one file: want "
			        "SRC<TAB>TGT, found an OUT column", name, lineno);
			++*bad;
			continue;
		}
		if (nf == 2 && !dir && !bt->merge_dir) {
			cli_err("%s:%zu: no output file for %s: give -o DIR or a third "
			        "column", name, lineno, field[0]);
			++*bad;
			continue;
		}
		if (bt->njobs == jcap) {
			size_t nc = jcap ? jcap * 2 : 64;
			struct job *nj = realloc(bt->jobs, nc * sizeof *nj);
			if (!nj)
				goto oom;
			bt->jobs = nj;
			jcap = nc;
		}
		j = &bt->jobs[bt->njobs];
		memset(j, 0, sizeof *j);
		j->line = lineno;
		j->src = strdup(field[0]);
		j->tgt = strdup(field[1]);
		if (bt->merge_dir) {
			j->out = malloc(strlen(bt->merge_dir) + 32);
			if (j->out)
				sprintf(j->out, "%s/%zu.out", bt->merge_dir, bt->njobs);
		} else {
			j->out = nf == 3 ? join_path(dir, field[2])
			                 : default_out(dir, field[0], bt->o->format);
		}
		if (!j->src || !j->tgt || !j->out) {
			free(j->src), free(j->tgt), free(j->out);
			goto oom;
		}
		/* two pairs writing one file: the second would overwrite the first */
		if (bt->njobs * 2 >= hcap) {
			size_t nc = hcap ? hcap * 2 : 128, i;
			char **ns = calloc(nc, sizeof *ns);
			size_t *nl2 = calloc(nc, sizeof *nl2);
			if (!ns || !nl2) {
				free(ns), free(nl2);
				free(j->src), free(j->tgt), free(j->out);
				goto oom;
			}
			for (i = 0; i < hcap; i++) {
				size_t h;
				if (!seen[i])
					continue;
				h = str_hash(seen[i]) & (nc - 1);
				while (ns[h])
					h = (h + 1) & (nc - 1);
				ns[h] = seen[i];
				nl2[h] = seen_line[i];
			}
			free(seen), free(seen_line);
			seen = ns;
			seen_line = nl2;
			hcap = nc;
		}
		if (!(key = path_key(j->out))) {
			free(j->src), free(j->tgt), free(j->out);
			goto oom;
		}
		k = str_hash(key) & (hcap - 1);
		while (seen[k] && strcmp(seen[k], key) != 0)
			k = (k + 1) & (hcap - 1);
		{
			struct stat so, sl;
			if (strcmp(name, "<stdin>") != 0 && stat(j->out, &so) == 0 &&
			    stat(name, &sl) == 0 && so.st_dev == sl.st_dev && so.st_ino == sl.st_ino) {
				cli_err("%s:%zu: %s is the list itself; give this pair another OUT",
				        name, lineno, j->out);
				free(j->src), free(j->tgt), free(j->out), free(key);
				key = NULL;
				++*bad;
				continue;
			}
		}
		if (seen[k]) {
			cli_err("%s:%zu: %s is also the output of line %zu; give this pair "
			        "its own OUT column", name, lineno, j->out, seen_line[k]);
			free(j->src), free(j->tgt), free(j->out), free(key);
			key = NULL;
			++*bad;
			continue;
		}
		seen[k] = key;
		seen_line[k] = lineno;
		key = NULL;
		bt->njobs++;
	}
out:
	free(text);
	for (k = 0; k < hcap; k++)
		free(seen[k]);
	free(seen);
	free(seen_line);
	return rc;
oom:
	cli_err("out of memory");
	rc = EXIT_USAGE;
	goto out;
}

/* A glossary failed: the batch stops (read under the lexicons' lock). */
static int lexicons_failed(struct lexicons *lc)
{
	int f;
	pthread_mutex_lock(&lc->mu);
	f = lc->failed;
	pthread_mutex_unlock(&lc->mu);
	return f;
}

/*
 * Files to remove if the command is interrupted (SIGINT, SIGTERM, SIGHUP):
 * the temporary outputs being written (a slot each, taken under a lock) and
 * the --merge folder with its numbered files. The handler only unlinks and
 * rmdirs, builds names by hand and re-raises the signal.
 */
#define CLEAN_SLOTS 64
static char clean_path[CLEAN_SLOTS][4096];
static volatile sig_atomic_t clean_used[CLEAN_SLOTS];
static pthread_mutex_t clean_mu = PTHREAD_MUTEX_INITIALIZER;
static char clean_dir[4096];
static volatile sig_atomic_t clean_dir_on;
static volatile size_t clean_njobs;
static volatile sig_atomic_t clean_dying; /* the handler has started */

/* dst = a + "/" + k + b (b may be ""), by hand: no snprintf in a handler. */
static void clean_name(char *dst, size_t cap, const char *a, size_t k, const char *b)
{
	char num[32];
	size_t n = 0, o = 0, i;
	do {
		num[n++] = (char)('0' + k % 10);
		k /= 10;
	} while (k && n < sizeof num);
	for (i = 0; a[i] && o + 1 < cap; i++)
		dst[o++] = a[i];
	if (o + 1 < cap)
		dst[o++] = '/';
	while (n && o + 1 < cap)
		dst[o++] = num[--n];
	for (i = 0; b[i] && o + 1 < cap; i++)
		dst[o++] = b[i];
	dst[o] = '\0';
}

static void on_interrupt(int sig)
{
	size_t i;
	int pass;
	clean_dying = 1; /* from here no thread starts a new file (clean_add) */
	/* a thread that registered its file just before may create it just
	 * after the first pass: two more, a moment apart */
	for (pass = 0; pass < 3; pass++) {
		struct timespec ts = { 0, pass ? 40000000L : 0 };
		if (pass)
			nanosleep(&ts, NULL);
		for (i = 0; i < CLEAN_SLOTS; i++)
			if (clean_used[i])
				unlink(clean_path[i]);
	}
	if (clean_dir_on) {
		char name[4096 + 64], suffix[48] = ".out.tmp.";
		long pid = (long)getpid();
		size_t n = strlen(suffix), d = 0;
		char digits[24];
		do {
			digits[d++] = (char)('0' + pid % 10);
			pid /= 10;
		} while (pid && d < sizeof digits);
		while (d && n + 1 < sizeof suffix)
			suffix[n++] = digits[--d];
		suffix[n] = '\0';
		for (i = 0; i < clean_njobs; i++) {
			clean_name(name, sizeof name, clean_dir, i, ".out");
			unlink(name);
			clean_name(name, sizeof name, clean_dir, i, suffix);
			unlink(name);
		}
		rmdir(clean_dir);
	}
	signal(sig, SIG_DFL);
	raise(sig);
}

/* Register path for removal on an interrupt: its slot, or -1 (none free). */
static int clean_add(const char *path)
{
	int i, got = -1;
	if (strlen(path) >= sizeof clean_path[0])
		return -1;
	pthread_mutex_lock(&clean_mu);
	for (i = 0; i < CLEAN_SLOTS && got < 0; i++)
		if (!clean_used[i]) {
			strcpy(clean_path[i], path);
			clean_used[i] = 1;
			got = i;
		}
	pthread_mutex_unlock(&clean_mu);
	while (clean_dying) /* interrupted meanwhile: the process is going */
		pause();
	return got;
}

static void clean_drop(int slot)
{
	if (slot < 0)
		return;
	pthread_mutex_lock(&clean_mu);
	clean_used[slot] = 0;
	pthread_mutex_unlock(&clean_mu);
}

static void clean_on_signals(void)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_interrupt;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
}

static void *batch_worker(void *arg)
{
	struct batch *bt = arg;
	for (;;) {
		struct job *j;
		char *tmp;
		int stop = lexicons_failed(bt->lc);
		pthread_mutex_lock(&bt->mu);
		j = bt->next < bt->njobs && !stop ? &bt->jobs[bt->next++] : NULL;
		pthread_mutex_unlock(&bt->mu);
		if (!j)
			return NULL;
		tmp = malloc(strlen(j->out) + 32);
		if (!tmp) {
			cli_err("out of memory");
			j->rc = EXIT_USAGE;
			continue;
		}
		/* OUT may name directories of its own under DIR: made as needed */
		sprintf(tmp, "%s", j->out);
		if (make_dirs(tmp) != 0) {
			char *slash = strrchr(tmp, '/');
			if (slash)
				*slash = '\0';
			cli_err("%s: cannot make the directory: %s", tmp, strerror(errno));
			j->rc = EXIT_USAGE;
		} else {
			int slot;
			sprintf(tmp, "%s.tmp.%ld", j->out, (long)getpid());
			slot = clean_add(tmp);
			j->rc = align_pair(bt->o, bt->lc, j->src, j->tgt, j->out, tmp);
			clean_drop(slot);
		}
		free(tmp);
		if (j->rc != EXIT_OK && !lexicons_failed(bt->lc) && bt->merge_dir)
			cli_err("%s:%zu: %s and %s not aligned (see above); left out of the merged output",
			        strcmp(bt->list, "-") == 0 ? "<stdin>" : bt->list, j->line,
			        j->src, j->tgt);
		else if (j->rc != EXIT_OK && !lexicons_failed(bt->lc))
			cli_err("%s:%zu: %s and %s not aligned (see above); %s not written",
			        strcmp(bt->list, "-") == 0 ? "<stdin>" : bt->list, j->line,
			        j->src, j->tgt, j->out);
	}
}

/* Processors this process may run on. */
static long usable_cpus(void)
{
#ifdef CPU_COUNT
	cpu_set_t set;
	if (sched_getaffinity(0, sizeof set, &set) == 0 && CPU_COUNT(&set) > 0)
		return CPU_COUNT(&set);
#endif
	{
		long n = sysconf(_SC_NPROCESSORS_ONLN);
		return n > 0 ? n : 1;
	}
}

/* s into f, escaped for XML text and attributes. */
/*
 * How many bytes from s[i] (of n) are valid UTF-8, up to the first invalid
 * byte: a file name may be in another encoding, and XML and JSON take UTF-8
 * only, so the writers below show each invalid byte as U+FFFD.
 */
static size_t valid_run(const char *s, size_t n, size_t i)
{
	size_t bad;
	return mwz_utf8_validate(s + i, n - i, &bad) == MWZ_OK ? n - i : bad;
}

static void put_xml_escaped(FILE *f, const char *s)
{
	size_t i = 0, n = strlen(s), e;
	while (i < n) {
		for (e = i + valid_run(s, n, i); i < e; i++) {
			unsigned char c = (unsigned char)s[i];
			switch (c) {
			case '&': fputs("&amp;", f); break;
			case '<': fputs("&lt;", f); break;
			case '>': fputs("&gt;", f); break;
			case '"': fputs("&quot;", f); break;
			default:
				/* controls XML 1.0 has no place for, and U+FFFE, U+FFFF
				 * (not characters to XML) and C1 controls, shown as the
				 * library's writers show them */
				if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
					fputs("\xEF\xBF\xBD", f);
				} else if (c == 0xEF && i + 2 < e && (unsigned char)s[i + 1] == 0xBF &&
				           ((unsigned char)s[i + 2] & 0xFE) == 0xBE) {
					fputs("\xEF\xBF\xBD", f);
					i += 2;
				} else if (c == 0xC2 && i + 1 < e && (unsigned char)s[i + 1] <= 0x9F) {
					fputs("\xEF\xBF\xBD", f);
					i++;
				} else {
					fputc(c, f);
				}
				break;
			}
		}
		if (i < n) {
			fputs("\xEF\xBF\xBD", f);
			i++;
		}
	}
}

/* s into f as the inside of a JSON string. */
static void put_json_escaped(FILE *f, const char *s)
{
	size_t i = 0, n = strlen(s), e;
	while (i < n) {
		for (e = i + valid_run(s, n, i); i < e; i++) {
			unsigned char c = (unsigned char)s[i];
			if (c == '"' || c == '\\')
				fprintf(f, "\\%c", c);
			else if (c < 0x20)
				fprintf(f, "\\u%04x", c);
			else
				fputc(c, f);
		}
		if (i < n) {
			fputs("\\ufffd", f);
			i++;
		}
	}
}

/*
 * --merge -f jsonl: the pairs' beads, in list order, each line with the
 * pair's source file first ("doc"); *units gets the count of lines.
 */
static int merge_jsonl(const struct batch *bt, FILE *out, size_t *units)
{
	size_t k;
	*units = 0;
	for (k = 0; k < bt->njobs; k++) {
		char *t, *p, *end;
		size_t len;
		if (bt->jobs[k].rc != EXIT_OK || k >= bt->next || cli_slurp(&t, &len, bt->jobs[k].out))
			continue;
		for (p = t, end = t + len; p < end;) {
			char *nl = memchr(p, '\n', (size_t)(end - p));
			size_t l = nl ? (size_t)(nl - p) + 1 : (size_t)(end - p);
			if (l > 1 && p[0] == '{') {
				fputs("{\"doc\":\"", out);
				put_json_escaped(out, bt->jobs[k].src);
				fputs("\",", out);
				fwrite(p + 1, 1, l - 1, out);
				++*units;
			}
			p += l;
		}
		free(t);
	}
	return EXIT_OK;
}

/* The srclang of a TMX text we wrote, into buf (empty if none). */
static void tmx_srclang(const char *t, char *buf, size_t cap)
{
	const char *a = strstr(t, " srclang=\""), *e;
	buf[0] = '\0';
	if (a && (e = strchr(a + 10, '"')) != NULL && (size_t)(e - (a + 10)) < cap) {
		memcpy(buf, a + 10, (size_t)(e - (a + 10)));
		buf[e - (a + 10)] = '\0';
	}
}

/*
 * --merge: the outputs of the pairs aligned, in list order, as one file at
 * outpath (NULL or "-": standard output). TMX: one header (srclang "*all*"
 * when the pairs' differ), each unit's tuid prefixed with its list line
 * (12-3) and its source file given as an x-document prop; jsonl: see
 * merge_jsonl. *units gets the count of units or lines.
 */
static int merge_outputs(const struct batch *bt, const char *outpath, size_t *units)
{
	const char *body = "  <body>\n", *foot = "  </body>\n</tmx>\n";
	char lang[64] = "", l2[64], *tmp = NULL, *head = NULL;
	FILE *out = stdout;
	size_t k, headlen;
	int rc = EXIT_OK, mixed = 0, first = 1, r = MWZ_OK, slot = -1;
	mwz_write_options_t wo = MWZ_WRITE_OPTIONS_INIT;
	int jsonl = bt->o->format == MWZ_FORMAT_JSONL;
	*units = 0;
	/* the languages the pairs' headers give */
	for (k = 0; k < bt->njobs && !jsonl; k++) {
		char *t;
		size_t len;
		if (bt->jobs[k].rc != EXIT_OK || k >= bt->next || cli_slurp(&t, &len, bt->jobs[k].out))
			continue;
		tmx_srclang(t, l2, sizeof l2);
		if (first)
			memcpy(lang, l2, sizeof lang);
		else if (strcmp(lang, l2) != 0)
			mixed = 1;
		first = 0;
		free(t);
	}
	/* the header: an empty memory's, from the library */
	wo.format = MWZ_FORMAT_TMX;
	wo.src_lang = mixed ? "*all*" : lang[0] ? lang : NULL;
	if (!jsonl && ((r = mwz_beads_render(&head, &headlen, NULL, NULL, 0, &wo, NULL)) != MWZ_OK ||
	               !head || headlen < strlen(foot))) {
		cli_err("align: --merge: cannot make the TMX header: %s",
		        r != MWZ_OK ? mwz_strerror(r) : "too short");
		mwz_free(head);
		return EXIT_USAGE;
	}
	if (!jsonl)
		headlen -= strlen(foot);
	if (outpath && strcmp(outpath, "-") != 0) {
		tmp = malloc(strlen(outpath) + 32);
		if (!tmp) {
			mwz_free(head);
			cli_err("out of memory");
			return EXIT_USAGE;
		}
		if (replaceable(outpath)) {
			sprintf(tmp, "%s.tmp.%ld", outpath, (long)getpid());
			slot = clean_add(tmp);
		} else {
			strcpy(tmp, outpath); /* a device or a pipe: written through */
		}
		if (!(out = fopen(tmp, "wb"))) {
			cli_err("%s: %s", outpath, strerror(errno));
			mwz_free(head);
			free(tmp);
			return EXIT_USAGE;
		}
	}
	if (jsonl) {
		rc = merge_jsonl(bt, out, units);
		goto close;
	}
	fwrite(head, 1, headlen, out);
	mwz_free(head);
	for (k = 0; k < bt->njobs; k++) {
		char *t, *p, *end;
		size_t len;
		if (bt->jobs[k].rc != EXIT_OK || k >= bt->next || cli_slurp(&t, &len, bt->jobs[k].out))
			continue;
		p = strstr(t, body);
		end = len >= strlen(foot) ? t + len - strlen(foot) : t;
		for (p = p ? p + strlen(body) : end; p < end;) {
			char *nl = memchr(p, '\n', (size_t)(end - p));
			size_t l = nl ? (size_t)(nl - p) + 1 : (size_t)(end - p);
			if (strncmp(p, "    <tu tuid=\"", 14) == 0) {
				fprintf(out, "    <tu tuid=\"%zu-%.*s\n      <prop type=\"x-document\">",
				        bt->jobs[k].line, (int)(l - 15), p + 14);
				put_xml_escaped(out, bt->jobs[k].src);
				fputs("</prop>\n", out);
				++*units;
			} else {
				fwrite(p, 1, l, out);
			}
			p += l;
		}
		free(t);
	}
	fputs(foot, out);
close:
	if (out != stdout) {
		int direct = strcmp(tmp, outpath) == 0;
		if (fclose(out) != 0 || (rc == EXIT_OK && !direct && rename(tmp, outpath) != 0)) {
			cli_err("%s: %s", outpath, strerror(errno));
			rc = EXIT_USAGE;
		}
		if (rc != EXIT_OK && !direct)
			remove(tmp);
		clean_drop(slot);
		free(tmp);
	} else if (fflush(stdout) != 0 || ferror(stdout)) {
		cli_stdout_failed(errno);
		rc = EXIT_USAGE;
	}
	return rc;
}

static int run_batch(const struct opts *o, struct lexicons *lc, const char *list,
                     const char *dir, long jobs)
{
	struct batch bt;
	pthread_t th[64];
	size_t bad = 0, failed = 0, ok = 0, k;
	int rc, worst = EXIT_OK;
	long nth = 0, t;
	struct stat sb;

	char merge_dir[4096] = "";

	if (o->merge && dir && strcmp(dir, "-") != 0) {
		/* the merged file's folder must take it: said now, not after hours */
		char *parent = strdup(dir), *slash = parent ? strrchr(parent, '/') : NULL;
		const char *pd = !parent ? "." : !slash ? "." : slash == parent ? "/" : parent;
		if (slash && slash != parent)
			*slash = '\0';
		if (parent && access(pd, W_OK) != 0) {
			cli_err("%s: cannot write there: %s", dir, strerror(errno));
			free(parent);
			return EXIT_USAGE;
		}
		free(parent);
	}
	if (o->merge) {
		/* each pair's memory in a directory of our own, then one file */
		const char *tdir = getenv("TMPDIR");
		snprintf(merge_dir, sizeof merge_dir, "%s/muwazi-merge-XXXXXX",
		         tdir && *tdir ? tdir : "/tmp");
		if (!mkdtemp(merge_dir)) {
			cli_err("%s: %s", merge_dir, strerror(errno));
			return EXIT_USAGE;
		}
		if (strlen(merge_dir) < sizeof clean_dir) {
			strcpy(clean_dir, merge_dir); /* removed if interrupted */
			clean_njobs = 0;
			clean_dir_on = 1;
		}
	} else if (dir && stat(dir, &sb) != 0) {
		char *d = malloc(strlen(dir) + 2);
		int bad_dir = !d;
		if (d) {
			sprintf(d, "%s/", dir);
			bad_dir = errno != ENOENT || make_dirs(d) != 0;
			free(d);
		}
		if (bad_dir) {
			cli_err("%s: %s", dir, strerror(errno));
			return EXIT_USAGE;
		}
	} else if (dir && !S_ISDIR(sb.st_mode)) {
		cli_err("%s: not a directory (with --batch, -o names the directory "
		        "for the outputs)", dir);
		return EXIT_USAGE;
	}
	memset(&bt, 0, sizeof bt);
	bt.o = o;
	bt.lc = lc;
	bt.list = list;
	bt.merge_dir = merge_dir[0] ? merge_dir : NULL;
	pthread_mutex_init(&bt.mu, NULL);
	rc = read_list(&bt, bt.merge_dir ? NULL : dir, &bad);
	clean_njobs = bt.njobs; /* the merge folder's numbered files */
	if (rc == EXIT_OK) {
		if (jobs == 0)
			jobs = usable_cpus();
		if ((size_t)jobs > bt.njobs)
			jobs = bt.njobs ? (long)bt.njobs : 1;
		if (jobs > (long)(sizeof th / sizeof th[0]))
			jobs = sizeof th / sizeof th[0];
		for (t = 1; t < jobs; t++) {
			if (pthread_create(&th[nth], NULL, batch_worker, &bt) != 0)
				break;
			nth++;
		}
		batch_worker(&bt);
		for (t = 0; t < nth; t++)
			pthread_join(th[t], NULL);
		for (k = 0; k < bt.njobs; k++) {
			if (bt.jobs[k].rc == EXIT_OK && k < bt.next)
				ok++;
			else
				failed++;
			if (bt.jobs[k].rc > worst)
				worst = bt.jobs[k].rc;
		}
		if (lc->failed > worst)
			worst = lc->failed;
		if (bt.merge_dir) {
			size_t units;
			int mrc = merge_outputs(&bt, dir, &units);
			if (mrc > worst)
				worst = mrc;
			if (mrc == EXIT_OK && !o->quiet)
				cli_err("%s: %zu %s%s from %zu pair%s in one %s",
				        dir && strcmp(dir, "-") != 0 ? dir : "<stdout>", units,
				        o->format == MWZ_FORMAT_JSONL ? "bead" : "unit",
				        units == 1 ? "" : "s", ok, ok == 1 ? "" : "s",
				        o->format == MWZ_FORMAT_JSONL ? "file" : "memory");
		}
		if (bad && worst == EXIT_OK)
			worst = EXIT_DATA;
		if (failed || bad)
			cli_err("%s: %zu pair%s aligned, %zu failed, %zu line%s malformed",
			        strcmp(list, "-") == 0 ? "<stdin>" : list, ok,
			        ok == 1 ? "" : "s", failed, bad, bad == 1 ? "" : "s");
		else if (!o->quiet)
			cli_err("%s: %zu pair%s aligned", strcmp(list, "-") == 0 ? "<stdin>" : list,
			        ok, ok == 1 ? "" : "s");
		rc = worst;
	}
	for (k = 0; k < bt.njobs; k++) {
		if (bt.merge_dir)
			remove(bt.jobs[k].out);
		free(bt.jobs[k].src);
		free(bt.jobs[k].tgt);
		free(bt.jobs[k].out);
	}
	if (bt.merge_dir)
		rmdir(bt.merge_dir);
	clean_dir_on = 0;
	free(bt.jobs);
	pthread_mutex_destroy(&bt.mu);
	return rc;
}

int cmd_align(int argc, char **argv)
{
	struct cli_style *style = NULL;
	struct opts o;
	struct lexicons lc;
	const char *files[2] = { NULL, NULL };
	const char *outpath = NULL, *list = NULL;
	size_t nfiles = 0;
	long jobs = 1;
	int rc, i, only_opts = 0;

	memset(&o, 0, sizeof o);
	o.format = MWZ_FORMAT_TEXT;
	o.color = -1;
	o.low = 0.5;
	for (i = 1; i < argc; i++) {
		const char *a = argv[i], *v;
		if (only_opts || a[0] != '-' || strcmp(a, "-") == 0) {
			if (nfiles == 2) {
				cli_err("align: too many files (want SRC TGT; see 'muwazi align --help')");
				return EXIT_USAGE;
			}
			files[nfiles++] = a;
		} else if (strcmp(a, "--") == 0) {
			only_opts = 1;
		} else if (cli_is_help(a)) {
			usage(stdout);
			return EXIT_OK;
		} else if (is_opt(a, "-f", "--format")) {
			if (!(v = opt_value(argc, argv, &i, "-f", "--format")))
				return EXIT_USAGE;
			if (mwz_format_from_name(&o.format, v) != MWZ_OK) {
				cli_err("align: unknown format '%s' (text, tsv, jsonl, tmx, vecalign, html, side, csv)", v);
				return EXIT_USAGE;
			}
		} else if (strcmp(a, "--lines") == 0) {
			o.lines = 1;
		} else if (strcmp(a, "--keep-empty") == 0) {
			o.keep_empty = 1;
		} else if (strcmp(a, "--merge") == 0) {
			o.merge = 1;
		} else if (strcmp(a, "--no-cache") == 0) {
			o.no_cache = 1;
		} else if (strcmp(a, "--no-dict") == 0) {
			o.no_dict = 1;
		} else if (strcmp(a, "-q") == 0 || strcmp(a, "--quiet") == 0) {
			o.quiet = 1;
		} else if (is_opt(a, NULL, "--glossary")) {
			if (!(v = opt_value(argc, argv, &i, NULL, "--glossary")))
				return EXIT_USAGE;
			if (o.nglos == MAX_GLOSSARIES) {
				cli_err("align: more than %d glossaries", MAX_GLOSSARIES);
				return EXIT_USAGE;
			}
			o.glossaries[o.nglos++] = v;
		} else if (is_opt(a, NULL, "--src-lang") || is_opt(a, NULL, "--tgt-lang")) {
			int t = is_opt(a, NULL, "--tgt-lang");
			if (!(v = opt_value(argc, argv, &i, NULL, t ? "--tgt-lang" : "--src-lang")))
				return EXIT_USAGE;
			if (!valid_code(v)) {
				cli_err("align: '%s' is not a language code (ar, en, de-CH ...)", v);
				return EXIT_USAGE;
			}
			o.codes[t] = v;
		} else if (is_opt(a, NULL, "--width")) {
			long n;
			if (!(v = opt_value(argc, argv, &i, NULL, "--width")))
				return EXIT_USAGE;
			if ((n = parse_long(v, 48, 100000)) < 0) {
				cli_err("align: --width wants a number of columns from 48 to 100000, not '%s'", v);
				return EXIT_USAGE;
			}
			o.width = (int)n;
		} else if (is_opt(a, NULL, "--bidi")) {
			if (!(v = opt_value(argc, argv, &i, NULL, "--bidi")))
				return EXIT_USAGE;
			if (strcmp(v, "visual") == 0)
				o.bidi_visual = 1;
			else if (strcmp(v, "logical") == 0)
				o.bidi_visual = 0;
			else {
				cli_err("align: --bidi is logical or visual, not '%s'", v);
				return EXIT_USAGE;
			}
		} else if (strcmp(a, "--shape") == 0) {
			o.shape = 1;
		} else if (is_opt(a, NULL, "--color") || is_opt(a, NULL, "--colour")) {
			if (!(v = opt_value(argc, argv, &i, NULL,
			                    is_opt(a, NULL, "--color") ? "--color" : "--colour")))
				return EXIT_USAGE;
			if (strcmp(v, "auto") == 0)
				o.color = -1;
			else if (strcmp(v, "always") == 0)
				o.color = 1;
			else if (strcmp(v, "never") == 0)
				o.color = 0;
			else {
				cli_err("align: --color is auto, always or never, not '%s'", v);
				return EXIT_USAGE;
			}
		} else if (is_opt(a, NULL, "--low")) {
			if (score_option(argc, argv, &i, "--low", &o.low))
				return EXIT_USAGE;
		} else if (is_opt(a, NULL, "--min-score")) {
			if (score_option(argc, argv, &i, "--min-score", &o.min_score))
				return EXIT_USAGE;
		} else if (is_opt(a, NULL, "--title")) {
			if (!(v = opt_value(argc, argv, &i, NULL, "--title")))
				return EXIT_USAGE;
			o.title = v;
		} else if (is_opt(a, NULL, "--style")) {
			if (!(v = opt_value(argc, argv, &i, NULL, "--style")))
				return EXIT_USAGE;
			o.style_path = v;
		} else if (is_opt(a, "-o", "--output")) {
			if (!(v = opt_value(argc, argv, &i, "-o", "--output")))
				return EXIT_USAGE;
			outpath = v;
		} else if (is_opt(a, NULL, "--batch")) {
			if (!(v = opt_value(argc, argv, &i, NULL, "--batch")))
				return EXIT_USAGE;
			list = v;
		} else if (is_opt(a, "-j", "--jobs")) {
			if (!(v = opt_value(argc, argv, &i, "-j", "--jobs")))
				return EXIT_USAGE;
			if ((jobs = parse_long(v, 0, 64)) < 0) {
				cli_err("align: --jobs wants a number from 0 (one a processor) to 64, not '%s'", v);
				return EXIT_USAGE;
			}
		} else {
			cli_err("align: unknown option '%s' (see 'muwazi align --help')", a);
			return EXIT_USAGE;
		}
	}
	if (list) {
		if (nfiles) {
			cli_err("align: --batch takes its pairs from the list, not from '%s'",
			        files[0]);
			return EXIT_USAGE;
		}
		if (o.merge && o.format != MWZ_FORMAT_TMX && o.format != MWZ_FORMAT_JSONL) {
			cli_err("align: --merge makes one file of a batch in -f tmx (one translation "
			        "memory) or -f jsonl");
			return EXIT_USAGE;
		}
		if (!o.merge && outpath && strcmp(outpath, "-") == 0) {
			cli_err("align: --batch writes a file a pair: -o wants a directory "
			        "(or --merge -f tmx for one memory)");
			return EXIT_USAGE;
		}
	} else if (nfiles != 2) {
		cli_err("align: want two files, SRC and TGT (see 'muwazi align --help')");
		return EXIT_USAGE;
	} else if (strcmp(files[0], "-") == 0 && strcmp(files[1], "-") == 0) {
		cli_err("align: only one of SRC and TGT can be standard input");
		return EXIT_USAGE;
	}
	if (o.merge && !list) {
		cli_err("align: --merge matters only with --batch");
		return EXIT_USAGE;
	}
	if (jobs != 1 && !list) {
		cli_err("align: --jobs matters only with --batch");
		return EXIT_USAGE;
	}
	if (o.keep_empty && o.format != MWZ_FORMAT_TMX && !o.quiet)
		cli_err("align: --keep-empty matters only with --format tmx (the other "
		        "formats keep every sentence)");
	if (o.min_score > 0 && o.format != MWZ_FORMAT_TMX && !o.quiet)
		cli_err("align: --min-score matters only with --format tmx (the other "
		        "formats keep every bead, with its score)");

	if (o.style_path && o.format != MWZ_FORMAT_HTML && o.format != MWZ_FORMAT_TEXT &&
	    o.format != MWZ_FORMAT_SIDE) {
		cli_err("align: --style marks names against the house style in the html, "
		        "text and side views: use -f html, -f text or -f side");
		return EXIT_USAGE;
	}
	if (o.style_path) {
		if ((rc = cli_style_load(&style, o.style_path)) != EXIT_OK)
			return rc;
		o.style = style;
	}

	memset(&lc, 0, sizeof lc);
	pthread_mutex_init(&lc.mu, NULL);
	clean_on_signals();
	if (list) {
		rc = run_batch(&o, &lc, list, outpath, jobs);
	} else if (outpath && strcmp(outpath, "-") != 0) {
		/* written to a temporary file renamed when complete: an interrupted
		 * or failed run leaves the old file, if any, as it was */
		char *tmp = malloc(strlen(outpath) + 32);
		int slot = -1;
		if (!tmp) {
			cli_err("out of memory");
			rc = EXIT_USAGE;
		} else {
			sprintf(tmp, "%s.tmp.%ld", outpath, (long)getpid());
			slot = clean_add(tmp);
			rc = align_pair(&o, &lc, files[0], files[1], outpath, tmp);
			clean_drop(slot);
			free(tmp);
		}
	} else {
		rc = align_pair(&o, &lc, files[0], files[1], outpath, NULL);
	}
	cli_style_free(style);
	for (i = 0; i < 2; i++)
		mwz_lexicon_destroy(lc.lx[i]);
	for (i = 0; i < lc.npair; i++)
		mwz_lexicon_destroy(lc.pair[i].lx);
	pthread_mutex_destroy(&lc.mu);
	return rc;
}
