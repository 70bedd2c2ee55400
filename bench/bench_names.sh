# bench_names.sh - name matching: accuracy on the dev data (AUC, best F1,
# lookup right-one-first) and `muwazi match` throughput on a large file of pairs.
set -u
D=${SHARED_DIR:-/nonexistent}/data/names
G=$D/google-transliteration-ar2en
W=$D/netransliteration-wd-arabic/data
EVAL=$BENCHBIN/names_eval
FULL=$ROOT_DIR/corpora/names-eval-full.tsv
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

echo "-- accuracy on our own full-name variant lists ($FULL)"
"$EVAL" --full "$FULL"
echo "-- accuracy on our own surname spelling lists (the first: one surname's thirty spellings)"
"$EVAL" --groups "$ROOT_DIR/corpora/names-eval-surnames.tsv"
if [ -d "$D" ]; then
	echo "-- accuracy on the dev data (silver): Google ar2en eval split, Wikidata 20% split"
	"$EVAL" --google "$G/ar2en-eval.txt" --wd "$W/wd_arabic_20"
else
	echo "skip - dev data: $D is absent"
fi

# Throughput: a million pairs built by repeating the dev pairs (or our lists).
{
	if [ -d "$D" ]; then
		cut -f1,2 "$G/ar2en.txt"
		awk -F'\t' '$3 >= 2 { gsub(/ /, "", $2); print $2 "\t" $1 }' "$W/wd_arabic_80"
	fi
	grep -v '^#' "$FULL" | awk -F'\t' '{ n = split($2, a, "|"); for (i = 1; i <= n; i++) print $1 "\t" a[i] }'
} > "$tmp/base.tsv"
grep -v '^#' "$FULL" | awk -F'\t' '{ n = split($2, a, "|"); for (i = 1; i <= n; i++) print $1 "\t" a[i] }' > "$tmp/full.tsv"
rate() { # FILE LABEL: pairs per second of wall time and of CPU time (one core)
	local n t
	n=$(wc -l < "$1")
	t=$( { TIMEFORMAT='%R %U %S'; time "$MUWAZI" match "$1" > /dev/null; } 2>&1 | tail -n 1)
	set -- "$1" "$2" $t
	awk -v n="$n" -v w="$3" -v u="$4" -v s="$5" -v l="$2" 'BEGIN {
		printf "match throughput, %s: %d pairs, %.2f s wall = %.0f pairs/s; %.2f s CPU = %.0f pairs/s\n",
		       l, n, w, n / w, u + s, n / (u + s) }'
}
awk '{ a[NR] = $0 } END { for (i = 0; i < 1000000; i++) print a[i % NR + 1] }' "$tmp/base.tsv" > "$tmp/big.tsv"
rate "$tmp/big.tsv" "dev words and full names"
awk '{ a[NR] = $0 } END { for (i = 0; i < 1000000; i++) print a[i % NR + 1] }' "$tmp/full.tsv" > "$tmp/bigfull.tsv"
rate "$tmp/bigfull.tsv" "full names only (Arabic vs Latin, 2-5 words)"
