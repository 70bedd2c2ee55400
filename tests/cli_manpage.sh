# cli_manpage.sh - the manual page, cli/muwazi.1: every command of `muwazi --help`
# has its section, every option of every `muwazi COMMAND --help` is in it, it
# renders without a groff warning (when groff is installed) and `make install`
# puts it under share/man/man1.
. "$TESTS_DIR/lib.sh"
page=$ROOT_DIR/cli/muwazi.1
[ -f "$page" ] && ok "cli/muwazi.1 exists" || { notok "cli/muwazi.1 exists"; exit 0; }
# the page as text, roff escapes for dashes undone
text=$(sed 's/\\-/-/g' "$page")
cmds=$("$MUWAZI" --help | awk '/^Commands:/ {on = 1; next} on && /^  [a-z]/ {print $1} on && /^$/ {on = 0}')
[ -n "$cmds" ] && ok "muwazi --help lists commands" || notok "muwazi --help lists commands"
for c in $cmds; do
	grep -q "^\.SS \"muwazi $c[ \"]" <<<"$text" && ok "man page: a section for $c" ||
		notok "man page: a section for $c"
	missing=""
	for o in $("$MUWAZI" "$c" --help 2>&1 | grep -oE -- '(^|[ [,])--?[a-z][a-z-]*' | sed 's/^[ [,]//' | sort -u); do
		case $o in -h | --help) continue ;; esac
		grep -qE -- "(^|[^a-z-])$o([^a-z-]|\$)" <<<"$text" || missing="$missing $o"
	done
	expect_eq "man page: every option of muwazi $c --help" "$missing" ""
done
for v in MUWAZI_CACHE_DIR MUWAZI_DICT_DIR MUWAZI_DICT_INDEX NO_COLOR; do
	grep -q "^\.B $v" <<<"$text" && ok "man page: ENVIRONMENT names $v" || notok "man page: ENVIRONMENT names $v"
done
if command -v groff >/dev/null; then
	warn=$(groff -man -Tutf8 -ww -z "$page" 2>&1)
	expect_eq "man page renders without a groff warning" "$warn" ""
else
	skip "groff not installed: rendering not checked"
fi
stage=$TMP/stage
if make -s -C "$ROOT_DIR" install DESTDIR="$stage" PREFIX=/usr/local >"$TMP/install.log" 2>&1 &&
	cmp -s "$page" "$stage/usr/local/share/man/man1/muwazi.1"; then
	ok "make install puts the page in share/man/man1"
else
	notok "make install puts the page in share/man/man1"; sed 's/^/#   /' "$TMP/install.log" | tail -n 3
fi
