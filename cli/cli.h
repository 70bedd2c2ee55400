/* cli.h - what the muwazi command's files share: the command table and I/O helpers. */
#ifndef MWZ_CLI_H
#define MWZ_CLI_H

#include <stdio.h>
#include <stddef.h>
#include "muwazi.h"

/* Exit codes, as documented in `muwazi --help`. */
#define EXIT_OK 0
#define EXIT_DATA 1  /* bad data: invalid UTF-8, malformed line, lint found issues */
#define EXIT_USAGE 2 /* usage error or I/O error */

/* Each command: argv[0] is the command name. Returns an exit code. */
int cmd_norm(int argc, char **argv);
int cmd_match(int argc, char **argv);
int cmd_key(int argc, char **argv);
int cmd_translit(int argc, char **argv);
int cmd_check(int argc, char **argv);
int cmd_names(int argc, char **argv);
int cmd_split(int argc, char **argv);
int cmd_align(int argc, char **argv);
int cmd_score(int argc, char **argv);

/*
 * The house-style checker of `muwazi check`, for other commands (align's html
 * view). A found name: bytes [start, start + len) of the text scanned, the
 * house spelling and the other script's form.
 */
typedef void (*cli_style_fn)(void *ctx, size_t start, size_t len, const char *house,
                             const char *other);
struct cli_style;
/* Load a style sheet; errors said on standard error. Returns an exit code. */
int cli_style_load(struct cli_style **out, const char *path);
/* Find the names of text[0, len) (a sentence: its line breaks read as spaces)
 * against the house style, in order, with the name matcher m (NULL: the loose
 * keys alone); 0, or -1 out of memory. The sheet is only read: threads may
 * scan at once, each with a matcher of its own. */
int cli_style_scan(const struct cli_style *c, mwz_matcher_t *m, const char *text, size_t len,
                   cli_style_fn fn, void *ctx);
void cli_style_free(struct cli_style *c);

/* Print "muwazi: " + message + newline to stderr. */
void cli_err(const char *fmt, ...)
#if defined(__GNUC__)
	__attribute__((format(printf, 1, 2)))
#endif
	;

/* Open FILE for reading, "-" meaning stdin. Prints the error and returns NULL. */
FILE *cli_open(const char *path);
void cli_close(FILE *f);

/*
 * Read one line (without its '\n'; a final "\r" is kept) into *buf, growing it.
 * Returns the length, or -1 at end of file, or -2 on a read error.
 * *had_newline tells whether the line ended with '\n'.
 */
long cli_getline(char **buf, size_t *cap, FILE *f, int *had_newline);

/* Read a whole file ("-" = stdin). Prints the error and returns nonzero on failure. */
int cli_slurp(char **out, size_t *len, const char *path);

/*
 * Check that text is valid UTF-8; if not, print
 * "muwazi: PATH: invalid UTF-8 at line L, byte B" (B 1-based within the file)
 * and return nonzero.
 */
int cli_check_utf8(const char *path, const char *text, size_t len);

/*
 * Refuse binary data: if text holds a NUL byte, print
 * "muwazi: PATH: binary file (NUL byte at line L, byte B)" and return
 * nonzero. B is offset + the 1-based position in text; L counts the line
 * feeds before it from line, the line text starts on (0 with offset 0: a
 * whole file, from line 1). With line 0 and offset nonzero, the line is not
 * known: "(NUL byte at byte B)".
 */
int cli_check_nul(const char *path, const char *text, size_t len, size_t line,
                  size_t offset);

/*
 * Refuse UTF-16 and UTF-32 at the start of a file (a byte-order mark, or NUL
 * bytes in every other byte): print "muwazi: PATH: UTF-16LE text (...), not
 * UTF-8; convert it first: iconv -f ... -t UTF-8" and return nonzero.
 * cli_check_utf8 and cli_check_nul (at offset 0) call it before their own
 * message.
 */
int cli_check_wide(const char *path, const char *text, size_t len);

/*
 * For text that is not valid UTF-8: "" when it is mostly UTF-8 (a damaged
 * file), else, when it reads as a legacy 8-bit encoding, a clause to append
 * to the message: "; it looks like Windows-1256 (Arabic) text: convert it
 * first: iconv -f WINDOWS-1256 -t UTF-8" (also ISO-8859-6 and Windows-1252).
 * Arabic newsroom archives are often in Windows-1256; Word's English text in
 * Windows-1252.
 */
const char *cli_legacy_hint(const char *text, size_t len);

/*
 * Arabic in visual order (each line reversed, as text copied from some PDFs
 * comes out): many words end in "لا" (the article ال backwards) and few
 * start with ال. Says so on standard error (once, naming PATH) and returns
 * nonzero; the text is still used as it is.
 */
int cli_warn_visual_arabic(const char *path, const char *text, size_t len);

/*
 * HTML or XML markup (a web page saved as it is, a TMX or XLIFF file given as
 * text): five tags or more, one in every kilobyte at least, in the first
 * 64 KB. Says so on standard error (naming PATH and the first tag) and
 * returns nonzero; the text is still used as it is.
 */
int cli_warn_markup(const char *path, const char *text, size_t len);

/* The same over text read in pieces: scan each piece (the first
 * CLI_MARKUP_SCAN bytes in all count), then tell, which says it once. */
#define CLI_MARKUP_SCAN 65536
struct cli_markup {
	size_t bytes, tags, ents;
	char first[16], efirst[16]; /* the first tag and character reference */
	int xml, started, told, etold;
};
void cli_markup_scan(struct cli_markup *m, const char *text, size_t len);
int cli_markup_tell(struct cli_markup *m, const char *path);

/*
 * Text whose lines end in CR alone (classic Mac OS, Excel's "CSV
 * (Macintosh)"): a CR and no LF in text[0, len). Every line-format reader
 * then takes CR as the line end.
 */
int cli_cr_only(const char *text, size_t len);

/* 3 if text starts with a UTF-8 byte-order mark (as Windows editors write
 * one), else 0: the bytes to skip, the mark being no part of the text. */
size_t cli_bom_len(const char *text, size_t len);

/* The code points code point cp stands for into out[0, 4): an Arabic
 * presentation form (text copied from a PDF, U+FB50-U+FDFF, U+FE70-U+FEFC)
 * as its letters and marks (a lam-alef ligature: two letters), any other
 * code point as itself. Returns how many (1 to 4). */
int cli_ar_letters(unsigned int cp, unsigned int out[4]);

/* cli_check_nul (whole file) then cli_check_utf8: the check of a text file. */
int cli_check_text(const char *path, const char *text, size_t len);

/* Report a failed write on stdout, once: later calls and cli_finish_stdout stay
 * silent, so a full disk is one message, not one per layer that noticed. */
void cli_stdout_failed(int errnum);

/* Flush and close stdout; reports a failed write (unless already reported). Returns
 * an exit code to merge: EXIT_USAGE after any write error on stdout. */
int cli_finish_stdout(int rc);

/* True when argv[i] asks for help. */
int cli_is_help(const char *arg);

#endif
