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

# `muwazi names` grouping: every spelling of our surname lists once in a text; of the pairs of
# spellings put in one group, how many are one surname (precision), and how many of the pairs of
# one surname's spellings end in one group (recall).
S=$ROOT_DIR/corpora/names-eval-surnames.tsv
grep -v '^#' "$S" | awk -F'\t' 'NF { n = split($NF, a, "|"); for (i = 1; i <= n; i++)
	if (a[i] != "" && !(a[i] in seen)) { seen[a[i]] = NR; print NR "\t" a[i] } }' > "$tmp/truth.tsv"
cut -f2 "$tmp/truth.tsv" | awk '{ printf "Then %s spoke. ", $0 } END { print "" }' > "$tmp/spellings.txt"
"$MUWAZI" names "$tmp/spellings.txt" > "$tmp/groups.txt"
awk -F"\t" 'NR == FNR { t[$2] = $1; c[$1]++; nt++; next }
	{ line = $0
	  # "Head 1  (Other 1, Another 1)": the spellings of one group
	  sub(/ [0-9]+(  \(|$)/, "\t", line); gsub(/ [0-9]+(, |\)$)/, "\t", line)
	  k = split(line, g, "\t"); m = 0
	  for (i = 1; i <= k; i++) if (g[i] in t) s[++m] = g[i]
	  for (i = 1; i <= m; i++) for (j = i + 1; j <= m; j++) { pred++; tp += t[s[i]] == t[s[j]] } }
	END { for (x in c) gold += c[x] * (c[x] - 1) / 2
	      printf "names grouping, %d spellings of %d surnames: precision %.3f, recall %.3f (%d of %d pairs)\n",
	             nt, length(c), tp / pred, tp / gold, tp, gold }' "$tmp/truth.tsv" "$tmp/groups.txt"

# `muwazi names` on an archive: 25,000 sentences, each with a three-word name drawn at random
# (awk's srand(1)) from the Latin side of the Google ar2en list; time and peak memory.
if [ -d "$D" ]; then
	awk -F'\t' '$2 ~ /^[a-z]+$/ { w[++n] = toupper(substr($2, 1, 1)) substr($2, 2) }
		END { srand(1); for (i = 0; i < 25000; i++)
			printf "Officials said %s %s %s arrived.\n", w[int(rand() * n) + 1],
			       w[int(rand() * n) + 1], w[int(rand() * n) + 1] }' "$G/ar2en.txt" > "$tmp/archive.txt"
	t=$( { /usr/bin/time -f '%e %M' "$MUWAZI" names "$tmp/archive.txt" > "$tmp/archive.out"; } 2>&1 | tail -n 1)
	set -- $t
	printf 'names on an archive: 25,000 sentences of three-word names, %d distinct spellings: %.1f s, %d MB\n' \
	       "$(awk '{ n += gsub(/ [0-9]+(,|\)|$)/, "") } END { print n }' "$tmp/archive.out")" "$1" $(($2 / 1024))
else
	echo "skip - names on an archive: $D is absent"
fi
