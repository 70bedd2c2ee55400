# cli_check.sh - `muwazi check`: the house-style linter, its style sheet and exit codes.
. "$TESTS_DIR/lib.sh"
G=$ROOT_DIR/tests/golden/tlit
STYLE=$ROOT_DIR/corpora/style.tsv

expect_status "check --help exits 0" 0 "$MUWAZI" check --help
grep -q "usage: muwazi check" "$TMP/out" && ok "check --help on stdout" || notok "check --help on stdout"
expect_status "check without --style is a usage error" 2 "$MUWAZI" check "$G/check-article.txt"
expect_status "check unknown option is a usage error" 2 "$MUWAZI" check --style "$STYLE" --frob
expect_status "check --style without a file is a usage error" 2 "$MUWAZI" check --style
expect_status "missing article exits 2" 2 "$MUWAZI" check --style "$STYLE" "$TMP/nope.txt"
expect_eq "missing article message" "$(cat "$TMP/err")" "muwazi: $TMP/nope.txt: No such file or directory"
expect_status "missing style sheet exits 2" 2 "$MUWAZI" check --style "$TMP/nope.tsv" "$G/check-article.txt"
expect_eq "missing style sheet message" "$(cat "$TMP/err")" "muwazi: $TMP/nope.tsv: No such file or directory"

# the golden article: every kind of variant, and words that must not be flagged
expect_status "variants found: exit 1" 1 "$MUWAZI" check --style "$STYLE" "$G/check-article.txt"
cd "$G" || exit 1
expect_golden "variants found: golden report" "$G/check-article.out" \
	"$MUWAZI" check --style "$STYLE" check-article.txt
cd "$TMP" || exit 1
out=$(cat "$TMP/golden.out")
for word in Sadrist Sadrists Baathist '"Said' Hussein Hassan BAGHDAD '"Shaddadi":' '"Numan":' '"Baath":'; do
	case "$out" in *"$word"*) notok "no false alarm on $word";; *) ok "no false alarm on $word";; esac
done
grep -q '"Nu'"'"'man": house style is\|"Nu‘man": house style is "Numan" (النعمان)' "$TMP/golden.out" \
	&& ok "report names the house spelling and the Arabic" || notok "report names the house spelling and the Arabic"

# a clean article: exit 0, nothing printed
printf 'Muqtada al-Sadr met Sabah al-Numan in Hasakeh.\nSadr and Numan spoke of al-Shaddadi and Shaddadi.\n' >"$TMP/clean.txt"
expect_status "house spellings only: exit 0" 0 "$MUWAZI" check --style "$STYLE" "$TMP/clean.txt"
expect_eq "house spellings only: no output" "$(cat "$TMP/out")" ""
if have_shared && [ -f "$SHARED_DIR/seed/article-en.txt" ]; then
	expect_status "the seed article follows its own style sheet" 0 \
		"$MUWAZI" check --style "$STYLE" "$SHARED_DIR/seed/article-en.txt"
else
	skip "seed article absent"
fi
# standard input and several files
got=$(printf 'Moqtada al-Sadr\n' | "$MUWAZI" check --style "$STYLE")
expect_eq "standard input is <stdin>" "$got" '<stdin>:1:1: "Moqtada al-Sadr": house style is "Muqtada al-Sadr" (مقتدى الصدر)'
got=$("$MUWAZI" check --style "$STYLE" "$TMP/clean.txt" "$G/check-article.txt" | wc -l)
expect_eq "several files: all reported" "$got" "$(wc -l <"$G/check-article.out")"
# column is the character column (Arabic letters count one each)
got=$(printf 'قال الصدر إن الحسكه\n' | "$MUWAZI" check --style "$STYLE" | cut -d: -f2,3)
expect_eq "column counts characters, not bytes" "$got" "1:14"

# malformed style sheets: FILE:LINE, exit 1 (bad data)
printf '# comment\n\nHasakeh\tالحسكة\nonly-one-field\n' >"$TMP/bad.tsv"
expect_status "malformed style line exits 1" 1 "$MUWAZI" check --style "$TMP/bad.tsv" "$TMP/clean.txt"
grep -q "^muwazi: $TMP/bad.tsv:4: " "$TMP/err" && ok "malformed line reported as FILE:LINE" || notok "malformed line reported as FILE:LINE"
printf 'الحسكة\tHasakeh\n' >"$TMP/swap.tsv"
expect_status "Arabic and Latin swapped exits 1" 1 "$MUWAZI" check --style "$TMP/swap.tsv" "$TMP/clean.txt"
grep -q "swap.tsv:1: " "$TMP/err" && ok "swapped fields reported with the line" || notok "swapped fields reported with the line"
printf 'Numan\tالنعمان\tNoman|Naaman\n' >"$TMP/one.tsv"
got=$(printf 'Naaman met Noman and al-Numan, not Numan.\n' | "$MUWAZI" check --style "$TMP/one.tsv")
expect_eq "one-word entry: sheet variants, and an article the house lacks" "$got" '<stdin>:1:1: "Naaman": house style is "Numan" (النعمان)
<stdin>:1:12: "Noman": house style is "Numan" (النعمان)
<stdin>:1:22: "al-Numan": house style is "Numan" (النعمان)'
# invalid UTF-8 in an article
printf 'Sadr \377\n' >"$TMP/bad.txt"
expect_status "invalid UTF-8 in an article exits 1" 1 "$MUWAZI" check --style "$STYLE" "$TMP/bad.txt"
grep -q "bad.txt: invalid UTF-8 at line 1, byte 6" "$TMP/err" && ok "invalid UTF-8 reported with line and byte" || notok "invalid UTF-8 reported with line and byte"
# spellings nobody listed: loose keys and the name matcher
got=$(printf "Officials in Hasakkeh met Sabbah al-Numan.\n" | "$MUWAZI" check --style "$STYLE" | cut -d" " -f2-)
expect_eq "unlisted near spellings are found" "$got" $'"Hasakkeh": house style is "Hasakeh" (الحسكة)\n"Sabbah": house style is "Sabah" (صباح)'
printf 'Hasakeh\t%s\n' "$(printf '%0.sب' $(seq 300))" >"$TMP/long.tsv"
expect_status "an overlong style-sheet name exits 1" 1 "$MUWAZI" check --style "$TMP/long.tsv" "$TMP/clean.txt"
grep -q "long.tsv:1: name longer than 400 bytes" "$TMP/err" && ok "overlong name reported with its line" || notok "overlong name reported with its line"
# a style sheet whose lines end in CR alone (Excel's "CSV (Macintosh)"), its comment
# lines first: read as lines, the same findings as with LF
tr '\n' '\r' <"$ROOT_DIR/corpora/style.tsv" >"$TMP/cr.tsv"
printf 'Moqtada al-Sadr spoke.\nSabah al-Nouman too.\n' >"$TMP/crdraft.txt"
"$MUWAZI" check --style "$ROOT_DIR/corpora/style.tsv" "$TMP/crdraft.txt" >"$TMP/lf.out" 2>&1
"$MUWAZI" check --style "$TMP/cr.tsv" "$TMP/crdraft.txt" >"$TMP/cr.out" 2>&1
[ -s "$TMP/lf.out" ] && cmp -s "$TMP/lf.out" "$TMP/cr.out" &&
	ok "a style sheet with CR line ends: the same findings" || notok "a style sheet with CR line ends: the same findings"
expect_status "a style sheet with CR line ends: exit 1 (findings)" 1 "$MUWAZI" check --style "$TMP/cr.tsv" "$TMP/crdraft.txt"
# invisible characters from web or word-processor text (soft hyphen, RLM, ZWNJ) inside
# or before a name: a variant is still found, at the column an editor shows (they
# count), and the house spelling with them is no variant
printf '\xe2\x80\x8fMoq\xc2\xadtada al-Sadr met Muq\xc2\xadtada al-Sadr and Sabah al-Nu\xc2\xad'"'"'man.\n' >"$TMP/shy.txt"
got=$("$MUWAZI" check --style "$STYLE" "$TMP/shy.txt" | cut -d: -f2-)
expect_eq "soft hyphens and RLM: variants found at their columns, house spellings pass" "$got" \
	$'1:2: "Moqtada al-Sadr": house style is "Muqtada al-Sadr" (مقتدى الصدر)\n1:44: "Sabah al-Nu\'man": house style is "Sabah al-Numan" (صباح النعمان)'
# a no-break space between the words of a name (web text): the name is read whole
printf 'Moqtada\xc2\xa0al-Sadr spoke. Muqtada\xc2\xa0al-Sadr spoke.\n' >"$TMP/nbsp.txt"
expect_eq "a no-break space inside a name: the variant found whole, the house spelling passes" \
	"$("$MUWAZI" check --style "$STYLE" "$TMP/nbsp.txt" | cut -d: -f2-)" \
	"$(printf '1:1: "Moqtada\xc2\xa0al-Sadr": house style is "Muqtada al-Sadr" (مقتدى الصدر)')"
# a spelling the sheet lists as a variant is flagged even where the rules let it pass
# (the article dropped: "Muqtada Sadr" under "Muqtada al-Sadr"); one it does not list,
# "Sabah Numan" under "Sabah al-Numan", passes
printf 'Muqtada Sadr spoke. Sabah Numan spoke.\n' >"$TMP/listed.txt"
expect_eq "a listed variant without the article: flagged; an unlisted one: not" \
	"$("$MUWAZI" check --style "$STYLE" "$TMP/listed.txt" | cut -d: -f2-)" \
	'1:1: "Muqtada Sadr": house style is "Muqtada al-Sadr" (مقتدى الصدر)'
# a UTF-8 byte-order mark is no column an editor shows
printf '\xef\xbb\xbfSabah al-Nouman spoke.\n' >"$TMP/bom.txt"
expect_eq "a byte-order mark: not counted as a column" \
	"$("$MUWAZI" check --style "$STYLE" "$TMP/bom.txt" | cut -d: -f2-3)" "1:1"
# an article whose lines end in CR alone (classic Mac OS): its lines are lines
printf 'Nothing here.\rSabah al-Nouman spoke.\r' >"$TMP/crtext.txt"
expect_eq "an article with CR line ends: the line number" \
	"$("$MUWAZI" check --style "$STYLE" "$TMP/crtext.txt" | cut -d: -f2-3)" "2:1"
# a first name alone that is close to a longer name's first word is someone else (Khalid
# Ahmed is not Khaled Mashal), unless the name's next word follows; a surname alone is
# flagged; words derived from a place (Mosuli, Fallujis) are no spellings of it
printf 'Khaled Mashal\tخالد مشعل\tKhalid Mishal\nMosul\tالموصل\nFallujah\tالفلوجة\tFalluja\n' >"$TMP/people.tsv"
printf 'Khalid Ahmed, a teacher, spoke.\nKhalid Mashal spoke.\nKhalid Mishal spoke.\nThe Mosuli family and the Fallujis left.\nMishal spoke in Falluja.\n' >"$TMP/people.txt"
expect_eq "lone first names, surnames and derived words" \
	"$("$MUWAZI" check --style "$TMP/people.tsv" "$TMP/people.txt" | cut -d: -f2-)" \
	"$(printf '%s\n' '2:1: "Khalid": house style is "Khaled" (خالد)' \
		'3:1: "Khalid Mishal": house style is "Khaled Mashal" (خالد مشعل)' \
		'5:1: "Mishal": house style is "Mashal" (مشعل)' \
		'5:17: "Falluja": house style is "Fallujah" (الفلوجة)')"
# a name in single quotes, and an ʿayn written as an apostrophe after the article
printf 'Ras al-Ain\tرأس العين\nHezbollah\tحزب الله\tHizbullah\n' >"$TMP/quotes.tsv"
printf "The banner said 'Hizbullah'. Ras al-'Ain and Ras al-\xca\xbfAin fell. Ras al-Ain held.\n" >"$TMP/quotes.txt"
expect_eq "a leading single quote is no part of a name; al-'Ain is a spelling of al-Ain" \
	"$("$MUWAZI" check --style "$TMP/quotes.tsv" "$TMP/quotes.txt" | cut -d: -f2-3)" "$(printf '1:18\n1:30\n1:46')"
# an article capitalised mid-sentence is against a house style that writes it in lower
# case; at a sentence start or in a Title Case headline it is not
printf 'Nouri al-Maliki\tنوري المالكي\n' >"$TMP/case.tsv"
printf 'They met Nouri Al-Maliki. Al-Maliki spoke.\nIraqi Leader Nouri Al-Maliki Visits Tehran\n' >"$TMP/case.txt"
expect_eq "a capitalised article mid-sentence flagged; not at a start or in a headline" \
	"$("$MUWAZI" check --style "$TMP/case.tsv" "$TMP/case.txt" | cut -d: -f2-4)" \
	'1:10: "Nouri Al-Maliki"'
# names inside hyphenated words: X-backed, X-based, anti-X, pro-X
printf 'Hezbollah\tحزب الله\tHizbullah\nFallujah\tالفلوجة\tFalluja\n' >"$TMP/hyph.tsv"
printf 'The Hizbullah-backed group left a Falluja-based office. An anti-Hizbullah rally.\n' >"$TMP/hyph.txt"
expect_eq "a name before -backed or -based, or after anti-, is checked" \
	"$("$MUWAZI" check --style "$TMP/hyph.tsv" "$TMP/hyph.txt" | cut -d: -f2-4)" \
	"$(printf '%s\n' '1:5: "Hizbullah"' '1:35: "Falluja"' '1:65: "Hizbullah"')"
# an Arabic name with a prefix letter stuck to it, or after a quote after و: the span and
# column are the name's, so an editor replaces the name and keeps the و
printf 'Fallujah\tالفلوجة\nRamadi\tالرمادي\n' >"$TMP/arpre.tsv"
printf 'وصلوا إلى الموصل، والفلوجه؛ و«الرمادى»\n' >"$TMP/arpre.txt"
expect_eq "Arabic: a prefix letter or و« left out of the span" \
	"$("$MUWAZI" check --style "$TMP/arpre.tsv" "$TMP/arpre.txt" | cut -d: -f2-4)" \
	"$(printf '%s\n' '1:20: "الفلوجه"' '1:31: "الرمادى"')"
# a word the embedded name list gives for another name (Malik: مالك) is not taken for a
# close house word (al-Maliki: المالكي) by closeness alone; with the name around it, it is
printf 'Nouri al-Maliki\tنوري المالكي\n' >"$TMP/other.tsv"
printf 'Malik Obama came.\nNouri al-Malki spoke.\nMalki spoke.\n' >"$TMP/other.txt"
expect_eq "another listed name is not a variant by closeness" \
	"$("$MUWAZI" check --style "$TMP/other.tsv" "$TMP/other.txt" | cut -d: -f2-4)" \
	"$(printf '%s\n' '2:7: "al-Malki"' '3:1: "Malki"')"
# the Unicode hyphens word processors put in names (U+2011 non-breaking, U+2010) are hyphens:
# a variant written with one is flagged, the house spelling with one is not, columns count
# each as one character
printf 'They met Moqtada al\xe2\x80\x91Sadr and al\xe2\x80\x90Shadadi.\nThey met Muqtada al\xe2\x80\x91Sadr and al\xe2\x80\x91Shaddadi.\n' >"$TMP/nbh.txt"
expect_eq "Unicode hyphens inside names" \
	"$("$MUWAZI" check --style "$STYLE" "$TMP/nbh.txt" | cut -d: -f2-4)" \
	"$(printf '%s\n' '1:10: "Moqtada al-Sadr"' '1:30: "al-Shadadi"')"
printf 'We saw Abu\xe2\x80\x91Bakr al-Baghdadi and Abu-Bakr al\xe2\x80\x91Baghdadi.\n' >"$TMP/nbh2.txt"
expect_eq "names: a Unicode hyphen makes no new spelling" "$("$MUWAZI" names "$TMP/nbh2.txt")" "Abu-Bakr al-Baghdadi 2"
# Arabic in presentation forms (text copied from a PDF) is checked as its letters: variants
# flagged at the columns of the plain text, the house spellings left alone
expect_eq "presentation forms: the three variants flagged" \
	"$("$MUWAZI" check --style "$STYLE" "$ROOT_DIR/tests/golden/align/check-pdf-forms.ar.txt" | cut -d: -f2,3 | tr '\n' ' ')" "1:17 1:37 1:51 "
expect_status "presentation forms: house spellings pass" 0 "$MUWAZI" check --style "$STYLE" "$ROOT_DIR/tests/golden/align/check-pdf-forms-ok.ar.txt"
# a one-word Arabic name whose final yeh is written as alef maqsura becomes a common word (علي:
# على "on"): that word is no variant; a Persian yeh in the name still is
printf 'Ali\tعلي\n' >"$TMP/ali.tsv"
printf 'وصل الوفد على متن طائرة ووعلى الفور.\nوقال علی إن الوضع جيد.\n' >"$TMP/ali.txt"
expect_eq "Arabic: على is no variant of علي; علی is" \
	"$("$MUWAZI" check --style "$TMP/ali.tsv" "$TMP/ali.txt" | cut -d: -f2,3)" "2:6"
# a variant too long for a name (over 400 bytes or 8 words) is refused with its line, as a
# house name that long is, not left unread
printf 'Muqtada al-Sadr\tمقتدى الصدر\t%s|Moqtada Sadr\n' "$(printf 'x%.0s' $(seq 500))" >"$TMP/bigv.tsv"
echo "Moqtada Sadr came." >"$TMP/bigv.txt"
"$MUWAZI" check --style "$TMP/bigv.tsv" "$TMP/bigv.txt" >/dev/null 2>"$TMP/err"
expect_eq "a variant over 400 bytes: exit 1, its line named" \
	"$?:$(grep -c 'bigv.tsv:1: variant longer than 400 bytes or 8 words' "$TMP/err")" "1:1"
