# cli_bigfile.sh - huge inputs run in bounded memory: a 64 MB single line of
# Arabic through `muwazi norm` (both profiles) and 64 MB of short lines, and a
# 16 MB file of paragraphs through `muwazi split`. Peak memory is measured
# with tests/maxrss (getrusage of the child) and held to generous bounds; the
# figures are printed. Not timed. Skipped under AddressSanitizer, whose
# shadow memory makes resident size meaningless.
. "$TESTS_DIR/lib.sh" || exit 1

MAXRSS=$TESTBIN/maxrss
if grep -q __asan_init "$MUWAZI" 2>/dev/null; then
	skip "bounded memory: not measured under AddressSanitizer"
	exit 0
fi
if [ ! -x "$MAXRSS" ]; then notok "no $MAXRSS (built by make check)"; exit 0; fi
implemented() { "$MUWAZI" "$1" --help >/dev/null 2>"$TMP/impl"; ! grep -q 'not implemented' "$TMP/impl"; }

# grow FILE MB: doubles FILE until it holds at least MB megabytes
grow() {
	while [ "$(stat -c %s "$1")" -lt $(($2 << 20)) ]; do
		cat "$1" "$1" >"$1.2" && mv "$1.2" "$1"
	done
}
# measure DESC BOUND_MB CMD...: runs CMD (stdout counted: "lines bytes"), checks peak memory
measure() {
	local desc=$1 bound=$2; shift 2
	"$MAXRSS" "$@" 2>"$TMP/rss.err" | wc -lc >"$TMP/count"
	RC=${PIPESTATUS[0]}
	KB=$(sed -n 's/^maxrss: //p' "$TMP/rss.err")
	if [ "$RC" -ne 0 ] || [ -z "$KB" ]; then
		notok "$desc: status $RC"; sed 's/^/#   /' "$TMP/rss.err" | head -n 3; return 1
	fi
	echo "# $desc: peak memory $((KB / 1024)) MB"
	if [ "$KB" -lt $((bound * 1024)) ]; then ok "$desc: peak memory below $bound MB"; else
		notok "$desc: peak memory $((KB / 1024)) MB, bound $bound MB"
	fi
	read -r LINES BYTES <"$TMP/count"
	return 0
}

# One Arabic news line, no final stop, repeated to a 64 MB single line.
printf '%s' 'قال مقتدى الصدر إن الوضع في الحسكة مستقر، وأضاف صباح النعمان أن داعش انسحب من الشدادي، ' >"$TMP/line"
grow "$TMP/line" 64
echo >>"$TMP/line"
size=$(stat -c %s "$TMP/line")
if implemented norm; then
	if measure "norm, display: $((size >> 20)) MB single line" 48 "$MUWAZI" norm "$TMP/line"; then
		expect_eq "norm, display: one line out, every byte (clean text is unchanged)" "$LINES $BYTES" "1 $size"
	fi
	if measure "norm, match: $((size >> 20)) MB single line" 48 "$MUWAZI" norm --profile match "$TMP/line"; then
		expect_eq "norm, match: one line out" "$LINES" 1
	fi
	sed 's/، /\n/g' "$TMP/line" | grep -v '^ *$' >"$TMP/lines"
	n=$(wc -l <"$TMP/lines")
	if measure "norm, display: $(($(stat -c %s "$TMP/lines") >> 20)) MB of $n lines" 48 "$MUWAZI" norm "$TMP/lines"; then
		expect_eq "norm: the line count kept" "$LINES" "$n"
	fi
	rm -f "$TMP/lines"
else
	skip "norm not implemented yet"
fi
rm -f "$TMP/line"

# 16 MB of two-sentence paragraphs through split.
printf '%s\n\n' 'قال مقتدى الصدر إن الوضع في الحسكة مستقر. وأضاف صباح النعمان أن داعش انسحب من الشدادي.' >"$TMP/paras"
grow "$TMP/paras" 16
paras=$(grep -c . "$TMP/paras")
mb=$(($(stat -c %s "$TMP/paras") >> 20))
if implemented split; then
	# Linear in the input, not explosive: at most 4 bytes a byte and 64 MB.
	if measure "split: $mb MB of $paras paragraphs" $((4 * mb + 64)) "$MUWAZI" split "$TMP/paras"; then
		expect_eq "split: two sentences a paragraph, none lost" "$LINES" $((2 * paras))
		if [ "$KB" -gt $((32 * 1024)) ]; then
			notok "split: $mb MB in bounded memory ($((KB / 1024)) MB used; it streams by paragraph)"
		else
			ok "split: $mb MB in bounded memory"
		fi
	fi
else
	skip "split not implemented yet"
fi

# A table pasted as one sentence: 100,000 numbers in the first source line, one a line in
# the target, then 2,000 plain sentences a side. Every number is found in one sentence of
# each side, so all 100,000 are candidate anchors in one row; they once cost time in the
# square of their number (18 s here), now a sort.
if implemented align; then
	n=100000
	{ seq 1 $n | tr '\n' ' '; echo; for ((k = 0; k < 2000; k++)); do echo "The council met again on day $k."; done; } >"$TMP/table.src"
	{ seq 1 $n; for ((k = 0; k < 2000; k++)); do echo "اجتمع المجلس مرة أخرى في اليوم $k."; done; } >"$TMP/table.tgt"
	if measure "align: one line of $n numbers against $n lines, 2,000 sentences besides" 256 \
		"$MUWAZI" align --lines --format vecalign "$TMP/table.src" "$TMP/table.tgt"; then
		"$MUWAZI" align --lines --format vecalign "$TMP/table.src" "$TMP/table.tgt" >"$TMP/table.vec"
		expect_eq "align: the table, every sentence in one bead, in order" \
			"$(check_beads "$TMP/table.vec" 2001 $((n + 2000)))" ""
		expect_eq "align: the table, the 2,000 sentences after it paired 1-1, each with its own" \
			"$(awk -F'[][]' -v n=$n '$2 > 0 && $2 + n - 1 == $4 { k++ } END { print k + 0 }' "$TMP/table.vec")" 2000
	fi
	rm -f "$TMP/table.src" "$TMP/table.tgt" "$TMP/table.vec"
else
	skip "align not implemented yet"
fi

# 10,000 names, each spelled once and unlike the others: a group each, in memory in
# proportion to them (each group once took room for every spelling: 800 MB of address
# space here, refused under the limit below).
if implemented names; then
	awk 'BEGIN { srand(7); for (k = 0; k < 10000; k++) { s = "Mr"
		for (w = 0; w < 2; w++) { n = ""; for (c = 0; c < 7; c++) n = n sprintf("%c", 97 + int(rand() * 26))
			s = s " " toupper(substr(n, 1, 1)) substr(n, 2) }
		printf "%s said. ", s } print "" }' >"$TMP/names.txt"
	(ulimit -v 600000 && "$MUWAZI" names "$TMP/names.txt" >"$TMP/names.out" 2>"$TMP/names.err")
	expect_eq "names: 10,000 spellings under a 600 MB address-space limit (status)" "$?" 0
	expect_eq "names: 10,000 spellings, a line each" "$(wc -l <"$TMP/names.out")" \
		"$(tr ' ' '\n' <"$TMP/names.txt" | grep -c '^Mr$')"
	rm -f "$TMP/names.txt" "$TMP/names.out" "$TMP/names.err"
else
	skip "names not implemented yet"
fi

# An archive through names: sixteen files of 2 MB take the memory of one (each is read again
# for the second pass, not kept: all of them once took 46 MB here, one 16 MB).
if implemented names; then
	printf '%s\n' 'Sabah al-Numan said the border near al-Shaddadi was sealed, and Hasakeh was calm.' >"$TMP/arch1"
	grow "$TMP/arch1" 2
	set --
	for k in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16; do set -- "$@" "$TMP/arch1"; done
	if measure "names: 16 files of 2 MB" 32 "$MUWAZI" names "$@"; then
		"$MUWAZI" names "$TMP/arch1" >"$TMP/one.out"
		n=$(awk '/^Sabah al-Numan / { print $3 }' "$TMP/one.out")
		"$MUWAZI" names "$@" >"$TMP/all.out"
		expect_eq "names: 16 files counted together" "$(awk '/^Sabah al-Numan / { print $3 }' "$TMP/all.out")" \
			"$((16 * n))"
	fi
	rm -f "$TMP/arch1" "$TMP/one.out" "$TMP/all.out"
	set --
fi
