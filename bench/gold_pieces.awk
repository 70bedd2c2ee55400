# gold_pieces.awk - cuts an aligned pair and its gold alignment (vecalign form) into N pieces of
# about equal numbers of gold beads, each cut where every bead before uses lower sentence indices
# on both sides than every bead after; writes OUT.k.src, OUT.k.tgt, OUT.k.gold (k = 0 .. N-1),
# gold indices renumbered from 0. For scoring an aligner on documents shorter than the file
# (Text+Berg's test documents are about 140 sentences). Sentences no gold bead names stay in
# the piece they fall in.
# Usage: awk -v n=N -v out=PREFIX -v S=SRC -f gold_pieces.awk GOLD SRC TGT
function ids(s, a) { gsub(/[][ ]/, "", s); if (s == "") return 0; return split(s, a, ",") }
FNR == NR {
	if ($0 !~ /^\[/) next
	split($0, f, ":"); g[++ng] = f[1] ":" f[2]
	c = ids(f[1], a); lo = 1e9; hi = -1
	for (i = 1; i <= c; i++) { if (a[i] + 0 < lo) lo = a[i] + 0; if (a[i] + 0 > hi) hi = a[i] + 0 }
	slo[ng] = lo; shi[ng] = hi
	c = ids(f[2], a); lo = 1e9; hi = -1
	for (i = 1; i <= c; i++) { if (a[i] + 0 < lo) lo = a[i] + 0; if (a[i] + 0 > hi) hi = a[i] + 0 }
	tlo[ng] = lo; thi[ng] = hi
	next
}
FILENAME == S { src[ns++] = $0; next }
{ tgt[nt++] = $0 }
END {
	# Suffix minima and prefix maxima of the indices give the clean cuts.
	ms = ns; mt = nt
	for (k = ng; k >= 1; k--) { if (slo[k] < ms) ms = slo[k]; if (tlo[k] < mt) mt = tlo[k]; sufs[k] = ms; suft[k] = mt }
	ps = -1; pt = -1
	for (k = 1; k <= ng; k++) { if (shi[k] > ps) ps = shi[k]; if (thi[k] > pt) pt = thi[k]; pres[k] = ps; pret[k] = pt }
	cut[0] = 0; cs[0] = 0; ct[0] = 0
	for (p = 1; p < n; p++) {
		for (k = int(ng * p / n); k < ng; k++)
			if (k > cut[p - 1] && pres[k] < sufs[k + 1] && pret[k] < suft[k + 1]) break
		cut[p] = k; cs[p] = k < ng ? sufs[k + 1] : ns; ct[p] = k < ng ? suft[k + 1] : nt
	}
	cut[n] = ng; cs[n] = ns; ct[n] = nt
	for (p = 0; p < n; p++) {
		fn = out "." p
		printf "" > (fn ".src"); printf "" > (fn ".tgt"); printf "" > (fn ".gold")
		for (i = cs[p]; i < cs[p + 1]; i++) print src[i] > (fn ".src")
		for (i = ct[p]; i < ct[p + 1]; i++) print tgt[i] > (fn ".tgt")
		for (k = cut[p] + 1; k <= cut[p + 1]; k++) {
			split(g[k], h, ":"); line = ""
			for (side = 1; side <= 2; side++) {
				m = ids(h[side], a); base = side == 1 ? cs[p] : ct[p]; s = "["
				for (i = 1; i <= m; i++) s = s (i > 1 ? ", " : "") (a[i] - base)
				line = line (side == 2 ? ":" : "") s "]"
			}
			print line > (fn ".gold")
		}
		close(fn ".src"); close(fn ".tgt"); close(fn ".gold")
	}
}
