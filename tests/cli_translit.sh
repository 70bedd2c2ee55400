# cli_translit.sh - `muwazi translit`: schemes, line by line, errors.
. "$TESTS_DIR/lib.sh"
G=$ROOT_DIR/tests/golden/tlit

expect_status "translit --help exits 0" 0 "$MUWAZI" translit --help
grep -q "usage: muwazi translit" "$TMP/out" && ok "translit --help on stdout" || notok "translit --help on stdout"
expect_status "unknown scheme is a usage error" 2 "$MUWAZI" translit --scheme klingon
expect_status "unknown option is a usage error" 2 "$MUWAZI" translit --frob
expect_status "--scheme without value is a usage error" 2 "$MUWAZI" translit --scheme
expect_status "missing file exits 2" 2 "$MUWAZI" translit "$TMP/nope.txt"
expect_eq "missing file message" "$(cat "$TMP/err")" "muwazi: $TMP/nope.txt: No such file or directory"

got=$(printf 'مقتدى الصدر\nصباح النعمان\nالشدادي\n' | "$MUWAZI" translit)
expect_eq "news: the seed story's names" "$got" $'Muqtada al-Sadr\nSabah al-Numan\nal-Shaddadi'
expect_golden "news: golden names file" "$G/translit-news.out" "$MUWAZI" translit "$G/translit.in"
expect_golden "buckwalter: golden names file" "$G/translit-bw.out" "$MUWAZI" translit --scheme buckwalter "$G/translit.in"
got=$("$MUWAZI" translit --scheme buckwalter "$G/translit.in" | "$MUWAZI" translit --scheme buckwalter --reverse)
expect_eq "buckwalter --reverse gives the input back" "$got" "$(cat "$G/translit.in")"
expect_status "--reverse needs buckwalter" 2 "$MUWAZI" translit --reverse "$G/translit.in"

# invalid UTF-8: reported with line and byte, other lines still answered, exit 1
printf 'الحسكة\n\377\nالشدادي\n' >"$TMP/bad.txt"
expect_status "invalid UTF-8 exits 1" 1 "$MUWAZI" translit "$TMP/bad.txt"
expect_eq "invalid UTF-8 message names file, line, byte" "$(cat "$TMP/err")" "muwazi: $TMP/bad.txt: invalid UTF-8 at line 2, byte 14"
expect_eq "other lines still romanised" "$(cat "$TMP/out")" $'Hasakeh\n\nal-Shaddadi'
# no final newline kept as is
got=$(printf 'الحسكة' | "$MUWAZI" translit | od -c | tail -n 2 | head -n 1)
case "$got" in *'\n'*) notok "no final newline added";; *) ok "no final newline added";; esac

# Persian letters, vocalised input, the rules alone
got=$(printf 'حامد کرزی\nامان‌الله\nقاسم سلیمانی\n' | "$MUWAZI" translit)
expect_eq "news: Persian letters" "$got" $'Hamid Karzai\nAmanullah\nQassem Soleimani'
got=$(printf 'حسيني\nحسینی\n' | "$MUWAZI" translit)
expect_eq "news: Arabic and Persian yeh pick their own spellings" "$got" $'Husseini\nHosseini'
got=$(printf 'مُقْتَدَى الصَّدْر\nحَسَّان\n' | "$MUWAZI" translit)
expect_eq "news: vocalised input read from its marks" "$got" $'Muqtada al-Sadr\nHassan'
got=$(printf 'الخالدية\nعبد الرزاق\n' | "$MUWAZI" translit --scheme news-rules)
expect_eq "news-rules: rules without the list" "$got" $'al-Khalidiya\nAbdul-Razaq'
# a word longer than the reader's word buffer loses no letter
got=$(printf '%0.sب' $(seq 100) | "$MUWAZI" translit | tr -cd 'bB' | wc -c)
expect_eq "100-letter word: 100 b's out" "$got" "100"
got=$(printf '%0.sب' $(seq 100) | "$MUWAZI" translit --scheme buckwalter)
expect_eq "100-letter word in buckwalter" "${#got}" "100"

# running text, as written before the reader kept words read ahead for phrases
# (the golden files come from that earlier reader: the speed-up changed no byte)
expect_golden "news: running text (the sample article)" "$G/article-news.out" "$MUWAZI" translit "$ROOT_DIR/corpora/article.ar.txt"
expect_golden "news-rules: running text (the sample article)" "$G/article-rules.out" "$MUWAZI" translit --scheme news-rules "$ROOT_DIR/corpora/article.ar.txt"
got=$(printf 'عبد الله  بن   محمد، أبو بكر البغدادي و عبد العزيز الحكيم عبد\n' | "$MUWAZI" translit)
expect_eq "news: phrases and single words around runs of spaces" "$got" "Abdullah  bin   Mohammed, Abu Bakr al-Baghdadi wa Abdul-Aziz al-Hakim Abd"
# every code point of the Arabic block, as the table scan before the binary search wrote it
expect_golden "buckwalter: the whole Arabic block" "$G/arabic-block.bw" "$MUWAZI" translit --scheme buckwalter "$G/arabic-block.in"
expect_golden "news: the whole Arabic block" "$G/arabic-block.news" "$MUWAZI" translit "$G/arabic-block.in"
# a UTF-8 byte-order mark is skipped, as every command does; a bad byte after it is
# counted in the file's bytes
expect_eq "a byte-order mark: skipped" "$(printf '\xef\xbb\xbf\xd9\x85\xd9\x82\xd8\xaa\xd8\xaf\xd9\x89\n' | "$MUWAZI" translit)" "Muqtada"
expect_eq "a byte-order mark: skipped in buckwalter" "$(printf '\xef\xbb\xbf\xd9\x85\n' | "$MUWAZI" translit --scheme buckwalter)" "m"
printf '\xef\xbb\xbfab\xffc\n' | "$MUWAZI" translit >/dev/null 2>"$TMP/err"
grep -q "invalid UTF-8 at line 1, byte 6" "$TMP/err" && ok "a byte-order mark: bad byte counted from the file's start" ||
	notok "a byte-order mark: bad byte counted from the file's start"
# news-rules takes particles from the list, but علي (Ali) is no على (on), though keys fold them
expect_eq "news-rules: علي is the name Ali, not the particle ala" \
	"$(printf 'عبد الرحمن بن علي\nعلى\n' | "$MUWAZI" translit --scheme news-rules)" "$(printf 'Abdul-Rahman bin Ali\nala')"
