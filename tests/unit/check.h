/* SPDX-License-Identifier: MIT */
/*
 * The unit tests' checks: CHECK(cond, fmt, ...) prints one PASS or FAIL
 * line and counts it; check_summary() prints the totals and gives the
 * exit status.  Each test program includes this once.
 */
#ifndef MMSIM_TESTS_UNIT_CHECK_H
#define MMSIM_TESTS_UNIT_CHECK_H

#include <stdio.h>

static int failures, checks;

#define CHECK(cond, ...)						\
	do {								\
		checks++;						\
		if (cond) {						\
			printf("PASS ");				\
		} else {						\
			printf("FAIL %s:%d: ", __FILE__, __LINE__);	\
			failures++;					\
		}							\
		printf(__VA_ARGS__);					\
		printf("\n");						\
	} while (0)

static inline int check_summary(void)
{
	printf("%s: %d checks, %d failed\n", failures ? "FAIL" : "PASS", checks,
	       failures);
	return failures ? 1 : 0;
}

#endif
