# cli_install.sh - `make install` into a staging folder, then a program built with
# `pkg-config --cflags --libs muwazi` against the installed library runs.
. "$TESTS_DIR/lib.sh"
if ! command -v pkg-config >/dev/null; then skip "pkg-config missing"; exit 0; fi
stage=$TMP/stage
if make -s -C "$ROOT_DIR" install DESTDIR="$stage" PREFIX=/usr/local >"$TMP/install.log" 2>&1; then
	ok "make install DESTDIR=... PREFIX=..."
else
	notok "make install"; sed 's/^/#   /' "$TMP/install.log" | tail -n 5; exit 0
fi
for f in include/muwazi.h lib/libmuwazi.a lib/libmuwazi.so lib/libmuwazi.so.0 lib/pkgconfig/muwazi.pc bin/muwazi; do
	[ -e "$stage/usr/local/$f" ] && ok "installed $f" || notok "installed $f"
done
export PKG_CONFIG_PATH=$stage/usr/local/lib/pkgconfig
export PKG_CONFIG_SYSROOT_DIR=$stage
flags=$(pkg-config --cflags --libs muwazi) && ok "pkg-config --cflags --libs muwazi" || notok "pkg-config muwazi"
if cc -o "$TMP/example" "$TESTS_DIR/pkgconfig_example.c" $flags 2>"$TMP/cc.err"; then
	ok "example program builds against the installed library"
	out=$(LD_LIBRARY_PATH=$stage/usr/local/lib "$TMP/example")
	expect_eq "example program runs" "$(head -n1 <<<"$out")" "muwazi $(sed -n 's/^#define MWZ_VERSION_STRING "\(.*\)"/\1/p' "$ROOT_DIR/lib/include/muwazi.h")"
	ldd "$TMP/example" | grep -q "libmuwazi.so.0 => $stage" 2>/dev/null || LD_LIBRARY_PATH=$stage/usr/local/lib ldd "$TMP/example" | grep -q "libmuwazi.so.0" && ok "example links libmuwazi.so.0 (SONAME)" || notok "example links libmuwazi.so.0"
else
	notok "example program builds"; sed 's/^/#   /' "$TMP/cc.err" | head -n 5
fi
# Only mwz_* symbols are exported.
bad=$(nm -D --defined-only "$stage/usr/local/lib/libmuwazi.so" | awk '{print $3}' | grep -v '^mwz_' | grep -v '^_' | head -n 3)
expect_eq "the shared library exports only mwz_* symbols" "$bad" ""
# The ABI of libmuwazi.so.0: every function lib/libmuwazi.symbols lists is exported
# (none removed), and every exported one is listed (a new one is added on purpose).
have=$(nm -D --defined-only "$stage/usr/local/lib/libmuwazi.so" | awk '$3 ~ /^mwz_/ {print $3}' | LC_ALL=C sort)
want=$(grep -v '^#' "$ROOT_DIR/lib/libmuwazi.symbols" | LC_ALL=C sort)
gone=$(LC_ALL=C comm -13 <(echo "$have") <(echo "$want"))
new=$(LC_ALL=C comm -23 <(echo "$have") <(echo "$want"))
expect_eq "no function of lib/libmuwazi.symbols removed from libmuwazi.so.0" "$gone" ""
expect_eq "every exported function listed in lib/libmuwazi.symbols (make abi-symbols)" "$new" ""
# ... and the header declares each of them
decl=$(grep -o '^MWZ_API [^;(]*(' "$ROOT_DIR/lib/include/muwazi.h" | sed 's/($//; s/.*[ *]//' | LC_ALL=C sort)
expect_eq "muwazi.h declares exactly the exported functions" "$decl" "$have"
