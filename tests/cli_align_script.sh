# cli_align_script.sh - muwazi align tells Arabic from Latin by script on long
# inputs too (read in samples past 128 KB): both orders, a long file whose
# only letters sit between the samples, and --src-lang/--tgt-lang overriding;
# the same beads on one processor as on several.
. "$TESTS_DIR/lib.sh" || exit 1

CORP=$ROOT_DIR/corpora
AR=$CORP/article.ar.lines EN=$CORP/article.en.lines
# About 400 KB a side: the sample article over and over.
for k in $(seq 1 60); do cat "$AR"; done >"$TMP/big.ar"
for k in $(seq 1 60); do cat "$EN"; done >"$TMP/big.en"
[ "$(wc -c <"$TMP/big.ar")" -gt 200000 ] && ok "long inputs made (over 200 KB)" || notok "long inputs made (over 200 KB)"

langs() { # langs OUT.tmx: "srclang tgtlang" from the TMX
	sed -n 's/.*srclang="\([^"]*\)".*/\1/p' "$1" | head -n 1 | tr '\n' ' '
	grep -o '<tuv xml:lang="[^"]*"' "$1" | sed -n 2p | sed 's/.*="\(.*\)"/\1/'
}
"$MUWAZI" align --lines --no-dict -q -f tmx "$TMP/big.ar" "$TMP/big.en" >"$TMP/ae.tmx"
expect_eq "long Arabic then English: ar and en" "$(langs "$TMP/ae.tmx")" "ar en"
"$MUWAZI" align --lines --no-dict -q -f tmx "$TMP/big.en" "$TMP/big.ar" >"$TMP/ea.tmx"
expect_eq "long English then Arabic: en and ar" "$(langs "$TMP/ea.tmx")" "en ar"

# 300 KB of digits and punctuation, and one Arabic word in a gap between
# samples: the samples hold no letter, so every byte is read.
awk 'BEGIN { for (i = 0; i < 15000; i++) { printf "12345, 67890. "; if (i == 7001) printf "\xd9\x83\xd8\xaa\xd8\xa7\xd8\xa8 "; } print "" }' >"$TMP/digits.ar"
printf 'A book.\n' >"$TMP/one.en"
# (300 KB against 7 characters are no pair: each is a unit of its own, kept
# with --keep-empty, so that both languages show.)
"$MUWAZI" align --lines --no-dict -q --keep-empty -f tmx "$TMP/digits.ar" "$TMP/one.en" >"$TMP/d.tmx"
expect_eq "a long text whose one word is Arabic is Arabic" \
	"$(sed -n 's/.*srclang="\([^"]*\)".*/\1/p' "$TMP/d.tmx") $(grep -o '<tuv xml:lang="[^"]*"' "$TMP/d.tmx" | sort -u | sed 's/.*="\(.*\)"/\1/' | tr '\n' ' ')" "ar ar en "

# No letters at all: the other language of the pair.
awk 'BEGIN { for (i = 0; i < 15000; i++) printf "12345, 67890. "; print "" }' >"$TMP/digits"
"$MUWAZI" align --lines --no-dict -q -f tmx "$TMP/digits" "$TMP/big.ar" >"$TMP/n.tmx"
expect_eq "a long text with no letters facing Arabic is English" \
	"$(sed -n 's/.*srclang="\([^"]*\)".*/\1/p' "$TMP/n.tmx")" "en"

# Fully vocalised Arabic (a haraka after every letter: as many marks as
# letters), and Arabic whose marks are mostly Arabic-Indic digits and
# Arabic punctuation: both are Arabic, and the vocalised text aligns with
# the same beads as the bare one (the marks once counted as another script's
# letters, which took the dictionary away).
perl -CSD -pe 's/([\x{0621}-\x{064A}])/$1\x{064E}/g' "$AR" >"$TMP/voc.ar"
"$MUWAZI" align --lines -q -f tmx "$TMP/voc.ar" "$EN" >"$TMP/v.tmx"
expect_eq "fully vocalised Arabic is Arabic" "$(langs "$TMP/v.tmx")" "ar en"
"$MUWAZI" align --lines -q -f vecalign "$TMP/voc.ar" "$EN" | cut -d: -f1,2 >"$TMP/v.beads"
"$MUWAZI" align --lines -q -f vecalign "$AR" "$EN" | cut -d: -f1,2 >"$TMP/b.beads"
cmp -s "$TMP/v.beads" "$TMP/b.beads" && ok "fully vocalised Arabic: the beads of the bare text" ||
	notok "fully vocalised Arabic: the beads of the bare text"
printf '\330\247\331\204\331\206\330\252\331\212\330\254\330\251 \331\243-\331\241 \330\214 \331\242-\331\242 \330\237 \331\241\331\242\331\243\331\244\331\245\331\246\331\247\331\250\331\251 \331\251\331\250\331\247\331\246\331\245\331\244\331\243\331\242\331\241.\n' >"$TMP/digits2.ar"
printf 'The result 3-1, 2-2? 123456789 987654321.\n' >"$TMP/digits2.en"
"$MUWAZI" align --lines --no-dict -q -f tmx "$TMP/digits2.ar" "$TMP/digits2.en" >"$TMP/d2.tmx"
expect_eq "Arabic with more Arabic-Indic digits than letters is Arabic" "$(langs "$TMP/d2.tmx")" "ar en"

# The options win over the script.
"$MUWAZI" align --lines --no-dict -q -f tmx --src-lang fr --tgt-lang ar "$TMP/big.en" "$TMP/big.ar" >"$TMP/o.tmx"
expect_eq "--src-lang and --tgt-lang override the script" "$(langs "$TMP/o.tmx")" "fr ar"

# Same beads whether the text is a file or a pipe (read in one piece or not).
"$MUWAZI" align --lines --no-dict -q -f vecalign "$TMP/big.ar" "$TMP/big.en" >"$TMP/f.v"
cat "$TMP/big.ar" | "$MUWAZI" align --lines --no-dict -q -f vecalign - "$TMP/big.en" >"$TMP/p.v"
cmp -s "$TMP/f.v" "$TMP/p.v" && ok "standard input and a file give the same beads" ||
	notok "standard input and a file give the same beads"

# One processor (taskset) or two: the threads change the time, never the beads.
if command -v taskset >/dev/null 2>&1 && taskset -c 0 true 2>/dev/null; then
	"$MUWAZI" align --lines -q -f vecalign "$TMP/big.ar" "$TMP/big.en" >"$TMP/t2.v"
	taskset -c 0 "$MUWAZI" align --lines -q -f vecalign "$TMP/big.ar" "$TMP/big.en" >"$TMP/t1.v"
	[ -s "$TMP/t1.v" ] && cmp -s "$TMP/t1.v" "$TMP/t2.v" && ok "one processor or all: the same beads" ||
		notok "one processor or all: the same beads"
else
	skip "taskset not available"
fi
