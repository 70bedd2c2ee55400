/*
 * nodeepbind.c - preloaded into php by tests/cli_php.sh under `make asan`.
 * php opens its extensions, and FFI its libraries, with RTLD_DEEPBIND, which
 * the ASan runtime refuses (google/sanitizers#611); this dlopen() drops that
 * flag and hands the call on to the next one (ASan's, then libc's).
 */
#define _GNU_SOURCE
#include <dlfcn.h>

void *dlopen(const char *file, int mode)
{
	static void *(*next)(const char *, int);

	if (!next)
		*(void **)&next = dlsym(RTLD_NEXT, "dlopen");
	return next(file, mode & ~RTLD_DEEPBIND);
}
