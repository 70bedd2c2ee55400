# cli_badinput.sh - every command on bad input: a missing file, a directory,
# an unreadable file, an empty file, invalid UTF-8 at the start, middle and
# end, a binary file (NUL bytes), no final newline, a 1 MB line, CRLF line
# ends. Asserts no crash (exit < 128, no sanitizer report), the right exit
# status, a message naming the file (and line and byte for bad UTF-8), and
# nothing silently lost. A command that says "not implemented yet" is
# skipped. Known misbehaviour is a skip line "# TODO <area>: ..." until fixed.
. "$TESTS_DIR/lib.sh" || exit 1

D=$TMP/in
mkdir -p "$D/dir"
AR_SENT='قال الرئيس إن الوضع مستقر.'
EN_SENT='The president said the situation was stable.'
printf '%s\nوصل الوفد إلى بغداد.\n' "$AR_SENT" >"$D/ar.txt"
printf '%s\nThe delegation arrived in Baghdad.\n' "$EN_SENT" >"$D/en.txt"
printf 'Numan\tالنعمان\tNouman\n' >"$D/style.tsv"
printf '[0]:[0]\n[1]:[1]\n' >"$D/gold.va"
: >"$D/empty"
printf 'abc\000def\n' >"$D/binary"

# ---- running a command ----
# run ARGS...: runs $MUWAZI ARGS, sets RC, OUT and ERR files; checks no crash.
RC=0
run() {
	"$MUWAZI" "$@" >"$TMP/out" 2>"$TMP/err"
	RC=$?
	if [ "$RC" -ge 128 ] || grep -qE 'Sanitizer|runtime error|LeakSanitizer' "$TMP/err"; then
		notok "no crash: muwazi $* (status $RC)"
		sed 's/^/#   /' "$TMP/err" | head -n 6
		return 1
	fi
	return 0
}
status_is() { # DESC WANT
	if [ "$RC" -eq "$2" ]; then ok "$1"; else
		notok "$1 (status $RC, wanted $2)"
		sed 's/^/#   /' "$TMP/err" | head -n 3
	fi
}
err_has() { # DESC FIXED-STRING
	if grep -qF -- "$2" "$TMP/err"; then ok "$1"; else
		notok "$1"
		printf '#   wanted in stderr: %s\n' "$2"
		sed 's/^/#   got: /' "$TMP/err" | head -n 3
	fi
}
todo() { # AREA WHAT: a known misbehaviour, reported, not failing main
	skip "# TODO $1: $2"
}

implemented() {
	"$MUWAZI" "$1" --help >/dev/null 2>"$TMP/impl"
	! grep -q 'not implemented' "$TMP/impl"
}

# Each way of giving a command a data file: "NAME|ARGS with @ for the file".
# The text commands read the file as text; the others as their own format.
INVOCATIONS=(
	"norm|norm @"
	"split|split @"
	"translit|translit @"
	"names|names @"
	"match|match @"
	"check|check --style $D/style.tsv @"
	"check-style|check --style @ $D/en.txt"
	"align-src|align --no-dict @ $D/en.txt"
	"align-tgt|align --no-dict --lines $D/ar.txt @"
	"score-gold|score @ $D/gold.va"
	"score-test|score $D/gold.va @"
)
# run_inv INVOCATION FILE
run_inv() {
	local args=${1#*|} a argv=()
	for a in $args; do [ "$a" = @ ] && argv+=("$2") || argv+=("$a"); done
	run "${argv[@]}"
}
inv_name() { echo "${1%%|*}"; }
inv_cmd() { local a=${1#*|}; echo "${a%% *}"; }

# ---- every command: missing, directory, unreadable, empty ----
for inv in "${INVOCATIONS[@]}"; do
	name=$(inv_name "$inv") cmd=$(inv_cmd "$inv")
	if ! implemented "$cmd"; then
		skip "$name: muwazi $cmd not implemented yet"
		continue
	fi
	if run_inv "$inv" "$D/missing"; then
		status_is "$name: missing file: exit 2" 2
		err_has "$name: missing file named" "$D/missing"
	fi
	if run_inv "$inv" "$D/dir"; then
		status_is "$name: a directory: exit 2" 2
		err_has "$name: directory named" "$D/dir"
	fi
	if [ "$(id -u)" = 0 ]; then
		skip "$name: unreadable file (running as root)"
	else
		cp "$D/en.txt" "$D/unreadable" && chmod 000 "$D/unreadable"
		if run_inv "$inv" "$D/unreadable"; then
			status_is "$name: unreadable file: exit 2" 2
			err_has "$name: unreadable file named" "$D/unreadable"
		fi
		rm -f "$D/unreadable"
	fi
	if run_inv "$inv" "$D/empty"; then
		status_is "$name: empty file: exit 0" 0
	fi
done

# ---- invalid UTF-8 at the start, middle and end of a text file ----
# Byte B is 1-based in the file.
printf '\xC3\x28abc\nline two\n' >"$D/bad-start"
printf 'line one\nli\xED\xA0\x80ne two\nthree\n' >"$D/bad-mid"
printf 'one\ntwo\xE2\x80' >"$D/bad-end"
BAD_AT=("bad-start 1 1" "bad-mid 2 12" "bad-end 2 8")
for inv in "${INVOCATIONS[@]}"; do
	name=$(inv_name "$inv") cmd=$(inv_cmd "$inv")
	implemented "$cmd" || continue
	case $name in score-*) continue ;; esac # vecalign files: below
	for spec in "${BAD_AT[@]}"; do
		set -- $spec
		f=$D/$1
		run_inv "$inv" "$f" || continue
		if [ "$name" = check-style ]; then
			# a bad style sheet is bad data (exit 1), as align's bad --glossary is
			status_is "$name: $1: exit 1 (bad data, as align --glossary)" 1
		else
			status_is "$name: $1: exit 1" 1
		fi
		err_has "$name: $1: file, line and byte named" "$f: invalid UTF-8 at line $2, byte $3"
	done
done
# vecalign files with a bad byte: refused (exit 1), file and line named.
printf '[0]:[0]\n[1]:[1\xC3\x28]\n' >"$D/bad.va"
for inv in "score-gold|score @ $D/gold.va" "score-test|score $D/gold.va @"; do
	implemented score || break
	name=$(inv_name "$inv")
	if run_inv "$inv" "$D/bad.va"; then
		status_is "$name: invalid UTF-8 in a vecalign file: exit 1" 1
		err_has "$name: file, line and byte named" "$D/bad.va: invalid UTF-8 at line 2, byte 15"
	fi
done

# ---- binary input (NUL bytes) ----
for inv in "${INVOCATIONS[@]}"; do
	name=$(inv_name "$inv") cmd=$(inv_cmd "$inv")
	implemented "$cmd" || continue
	run_inv "$inv" "$D/binary" || continue
	if [ "$RC" -ne 0 ] && grep -qF "$D/binary" "$TMP/err"; then
		ok "$name: binary file refused, file named (status $RC)"
	else
		notok "$name: binary file refused, file named (status $RC)"
	fi
	case $name in
	norm | translit | split | names | check | align-*)
		# the line and the byte within the file, whether the command streams or not
		status_is "$name: binary file: exit 1" 1
		err_has "$name: binary file: line and byte named" "$D/binary: binary file (NUL byte at line 1, byte 4)" ;;
	esac
done

# ---- UTF-16 text (Windows' "Unicode"): named as such, with the iconv to run ----
# with a byte-order mark, and without one (Arabic with spaces: a NUL every
# other byte); a binary file with NULs on both sides of the pairs stays binary
printf 'قال الرئيس إن الوضع مستقر وإن الوفد وصل إلى بغداد.\nوصل الوفد.\n' |
	iconv -f UTF-8 -t UTF-16 >"$D/u16bom"
printf 'قال الرئيس إن الوضع مستقر وإن الوفد وصل إلى بغداد.\nوصل الوفد.\n' |
	iconv -f UTF-8 -t UTF-16LE >"$D/u16le"
# named_by_all FILE DESC TEXT: every invocation on FILE exits 1 and says TEXT
named_by_all() {
	local inv name
	for inv in "${INVOCATIONS[@]}"; do
		name=$(inv_name "$inv")
		implemented "$(inv_cmd "$inv")" || continue
		run_inv "$inv" "$1" || continue
		status_is "$name: $2: exit 1" 1
		err_has "$name: $2: named" "$3"
	done
}
named_by_all "$D/u16bom" "UTF-16 with a byte-order mark" \
	"$D/u16bom: UTF-16LE text (byte-order mark at byte 1), not UTF-8; convert it first: iconv -f UTF-16 -t UTF-8"
named_by_all "$D/u16le" "UTF-16LE without a byte-order mark" \
	"$D/u16le: UTF-16LE text (a NUL in every other byte from byte 1), not UTF-8; convert it first: iconv -f UTF-16LE -t UTF-8"

# ---- legacy 8-bit encodings (Arabic archives in Windows-1256, Word's English in
# Windows-1252): said so, with the iconv to run; a damaged UTF-8 file gets no guess ----
printf 'قال الرئيس إن الوضع مستقر في المدينة.\nوصل الوفد إلى العاصمة.\n' |
	iconv -f UTF-8 -t WINDOWS-1256 >"$D/cp1256"
printf 'قال الرئيس إن الوضع مستقر في المدينة.\nوصل الوفد إلى العاصمة.\n' |
	iconv -f UTF-8 -t ISO-8859-6 >"$D/iso8859-6"
printf 'He said \x93no\x94 to the caf\xe9 owner \x96 twice.\n' >"$D/cp1252"
printf 'He met Sadr.\nHe met Sa\xC3\x28dr.\n' >"$D/damaged"
named_by_all "$D/cp1256" "Windows-1256 Arabic" \
	"it looks like Windows-1256 (Arabic) text: convert it first: iconv -f WINDOWS-1256 -t UTF-8"
named_by_all "$D/iso8859-6" "ISO-8859-6 Arabic" "it looks like ISO-8859-6 (Arabic) text"
named_by_all "$D/cp1252" "Windows-1252 English" "it looks like Windows-1252 (Western European) text"
for inv in "${INVOCATIONS[@]}"; do
	name=$(inv_name "$inv")
	implemented "$(inv_cmd "$inv")" || continue
	run_inv "$inv" "$D/damaged" || continue
	status_is "$name: damaged UTF-8: exit 1" 1
	grep -q "looks like" "$TMP/err" && notok "$name: damaged UTF-8: no guess at an encoding" ||
		ok "$name: damaged UTF-8: no guess at an encoding"
done

# ---- no final newline: the last line is not lost ----
printf 'one\ntwo' >"$D/nonl"
if implemented norm && run norm "$D/nonl"; then
	expect_eq "norm: no final newline: both lines out" "$(cat "$TMP/out")" "$(printf 'one\ntwo')"
fi
if implemented translit && run translit "$D/nonl"; then
	expect_eq "translit: no final newline: both lines out" "$(cat "$TMP/out")" "$(printf 'one\ntwo')"
fi
if implemented split && run split "$D/nonl"; then
	grep -q two "$TMP/out" && ok "split: no final newline: last line kept" || notok "split: no final newline: last line kept"
fi
printf 'Sadr\tالصدر\nNuman\tالنعمان' >"$D/nonl.tsv"
if implemented match && run match "$D/nonl.tsv"; then
	expect_eq "match: no final newline: both pairs answered" "$(wc -l <"$TMP/out")" 2
fi
printf 'He met Nouman.\nThen Nouman left.' >"$D/nonl.en"
if implemented check && run check --style "$D/style.tsv" "$D/nonl.en"; then
	expect_eq "check: no final newline: the last line is checked" "$(grep -c Nouman "$TMP/out")" 2
fi
printf '[0]:[0]\n[1]:[1]' >"$D/nonl.va"
if implemented score && run score "$D/gold.va" "$D/nonl.va"; then
	grep -qP '^\S*nonl.va\t1\.0+\t1\.0+\t1\.0+' "$TMP/out" && ok "score: no final newline: the last bead counted" ||
		notok "score: no final newline: the last bead counted"
fi

# ---- align: every sentence in exactly one bead, in every format ----
# covers VECALIGN-FILE NSRC NTGT: each index once, in order
covers() {
	awk -v ns="$2" -v nt="$3" -F: '
		{ for (side = 1; side <= 2; side++) {
			s = $side; gsub(/[][ ]/, "", s); n = split(s, v, ",")
			for (i = 1; i <= n; i++) if (v[i] != "") {
				if (side == 1) { if (v[i] != si) bad = 1; si++ } else { if (v[i] != ti) bad = 1; ti++ }
			} } }
		END { exit !(bad == 0 && si == ns && ti == nt) }' si=0 ti=0 "$1"
}
if implemented align; then
	# --lines: line k is sentence k, an empty line an empty sentence
	printf '%s\r\n\r\nوصل الوفد.\r\n' "$AR_SENT" >"$D/crlf.ar"
	printf 'one\n\ntwo\nthree' >"$D/nonl.en3"
	for pair in "ar.txt en.txt 2 2" "ar.txt empty 2 0" "empty en.txt 0 2" "crlf.ar en.txt 3 2" "ar.txt nonl.en3 2 4"; do
		set -- $pair
		if run align --no-dict --lines -f vecalign "$D/$1" "$D/$2"; then
			covers "$TMP/out" "$3" "$4" && ok "align --lines $1 $2: every sentence in one bead" ||
				notok "align --lines $1 $2: every sentence in one bead"
			nb=$(grep -c . "$TMP/out")
			run align --no-dict --lines -f jsonl "$D/$1" "$D/$2" &&
				expect_eq "align $1 $2: jsonl has the same beads" "$(grep -c '^{' "$TMP/out")" "$nb"
			run align --no-dict --lines -f tsv "$D/$1" "$D/$2" &&
				expect_eq "align $1 $2: tsv has the same beads" "$(grep -c '' "$TMP/out")" "$nb"
			run align --no-dict --lines -f text "$D/$1" "$D/$2" &&
				grep -q "^-- $nb beads" "$TMP/out" && ok "align $1 $2: text has the same beads" ||
				notok "align $1 $2: text has the same beads"
		fi
	done
fi

# ---- a 1 MB line ----
awk 'BEGIN { for (i = 0; i < 15000; i++) printf "%s", "قال الصدر إن الوضع مستقر، "; print "" }' >"$D/long.ar"
awk 'BEGIN { for (i = 0; i < 25000; i++) printf "%s", "Sadr said it was stable, "; print "" }' >"$D/long.en"
nonspace() { tr -d ' \t\r\n' <"$1" | wc -c; }
if implemented norm && run norm "$D/long.ar"; then
	status_is "norm: 1 MB line: exit 0" 0
	expect_eq "norm: 1 MB line: one line, every letter kept" "$(wc -l <"$TMP/out") $(nonspace "$TMP/out")" "1 $(nonspace "$D/long.ar")"
fi
if implemented split && run split "$D/long.en"; then
	status_is "split: 1 MB line: exit 0" 0
	expect_eq "split: 1 MB line: every letter kept" "$(nonspace "$TMP/out")" "$(nonspace "$D/long.en")"
fi
if implemented translit && run translit "$D/long.ar"; then
	status_is "translit: 1 MB line: exit 0" 0
	expect_eq "translit: 1 MB line: one line out" "$(wc -l <"$TMP/out")" 1
fi
if implemented names && run names "$D/long.en"; then
	status_is "names: 1 MB line: exit 0" 0
	grep -q '^Sadr 25000' "$TMP/out" && ok "names: 1 MB line: every name counted" || notok "names: 1 MB line: every name counted"
fi
if implemented check && run check --style "$D/style.tsv" "$D/long.en"; then
	status_is "check: 1 MB line: exit 0 (no variant in it)" 0
fi
if implemented match; then
	{ awk 'BEGIN { for (i = 0; i < 100000; i++) printf "Sadr "; printf "\t"; for (i = 0; i < 50000; i++) printf "الصدر "; print "" }'
	  printf 'Sadr\tالصدر\n'; } >"$D/long.tsv"
	if run match "$D/long.tsv"; then
		status_is "match: 700 KB names: exit 0" 0
		expect_eq "match: 700 KB names: both pairs answered" "$(wc -l <"$TMP/out")" 2
	fi
fi
if implemented align && run align --no-dict --lines -f vecalign "$D/long.ar" "$D/en.txt"; then
	covers "$TMP/out" 1 2 && ok "align: 1 MB line: every sentence in one bead" || notok "align: 1 MB line: every sentence in one bead"
fi

# ---- CRLF line ends: \r\n is a line end, no \r comes out ----
printf '%s\r\nوصل الوفد.\r\n' "$AR_SENT" >"$D/crlf.ar"
printf '%s\r\nIt rained.\r\n' "$EN_SENT" >"$D/crlf.en"
printf 'Sadr\tالصدر\r\nNuman\tالنعمان\r\n' >"$D/crlf.tsv"
printf 'Numan\tالنعمان\tNouman\r\n' >"$D/crlf-style.tsv"
printf 'He met Nouman.\r\n' >"$D/crlf-art.en"
printf '[0]:[0]\r\n[1]:[1]\r\n' >"$D/crlf.va"
no_cr() { ! grep -q $'\r' "$TMP/out"; }
crlf_check() { # AREA DESC WANT-LINES ARGS...
	local area=$1 desc=$2 want=$3; shift 3
	implemented "$1" || return 0
	run "$@" || return 0
	status_is "$desc: exit 0" 0
	if [ -n "$want" ]; then expect_eq "$desc: line count kept" "$(wc -l <"$TMP/out")" "$want"; fi
	if no_cr; then ok "$desc: no CR in the output"; else notok "$desc: no CR in the output"; fi
}
crlf_check norm "norm, CRLF" 2 norm "$D/crlf.ar"
crlf_check seg "split, CRLF" 4 split "$D/crlf.ar" "$D/crlf.en"
crlf_check tlit "translit, CRLF" 2 translit "$D/crlf.ar"
crlf_check names "match, CRLF" 2 match "$D/crlf.tsv"
crlf_check align "align tsv, CRLF" 2 align --no-dict --lines -f tsv "$D/crlf.ar" "$D/crlf.en"
if implemented check && run check --style "$D/crlf-style.tsv" "$D/crlf-art.en"; then
	status_is "check: CRLF style sheet and article: the variant found (exit 1)" 1
	grep -q '"Nouman": house style is "Numan" (النعمان)$' "$TMP/out" && ok "check: CRLF: no CR in the message" ||
		notok "check: CRLF: no CR in the message"
fi
if implemented score && run score "$D/gold.va" "$D/crlf.va"; then
	status_is "score: CRLF vecalign file: exit 0" 0
	grep -qP 'crlf.va\t1\.0+\t' "$TMP/out" && ok "score: CRLF vecalign file: perfect" || notok "score: CRLF vecalign file: perfect"
fi

# ---- key: names on the command line ----
if implemented key; then
	if run key "$(printf 'Sa\xC3\x28dr')"; then
		status_is "key: invalid UTF-8 argument: exit 1" 1
		grep -q 'invalid UTF-8' "$TMP/err" && ok "key: invalid UTF-8 argument reported" || notok "key: invalid UTF-8 argument reported"
	fi
	if run key ""; then
		[ "$RC" -lt 2 ] && ok "key: empty name: no crash, status $RC" || notok "key: empty name (status $RC)"
	fi
	if run key "$(awk 'BEGIN { for (i = 0; i < 20000; i++) printf "Sadr "; }')"; then
		status_is "key: 100 KB name: exit 0" 0
	fi
fi

# A UTF-8 byte-order mark (as Windows editors write) before the first line of a gold
# file, a style sheet, a batch list or a file of name pairs is skipped, as for articles;
# a NUL byte in a glossary or a file of name pairs is a binary file, named with its line
R=$ROOT_DIR/corpora
printf '\xef\xbb\xbf[0]:[0]\n[1]:[1]\n' >"$TMP/bom.gold"
printf '[0]:[0]\n[1]:[1]\n' >"$TMP/plain.gold"
"$MUWAZI" score "$TMP/bom.gold" "$TMP/plain.gold" >"$TMP/out" 2>"$TMP/err"
expect_eq "score: a gold file with a byte-order mark: read, F1 1" "$?:$(tail -n 1 "$TMP/out" | cut -f4)" "0:1.0000"
printf '\xef\xbb\xbf# sheet\nMuqtada al-Sadr\t\xd9\x85\xd9\x82\xd8\xaa\xd8\xaf\xd9\x89 \xd8\xa7\xd9\x84\xd8\xb5\xd8\xaf\xd8\xb1\n' >"$TMP/bom.tsv"
echo "Moqtada al-Sadr spoke." >"$TMP/draft.txt"
"$MUWAZI" check --style "$TMP/bom.tsv" "$TMP/draft.txt" >"$TMP/out" 2>"$TMP/err"
expect_eq "check: a style sheet with a byte-order mark: read, the name found" \
	"$?:$(grep -c 'house style is "Muqtada' "$TMP/out")" "1:1"
printf '\xef\xbb\xbf%s\t%s\n' "$R/article.ar.lines" "$R/article.en.lines" >"$TMP/bom-list.tsv"
"$MUWAZI" align --batch "$TMP/bom-list.tsv" --lines -f vecalign -o "$TMP/bom-out" >/dev/null 2>"$TMP/err"
expect_eq "align --batch: a list with a byte-order mark: its first pair aligned" \
	"$?:$(ls "$TMP/bom-out")" "0:article.ar.vec"
printf "\xef\xbb\xbfNuman\tNu'man\n" >"$TMP/bom-pairs.tsv"
"$MUWAZI" match "$TMP/bom-pairs.tsv" >"$TMP/out" 2>"$TMP/err"
expect_eq "match: a file with a byte-order mark: the mark not copied into the output" \
	"$?:$(cut -f1 "$TMP/out")" "0:Numan"
printf 'Sa\0dr\tSadr\n' >"$TMP/nul-pairs.tsv"
"$MUWAZI" match "$TMP/nul-pairs.tsv" >"$TMP/out" 2>"$TMP/err"
expect_eq "match: a NUL byte: exit 1, named as a binary file with its line" \
	"$?:$(grep -c 'nul-pairs.tsv: binary file (NUL byte at line 1)' "$TMP/err")" "1:1"
printf '\xd8\xa7\xd9\x84\xd8\xb4\xd8\xaf\xd8\xa7\xd8\xaf\xd9\x8a\tShad\0dadi\n' >"$TMP/nul-glossary.tsv"
"$MUWAZI" align --glossary "$TMP/nul-glossary.tsv" "$R/article.ar.txt" "$R/article.en.txt" >/dev/null 2>"$TMP/err"
expect_eq "align --glossary: a NUL byte: exit 1, the glossary's line and byte named" \
	"$?:$(grep -c 'nul-glossary.tsv:1: binary file (NUL byte at byte 20)' "$TMP/err")" "1:1"
# a binary file's invalid UTF-8 before its first NUL (an executable's header): still said to be
# a binary file, not a Windows-1252 text to convert; score says so once, not a line a line
printf '\177ELF\002\001\001\0\0\0\0\0\0\0\0\0\003\0>\0\001\0\0\0\220\344\n\377\0more\n' >"$TMP/elf.bin"
"$MUWAZI" align --glossary "$TMP/elf.bin" "$R/article.ar.txt" "$R/article.en.txt" >/dev/null 2>"$TMP/err"
expect_eq "align --glossary: an executable: exit 1, a binary file, no encoding hint" \
	"$?:$(grep -c 'elf.bin:1: binary file (NUL byte at byte 8)' "$TMP/err"):$(grep -c iconv "$TMP/err")" "1:1:0"
"$MUWAZI" score "$R/article.gold" "$TMP/elf.bin" >/dev/null 2>"$TMP/err"
expect_eq "score: an executable: exit 1, one line saying a binary file" \
	"$?:$(wc -l <"$TMP/err"):$(grep -c 'elf.bin: binary file (NUL byte at line 1, byte 8)' "$TMP/err")" "1:1:1"
# in a file of CR lines, a bad byte's line is its CR line, in every command
printf 'one.\rtwo.\rthree.\rfour.\rfi\377ve.\r' >"$TMP/crbad.txt"
for c in split names "align --lines" "check --style $ROOT_DIR/corpora/style.tsv"; do
	$MUWAZI $c "$TMP/crbad.txt" "$ROOT_DIR/corpora/article.en.lines" >/dev/null 2>"$TMP/err"
	expect_eq "$c: invalid UTF-8 in a file of CR lines: line 5" "$(grep -c 'crbad.txt: invalid UTF-8 at line 5, byte 26' "$TMP/err")" 1
done
printf 'one.\rtwo.\rthr\0ee.\r' >"$TMP/crnul.txt"
"$MUWAZI" split "$TMP/crnul.txt" >/dev/null 2>"$TMP/err"
expect_eq "split: a NUL in a file of CR lines: line 3" "$(grep -c 'crnul.txt: binary file (NUL byte at line 3, byte 14)' "$TMP/err")" 1
