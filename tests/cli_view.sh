# cli_view.sh - the views for reporters and editors: `muwazi align --format html`
# and `--format side`. Golden files in tests/golden/view/ (scores masked where the
# engine decides; exact where every bead is unpaired). Regenerate them (after
# checking the change is wanted) with: UPDATE_GOLDEN=1 make check
. "$TESTS_DIR/lib.sh" || exit 1
. "$ROOT_DIR/tests/golden/align/helpers.sh" || exit 1
V=$ROOT_DIR/tests/golden/view

# vmask: hide what the engine's progress may change (scores) and the version.
vmask() {
	sed -E -e 's|(<span class="score" title="confidence">)[0-9.]+|\1SCORE|' \
		-e 's|<td>[0-9]\.[0-9]+ over |<td>SCORE over |' \
		-e 's|(<meta name="generator" content="muwazi )[^"]*|\1VERSION|' \
		-e 's/^(─ [0-9]+  [0-9]+-[0-9]+  )[0-9]\.[0-9]{3}/\1SCORE/' \
		-e 's/^(-- mean confidence: )[0-9.]+/\1SCORE/'
}
view_masked() { "$MUWAZI" align "$@" | vmask; }
golden() {
	local desc=$1 name=$2; shift 2
	if [ -n "${UPDATE_GOLDEN:-}" ]; then view_masked "$@" >"$V/$name" 2>/dev/null; fi
	expect_golden "$desc" "$V/$name" view_masked "$@"
}
# width_ok DESC FILE WIDTH: no line wider than WIDTH terminal cells.
width_ok() {
	local got
	got=$(LC_ALL=C.UTF-8 wc -L <"$2")
	if [ "$got" -le "$3" ]; then ok "$1 (widest line $got)"; else notok "$1 (widest line $got > $3)"; fi
}
has() { grep -qF -- "$2" "$3" && ok "$1" || notok "$1"; }
hasnt() { grep -qF -- "$2" "$3" && notok "$1" || ok "$1"; }

EA=$GOLD/easy.ar.lines EE=$GOLD/easy.en.lines

# --- golden files: the easy pair (scores masked, --low 0: no engine-dependent mark)
golden "html, easy pair" easy.html --lines --low 0 -f html "$EA" "$EE"
golden "side, easy pair, logical" easy.side --lines --low 0 -f side --width 100 "$EA" "$EE"
golden "side, easy pair, visual" easy-visual.side --lines --low 0 -f side --width 100 --bidi visual "$EA" "$EE"
golden "side, easy pair, visual, shaped" easy-shape.side --lines --low 0 -f side --width 100 --bidi visual --shape "$EA" "$EE"
golden "html, English first" easy-en-ar.html --lines --low 0 -f html "$EE" "$EA"
golden "side, English first, visual" easy-en-ar.side --lines --low 0 -f side --width 80 --bidi visual "$EE" "$EA"
# Awkward text against an empty side: every bead 1-0, exact (scores included).
golden "html, escapes, all untranslated" escapes.html -q --lines -f html --src-lang en --tgt-lang ar \
	"$GOLD/escapes.lines" "$GOLD/empty.lines"
golden "side, escapes, all untranslated" escapes.side -q --lines -f side --width 60 --src-lang en --tgt-lang ar \
	"$GOLD/escapes.lines" "$GOLD/empty.lines"
golden "html, empty source: all not in the original" empty-src.html -q --lines -f html --src-lang en --tgt-lang ar \
	"$GOLD/empty.lines" "$GOLD/escapes.lines"

# --- html: well-formed, escaped, marked
"$MUWAZI" align -q --lines -f html --src-lang en --tgt-lang ar "$GOLD/escapes.lines" "$GOLD/empty.lines" >"$TMP/e.html"
"$MUWAZI" align -q -f html "$CORP/article.ar.txt" "$CORP/article.en.txt" >"$TMP/a.html"
if command -v xmllint >/dev/null 2>&1; then
	for f in e a; do
		xmllint --html --noout "$TMP/$f.html" 2>"$TMP/xl" && [ ! -s "$TMP/xl" ] &&
			ok "html well-formed, no warning (xmllint --html): $f" ||
			{ notok "html well-formed (xmllint --html): $f"; sed 's/^/#   /' "$TMP/xl" | head -n 5; }
	done
	got=$(xmllint --html --xpath 'string(//tr[@id="b1"]/td[2]/p)' "$TMP/e.html" 2>/dev/null)
	expect_eq "html: escaped text reads back (after the sentence number)" "$got" \
		"1Quotes \"double\" and 'single', & ampersand, <tag> and a\\backslash."
	got=$(xmllint --html --xpath 'count(//tr[@class="gap"])' "$TMP/a.html" 2>/dev/null)
	expect_eq "html: one untranslated row on the article" "$got" 1
	got=$(xmllint --html --xpath 'string(//tr[@class="gap"]/td[3])' "$TMP/a.html" 2>/dev/null)
	expect_eq "html: the untranslated row says so" "$got" "not translated"
	got=$(xmllint --html --xpath 'count(//td[@lang="ar" and @dir="rtl"])' "$TMP/a.html" 2>/dev/null)
	expect_eq "html: every Arabic cell lang=ar dir=rtl (one a bead)" "$got" 23
	got=$(xmllint --html --xpath 'count(//td[@lang="en" and @dir="ltr"])' "$TMP/a.html" 2>/dev/null)
	expect_eq "html: every English cell lang=en dir=ltr (22 paired beads)" "$got" 22
else
	skip "no xmllint: html well-formedness checked by the golden files only"
fi
# the page's title from file names that are no clean UTF-8 (Latin-1, a tab) or long Arabic:
# each bad byte or control shown as U+FFFD, no character cut in two; before, exit 2
cp "$CORP/article.ar.txt" "$TMP/$(printf 'caf\351\t.ar')"
n1=$(printf 'م%.0s' $(seq 126)); n2=$(printf 'ن%.0s' $(seq 126))
cp "$CORP/article.ar.txt" "$TMP/$n1.ar"; cp "$CORP/article.en.txt" "$TMP/$n2.en"
"$MUWAZI" align -q -f html "$TMP/$(printf 'caf\351\t.ar')" "$CORP/article.en.txt" >"$TMP/t1.html"
expect_eq "html: a Latin-1 file name with a tab, exit 0" "$?" 0
has "html: ... the title shows U+FFFD" "<title>caf$(printf '\xef\xbf\xbd\xef\xbf\xbd').ar and article.en.txt</title>" "$TMP/t1.html"
"$MUWAZI" align -q -f html "$TMP/$n1.ar" "$TMP/$n2.en" >"$TMP/t2.html"
expect_eq "html: two long Arabic file names, exit 0" "$?" 0
has "html: ... both in the title" "<title>$n1.ar and $n2.en</title>" "$TMP/t2.html"
hasnt "html: no raw <tag> from the text" "<tag>" "$TMP/e.html"
has "html: & escaped" "&amp; ampersand" "$TMP/e.html"
hasnt "html: no script" "<script" "$TMP/a.html"
LC_ALL=C grep -qiE '(src|href)="(https?:)?//' "$TMP/a.html" && notok "html: no external resource" ||
	ok "html: no external resource"
has "html: summary links the untranslated sentence" '1 ar sentence: <a href="#b15">16</a>' "$TMP/a.html"
"$MUWAZI" align -q --lines -f html --title 'R&D <check> "x"' "$EA" "$EE" >"$TMP/t.html"
has "html: --title escaped" '<title>R&amp;D &lt;check&gt; &quot;x&quot;</title>' "$TMP/t.html"
"$MUWAZI" align -q --lines -f html --low 1 "$EA" "$EE" >"$TMP/low.html"
expect_eq "html: --low 1 marks every paired bead low" "$(grep -c '<tr id="b[0-9]*" class="low">' "$TMP/low.html")" 4
has "html: low beads listed in the summary" '4 under 1.00 (beads <a href="#b1">1</a>' "$TMP/low.html"
"$MUWAZI" align -q --lines -f html "$EA" "$EE" >"$TMP/nolow.html"
hasnt "html: the easy pair has no low bead at 0.5" 'class="low"' "$TMP/nolow.html"
# A language the page cannot tell the direction of: dir="auto" per sentence.
"$MUWAZI" align -q --lines -f html "$V/wide.lines" "$V/wide.lines" >"$TMP/w.html"
has "html: unknown language: dir=auto per sentence" '<p dir="auto">' "$TMP/w.html"
"$MUWAZI" align -q --lines -f html --src-lang he --tgt-lang de "$V/wide.lines" "$V/wide.lines" >"$TMP/he.html"
has "html: Hebrew is rtl" '<td lang="he" dir="rtl">' "$TMP/he.html"

# --- side: width, wrapping, bidi
for w in 48 61 100; do
	for m in logical visual; do
		"$MUWAZI" align -q -f side --width $w --bidi $m --shape "$CORP/article.ar.txt" "$CORP/article.en.txt" >"$TMP/s.txt"
		width_ok "side --width $w --bidi $m: within the width" "$TMP/s.txt" $w
	done
done
"$MUWAZI" align -q --lines -f side --width 48 "$V/wide.lines" "$V/wide.lines" >"$TMP/w.txt"
width_ok "side: wide CJK and combining marks within 48 cells" "$TMP/w.txt" 48
n=0
for l in "北京和上海的代表团在三" "月十二日抵达巴格达，讨" "论了紧急计划的费用问" "题。"; do
	grep -q "^$(printf '\xe2\x81\xa8')$l$(printf '\xe2\x81\xa9') *│" "$TMP/w.txt" && n=$((n + 1))
done
expect_eq "side: a CJK sentence wraps by cells (2 a character) into 11, 11, 10, 2 characters" "$n" 4
has "side: a word too long for its column is cut" "extraordinarilylongwor" "$TMP/w.txt"
has "side: combining marks stay on their letter (0 cells)" "$(printf 'caf\xc3\xa9: e\xcc\x81')" "$TMP/w.txt"
"$MUWAZI" align -q --lines -f side --width 120 --bidi visual "$V/bidi.ar.lines" "$V/bidi.en.lines" >"$TMP/b.txt"
has "side --bidi visual: Arabic in display order, digits left to right" ".راذآ 12 يف دادغب ىلإ دفولا لصو │" "$TMP/b.txt"
has "side --bidi visual: brackets mirrored" ".ريطخ عضولا نإ (رايتلا ميعز) ردصلا لاق │" "$TMP/b.txt"
has "side --bidi visual: right-aligned in its column" "$(printf '%27s' '').راذآ" "$TMP/b.txt"
"$MUWAZI" align -q --lines -f side --width 120 "$V/bidi.ar.lines" "$V/bidi.en.lines" >"$TMP/bl.txt"
has "side --bidi logical (default): logical order inside RLI...PDI" \
	"$(printf '\xe2\x81\xa7')وصل الوفد إلى بغداد في 12 آذار.$(printf '\xe2\x81\xa9')" "$TMP/bl.txt"
"$MUWAZI" align -q --lines -f side --width 120 --bidi visual --shape "$V/bidi.ar.lines" "$V/bidi.en.lines" >"$TMP/bs.txt"
# وصل shaped: waw isolated FEED, sad initial FEBB, lam final FEDE; in display order.
has "side --shape: presentation forms in display order" "ﻞﺻﻭ │" "$TMP/bs.txt"
"$MUWAZI" align -q --lines -f side --width 120 --bidi visual "$EE" "$EA" >"$TMP/r.txt"
grep -qE "^The Ministry of Health announced 45 new cases on Monday\. +│ +\.ةديدج ةباصإ 45 ليجست نينثالا موي ةحصلا ةرازو تنلعأ$" "$TMP/r.txt" &&
	ok "side, English first: Arabic on the right, right-aligned, in display order" ||
	notok "side, English first: Arabic on the right, right-aligned, in display order"

# --- side: untranslated sentences, colour
"$MUWAZI" align -q -f side --width 100 "$CORP/article.ar.txt" "$CORP/article.en.txt" >"$TMP/s.txt"
expect_eq "side: the untranslated sentence is marked" "$(grep -c '│ \[not translated\]' "$TMP/s.txt")" 1
has "side: summary counts it" "-- not translated: 1 ar sentence" "$TMP/s.txt"
"$MUWAZI" align -q --lines -f side "$GOLD/empty.lines" "$EA" >"$TMP/n.txt"
expect_eq "side: 0-1 beads say not in the original" "$(grep -c '^\[not in the original\] ' "$TMP/n.txt")" 4
width_ok "side: default width 120 when not a terminal" "$TMP/n.txt" 120
LC_ALL=C grep -q $'\e' "$TMP/s.txt" && notok "side: no colour into a file" || ok "side: no colour into a file"
"$MUWAZI" align -q -f side --color always "$CORP/article.ar.txt" "$CORP/article.en.txt" >"$TMP/c.txt"
has "side --color always: the label coloured" $'\e[1;30;43m[not translated]\e[0m' "$TMP/c.txt"
if command -v script >/dev/null 2>&1 && script -qec true /dev/null >/dev/null 2>&1; then
	cmd="'$MUWAZI' align -q -f side --width 80 '$CORP/article.ar.txt' '$CORP/article.en.txt'"
	env -u NO_COLOR script -qec "$cmd" /dev/null >"$TMP/tty.txt" 2>&1
	LC_ALL=C grep -q $'\e\\[' "$TMP/tty.txt" && ok "side on a terminal: colour" || notok "side on a terminal: colour"
	NO_COLOR=1 script -qec "$cmd" /dev/null >"$TMP/tty.txt" 2>&1
	LC_ALL=C grep -q $'\e\\[' "$TMP/tty.txt" && notok "side on a terminal with NO_COLOR: no colour" ||
		ok "side on a terminal with NO_COLOR: no colour"
	NO_COLOR=1 script -qec "$cmd --color always" /dev/null >"$TMP/tty.txt" 2>&1
	LC_ALL=C grep -q $'\e\\[' "$TMP/tty.txt" && ok "side: --color always beats NO_COLOR" || notok "side: --color always beats NO_COLOR"
	cmd="'$MUWAZI' align -q -f side '$CORP/article.ar.txt' '$CORP/article.en.txt'"
	script -qec "stty cols 70 2>/dev/null; NO_COLOR=1 $cmd" /dev/null >"$TMP/tty.txt" 2>&1
	width_ok "side on a 70-column terminal: its width" "$TMP/tty.txt" 71
else
	skip "no script(1): colour on a terminal not tested"
fi

# --- usage errors
expect_status "side --width 47: exit 2" 2 "$MUWAZI" align -f side --width 47 "$EA" "$EE"
has "side --width 47: says why" "from 48 to 100000" "$TMP/err"
expect_status "--bidi sideways: exit 2" 2 "$MUWAZI" align -f side --bidi sideways "$EA" "$EE"
expect_status "--color sometimes: exit 2" 2 "$MUWAZI" align -f side --color sometimes "$EA" "$EE"
expect_status "--low 2: exit 2" 2 "$MUWAZI" align -f html --low 2 "$EA" "$EE"
"$MUWAZI" align --help >"$TMP/help"
for w in "html:" "side:" "--bidi MODE" "--shape" "--width N" "--color WHEN" "NO_COLOR"; do
	has "align --help mentions $w" "$w" "$TMP/help"
done

# --style: names against the house style marked in both versions of the html view
sed -e 's/Muqtada al-Sadr/Moqtada al-Sadr/' -e "s/Sabah al-Numan/Sabah al-Nu'man/" -e 's/Hasakeh/Hasakah/' \
	"$CORP/article.en.txt" >"$TMP/var.en"
sed -e 's/في الحسكة/في الحسكه/' "$CORP/article.ar.txt" >"$TMP/var.ar"
"$MUWAZI" align -f html --style "$CORP/style.tsv" -o "$TMP/st.html" "$TMP/var.ar" "$TMP/var.en" 2>"$TMP/err"
expect_eq "--style: exit 0, nothing said" "$?:$(cat "$TMP/err")" "0:"
has "--style: Moqtada al-Sadr marked with its house spelling" \
	'<span class="mark" title="house style: Muqtada al-Sadr (مقتدى الصدر)">Moqtada al-Sadr</span>' "$TMP/st.html"
has "--style: Sabah al-Nu'man marked" \
	"<span class=\"mark\" title=\"house style: Sabah al-Numan (صباح النعمان)\">Sabah al-Nu'man</span>" "$TMP/st.html"
has "--style: Hasakah marked" '<span class="mark" title="house style: Hasakeh (الحسكة)">Hasakah</span>' "$TMP/st.html"
has "--style: the Arabic side's الحسكه marked too" '<span class="mark" title="house style: الحسكة (Hasakeh)">الحسكه</span>' "$TMP/st.html"
expect_eq "--style: four marks, no more" "$(grep -o 'class="mark"' "$TMP/st.html" | wc -l | tr -d ' ')" 4
has "--style: the summary names them and links their beads" \
	'<th scope="row">Names against the house style</th><td>4 (beads <a href=' "$TMP/st.html"
if command -v xmllint >/dev/null; then
	xmllint --html --noout "$TMP/st.html" 2>"$TMP/xl" && [ ! -s "$TMP/xl" ] &&
		ok "--style: html well-formed, no warning (xmllint --html)" ||
		{ notok "--style: html well-formed (xmllint --html)"; sed 's/^/#   /' "$TMP/xl" | head -n 5; }
fi
"$MUWAZI" align -f html --style "$CORP/style.tsv" "$CORP/article.ar.txt" "$CORP/article.en.txt" >"$TMP/clean.html"
expect_eq "--style: the sample article, which follows the house style: no mark, no summary row" \
	"$(grep -c 'class="mark"\|house style' "$TMP/clean.html")" 0
# the rest of the page is as without --style
"$MUWAZI" align -f html -o "$TMP/nost.html" "$TMP/var.ar" "$TMP/var.en"
expect_eq "--style: the page otherwise as without it" \
	"$(sed -e 's/<span class="mark"[^>]*>//g' -e 's|</span>||g' "$TMP/st.html" | grep -v 'house style\|^\.mark{' | md5sum)" \
	"$(sed -e 's|</span>||g' "$TMP/nost.html" | md5sum)"
# a batch: every pair marked
printf '%s\t%s\n' "$TMP/var.ar" "$TMP/var.en" "$CORP/article.ar.txt" "$CORP/article.en.txt" >"$TMP/list.tsv"
"$MUWAZI" align --batch "$TMP/list.tsv" -j 2 -f html --style "$CORP/style.tsv" -o "$TMP/bout" 2>/dev/null
expect_eq "--style with --batch -j 2: the marks of each pair" \
	"$(grep -o 'class="mark"' "$TMP/bout/var.html" | wc -l) $(grep -o 'class="mark"' "$TMP/bout/article.ar.html" | wc -l)" "4 0"
# mistakes
"$MUWAZI" align --style "$CORP/style.tsv" "$TMP/var.ar" "$TMP/var.en" >"$TMP/st.txt"
has "--style, text: a line under the sentence" \
	'      ! "Moqtada al-Sadr": house style: Muqtada al-Sadr (مقتدى الصدر)' "$TMP/st.txt"
has "--style, text: counted at the end" "-- Names against the house style: 4" "$TMP/st.txt"
expect_status "--style with -f tsv: exit 2" 2 "$MUWAZI" align -f tsv --style "$CORP/style.tsv" "$TMP/var.ar" "$TMP/var.en"
has "--style with -f tsv: said so" "--style marks names against the house style in the html, text and side views" "$TMP/err"
# side: the mark's line in its sentence's column, under it; counted at the end
"$MUWAZI" align -f side --width 100 --color never --style "$CORP/style.tsv" "$TMP/var.ar" "$TMP/var.en" >"$TMP/st.side" 2>"$TMP/err"
expect_eq "--style, side: exit 0, nothing said" "$?:$(cat "$TMP/err")" "0:"
expect_eq "--style, side: four mark lines" "$(grep -c '! "' "$TMP/st.side")" 4
expect_eq "--style, side: the English mark in the right-hand column" \
	"$(grep -c '│ .*! "Moqtada al-Sadr": house style: Muqtada al-Sadr' "$TMP/st.side")" 1
expect_eq "--style, side: the Arabic mark in the left-hand column" \
	"$(grep -c '^.\{0,3\}! "الحسكه": house style: الحسكة (Hasakeh).* │' "$TMP/st.side")" 1
expect_eq "--style, side: a mark's line follows its sentence's last line" \
	"$(grep -B1 '! "Hasakah"' "$TMP/st.side" | head -n 1 | grep -c 'thousands of ISIS fighters')" 1
has "--style, side: counted at the end" "-- Names against the house style: 4" "$TMP/st.side"
# (wide enough that a mark takes one line)
"$MUWAZI" align -f side --width 240 --color never --style "$CORP/style.tsv" "$TMP/var.ar" "$TMP/var.en" >"$TMP/st.side"
"$MUWAZI" align -f side --width 240 --color never "$TMP/var.ar" "$TMP/var.en" >"$TMP/nost.side"
expect_eq "--style, side: otherwise as without it" \
	"$(grep -v '! "\|house style' "$TMP/st.side" | md5sum)" "$(md5sum <"$TMP/nost.side")"
"$MUWAZI" align -f side --width 100 --bidi visual --shape --color always --style "$CORP/style.tsv" \
	"$TMP/var.ar" "$TMP/var.en" >"$TMP/st.vis"
expect_eq "--style, side, visual and colour: four mark lines, coloured" \
	"$(grep -c "$(printf '\033')\\[1;30;43m.*house style" "$TMP/st.vis")" 4
expect_status "--style with a missing sheet: exit 2" 2 "$MUWAZI" align -f html --style "$TMP/nosuch.tsv" "$TMP/var.ar" "$TMP/var.en"
has "--style with a missing sheet: named" "nosuch.tsv" "$TMP/err"
printf 'Sadr\n' >"$TMP/badsheet.tsv"
expect_status "--style with a malformed sheet: exit 1" 1 "$MUWAZI" align -f html --style "$TMP/badsheet.tsv" "$TMP/var.ar" "$TMP/var.en"
has "--style with a malformed sheet: its line" "badsheet.tsv:1" "$TMP/err"
# a name across a soft line break or a no-break space in its sentence is one name
printf 'Moqtada\n al-Sadr spoke. Then Moqtada\xc2\xa0al-Sadr left.\n' >"$TMP/wrap.en"
printf 'تحدث مقتدى الصدر. ثم غادر مقتدى الصدر.\n' >"$TMP/wrap.ar"
"$MUWAZI" align -f html --style "$CORP/style.tsv" "$TMP/wrap.ar" "$TMP/wrap.en" >"$TMP/wrap.html"
expect_eq "--style: a name across a line break or a no-break space: marked whole" \
	"$(grep -o '<span class="mark"[^>]*>[^<]*</span>' "$TMP/wrap.html" | sed 's/<[^>]*>//g' | tr '\n' '|')" \
	"$(printf 'Moqtada al-Sadr|Moqtada\xc2\xa0al-Sadr|')"

# side: a line of a million characters with no break in it is cut into column-wide lines
# whole, in linear time (it once took a minute: the width of the rest was measured again
# for every line cut off)
awk 'BEGIN { s = "~~~~~~~~~~"; for (i = 0; i < 17; i++) s = s s; print substr(s, 1, 1000000) }' >"$TMP/long.txt"
timeout 120 "$MUWAZI" align -f side --width 100 --color never "$TMP/long.txt" "$EE" >"$TMP/long.side" 2>/dev/null
expect_eq "side: a 1,000,000-character line without a break: done, every character shown" \
	"$?:$(tr -cd '~' <"$TMP/long.side" | wc -c | tr -d ' ')" "0:1000000"
# side's heading counts in the singular for one sentence
printf 'مرحبا.\n' >"$TMP/one.ar"; printf 'Hello.\nSecond.\n' >"$TMP/two.en"
expect_eq "side: 1 sentence, 2 sentences" \
	"$("$MUWAZI" align -q --lines -f side --width 60 --color never "$TMP/one.ar" "$TMP/two.en" | head -1 | tr -s ' ' | sed 's/ │ /|/')" \
	"ar (1 sentence)|en (2 sentences)"
# an emoji with VS16 (❤️) is drawn two cells wide: side counts it so, and no line passes the width
printf 'مرحبا.\n' >"$TMP/vs.ar"
printf 'Hello %s end.\n' "$(for i in $(seq 30); do printf '\342\235\244\357\270\217 '; done)" >"$TMP/vs.en"
if command -v python3 >/dev/null 2>&1; then
	widest=$("$MUWAZI" align -q --lines -f side --width 60 --color never "$TMP/vs.ar" "$TMP/vs.en" | python3 -c '
import sys, unicodedata
m = 0
for l in sys.stdin:
    w = 0
    for c in l.rstrip("\n"):
        if c == "\ufe0f": w += 1
        elif unicodedata.east_asian_width(c) in "WF": w += 2
        elif unicodedata.combining(c) or unicodedata.category(c) == "Cf": pass
        else: w += 1
    m = max(m, w)
print(m)')
	expect_eq "side: VS16 emoji counted two cells, no line wider than 60" "$widest" 60
else
	skip "side with VS16 emoji: no python3"
fi
