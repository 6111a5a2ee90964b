// SPDX-License-Identifier: MIT
/*
 * The model holds 1,000,000 VMAs: map them (alternating protections so that
 * none merge), fault one page in every hundredth, look every one up, unmap
 * half, and validate_mm() the whole machine at the end.
 */
#include <stdio.h>

#include "mmsim/mmsim.h"
#include "../../mm/uapi.h"

#define PG	4096UL
#define N	1000000UL

int main(void)
{
	struct mmsim_profile pf;
	struct mmsim_machine *m;
	struct mmsim_process *p;
	unsigned long i, base, start, end;
	static char msg[512];
	long r;
	int failures = 0;

	mmsim_profile_builtin(&pf);
	pf.max_map_count = 2 * N;
	m = mmsim_machine_create(&pf);
	p = mmsim_main_process(m);
	mmsim_validate_each_op(m, false);
	r = mmsim_mmap(p, 0, N * PG, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (r < 0) {
		printf("FAIL carve-out: %ld\n", r);
		return 1;
	}
	base = (unsigned long)r;
	for (i = 0; i < N; i++) {
		r = mmsim_mmap(p, base + i * PG, PG, i & 1 ? PROT_READ : PROT_READ | PROT_WRITE,
			       MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
		if (r < 0) {
			printf("FAIL mmap %lu: %ld\n", i, r);
			return 1;
		}
		if (i % 100 == 0 && mmsim_write(p, base + i * PG, PG, 'x')) {
			printf("FAIL write %lu\n", i);
			return 1;
		}
	}
	for (i = 0; i < N; i++)
		if (!mmsim_vma(p, base + i * PG + 5, &start, &end) ||
		    start != base + i * PG || end != start + PG)
			failures++;
	if (mmsim_validate(m, msg, sizeof(msg))) {
		printf("FAIL validate with %lu VMAs: %s\n", N, msg);
		failures++;
	}
	for (i = 0; i < N; i += 2)
		if (mmsim_munmap(p, base + i * PG, PG))
			failures++;
	if (mmsim_validate(m, msg, sizeof(msg))) {
		printf("FAIL validate after unmapping: %s\n", msg);
		failures++;
	}
	mmsim_machine_destroy(m);
	printf("%s: %lu VMAs, %d failures\n", failures ? "FAIL" : "PASS", N, failures);
	return failures ? 1 : 0;
}
