# cli_fuzz_replay.sh - replays every fuzz target's seed corpus (tests/fuzz/corpus/X)
# plus FUZZ_REPLAY_N deterministic mutations of it, through the replay driver
# built by `make check` / `make asan` (TESTBIN/fuzz/X). A crash, a sanitizer
# report or a broken invariant (the target aborts) fails the target.
. "$TESTS_DIR/lib.sh" || exit 1

N=${FUZZ_REPLAY_N:-1000}
found=0
for bin in "$TESTBIN"/fuzz/fuzz_*; do
	[ -x "$bin" ] || continue
	found=1
	name=$(basename "$bin")
	corpus=$ROOT_DIR/tests/fuzz/corpus/$name
	if [ ! -d "$corpus" ]; then
		notok "$name: no seed corpus in tests/fuzz/corpus/$name"
		continue
	fi
	"$bin" -n "$N" "$corpus" >"$TMP/out" 2>"$TMP/err"; rc=$?
	if [ "$rc" -ne 0 ] || grep -qE 'Sanitizer|runtime error' "$TMP/err"; then
		notok "$name: replay of the corpus and $N mutations (status $rc)"
		grep -E 'fuzz_|replay|ERROR|runtime error|SUMMARY' "$TMP/err" | head -n 8 | sed 's/^/#   /'
		grep -q 'replay: crashed on' "$TMP/err" ||
			"$bin" -v -n "$N" "$corpus" 2>&1 | grep '^# replay: running' | tail -n 1 | sed 's/^/#   /'
	else
		cat "$TMP/out"
	fi
done
[ "$found" = 1 ] || notok "no fuzz targets built in $TESTBIN/fuzz"
