#!/usr/bin/env bash
# align_seeds.sh - strict F1 of chosen alignment sets over several draws of the edits, with
# the mean and spread per set, so that a change is judged on more than one draw.
# Not run by `make bench` (its name is not bench_*.sh). Usage, from the checkout after `make bench`:
#   bash bench/align_seeds.sh [SEEDS] [SETS]
# SEEDS: a range "1-8" (default) or a list "1 3 5"; SETS: short names of bench_align.sh
# (default "ed rev"). MUWAZI, BENCHBIN, SHARED_DIR default to those of `make bench`.
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
seeds=${1:-1-8}
sets=${2:-ed rev}
case $seeds in *-*) seeds=$(seq "${seeds%-*}" "${seeds#*-}") ;; esac
export MUWAZI=${MUWAZI:-$root/cli/muwazi} BENCHBIN=${BENCHBIN:-$root/build/bench}
export SHARED_DIR=${SHARED_DIR:-$root/../shared} ROOT_DIR=$root ALIGN_SETS=$sets
out=$(mktemp)
trap 'rm -f "$out"' EXIT
for s in $seeds; do
	ALIGN_SEED=$s bash "$here/bench_align.sh" |
		awk -v s="$s" '/^(ntrex|tico|textberg)/ || / long / {
			name = substr($0, 1, 34); sub(/ +$/, "", name); n = split(substr($0, 35), f, " "); for (k = 1; k <= n; k++) if (f[k] ~ /^[01]\.[0-9]+$/) { print s "\t" name "\t" f[k]; break } }' >>"$out"
done
awk -F'\t' '{ v[$2] = v[$2] sprintf(" %s", $3); sum[$2] += $3; sq[$2] += $3 * $3; n[$2]++
		if (!($2 in ord)) { ord[$2] = ++no; names[no] = $2 } }
	END { for (k = 1; k <= no; k++) { x = names[k]; m = sum[x] / n[x]; sd = sq[x] / n[x] - m * m
		printf "%-34s mean %.4f sd %.4f min %s  seeds:%s\n", x, m, sqrt(sd > 0 ? sd : 0), mn(v[x]), v[x] } }
	function mn(s,   a, i, c, r) { c = split(s, a, " "); r = a[1]; for (i = 2; i <= c; i++) if (a[i] < r) r = a[i]; return r }' "$out"
