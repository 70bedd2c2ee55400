#!/usr/bin/env bash
# bench_norm.sh - `make bench`: speed of `match` normalisation on Arabic and on
# English news text, one core, and peak memory.
#  1. the library (build/bench/norm_speed): the text repeated to >= 50 MB and
#     normalised line by line with one mwz_norm_t; MB/s over CPU time (and
#     wall clock), best of 3;
#  2. the command: `muwazi norm --profile match` on a >= 50 MB file (wall
#     clock, so I/O included) and its peak memory (streams: stays small).
# Text: corpora/article.{ar,en}.txt, and the ntrex-dev news set from
# $SHARED_DIR/data when it is there. Environment: MUWAZI, BENCHBIN, SHARED_DIR.
set -u
: "${MUWAZI:?}" "${ROOT_DIR:=$(cd "$(dirname "$0")/.." && pwd)}"
BENCHBIN=${BENCHBIN:-$ROOT_DIR/build/bench}
DATA=${SHARED_DIR:-$ROOT_DIR/../shared}/data
W=$(mktemp -d)
trap 'rm -rf "$W"' EXIT
SPEED=$BENCHBIN/norm_speed
[ -x "$SPEED" ] || { echo "bench_norm: $SPEED is missing (make bench builds it)" >&2; exit 1; }

sets=()
[ -f "$ROOT_DIR/corpora/article.ar.txt" ] && sets+=("article:$ROOT_DIR/corpora/article.ar.txt:$ROOT_DIR/corpora/article.en.txt")
if [ -d "$DATA/ntrex-dev" ]; then
	cat "$DATA"/ntrex-dev/*.ar >"$W/ntrex.ar"; cat "$DATA"/ntrex-dev/*.en >"$W/ntrex.en"
	sets+=("ntrex-dev:$W/ntrex.ar:$W/ntrex.en")
else
	echo "skip - ntrex-dev not found in $DATA"
fi
[ ${#sets[@]} -gt 0 ] || { echo "skip - no text to measure"; exit 0; }

rc=0
for s in "${sets[@]}"; do
	IFS=: read -r name ar en <<<"$s"
	echo "-- library, $name text repeated to 50 MB (norm_speed)"
	printf '   Arabic  match:           '; "$SPEED" -p match "$ar" || rc=1
	printf '   English match:           '; "$SPEED" -p match "$en" || rc=1
	printf '   Arabic  match + offsets: '; "$SPEED" -p match -o "$ar" || rc=1
	printf '   Arabic  display:         '; "$SPEED" -p display "$ar" || rc=1
	printf '   English display:         '; "$SPEED" -p display "$en" || rc=1
	mbs=$("$SPEED" -p match "$ar" | sed -n 's/.*out: \([0-9]*\) MB\/s.*/\1/p')
	if [ "${mbs:-0}" -ge 150 ]; then
		echo "   target >= 150 MB/s (Arabic, match, one core): met ($mbs MB/s)"
	else
		echo "   target >= 150 MB/s (Arabic, match, one core): NOT met (${mbs:-?} MB/s)"
	fi
done

# The command on a 50 MB file: wall clock with I/O, and its peak memory.
IFS=: read -r name ar en <<<"${sets[0]}"
for lang in ar en; do
	src=$ar; [ "$lang" = en ] && src=$en
	: >"$W/big.$lang"
	while [ "$(stat -c %s "$W/big.$lang")" -lt 50000000 ]; do cat "$src" >>"$W/big.$lang"; done
	bytes=$(stat -c %s "$W/big.$lang")
	if [ -x "$BENCHBIN/peakrss" ]; then
		"$BENCHBIN/peakrss" "$W/usage" "$MUWAZI" norm --profile match "$W/big.$lang" >"$W/out" || rc=1
	else
		/usr/bin/time -f '%e %M' -o "$W/usage" "$MUWAZI" norm --profile match "$W/big.$lang" >"$W/out" || rc=1
	fi
	read -r secs kb <"$W/usage"
	awk -v b="$bytes" -v s="$secs" -v kb="$kb" -v l="$lang" -v n="$name" 'BEGIN {
		printf "-- command: muwazi norm --profile match, %s %s text, %.1f MB: %.2f s wall, %.0f MB/s, peak memory %.1f MB\n",
			n, (l == "ar" ? "Arabic" : "English"), b / 1e6, s, (s > 0 ? b / 1e6 / s : 0), kb / 1024 }'
done
exit $rc
