# cli_norm.sh - `muwazi norm`: profiles against golden files, line handling,
# invalid UTF-8 messages and exit codes, lossy mode, long lines, stdin.
. "$TESTS_DIR/lib.sh"
G=$ROOT_DIR/tests/golden/norm

expect_status "norm --help exits 0" 0 "$MUWAZI" norm --help
grep -q "usage: muwazi norm" "$TMP/out" && ok "norm --help on stdout" || notok "norm --help on stdout"
expect_status "unknown option is a usage error" 2 "$MUWAZI" norm --frob
expect_status "bad profile is a usage error" 2 "$MUWAZI" norm --profile loud
expect_golden "match profile (golden)" "$G/mixed.match" "$MUWAZI" norm --profile match "$G/mixed.txt"
expect_golden "--profile=match form" "$G/mixed.match" "$MUWAZI" norm --profile=match "$G/mixed.txt"
expect_golden "display profile is the default (golden)" "$G/mixed.display" "$MUWAZI" norm "$G/mixed.txt"
expect_golden "stdin as -" "$G/mixed.match" "$MUWAZI" norm --profile match - <"$G/mixed.txt"
expect_golden "stdin when no file" "$G/mixed.match" "$MUWAZI" norm --profile match <"$G/mixed.txt"
expect_eq "line count kept" "$(wc -l <"$G/mixed.match")" "$(wc -l <"$G/mixed.txt")"
expect_eq "last line without newline stays without" "$(tail -c 1 "$G/mixed.match" | od -An -c | tr -d ' ')" "e"

: >"$TMP/empty"
"$MUWAZI" norm --profile match "$TMP/empty" >"$TMP/o"; rc=$?
expect_eq "empty input gives empty output, exit 0" "$rc:$(wc -c <"$TMP/o")" "0:0"
printf '\n\n  \n' >"$TMP/blank"
"$MUWAZI" norm --profile match "$TMP/blank" >"$TMP/o"
expect_eq "blank lines kept as empty lines" "$(od -An -c "$TMP/o" | tr -d ' ')" '\n\n\n'
printf 'a\r\nb' | "$MUWAZI" norm >"$TMP/o"
expect_eq "CRLF: carriage return removed by display" "$(od -An -c "$TMP/o" | tr -d ' ')" 'a\nb'

expect_status "invalid UTF-8 exits 1" 1 "$MUWAZI" norm "$G/bad.txt"
expect_eq "invalid UTF-8 message" "$(cat "$TMP/err")" "muwazi: $G/bad.txt: invalid UTF-8 at line 2, byte 22"
expect_eq "lines before the bad one are written" "$(cat "$TMP/out")" "good line"
printf 'x\n' >"$TMP/good"
expect_status "bad file then good file: exit 1" 1 "$MUWAZI" norm "$G/bad.txt" "$TMP/good"
expect_eq "the next file is still done" "$(tail -n 1 "$TMP/out")" "x"
printf '\xe2\x80' | "$MUWAZI" norm >/dev/null 2>"$TMP/err"
expect_eq "truncated at end of stdin" "$(cat "$TMP/err")" "muwazi: <stdin>: invalid UTF-8 at line 1, byte 1"
printf '\xc0\xafabc' | "$MUWAZI" norm >/dev/null 2>"$TMP/err"
expect_eq "overlong at start" "$(cat "$TMP/err")" "muwazi: <stdin>: invalid UTF-8 at line 1, byte 1"
printf 'ab\ncd\xed\xa0\x80' | "$MUWAZI" norm >/dev/null 2>"$TMP/err"
expect_eq "surrogate at end of line 2" "$(cat "$TMP/err")" "muwazi: <stdin>: invalid UTF-8 at line 2, byte 6"
expect_golden "lossy replaces bad sequences (golden)" "$G/bad.lossy.match" "$MUWAZI" norm --lossy --profile match "$G/bad.txt"
expect_status "lossy exits 0" 0 "$MUWAZI" norm --lossy "$G/bad.txt"

expect_status "missing file exits 2" 2 "$MUWAZI" norm "$TMP/nonexistent"
expect_eq "missing file message" "$(cat "$TMP/err")" "muwazi: $TMP/nonexistent: No such file or directory"
expect_status "missing file then good file: exit 2" 2 "$MUWAZI" norm "$TMP/nonexistent" "$TMP/good"
expect_eq "good file after a missing one is done" "$(cat "$TMP/out")" "x"

# One line of 3 MB, normalised in pieces: same as its short lines joined.
awk 'BEGIN { for (i = 0; i < 60000; i++) printf "Ṣabāḥ  مُقتدى\xc2\xa0الصدر—x "; printf "\n" }' >"$TMP/long"
"$MUWAZI" norm --profile match "$TMP/long" >"$TMP/o"; rc=$?
want=$(printf 'sabah مقتدي الصدر-x')
awk -v w="$want" 'BEGIN { for (i = 0; i < 60000; i++) printf "%s%s", (i ? " " : ""), w; printf "\n" }' >"$TMP/want"
if [ "$rc" -eq 0 ] && cmp -s "$TMP/o" "$TMP/want"; then ok "a 3 MB line, cut in pieces, comes out as one"; else notok "a 3 MB line, cut in pieces, comes out as one"; fi
awk 'BEGIN { for (i = 0; i < 400000; i++) printf "\xd8\xb3\xd9\x84\xd8\xa7\xd9\x85"; printf "\n" }' >"$TMP/long2"
"$MUWAZI" norm --profile match "$TMP/long2" >"$TMP/o"; rc=$?
expect_eq "a 3 MB line without ASCII, cut at character boundaries, loses nothing" "$rc:$(cmp -s "$TMP/o" "$TMP/long2" && echo same)" "0:same"
# a file of CR lines (classic Mac OS): a line each, written with LF, no words glued; errors
# give the CR line
expect_eq "norm: CR lines" "$(printf 'first line\rsecond line\rthird\r' | "$MUWAZI" norm | tr '\n' '|')" "first line|second line|third|"
printf 'one.\rtwo.\rthree.\rfour.\rfi\377ve.\r' >"$TMP/crbad.txt"
"$MUWAZI" norm "$TMP/crbad.txt" >/dev/null 2>"$TMP/err"
expect_eq "norm: invalid UTF-8 in a file of CR lines, its line named" "$?:$(grep -c 'crbad.txt: invalid UTF-8 at line 5, byte 26' "$TMP/err")" "1:1"
