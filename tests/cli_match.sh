# cli_match.sh - `muwazi match` and `muwazi key`: output format, verdicts,
# the threshold, malformed lines (reported, skipped, exit 1), stdin, keys.
. "$TESTS_DIR/lib.sh"
G=$ROOT_DIR/tests/golden/names

expect_golden "match: golden pairs" "$G/pairs.out" "$MUWAZI" match "$G/pairs.tsv"
expect_status "match: clean file exits 0" 0 "$MUWAZI" match "$G/pairs.tsv"
out=$("$MUWAZI" match < "$G/pairs.tsv")
expect_eq "match: stdin gives the same" "$out" "$(cat "$G/pairs.out")"
out=$("$MUWAZI" match - < "$G/pairs.tsv")
expect_eq "match: '-' is stdin" "$out" "$(cat "$G/pairs.out")"

# every output line: A TAB B TAB score with three decimals TAB same|different
bad=$(awk -F'\t' 'NF != 4 || $3 !~ /^[01]\.[0-9][0-9][0-9]$/ || ($4 != "same" && $4 != "different")' "$G/pairs.out" | wc -l)
expect_eq "match: four fields, three decimals, verdict" "$bad" "0"

v=$(printf 'Hussein\tHassan\n' | "$MUWAZI" match | cut -f4)
expect_eq "match: Hussein/Hassan are different" "$v" "different"
v=$(printf 'Gaddafi\tالقذافي\n' | "$MUWAZI" match | cut -f4)
expect_eq "match: Gaddafi/القذافي are the same" "$v" "same"
v=$(printf 'Hussein\tHassan\n' | "$MUWAZI" match --threshold 0 | cut -f4)
expect_eq "match: --threshold 0 says same" "$v" "same"
v=$(printf 'Gaddafi\tGaddafi\n' | "$MUWAZI" match --threshold=1 | cut -f3,4)
expect_eq "match: --threshold=1 and identical names" "$v" "1.000	same"
expect_status "match: --threshold nan refused" 2 "$MUWAZI" match --threshold nan /dev/null
expect_status "match: bad threshold is a usage error" 2 "$MUWAZI" match --threshold 2 "$G/pairs.tsv"
expect_status "match: threshold without value" 2 "$MUWAZI" match --threshold
expect_status "match: unknown option" 2 "$MUWAZI" match --frob
expect_status "match: missing file is an I/O error" 2 "$MUWAZI" match "$TMP/nonexistent"
expect_status "match: --help" 0 "$MUWAZI" match --help
grep -q "usage: muwazi match" "$TMP/out" && ok "match: help text" || notok "match: help text"

# malformed lines: reported with the line number, skipped, the rest answered, exit 1
printf 'Ali\tعلي\nno tab here\nAli\tAli\tAli\nOmar\t\xff\xfeOmar\n\nOmar\tUmar\r\nlast\tline' > "$TMP/bad.tsv"
"$MUWAZI" match "$TMP/bad.tsv" > "$TMP/o" 2> "$TMP/e"; rc=$?
expect_eq "match: malformed lines exit 1" "$rc" "1"
expect_eq "match: good lines still answered" "$(cut -f1,2 "$TMP/o" | tr '\t' '|' | tr '\n' ' ')" "Ali|علي Omar|Umar last|line "
grep -q "^muwazi: $TMP/bad.tsv: line 2: .*no tab" "$TMP/e" && ok "match: no tab reported at line 2" || notok "match: no tab reported at line 2"
grep -q "^muwazi: $TMP/bad.tsv: line 3: .*more than two fields" "$TMP/e" && ok "match: three fields reported at line 3" || notok "match: three fields reported at line 3"
grep -q "^muwazi: $TMP/bad.tsv: invalid UTF-8 at line 4, byte 41$" "$TMP/e" && ok "match: invalid UTF-8 reported at line 4, byte 41 of the file" || notok "match: invalid UTF-8 reported at line 4, byte 41 of the file"
expect_eq "match: three messages, blank line silent" "$(wc -l < "$TMP/e")" "3"
printf 'Ali\tAli\n' | "$MUWAZI" match > /dev/null 2> "$TMP/e2"
expect_eq "match: nothing on stderr for good input" "$(wc -c < "$TMP/e2")" "0"
expect_eq "match: empty input, empty output" "$(printf '' | "$MUWAZI" match | wc -c)" "0"

# key
out=$("$MUWAZI" key Gaddafi Qadhafi القذافي Gathafi | sort -u)
expect_eq "key: spellings of Gaddafi share one key" "$out" "KDF"
expect_eq "key: one line per name" "$("$MUWAZI" key "Hamid Karzai" "حامد کرزی" | wc -l)" "2"
expect_eq "key: Persian and Latin agree" "$("$MUWAZI" key "Hamid Karzai" "حامد کرزی" | sort -u)" "HMD KRD"
expect_status "key: no name is a usage error" 2 "$MUWAZI" key
expect_status "key: --help" 0 "$MUWAZI" key --help
expect_status "key: invalid UTF-8 exits 1" 1 "$MUWAZI" key "$(printf 'a\xffb')"
# input whose lines end in CR alone (classic Mac OS): read as lines
printf 'Sadr\tالصدر\rNuman\tالنعمان\r' >"$TMP/cr.tsv"
printf 'Sadr\tالصدر\nNuman\tالنعمان\n' >"$TMP/lf.tsv"
expect_eq "match: CR line ends read as lines" "$("$MUWAZI" match "$TMP/cr.tsv" 2>&1)" "$("$MUWAZI" match "$TMP/lf.tsv" 2>&1)"
expect_eq "match: CR line ends: two answers" "$("$MUWAZI" match "$TMP/cr.tsv" | wc -l)" 2
# a final alef maqsura is read as -a (مصطفى) or as the yeh Egyptian papers write with it
# (على for علي, المالكى for المالكي): the same name either way
printf 'علي خامنئي\tعلى خامنئى\nنورى المالكى\tNouri al-Maliki\nمصطفى\tMustafa\nعلى خامنئى\tAli Khamenei\n' >"$TMP/maqsura.tsv"
expect_eq "a final alef maqsura: -a or -i" "$("$MUWAZI" match "$TMP/maqsura.tsv" | cut -f4 | sort | uniq -c | tr -s ' ')" " 4 same"
# Arabizi: digits for letters inside a Latin word (7 h, 5 kh, 9 s, 3 ʿayn, 2 hamza)
printf '7assan\tحسن\n5aled\tKhaled\n9aleh\tصالح\nMo7amed\tمحمد\n3ali\tعلي\n' >"$TMP/arabizi.tsv"
expect_eq "Arabizi digits read as letters" "$("$MUWAZI" match "$TMP/arabizi.tsv" | cut -f4 | sort | uniq -c | tr -s ' ')" " 5 same"
expect_eq "Arabizi: the key of 7assan is that of حسن" "$("$MUWAZI" key 7assan | cut -f2)" "$("$MUWAZI" key حسن | cut -f2)"
# a name past what the matcher compares (16 words, 40 letters a word) is said, once a file
python3 -c "print('Ali '*16+'Hassan\tAli '*1+'Hussein'); print('Ali '*16+'Hassan\t'+'Ali '*16+'Hussein')" >"$TMP/long.tsv" 2>/dev/null ||
	printf 'Ali Ali Ali Ali Ali Ali Ali Ali Ali Ali Ali Ali Ali Ali Ali Ali Hassan\tHussein\n' >"$TMP/long.tsv"
"$MUWAZI" match "$TMP/long.tsv" >/dev/null 2>"$TMP/err"
expect_eq "a name of 17 words: said once" "$(grep -c 'long.tsv: line 1: a name of more than 16 words' "$TMP/err"):$(wc -l <"$TMP/err")" "1:1"
