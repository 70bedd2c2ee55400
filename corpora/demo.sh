#!/usr/bin/env bash
# demo.sh - `make demo`: aligns the sample Arabic article with its English translation and
# shows what an editor would look at. Usage: bash corpora/demo.sh [PATH_TO_MUWAZI]
set -u
M=${1:-muwazi}
C=$(cd "$(dirname "$0")" && pwd)
AR=$C/article.ar.txt
EN=$C/article.en.txt
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT

say() { printf '\n== %s\n' "$*"; }
# run OUT CMD...: runs CMD into OUT; says so and fails when the command is not there yet.
run() {
	local out=$1; shift
	"$@" >"$out" 2>"$T/err" && return 0
	if grep -qi "not implemented" "$T/err"; then
		echo "(muwazi $2 is not implemented in this build yet)"
	else
		sed 's/^/  /' "$T/err"
	fi
	return 1
}

say "muwazi align corpora/article.ar.txt corpora/article.en.txt"
echo "The Arabic original and its English translation, split into sentences and paired."
if run "$T/text" "$M" align "$AR" "$EN"; then
	cat "$T/text"
else
	echo "The first sentences of each, as the aligner will receive them:"
	head -n 3 "$C/article.ar.lines" "$C/article.en.lines"
	exit 0
fi

say "Where the translation is not sentence for sentence"
echo "Merged, split, or left out (an empty side), with the aligner's confidence:"
awk 'BEGIN { RS = ""; ORS = "\n\n" } $2 != "1-1"' "$T/text"

say "muwazi score corpora/article.gold (sentences one a line, aligned with --lines)"
if run "$T/va" "$M" align --lines --format vecalign "$C/article.ar.lines" "$C/article.en.lines"; then
	"$M" score "$C/article.gold" "$T/va" | sed "s|$T/va|article|" | column -t -s $'\t' 2>/dev/null ||
		"$M" score "$C/article.gold" "$T/va"
fi

if [ -f "$C/style.tsv" ]; then
	say "muwazi check --style corpora/style.tsv corpora/article.en.txt"
	"$M" check --style "$C/style.tsv" "$EN" >"$T/check" 2>"$T/err"
	if grep -qi "not implemented" "$T/err"; then
		echo "(muwazi check is not implemented in this build yet)"
	else
		[ -s "$T/check" ] && sed "s|$C/||" "$T/check" || echo "Every name in the English article is in house style."
		echo
		echo "A reporter's draft with other spellings of the same names:"
		printf '%s\n' "Sabah al-Nu'man said the border near al-Shadadi and Hassakeh was sealed." |
			tee "$T/draft.txt"
		"$M" check --style "$C/style.tsv" "$T/draft.txt" 2>&1 | sed "s|$T/||"
	fi
fi

say "Side by side"
echo "For an editor, the same alignment as a page or as two terminal columns:"
echo "  muwazi align -f html -o article.html corpora/article.ar.txt corpora/article.en.txt"
echo "  muwazi align -f side corpora/article.ar.txt corpora/article.en.txt | less -R"
echo "With --style, the page (or the text or side view) also marks the names spelled against the"
echo "house style, in both versions:"
echo "  muwazi align -f html --style corpora/style.tsv -o article.html ARTICLE.ar.txt DRAFT.en.txt"
exit 0
