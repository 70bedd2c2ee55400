# cli_split.sh - `muwazi split`: golden outputs, options, stdin, bad input.
. "$TESTS_DIR/lib.sh"
G=$ROOT_DIR/tests/golden/split

for l in en ar; do
	expect_golden "split news-$l (one sentence a line)" "$G/news-$l.out" "$MUWAZI" split --lang $l "$G/news-$l.in"
	expect_golden "split --paragraphs news-$l" "$G/news-$l.para.out" "$MUWAZI" split --paragraphs "$G/news-$l.in"
	expect_golden "split --lang auto news-$l" "$G/news-$l.out" "$MUWAZI" split --lang auto "$G/news-$l.in"
done
expect_golden "split reads standard input" "$G/news-en.out" sh -c "\"\$0\" split < \"\$1\"" "$MUWAZI" "$G/news-en.in"
expect_golden "split - reads standard input" "$G/news-en.out" sh -c "\"\$0\" split - < \"\$1\"" "$MUWAZI" "$G/news-en.in"

# a line break inside a sentence is printed as a space
printf 'The talks ended\nwithout a deal. Others\r\nsaid no.\n' > "$TMP/wrap.txt"
expect_eq "a soft line break becomes a space" "$("$MUWAZI" split "$TMP/wrap.txt")" \
	"$(printf 'The talks ended without a deal.\nOthers said no.')"

# empty input, no final stop, byte order mark
: > "$TMP/empty.txt"
expect_status "empty input exits 0" 0 "$MUWAZI" split "$TMP/empty.txt"
expect_eq "empty input prints nothing" "$(wc -c < "$TMP/out")" "0"
printf '\xEF\xBB\xBFOne sentence without a stop' > "$TMP/bom.txt"
expect_eq "a byte order mark is dropped; no final stop is fine" "$("$MUWAZI" split "$TMP/bom.txt")" "One sentence without a stop"

# no character lost: the non-space characters in equal the non-space characters out
for f in "$G/news-en.in" "$G/news-ar.in" "$ROOT_DIR/tests/golden/split/news-en.para.out"; do
	a=$(tr -d ' \t\r\n' < "$f" | md5sum); b=$("$MUWAZI" split --paragraphs "$f" | tr -d ' \t\r\n' | md5sum)
	expect_eq "no non-space character lost: $(basename "$f")" "$b" "$a"
done
if have_shared && [ -f "$SHARED_DIR/seed/article-en.txt" ]; then
	f=$SHARED_DIR/seed/article-en.txt
	a=$(tr -d ' \t\r\n' < "$f" | md5sum); b=$("$MUWAZI" split "$f" | tr -d ' \t\r\n' | md5sum)
	expect_eq "no non-space character lost: seed article" "$b" "$a"
	# the same text wrapped at 72 columns, paragraphs kept by blank lines or not, splits the same
	"$MUWAZI" split "$f" | tr -s ' ' > "$TMP/seed.out"
	awk '{ print; print "" }' "$f" | fold -s -w 72 > "$TMP/seed-wrapped.txt"
	expect_eq "seed article wrapped at 72 columns with blank lines: same sentences" \
		"$("$MUWAZI" split "$TMP/seed-wrapped.txt" | tr -s ' ' | md5sum)" "$(md5sum < "$TMP/seed.out")"
	fold -s -w 72 "$f" > "$TMP/seed-wrapped2.txt"
	expect_eq "seed article wrapped at 72 columns without blank lines: same sentences" \
		"$("$MUWAZI" split "$TMP/seed-wrapped2.txt" | tr -s ' ' | md5sum)" "$(md5sum < "$TMP/seed.out")"
	n=$("$MUWAZI" split "$f" | wc -l)
	expect_eq "seed article: headline + 20 sentences" "$n" 21
else
	skip "seed article not available"
fi

# invalid UTF-8: file, line and byte named, exit 1
printf 'Good line.\nBad \xC3\x28 byte.\n' > "$TMP/bad.txt"
expect_status "invalid UTF-8 exits 1" 1 "$MUWAZI" split "$TMP/bad.txt"
expect_eq "invalid UTF-8 message" "$(cat "$TMP/err")" "muwazi: $TMP/bad.txt: invalid UTF-8 at line 2, byte 16"

# usage and I/O errors
expect_status "--help exits 0" 0 "$MUWAZI" split --help
grep -q "usage: muwazi split" "$TMP/out" && ok "--help prints usage to stdout" || notok "--help prints usage to stdout"
expect_status "unknown language is a usage error" 2 "$MUWAZI" split --lang xx "$G/news-en.in"
expect_status "--lang without a value is a usage error" 2 "$MUWAZI" split --lang
expect_status "unknown option is a usage error" 2 "$MUWAZI" split --frob
expect_status "a missing file exits 2" 2 "$MUWAZI" split "$TMP/no-such-file"
grep -q "no-such-file" "$TMP/err" && ok "a missing file is named" || notok "a missing file is named"
expect_status "a directory exits 2" 2 "$MUWAZI" split "$TMP"
head -c 2000 "$MUWAZI" > "$TMP/binary.dat"
expect_status "a binary file exits 1" 1 "$MUWAZI" split "$TMP/binary.dat"
grep -q "binary.dat: binary file (NUL byte at line [0-9]*, byte [0-9]*)" "$TMP/err" && ok "a binary file is named with its NUL byte" || notok "a binary file is named with its NUL byte"

# read paragraph by paragraph: a bad byte in a later paragraph is still named
# by its line and its byte within the file, after a BOM too
printf '\xEF\xBB\xBFOne. Two.\n\nThree.\n  \nFo\xffur.\n' >"$TMP/para-bad.txt"
expect_status "bad byte in the third paragraph exits 1" 1 "$MUWAZI" split "$TMP/para-bad.txt"
grep -q "para-bad.txt: invalid UTF-8 at line 5, byte 27$" "$TMP/err" && ok "bad byte in a later paragraph: line and file byte" || notok "bad byte in a later paragraph: line and file byte"
printf 'One.\n\nTwo\000.\n' >"$TMP/para-nul.txt"
expect_status "NUL in the second paragraph exits 1" 1 "$MUWAZI" split "$TMP/para-nul.txt"
grep -q "para-nul.txt: binary file (NUL byte at line 3, byte 10)$" "$TMP/err" && ok "NUL in a later paragraph: its line and file byte" || notok "NUL in a later paragraph: its line and file byte"

# several files: one stream of sentences; --paragraphs separates the files' paragraphs too
printf 'A one.\n\nB two.' > "$TMP/f1.txt"
printf 'C three. D four.' > "$TMP/f2.txt"
expect_eq "several files, --paragraphs" "$("$MUWAZI" split --paragraphs "$TMP/f1.txt" "$TMP/f2.txt")" \
	"$(printf 'A one.\n\nB two.\n\nC three.\nD four.')"

# a headline run into the first sentence without a line break
printf 'Sadr flags nexus as clashes raise fears BAGHDAD \xe2\x80\x93 As tensions rise, Sadr called for calm. He spoke.' > "$TMP/joined.txt"
expect_eq "a headline run into the text is cut off" "$("$MUWAZI" split "$TMP/joined.txt")" \
	"$(printf 'Sadr flags nexus as clashes raise fears\nBAGHDAD \xe2\x80\x93 As tensions rise, Sadr called for calm.\nHe spoke.')"

# A web page given as text, in one piece or in paragraphs: said once, and
# split all the same; the sample article says nothing.
awk 'BEGIN { print "<html>"; print ""; print "<body>"; print ""
	for (i = 0; i < 20; i++) { print "<p>Sentence number " i ".</p>"; print "" } }' >"$TMP/blk.html"
"$MUWAZI" split "$TMP/blk.html" >"$TMP/out" 2>"$TMP/err"; rc=$?
expect_eq "an HTML page in paragraphs: exit 0, 22 lines" "$rc $(wc -l <"$TMP/out" | tr -d ' ')" "0 22"
expect_eq "an HTML page in paragraphs: said once" "$(grep -c 'blk.html: looks like HTML (.* tags, the first <html>)' "$TMP/err")" 1
"$MUWAZI" split "$ROOT_DIR/corpora/article.en.txt" "$ROOT_DIR/corpora/article.ar.txt" >/dev/null 2>"$TMP/err"
expect_eq "plain articles: nothing said" "$(cat "$TMP/err")" ""

# Invisible format characters (RLM and ALM after stops, LRM before spaces, ZWNJ inside
# Arabic words, ZWSP after English stops, soft hyphens) change no boundary, and are
# kept in the sentences. Before, an RLM after a stop hid it from the rules here.
rlm=$(printf '\xe2\x80\x8f'); alm=$(printf '\xd8\x9c'); lrm=$(printf '\xe2\x80\x8e')
zwnj=$(printf '\xe2\x80\x8c'); zwsp=$(printf '\xe2\x80\x8b'); shy=$(printf '\xc2\xad')
marks_ar() { sed -e "s/\([.،؟!]\)/\1$rlm/g" -e "s/\"/\"$alm/g" -e "s/ال/ا${zwnj}ل/g" -e "s/\. /.$lrm /g" "$1"; }
marks_en() { sed -e "s/\([.?!]\)/\1$zwsp/g" -e "s/tion/ti${shy}on/g" -e "s/\. /.$lrm /g" "$1"; }
unmark() { sed -e "s/$rlm//g" -e "s/$alm//g" -e "s/$lrm//g" -e "s/$zwnj//g" -e "s/$zwsp//g" -e "s/$shy//g"; }
mark_check() { # LANG FILE NAME
	"marks_$1" "$2" > "$TMP/marked.txt"
	expect_eq "format characters change no boundary: $3" \
		"$("$MUWAZI" split --lang "$1" "$TMP/marked.txt" | unmark | md5sum)" \
		"$("$MUWAZI" split --lang "$1" "$2" | md5sum)"
	expect_eq "format characters are kept in the sentences: $3" \
		"$("$MUWAZI" split --lang "$1" "$TMP/marked.txt" | tr -d ' \t\r\n' | md5sum)" \
		"$(tr -d ' \t\r\n' < "$TMP/marked.txt" | md5sum)"
}
mark_check en "$G/news-en.in" news-en
mark_check ar "$G/news-ar.in" news-ar
mark_check ar "$ROOT_DIR/corpora/article.ar.txt" "the sample article (ar)"
mark_check en "$ROOT_DIR/corpora/article.en.txt" "the sample article (en)"
if have_shared && [ -d "$SHARED_DIR/data/ntrex-dev" ]; then
	# each document run together, headline and all: the rules for a missing stop at work
	for l in ar en; do
		for f in "$SHARED_DIR"/data/ntrex-dev/*.$l; do tr '\n' ' ' < "$f"; echo; echo; done > "$TMP/runin.$l"
		mark_check $l "$TMP/runin.$l" "ntrex-dev run together ($l)"
	done
else
	skip "format characters on ntrex-dev: no shared dev data"
fi
# split reads a file a paragraph at a time: only the text's first paragraph may carry a
# headline run into its first sentence, not every paragraph (as align, which reads it whole)
printf 'Volcano spews ash on Mexico City Ash from the volcano has reached Mexico City.\n' >"$TMP/hl1.txt"
printf 'First paragraph here.\n\nVolcano spews ash on Mexico City Ash from the volcano has reached Mexico City.\n' >"$TMP/hl2.txt"
expect_eq "a headline run in: cut in the first paragraph" "$("$MUWAZI" split "$TMP/hl1.txt" | wc -l)" 2
expect_eq "... not in a later one" "$("$MUWAZI" split "$TMP/hl2.txt" | wc -l)" 2
expect_eq "... and each file starts a document again" "$("$MUWAZI" split "$TMP/hl2.txt" "$TMP/hl1.txt" | wc -l)" 4
# one long line (a URL) in a hard-wrapped paragraph does not make the wrapped lines look short:
# the paragraph is still read as wrapped, not cut at every line end
tr '\n' ' ' <"$ROOT_DIR/corpora/article.en.txt" | fold -s -w 70 | sed 's/ $//' >"$TMP/wrap70.txt"
awk 'NR == 6 { print "See https://www.example.com/news/2018/09/30/a-long-address-of-an-article-on-the-web.html" } { print }' \
	"$TMP/wrap70.txt" >"$TMP/wrap70-url.txt"
expect_eq "a URL line in a wrapped paragraph: as many sentences as without it" \
	"$("$MUWAZI" split "$TMP/wrap70-url.txt" | wc -l)" "$("$MUWAZI" split "$TMP/wrap70.txt" | wc -l)"
# the ellipsis character ends an Arabic sentence before an Arabic word, as "..." does
for e in '…' '...'; do
	expect_eq "Arabic: '$e' then an Arabic word ends the sentence" \
		"$(printf 'قال الرئيس إن الوضع جيد%s وأضاف أن الحكومة ستعمل.\n' "$e" | "$MUWAZI" split --lang ar | wc -l)" 2
done
# a Latin abbreviation that may end an English sentence (p.m., Inc., etc.) inside Arabic text goes
# on before an Arabic word, and ends before a clause opener (وقال)
for x in p.m. Inc. etc.; do
	expect_eq "Arabic: '$x' then في goes on" \
		"$(printf 'قال الرئيس إن الاجتماع %s في البلاد كان جيدا للغاية.\n' "$x" | "$MUWAZI" split --lang ar | wc -l)" 1
done
expect_eq "Arabic: 'p.m.' then وقال ends" \
	"$(printf 'وصل الوفد في الساعة 7:30 p.m. وقال الرئيس إن الاجتماع كان جيدا.\n' | "$MUWAZI" split --lang ar | wc -l)" 2
# Arabic word rules read through presentation forms (text copied from a PDF), Persian letter
# forms and vowels: ﻟﻘﺪ is لقد, أبریل (Persian yeh) a month, دُ. an abbreviation
expect_eq "presentation forms: ﻟﻘﺪ opens a sentence as لقد does" \
	"$(printf 'أطلق الجيش النار بالسلاح ﻟﻘﺪ قرر الرئيس الانسحاب.\n' | "$MUWAZI" split --lang ar | wc -l)" 2
expect_eq "Persian yeh: a month before its year, not cut" \
	"$(printf 'وقال الكاتب في لندن في أبریل 2018: "بدعم الحكومة".\n' | "$MUWAZI" split --lang ar | wc -l)" 1
expect_eq "a vowel on an abbreviation's letter: دُ. not cut" \
	"$(printf 'قالَ دُ. مُحَمَّدٌ إن الوضع جيد.\n' | "$MUWAZI" split --lang ar | wc -l)" 1
# HTML character references in plain text (a page's source, a CMS field): said once; one
# "AT&amp;T" is not enough to say anything
printf 'قال الرئيس إن الوضع جيد.&nbsp;وأضاف أن &quot;الحكومة&quot; ستعمل &#1575;.\n' >"$TMP/ent.txt"
"$MUWAZI" split --lang ar "$TMP/ent.txt" >/dev/null 2>"$TMP/err"
expect_eq "HTML character references: said once" \
	"$(grep -c 'ent.txt: holds HTML character references (4 in its first 64 KB, the first &nbsp;)' "$TMP/err"):$(wc -l <"$TMP/err")" "1:1"
printf 'AT&amp;T said so.\n' | "$MUWAZI" split >/dev/null 2>"$TMP/err"
expect_eq "one character reference: nothing said" "$(cat "$TMP/err")" ""
# emoji after a stop go with the sentence before them; a last one is no sentence of its own
expect_eq "emoji after a stop: with the sentence before" \
	"$(printf 'قال الرئيس إن الوضع جيد جدا. 😂 وأضاف أن الحكومة ستعمل. 👍🏽\n' | "$MUWAZI" split --lang ar | tr '\n' '|')" \
	"قال الرئيس إن الوضع جيد جدا. 😂|وأضاف أن الحكومة ستعمل. 👍🏽|"
expect_eq "emoji after a stop (English, a flag, a heart with VS16)" \
	"$(printf 'Great game today! 🇸🇦🔥 The team played well. ❤️\n' | "$MUWAZI" split | tr '\n' '|')" \
	"Great game today! 🇸🇦🔥|The team played well. ❤️|"
# a web address after an Arabic quotation cites it: no sentence of its own
expect_eq "a URL after an Arabic quotation stays with it" \
	"$(printf 'جملة أولى هنا. وقال الرئيس: "نحن بحاجة إلى صفقة جديدة مع الاتحاد الأوروبي" https://www.bbc.com/arabic/world-45634500. وأضاف أن الحكومة ستعمل.\n' | "$MUWAZI" split --lang ar | wc -l)" 3
# English news constructions (a QA helper's passages): each line is one text, its sentences
# joined by '|' as wanted
while IFS= read -r case; do
	in=${case%%	*} want=${case#*	}
	expect_eq "en: $in" "$(printf '%b\n' "$in" | "$MUWAZI" split --lang en | tr '\n' '|' | sed 's/|$//')" "$want"
done <<'CASES'
TEL AVIV, Israel (AP) — A fire broke out at a warehouse on the edge of the city early Sunday.	TEL AVIV, Israel (AP) — A fire broke out at a warehouse on the edge of the city early Sunday.
Fire destroys warehouse SALT LAKE CITY (AP) — A fire broke out at a warehouse on the edge of the city early Sunday.	Fire destroys warehouse|SALT LAKE CITY (AP) — A fire broke out at a warehouse on the edge of the city early Sunday.
Intro.\n\nJACKSON, Miss. (AP) — The water system failed.	Intro.|JACKSON, Miss. (AP) — The water system failed.
Intro.\n\nST. LOUIS (AP) — A judge blocked the law.	Intro.|ST. LOUIS (AP) — A judge blocked the law.
Intro. Staff Sgt. Kevin Ryan and Spc. Maria Lopez were killed.	Intro.|Staff Sgt. Kevin Ryan and Spc. Maria Lopez were killed.
Intro. Offices will be closed on Martin Luther King Jr. Day.	Intro.|Offices will be closed on Martin Luther King Jr. Day.
Intro. Tesla Inc. Chief Executive Elon Musk said output would rise.	Intro.|Tesla Inc. Chief Executive Elon Musk said output would rise.
Intro. The merger created Warner Bros. Discovery in 2022. Samsung Electronics Co. Ltd. reported a loss.	Intro.|The merger created Warner Bros. Discovery in 2022.|Samsung Electronics Co. Ltd. reported a loss.
He bought it from Apple Inc. The deal closed.	He bought it from Apple Inc.|The deal closed.
"We did it!" Biden said. Democrats cheered.	"We did it!" Biden said.|Democrats cheered.
"Can we win?" Coach Mike Brown asked reporters. He smiled.	"Can we win?" Coach Mike Brown asked reporters.|He smiled.
"We won!" The crowd said nothing.	"We won!"|The crowd said nothing.
Water is scarce in low income areas. 48 percent of homes have none.	Water is scarce in low income areas.|48 percent of homes have none.
Prices rose sharply. $4 a gallon is now common.	Prices rose sharply.|$4 a gallon is now common.
The meeting is at 5 p.m. 20 people will attend.	The meeting is at 5 p.m. 20 people will attend.
He lives at No. 5 Downing St. in London.	He lives at No. 5 Downing St. in London.
CASES
# numbered lines are list items: each its own sentence, after a stop too (2 a.m.)
expect_eq "numbered lines" "$(printf 'What we know:\n1. The fire started at 2 a.m.\n2. Three people were hurt.\n' | "$MUWAZI" split --lang en | wc -l)" 3
# a short block whose last line is its widest is no wrapped paragraph: a headline above a
# one-line lead stays apart
expect_eq "a headline above a longer one-line lead" \
	"$(printf 'Flood warning issued for Houston\nForecasters expect up to 10 inches of rain.\n' | "$MUWAZI" split --lang en | wc -l)" 2
# text folded at 40 columns (its widest line 38 or 39 characters) is wrapped text on its
# width: the same sentences as unfolded, names broken across lines (King | III) and all
printf 'Martin Luther King Jr. was assassinated in 1968. His son, Martin Luther King III, spoke at the memorial. Offices will be closed on Martin Luther King Jr. Day. Schools will reopen on Tuesday. The funeral was held for George H.W. Bush, the father of George W. Bush. Thousands attended. The award went to Robert Downey Jr. He thanked his wife.\n' >"$TMP/mlk.txt"
for w in 40 41 60; do
	expect_eq "folded at $w columns: the sentences of the unfolded text" \
		"$(fold -s -w $w "$TMP/mlk.txt" | "$MUWAZI" split --lang en | tr -s ' ' | sed 's/ $//')" \
		"$("$MUWAZI" split --lang en "$TMP/mlk.txt")"
done
while IFS= read -r case; do
	in=${case%%	*} want=${case#*	}
	expect_eq "en: $in" "$(printf '%b\n' "$in" | "$MUWAZI" split --lang en | tr '\n' '|' | sed 's/|$//')" "$want"
done <<'CASES'
The minister asked, "Where is the money?" Nobody replied.	The minister asked, "Where is the money?"|Nobody replied.
Microsoft Corp. President Brad Smith testified before Congress. He defended the acquisition.	Microsoft Corp. President Brad Smith testified before Congress.|He defended the acquisition.
Those killed were: 1. John Smith, 34; 2. Ana Ruiz, 29. Their families were notified.	Those killed were: 1. John Smith, 34; 2. Ana Ruiz, 29.|Their families were notified.
CASES
expect_eq "en: the U.S. then a plural subject ends the sentence" \
	"$(printf 'The plant closed in the U.S. Workers were offered jobs in Mexico.\n' | "$MUWAZI" split --lang en | wc -l)" 2
# text wrapped with its widest line at 38: short lines before a long word are wrapped lines, and
# a URL line among them does not set the width
printf 'Warren, a frequent critic of President Donald Trump, is running for re-election in November against GOP state Rep. Geoff Diehl, who was co-chairman of Trump'"'"'s 2016 Massachusetts campaign. She has been at the center of speculation that she might take on Trump in 2020. Saturday afternoon'"'"'s event in Holyoke was her 36th meeting with constituents using the town hall format since Trump took office.\n' >"$TMP/w38.txt"
python3 -c "import textwrap,sys; t=open(sys.argv[1]).read(); L=textwrap.wrap(t,38,break_long_words=False,break_on_hyphens=False); L=L[:3]+['See https://www.example.com/news/2018/09/30/warren-plans-to-take-a-look.html']+L[3:]; print('\n'.join(L))" "$TMP/w38.txt" >"$TMP/w38u.txt" 2>/dev/null &&
	expect_eq "wrapped at 38 with a URL line: three sentences" "$("$MUWAZI" split --lang en "$TMP/w38u.txt" | wc -l)" 3 ||
	skip "wrapped at 38: no python3"
expect_eq "a URL after an Arabic quotation, then وأضاف: the next sentence" \
	"$(printf 'جملة أولى هنا. قال الوزير «سنعمل على ذلك» https://example.com/news وأضاف أن الحكومة ستعمل.\n' | "$MUWAZI" split --lang ar | wc -l)" 3
expect_eq "en: a.m. then an abbreviated month goes on" \
	"$(printf 'The hearing is set for 9 a.m. Jan. 12 in federal court. The judge has not ruled.\n' | "$MUWAZI" split --lang en | wc -l)" 2
