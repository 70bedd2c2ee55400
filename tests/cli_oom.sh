# cli_oom.sh - running out of memory: each command is run again and again with one of
# the allocations its own code makes failing in turn (tests/failalloc.c, preloaded).
# Each run must either give the output of a normal run, with its exit status, or stop
# with status 2 and a message saying memory ran out: no crash, no hang, no silently
# short output. Up to OOM_RUNS (default 40) allocations a command, spread over the
# run; MUWAZI_OOM_FULL=1 tries every one. Not under the sanitizers (their own
# allocator): failalloc.so is only built without them.
. "$TESTS_DIR/lib.sh" || exit 1
FA=$TESTBIN/failalloc.so
if [ ! -f "$FA" ]; then
	skip "out of memory: no $FA (a sanitizer build)"
	exit 0
fi
if ! MUWAZI_FAILALLOC=count LD_PRELOAD=$FA "$MUWAZI" --version 2>&1 >/dev/null | grep -q '^failalloc: '; then
	skip "out of memory: failalloc.so does not load here (glibc only)"
	exit 0
fi
CORP=$ROOT_DIR/corpora
RUNS=${OOM_RUNS:-40}
sed -e 's/Muqtada al-Sadr/Moqtada al-Sadr/' -e 's/Hasakeh/Hasakah/' "$CORP/article.en.txt" >"$TMP/var.en"
sed -e 's/في الحسكة/في الحسكه/' "$CORP/article.ar.txt" >"$TMP/var.ar"
printf '%s\t%s\n' "$CORP/article.ar.txt" "$CORP/article.en.txt" "$TMP/var.ar" "$TMP/var.en" >"$TMP/list.tsv"
printf "Numan\tNu'man\nQadhafi\tالقذافي\nSadr\tSudair\n" >"$TMP/pairs.tsv"

# oom DESC CMD...: CMD with each chosen allocation failing; the shell code in $OOM_PRE,
# if any, runs before each run
oom() {
	local desc=$1 total n i step picks bad=0 brc rc why=""
	shift
	eval "${OOM_PRE:-:}"
	"$@" >"$TMP/base.out" 2>"$TMP/base.err"
	brc=$?
	eval "${OOM_PRE:-:}"
	total=$(MUWAZI_FAILALLOC=count LD_PRELOAD=$FA "$@" 2>&1 >/dev/null | sed -n 's/^failalloc: //p' | tail -n 1)
	if [ -z "$total" ] || [ "$total" -eq 0 ]; then
		skip "out of memory, $desc: no allocation counted"
		return
	fi
	if [ -n "${MUWAZI_OOM_FULL:-}" ] || [ "$total" -le "$RUNS" ]; then
		picks=$(seq 0 $((total - 1)))
	else
		# the first ten (set-up), then spread evenly over the rest
		picks=$( { seq 0 9; for ((i = 0; i < RUNS - 10; i++)); do
			echo $((10 + i * (total - 10) / (RUNS - 10))); done; } | sort -nu)
	fi
	for n in $picks; do
		eval "${OOM_PRE:-:}"
		MUWAZI_FAILALLOC=$n LD_PRELOAD=$FA timeout 60 "$@" >"$TMP/o" 2>"$TMP/e"
		rc=$?
		if [ $rc -eq $brc ] && cmp -s "$TMP/o" "$TMP/base.out"; then
			continue # that allocation had a fallback, or was not needed
		fi
		if [ $rc -eq 2 ] && grep -qi 'memory' "$TMP/e"; then
			continue # stopped, and said why
		fi
		bad=$((bad + 1))
		[ -z "$why" ] && why="allocation $n: status $rc (normal run: $brc), said: $(head -c 200 "$TMP/e")"
	done
	if [ $bad -eq 0 ]; then
		ok "out of memory, $desc: $(wc -w <<<"$picks") of $total allocations tried, each a clean stop or the normal output"
	else
		notok "out of memory, $desc: $bad runs went wrong"
		echo "#   first: $why"
	fi
}

oom "the library API (tests/oom_api.c)" "$TESTBIN/oom_api"
oom "split" "$MUWAZI" split "$CORP/article.ar.txt"
oom "norm" "$MUWAZI" norm "$CORP/article.ar.txt"
oom "translit" "$MUWAZI" translit "$CORP/article.ar.txt"
oom "key" "$MUWAZI" key "Sabah al-Nu'man" "صباح النعمان"
tr '\n' '\r' <"$TMP/pairs.tsv" >"$TMP/pairs.cr"
oom "match, lines ended by CR alone" "$MUWAZI" match "$TMP/pairs.cr"
oom "match, a file of pairs" "$MUWAZI" match "$TMP/pairs.tsv"
oom "check" "$MUWAZI" check --style "$CORP/style.tsv" "$TMP/var.en" "$TMP/var.ar"
oom "names (FreeDict's English words read too)" "$MUWAZI" names "$CORP/article.en.txt"
tr '\n' '\r' <"$CORP/article.gold" >"$TMP/gold.cr"
oom "score (one file with lines ended by CR alone)" "$MUWAZI" score "$CORP/article.gold" "$TMP/gold.cr"
oom "align, raw text" "$MUWAZI" align "$CORP/article.ar.txt" "$CORP/article.en.txt"
oom "align --lines -f tmx" "$MUWAZI" align --lines -f tmx "$CORP/article.ar.lines" "$CORP/article.en.lines"
oom "align -f html --style" "$MUWAZI" align -f html --style "$CORP/style.tsv" "$TMP/var.ar" "$TMP/var.en"
oom "align -f side --style" "$MUWAZI" align -f side --width 100 --style "$CORP/style.tsv" "$TMP/var.ar" "$TMP/var.en"
oom "align --batch --merge" "$MUWAZI" align --batch "$TMP/list.tsv" -f tmx --merge
oom "align --no-cache (FreeDict read itself)" "$MUWAZI" align --no-cache "$CORP/article.ar.txt" "$CORP/article.en.txt"
printf 'الشدادي\tShaddadi\n' >"$TMP/glossary.tsv"
oom "align --glossary" "$MUWAZI" align --glossary "$TMP/glossary.tsv" "$CORP/article.ar.txt" "$CORP/article.en.txt"
oom "align -j 2 --batch" "$MUWAZI" align --batch "$TMP/list.tsv" -j 2 -f tsv -o "$TMP/bout"
# the lexicon cache made afresh each run: made whole or not at all
OOM_PRE='rm -rf "$TMP/cold"' MUWAZI_CACHE_DIR=$TMP/cold \
	oom "align, the lexicon cache made" "$MUWAZI" align "$CORP/article.ar.txt" "$CORP/article.en.txt"
# another pair with its FreeDict dictionaries: stops too, rather than align without them
if have_shared && [ -f /usr/share/dictd/freedict-deu-fra.index ]; then
	head -n 60 "$SHARED_DIR/data/textberg-dev/dev.de" >"$TMP/de"
	head -n 70 "$SHARED_DIR/data/textberg-dev/dev.fr" >"$TMP/fr"
	oom "align de/fr --lines" "$MUWAZI" align --lines -f vecalign "$TMP/de" "$TMP/fr"
	OOM_PRE='rm -rf "$TMP/cold2"' MUWAZI_CACHE_DIR=$TMP/cold2 \
		oom "align de/fr, its lexicon cache made" "$MUWAZI" align --lines "$TMP/de" "$TMP/fr"
else
	skip "out of memory, align de/fr: no ../shared data or no FreeDict deu-fra"
fi
