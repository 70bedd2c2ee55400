# cli_align_bad.sh - muwazi align on bad input and bad usage: clear message, right exit status.
. "$TESTS_DIR/lib.sh" || exit 1
. "$ROOT_DIR/tests/golden/align/helpers.sh" || exit 1

AR=$CORP/article.ar.lines EN=$CORP/article.en.lines

# Invalid UTF-8 on line 3, at byte (1-based in the file) len(line1)+len(line2)+1+5+1.
{ head -n 2 "$EN"; printf 'Some \xC3\x28 bad byte.\n'; } >"$TMP/bad.en"
byte=$(($(head -n 2 "$EN" | wc -c) + 6))
expect_status "invalid UTF-8 in TGT: exit 1" 1 "$MUWAZI" align "$AR" "$TMP/bad.en"
expect_eq "invalid UTF-8: names file, line and byte" "$(cat "$TMP/err")" \
	"muwazi: $TMP/bad.en: invalid UTF-8 at line 3, byte $byte"
[ ! -s "$TMP/out" ] && ok "invalid UTF-8: nothing on stdout" || notok "invalid UTF-8: nothing on stdout"
expect_status "invalid UTF-8 in SRC, --lines: exit 1" 1 "$MUWAZI" align --lines "$TMP/bad.en" "$AR"
grep -q "bad.en: invalid UTF-8 at line 3, byte $byte" "$TMP/err" && ok "invalid UTF-8 in SRC named" || notok "invalid UTF-8 in SRC named"
printf 'ok\n\xED\xA0\x80 surrogate\n' >"$TMP/sur"
expect_status "encoded surrogate: exit 1" 1 "$MUWAZI" align --lines "$TMP/sur" "$EN"
grep -q "sur: invalid UTF-8 at line 2, byte 4" "$TMP/err" && ok "encoded surrogate named" || notok "encoded surrogate named"
printf 'abc\n\xE2\x80' >"$TMP/trunc"
expect_status "truncated sequence at the end: exit 1" 1 "$MUWAZI" align "$TMP/trunc" "$EN"
grep -q "trunc: invalid UTF-8 at line 2, byte 5" "$TMP/err" && ok "truncated sequence named" || notok "truncated sequence named"

# Binary
printf 'PK\003\004\000\000binary' >"$TMP/bin"
expect_status "binary file: exit 1" 1 "$MUWAZI" align "$AR" "$TMP/bin"
expect_eq "binary file: message names the NUL byte" "$(cat "$TMP/err")" \
	"muwazi: $TMP/bin: binary file (NUL byte at line 1, byte 5)"
printf 'text\000' | "$MUWAZI" align --lines - "$EN" >/dev/null 2>"$TMP/err"; rc=$?
expect_eq "binary standard input: exit 1" "$rc" 1
grep -q "<stdin>: binary file" "$TMP/err" && ok "standard input named <stdin>" || notok "standard input named <stdin>"

# Missing and unreadable files
expect_status "missing SRC: exit 2" 2 "$MUWAZI" align "$TMP/nope" "$EN"
grep -q "nope: No such file" "$TMP/err" && ok "missing file named" || notok "missing file named"
expect_status "missing TGT: exit 2" 2 "$MUWAZI" align "$AR" "$TMP/nope"
expect_status "a directory: exit 2" 2 "$MUWAZI" align "$AR" "$TMP"

# Usage
expect_status "no file: exit 2" 2 "$MUWAZI" align
expect_status "one file: exit 2" 2 "$MUWAZI" align "$AR"
grep -q "want two files" "$TMP/err" && ok "one file: says two are wanted" || notok "one file: says two are wanted"
expect_status "three files: exit 2" 2 "$MUWAZI" align "$AR" "$EN" "$EN"
expect_status "unknown option: exit 2" 2 "$MUWAZI" align --frobnicate "$AR" "$EN"
expect_status "unknown format: exit 2" 2 "$MUWAZI" align --format xml "$AR" "$EN"
grep -q "unknown format 'xml'" "$TMP/err" && ok "unknown format named" || notok "unknown format named"
expect_status "--format without value: exit 2" 2 "$MUWAZI" align "$AR" "$EN" --format
expect_status "both standard input: exit 2" 2 "$MUWAZI" align - -
expect_status "bad language code: exit 2" 2 "$MUWAZI" align --src-lang 'a r' "$AR" "$EN"
expect_status "-- ends options" 0 "$MUWAZI" align --lines -f vecalign -- "$AR" "$EN"

# Glossary
expect_status "missing glossary: exit 2" 2 "$MUWAZI" align --glossary "$TMP/nogloss" "$AR" "$EN"
grep -q "nogloss" "$TMP/err" && ok "missing glossary named" || notok "missing glossary named"
printf '# comment\n\331\203\331\204\331\205\330\251\tword\nno tab here\n' >"$TMP/gloss.tsv"
expect_status "malformed glossary: exit 1" 1 "$MUWAZI" align --glossary "$TMP/gloss.tsv" "$AR" "$EN"
grep -q "gloss.tsv:3" "$TMP/err" && ok "malformed glossary: file and line named" || notok "malformed glossary: file and line named"
# a glossary saved as "Unicode text" (UTF-16 with a byte-order mark) is named as such
printf '\377\376\103\006\104\006\t\000w\000\n\000' >"$TMP/gloss16.tsv"
expect_status "UTF-16 glossary: exit 1" 1 "$MUWAZI" align --glossary "$TMP/gloss16.tsv" "$AR" "$EN"
expect_eq "UTF-16 glossary: named, with how to convert it" "$(cat "$TMP/err")" \
	"muwazi: $TMP/gloss16.tsv:1: UTF-16 text (byte-order mark at byte 1), not UTF-8; convert it first: iconv -f UTF-16 -t UTF-8"
# invalid UTF-8 in a glossary: the byte counted from 1 in the file, as everywhere
printf '\331\203\331\204\331\205\330\251\tword\n\377\n' >"$TMP/gloss8.tsv"
expect_status "glossary with invalid UTF-8: exit 1" 1 "$MUWAZI" align --glossary "$TMP/gloss8.tsv" "$AR" "$EN"
expect_eq "glossary with invalid UTF-8: line and byte (from 1) named" "$(cat "$TMP/err")" \
	"muwazi: $TMP/gloss8.tsv:2: invalid UTF-8 at byte 15"
# a glossary kept in Windows-1256, as older Arabic newsroom files are: named, with the iconv
printf 'مجلس\tcouncil\nوزير الخارجية\tforeign minister\n' | iconv -f UTF-8 -t WINDOWS-1256 >"$TMP/gloss1256.tsv"
expect_status "Windows-1256 glossary: exit 1" 1 "$MUWAZI" align --glossary "$TMP/gloss1256.tsv" "$AR" "$EN"
expect_eq "Windows-1256 glossary: named, with how to convert it" "$(cat "$TMP/err")" \
	"muwazi: $TMP/gloss1256.tsv:1: invalid UTF-8 at byte 1; it looks like Windows-1256 (Arabic) text: convert it first: iconv -f WINDOWS-1256 -t UTF-8"
# a glossary whose lines end in CR alone (Excel's "CSV (Macintosh)"), a comment first:
# read as lines, as the same glossary with LF
printf '# terms\nمجلس\tcouncil\nوزير\tminister\n' >"$TMP/glosslf.tsv"
tr '\n' '\r' <"$TMP/glosslf.tsv" >"$TMP/glosscr.tsv"
expect_status "CR-only glossary: exit 0" 0 "$MUWAZI" align --no-dict --glossary "$TMP/glosscr.tsv" -f jsonl "$AR" "$EN"
"$MUWAZI" align --no-dict --glossary "$TMP/glosscr.tsv" -f jsonl "$AR" "$EN" >"$TMP/gcr.out" 2>&1
"$MUWAZI" align --no-dict --glossary "$TMP/glosslf.tsv" -f jsonl "$AR" "$EN" >"$TMP/glf.out" 2>&1
cmp -s "$TMP/gcr.out" "$TMP/glf.out" && ok "CR-only glossary: read as the LF one" ||
	notok "CR-only glossary: read as the LF one"
printf '# terms\rمجلس\tcouncil\tthird\r' >"$TMP/glossbad.tsv"
"$MUWAZI" align --glossary "$TMP/glossbad.tsv" "$AR" "$EN" >/dev/null 2>"$TMP/err"
grep -q "glossbad.tsv:2: expected two columns" "$TMP/err" && ok "CR-only glossary: a bad line named by its number" ||
	notok "CR-only glossary: a bad line named by its number"
printf '\331\203\331\204\331\205\330\251\tword\n' >"$TMP/good.tsv"
expect_status "good glossary, --no-dict: exit 0" 0 "$MUWAZI" align --no-dict --glossary "$TMP/good.tsv" -f vecalign --lines "$AR" "$EN"
covers "$TMP/out" "$(nlines "$AR")" "$(nlines "$EN")" && ok "with a glossary: every sentence in one bead" ||
	notok "with a glossary: every sentence in one bead"

# Output errors
expect_status "unwritable -o: exit 2" 2 "$MUWAZI" align --lines -o "$TMP/no/such/dir" "$AR" "$EN"
if [ -w /dev/full ]; then
	"$MUWAZI" align --lines -f jsonl "$AR" "$EN" >/dev/full 2>"$TMP/err"; rc=$?
	expect_eq "full disk: exit 2" "$rc" 2
	grep -q "write error" "$TMP/err" && ok "full disk: write error reported" || notok "full disk: write error reported"
	expect_eq "full disk: reported once" "$(grep -c "write error" "$TMP/err")" 1
	for f in text tsv tmx side; do
		"$MUWAZI" align -f $f "$AR" "$EN" >/dev/full 2>"$TMP/err"; rc=$?
		expect_eq "full disk, -f $f: exit 2, one message" "$rc $(grep -c "write error" "$TMP/err")" "2 1"
	done
else
	skip "no /dev/full"
fi
