# cli_align_batch.sh - muwazi align --batch: many pairs in one run, each output the
# same as aligning the pair alone; bad lines and bad pairs reported, the rest aligned.
. "$TESTS_DIR/lib.sh" || exit 1
. "$ROOT_DIR/tests/golden/align/helpers.sh" || exit 1

AR=$CORP/article.ar.txt EN=$CORP/article.en.txt
ARL=$CORP/article.ar.lines ENL=$CORP/article.en.lines
B=$TMP/batch
mkdir -p "$B"

# Four pairs, both orders, raw text and lines; the outputs named by -o DIR.
cp "$AR" "$B/one.ar.txt"; cp "$EN" "$B/one.en.txt"
cp "$ARL" "$B/two.ar.lines"; cp "$ENL" "$B/two.en.lines"
printf '# pairs\n\n%s\t%s\n%s\t%s\tthree.tmx\n' "$B/one.ar.txt" "$B/one.en.txt" \
	"$B/one.en.txt" "$B/one.ar.txt" >"$B/list.tsv"
expect_status "batch of two pairs: exit 0" 0 "$MUWAZI" align --batch "$B/list.tsv" -f tmx -o "$B/out"
[ -f "$B/out/one.ar.tmx" ] && ok "output named after SRC with the format's extension" ||
	notok "output named after SRC with the format's extension"
"$MUWAZI" align -f tmx "$B/one.ar.txt" "$B/one.en.txt" >"$B/alone1" 2>/dev/null
"$MUWAZI" align -f tmx "$B/one.en.txt" "$B/one.ar.txt" >"$B/alone2" 2>/dev/null
cmp -s "$B/alone1" "$B/out/one.ar.tmx" && ok "batch output 1 = the pair aligned alone" ||
	notok "batch output 1 = the pair aligned alone"
cmp -s "$B/alone2" "$B/out/three.tmx" && ok "OUT column under DIR, = the pair aligned alone" ||
	notok "OUT column under DIR, = the pair aligned alone"
grep -q "list.tsv: 2 pairs aligned" "$TMP/err" && ok "summary on stderr" || notok "summary on stderr"
[ ! -s "$TMP/out" ] && ok "nothing on stdout" || notok "nothing on stdout"
ls "$B/out" | grep -q tmp && notok "no temporary file left" || ok "no temporary file left"
# each format's extension (csv last added: it was named .txt)
for f in text:txt tsv:tsv csv:csv jsonl:jsonl vecalign:vec html:html side:txt; do
	"$MUWAZI" align -q --batch "$B/list.tsv" -f "${f%%:*}" -o "$B/ext-${f%%:*}" 2>/dev/null
	[ -f "$B/ext-${f%%:*}/one.ar.${f#*:}" ] && ok "-f ${f%%:*}: outputs named .${f#*:}" ||
		notok "-f ${f%%:*}: outputs named .${f#*:}"
done

# --lines, vecalign, from standard input, with -j 2: every sentence in one bead.
printf '%s\t%s\t%s\n' "$B/two.ar.lines" "$B/two.en.lines" "$B/v1.vec" \
	"$B/two.en.lines" "$B/two.ar.lines" "$B/v2.vec" \
	"$B/one.ar.txt" "$B/two.en.lines" "$B/v3.vec" >"$B/list2.tsv"
"$MUWAZI" align --batch - --lines -f vecalign -j 2 <"$B/list2.tsv" >/dev/null 2>"$TMP/err"
expect_eq "list on standard input, -j 2: exit 0" "$?" 0
na=$(nlines "$ARL") ne=$(nlines "$ENL") no=$(nlines "$B/one.ar.txt")
covers "$B/v1.vec" "$na" "$ne" && ok "pair 1 covers every sentence once" || notok "pair 1 covers every sentence once"
covers "$B/v2.vec" "$ne" "$na" && ok "pair 2 (reversed) covers every sentence once" || notok "pair 2 (reversed) covers every sentence once"
covers "$B/v3.vec" "$no" "$ne" && ok "pair 3 covers every sentence once" || notok "pair 3 covers every sentence once"
"$MUWAZI" align --lines -f vecalign "$B/two.en.lines" "$B/two.ar.lines" >"$B/alone3" 2>/dev/null
cmp -s "$B/alone3" "$B/v2.vec" && ok "-j 2 output = the pair aligned alone" || notok "-j 2 output = the pair aligned alone"

# Bad lines and bad pairs: reported with LIST:LINE, the good pairs still aligned.
printf 'abc \xC3\x28\n' >"$B/bad.txt"
{
	printf '%s\n' "$B/one.ar.txt"                                   # 1: no tab
	printf '%s\t%s\t%s\tx\n' "$B/one.ar.txt" "$B/one.en.txt" a       # 2: four fields
	printf '%s\t%s\tgood.vec\n' "$B/one.ar.txt" "$B/one.en.txt"      # 3: good
	printf '%s\t%s\tmissing.vec\n' "$B/nope.txt" "$B/one.en.txt"     # 4: missing file
	printf '%s\t%s\tbad.vec\n' "$B/bad.txt" "$B/one.en.txt"          # 5: invalid UTF-8
	printf '%s\t%s\tgood.vec\n' "$B/one.en.txt" "$B/one.ar.txt"      # 6: same output as 3
} >"$B/mixed.tsv"
expect_status "bad pairs: exit 2 (the worst: a missing file)" 2 \
	"$MUWAZI" align --batch "$B/mixed.tsv" -f vecalign -o "$B/m"
grep -q "mixed.tsv:1: want SRC<TAB>TGT or SRC<TAB>TGT<TAB>OUT, found no tab" "$TMP/err" &&
	ok "line without a tab named" || notok "line without a tab named"
grep -q "mixed.tsv:2: .*more than 3 fields" "$TMP/err" && ok "four fields named" || notok "four fields named"
grep -q "nope.txt: No such file" "$TMP/err" && grep -q "mixed.tsv:4: .*not aligned" "$TMP/err" &&
	ok "missing file named, with its list line" || notok "missing file named, with its list line"
grep -q "bad.txt: invalid UTF-8 at line 1, byte 5" "$TMP/err" && grep -q "mixed.tsv:5:" "$TMP/err" &&
	ok "invalid UTF-8 named (file, line, byte), with its list line" ||
	notok "invalid UTF-8 named (file, line, byte), with its list line"
grep -q "mixed.tsv:6: .*good.vec is also the output of line 3" "$TMP/err" &&
	ok "two pairs writing one file refused" || notok "two pairs writing one file refused"
grep -q "mixed.tsv: 1 pair aligned, 2 failed, 3 lines malformed" "$TMP/err" &&
	ok "summary counts every line" || notok "summary counts every line"
[ -s "$B/m/good.vec" ] && [ ! -e "$B/m/missing.vec" ] && [ ! -e "$B/m/bad.vec" ] &&
	ok "good pair written, failed pairs leave no file" || notok "good pair written, failed pairs leave no file"
# The same file spelt another way ("//", "./", a trailing "."): still one file.
{
	printf '%s\t%s\tsub/x.vec\n' "$B/one.ar.txt" "$B/one.en.txt"      # 1
	printf '%s\t%s\tsub//x.vec\n' "$B/one.en.txt" "$B/one.ar.txt"     # 2: same as 1
	printf '%s\t%s\t./sub/./x.vec\n' "$B/one.en.txt" "$B/one.ar.txt"  # 3: same as 1
	printf '%s\t%s\tsub/y.vec\n' "$B/one.en.txt" "$B/one.ar.txt"      # 4: another file
} >"$B/spelt.tsv"
expect_status "one output spelt three ways: exit 1 (malformed lines)" 1 \
	"$MUWAZI" align --batch "$B/spelt.tsv" -f vecalign -o "$B/sp"
grep -q "spelt.tsv:2: .*sub//x.vec is also the output of line 1" "$TMP/err" &&
	grep -q "spelt.tsv:3: .*x.vec is also the output of line 1" "$TMP/err" &&
	grep -q "spelt.tsv: 2 pairs aligned, 0 failed, 2 lines malformed" "$TMP/err" &&
	ok "out//a and ./out/./a are out/a: refused as writing one file" ||
	notok "out//a and ./out/./a are out/a: refused as writing one file"
[ -s "$B/sp/sub/x.vec" ] && [ -s "$B/sp/sub/y.vec" ] &&
	ok "OUT in a directory of its own under DIR: the directory made" ||
	notok "OUT in a directory of its own under DIR: the directory made"
printf '%s\t%s\n' "$B/one.ar.txt" "$B/one.en.txt" >"$B/nest.tsv"
expect_status "-o a/b/c: every directory made" 0 \
	"$MUWAZI" align --batch "$B/nest.tsv" -f vecalign -o "$B/n1/n2/n3"
[ -s "$B/n1/n2/n3/one.ar.vec" ] && ok "... output written in a/b/c" || notok "... output written in a/b/c"
: >"$B/plainfile"
{
	printf '%s\t%s\tplainfile/x.vec\n' "$B/one.ar.txt" "$B/one.en.txt"
	printf '%s\t%s\tz.vec\n' "$B/one.ar.txt" "$B/one.en.txt"
} >"$B/underfile.tsv"
expect_status "OUT under a plain file: exit 2" 2 \
	"$MUWAZI" align --batch "$B/underfile.tsv" -f vecalign -o "$B"
grep -q "plainfile: cannot make the directory" "$TMP/err" && grep -q "underfile.tsv:1: .*not written" "$TMP/err" &&
	[ -s "$B/z.vec" ] && ok "... named, with its list line; the other pair written" ||
	notok "... named, with its list line; the other pair written"
printf '%s\t%s\tok.vec\n' "$B/one.ar.txt" "$B/one.en.txt" >"$B/onlymal.tsv"
printf 'x\n' >>"$B/onlymal.tsv"
expect_status "a malformed line alone: exit 1" 1 "$MUWAZI" align --batch "$B/onlymal.tsv" -o "$B/m2"

# The list itself
# a file name in a legacy encoding (not UTF-8) is a name: its pair is aligned
cp "$B/one.en.txt" "$B/$(printf 'w\xe3.en.txt')"
printf '%s\t%s\t%s\n' "$B/one.ar.txt" "$B/$(printf 'w\xe3.en.txt')" "$B/legacy.tmx" >"$B/badlist.tsv"
expect_status "a Windows-1256 file name in the list: its pair aligned" 0 "$MUWAZI" align --batch "$B/badlist.tsv" -f tmx
printf 'a\0b\tc\n' >"$B/nullist.tsv"
expect_status "a NUL in the list: exit 1" 1 "$MUWAZI" align --batch "$B/nullist.tsv" -o "$B/m3"
grep -q "nullist.tsv: binary file" "$TMP/err" && ok "list's NUL named" || notok "list's NUL named"
expect_status "missing list: exit 2" 2 "$MUWAZI" align --batch "$B/nolist.tsv" -o "$B/m3"
grep -q "nolist.tsv: No such file" "$TMP/err" && ok "missing list named" || notok "missing list named"
printf '%s\t%s\n' "$B/one.ar.txt" "$B/one.en.txt" >"$B/two-col.tsv"
expect_status "two columns and no -o DIR: exit 1" 1 "$MUWAZI" align --batch "$B/two-col.tsv"
grep -q "two-col.tsv:1: no output file" "$TMP/err" && ok "no output file named" || notok "no output file named"
: >"$B/afile"
expect_status "-o a file with --batch: exit 2" 2 "$MUWAZI" align --batch "$B/two-col.tsv" -o "$B/afile"
expect_status "--batch with SRC TGT: exit 2" 2 "$MUWAZI" align --batch "$B/list.tsv" "$AR" "$EN"
expect_status "--jobs without --batch: exit 2" 2 "$MUWAZI" align -j 2 "$AR" "$EN"
expect_status "--jobs out of range: exit 2" 2 "$MUWAZI" align --batch "$B/list.tsv" -o "$B/out" -j 99
: >"$B/empty.tsv"
expect_status "an empty list: exit 0" 0 "$MUWAZI" align --batch "$B/empty.tsv" -o "$B/m4"
grep -q "0 pairs aligned" "$TMP/err" && ok "an empty list says 0 pairs" || notok "an empty list says 0 pairs"

# A glossary that cannot be read stops the batch: no pair aligned without it.
printf 'سلام\tpeace\nno tab here\n' >"$B/bad-glossary.tsv"
expect_status "malformed glossary in a batch: exit 1" 1 \
	"$MUWAZI" align --batch "$B/list.tsv" --glossary "$B/bad-glossary.tsv" -o "$B/g" -j 2
grep -q "bad-glossary.tsv:2" "$TMP/err" && ok "glossary line named" || notok "glossary line named"
grep -q "0 pairs aligned, 2 failed" "$TMP/err" && ok "every pair counted as failed" ||
	notok "every pair counted as failed"
[ -z "$(ls -A "$B/g" 2>/dev/null)" ] && ok "no output written without the glossary" ||
	notok "no output written without the glossary"

# A list whose lines end in CR alone (classic Mac OS): read as lines
printf '%s\t%s\r%s\t%s\r' "$B/one.ar.txt" "$B/one.en.txt" "$B/one.en.txt" "$B/one.ar.txt" >"$B/list-cr.tsv"
expect_status "a list with CR line ends: exit 0" 0 "$MUWAZI" align --batch "$B/list-cr.tsv" -f tsv -o "$B/out-cr"
grep -q "2 pairs aligned" "$TMP/err" && ok "a list with CR line ends: both pairs aligned" ||
	notok "a list with CR line ends: both pairs aligned"

# --merge: every pair of a batch in one translation memory, valid against the DTD, its units
# those of the pairs aligned alone, each tuid prefixed with its list line, each unit naming
# its source file; the per-pair files live in a directory of their own, gone afterwards.
M=$TMP/merge
mkdir -p "$M/tmp"
cp "$AR" "$M/a.ar.txt"; cp "$EN" "$M/a.en.txt"; cp "$ARL" "$M/b.ar.lines"; cp "$ENL" "$M/b.en.lines"
printf '# one memory\n%s\t%s\n%s\t%s\n' "$M/a.ar.txt" "$M/a.en.txt" "$M/a.ar.txt" "$M/a.en.txt" >"$M/list.tsv"
TMPDIR=$M/tmp "$MUWAZI" align --batch "$M/list.tsv" -f tmx --merge -o "$M/all.tmx" -j 2 2>"$M/err"
expect_eq "--merge: exit 0" "$?" 0
tmx_valid "--merge: the memory is valid TMX 1.4" "$M/all.tmx"
"$MUWAZI" align -f tmx "$M/a.ar.txt" "$M/a.en.txt" >"$M/alone.tmx" 2>/dev/null
n=$(grep -c '<tu ' "$M/alone.tmx")
expect_eq "--merge: the units of both pairs" "$(grep -c '<tu ' "$M/all.tmx")" $((2 * n))
expect_eq "--merge: tuids prefixed with the list line (2- and 3-)" \
	"$(grep -c '<tu tuid="2-' "$M/all.tmx") $(grep -c '<tu tuid="3-' "$M/all.tmx")" "$n $n"
expect_eq "--merge: every unit names its source file" \
	"$(grep -c "<prop type=\"x-document\">$M/a.ar.txt</prop>" "$M/all.tmx")" $((2 * n))
expect_eq "--merge: the segments those of the pair alone" \
	"$(grep '<tuv' "$M/all.tmx" | sort | uniq | md5sum)" "$(grep '<tuv' "$M/alone.tmx" | sort | uniq | md5sum)"
has() { grep -qF -- "$2" "$3" && ok "$1" || notok "$1"; }
has "--merge: one header, srclang ar" 'srclang="ar"' "$M/all.tmx"
has "--merge: said how many units" "all.tmx: $((2 * n)) units from 2 pairs in one memory" "$M/err"
expect_eq "--merge: no per-pair file left behind" "$(ls -A "$M/tmp")" ""
# pairs in both directions: srclang *all*; standard output without -o
printf '%s\t%s\n%s\t%s\n' "$M/a.ar.txt" "$M/a.en.txt" "$M/b.en.lines" "$M/b.ar.lines" >"$M/mixed.tsv"
TMPDIR=$M/tmp "$MUWAZI" align --batch "$M/mixed.tsv" -f tmx --merge -q >"$M/mixed.tmx"
has "--merge: pairs in both directions: srclang *all*" 'srclang="*all*"' "$M/mixed.tmx"
tmx_valid "--merge to standard output: valid TMX 1.4" "$M/mixed.tmx"
# a pair that fails is left out and said; a line with an OUT column is malformed
printf '%s\t%s\n%s\t%s\n%s\t%s\tx.tmx\n' "$M/nosuch.ar" "$M/a.en.txt" "$M/a.ar.txt" "$M/a.en.txt" \
	"$M/a.ar.txt" "$M/a.en.txt" >"$M/bad.tsv"
TMPDIR=$M/tmp "$MUWAZI" align --batch "$M/bad.tsv" -f tmx --merge -o "$M/bad.tmx" 2>"$M/err"
expect_eq "--merge with a missing file and an OUT column: exit 2" "$?" 2
has "--merge: the failed pair left out of the memory" "bad.tsv:1: $M/nosuch.ar and $M/a.en.txt not aligned (see above); left out of the merged output" "$M/err"
has "--merge: an OUT column is a malformed line" "bad.tsv:3: with --merge every pair goes into one file" "$M/err"
expect_eq "--merge: the good pair's units written" "$(grep -c '<tu tuid="2-' "$M/bad.tmx")" "$n"
expect_eq "--merge: no per-pair file left behind after failures" "$(ls -A "$M/tmp")" ""
# mistakes
expect_status "--merge without -f tmx: exit 2" 2 "$MUWAZI" align --batch "$M/list.tsv" -f tsv --merge -o "$M/x"
grep -q -- "--merge makes one file of a batch in -f tmx (one translation memory) or -f jsonl" "$TMP/err" &&
	ok "--merge without -f tmx: said so" || notok "--merge without -f tmx: said so"
expect_status "--merge without --batch: exit 2" 2 "$MUWAZI" align -f tmx --merge "$AR" "$EN"
# --merge -f jsonl: one file, each line naming its pair's source file first
TMPDIR=$M/tmp "$MUWAZI" align --batch "$M/list.tsv" -f jsonl --merge -o "$M/all.jsonl" -q
"$MUWAZI" align -f jsonl "$M/a.ar.txt" "$M/a.en.txt" >"$M/alone.jsonl" 2>/dev/null
expect_eq "--merge -f jsonl: the lines of both pairs" "$(wc -l <"$M/all.jsonl")" $((2 * $(wc -l <"$M/alone.jsonl")))
expect_eq "--merge -f jsonl: each line the pair's own with \"doc\" first" \
	"$(sed "s|^{\"doc\":\"$M/a.ar.txt\",|{|" "$M/all.jsonl" | sort | uniq | md5sum)" "$(sort "$M/alone.jsonl" | uniq | md5sum)"
if command -v python3 >/dev/null; then
	python3 -c 'import json, sys
for l in open(sys.argv[1]): json.loads(l)' "$M/all.jsonl" && ok "--merge -f jsonl: every line is JSON" ||
		notok "--merge -f jsonl: every line is JSON"
fi
expect_eq "--merge -f jsonl: no per-pair file left behind" "$(ls -A "$M/tmp")" ""

# -o (or an OUT column) naming no regular file: a pipe or a device is written through,
# never replaced by a plain file renamed over it (as root that would replace /dev/null)
mkfifo "$M/pipe"
timeout 60 cat "$M/pipe" >"$M/from-pipe" &
"$MUWAZI" align --batch "$M/list.tsv" -f tmx --merge -o "$M/pipe" 2>/dev/null
expect_eq "--merge -o PIPE: exit 0" "$?" 0
wait
[ -p "$M/pipe" ] && ok "--merge -o PIPE: still a pipe" || notok "--merge -o PIPE: still a pipe"
expect_eq "--merge -o PIPE: the memory went through it" "$(grep -c '<tu ' "$M/from-pipe")" $((2 * n))
expect_eq "--merge -o PIPE: no temporary file beside it" "$(ls "$M" | grep -c 'pipe\.tmp')" 0
if [ -w /dev/full ]; then
	"$MUWAZI" align --batch "$M/list.tsv" -f tmx --merge -o /dev/full 2>"$M/err"
	expect_eq "--merge -o /dev/full: exit 2" "$?" 2
	has "--merge -o /dev/full: says why" "No space left on device" "$M/err"
	[ -c /dev/full ] && ok "--merge -o /dev/full: still a device" || notok "--merge -o /dev/full: still a device"
fi
grep -v '^#' "$M/list.tsv" | head -n 1 | cut -f 1,2 | sed "s|\$|\t$M/pipe|" >"$M/list-pipe.tsv"
timeout 60 cat "$M/pipe" >"$M/from-pipe2" &
"$MUWAZI" align --batch "$M/list-pipe.tsv" -f tsv 2>/dev/null
expect_eq "--batch, OUT a pipe: exit 0" "$?" 0
wait
[ -p "$M/pipe" ] && ok "--batch, OUT a pipe: still a pipe" || notok "--batch, OUT a pipe: still a pipe"
expect_eq "--batch, OUT a pipe: the beads went through it" \
	"$([ -s "$M/from-pipe2" ] && grep -c . "$M/from-pipe2" | awk '{ print ($1 > 0) }')" 1

# a source file whose name holds a control character: the memory stays valid XML (the
# character shown as U+FFFD in its x-document prop, as the writers show controls)
CF=$(printf '%s/ctl\001.ar.txt' "$M")
cp "$M/a.ar.txt" "$CF"
printf '%s\t%s\n' "$CF" "$M/a.en.txt" >"$M/list-ctl.tsv"
"$MUWAZI" align --batch "$M/list-ctl.tsv" -f tmx --merge -o "$M/ctl.tmx" 2>/dev/null
expect_eq "--merge, a control character in a file name: exit 0" "$?" 0
tmx_valid "--merge, a control character in a file name: still valid TMX" "$M/ctl.tmx"
has "--merge, a control character in a file name: shown as U+FFFD" "ctl$(printf '\xef\xbf\xbd').ar.txt</prop>" "$M/ctl.tmx"
# U+FFFF and a C1 control, which XML 1.0 does not take either
CF=$(printf '%s/x\357\277\277y\302\205.ar.txt' "$M")
cp "$M/a.ar.txt" "$CF"
printf '%s\t%s\n' "$CF" "$M/a.en.txt" >"$M/list-ffff.tsv"
"$MUWAZI" align -q --batch "$M/list-ffff.tsv" -f tmx --merge -o "$M/ffff.tmx"
tmx_valid "--merge, U+FFFF and a C1 control in a file name: still valid TMX" "$M/ffff.tmx"
has "--merge, U+FFFF and a C1 control: each shown as U+FFFD" "x$(printf '\xef\xbf\xbd')y$(printf '\xef\xbf\xbd').ar.txt</prop>" "$M/ffff.tmx"
# an output that is an input is never written over: -o . next to .txt articles (text
# output is .txt), or -o naming the source; nor the list itself
mkdir -p "$TMP/ow"
cp "$ROOT_DIR/corpora/article.ar.txt" "$TMP/ow/a.ar.txt"
cp "$ROOT_DIR/corpora/article.en.txt" "$TMP/ow/a.en.txt"
printf 'a.ar.txt\ta.en.txt\n' >"$TMP/ow/l.tsv"
sum=$(cksum <"$TMP/ow/a.ar.txt")
(cd "$TMP/ow" && "$MUWAZI" align --batch l.tsv -o . 2>"$TMP/err"); rc=$?
expect_eq "--batch -o . beside .txt articles: refused, the article kept" "$rc $(cksum <"$TMP/ow/a.ar.txt")" "2 $sum"
grep -q "a.ar.txt is the input a.ar.txt; not written over" "$TMP/err" && ok "... and said so" || notok "... and said so"
expect_status "-o the source: refused" 2 "$MUWAZI" align -o "$TMP/ow/a.ar.txt" "$TMP/ow/a.ar.txt" "$TMP/ow/a.en.txt"
expect_eq "-o the source: the article kept" "$(cksum <"$TMP/ow/a.ar.txt")" "$sum"
printf 'a.ar.txt\ta.en.txt\tl2.tsv\n' >"$TMP/ow/l2.tsv"
(cd "$TMP/ow" && "$MUWAZI" align --batch l2.tsv 2>"$TMP/err"); rc=$?
expect_eq "an OUT that is the list: refused, the list kept" "$rc $(cat "$TMP/ow/l2.tsv" | wc -l)" "1 1"
# one output folder spelled relative and absolute is one folder
mkdir -p "$TMP/ow/o"
printf 'a.ar.txt\ta.en.txt\na.en.txt\ta.ar.txt\t%s/o/a.ar.txt\n' "$TMP/ow" >"$TMP/ow/l4.tsv"
(cd "$TMP/ow" && "$MUWAZI" align --batch l4.tsv -o o 2>"$TMP/err")
grep -q "l4.tsv:2: .*o/a.ar.txt is also the output of line 1" "$TMP/err" &&
	ok "an output spelled relative and absolute: one file, a clash" || notok "an output spelled relative and absolute: one file, a clash"
# --merge into a folder that cannot take the file: said before any pair is aligned
printf '%s\t%s\n' "$ROOT_DIR/corpora/article.ar.txt" "$ROOT_DIR/corpora/article.en.txt" >"$TMP/one.tsv"
"$MUWAZI" align --batch "$TMP/one.tsv" -f tmx --merge -o "$TMP/no/such/dir/m.tmx" >/dev/null 2>"$TMP/err"; rc=$?
expect_eq "--merge -o into a missing folder: exit 2 at once, said" \
	"$rc $(grep -c 'cannot write there' "$TMP/err") $(grep -c 'pair' "$TMP/err")" "2 1 0"
# interrupted (SIGINT, at any moment): no temporary file left beside the outputs, no
# --merge folder left in TMPDIR
mkdir -p "$TMP/intr/out" "$TMP/intr/tmp"
for i in $(seq 150); do
	printf '%s\t%s\t%s\n' "$ROOT_DIR/corpora/article.ar.txt" "$ROOT_DIR/corpora/article.en.txt" "p$i.tmx"
done >"$TMP/intr/list.tsv"
printf 'earlier\n' >"$TMP/intr/m.tmx"
for t in 0.2 0.5 0.9; do
	timeout -s INT "$t" "$MUWAZI" align --batch "$TMP/intr/list.tsv" -f tmx -o "$TMP/intr/out" -j 2 >/dev/null 2>&1
	cut -f 1,2 "$TMP/intr/list.tsv" >"$TMP/intr/m.tsv"
	TMPDIR="$TMP/intr/tmp" timeout -s INT "$t" "$MUWAZI" align --batch "$TMP/intr/m.tsv" -f tmx \
		--merge -o "$TMP/intr/m.tmx" -j 2 >/dev/null 2>&1
done
expect_eq "interrupted: no temporary file, no merge folder left" \
	"$(find "$TMP/intr" -name '*.tmp.*' | wc -l) $(ls "$TMP/intr/tmp" | wc -l)" "0 0"
