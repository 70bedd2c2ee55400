# lib.sh - helpers for the CLI test scripts (sourced). Prints ok / not ok lines.
# MUWAZI is the command under test; ROOT_DIR the checkout; SHARED_DIR ../shared.
: "${MUWAZI:?MUWAZI must name the muwazi command}"
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

ok() { echo "ok - $*"; }
notok() { echo "not ok - $*"; }
skip() { echo "skip - $*"; }

# expect_eq DESC GOT WANT
expect_eq() {
	if [ "$2" == "$3" ]; then ok "$1"; else
		notok "$1"
		printf '#   got:  %s\n#   want: %s\n' "$2" "$3" | head -n 20
	fi
}
# expect_status DESC WANT CMD... : runs CMD, compares the exit status
expect_status() {
	local desc=$1 want=$2; shift 2
	"$@" >"$TMP/out" 2>"$TMP/err"; local rc=$?
	if [ "$rc" -eq "$want" ]; then ok "$desc"; else
		notok "$desc (status $rc, wanted $want)"; sed 's/^/#   /' "$TMP/err" | head -n 5
	fi
}
# expect_golden DESC GOLDENFILE CMD... : compares stdout with a golden file
expect_golden() {
	local desc=$1 gold=$2; shift 2
	"$@" >"$TMP/golden.out" 2>"$TMP/golden.err"
	if cmp -s "$TMP/golden.out" "$gold"; then ok "$desc"; else
		notok "$desc"; diff "$gold" "$TMP/golden.out" | head -n 10 | sed 's/^/#   /'
	fi
}
have_shared() { [ -d "${SHARED_DIR:-/nonexistent}/data" ]; }

# layout_check NAME RUN SCRIPT CFLAGS OKTEXT BADTEXT: a binding's test script prints, with
# "SCRIPT layout-c", a C program that prints the header's sizes and offsets, and with
# "SCRIPT layout" the binding's own; RUN (a function) runs the script. Both must agree.
layout_check() {
	local name=$1 run=$2 script=$3 cflags=$4 oktext=$5 badtext=$6
	if ! command -v cc >/dev/null 2>&1; then
		skip "$name: no C compiler to check the binding's declarations"
		return
	fi
	# shellcheck disable=SC2086
	if "$run" "$script" layout-c >"$TMP/layout.c" 2>"$TMP/layout.err" &&
	   cc -std=c89 $cflags -I"$ROOT_DIR/lib/include" -o "$TMP/layout" "$TMP/layout.c" 2>>"$TMP/layout.err" &&
	   "$TMP/layout" >"$TMP/layout.c.out" && "$run" "$script" layout >"$TMP/layout.b.out" 2>>"$TMP/layout.err"; then
		if cmp -s "$TMP/layout.c.out" "$TMP/layout.b.out"; then
			ok "$name: $oktext ($(wc -l <"$TMP/layout.c.out") checked)"
		else
			notok "$name: $badtext"
			diff "$TMP/layout.c.out" "$TMP/layout.b.out" | head -n 10 | sed 's/^/#   /'
		fi
	else
		notok "$name: the layout program (binding declarations vs muwazi.h)"
		sed 's/^/#   /' "$TMP/layout.err" | head -n 8
	fi
}
