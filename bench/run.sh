#!/usr/bin/env bash
# run.sh - `make bench`: runs every bench/bench_*.sh in turn. Each prints its own figures.
# Environment: MUWAZI (the command), BENCHBIN (compiled bench/*.c), SHARED_DIR (../shared).
set -u
here=$(cd "$(dirname "$0")" && pwd)
export MUWAZI BENCHBIN SHARED_DIR BENCH_DIR=$here ROOT_DIR=$(cd "$here/.." && pwd)
rc=0
for b in "$here"/bench_*.sh; do
	[ -f "$b" ] || continue
	echo "== $(basename "$b" .sh)"
	bash "$b" || rc=1
done
exit $rc
