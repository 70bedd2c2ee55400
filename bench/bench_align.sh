#!/usr/bin/env bash
# bench_align.sh - `make bench`: alignment quality (strict and lax F1, `muwazi score`) and
# speed (wall time, peak memory) of `muwazi align --lines --format vecalign SRC TGT` on the
# development data in $SHARED_DIR/data, with translators' edits made by build/tests/mkedits:
#   ntrex-dev (62 news documents, ar->en): as translated, edited, edited en->ar, and edited
#   with a tenth of each side's sentences left out;
#   tico19 (31 documents, other domains): edited, and with many 1-n beads;
#   all of ntrex-dev and tico19 edited and put back to back as one long document, and an archive
#   of about 17,600 sentences so made with every third article left untranslated (gaps);
#   textberg-dev (de-fr, with its own gold); a pair of about 17,600 x 17,700 sentences for speed.
# Environment: MUWAZI, BENCHBIN, SHARED_DIR, ROOT_DIR (set by bench/run.sh); ALIGN_SEED
# (default 1) picks another draw of the edits, to check that a change holds beyond one draw;
# ALIGN_SETS (default: all) a space-separated subset of the sets, by short name: asis ed rev
# drop tico heavy long gaps big table tb tbp (bench/align_seeds.sh uses it; tbp: textberg-dev cut at gold bead
# boundaries by bench/gold_pieces.awk into halves and into four pieces, each aligned alone, as
# short as the documents of the Text+Berg test set); ALIGN_KEEP=DIR keeps the edited pairs,
# gold and output beads in DIR for a look at the errors.
set -u
SEED=${ALIGN_SEED:-1}
SETS=" ${ALIGN_SETS:-asis ed rev drop tico heavy long gaps big table tb tbp} "
want() { [[ $SETS == *" $1 "* ]]; }
case $SEED in ''|*[!0-9]*|0) echo "bench_align: ALIGN_SEED must be a positive number" >&2; exit 2 ;; esac
: "${MUWAZI:?}" "${ROOT_DIR:=$(cd "$(dirname "$0")/.." && pwd)}"
BENCHBIN=${BENCHBIN:-$ROOT_DIR/build/bench}
MKEDITS=$(dirname "$BENCHBIN")/tests/mkedits
DATA=${SHARED_DIR:-$ROOT_DIR/../shared}/data
if [ -n "${ALIGN_KEEP:-}" ]; then
	W=$ALIGN_KEEP
	mkdir -p "$W" || exit 2
else
	W=$(mktemp -d)
	trap 'rm -rf "$W"' EXIT
fi

# The aligner may not be there yet: say so and stop quietly.
"$MUWAZI" align --lines --format vecalign "$ROOT_DIR/corpora/article.ar.lines" \
	"$ROOT_DIR/corpora/article.en.lines" >"$W/probe" 2>"$W/probe.err"
if grep -qi "not implemented" "$W/probe.err"; then
	echo "align not available (muwazi align: not implemented yet)"
	exit 0
fi
if [ ! -d "$DATA/ntrex-dev" ]; then
	echo "skip - no development data in $DATA"
	exit 0
fi
if [ ! -x "$MKEDITS" ]; then
	echo "bench_align: $MKEDITS is missing (make bench builds it)" >&2
	exit 1
fi

# FreeDict's lexicon is cached (see muwazi align --help): the bench's own cache, cold at the
# start; the big pair is timed both ways.
export MUWAZI_CACHE_DIR=$W/lexcache
rm -rf "$MUWAZI_CACHE_DIR"
EXTRA=()

# Run a command, leaving "SECONDS PEAK_KB" in $W/usage.
measure() {
	if [ -x "$BENCHBIN/peakrss" ]; then
		"$BENCHBIN/peakrss" "$W/usage" "$@"
	elif [ -x /usr/bin/time ]; then
		/usr/bin/time -f '%e %M' -o "$W/usage" "$@"
	else
		local TIMEFORMAT=%R t rc
		{ t=$( { time "$@" >&3 2>&4; } 2>&1 ); rc=$?; } 3>&1 4>&2
		echo "$t 0" >"$W/usage"
		return $rc
	fi
}

NOEDITS="--merge 0 --merge3 0 --split 0 --drop-tgt 0 --drop-src 0 --merge-src 0 --split-src 0"
# A translation that left out a tenth of the sentences of each side, besides the usual edits.
DROPS="--drop-tgt 0.1 --drop-src 0.1"
HEAVY="--merge 0.12 --merge3 0.06 --split 0.12 --drop-tgt 0.02 --drop-src 0.02 --merge-src 0.06 --split-src 0.06"

echo "edits drawn with ALIGN_SEED=$SEED"
printf '%-34s %5s %13s %9s %7s %8s %8s\n' set docs sentences strict_F1 lax_F1 time_s peak_MB

# align_set NAME DIR: aligns every DIR/NNN.src with DIR/NNN.tgt, scores against DIR/NNN.gold.
align_set() {
	local name=$1 dir=$2 n=0 ns=0 nt=0 secs=0 peak=0 failed=0 args=() g s kb
	for g in "$dir"/*.gold; do
		local b=${g%.gold}
		if ! measure "$MUWAZI" align --lines --format vecalign ${EXTRA[@]+"${EXTRA[@]}"} "$b.src" "$b.tgt" >"$b.test" 2>"$b.err"; then
			failed=$((failed + 1))
			[ $failed -le 3 ] && echo "  align failed on $(basename "$b"): $(head -n 1 "$b.err")"
			: >"$b.test"
		fi
		read -r s kb <"$W/usage"
		secs=$(awk -v a="$secs" -v b="$s" 'BEGIN { printf "%.3f", a + b }')
		[ "${kb:-0}" -gt "$peak" ] && peak=$kb
		ns=$((ns + $(wc -l <"$b.src"))); nt=$((nt + $(wc -l <"$b.tgt")))
		args+=("$g" "$b.test"); n=$((n + 1))
	done
	local total
	total=$("$MUWAZI" score --pairs "${args[@]}" | tail -n 1)
	printf '%-34s %5d %13s %9s %7s %8s %8s\n' "$name" "$n" "$ns x $nt" \
		"$(cut -f4 <<<"$total")" "$(cut -f7 <<<"$total")" "$secs" "$(awk -v k="$peak" 'BEGIN { printf "%.1f", k / 1024 }')"
	[ $failed -gt 0 ] && echo "  ($failed documents failed to align; scored as empty)"
}

# edit_docs OUTDIR SRCEXT TGTEXT CORPUS RATES...: one edited pair per document.
edit_docs() {
	local out=$1 se=$2 te=$3 corpus=$4 f i=0; shift 4
	mkdir -p "$out"
	for f in "$DATA/$corpus"/*."$se"; do
		local id; id=$(basename "$f" ."$se")
		"$MKEDITS" --seed $(((SEED - 1) * 1000 + i + 1)) "$@" -o "$out/$id" "$f" "${f%.$se}.$te" >/dev/null || return 1
		i=$((i + 1))
	done
}

want asis && edit_docs "$W/ntrex-asis" ar en ntrex-dev $NOEDITS && align_set "ntrex-dev ar-en, as translated" "$W/ntrex-asis"
want ed && edit_docs "$W/ntrex-ed" ar en ntrex-dev && align_set "ntrex-dev ar-en, edited" "$W/ntrex-ed"
want rev && edit_docs "$W/ntrex-rev" en ar ntrex-dev && align_set "ntrex-dev en-ar, edited" "$W/ntrex-rev"
want drop && edit_docs "$W/ntrex-drop" ar en ntrex-dev $DROPS && align_set "ntrex-dev ar-en, 10% left out" "$W/ntrex-drop"
if [ -d "$DATA/tico19" ]; then
	want tico && edit_docs "$W/tico-ed" ar en tico19 && align_set "tico19 ar-en, edited" "$W/tico-ed"
	want heavy && edit_docs "$W/tico-heavy" ar en tico19 $HEAVY && align_set "tico19 ar-en, many 1-n beads" "$W/tico-heavy"
fi

# Everything back to back, no boundaries; and the big pair for speed.
pairs=()
for f in "$DATA"/ntrex-dev/*.ar "$DATA"/tico19/*.ar; do
	[ -f "$f" ] && pairs+=("$f" "${f%.ar}.en")
done
mkdir -p "$W/long" "$W/gaps" "$W/big"
want long && "$MKEDITS" --seed $((SEED + 6)) --concat -o "$W/long/all" "${pairs[@]}" >/dev/null &&
	align_set "ntrex+tico19 as one long document" "$W/long"
want gaps && "$MKEDITS" --seed $((SEED + 8)) --size 17600 --drop-docs 3 -o "$W/gaps/gaps" "${pairs[@]}" >/dev/null &&
	align_set "17.6k archive, 1/3 untranslated" "$W/gaps"
want big && "$MKEDITS" --seed $((SEED + 10)) --size 17600 --split 0.08 --merge 0.03 --merge3 0.01 --drop-tgt 0.02 \
	-o "$W/big/big" "${pairs[@]}" >/dev/null && {
	"$MUWAZI" align --lines --format vecalign "$W/big/big.src" "$W/big/big.tgt" >/dev/null 2>&1
	align_set "17.6k-sentence pair (speed)" "$W/big"
	EXTRA=(--no-cache)
	align_set "17.6k pair, no cache (FreeDict)" "$W/big"
	EXTRA=()
}

# A shape that once cost time in the square of its size: a table pasted as one sentence, 100,000
# numbers, against the same numbers one a line, then ntrex-dev's sentences (every number a
# candidate anchor in one row). Time and peak memory only: no gold.
if want table; then
	mkdir -p "$W/table"
	{ seq 1 100000 | tr '\n' ' '; echo; cat "$DATA"/ntrex-dev/*.ar; } >"$W/table/t.src"
	{ seq 1 100000; cat "$DATA"/ntrex-dev/*.en; } >"$W/table/t.tgt"
	if measure "$MUWAZI" align --lines --format vecalign "$W/table/t.src" "$W/table/t.tgt" >/dev/null 2>&1; then
		read -r s kb <"$W/usage"
		printf '%-34s %5d %13s %9s %7s %8s %8s\n' "a table as one sentence (shape)" 1 \
			"$(wc -l <"$W/table/t.src") x $(wc -l <"$W/table/t.tgt")" - - "$s" "$(awk -v k="$kb" 'BEGIN { printf "%.1f", k / 1024 }')"
	else
		echo "  align failed on the table"
	fi
fi

if want tb && [ -f "$DATA/textberg-dev/dev.defr" ]; then
	mkdir -p "$W/tb"
	cp "$DATA/textberg-dev/dev.de" "$W/tb/dev.src"
	cp "$DATA/textberg-dev/dev.fr" "$W/tb/dev.tgt"
	cp "$DATA/textberg-dev/dev.defr" "$W/tb/dev.gold"
	align_set "textberg-dev de-fr" "$W/tb"
	# Without FreeDict's deu-fra/fra-deu (as on a machine without them).
	EXTRA=(--no-dict)
	align_set "textberg-dev de-fr, --no-dict" "$W/tb"
	EXTRA=()
fi
if want tbp && [ -f "$DATA/textberg-dev/dev.defr" ]; then
	# pieces N DIR: textberg-dev in N pieces, DIR/k.{src,tgt,gold}.
	pieces() {
		local k
		mkdir -p "$2"
		awk -v n="$1" -v out="$2/p" -v S="$DATA/textberg-dev/dev.de" -f "$ROOT_DIR/bench/gold_pieces.awk" \
			"$DATA/textberg-dev/dev.defr" "$DATA/textberg-dev/dev.de" "$DATA/textberg-dev/dev.fr"
		for ((k = 0; k < $1; k++)); do
			mv "$2/p.$k.src" "$2/$k.src"; mv "$2/p.$k.tgt" "$2/$k.tgt"; mv "$2/p.$k.gold" "$2/$k.gold"
		done
	}
	pieces 2 "$W/tbh"
	mkdir -p "$W/tbh1" "$W/tbh2"
	for x in src tgt gold; do mv "$W/tbh/0.$x" "$W/tbh1/0.$x"; mv "$W/tbh/1.$x" "$W/tbh2/0.$x"; done
	align_set "textberg-dev de-fr, first half" "$W/tbh1"
	align_set "textberg-dev de-fr, second half" "$W/tbh2"
	pieces 4 "$W/tb4"
	align_set "textberg-dev de-fr, in four pieces" "$W/tb4"
	EXTRA=(--no-dict)
	align_set "textberg-dev, 4 pieces, --no-dict" "$W/tb4"
	EXTRA=()
fi
echo "(time: sum of the per-document runs of muwazi align, one process each; peak: largest of them;"
echo " the lexicon from FreeDict comes from the cache, made by the first run, except on the no-cache line)"
