#!/usr/bin/env bash
# run.sh - runs every compiled C test (TESTBIN/test_*) and every CLI test script
# (tests/cli_*.sh), counts their "ok" / "not ok" / "skip" lines and ends with
# "N passed, N failed, N skipped". Exits non-zero on any failure.
# Environment: MUWAZI (the command), TESTBIN, SHARED_DIR (../shared, may be absent).
set -u
here=$(cd "$(dirname "$0")" && pwd)
export MUWAZI TESTBIN SHARED_DIR
export TESTS_DIR=$here
export ROOT_DIR=$(cd "$here/.." && pwd)
# The command keeps FreeDict's lexicon in a cache: the tests' own, beside their binaries
# (the sanitizer build has its own), never the user's.
export MUWAZI_CACHE_DIR=$TESTBIN/lexcache
mkdir -p "$MUWAZI_CACHE_DIR"
pass=0 fail=0 skip=0
failed=()
run_one() {
	local name=$1; shift
	local out rc
	out=$("$@" 2>&1); rc=$?
	local p f s
	p=$(grep -c '^ok ' <<<"$out"); f=$(grep -c '^not ok ' <<<"$out"); s=$(grep -c '^skip ' <<<"$out")
	if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then
		f=1; out+=$'\n'"not ok - $name exited with status $rc"
	fi
	pass=$((pass + p)); fail=$((fail + f)); skip=$((skip + s))
	if [ "$f" -gt 0 ]; then
		failed+=("$name")
		echo "--- $name"
		grep -E '^(not ok|#)|exited|Sanitizer|runtime error' <<<"$out" | head -n 40
	fi
	printf '%-28s %4d ok %3d failed %3d skipped\n' "$name" "$p" "$f" "$s"
}
for t in "$TESTBIN"/test_*; do
	[ -x "$t" ] || continue
	run_one "$(basename "$t")" "$t"
done
for t in "$here"/cli_*.sh; do
	[ -f "$t" ] || continue
	run_one "$(basename "$t")" bash "$t"
done
[ ${#failed[@]} -gt 0 ] && echo "failed: ${failed[*]}"
echo "$pass passed, $fail failed, $skip skipped"
[ "$fail" -eq 0 ]
