# cli_mkedits.sh - the edit generator used by the alignment tests and bench (build/tests/mkedits):
# deterministic, gold alignments that cover both edited sides, each edit kind, --concat, --size.
. "$TESTS_DIR/lib.sh"
MK=$TESTBIN/mkedits
[ -x "$MK" ] || { notok "mkedits built in $TESTBIN"; exit 0; }
# Fourteen lines of each sample article serve as a line-parallel pair: the generator
# only counts lines and looks for clause boundaries, it does not read the words.
head -n 14 "$ROOT_DIR/corpora/article.ar.lines" >"$TMP/p.ar"
head -n 14 "$ROOT_DIR/corpora/article.en.lines" >"$TMP/p.en"
NONE="--merge 0 --merge3 0 --split 0 --drop-tgt 0 --drop-src 0 --merge-src 0 --split-src 0"

# covers GOLD SRC TGT: every line of SRC and TGT in exactly one bead, in order.
covers() {
	awk -v ns="$(wc -l <"$2")" -v nt="$(wc -l <"$3")" '
	{ split($0, f, ":"); for (k = 1; k <= 2; k++) { s = f[k]; gsub(/[][ ]/, "", s)
	    n = s == "" ? 0 : split(s, a, ","); for (i = 1; i <= n; i++) if (a[i] != next_[k]++) bad = 1 } }
	END { exit !(!bad && next_[1] == ns && next_[2] == nt) }' "$1"
}

out=$("$MK" $NONE -o "$TMP/id" "$TMP/p.ar" "$TMP/p.en")
expect_eq "no edits: the pair as it is" "$out" "src 14 tgt 14 beads 14: 1-1 14"
cmp -s "$TMP/id.tgt" "$TMP/p.en" && ok "no edits: target unchanged" || notok "no edits: target unchanged"
[ "$(sed -n 3p "$TMP/id.gold")" = "[2]:[2]" ] && ok "no edits: 1-1 gold" || notok "no edits: 1-1 gold"

"$MK" --seed 4 -o "$TMP/a" "$TMP/p.ar" "$TMP/p.en" >"$TMP/a.sum"
"$MK" --seed 4 -o "$TMP/b" "$TMP/p.ar" "$TMP/p.en" >"$TMP/b.sum"
cmp -s "$TMP/a.tgt" "$TMP/b.tgt" && cmp -s "$TMP/a.gold" "$TMP/b.gold" && ok "same seed, same output" \
	|| notok "same seed, same output"

for kind in "merge 2-1" "merge3 3-1" "split 1-2" "drop-tgt 1-0" "drop-src 0-1" "merge-src 1-2" "split-src 2-1"; do
	set -- $kind
	"$MK" --seed 2 $NONE --"$1" 0.5 -o "$TMP/k" "$TMP/p.ar" "$TMP/p.en" >"$TMP/k.sum"
	grep -q " $2 " "$TMP/k.sum" && ok "--$1 makes $2 beads" || notok "--$1 makes $2 beads ($(cat "$TMP/k.sum"))"
	covers "$TMP/k.gold" "$TMP/k.src" "$TMP/k.tgt" && ok "--$1: gold covers both sides in order" \
		|| notok "--$1: gold covers both sides in order"
done
"$MK" --seed 2 $NONE --split 1 -o "$TMP/s" "$TMP/p.ar" "$TMP/p.en" >/dev/null
grep -qx "He urged citizens to report any suspicious activity." "$TMP/s.tgt" &&
	grep -qx "Stressing that vigilance and caution were a national duty at this stage." "$TMP/s.tgt" &&
	ok "split at a clause boundary near the middle" || notok "split at a clause boundary near the middle"
"$MK" --seed 2 $NONE --merge 1 -o "$TMP/m" "$TMP/p.ar" "$TMP/p.en" >/dev/null
grep -q "(ISIS) group; he also directed" "$TMP/m.tgt" && ok "merge turns the full stop into a semicolon" \
	|| notok "merge turns the full stop into a semicolon"

out=$("$MK" --seed 1 $NONE --concat -o "$TMP/c" "$TMP/p.ar" "$TMP/p.en" "$TMP/p.ar" "$TMP/p.en")
expect_eq "--concat: documents back to back" "$out" "src 28 tgt 28 beads 28: 1-1 28"
[ "$(tail -n 1 "$TMP/c.gold")" = "[27]:[27]" ] && ok "--concat: indices run on" || notok "--concat: indices run on"
out=$("$MK" --seed 1 --size 100 -o "$TMP/z" "$TMP/p.ar" "$TMP/p.en" | cut -d' ' -f1-2)
expect_eq "--size: stops at 100 source sentences" "$out" "src 100"
covers "$TMP/z.gold" "$TMP/z.src" "$TMP/z.tgt" && ok "--size: gold covers both sides" || notok "--size: gold covers both sides"
head -n 3 "$TMP/p.en" >"$TMP/short.en"
expect_status "pairs of unequal length rejected" 1 "$MK" -o "$TMP/x" "$TMP/p.ar" "$TMP/short.en"
expect_status "rates above 1 in all rejected" 2 "$MK" --merge 0.6 --split 0.6 -o "$TMP/x" "$TMP/p.ar" "$TMP/p.en"
