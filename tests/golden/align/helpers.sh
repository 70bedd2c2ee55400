# helpers.sh - shared by tests/cli_align*.sh (sourced after tests/lib.sh).
GOLD=$ROOT_DIR/tests/golden/align
CORP=$ROOT_DIR/corpora
DTD=${SHARED_DIR:-/nonexistent}/tmx/tmx14.dtd

# covers FILE NSRC NTGT: FILE holds beads in vecalign form ([i, ...]:[j, ...]...);
# true if every sentence of both sides is in exactly one bead, in order, and
# no bead is empty on both sides.
covers() {
	awk -F: -v ns="$2" -v nt="$3" '
	{
		if ($1 == "[]" && $2 == "[]") bad = 1
		for (side = 1; side <= 2; side++) {
			s = $side; gsub(/[][ ]/, "", s)
			if (s == "") continue
			n = split(s, a, ",")
			for (i = 1; i <= n; i++) { if (a[i] != nx[side] + 0) bad = 1; nx[side]++ }
		}
	}
	END { if (nx[1] + 0 != ns || nx[2] + 0 != nt) bad = 1; exit bad }' "$1"
}

# jsonl_beads FILE: the indices of jsonl beads in vecalign form.
jsonl_beads() {
	sed -E 's/^\{"src":\[([0-9,]*)\],"tgt":\[([0-9,]*)\].*/[\1]:[\2]/; s/,/, /g' "$1"
}

# nlines FILE: number of lines as --lines counts them (a last line without \n counts).
nlines() { awk 'END { print NR }' "$1"; }

# mask: hide what the engine's progress may change (scores) and the version.
mask() {
	sed -E -e 's/:[0-9]+\.[0-9]+$/:SCORE/' \
		-e 's/\t[0-9]+\.[0-9]+$/\tSCORE/' \
		-e 's/"score":[0-9.]+\}$/"score":SCORE}/' \
		-e 's/^([0-9]+  [0-9]+-[0-9]+  )[0-9]+\.[0-9]+/\1SCORE/' \
		-e 's|<prop type="x-score">[0-9.]+</prop>|<prop type="x-score">SCORE</prop>|' \
		-e 's/creationtoolversion="[^"]*"/creationtoolversion="VERSION"/'
}
# align_masked ARGS...: muwazi align ARGS, masked.
align_masked() { "$MUWAZI" align "$@" | mask; }

have_xmllint() { command -v xmllint >/dev/null 2>&1 && [ -f "$DTD" ]; }
# tmx_valid DESC FILE
tmx_valid() {
	if ! have_xmllint; then skip "$1 (no xmllint or no ../shared/tmx/tmx14.dtd)"; return; fi
	if xmllint --noout --dtdvalid "$DTD" "$2" 2>"$TMP/xmllint.err"; then ok "$1"; else
		notok "$1"; sed 's/^/#   /' "$TMP/xmllint.err" | head -n 5
	fi
}
