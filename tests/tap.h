/* tap.h - the tiny test protocol every C test uses: "ok - ..." / "not ok - ..." lines. */
#ifndef MWZ_TAP_H
#define MWZ_TAP_H
#include <stdio.h>
#include <string.h>

static int tap_failed;

#define OK(cond, ...) \
	do { \
		if (cond) { \
			printf("ok - "); \
		} else { \
			printf("not ok - %s:%d: ", __FILE__, __LINE__); \
			tap_failed++; \
		} \
		printf(__VA_ARGS__); \
		printf("\n"); \
	} while (0)

#define SKIP(...) \
	do { \
		printf("skip - "); \
		printf(__VA_ARGS__); \
		printf("\n"); \
	} while (0)

/* Compare two strings; prints both on failure. */
#define OK_STR(got, want, ...) \
	do { \
		const char *g_ = (got), *w_ = (want); \
		int same_ = g_ && w_ && strcmp(g_, w_) == 0; \
		OK(same_, __VA_ARGS__); \
		if (!same_) \
			printf("#   got:  [%s]\n#   want: [%s]\n", g_ ? g_ : "(null)", \
			       w_ ? w_ : "(null)"); \
	} while (0)

#define TAP_DONE() return tap_failed ? 1 : 0

#endif
