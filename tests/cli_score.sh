# cli_score.sh - `muwazi score`: strict/lax precision, recall, F1 against hand-counted numbers.
. "$TESTS_DIR/lib.sh"
D=$ROOT_DIR/tests/golden/score
HDR=$'file\tstrict_P\tstrict_R\tstrict_F1\tlax_P\tlax_R\tlax_F1'

# gold.va: [0]:[0] [1,2]:[1] [3]:[] [4]:[2,3] [5]:[4]. test1.va, counted by hand:
# precision, 6 test beads: strict hits [0]:[0] [5]:[4]; lax hits also [1]:[1] (1 -> gold 1)
#   and [4]:[3] (4 -> gold 2,3); [2]:[] and [3]:[2] miss (no target, gold 3 has none).
# recall, 4 gold beads without 1-0/0-1: strict 2, lax 4 ([1,2]:[1] meets [1]:[1], [4]:[2,3] meets [4]:[3]).
# strict P 2/6 R 2/4 F1 0.4; lax P 4/6 R 4/4 F1 0.8.
out=$("$MUWAZI" score "$D/gold.va" "$D/test1.va")
expect_eq "one test file: header and hand-counted figures" "$out" \
	"$HDR"$'\n'"$D/test1.va"$'\t0.3333\t0.5000\t0.4000\t0.6667\t1.0000\t0.8000'

# test2.va is the gold with spaces, CRLF, scores, a comment, a blank line, a duplicate
# bead (counts once) and an empty one (ignored): a perfect score.
# total = the counts of both: strict P 7/11 R 6/8 F1 42/61; lax P 9/11 R 8/8 F1 0.9.
out=$("$MUWAZI" score "$D/gold.va" "$D/test1.va" "$D/test2.va")
expect_eq "two test files and a micro-averaged total" "$out" \
	"$HDR"$'\n'"$D/test1.va"$'\t0.3333\t0.5000\t0.4000\t0.6667\t1.0000\t0.8000\n'"$D/test2.va"$'\t1.0000\t1.0000\t1.0000\t1.0000\t1.0000\t1.0000\ntotal\t0.6364\t0.7500\t0.6885\t0.8182\t1.0000\t0.9000'

# --pairs: document 1 is (gold, test1), document 2 the sample article against itself.
out=$("$MUWAZI" score --pairs "$D/gold.va" "$D/test1.va" "$ROOT_DIR/corpora/article.gold" "$ROOT_DIR/corpora/article.gold" | tail -n 1)
# strict P (2+23)/(6+23) R (2+22)/(4+22); lax P (4+23)/29 R 26/26
expect_eq "--pairs total over documents" "$out" $'total\t0.8621\t0.9231\t0.8915\t0.9310\t1.0000\t0.9643'

# 1-0 and 0-1 beads count for precision only; a test that only differs there keeps recall 1.
printf '[0]:[0]\n[1]:[]\n[]:[1]\n[2]:[2]\n' > "$TMP/g"
printf '[0]:[0]\n[1]:[1]\n[2]:[2]\n' > "$TMP/t"
out=$("$MUWAZI" score "$TMP/g" "$TMP/t" | tail -n 1)
expect_eq "null beads: precision side only" "$out" "$TMP/t"$'\t0.6667\t1.0000\t0.8000\t0.6667\t1.0000\t0.8000'
out=$("$MUWAZI" score "$TMP/t" "$TMP/g" | tail -n 1)
expect_eq "null beads in the test are false positives" "$out" "$TMP/g"$'\t0.5000\t0.6667\t0.5714\t0.5000\t0.6667\t0.5714'

# Bad input: every malformed line named with file and line number, exit 1, no scores.
expect_status "malformed test file exits 1" 1 "$MUWAZI" score "$D/gold.va" "$D/bad.va"
for l in 4 5 6 7; do  # 5: a negative index
	grep -q "^muwazi: $D/bad.va:$l: malformed bead" "$TMP/err" && ok "malformed line $l reported" \
		|| notok "malformed line $l reported"
done
[ "$(grep -c malformed "$TMP/err")" -eq 4 ] && ok "well-formed lines not reported" || notok "well-formed lines not reported"
[ ! -s "$TMP/out" ] && ok "no scores for a malformed file" || notok "no scores for a malformed file"
expect_status "malformed gold exits 1" 1 "$MUWAZI" score "$D/bad.va" "$D/test1.va"
grep -q "bad.va:4:" "$TMP/err" && ok "malformed gold line named" || notok "malformed gold line named"
expect_status "good files still scored next to a bad one" 1 "$MUWAZI" score "$D/gold.va" "$D/bad.va" "$D/test1.va"
grep -q "test1.va" "$TMP/out" && ok "good file scored" || notok "good file scored"
printf '\x00\x01\xff[0]:[0]\n' > "$TMP/bin"
expect_status "binary file exits 1" 1 "$MUWAZI" score "$D/gold.va" "$TMP/bin"
printf '[0]:[99999999999999999999999]\n' > "$TMP/big"
expect_status "index overflow is malformed" 1 "$MUWAZI" score "$D/gold.va" "$TMP/big"

# Usage and I/O.
expect_status "missing file exits 2" 2 "$MUWAZI" score "$D/gold.va" "$TMP/nonexistent"
grep -q "nonexistent" "$TMP/err" && ok "missing file named" || notok "missing file named"
expect_status "one argument is a usage error" 2 "$MUWAZI" score "$D/gold.va"
expect_status "--pairs with an odd count is a usage error" 2 "$MUWAZI" score --pairs "$D/gold.va" "$D/test1.va" "$D/gold.va"
expect_status "unknown option is a usage error" 2 "$MUWAZI" score --frob "$D/gold.va" "$D/test1.va"
expect_status "--help exits 0" 0 "$MUWAZI" score --help
grep -q "usage: muwazi score" "$TMP/out" && ok "--help on stdout" || notok "--help on stdout"
out=$(printf '[0]:[0]\n[1, 2]:[1]\n[3]:[]\n[4]:[2, 3]\n[5]:[4]\n' | "$MUWAZI" score "$D/gold.va" - | tail -n 1)
expect_eq "test from stdin" "$out" $'-\t1.0000\t1.0000\t1.0000\t1.0000\t1.0000\t1.0000'
# a file whose lines end in CR alone (classic Mac OS), a comment first: read as lines
tr '\n' '\r' <"$D/gold.va" >"$TMP/cr.va"
{ printf '# gold\r'; cat "$TMP/cr.va"; } >"$TMP/crc.va"
expect_eq "CR line ends: read as lines" "$("$MUWAZI" score "$TMP/crc.va" "$TMP/cr.va" 2>&1 | tail -n 1 | cut -f 2-)" \
	"$("$MUWAZI" score "$D/gold.va" "$D/gold.va" | tail -n 1 | cut -f 2-)"
printf '# gold\r[0]:[0]\r[1]:[1\r' >"$TMP/crbad.va"
"$MUWAZI" score "$TMP/crbad.va" "$TMP/crbad.va" >/dev/null 2>"$TMP/err"
grep -q "crbad.va:3: malformed bead" "$TMP/err" && ok "CR line ends: a bad line named by its number" ||
	notok "CR line ends: a bad line named by its number"
