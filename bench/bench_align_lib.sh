#!/usr/bin/env bash
# bench_align_lib.sh - `make bench`: mwz_align through the library (bench/align_speed.c), no CLI:
# strict F1 on the dev pairs with seeded merges, splits and drops (the program's own edits,
# fixed seed), Text+Berg de-fr against its gold, and CPU time and peak memory of a pair of
# about 17,600 sentences a side built from the dev documents, FreeDict loaded.
# Environment: BENCHBIN, SHARED_DIR (set by bench/run.sh).
set -u
B=${BENCHBIN:?}/align_speed
DATA=${SHARED_DIR:-../shared}/data
if [ ! -x "$B" ]; then
	echo "bench_align_lib: $B is missing" >&2
	exit 1
fi
if [ ! -d "$DATA/ntrex-dev" ]; then
	echo "skip - no development data in $DATA"
	exit 0
fi
run() {
	printf '%-44s ' "$1"
	shift
	"$B" "$@" | tail -n 1
}
run "ntrex-dev ar-en edited, FreeDict" edits "$DATA/ntrex-dev" --lex
run "ntrex-dev en-ar edited, FreeDict" edits "$DATA/ntrex-dev" --lex --rev
run "ntrex-dev ar-en edited, no lexicon" edits "$DATA/ntrex-dev"
run "tico19 ar-en edited, FreeDict" edits "$DATA/tico19" --lex
run "tico19 ar-en many 1-n beads, FreeDict" edits "$DATA/tico19" --lex --heavy
run "ntrex-dev as one long document, FreeDict" edits "$DATA/ntrex-dev" --lex --concat
run "tico19 as one long document, FreeDict" edits "$DATA/tico19" --lex --concat
run "tico19 most beads 1-n (to 1-4), FreeDict" edits "$DATA/tico19" --lex --vheavy
run "ntrex-dev most beads 1-n (to 1-4), FreeDict" edits "$DATA/ntrex-dev" --lex --vheavy
run "textberg-dev de-fr" textberg "$DATA/textberg-dev"
printf '%-44s ' "17.6k-sentence pair, FreeDict"
LEX=1 "$B" speed "$DATA/ntrex-dev" "$DATA/tico19" | tail -n 1
