/*
 * failalloc.c - an allocator preloaded into `muwazi` by tests/cli_oom.sh: with
 * MUWAZI_FAILALLOC=N, the N-th (from 0) call of malloc, calloc or realloc
 * made by muwazi's own code (the command and the static libmuwazi in it)
 * returns NULL, as when memory runs out; allocations made inside ICU, glibc
 * or other libraries are let through, their handling of it not being ours
 * to test. With MUWAZI_FAILALLOC=count, nothing fails and the number of such
 * calls is written to standard error at exit ("failalloc: 123"). With
 * MUWAZI_FAILALLOC_BT set, the failing call's stack goes to standard error.
 *
 * glibc only (__libc_malloc); built without the sanitizers, which bring their
 * own allocator.
 */
#include <errno.h>
#include <execinfo.h>
#include <link.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

extern void *__libc_malloc(size_t);
extern void *__libc_calloc(size_t, size_t);
extern void *__libc_realloc(void *, size_t);

static uintptr_t text_lo, text_hi; /* the program's executable segments */
static long fail_at = -1, calls;
static int counting, show_stack;

static int find_program(struct dl_phdr_info *info, size_t size, void *data)
{
	int i;
	(void)size;
	(void)data;
	/* the first object is the program itself */
	for (i = 0; i < info->dlpi_phnum; i++) {
		const ElfW(Phdr) *ph = &info->dlpi_phdr[i];
		if (ph->p_type == PT_LOAD && (ph->p_flags & PF_X)) {
			uintptr_t lo = info->dlpi_addr + ph->p_vaddr, hi = lo + ph->p_memsz;
			if (!text_lo || lo < text_lo)
				text_lo = lo;
			if (hi > text_hi)
				text_hi = hi;
		}
	}
	return 1;
}

static void report(void)
{
	char b[48];
	int n = snprintf(b, sizeof b, "failalloc: %ld\n", calls);
	if (n > 0 && write(2, b, (size_t)n) < 0)
		_exit(3);
}

__attribute__((constructor)) static void arm(void)
{
	const char *e = getenv("MUWAZI_FAILALLOC");
	if (!e)
		return;
	dl_iterate_phdr(find_program, NULL);
	show_stack = getenv("MUWAZI_FAILALLOC_BT") != NULL;
	if (strcmp(e, "count") == 0) {
		counting = 1;
		atexit(report);
	} else {
		fail_at = strtol(e, NULL, 10);
	}
}

/* Whether this call, made from caller, fails. */
static int fails(void *caller)
{
	uintptr_t c = (uintptr_t)caller;
	if (c < text_lo || c >= text_hi || (!counting && fail_at < 0))
		return 0;
	if (calls++ != fail_at || counting)
		return 0;
	if (show_stack) {
		void *pc[24];
		backtrace_symbols_fd(pc, backtrace(pc, 24), 2);
	}
	errno = ENOMEM;
	return 1;
}

void *malloc(size_t n)
{
	return fails(__builtin_return_address(0)) ? NULL : __libc_malloc(n);
}

void *calloc(size_t k, size_t n)
{
	return fails(__builtin_return_address(0)) ? NULL : __libc_calloc(k, n);
}

void *realloc(void *p, size_t n)
{
	return fails(__builtin_return_address(0)) ? NULL : __libc_realloc(p, n);
}
