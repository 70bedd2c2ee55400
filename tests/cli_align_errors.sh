# cli_align_errors.sh - bench/align_errors.sh sorts wrong beads by kind: a constructed gold and
# output pair with mistakes of each kind, and its usage errors.
. "$TESTS_DIR/lib.sh"
S=$ROOT_DIR/bench/align_errors.sh
mkdir -p "$TMP/k/set"
printf 's%d\n' 0 1 2 3 4 5 6 7 8 9 10 11 >"$TMP/k/set/001.src"
printf 't%d\n' 0 1 2 3 4 5 6 7 8 9 10 >"$TMP/k/set/001.tgt"
# Gold: source 2 and target 2 left out next to each other; source 5 left out; 6 and 7
# merged into target 5.
cat >"$TMP/k/set/001.gold" <<'G'
[0]:[0]
[1]:[1]
[2]:[]
[]:[2]
[3]:[3]
[4]:[4]
[5]:[]
[6, 7]:[5]
[8]:[6]
[9]:[7, 8]
[10]:[9]
[11]:[10]
G
# Output: the two left-out sentences paired (drops-as-1-1); source 5 in a 2-1 bead
# (drop-taken); [6]:[5] against the gold's 2-1 (n-m); 7, target 9 and 11 left out
# (drop-made, 3); 10 paired with the wrong 1-1 partner (1-1-shift).
cat >"$TMP/k/set/001.test" <<'T'
[0]:[0]:0.9
[1]:[1]:0.9
[2]:[2]:0.3
[3]:[3]:0.9
[4, 5]:[4]:0.5
[6]:[5]:0.6
[7]:[]:0.2
[8]:[6]:0.9
[9]:[7, 8]:0.8
[]:[9]:0.1
[10]:[10]:0.4
[11]:[]:0.1
T
out=$(bash "$S" "$TMP/k/set" 2>"$TMP/err" | tail -n 1)
expect_eq "align_errors: counts by kind" "$(echo $out)" "k/set 12 7 1 1 3 1 1"
out=$(bash "$S" -v "$TMP/k/set" 2>&1)
expect_eq "align_errors -v: names the paired drops and their sentences" \
	"$(grep -c -e '\[2\]:\[2\]$' -e 'src: s2$' -e 'tgt: t2$' <<<"$out")" 3
expect_status "align_errors: no directory given is a usage error" 2 bash "$S"
mkdir -p "$TMP/empty"
expect_status "align_errors: a directory without gold files" 2 bash "$S" "$TMP/empty"
