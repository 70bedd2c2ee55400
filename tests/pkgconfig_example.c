/* pkgconfig_example.c - the README's example, built by tests/cli_install.sh
 * against the installed library with `pkg-config --cflags --libs muwazi`. */
#include <muwazi.h>
#include <stdio.h>
#include <string.h>

int main(void)
{
	const char *ar[] = { "قال الصدر إن الحدود مؤمنة.", "وأضاف أن الوضع خطير." };
	const char *en[] = { "Sadr said the border was secure.", "He added that the situation was serious." };
	size_t arlen[2], enlen[2], nbeads, i;
	mwz_bead_t *beads;
	mwz_matcher_t *m;
	mwz_error_t err;
	double score;

	printf("muwazi %s\n", mwz_version_string());

	/* Sentence alignment: no lexicon here, so length, numbers and names. */
	for (i = 0; i < 2; i++) {
		arlen[i] = strlen(ar[i]);
		enlen[i] = strlen(en[i]);
	}
	if (mwz_align(&beads, &nbeads, ar, arlen, 2, en, enlen, 2, NULL, &err) != MWZ_OK) {
		fprintf(stderr, "align: %s\n", err.message);
		return 1;
	}
	for (i = 0; i < nbeads; i++)
		printf("ar %zu+%zu <-> en %zu+%zu (%.2f)\n", beads[i].src_start, beads[i].src_len,
		       beads[i].tgt_start, beads[i].tgt_len, beads[i].score);
	mwz_free(beads);

	/* One name across scripts and spellings. */
	if (mwz_matcher_create(&m) != MWZ_OK)
		return 1;
	mwz_name_similarity(&score, m, "الشدادي", strlen("الشدادي"), "al-Shaddadi", 11);
	printf("الشدادي ~ al-Shaddadi: %.3f\n", score);
	mwz_matcher_destroy(m);
	return 0;
}
