# cli_align_pair.sh - `muwazi align` on two other languages with FreeDict's dictionaries between
# them (German/French: dict-freedict-deu-fra, dict-freedict-fra-deu): the languages told by their
# function words (and named in TMX), a sentence the translation left out found in both argument
# orders, the lexicon cached, a pair without dictionaries aligned with a note, and, with the Text+Berg development
# set in $SHARED_DIR, strict F1 with the dictionaries above a floor and above --no-dict. Not timed.
. "$TESTS_DIR/lib.sh"

if [ ! -f /usr/share/dictd/freedict-deu-fra.index ] || [ ! -f /usr/share/dictd/freedict-fra-deu.index ]; then
	skip "align with a German/French dictionary: dict-freedict-deu-fra/fra-deu not installed"; exit 0
fi

# Written for this test: a German text and its French translation, a sentence a line;
# the French leaves out the German sentence about the cook.
cat >"$TMP/de" <<'TXT'
Die Bergführer verließen die Hütte lange vor dem Morgengrauen .
Der Himmel war klar , aber der Wind wehte kalt über den Grat .
Die Köchin blieb mit den Trägern im Lager und backte Brot für die Rückkehr .
Gegen Mittag erreichten die beiden Männer den Gipfel .
Sie blieben nur kurz oben , denn Wolken zogen auf .
Am Abend waren alle wieder sicher in der Hütte .
TXT
cat >"$TMP/fr" <<'TXT'
Les guides quittèrent la cabane bien avant l' aube .
Le ciel était clair , mais le vent soufflait froid sur l' arête .
Vers midi , les deux hommes atteignirent le sommet .
Ils ne restèrent que peu de temps en haut , car des nuages montaient .
Le soir , tous étaient de retour sains et saufs à la cabane .
TXT
beads() { sed 's/\]:[0-9.]*$/]/' "$1"; }
has() { grep -qxF "$2" <(beads "$1"); }

if "$MUWAZI" align --lines --format vecalign "$TMP/de" "$TMP/fr" >"$TMP/a" 2>"$TMP/err"; then
	has "$TMP/a" "[2]:[]" && has "$TMP/a" "[3]:[2]" && has "$TMP/a" "[1]:[1]" &&
		ok "de-fr: the sentence the French left out is a 1-0 bead" ||
		notok "de-fr: the sentence the French left out is a 1-0 bead (got: $(beads "$TMP/a" | tr '\n' ' '))"
	expect_eq "de-fr: nothing on standard error" "$(cat "$TMP/err")" ""
else
	notok "align de fr (status $?): $(head -n 1 "$TMP/err")"
fi
"$MUWAZI" align --lines --format vecalign "$TMP/fr" "$TMP/de" >"$TMP/b" 2>/dev/null
has "$TMP/b" "[]:[2]" && has "$TMP/b" "[2]:[3]" && has "$TMP/b" "[1]:[1]" &&
	ok "fr-de: the sentence the French left out is a 0-1 bead" ||
	notok "fr-de: the sentence the French left out is a 0-1 bead (got: $(beads "$TMP/b" | tr '\n' ' '))"

# The languages, told by their words, name the TMX's languages; --src-lang still rules.
langs() { grep -o 'xml:lang="[^"]*"' "$1" | sort -u | sed 's/xml:lang="\(.*\)"/\1/' | tr '\n' ' '; }
"$MUWAZI" align --lines -f tmx "$TMP/de" "$TMP/fr" >"$TMP/t.tmx" 2>"$TMP/err"
expect_eq "TMX: de and fr told by their words" "$(langs "$TMP/t.tmx")" "de fr "
! grep -q "language" "$TMP/err" && ok "TMX: no warning about the languages" ||
	notok "TMX: no warning about the languages (got: $(cat "$TMP/err"))"
grep -q 'srclang="de"' "$TMP/t.tmx" && ok "TMX: srclang de" || notok "TMX: srclang de ($(grep -o 'srclang="[^"]*"' "$TMP/t.tmx"))"
"$MUWAZI" align --lines -f tmx --src-lang de-CH --tgt-lang fr-CH "$TMP/de" "$TMP/fr" >"$TMP/t2.tmx" 2>"$TMP/err"
expect_eq "TMX: --src-lang/--tgt-lang de-CH fr-CH kept" "$(langs "$TMP/t2.tmx")" "de-CH fr-CH "
"$MUWAZI" align --lines --format vecalign --src-lang de-CH --tgt-lang fr-CH "$TMP/de" "$TMP/fr" >"$TMP/c" 2>/dev/null
cmp -s "$TMP/a" "$TMP/c" && ok "de-CH/fr-CH: the same dictionary, the same beads" ||
	notok "de-CH/fr-CH: the same dictionary, the same beads"

# The lexicon made of the pair's dictionaries is cached as Arabic/English's is, a file a pair.
c=$TMP/cache
want=$(MUWAZI_CACHE_DIR= "$MUWAZI" align --lines -f vecalign "$TMP/de" "$TMP/fr")
out=$(MUWAZI_CACHE_DIR=$c "$MUWAZI" align --lines -f vecalign "$TMP/de" "$TMP/fr")
expect_eq "cache, cold: the same beads" "$out" "$want"
[ -s "$c/freedict-de_fr.lexicon" ] && ok "cache: freedict-de_fr.lexicon written" ||
	notok "cache: freedict-de_fr.lexicon written (in $c: $(ls "$c" 2>&1 | tr '\n' ' '))"
ino=$(stat -c %i "$c/freedict-de_fr.lexicon" 2>/dev/null)
out=$(MUWAZI_CACHE_DIR=$c "$MUWAZI" align --lines -f vecalign "$TMP/de" "$TMP/fr")
expect_eq "cache, warm: the same beads" "$out" "$want"
expect_eq "cache, warm: read, not rewritten" "$(stat -c %i "$c/freedict-de_fr.lexicon" 2>/dev/null)" "$ino"
head -c 5000 "$c/freedict-de_fr.lexicon" >"$TMP/cut" && cat "$TMP/cut" >"$c/freedict-de_fr.lexicon"
out=$(MUWAZI_CACHE_DIR=$c "$MUWAZI" align --lines -f vecalign "$TMP/de" "$TMP/fr" 2>"$TMP/err")
expect_eq "cache, damaged: the same beads, nothing said" "$out$(cat "$TMP/err")" "$want"
[ "$(stat -c %s "$c/freedict-de_fr.lexicon")" -gt 5000 ] && ok "cache, damaged: rewritten" ||
	notok "cache, damaged: rewritten"
out=$(MUWAZI_CACHE_DIR=$c "$MUWAZI" align --lines -f vecalign "$TMP/fr" "$TMP/de")
[ -s "$c/freedict-fr_de.lexicon" ] && ok "cache: French first, a file of its own" ||
	notok "cache: French first, a file of its own"

# Two languages the table knows but whose dictionaries are not installed: aligned, with a note.
cat >"$TMP/es" <<'TXT'
El presidente de la comisión dijo que las conversaciones con los sindicatos continuarán el miércoles en la capital.
Los trabajadores del puerto están en huelga desde hace una semana y piden un aumento de los salarios.
TXT
cat >"$TMP/it" <<'TXT'
Il presidente della commissione ha detto che i colloqui con i sindacati continueranno mercoledì nella capitale.
I lavoratori del porto sono in sciopero da una settimana e chiedono un aumento degli stipendi.
TXT
if [ -f /usr/share/dictd/freedict-spa-ita.index ] || [ -f /usr/share/dictd/freedict-ita-spa.index ]; then
	skip "es-it without a dictionary: one is installed"
else
	"$MUWAZI" align --lines --format vecalign "$TMP/es" "$TMP/it" >"$TMP/e" 2>"$TMP/err"
	st=$?
	[ $st = 0 ] && [ "$(beads "$TMP/e" | tr '\n' ' ')" = "[0]:[0] [1]:[1] " ] &&
		ok "es-it without dictionaries: aligned" ||
		notok "es-it without dictionaries: aligned (status $st: $(beads "$TMP/e" | tr '\n' ' '))"
	grep -q "spa-ita" "$TMP/err" && ok "es-it: a note names the dictionaries missing" ||
		notok "es-it: a note names the dictionaries missing (got: $(cat "$TMP/err"))"
	"$MUWAZI" align -q --lines --format vecalign "$TMP/es" "$TMP/it" >/dev/null 2>"$TMP/err"
	expect_eq "es-it, -q: no note" "$(cat "$TMP/err")" ""
fi

# Text+Berg development set: the whole file and four pieces, with and without the dictionaries.
TB=${SHARED_DIR:-/nonexistent}/data/textberg-dev
if ! have_shared || [ ! -f "$TB/dev.defr" ]; then
	skip "Text+Berg with the dictionaries: no textberg-dev in \$SHARED_DIR"; exit 0
fi
"$MUWAZI" align --lines --format vecalign "$TB/dev.de" "$TB/dev.fr" >"$TMP/tb.test" 2>/dev/null
awk -v n=4 -v out="$TMP/q" -v S="$TB/dev.de" -f "$ROOT_DIR/bench/gold_pieces.awk" \
	"$TB/dev.defr" "$TB/dev.de" "$TB/dev.fr"
args=() argn=()
for k in 0 1 2 3; do
	"$MUWAZI" align --lines --format vecalign "$TMP/q.$k.src" "$TMP/q.$k.tgt" >"$TMP/q.$k.test" 2>/dev/null
	"$MUWAZI" align --no-dict --lines --format vecalign "$TMP/q.$k.src" "$TMP/q.$k.tgt" >"$TMP/q.$k.nd" 2>/dev/null
	args+=("$TMP/q.$k.gold" "$TMP/q.$k.test")
	argn+=("$TMP/q.$k.gold" "$TMP/q.$k.nd")
done
floor() {
	if awk -v f="$2" -v m="$3" 'BEGIN { exit !(f >= m) }'; then ok "$1: strict F1 $2 (floor $3)"
	else notok "$1: strict F1 $2 is below the floor $3"; fi
}
whole=$("$MUWAZI" score "$TB/dev.defr" "$TMP/tb.test" | tail -n 1 | cut -f4)
four=$("$MUWAZI" score --pairs "${args[@]}" | tail -n 1 | cut -f4)
fourn=$("$MUWAZI" score --pairs "${argn[@]}" | tail -n 1 | cut -f4)
# Floors: measured with the dictionaries (29 Nov 2026: 0.8765 and 0.8943) less 0.03, rounded down.
floor "Text+Berg dev with the dictionaries, whole file" "$whole" 0.84
floor "Text+Berg dev with the dictionaries, four pieces" "$four" 0.86
awk -v a="$four" -v b="$fourn" 'BEGIN { exit !(a > b) }' &&
	ok "Text+Berg dev, four pieces: the dictionaries help ($fourn without, $four with)" ||
	notok "Text+Berg dev, four pieces: the dictionaries help ($fourn without, $four with)"
