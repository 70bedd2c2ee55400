# cli_basic.sh - the command's global behaviour: help, version, usage errors.
. "$TESTS_DIR/lib.sh"
expect_status "--help exits 0" 0 "$MUWAZI" --help
grep -q "usage: muwazi" "$TMP/out" && ok "--help prints usage to stdout" || notok "--help prints usage to stdout"
expect_status "--version exits 0" 0 "$MUWAZI" --version
grep -q "ICU" "$TMP/out" && grep -q "utf8proc" "$TMP/out" && ok "--version names ICU and utf8proc" || notok "--version names ICU and utf8proc"
expect_status "no command is a usage error" 2 "$MUWAZI"
expect_status "unknown command is a usage error" 2 "$MUWAZI" frobnicate
grep -q "^muwazi: unknown command" "$TMP/err" && ok "unknown command message" || notok "unknown command message"
