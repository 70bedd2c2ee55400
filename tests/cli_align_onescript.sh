# cli_align_onescript.sh - `muwazi align --no-dict --lines` on a pair in one script with no lexicon
# (German/French): a short pair of sentences with no cognate stays a 1-1 bead, OCR rubble
# (lines with no word and no number) is left out, in both argument orders; and, with the
# Text+Berg development set in $SHARED_DIR, strict F1 above a floor on the whole file and on
# pieces of about 105 gold beads (the size of the documents of the Text+Berg test set). Not timed.
. "$TESTS_DIR/lib.sh"

"$MUWAZI" align --no-dict --lines --format vecalign "$ROOT_DIR/corpora/article.ar.lines" \
	"$ROOT_DIR/corpora/article.en.lines" >"$TMP/probe" 2>"$TMP/probe.err"
if grep -qi "not implemented" "$TMP/probe.err"; then
	skip "align in one script: align not implemented yet"; exit 0
fi

# Written for this test: a German text and its French translation, a sentence a line.
cat >"$TMP/de" <<'TXT'
Im Sommer 1957 reiste die Expedition von Zürich nach Kathmandu .
Der Leiter , Dr. Albert Eggler , hatte das Material schon im Mai vorausgeschickt .
Am 12. April erreichten die Träger das Basislager auf 5300 m .
Das Wetter war schlecht , und der Schnee lag tief .
Endlich wurde es hell .
Am nächsten Morgen stiegen Marmet und Reist zum Lager 3 auf 6800 m .
Die Route führte über den Khumbu-Gletscher und eine steile Eiswand .
Nach drei Tagen erreichten sie den Südsattel auf 7986 m .
Dort blieben sie zwei Nächte im Sturm .
Am 23. Mai standen sie auf dem Gipfel des Lhotse , 8501 m .
Der Abstieg nach Namche Bazar dauerte eine Woche .
Die Expedition kehrte im Juli nach Zürich zurück .
TXT
cat >"$TMP/fr" <<'TXT'
En été 1957 , l' expédition se rendit de Zurich à Katmandou .
Le chef , le Dr Albert Eggler , avait expédié le matériel dès le mois de mai .
Le 12 avril , les porteurs atteignirent le camp de base à 5300 m .
Le temps était mauvais et la neige profonde .
Enfin le jour parut .
Le lendemain matin , Marmet et Reist montèrent au camp 3 , à 6800 m .
La route passait par le glacier du Khumbu et une paroi de glace raide .
Après trois jours , ils atteignirent le col Sud à 7986 m .
Ils y restèrent deux nuits dans la tempête .
Le 23 mai , ils étaient au sommet du Lhotse , 8501 m .
La descente vers Namche Bazar dura une semaine .
L' expédition rentra à Zurich en juillet .
TXT
# The same with OCR rubble: a line after German sentence 3, one after French sentence 7.
awk 'NR == 4 { print ".:-- , ." } { print }' "$TMP/de" >"$TMP/de.ocr"
awk 'NR == 8 { print ".....  - _-" } { print }' "$TMP/fr" >"$TMP/fr.ocr"

# beads FILE: the beads without their scores, one a line.
beads() { sed 's/\]:[0-9.]*$/]/' "$1"; }
has() { grep -qxF "$2" <(beads "$1"); }

if "$MUWAZI" align --no-dict --lines --format vecalign "$TMP/de" "$TMP/fr" >"$TMP/a" 2>"$TMP/err"; then
	# Both sides short, no cognate, no number: length and position say 1-1.
	has "$TMP/a" "[4]:[4]" && ok "de-fr: a short pair with no cognate is a 1-1 bead" ||
		notok "de-fr: a short pair with no cognate is a 1-1 bead (got: $(beads "$TMP/a" | tr '\n' ' '))"
	good=1
	for k in 0 1 2 3 5 6 7 10 11; do has "$TMP/a" "[$k]:[$k]" || good=0; done
	[ $good = 1 ] && ok "de-fr: the pairs with cognates and numbers are 1-1 beads" ||
		notok "de-fr: the pairs with cognates and numbers are 1-1 beads (got: $(beads "$TMP/a" | tr '\n' ' '))"
	! grep -q '\[\]' "$TMP/a" && ok "de-fr: nothing left out of a clean pair" ||
		notok "de-fr: nothing left out of a clean pair (got: $(beads "$TMP/a" | tr '\n' ' '))"
else
	notok "align de fr (status $?): $(head -n 1 "$TMP/err")"
fi
"$MUWAZI" align --no-dict --lines --format vecalign "$TMP/fr" "$TMP/de" >"$TMP/b" 2>/dev/null
has "$TMP/b" "[4]:[4]" && ok "fr-de: a short pair with no cognate is a 1-1 bead" ||
	notok "fr-de: a short pair with no cognate is a 1-1 bead (got: $(beads "$TMP/b" | tr '\n' ' '))"

if "$MUWAZI" align --no-dict --lines --format vecalign "$TMP/de.ocr" "$TMP/fr.ocr" >"$TMP/c" 2>"$TMP/err"; then
	has "$TMP/c" "[3]:[]" && has "$TMP/c" "[]:[7]" && ok "de-fr: OCR rubble lines are left out" ||
		notok "de-fr: OCR rubble lines are left out (got: $(beads "$TMP/c" | tr '\n' ' '))"
	has "$TMP/c" "[2]:[2]" && has "$TMP/c" "[4]:[3]" && has "$TMP/c" "[8]:[8]" &&
		ok "de-fr: the rubble's neighbours keep their 1-1 beads" ||
		notok "de-fr: the rubble's neighbours keep their 1-1 beads (got: $(beads "$TMP/c" | tr '\n' ' '))"
else
	notok "align de.ocr fr.ocr (status $?): $(head -n 1 "$TMP/err")"
fi
"$MUWAZI" align --no-dict --lines --format vecalign "$TMP/fr.ocr" "$TMP/de.ocr" >"$TMP/d" 2>/dev/null
has "$TMP/d" "[]:[3]" && has "$TMP/d" "[7]:[]" && ok "fr-de: OCR rubble lines are left out" ||
	notok "fr-de: OCR rubble lines are left out (got: $(beads "$TMP/d" | tr '\n' ' '))"

# Text+Berg development set: the whole file, and four pieces of it.
TB=${SHARED_DIR:-/nonexistent}/data/textberg-dev
if ! have_shared || [ ! -f "$TB/dev.defr" ]; then
	skip "Text+Berg floors: no textberg-dev in \$SHARED_DIR"; exit 0
fi
"$MUWAZI" align --no-dict --lines --format vecalign "$TB/dev.de" "$TB/dev.fr" >"$TMP/tb.test" 2>/dev/null
# Four pieces cut at gold bead boundaries (bench/gold_pieces.awk).
awk -v n=4 -v out="$TMP/q" -v S="$TB/dev.de" -f "$ROOT_DIR/bench/gold_pieces.awk" \
	"$TB/dev.defr" "$TB/dev.de" "$TB/dev.fr"
args=()
for k in 0 1 2 3; do
	"$MUWAZI" align --no-dict --lines --format vecalign "$TMP/q.$k.src" "$TMP/q.$k.tgt" >"$TMP/q.$k.test" 2>/dev/null
	args+=("$TMP/q.$k.gold" "$TMP/q.$k.test")
done
nsrc=$(cat "$TMP"/q.?.src | wc -l); ntgt=$(cat "$TMP"/q.?.tgt | wc -l)
expect_eq "Text+Berg pieces hold every sentence" "$nsrc $ntgt" "$(wc -l <"$TB/dev.de") $(wc -l <"$TB/dev.fr")"
# Floors: measured (aligner of 29 Nov 2026: 0.8769 and 0.8295) less 0.03, rounded down.
floor() {
	if awk -v f="$2" -v m="$3" 'BEGIN { exit !(f >= m) }'; then ok "$1: strict F1 $2 (floor $3)"
	else notok "$1: strict F1 $2 is below the floor $3"; fi
}
# 2-2 beads made where the gold has two 1-1 beads (a pair covering each other better than a
# typical true pair is a bead by itself): 4 before that rule (29 Nov 2026), 2 with it.
split22=$(awk -F: 'FNR == NR { g[$1 ":" $2] = 1; next }
	{ s = $1; t = $2; gsub(/[][ ]/, "", s); gsub(/[][ ]/, "", t)
	  if (split(s, a, ",") == 2 && split(t, b, ",") == 2 &&
	      ("[" a[1] "]:[" b[1] "]") in g && ("[" a[2] "]:[" b[2] "]") in g) n++ }
	END { print n + 0 }' "$TB/dev.defr" "$TMP/tb.test")
[ "$split22" -le 2 ] && ok "Text+Berg dev: $split22 2-2 beads where the gold has two 1-1 beads (at most 2)" ||
	notok "Text+Berg dev: $split22 2-2 beads where the gold has two 1-1 beads (at most 2)"
floor "Text+Berg dev, whole file" "$("$MUWAZI" score "$TB/dev.defr" "$TMP/tb.test" | tail -n 1 | cut -f4)" 0.84
floor "Text+Berg dev, four pieces" "$("$MUWAZI" score --pairs "${args[@]}" | tail -n 1 | cut -f4)" 0.80

# The German against the first third of the French (a translation of part of
# the text), without a dictionary: the gold pairs within that third are found.
# The whole texts' ratio, about a third, was the first pass's before it
# distrusted a ratio far from 1 between two Latin-script languages: 5 of 112
# then, 79 since (with FreeDict's deu-fra: 76 then, 96 since).
cut=$(($(wc -l <"$TB/dev.fr") / 3))
head -n "$cut" "$TB/dev.fr" >"$TMP/fr3"
"$MUWAZI" align -q --no-dict --lines -f vecalign "$TB/dev.de" "$TMP/fr3" >"$TMP/fr3.test"
found=$(awk -F: -v cut="$cut" 'FNR == NR { s = $1; t = $2; gsub(/ /, "", s); gsub(/ /, "", t)
		if (s == "[]" || t == "[]") next; n = split(t, x, /[^0-9]+/); m = -1
		for (i = 1; i <= n; i++) if (x[i] != "" && x[i] + 0 > m) m = x[i] + 0
		if (m < cut) { want[s ":" t] = 1; total++ }; next }
	{ s = $1; t = $2; gsub(/ /, "", s); gsub(/ /, "", t); if ((s ":" t) in want) hit++ }
	END { printf "%d %d", hit, total }' "$TB/dev.defr" "$TMP/fr3.test")
set -- $found
[ "$1" -ge $(($2 * 6 / 10)) ] && ok "Text+Berg dev against a third of the French, --no-dict: $1 of $2 gold pairs (floor 60%)" ||
	notok "Text+Berg dev against a third of the French, --no-dict: $1 of $2 gold pairs (floor 60%)"
