/* cpus.c - the number of processors the library may use for its threads. */
#define _GNU_SOURCE 1
#include "cpus.h"

#include <sched.h>
#include <stdio.h>
#include <unistd.h>

long mwz__cpus(void)
{
	long n = sysconf(_SC_NPROCESSORS_ONLN);
#ifdef CPU_COUNT
	{
		cpu_set_t set;
		CPU_ZERO(&set);
		if (sched_getaffinity(0, sizeof set, &set) == 0) {
			long a = (long)CPU_COUNT(&set);
			if (a > 0 && (n < 1 || a < n))
				n = a;
		}
	}
#endif
	if (n >= 2) {
		/* cgroup v2: "max PERIOD" or "QUOTA PERIOD" (microseconds). */
		FILE *f = fopen("/sys/fs/cgroup/cpu.max", "r");
		if (f) {
			long quota, period;
			if (fscanf(f, "%ld %ld", &quota, &period) == 2 && quota > 0 &&
			    period > 0) {
				long q = (quota + period - 1) / period;
				if (q < n)
					n = q;
			}
			fclose(f);
		}
	}
	return n < 1 ? 1 : n;
}
