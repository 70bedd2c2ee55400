# cli_php.sh - the PHP (FFI) binding example, tests/php/muwazi.php, run
# against the freshly built shared library and compared with the command.
# Needs php-cli with the FFI extension (not installed by `make deps`): skips
# without it. Under `make asan` the library is the ASan build
# (build/asan/libmuwazi.so.0), loaded into php with libasan preloaded; leaks
# through mwz_* fail the test.
. "$TESTS_DIR/lib.sh"
if ! command -v php >/dev/null 2>&1; then skip "php: php-cli not installed"; exit 0; fi
# FFI::cdef() needs ffi.enable (the CLI's default "preload" is enough; set it anyway).
php=(php -d ffi.enable=1 -d display_errors=stderr -d memory_limit=512M)
if ! "${php[@]}" -r 'exit(extension_loaded("FFI") && PHP_VERSION_ID >= 80100 ? 0 : 1);' 2>/dev/null; then
	skip "php: no FFI extension in php-cli (or PHP older than 8.1, which the layout check needs)"; exit 0
fi
# The library next to the command (make asan), else the one `make` builds in lib/.
lib=${MUWAZI_LIB:-}
if [ -z "$lib" ]; then
	lib=$(dirname "$MUWAZI")/libmuwazi.so.0
	[ -e "$lib" ] || lib=$ROOT_DIR/lib/libmuwazi.so.0
fi
if [ ! -e "$lib" ]; then notok "php: no shared library at $lib"; exit 0; fi
export MUWAZI_LIB=$lib
export MWZ_VERSION=$(sed -n 's/^#define MWZ_VERSION_STRING "\(.*\)"/\1/p' "$ROOT_DIR/lib/include/muwazi.h")
t=$TESTS_DIR/php/test_muwazi.php

phprun() { "${php[@]}" "$@"; }
asan=$(ldd "$lib" 2>/dev/null | awk '/libasan\.so/ {print $3; exit}')
if [ -n "$asan" ]; then
	# php loads its extensions and FFI its libraries with RTLD_DEEPBIND, which
	# the ASan runtime refuses; a small dlopen() preloaded before it (hence
	# verify_asan_link_order=0) drops that flag.
	# php's own allocator is turned off (USE_ZEND_ALLOC=0) so that its memory
	# goes through malloc; the leak check runs at the end of the tests.
	if ! cc -shared -fPIC -o "$TMP/nodeepbind.so" "$TESTS_DIR/php/nodeepbind.c" -ldl 2>"$TMP/cc.err"; then
		notok "php (ASan): cannot build the dlopen shim"; sed 's/^/#   /' "$TMP/cc.err" | head -n 5; exit 0
	fi
	phprun() {
		LD_PRELOAD="$TMP/nodeepbind.so $asan" USE_ZEND_ALLOC=0 MWZ_LEAK_CHECK=1 \
		ASAN_OPTIONS=${ASAN_OPTIONS:+$ASAN_OPTIONS:}verify_asan_link_order=0:detect_leaks=1:leak_check_at_exit=0 \
		"${php[@]}" "$@"
	}
fi

# The structures and constants as FFI declares them and as the C compiler
# has them, and the binding's function declarations against the header's.
layout_check php phprun "$t" "-pedantic -Werror" \
	"FFI structures and constants match muwazi.h (sizes, offsets and values); its function declarations compile against the header" \
	"FFI structures or constants differ from muwazi.h"

# What the command prints for the same files, to compare with.
a=$ROOT_DIR/corpora/article.ar.lines e=$ROOT_DIR/corpora/article.en.lines
mkdir -p "$TMP/cli"
"$MUWAZI" align --no-dict --lines --format vecalign "$e" "$a" >"$TMP/cli/nodict_rev.vec" 2>/dev/null &&
"$MUWAZI" align --no-dict --format vecalign "${a%.lines}.txt" "${e%.lines}.txt" >"$TMP/cli/txt_nodict.vec" 2>/dev/null ||
	notok "php: muwazi align --no-dict failed"
for f in vecalign tsv jsonl tmx; do
	"$MUWAZI" align --no-dict --lines --format $f "$a" "$e" >"$TMP/cli/nodict.$f" 2>/dev/null ||
		notok "php: muwazi align --no-dict --format $f failed"
done
cp "$TMP/cli/nodict.vecalign" "$TMP/cli/nodict.vec"
if [ -e /usr/share/dictd/freedict-ara-eng.index ] && [ -e /usr/share/dictd/freedict-eng-ara.index ]; then
	"$MUWAZI" align --lines --format vecalign "$a" "$e" >"$TMP/cli/dict.vec" 2>/dev/null &&
	"$MUWAZI" align --lines --format vecalign "$e" "$a" >"$TMP/cli/dict_rev.vec" 2>/dev/null &&
	"$MUWAZI" align --lines --format tmx "$a" "$e" >"$TMP/cli/dict.tmx" 2>/dev/null &&
	"$MUWAZI" align --format vecalign "${a%.lines}.txt" "${e%.lines}.txt" >"$TMP/cli/txt_dict.vec" 2>/dev/null ||
		notok "php: muwazi align with FreeDict failed"
fi
printf '%s\t%s\n' 'الشدادي' 'al-Shaddadi' 'الشدادي' 'Mahmoud Abbas' 'مقتدى الصدر' 'Moqtada al-Sadr' \
	'القذافي' 'Gaddafi' 'عبد الله' 'Abdullah' | "$MUWAZI" match >"$TMP/cli/match.out" 2>/dev/null ||
	notok "php: muwazi match failed"

ROOT_DIR=$ROOT_DIR phprun "$t" run "$TMP/cli" >"$TMP/php.out" 2>"$TMP/php.err"; rc=$?
cat "$TMP/php.out"
if [ -e "$TMP/cli/php.tmx" ] && command -v xmllint >/dev/null 2>&1; then
	if xmllint --noout "$TMP/cli/php.tmx" 2>"$TMP/xmllint.err"; then
		ok "php: the TMX render() made is well-formed XML (xmllint)"
	else
		notok "php: the TMX render() made is not well-formed"; sed 's/^/#   /' "$TMP/xmllint.err" | head -n 5
	fi
fi
binding_report php "$TMP/php.err" "$rc" "$asan" "$(grep -q '^ok - php: ' "$TMP/php.out" && echo 1)"
exit 0
