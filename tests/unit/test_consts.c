// SPDX-License-Identifier: MIT
/* The constants table: sorted, no duplicates, and a few values checked. */
#include <stdio.h>
#include <string.h>

#include "consts.h"

static int failures;

static void expect(const char *name, int64_t want)
{
	int64_t v;

	if (!sc_const_lookup(name, strlen(name), &v) || v != want) {
		printf("FAIL %s\n", name);
		failures++;
	}
}

int main(void)
{
	size_t i, n = sc_const_count();

	for (i = 1; i < n; i++)
		if (strcmp(sc_const_name(i - 1), sc_const_name(i)) >= 0) {
			printf("FAIL order: %s before %s\n", sc_const_name(i - 1),
			       sc_const_name(i));
			failures++;
		}
	for (i = 0; i < n; i++) {
		int64_t v;
		const char *name = sc_const_name(i);

		if (!sc_const_lookup(name, strlen(name), &v)) {
			printf("FAIL lookup %s\n", name);
			failures++;
		}
	}
	expect("MADV_GUARD_INSTALL", 102);
	expect("MADV_GUARD_REMOVE", 103);
	expect("PM_PRESENT", INT64_MIN);
	expect("PM_GUARD_REGION", INT64_C(1) << 58);
	expect("KPF_ZERO_PAGE", INT64_C(1) << 24);
	expect("PAGE_IS_GUARD", 256);
	expect("MAP_FIXED_NOREPLACE", 0x100000);
	expect("EHWPOISON", 133);
	expect("PIDFD_SELF", -10000);
	expect("O_CREAT", 0100);
	if (strcmp(sc_errno_name(11), "EAGAIN") || strcmp(sc_errno_name(95), "EOPNOTSUPP") ||
	    strcmp(sc_signal_name(11), "SIGSEGV") || sc_errno_name(0))
		failures++, printf("FAIL names\n");
	if (!sc_const_suggest("MAP_PRIVTE", 10) ||
	    strcmp(sc_const_suggest("MAP_PRIVTE", 10), "MAP_PRIVATE"))
		failures++, printf("FAIL suggest\n");
	printf("%s: %zu constants\n", failures ? "FAIL" : "PASS", n);
	return failures ? 1 : 0;
}
