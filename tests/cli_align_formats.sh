# cli_align_formats.sh - muwazi align output formats against golden files, TMX
# validity and escaping, JSON escaping. Regenerate the goldens (after checking
# the change is wanted) with: UPDATE_GOLDEN=1 make check
. "$TESTS_DIR/lib.sh" || exit 1
. "$ROOT_DIR/tests/golden/align/helpers.sh" || exit 1

# golden DESC NAME ARGS...: masked `muwazi align ARGS` against tests/golden/align/NAME.
golden() {
	local desc=$1 name=$2; shift 2
	if [ -n "${UPDATE_GOLDEN:-}" ]; then align_masked "$@" >"$GOLD/$name" 2>/dev/null; fi
	expect_golden "$desc" "$GOLD/$name" align_masked "$@"
}

# The easy pair: four sentences a side, obviously 1-1. Scores are masked:
# they move as the engine improves, the beads should not.
for f in text tsv jsonl tmx vecalign; do
	golden "easy pair, --lines, $f" "easy.$f" --lines -f "$f" "$GOLD/easy.ar.lines" "$GOLD/easy.en.lines"
done
golden "easy pair, raw text, text" easy-raw.text "$GOLD/easy.ar.txt" "$GOLD/easy.en.txt"
golden "easy pair, raw text, English first, tmx" easy-raw-en-ar.tmx -f tmx "$GOLD/easy.en.txt" "$GOLD/easy.ar.txt"

# Escaping: awkward text against an empty side, so every bead is 1-0 and no
# engine decision is involved: exact output, scores included.
for f in text tsv jsonl vecalign; do
	golden "escapes, $f" "escapes.$f" --lines -f "$f" --src-lang en --tgt-lang ar "$GOLD/escapes.lines" "$GOLD/empty.lines"
done
golden "escapes, tmx --keep-empty" escapes.tmx --lines -f tmx --keep-empty --src-lang en --tgt-lang ar \
	"$GOLD/escapes.lines" "$GOLD/empty.lines"
golden "escapes reversed, tmx --keep-empty" escapes-rev.tmx --lines -f tmx --keep-empty "$GOLD/empty.lines" \
	"$GOLD/escapes.lines"

"$MUWAZI" align --lines -f tmx --keep-empty --src-lang en --tgt-lang ar "$GOLD/escapes.lines" "$GOLD/empty.lines" \
	>"$TMP/e.tmx" 2>"$TMP/err"
tmx_valid "escapes: tmx valid against the TMX 1.4 DTD" "$TMP/e.tmx"
grep -q "tmx: 1 bead of empty sentences left out" "$TMP/err" && ok "tmx --keep-empty: an empty line has no unit, and says so" ||
	notok "tmx --keep-empty: an empty line has no unit, and says so"
for f in easy.tmx easy-raw-en-ar.tmx escapes-rev.tmx; do tmx_valid "$f valid" "$GOLD/$f"; done
if command -v xmllint >/dev/null 2>&1; then
	xmllint --noout "$TMP/e.tmx" 2>/dev/null && ok "tmx well-formed XML" || notok "tmx well-formed XML"
	got=$(xmllint --xpath 'string(//tu[@tuid="1"]/tuv/seg)' "$TMP/e.tmx" 2>/dev/null)
	expect_eq "tmx: escaped text reads back exactly (trimmed)" "$got" \
		"Quotes \"double\" and 'single', & ampersand, <tag> and a\\backslash."
else
	skip "no xmllint"
fi
grep -q 'creationtoolversion="'"$("$MUWAZI" --version | sed -n '1s/^muwazi \([^ ]*\).*/\1/p')"'"' "$TMP/e.tmx" &&
	ok "tmx creationtoolversion is muwazi's version" || notok "tmx creationtoolversion is muwazi's version"

# Every control character, XML's specials and non-characters: the TMX stays valid.
{
	for b in 01 02 03 04 05 06 07 08 09 0b 0c 0d 0e 0f 10 11 12 13 14 15 16 17 18 19 1a 1b 1c 1d 1e 1f 7f; do
		printf "byte \\x$b: [\x$b] & more\n"
	done
	for c in 80 85 9b 9f; do printf "C1 U+00$c: [\xc2\x$c]\n"; done
	printf 'non-characters [\xef\xbf\xbe] [\xef\xbf\xbf] and U+1F600 [\xf0\x9f\x98\x80]\n'
	printf 'markup ]]> <!-- --> <![CDATA[ x ]]> &amp; &#0; <?pi?>\n'
} >"$TMP/ctl.lines"
"$MUWAZI" align -q --lines -f tmx --keep-empty --src-lang en --tgt-lang ar "$TMP/ctl.lines" "$GOLD/empty.lines" >"$TMP/ctl.tmx"
tmx_valid "controls and markup against an empty side: tmx valid" "$TMP/ctl.tmx"
expect_eq "controls: a unit a line" "$(grep -c '<tu ' "$TMP/ctl.tmx")" "$(nlines "$TMP/ctl.lines")"
"$MUWAZI" align -q --lines -f tmx --src-lang en --tgt-lang ar "$TMP/ctl.lines" "$TMP/ctl.lines" >"$TMP/ctl2.tmx"
tmx_valid "controls and markup aligned with themselves: tmx valid" "$TMP/ctl2.tmx"
LC_ALL=C grep -q $'[\x01-\x08\x0b\x0c\x0e-\x1f]' "$TMP/ctl.tmx" "$TMP/ctl2.tmx" &&
	notok "tmx: no C0 control left" || ok "tmx: no C0 control left"
"$MUWAZI" align -q --lines -f jsonl "$TMP/ctl.lines" "$GOLD/empty.lines" >"$TMP/ctl.jsonl"
LC_ALL=C grep -q $'[\x01-\x08\x0b\x0c\x0e-\x1f]' "$TMP/ctl.jsonl" &&
	notok "jsonl: no raw C0 control" || ok "jsonl: no raw C0 control"
if command -v jq >/dev/null 2>&1; then
	jq -j '.src_text + "\n"' "$TMP/ctl.jsonl" >"$TMP/ctl.back"
	cmp -s "$TMP/ctl.back" <(sed 's/\r$//' "$TMP/ctl.lines") && ok "jsonl: controls read back exactly (jq)" ||
		notok "jsonl: controls read back exactly (jq)"
fi

# JSON: every line parses and reads back the exact text (with jq, if present).
"$MUWAZI" align --lines -f jsonl "$GOLD/escapes.lines" "$GOLD/empty.lines" >"$TMP/e.jsonl" 2>/dev/null
if command -v jq >/dev/null 2>&1; then
	jq -e . "$TMP/e.jsonl" >/dev/null 2>&1 && ok "jsonl: every line valid JSON (jq)" || notok "jsonl: every line valid JSON (jq)"
	jq -j '.src_text + "\n"' "$TMP/e.jsonl" >"$TMP/back"
	tr -d '\r' <"$GOLD/escapes.lines" >"$TMP/want"
	cmp -s "$TMP/back" "$TMP/want" && ok "jsonl: texts read back exactly (jq)" || notok "jsonl: texts read back exactly (jq)"
	"$MUWAZI" align --lines -f jsonl "$CORP/article.ar.lines" "$CORP/article.en.lines" >"$TMP/a.jsonl"
	jq -e . "$TMP/a.jsonl" >/dev/null 2>&1 && ok "jsonl on the article: valid JSON (jq)" || notok "jsonl on the article: valid JSON (jq)"
else
	skip "no jq: JSON checked by the golden files only"
fi

# --min-score: the TMX keeps the paired beads scoring SCORE or more (a memory
# of sure pairs); how many were left out goes to standard error; still valid.
AR=$CORP/article.ar.lines EN=$CORP/article.en.lines
"$MUWAZI" align --lines -f vecalign "$AR" "$EN" >"$TMP/ms.v" 2>/dev/null
want_low=$(awk -F: '$1 != "[]" && $2 != "[]" && $3 < 0.7' "$TMP/ms.v" | wc -l | tr -d ' ')
want_kept=$(awk -F: '$1 != "[]" && $2 != "[]" && $3 >= 0.7' "$TMP/ms.v" | wc -l | tr -d ' ')
"$MUWAZI" align --lines -f tmx --min-score 0.7 "$AR" "$EN" >"$TMP/ms.tmx" 2>"$TMP/err"
expect_eq "--min-score 0.7: the units of the beads scoring 0.7 or more" "$(grep -c '<tu ' "$TMP/ms.tmx")" "$want_kept"
[ "$want_low" -gt 0 ] && grep -q "tmx: $want_low beads\? scoring under 0.7 left out (--min-score)" "$TMP/err" &&
	ok "--min-score 0.7: how many left out, said ($want_low)" || notok "--min-score 0.7: how many left out, said ($want_low)"
awk '/<prop type="x-score">/ { gsub(/.*">|<.*/, ""); if ($0 + 0 < 0.7) bad = 1 } END { exit bad }' "$TMP/ms.tmx" &&
	ok "--min-score 0.7: no unit under 0.7" || notok "--min-score 0.7: no unit under 0.7"
tmx_valid "--min-score: tmx valid" "$TMP/ms.tmx"
"$MUWAZI" align --lines -f tmx --min-score 0 "$AR" "$EN" >"$TMP/ms0.tmx" 2>/dev/null
"$MUWAZI" align --lines -f tmx "$AR" "$EN" >"$TMP/ms1.tmx" 2>/dev/null
cmp -s "$TMP/ms0.tmx" "$TMP/ms1.tmx" && ok "--min-score 0: the TMX as without it" || notok "--min-score 0: the TMX as without it"
expect_status "--min-score 1.5: exit 2" 2 "$MUWAZI" align --lines -f tmx --min-score 1.5 "$AR" "$EN"
"$MUWAZI" align --lines -f tsv --min-score 0.7 "$AR" "$EN" >"$TMP/ms.tsv" 2>"$TMP/err"
grep -q "min-score matters only with --format tmx" "$TMP/err" && [ "$(wc -l <"$TMP/ms.tsv")" -eq "$(wc -l <"$TMP/ms.v")" ] &&
	ok "--min-score with tsv: said so, every bead kept" || notok "--min-score with tsv: said so, every bead kept"
# invisible format characters (RLM, ZWSP...) at the ends of a unit's text are left out, as
# white space is, and a sentence of them alone is blank: no unit pairs an RLM with a ZWSP,
# and a seg ends at its last letter, so that a memory matches the clean sentence
printf 'الجملة الأولى هنا.\n\xe2\x80\x8f\nالجملة الثالثة هنا.\n' >"$TMP/inv.ar"
printf '\xe2\x80\x8fThe first sentence here.\xe2\x80\x8b\n\xe2\x80\x8b\nThe third \xe2\x80\x8esentence here.\n' >"$TMP/inv.en"
has() { grep -qF -- "$2" "$3" && ok "$1" || notok "$1"; }
"$MUWAZI" align -q --lines -f tmx "$TMP/inv.ar" "$TMP/inv.en" >"$TMP/inv.tmx"
expect_eq "invisible characters: two units, the invisible pair left out" "$(grep -c '<tu ' "$TMP/inv.tmx")" 2
has "invisible characters: trimmed at the ends of a seg" "<seg>The first sentence here.</seg>" "$TMP/inv.tmx"
has "invisible characters: kept inside it" "<seg>The third $(printf '\xe2\x80\x8e')sentence here.</seg>" "$TMP/inv.tmx"
"$MUWAZI" align -q --lines -f tsv "$TMP/inv.ar" "$TMP/inv.en" | cut -f2 >"$TMP/inv.tsv"
grep -qx "The first sentence here." "$TMP/inv.tsv" && ok "invisible characters: tsv trimmed too" ||
	notok "invisible characters: tsv trimmed too"
# csv: every bead one row of three fields, read back by Python's csv module as a spreadsheet
# reads it (quotes taken), the texts those of tsv, a sentence opening with a quote whole
printf '"He erased her," Hale said.\nThe court met\tlater.\n' >"$TMP/q.en"
printf 'قال هيل: "لقد محاها".\nاجتمعت المحكمة لاحقا.\n' >"$TMP/q.ar"
for pair in "$AR $EN" "$TMP/q.ar $TMP/q.en"; do
	set -- $pair
	"$MUWAZI" align -q --lines -f csv "$1" "$2" >"$TMP/c.csv"
	"$MUWAZI" align -q --lines -f tsv "$1" "$2" >"$TMP/c.tsv"
	if command -v python3 >/dev/null 2>&1; then
		got=$(python3 -c '
import csv, sys
rows = list(csv.reader(open(sys.argv[1], newline="", encoding="utf-8-sig")))
tsv = [l.rstrip("\n").split("\t") for l in open(sys.argv[2], encoding="utf-8")]
print(rows[0] == ["ar", "en", "score"] and rows[1:] == tsv and open(sys.argv[1], "rb").read(3) == b"\xef\xbb\xbf")
' "$TMP/c.csv" "$TMP/c.tsv")
		expect_eq "csv read back by Python's csv: the header, then tsv's fields ($(basename "$1"))" "$got" True
	else
		skip "csv read back: no python3"
	fi
done
grep -qF '"""He erased her,"" Hale said."' "$TMP/c.csv" &&
	ok "csv: a quote doubled, inside a quoted field" || notok "csv: a quote doubled, inside a quoted field"
