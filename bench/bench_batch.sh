#!/usr/bin/env bash
# bench_batch.sh - `make bench`: the ntrex-dev and tico19 article pairs aligned
# (--lines, vecalign) as one `muwazi align --batch` run, with -j 1 and -j 0, and as
# one process a pair; wall time, CPU time and peak memory of each, and a check that
# the batch outputs are byte for byte the separate runs' outputs.
# Environment: MUWAZI, SHARED_DIR, ROOT_DIR (set by bench/run.sh).
set -u
: "${MUWAZI:?}" "${ROOT_DIR:=$(cd "$(dirname "$0")/.." && pwd)}"
DATA=${SHARED_DIR:-$ROOT_DIR/../shared}/data
if [ ! -d "$DATA/ntrex-dev" ]; then
	echo "skip - no development data in $DATA"
	exit 0
fi
if [ ! -x /usr/bin/time ]; then
	echo "skip - /usr/bin/time is missing (Debian: apt-get install time)"
	exit 0
fi
W=$(mktemp -d)
trap 'rm -rf "$W"' EXIT
# FreeDict's lexicon: the bench's own cache (see muwazi align --help), warmed first; the
# separate runs are timed with it and without it (--no-cache).
export MUWAZI_CACHE_DIR=$W/lexcache
"$MUWAZI" align --lines -f vecalign "$ROOT_DIR/corpora/article.ar.lines" \
	"$ROOT_DIR/corpora/article.en.lines" >/dev/null 2>&1
n=0
for f in "$DATA"/ntrex-dev/*.ar "$DATA"/tico19/*.ar; do
	[ -f "$f" ] || continue
	n=$((n + 1))
	printf '%s\t%s\tp%03d.vec\n' "$f" "${f%.ar}.en" "$n"
done >"$W/pairs.tsv"
printf '%-40s %8s %8s %8s\n' "$n article pairs" wall_s cpu_s peak_MB
row() {
	read -r e u s k <"$W/t"
	printf '%-40s %8s %8s %8.1f\n' "$1" "$e" "$(awk -v a="$u" -v b="$s" 'BEGIN { printf "%.2f", a + b }')" \
		"$(awk -v k="$k" 'BEGIN { print k / 1024 }')"
}
/usr/bin/time -f '%e %U %S %M' -o "$W/t" "$MUWAZI" align --batch "$W/pairs.tsv" --lines \
	-f vecalign -o "$W/b1" -q && row "align --batch (-j 1)"
/usr/bin/time -f '%e %U %S %M' -o "$W/t" "$MUWAZI" align --batch "$W/pairs.tsv" --lines \
	-f vecalign -o "$W/b0" -j 0 -q && row "align --batch -j 0 ($(nproc) processors)"
mkdir -p "$W/one"
/usr/bin/time -f '%e %U %S %M' -o "$W/t" bash -c '
	while IFS="	" read -r s t o; do
		"$1" align --lines -f vecalign -q "$s" "$t" >"$2/$o" || exit 1
	done <"$3"' _ "$MUWAZI" "$W/one" "$W/pairs.tsv" && row "one align process a pair (cache)"
mkdir -p "$W/one-nc"
/usr/bin/time -f '%e %U %S %M' -o "$W/t" bash -c '
	while IFS="	" read -r s t o; do
		"$1" align --lines -f vecalign -q --no-cache "$s" "$t" >"$2/$o" || exit 1
	done <"$3"' _ "$MUWAZI" "$W/one-nc" "$W/pairs.tsv" && row "one process a pair, --no-cache"
same=0
for o in "$W"/one/*.vec; do
	b=$(basename "$o")
	cmp -s "$o" "$W/b1/$b" && cmp -s "$o" "$W/b0/$b" && cmp -s "$o" "$W/one-nc/$b" &&
		same=$((same + 1))
done
echo "batch outputs identical to the separate runs' (with and without the cache): $same of $n"
