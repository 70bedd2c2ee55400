# cli_python.sh - the Python (ctypes) binding example, tests/python/muwazi_ctypes.py,
# run against the freshly built shared library and compared with the command.
# Under `make asan` the library is the ASan build (build/asan/libmuwazi.so.0),
# loaded into python with libasan preloaded; leaks through mwz_* fail the test.
. "$TESTS_DIR/lib.sh"
if ! command -v python3 >/dev/null 2>&1; then skip "python3 not installed"; exit 0; fi
py=$(python3 -c 'import sys; print(sys.executable)' 2>/dev/null)
if [ -z "$py" ] || ! "$py" -c 'import ctypes' 2>/dev/null; then
	skip "python3 has no ctypes module"; exit 0
fi
# The library next to the command (make asan), else the one `make` builds in lib/.
lib=${MUWAZI_LIB:-}
if [ -z "$lib" ]; then
	lib=$(dirname "$MUWAZI")/libmuwazi.so.0
	[ -e "$lib" ] || lib=$ROOT_DIR/lib/libmuwazi.so.0
fi
if [ ! -e "$lib" ]; then notok "python: no shared library at $lib"; exit 0; fi
export MUWAZI_LIB=$lib PYTHONDONTWRITEBYTECODE=1
export MWZ_VERSION=$(sed -n 's/^#define MWZ_VERSION_STRING "\(.*\)"/\1/p' "$ROOT_DIR/lib/include/muwazi.h")
t=$TESTS_DIR/python/test_muwazi_ctypes.py

# An ASan-built library needs the ASan runtime loaded first; python's own
# allocations go through malloc (PYTHONMALLOC) so that LeakSanitizer sees
# what they hold, and the leak check runs at the end of the tests, not at exit.
asan=$(ldd "$lib" 2>/dev/null | awk '/libasan\.so/ {print $3; exit}')
pyrun() { "$py" -B "$@"; }
if [ -n "$asan" ]; then
	pyrun() {
		LD_PRELOAD=$asan PYTHONMALLOC=malloc MWZ_LEAK_CHECK=1 \
		ASAN_OPTIONS=${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=1:leak_check_at_exit=0 \
		"$py" -B "$@"
	}
fi

# The structures of muwazi.h as ctypes declares them and as the C compiler lays them out.
layout_check python pyrun "$t" "" \
	"ctypes structures match muwazi.h (sizes and offsets)" \
	"ctypes structures differ from muwazi.h"

# What the command prints for the same files, to compare with.
a=$ROOT_DIR/corpora/article.ar.lines e=$ROOT_DIR/corpora/article.en.lines
mkdir -p "$TMP/cli"
"$MUWAZI" align --no-dict --lines --format vecalign "$a" "$e" >"$TMP/cli/nodict.vec" 2>/dev/null &&
"$MUWAZI" align --no-dict --format vecalign "${a%.lines}.txt" "${e%.lines}.txt" >"$TMP/cli/txt_nodict.vec" 2>/dev/null ||
	notok "python: muwazi align --no-dict failed"
if [ -e /usr/share/dictd/freedict-ara-eng.index ] && [ -e /usr/share/dictd/freedict-eng-ara.index ]; then
	"$MUWAZI" align --lines --format vecalign "$a" "$e" >"$TMP/cli/dict.vec" 2>/dev/null &&
	"$MUWAZI" align --lines --format vecalign "$e" "$a" >"$TMP/cli/dict_rev.vec" 2>/dev/null &&
	"$MUWAZI" align --lines --format tmx "$a" "$e" >"$TMP/cli/dict.tmx" 2>/dev/null &&
	"$MUWAZI" align --format vecalign "${a%.lines}.txt" "${e%.lines}.txt" >"$TMP/cli/txt_dict.vec" 2>/dev/null ||
		notok "python: muwazi align with FreeDict failed"
fi

ROOT_DIR=$ROOT_DIR pyrun "$t" run "$TMP/cli" 2>"$TMP/py.err"; rc=$?
binding_report python "$TMP/py.err" "$rc" "$asan" "1"
exit 0
