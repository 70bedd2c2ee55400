#!/usr/bin/env bash
# bench_split.sh - sentence segmentation: boundary P/R/F1 of `muwazi split` rules and of plain
# ICU (en@ss=standard / ar) on running text rebuilt from the dev documents, and speed.
# The running text of a document: its first line (headline) on a line of its own, then the other
# sentences joined by a space; other runs put a blank line every 4 sentences (paragraphs), run the
# headline into the text with a space, or leave it out. See bench/split_eval.c.
# To see each missed or extra boundary with its context:
#   build/bench/split_eval --lang ar --show-errors ../shared/data/ntrex-dev/*.ar
set -u
: "${BENCHBIN:?}" "${MUWAZI:?}"
eval=$BENCHBIN/split_eval
if [ ! -d "${SHARED_DIR:-/nonexistent}/data/ntrex-dev" ]; then
	echo "skip - no shared dev data (SHARED_DIR)"
	exit 0
fi
D=$SHARED_DIR/data
for l in en ar; do
	echo "-- ntrex-dev $l: headline on its own line, then one paragraph"
	"$eval" --lang $l "$D"/ntrex-dev/*.$l | sed 's/^/   /'
	echo "-- ntrex-dev $l: headline on its own line, a paragraph every 4 sentences"
	"$eval" --lang $l --para 4 "$D"/ntrex-dev/*.$l | sed 's/^/   /'
	echo "-- ntrex-dev $l: headline run into the text with a space (no line break)"
	"$eval" --lang $l --no-headline "$D"/ntrex-dev/*.$l | sed 's/^/   /'
	echo "-- ntrex-dev $l: headline left out"
	"$eval" --lang $l --drop-headline "$D"/ntrex-dev/*.$l | sed 's/^/   /'
done
if [ -f "$D/tico19/DOCS.tsv" ]; then
	# running-text documents only: the CMU medical dialogue has neither case nor stops
	docs=$(awk -F'\t' '$2 !~ /^CMU/ { print $1 }' "$D/tico19/DOCS.tsv")
	for l in en ar; do
		files=()
		for d in $docs; do files+=("$D/tico19/$d.$l"); done
		echo "-- tico19 $l (${#files[@]} documents, Wikipedia/PubMed/Wikinews; gold lines may hold several sentences)"
		"$eval" --lang $l "${files[@]}" | sed 's/^/   /'
		echo "-- tico19 $l: headline run into the text with a space"
		"$eval" --lang $l --no-headline "${files[@]}" | sed 's/^/   /'
	done
fi
# speed: every ntrex document back to back, 20 times
tmp=$(mktemp)
for i in $(seq 20); do cat "$D"/ntrex-dev/*.en "$D"/ntrex-dev/*.ar; done > "$tmp"
bytes=$(wc -c < "$tmp")
start=$(date +%s.%N)
"$MUWAZI" split "$tmp" > /dev/null
end=$(date +%s.%N)
awk -v b="$bytes" -v s="$start" -v e="$end" 'BEGIN { t = e - s; printf "-- speed: %.1f MB in %.3f s, %.1f MB/s (muwazi split, en+ar)\n", b / 1e6, t, b / 1e6 / t }'
rm -f "$tmp"
