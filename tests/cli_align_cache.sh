#!/usr/bin/env bash
# cli_align_cache.sh - `muwazi align` keeps FreeDict's lexicon in a cache: where it goes
# ($MUWAZI_CACHE_DIR, $XDG_CACHE_HOME, ~/.cache), --no-cache, and the same output with
# the cache cold, warm, damaged or unwritable; FreeDict from $MUWAZI_DICT_DIR.
. "$(dirname "$0")/lib.sh"
C=$ROOT_DIR/corpora
if [ ! -f /usr/share/dictd/freedict-ara-eng.index ]; then
	skip "FreeDict not installed"
	exit 0
fi
run() { "$MUWAZI" align -f vecalign "$@" "$C/article.ar.txt" "$C/article.en.txt"; }
want=$(MUWAZI_CACHE_DIR= run)

c=$TMP/c1
out=$(MUWAZI_CACHE_DIR=$c run)
expect_eq "cold cache: the same beads" "$out" "$want"
[ -s "$c/freedict.lexicon" ] && ok "MUWAZI_CACHE_DIR: the directory made, the cache written" ||
	notok "no cache in $c"
ino=$(stat -c %i "$c/freedict.lexicon" 2>/dev/null)
out=$(MUWAZI_CACHE_DIR=$c run)
expect_eq "warm cache: the same beads" "$out" "$want"
expect_eq "warm cache: read, not rewritten" "$(stat -c %i "$c/freedict.lexicon" 2>/dev/null)" "$ino"
for f in tsv tmx jsonl; do
	a=$(MUWAZI_CACHE_DIR= "$MUWAZI" align -f $f "$C/article.en.txt" "$C/article.ar.txt" 2>/dev/null)
	b=$(MUWAZI_CACHE_DIR=$c "$MUWAZI" align -f $f "$C/article.en.txt" "$C/article.ar.txt" 2>/dev/null)
	expect_eq "warm cache, English first, $f: the same" "$b" "$a"
done

# Another build of muwazi (a copy: another file) does not read this one's cache; the
# same program started by a relative name does (the stamp names the running program).
mkdir -p "$TMP/bin"
cp "$MUWAZI" "$TMP/bin/muwazi"
ino=$(stat -c %i "$c/freedict.lexicon")
out=$(cd "$TMP/bin" && MUWAZI_CACHE_DIR=$c ./muwazi align -f vecalign "$C/article.ar.txt" "$C/article.en.txt")
expect_eq "another muwazi binary: the same beads" "$out" "$want"
ino2=$(stat -c %i "$c/freedict.lexicon")
[ "$ino2" != "$ino" ] && ok "another muwazi binary: the cache made anew" ||
	notok "another muwazi binary read the first one's cache"
out=$(cd "$TMP/bin" && MUWAZI_CACHE_DIR=$c ./muwazi align -f vecalign "$C/article.ar.txt" "$C/article.en.txt")
expect_eq "started as ./muwazi: the same beads" "$out" "$want"
expect_eq "started as ./muwazi: its cache read, not rewritten" "$(stat -c %i "$c/freedict.lexicon")" "$ino2"
touch -d '2001-01-01' "$TMP/bin/muwazi"
(cd "$TMP/bin" && MUWAZI_CACHE_DIR=$c ./muwazi align "$C/article.ar.txt" "$C/article.en.txt" >/dev/null)
[ "$(stat -c %i "$c/freedict.lexicon")" != "$ino2" ] && ok "the program's date changed: the cache made anew" ||
	notok "the program's date changed, its old cache read"

# --no-cache: neither read nor written.
c=$TMP/c2
out=$(MUWAZI_CACHE_DIR=$c run --no-cache)
expect_eq "--no-cache: the same beads" "$out" "$want"
[ -e "$c" ] && notok "--no-cache made $c" || ok "--no-cache: no cache made"

# Where it goes without MUWAZI_CACHE_DIR.
h=$TMP/home
mkdir -p "$h"
out=$(env -u MUWAZI_CACHE_DIR -u XDG_CACHE_HOME HOME=$h "$MUWAZI" align -f vecalign \
	"$C/article.ar.txt" "$C/article.en.txt")
expect_eq "HOME only: the same beads" "$out" "$want"
[ -s "$h/.cache/muwazi/freedict.lexicon" ] && ok "HOME only: ~/.cache/muwazi/freedict.lexicon" ||
	notok "no cache under $h/.cache"
out=$(env -u MUWAZI_CACHE_DIR XDG_CACHE_HOME=$TMP/xdg HOME=$h "$MUWAZI" align -f vecalign \
	"$C/article.ar.txt" "$C/article.en.txt")
expect_eq "XDG_CACHE_HOME: the same beads" "$out" "$want"
[ -s "$TMP/xdg/muwazi/freedict.lexicon" ] && ok "XDG_CACHE_HOME/muwazi/freedict.lexicon" ||
	notok "no cache under $TMP/xdg"
h2=$TMP/home2
mkdir -p "$h2"
env -u XDG_CACHE_HOME HOME=$h2 MUWAZI_CACHE_DIR= "$MUWAZI" align "$C/article.ar.txt" \
	"$C/article.en.txt" >/dev/null
[ -e "$h2/.cache" ] && notok "MUWAZI_CACHE_DIR empty still made $h2/.cache" ||
	ok "MUWAZI_CACHE_DIR empty: no cache anywhere"

# Damaged or unwritable: the same output, nothing on standard error.
c=$TMP/c1
head -c 5000 /dev/urandom >"$c/freedict.lexicon"
out=$(MUWAZI_CACHE_DIR=$c run 2>"$TMP/err")
expect_eq "random bytes as the cache: the same beads" "$out" "$want"
expect_eq "... nothing on standard error" "$(cat "$TMP/err")" ""
expect_eq "... and the cache made anew" "$(head -c 7 "$c/freedict.lexicon")" "MWZLEX1"
touch "$TMP/afile"
out=$(MUWAZI_CACHE_DIR=$TMP/afile/sub run 2>"$TMP/err")
expect_eq "cache directory that cannot be made: the same beads" "$out" "$want"
expect_eq "... nothing on standard error" "$(cat "$TMP/err")" ""
mkdir -p "$TMP/ro"
chmod a-w "$TMP/ro"
out=$(MUWAZI_CACHE_DIR=$TMP/ro run 2>"$TMP/err")
expect_eq "read-only cache directory: the same beads" "$out" "$want"
expect_eq "... nothing on standard error" "$(cat "$TMP/err")" ""
chmod u+w "$TMP/ro"

# A batch loads the lexicon once, through the same cache.
printf '%s\t%s\t%s\n' "$C/article.ar.txt" "$C/article.en.txt" "$TMP/b1.vec" >"$TMP/list"
MUWAZI_CACHE_DIR=$TMP/c1 "$MUWAZI" align --batch "$TMP/list" -f vecalign -q
expect_eq "--batch with a warm cache: the same beads" "$(cat "$TMP/b1.vec")" "$want"

# Whole dev articles, both orders: warm cache against none (every bead and score).
if have_shared && [ -d "$SHARED_DIR/data/ntrex-dev" ]; then
	n=0 bad=0
	for a in "$SHARED_DIR"/data/ntrex-dev/*.ar; do
		e=${a%.ar}.en
		[ -f "$e" ] || continue
		n=$((n + 1))
		[ $n -gt 12 ] && break
		for order in "$a $e" "$e $a"; do
			# shellcheck disable=SC2086
			x=$(MUWAZI_CACHE_DIR= "$MUWAZI" align --lines -f vecalign $order)
			# shellcheck disable=SC2086
			y=$(MUWAZI_CACHE_DIR=$TMP/c1 "$MUWAZI" align --lines -f vecalign $order)
			[ "$x" == "$y" ] || bad=$((bad + 1))
		done
	done
	expect_eq "12 ntrex-dev pairs, both orders: warm cache = no cache" "$bad" "0"
else
	skip "no shared dev data"
fi

# $MUWAZI_DICT_DIR: FreeDict read from another folder. A malformed dictionary there is
# named with its line, and the pairs read before it are used; none at all is said too.
d=$TMP/dict
mkdir -p "$d"
cp /usr/share/dictd/freedict-ara-eng.* /usr/share/dictd/freedict-eng-ara.* "$d/"
out=$(MUWAZI_DICT_DIR=$d MUWAZI_CACHE_DIR= run)
expect_eq "MUWAZI_DICT_DIR: a copy of FreeDict, the same beads" "$out" "$want"
printf 'just a word\n' >"$d/freedict-eng-ara.index"
out=$(MUWAZI_DICT_DIR=$d MUWAZI_CACHE_DIR= run 2>"$TMP/err")
rc=$?
if [ $rc -eq 0 ] && [ -n "$out" ] &&
	grep -q "read in part ($d/freedict-eng-ara.index:1: malformed index line)" "$TMP/err"; then
	ok "MUWAZI_DICT_DIR: eng-ara malformed: named with its line, ara-eng used"
else
	notok "MUWAZI_DICT_DIR: eng-ara malformed (status $rc)"
	sed 's/^/#   /' "$TMP/err" | head -n 3
fi
rm -f "$d"/freedict-*
out=$(MUWAZI_DICT_DIR=$d MUWAZI_CACHE_DIR= run 2>"$TMP/err")
rc=$?
if [ $rc -eq 0 ] && [ -n "$out" ] && grep -q "not used ($d: no FreeDict" "$TMP/err"; then
	ok "MUWAZI_DICT_DIR: no dictionaries there: said, aligned without them"
else
	notok "MUWAZI_DICT_DIR: no dictionaries there (status $rc)"
	sed 's/^/#   /' "$TMP/err" | head -n 3
fi
