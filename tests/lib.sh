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

# binding_report NAME ERRFILE RC ASAN RAN: after a binding's test script ran (its standard
# error in ERRFILE, its exit status RC): under ASan (ASAN not empty), a block leaked that was
# allocated under a mwz_* call fails (the interpreter's own leftovers are no concern), checked
# only when the script ran its checks (RAN = 1); any sanitizer error fails; and a non-zero
# status fails, with the script's errors (a failed check has printed its "not ok", a crash
# has not).
binding_report() {
	local name=$1 errf=$2 rc=$3 asan=$4 ran=$5 leaks
	if [ -n "$asan" ]; then
		leaks=$(awk '/^(Direct|Indirect) leak/ {blk = $0; next}
		             blk != "" && / in mwz_/ {print blk; blk = ""}
		             /^$/ {blk = ""}' "$errf")
		if [ "$ran" != 1 ]; then
			: # the script did not run: reported below
		elif [ -z "$leaks" ]; then
			ok "$name (ASan): no leak of memory allocated by libmuwazi"
		else
			notok "$name (ASan): memory allocated by libmuwazi leaked"
			printf '%s\n' "$leaks" | head -n 5 | sed 's/^/#   /'
		fi
		grep -q 'ERROR: AddressSanitizer\|runtime error' "$errf" &&
			{ notok "$name (ASan): sanitizer error"; grep -A 12 'ERROR: AddressSanitizer\|runtime error' "$errf" | head -n 20 | sed 's/^/#   /'; }
	fi
	if [ "$rc" -ne 0 ]; then
		grep -q . "$errf" && sed 's/^/#   /' "$errf" | head -n 15
		notok "$name: test script exited with status $rc"
	fi
}

# check_beads ALIGNMENT NSRC NTGT: prints nothing when the beads cover 0..NSRC-1 and
# 0..NTGT-1 exactly once, in order, with no bead empty on both sides; else the first fault.
check_beads() {
	awk -v ns="$2" -v nt="$3" '
	function side(s, want, name,   n, a, i) {
		gsub(/[][ ]/, "", s)
		if (s == "") return want
		n = split(s, a, ",")
		for (i = 1; i <= n; i++) {
			if (a[i] != want) { printf "line %d: %s index %s, expected %d\n", NR, name, a[i], want; bad = 1; exit 1 }
			want++
		}
		return want
	}
	{
		split($0, f, ":")
		if (f[1] ~ /^\[ *\]$/ && f[2] ~ /^\[ *\]$/) { printf "line %d: empty bead\n", NR; bad = 1; exit 1 }
		s = side(f[1], s, "source"); t = side(f[2], t, "target")
	}
	END { if (!bad && (s != ns || t != nt)) printf "covers %d/%d source and %d/%d target sentences\n", s, ns, t, nt }
	' s=0 t=0 "$1"
}
