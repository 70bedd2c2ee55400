# cli_names.sh - `muwazi names`: names found in English text, grouped by spelling.
. "$TESTS_DIR/lib.sh"
G=$ROOT_DIR/tests/golden/tlit
export MUWAZI_DICT_INDEX=/nonexistent # the golden output does not depend on the dictionary

expect_status "names --help exits 0" 0 "$MUWAZI" names --help
grep -q "usage: muwazi names" "$TMP/out" && grep -q "Shaddadi 14  (al-Shaddadi 3, Shadadi 1)" "$TMP/out" \
	&& ok "names --help documents the output" || notok "names --help documents the output"
expect_status "unknown option is a usage error" 2 "$MUWAZI" names --frob
expect_status "--min 0 is a usage error" 2 "$MUWAZI" names --min 0
expect_status "missing file exits 2" 2 "$MUWAZI" names "$TMP/nope.txt"
expect_eq "missing file message" "$(cat "$TMP/err")" "muwazi: $TMP/nope.txt: No such file or directory"

expect_golden "names: golden archive" "$G/names-archive.out" "$MUWAZI" names "$G/names-archive.txt"
out=$(cat "$TMP/golden.out")
expect_eq "most frequent spelling first, the others after" "$(head -n 1 <<<"$out")" "Shaddadi 3  (Shadadi 1, al-Shaddadi 1)"
for bad in President Gen March January Monday Fighting Emphasising SDF Kurdish Syrian Forces; do
	grep -q "\b$bad\b" <<<"$out" && notok "$bad is not a name" || ok "$bad is not a name"
done
grep -q "^Hussein 1$" <<<"$out" && grep -q "^Hassan 1$" <<<"$out" && ok "Hussein and Hassan stay apart" || notok "Hussein and Hassan stay apart"
# a chain of near spellings, each a vowel from the next, does not join its two ends
got=$(printf 'He met Hassan, then Hassan again. Later he met Hassin. Then Hussin. Finally Hussein and Hussein.\n' | "$MUWAZI" names)
expect_eq "a chain of near spellings: each joins its nearest frequent name" "$got" $'Hassan 2  (Hassin 1)\nHussein 2  (Hussin 1)'
# short one-word names: the matcher decides, not the loose key alone
got=$(printf 'Then Kai spoke. Then Key spoke. Then Ali spoke. Then Aly spoke. Then Ali left.\n' | "$MUWAZI" names)
expect_eq "short names: Ali and Aly one name, Kai and Key two" "$got" $'Ali 2  (Aly 1)\nKai 1\nKey 1'
got=$("$MUWAZI" names --variants "$G/names-archive.txt" | wc -l)
expect_eq "--variants keeps names with several spellings" "$got" "6"
got=$("$MUWAZI" names --min 3 "$G/names-archive.txt")
expect_eq "--min 3" "$got" $'Shaddadi 3  (Shadadi 1, al-Shaddadi 1)\nHasakeh 2  (Hasaka 1)'
got=$(cat "$G/names-archive.txt" | "$MUWAZI" names - | md5sum)
expect_eq "standard input reads the same" "$got" "$(md5sum <"$G/names-archive.out")"
got=$("$MUWAZI" names "$G/names-archive.txt" "$G/names-archive.txt" | head -n 1)
expect_eq "several files are counted together" "$got" "Shaddadi 6  (Shadadi 2, al-Shaddadi 2)"
printf 'Sadr met \377 Numan.\n' >"$TMP/bad.txt"
expect_status "invalid UTF-8 exits 1" 1 "$MUWAZI" names "$TMP/bad.txt" "$G/names-archive.txt"
[ -s "$TMP/out" ] && ok "other files still read after invalid UTF-8" || notok "other files still read after invalid UTF-8"
if [ -f /usr/share/dictd/freedict-eng-ara.index ]; then
	got=$(printf 'Analysts said Sadr was in Baghdad.\n' | MUWAZI_DICT_INDEX=/usr/share/dictd/freedict-eng-ara.index "$MUWAZI" names)
	expect_eq "a sentence's first dictionary word is not a name" "$got" $'Baghdad 1\nSadr 1'
	# an English word whose loose key meets a name's: the matcher decides
	got=$(printf 'He studied at the College, then at Golgi in Pavia, then at the College again.\n' |
		MUWAZI_DICT_INDEX=/usr/share/dictd/freedict-eng-ara.index "$MUWAZI" names --variants)
	expect_eq "an English word and a name with near loose keys stay apart (College, Golgi)" "$got" ""
else
	skip "FreeDict English index absent"
fi
# words that are no names: one letter, capitals inside, chains of hyphenated parts
got=$(printf 'Officials said the CoV and IgG tests in Baghdad found U and E only; the Asp-Arg-Val-Tyr chain and ElBaradei.\n' | "$MUWAZI" names)
expect_eq "mixed case, one-letter words and hyphen chains are skipped" "$got" $'Baghdad 1\nElBaradei 1'

# Arabic text has no capitalised words to find: said so, and the English
# file beside it is read as ever.
"$MUWAZI" names "$ROOT_DIR/corpora/article.ar.txt" "$ROOT_DIR/corpora/article.en.txt" >"$TMP/out" 2>"$TMP/err"; rc=$?
expect_eq "an Arabic file among the inputs: exit 0" "$rc" 0
grep -q "article.ar.txt: Arabic text: names finds the names of English" "$TMP/err" &&
	ok "an Arabic file: said so" || notok "an Arabic file: said so"
"$MUWAZI" names "$ROOT_DIR/corpora/article.en.txt" >"$TMP/out2" 2>/dev/null
cmp -s "$TMP/out" "$TMP/out2" && ok "an Arabic file: the English file's names as alone" ||
	notok "an Arabic file: the English file's names as alone"
grep -q "Arabic text" "$TMP/err" && ! "$MUWAZI" names "$ROOT_DIR/corpora/article.en.txt" 2>&1 >/dev/null | grep -q "Arabic text" &&
	ok "an English file: no such note" || notok "an English file: no such note"
# a soft hyphen or a bidi mark inside or before a name: the same spelling
printf 'Then al-Shad\xc2\xaddadi met \xe2\x80\x8fAli Numan.\nLater al-Shaddadi left with Ali\xe2\x80\x8e Numan.\n' >"$TMP/shy.txt"
expect_eq "soft hyphens and bidi marks: one spelling each" "$("$MUWAZI" names "$TMP/shy.txt" | grep -c 'al-Shaddadi 2\|Ali Numan 2')" 2
# a given name opens a sentence as a name, though it ends in -ed or FreeDict lists it
printf 'Khaled Mashal came.\nAhmed came. Ali said. Abu Bakr came.\nAsked about it, officials declined.\n' >"$TMP/given.txt"
expect_eq "given names at a sentence start" "$("$MUWAZI" names "$TMP/given.txt" | cut -d' ' -f1-2 | tr '\n' ';')" \
	"Abu Bakr;Ahmed 1;Ali 1;Khaled Mashal;"
# a compound of capitalised parts beside another word of a name is one name, and so is it
# alone once the text has shown it so; names joined otherwise stay two (the Iraq-Syria border)
printf 'We saw Tim Berners-Lee.\nOn Monday, Berners-Lee said it.\nWe met Jean-Marie Le Pen.\nThe Iraq-Syria border and Kurdish-led forces.\n' >"$TMP/hyph.txt"
expect_eq "hyphenated surnames and joined names" "$("$MUWAZI" names "$TMP/hyph.txt" | tr '\n' ';')" \
	"Berners-Lee 1;Iraq 1;Jean-Marie Le Pen 1;Syria 1;Tim Berners-Lee 1;"
# an organisation's name ends at its last organisation word: a person's name after it in the
# same capitalised run is still found (the whole run was dropped)
printf 'Yesterday Basra Police Ahmed Hassan said nothing.\nA UN Security Council Muqtada al-Sadr meeting.\nThe Sadr Foundation said.\n' >"$TMP/org.txt"
expect_eq "names after an organisation's name" "$("$MUWAZI" names "$TMP/org.txt" | tr '\n' ';')" "Ahmed Hassan 1;Muqtada al-Sadr 1;"
# a sentence's first word that is an English word (Mark, Tim) is a given name when the text
# writes the pair inside a sentence too; Senior or Finally before a name is not
printf 'Mark Zuckerberg said it would grow. Critics said Mark Zuckerberg was wrong.\nSenior Sadr aides met. They met Sadr.\nFinally Hussein left.\n' >"$TMP/first.txt"
expect_eq "given names that are English words, at a sentence start" \
	"$(MUWAZI_DICT_INDEX=/usr/share/dictd/freedict-eng-ara.index "$MUWAZI" names "$TMP/first.txt" | tr '\n' ';')" \
	"Mark Zuckerberg 2;Sadr 2;Hussein 1;"
