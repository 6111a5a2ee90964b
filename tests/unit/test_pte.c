// SPDX-License-Identifier: MIT
/*
 * The PTE encoding: present entries, swap entries, migration entries and
 * markers round-trip, never collide with pte_none, and keep their bits
 * apart.
 */
#include <stdio.h>

#include "../../mm/pgtable.h"

static int failures;

#define CHECK(cond) do {						\
	if (!(cond)) {							\
		printf("FAIL line %d: %s\n", __LINE__, #cond);		\
		failures++;						\
	}								\
} while (0)

static void test_present(void)
{
	unsigned long pfns[] = { 0, 1, 4095, 123456789, (1UL << 40) - 1 };
	unsigned int i;

	for (i = 0; i < sizeof(pfns) / sizeof(pfns[0]); i++) {
		pte_t p = pfn_pte(pfns[i], false);

		CHECK(pte_present(p));
		CHECK(!pte_none(p));
		CHECK(!is_swap_pte(p));
		CHECK(pte_pfn(p) == pfns[i]);
		CHECK(!pte_write(p) && !pte_dirty(p) && !pte_young(p));
		p = pte_mkyoung(pte_mkdirty(pte_mkwrite(p)));
		CHECK(pte_write(p) && pte_dirty(p) && pte_young(p));
		CHECK(pte_soft_dirty(p));	/* x86 sets soft-dirty with dirty */
		CHECK(pte_pfn(p) == pfns[i]);
		p = pte_mkspecial(pte_mkuffd_wp(p));
		CHECK(pte_special(p) && pte_uffd_wp(p));
		CHECK(pte_pfn(p) == pfns[i]);
		p = pte_wrprotect(pte_mkclean(pte_mkold(pte_clear_uffd_wp(p))));
		CHECK(!pte_write(p) && !pte_dirty(p) && !pte_young(p) &&
		      !pte_uffd_wp(p));
		CHECK(pte_pfn(p) == pfns[i]);
	}
}

static void test_swap(void)
{
	unsigned int type;

	for (type = 0; type < 32; type++) {
		unsigned long offs[] = { 0, 1, 0x12345, (1UL << 50) - 1 };
		unsigned int i;

		for (i = 0; i < sizeof(offs) / sizeof(offs[0]); i++) {
			pte_t p = swp_entry_to_pte(swp_entry(type, offs[i]));
			swp_entry_t e = pte_to_swp_entry(p);

			/* type 0, offset 0 must still not be pte_none */
			CHECK(!pte_none(p));
			CHECK(!pte_present(p));
			CHECK(is_swap_pte(p));
			CHECK(e.type == type && e.offset == offs[i]);
			CHECK(!pte_swp_exclusive(p) && !pte_swp_soft_dirty(p) &&
			      !pte_swp_uffd_wp(p));
			p = pte_swp_mkexclusive(pte_swp_mksoft_dirty(pte_swp_mkuffd_wp(p)));
			e = pte_to_swp_entry(p);
			CHECK(e.type == type && e.offset == offs[i]);
			CHECK(pte_swp_exclusive(p) && pte_swp_soft_dirty(p) &&
			      pte_swp_uffd_wp(p));
			p = pte_swp_clear_exclusive(pte_swp_clear_uffd_wp(p));
			CHECK(!pte_swp_exclusive(p) && !pte_swp_uffd_wp(p));
			CHECK(is_real_swap_entry(e) == (type < MAX_SWAPFILES));
			CHECK(is_migration_entry(e) ==
			      (type >= SWP_MIGRATION_READ && type <= SWP_MIGRATION_WRITE));
			CHECK(is_pte_marker_entry(e) == (type == SWP_PTE_MARKER));
		}
	}
}

static void test_markers(void)
{
	unsigned long m;

	for (m = 1; m <= PTE_MARKER_MASK; m++) {
		pte_t p = make_pte_marker(m);

		CHECK(is_pte_marker(p));
		CHECK(!pte_present(p) && !pte_none(p));
		CHECK(pte_marker_get(p) == m);
		CHECK(is_guard_pte_marker(p) == !!(m & PTE_MARKER_GUARD));
		CHECK(pte_to_swp_entry(p).type == 31);
	}
	CHECK(!is_pte_marker(0));
	CHECK(!is_pte_marker(pfn_pte(5, true)));
	CHECK(!is_guard_pte_marker(swp_entry_to_pte(swp_entry(3, PTE_MARKER_GUARD))));
}

int main(void)
{
	test_present();
	test_swap();
	test_markers();
	printf("%s\n", failures ? "FAIL" : "PASS: pte encoding");
	return failures ? 1 : 0;
}
