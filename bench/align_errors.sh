#!/usr/bin/env bash
# align_errors.sh - what kind of mistakes the aligner makes, from the pairs bench_align.sh keeps
# with ALIGN_KEEP=DIR (each DIR/SET/NNN.gold beside NNN.test, both in vecalign form).
# Not run by `make bench` (its name is not bench_*.sh). Usage, from the checkout after `make bench`:
#   MUWAZI=cli/muwazi BENCHBIN=build/bench SHARED_DIR=../shared ALIGN_KEEP=/tmp/k \
#     ALIGN_SETS="ed rev" ALIGN_SEED=1 bash bench/bench_align.sh
#   bash bench/align_errors.sh [-v] /tmp/k/ntrex-ed /tmp/k/ntrex-rev
# Per set: gold beads, output beads that are not in the gold, and those wrong beads by kind:
#   drops-as-1-1  a 1-1 bead [s]:[t] where the gold leaves s out and leaves t out (1-0 + 0-1)
#   drop-taken    a bead holding a sentence the gold leaves out (any other such bead)
#   drop-made     a 1-0 or 0-1 bead for a sentence the gold pairs
#   n-m           any other wrong bead with more than one sentence on a side (output or gold)
#   1-1-shift     a wrong 1-1 bead between sentences the gold pairs 1-1 elsewhere
# -v also prints each drops-as-1-1 bead, before its set's line, with its two sentences.
set -u
verbose=0
if [ "${1:-}" = "-v" ]; then verbose=1; shift; fi
if [ $# -eq 0 ]; then
	echo "usage: bash bench/align_errors.sh [-v] DIR..." >&2
	exit 2
fi
printf '%-24s %6s %6s %13s %10s %9s %6s %9s\n' set gold wrong drops-as-1-1 drop-taken drop-made n-m 1-1-shift
for d in "$@"; do
	if ! ls "$d"/*.gold >/dev/null 2>&1; then
		echo "align_errors: no *.gold in $d" >&2
		exit 2
	fi
	for g in "$d"/*.gold; do
		b=${g%.gold}
		[ -f "$b.test" ] || { echo "align_errors: $b.test missing" >&2; exit 2; }
		# One record per bead: file tag, source list, target list (scores dropped).
		awk -v doc="$b" '
			/^[ \t]*(#|$)/ { next }
			{ n = split($0, p, "]"); s = p[1]; t = p[2]
			  sub(/^[ \t]*\[/, "", s); sub(/^:\[/, "", t); gsub(/ /, "", s); gsub(/ /, "", t)
			  print (FILENAME ~ /\.gold$/ ? "G" : "T") "\t" doc "\t" s "\t" t }' "$g" "$b.test"
	done | awk -F'\t' -v name="$(basename "$(dirname "$d")")/$(basename "$d")" -v verbose="$verbose" '
		$1 == "G" { gold[$2, $3, $4] = 1; ng++
			if ($4 == "" && $3 !~ /,/) gdrop_s[$2, $3] = 1
			if ($3 == "" && $4 !~ /,/) gdrop_t[$2, $4] = 1
			if ($3 != "" && $4 != "" && $3 !~ /,/ && $4 !~ /,/) { g11s[$2, $3] = 1; g11t[$2, $4] = 1 }
			next }
		{ if (($2, $3, $4) in gold) next
		  wrong++
		  ns = $3 == "" ? 0 : split($3, sa, ","); nt = $4 == "" ? 0 : split($4, ta, ",")
		  if (ns == 1 && nt == 1 && (($2, $3) in gdrop_s) && (($2, $4) in gdrop_t)) {
			dd++
			if (verbose) printf "  %s [%s]:[%s]\n    src: %s\n    tgt: %s\n", $2, $3, $4,
				line($2 ".src", $3), line($2 ".tgt", $4)
			next }
		  taken = 0
		  if (ns + nt > 1) {
			for (k = 1; k <= ns; k++) if (($2, sa[k]) in gdrop_s) taken = 1
			for (k = 1; k <= nt; k++) if (($2, ta[k]) in gdrop_t) taken = 1 }
		  if (taken) { dt++; next }
		  if (ns + nt == 1) { dm++; next }
		  if (ns == 1 && nt == 1 && (($2, $3) in g11s) && (($2, $4) in g11t)) { sh++; next }
		  nm++ }
		function line(f, k,   x, r) { r = ""; x = 0
			while ((getline r < f) > 0) if (x++ == k) break
			close(f); return r }
		END { printf "%-24s %6d %6d %13d %10d %9d %6d %9d\n", name, ng, wrong, dd, dt, dm, nm, sh }'
done
