/* cpus.h - how many processors this process may really use (private). */
#ifndef MWZ_CPUS_H
#define MWZ_CPUS_H

/*
 * Processors the process can run on at once: the online ones, fewer when
 * its CPU affinity allows fewer (taskset, a cpuset), fewer again when a
 * cgroup v2 CPU quota (cpu.max, as containers set) allows fewer whole
 * processors. At least 1. The library's second threads are started only
 * when this is 2 or more: on one processor they would add work, not speed.
 */
long mwz__cpus(void);

#endif
