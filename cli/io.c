/* io.c - the command's shared file, line and error helpers. */
#include "cli.h"

#include <utf8proc.h>

#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

void cli_err(const char *fmt, ...)
{
	va_list ap;
	fputs("muwazi: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

FILE *cli_open(const char *path)
{
	FILE *f;
	if (strcmp(path, "-") == 0)
		return stdin;
	f = fopen(path, "rb");
	if (!f)
		cli_err("%s: %s", path, strerror(errno));
	return f;
}

void cli_close(FILE *f)
{
	if (f && f != stdin)
		fclose(f);
}

long cli_getline(char **buf, size_t *cap, FILE *f, int *had_newline)
{
	size_t len = 0;
	int c;
	*had_newline = 0;
	if (!*buf || *cap < 2) {
		char *p = realloc(*buf, 256);
		if (!p)
			return -2;
		*buf = p;
		*cap = 256;
	}
	while ((c = getc(f)) != EOF) {
		if (c == '\n') {
			*had_newline = 1;
			break;
		}
		if (len + 2 > *cap) {
			size_t ncap = *cap * 2;
			char *p = realloc(*buf, ncap);
			if (!p)
				return -2;
			*buf = p;
			*cap = ncap;
		}
		(*buf)[len++] = (char)c;
	}
	(*buf)[len] = '\0';
	if (ferror(f))
		return -2;
	if (c == EOF && len == 0)
		return -1;
	return (long)len;
}

int cli_slurp(char **out, size_t *len, const char *path)
{
	FILE *f = cli_open(path);
	char *buf = NULL;
	size_t n = 0, cap = 0, got;
	struct stat sb;
	if (!f)
		return 1;
	/* A regular file: its size plus a little, so one read fills the
	 * buffer and the next finds the end (no doubling: half the memory). */
	if (fstat(fileno(f), &sb) == 0 && S_ISREG(sb.st_mode) && sb.st_size > 0 &&
	    (unsigned long long)sb.st_size < (size_t)-1 / 2 - 65536)
		cap = (size_t)sb.st_size + 4096;
	if (cap) {
		buf = malloc(cap + 1);
		if (!buf)
			cap = 0;
	}
	for (;;) {
		if (cap - n < 4096) {
			size_t ncap = cap ? cap * 2 : 65536 * 2;
			char *p = realloc(buf, ncap + 1);
			if (!p) {
				cli_err("%s: out of memory", path);
				free(buf);
				cli_close(f);
				return 1;
			}
			buf = p;
			cap = ncap;
		}
		got = fread(buf + n, 1, cap - n, f);
		n += got;
		if (got == 0)
			break;
	}
	if (ferror(f)) {
		cli_err("%s: read error: %s", path, strerror(errno));
		free(buf);
		cli_close(f);
		return 1;
	}
	cli_close(f);
	buf[n] = '\0';
	*out = buf;
	*len = n;
	return 0;
}

/*
 * The wide encoding text (the start of a file) is in, or NULL: a byte-order
 * mark (FF FE, FE FF, FF FE 00 00, 00 00 FE FF; *bom set), else NUL bytes on
 * one side of every pair of the first 512 bytes, as UTF-16 has them for
 * spaces and Latin letters. Windows editors save "Unicode" text as UTF-16LE,
 * and a translator told "binary file" would not know what to do.
 */
static const char *wide_encoding(const unsigned char *t, size_t len, int *bom)
{
	size_t i, n = len < 512 ? len : 512, nul[2] = { 0, 0 };
	*bom = 1;
	if (len >= 4 && t[0] == 0xFF && t[1] == 0xFE && t[2] == 0 && t[3] == 0)
		return "UTF-32LE";
	if (len >= 4 && t[0] == 0 && t[1] == 0 && t[2] == 0xFE && t[3] == 0xFF)
		return "UTF-32BE";
	if (len >= 2 && t[0] == 0xFF && t[1] == 0xFE)
		return "UTF-16LE";
	if (len >= 2 && t[0] == 0xFE && t[1] == 0xFF)
		return "UTF-16BE";
	*bom = 0;
	for (i = 0; i < n; i++)
		nul[i & 1] += t[i] == 0;
	/* a space or a Latin letter at least every eighth character of 16 or more */
	if (n >= 32 && nul[0] == 0 && nul[1] * 16 >= n)
		return "UTF-16LE";
	if (n >= 32 && nul[1] == 0 && nul[0] * 16 >= n)
		return "UTF-16BE";
	return NULL;
}

int cli_check_wide(const char *path, const char *text, size_t len)
{
	int bom;
	const char *enc = wide_encoding((const unsigned char *)text, len, &bom);
	if (!enc)
		return 0;
	/* with a byte-order mark, iconv reads the byte order from it and drops it */
	cli_err("%s: %s text (%s), not UTF-8; convert it first: iconv -f %.*s -t UTF-8",
	        strcmp(path, "-") == 0 ? "<stdin>" : path, enc,
	        bom ? "byte-order mark at byte 1" : "a NUL in every other byte from byte 1",
	        bom ? 6 : (int)strlen(enc), enc);
	return 1;
}

/* Length of the valid UTF-8 sequence at t[0, n) that starts with a byte of
 * 0x80 or more, or 0. */
static size_t utf8_seq(const unsigned char *t, size_t n)
{
	size_t k, need = t[0] >= 0xF0 ? 4 : t[0] >= 0xE0 ? 3 : t[0] >= 0xC2 ? 2 : 0;
	if (need == 0 || t[0] > 0xF4 || n < need)
		return 0;
	for (k = 1; k < need; k++)
		if ((t[k] & 0xC0) != 0x80)
			return 0;
	return need;
}

const char *cli_legacy_hint(const char *text, size_t len)
{
	const unsigned char *t = (const unsigned char *)text;
	size_t n = len < 65536 ? len : 65536, i = 0, k;
	size_t valid = 0, high = 0, isolated = 0, punct = 0, al1256 = 0, al8859 = 0, runs = 0;
	while (i < n) {
		if (t[i] < 0x80) {
			i++;
			continue;
		}
		if ((k = utf8_seq(t + i, n - i)) > 0) {
			valid++;
			i += k;
			continue;
		}
		high++;
		isolated += (i == 0 || t[i - 1] < 0x80) && (i + 1 >= n || t[i + 1] < 0x80);
		punct += t[i] < 0xA0; /* Windows-1252's quotes, dashes, ellipsis, euro */
		/* three 8-bit letters or more in a row, as every Arabic word has them
		 * and Western text (Grüße) hardly ever */
		if (t[i] >= 0xC1 && i + 2 < n && t[i + 1] >= 0xC1 && t[i + 2] >= 0xC1 &&
		    (i == 0 || t[i - 1] < 0xC1)) {
			size_t e = i;
			while (e < n && t[e] >= 0xC1)
				e++;
			runs += e - i;
		}
		/* alef then lam, the article: C7 E1 in Windows-1256, C7 E4 in ISO-8859-6 */
		if (t[i] == 0xC7 && i + 1 < n) {
			al1256 += t[i + 1] == 0xE1;
			al8859 += t[i + 1] == 0xE4;
		}
		i++;
	}
	if (high == 0 || valid * 4 > high)
		return "";
	if (al8859 > al1256)
		return "; it looks like ISO-8859-6 (Arabic) text: convert it first: "
		       "iconv -f ISO-8859-6 -t UTF-8";
	/* without the article to tell, Windows-1256, by far the more common */
	if (al1256 > 0 || (runs >= 3 && runs * 10 >= high * 6))
		return "; it looks like Windows-1256 (Arabic) text: convert it first: "
		       "iconv -f WINDOWS-1256 -t UTF-8";
	/* a lone stray byte tells nothing: a damaged file has those too */
	if (isolated * 10 >= high * 8 && (high >= 2 || punct > 0))
		return "; it looks like Windows-1252 (Western European) text: convert it "
		       "first: iconv -f WINDOWS-1252 -t UTF-8";
	return "";
}

int cli_cr_only(const char *text, size_t len)
{
	return memchr(text, '\r', len) != NULL && memchr(text, '\n', len) == NULL;
}

/* The base letters (U+0621..U+064A) of code point c into b: a letter, a
 * presentation form (text copied from a PDF), a lam-alef ligature (two); 0
 * for a mark, tatweel or joiner; -1 for no Arabic letter. */
int cli_ar_letters(unsigned int cp, unsigned int out[4])
{
	utf8proc_int32_t d[4];
	int last = 0, k;
	utf8proc_ssize_t nd = 0;
	if ((cp >= 0xFB50 && cp <= 0xFDFF) || (cp >= 0xFE70 && cp <= 0xFEFC))
		nd = utf8proc_decompose_char((utf8proc_int32_t)cp, d, 4,
		                             UTF8PROC_COMPAT | UTF8PROC_DECOMPOSE, &last);
	if (nd < 1 || nd > 4) {
		out[0] = cp;
		return 1;
	}
	for (k = 0; k < nd; k++)
		out[k] = (unsigned int)d[k];
	return (int)nd;
}

static int ar_base_letters(utf8proc_int32_t c, long b[2])
{
	unsigned int d[4];
	int k, m = 0, nd;
	if (c >= 0x0621 && c <= 0x064A) {
		b[0] = c;
		return 1;
	}
	if ((c >= 0x064B && c <= 0x065F) || c == 0x0670 || c == 0x0640 || c == 0x200C ||
	    c == 0x200D || c == 0x00AD)
		return 0; /* a vowel, tatweel, ZWNJ, ZWJ, soft hyphen: inside a word */
	if (!((c >= 0xFB50 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFC)))
		return -1;
	nd = cli_ar_letters((unsigned int)c, d);
	for (k = 0; k < nd; k++) {
		if (d[k] >= 0x0621 && d[k] <= 0x064A && m < 2)
			b[m++] = d[k];
		else if (!((d[k] >= 0x064B && d[k] <= 0x065F) || d[k] == 0x0020 || d[k] == 0x0640))
			return -1;
	}
	return m;
}

int cli_warn_visual_arabic(const char *path, const char *text, size_t len)
{
	/* words of four Arabic letters or more (not إلا، ولا، كلا), in the
	 * first 64 KB: how many start with ال and how many end in لا; vowels
	 * skipped, presentation forms (the usual PDF copy) read as letters */
	const utf8proc_uint8_t *t = (const utf8proc_uint8_t *)text;
	size_t n = len < 65536 ? len : 65536, i = 0, words = 0, starts = 0, ends = 0;
	while (i < n) {
		long first[2] = { 0, 0 }, last[2] = { 0, 0 };
		size_t letters = 0;
		for (;;) {
			utf8proc_int32_t c;
			utf8proc_ssize_t k = utf8proc_iterate(t + i, (utf8proc_ssize_t)(n - i), &c);
			long b[2];
			int nb, q;
			if (k <= 0) {
				if (!letters)
					i++;
				break;
			}
			nb = ar_base_letters(c, b);
			if (nb < 0) {
				if (!letters)
					i += (size_t)k;
				break;
			}
			i += (size_t)k;
			for (q = 0; q < nb; q++) {
				if (letters < 2)
					first[letters] = b[q];
				last[0] = last[1];
				last[1] = b[q];
				letters++;
			}
		}
		if (letters < 4)
			continue;
		words++;
		starts += first[0] == 0x0627 && first[1] == 0x0644; /* ال */
		ends += last[0] == 0x0644 && last[1] == 0x0627;      /* لا */
	}
	if (words < 20 || ends < 5 || ends < 3 * starts)
		return 0;
	cli_err("%s: the Arabic seems to run backwards (%zu words end in \"\xD9\x84\xD8\xA7\", %zu "
	        "start with \"\xD8\xA7\xD9\x84\"): text copied from a PDF in visual order? "
	        "Put it in logical order first",
	        strcmp(path, "-") == 0 ? "<stdin>" : path, ends, starts);
	return 1;
}

void cli_markup_scan(struct cli_markup *m, const char *text, size_t len)
{
	/* tags: '<', an optional '/', '!' or '?', a letter, then '>' within the
	 * line (an e-mail address <a@b.c> or "x < y" is rare in news) */
	const unsigned char *t = (const unsigned char *)text;
	size_t n, i = 0, k;
	if (m->bytes >= CLI_MARKUP_SCAN)
		return;
	n = len < CLI_MARKUP_SCAN - m->bytes ? len : CLI_MARKUP_SCAN - m->bytes;
	if (!m->started) {
		while (i < n && (t[i] == ' ' || t[i] == '\t' || t[i] == '\r' || t[i] == '\n'))
			i++;
		if (i < n)
			m->started = 1;
		if (n - i >= 5 && (memcmp(t + i, "<?xml", 5) == 0 ||
		                   (n - i >= 4 && memcmp(t + i, "<tmx", 4) == 0)))
			m->xml = 1;
	}
	for (; i + 2 < n; i++) {
		size_t j = i + 1;
		if (t[i] == '&') {
			/* a character reference: &nbsp; &quot; &#1575; &#x627; */
			k = j;
			if (t[k] == '#') {
				k++;
				if (k < n && (t[k] | 0x20) == 'x')
					k++;
				while (k < n && k < j + 9 && ((t[k] >= '0' && t[k] <= '9') ||
				                              ((t[k] | 0x20) >= 'a' && (t[k] | 0x20) <= 'f')))
					k++;
			} else {
				while (k < n && k < j + 8 && (t[k] | 0x20) >= 'a' && (t[k] | 0x20) <= 'z')
					k++;
			}
			if (k < n && t[k] == ';' && k >= j + 2 && (t[j] != '#' || k >= j + 3)) {
				if (m->ents++ == 0 && k - i + 2 <= sizeof m->efirst) {
					memcpy(m->efirst, t + i, k - i + 1);
					m->efirst[k - i + 1] = '\0';
				}
				i = k;
			}
			continue;
		}
		if (t[i] != '<')
			continue;
		if (t[j] == '/' || t[j] == '!' || t[j] == '?')
			j++;
		if (j >= n || !((t[j] | 0x20) >= 'a' && (t[j] | 0x20) <= 'z'))
			continue;
		for (k = j; k < n && k < j + 300 && t[k] != '>' && t[k] != '<' && t[k] != '\n'; k++)
			;
		if (k >= n || t[k] != '>')
			continue;
		if (m->tags++ == 0) {
			/* its name: <p, <!DOCTYPE, <?xml */
			size_t q = 0;
			while (i + q < k && q < sizeof m->first - 2 && t[i + q] != ' ' && t[i + q] != '\t')
				q++;
			memcpy(m->first, t + i, q);
			m->first[q] = '>';
			m->first[q + 1] = '\0';
		}
		i = k;
	}
	m->bytes += n;
}

int cli_markup_tell(struct cli_markup *m, const char *path)
{
	/* HTML character references in text that is not markup: pasted from a
	 * page's source or a CMS field; &nbsp; is no space to the rules */
	if (!m->etold && m->ents >= 3 && (m->tags < 5 || m->tags * 1000 < m->bytes)) {
		m->etold = 1;
		cli_err("%s: holds HTML character references (%zu in its first 64 KB, the first %s): muwazi reads "
		        "them as text, so &nbsp; is no space and &quot; no quote; decode them "
		        "first (html2text, or Python's html.unescape)",
		        strcmp(path, "-") == 0 ? "<stdin>" : path, m->ents, m->efirst);
	}
	/* a few tags per kilobyte at least: markup, not a stray bracket */
	if (m->told || m->tags < 5 || m->tags * 1000 < m->bytes)
		return 0;
	m->told = 1;
	cli_err("%s: looks like %s (%zu tags, the first %s): muwazi reads plain text, so the "
	        "tags count as words; %s",
	        strcmp(path, "-") == 0 ? "<stdin>" : path, m->xml ? "XML" : "HTML", m->tags,
	        m->first, !m->xml ? "convert it first (html2text, pandoc -t plain)"
	                          : "give the text it holds instead");
	return 1;
}

int cli_warn_markup(const char *path, const char *text, size_t len)
{
	struct cli_markup m;
	memset(&m, 0, sizeof m);
	cli_markup_scan(&m, text, len);
	return cli_markup_tell(&m, path);
}

int cli_check_utf8(const char *path, const char *text, size_t len)
{
	size_t bad, i, line = 1;
	if (mwz_utf8_validate(text, len, &bad) == MWZ_OK)
		return 0;
	if (cli_check_wide(path, text, len))
		return 1;
	{
		/* lines end in LF, or in CR alone in a file with no LF */
		char term = cli_cr_only(text, len) ? '\r' : '\n';
		for (i = 0; i < bad; i++)
			if (text[i] == term)
				line++;
	}
	cli_err("%s: invalid UTF-8 at line %zu, byte %zu%s",
	        strcmp(path, "-") == 0 ? "<stdin>" : path, line, bad + 1,
	        cli_legacy_hint(text, len));
	return 1;
}

int cli_check_nul(const char *path, const char *text, size_t len, size_t line,
                  size_t offset)
{
	const char *nul = memchr(text, '\0', len);
	if (!nul)
		return 0;
	if (strcmp(path, "-") == 0)
		path = "<stdin>";
	if (offset == 0 && line <= 1 && cli_check_wide(path, text, len))
		return 1;
	if (line == 0 && offset == 0)
		line = 1; /* a whole file */
	if (line) {
		const char *p;
		char term = cli_cr_only(text, len) ? '\r' : '\n';
		for (p = text; p < nul; p++) /* the line it is on, from text's first */
			line += *p == term;
		cli_err("%s: binary file (NUL byte at line %zu, byte %zu)", path, line,
		        offset + (size_t)(nul - text) + 1);
	} else {
		cli_err("%s: binary file (NUL byte at byte %zu)", path,
		        offset + (size_t)(nul - text) + 1);
	}
	return 1;
}

size_t cli_bom_len(const char *text, size_t len)
{
	return len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
}

int cli_check_text(const char *path, const char *text, size_t len)
{
	if (cli_check_nul(path, text, len, 0, 0))
		return 1;
	return cli_check_utf8(path, text, len);
}

static int stdout_reported; /* a write error on stdout already told */

void cli_stdout_failed(int errnum)
{
	if (!stdout_reported)
		cli_err("write error on standard output: %s", strerror(errnum));
	stdout_reported = 1;
}

int cli_finish_stdout(int rc)
{
	if (fflush(stdout) != 0 || ferror(stdout) || fclose(stdout) != 0) {
		cli_stdout_failed(errno);
		return EXIT_USAGE;
	}
	return stdout_reported ? EXIT_USAGE : rc;
}

int cli_is_help(const char *arg)
{
	return strcmp(arg, "--help") == 0 || strcmp(arg, "-h") == 0;
}
