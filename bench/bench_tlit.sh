# bench_tlit.sh - romanisation figures: how often `news` prints what a newsroom prints.
#  1. rules alone (--scheme news-rules, the embedded list unused) on the list's own
#     single-word given/family/place entries. The rules were adjusted looking at
#     the even-numbered entries only (sorted by Arabic form); the odd-numbered
#     ones are the held-out test reported here;
#  2. news and news-rules on the Google ar2en test split (Wikipedia names, mostly
#     foreign names written in Arabic: a hard, noisy silver set);
#  3. throughput of `muwazi translit`.
# Exact match is case-insensitive; "any" also accepts the entry's listed variants.
set -u
TSV=$ROOT_DIR/lib/data/namelist.tsv
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT

awk -F'\t' '!/^#/ && NF >= 3 && $1 !~ / / && ($3 == "given" || $3 == "family" || $3 == "place")' "$TSV" \
	| sort -u -t$'\t' -k1,1 | awk 'NR % 2 == 1' >"$T/held"
cut -f1 "$T/held" | "$MUWAZI" translit --scheme news-rules >"$T/rules"
paste "$T/held" "$T/rules" | awk -F'\t' '
	function norm(s) { s = tolower(s); sub(/^al-/, "", s); gsub(/[\047-]/, "", s); return s }
	{ n++; got = norm($NF); if (got == norm($2)) ex++
	  ok = got == norm($2); if (!ok && NF >= 5) { k = split($4, v, "|"); for (i = 1; i <= k; i++) if (got == norm(v[i])) ok = 1 }
	  any += ok }
	END { printf "news rules alone, held-out half of the list: %d words, exact %.1f%%, any listed spelling %.1f%%\n", n, 100*ex/n, 100*any/n }'

G=${SHARED_DIR:-/nonexistent}/data/names/google-transliteration-ar2en/ar2en-test.txt
if [ -f "$G" ]; then
	for scheme in news news-rules; do
		cut -f1 "$G" | "$MUWAZI" translit --scheme $scheme >"$T/g"
		paste "$G" "$T/g" | awk -F'\t' -v s=$scheme '
			{ n++; if (tolower($3) == $2) ex++ }
			END { printf "google ar2en test split, --scheme %s: %d words, exact %.1f%%\n", s, n, 100*ex/n }'
	done
else
	echo "skip - google ar2en test split absent"
fi

# throughput: the list's Arabic forms, 40 times over
for i in $(seq 40); do cut -f1 "$T/held"; done >"$T/big"
lines=$(wc -l <"$T/big")
start=$(date +%s.%N)
"$MUWAZI" translit "$T/big" >/dev/null
end=$(date +%s.%N)
awk -v n="$lines" -v a="$start" -v b="$end" 'BEGIN { printf "translit --scheme news: %d names in %.2f s, %.0f names/s\n", n, b-a, n/(b-a) }'

# 4. throughput on running text: the Arabic of ntrex-dev and tico19, ten times
#    over (about 9.6 MB, one sentence a line), then the same text as one line
R=${SHARED_DIR:-/nonexistent}/data
if [ -d "$R/ntrex-dev" ] && [ -d "$R/tico19" ]; then
	for i in $(seq 10); do cat "$R"/ntrex-dev/*.ar "$R"/tico19/*.ar; done >"$T/run"
	tr '\n' ' ' <"$T/run" >"$T/run1"
	trate() { # FILE LABEL SCHEME
		local bytes t
		bytes=$(wc -c <"$1")
		t=$( { TIMEFORMAT='%R %U %S'; time "$MUWAZI" translit --scheme "$3" "$1" >/dev/null; } 2>&1 | tail -n 1)
		set -- "$1" "$2" "$3" $t
		awk -v n="$bytes" -v w="$4" -v u="$5" -v s="$6" -v l="$2" -v sc="$3" 'BEGIN {
			printf "translit --scheme %s, %s: %.1f MB, %.2f s wall = %.1f MB/s; %.2f s CPU = %.1f MB/s\n",
			       sc, l, n / 1e6, w, n / 1e6 / w, u + s, n / 1e6 / (u + s) }'
	}
	trate "$T/run" "running text, a sentence a line" news
	trate "$T/run1" "running text, one line" news
	trate "$T/run" "running text, a sentence a line" buckwalter
else
	echo "skip - running-text throughput: $R/ntrex-dev or $R/tico19 is absent"
fi
