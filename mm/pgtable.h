/* SPDX-License-Identifier: MIT */
/*
 * Page tables and the PTE encoding.
 *
 * Four levels of 512 entries (PGD, PUD, PMD, PTE), 4 KiB pages, as on
 * x86_64.  Upper levels hold pointers to the next table; the last level
 * holds pte_t values:
 *
 *   present:   | pfn (12..51) | soft-dirty 11 | uffd-wp 10 | special 9 |
 *              | dirty 6 | young 5 | write 1 | present 0 = 1 |
 *
 *   not present, not none (a "swap-type" entry, swp_entry_t in the kernel):
 *              | offset (12..63) | uffd-wp 8 | soft-dirty 7 | exclusive 6 |
 *              | type (1..5) | present 0 = 0 |, and bit 9 always set, so that
 *              no swap-type entry is ever 0 (pte_none).
 *
 * Swap types follow the kernel's layout of its 32 types: real swap devices
 * from 0, the special types at the top, SWP_PTE_MARKER last (31), which is
 * what /proc/pid/pagemap shows in the frame bits of a marker.
 */
#ifndef MMSIM_MM_PGTABLE_H
#define MMSIM_MM_PGTABLE_H

#include <stdbool.h>
#include <stdint.h>

#define PAGE_SHIFT	12
#define PAGE_SIZE	(1UL << PAGE_SHIFT)
#define PAGE_MASK	(~(PAGE_SIZE - 1))
#define PTRS_PER_TABLE	512
#define PMD_SHIFT	21
#define PUD_SHIFT	30
#define PGDIR_SHIFT	39
#define PMD_SIZE	(1UL << PMD_SHIFT)
#define PUD_SIZE	(1UL << PUD_SHIFT)
#define PGDIR_SIZE	(1UL << PGDIR_SHIFT)

typedef uint64_t pte_t;

/* present entries */
#define _PTE_PRESENT	(1ULL << 0)
#define _PTE_WRITE	(1ULL << 1)
#define _PTE_YOUNG	(1ULL << 5)
#define _PTE_DIRTY	(1ULL << 6)
#define _PTE_SPECIAL	(1ULL << 9)
#define _PTE_UFFD_WP	(1ULL << 10)
#define _PTE_SOFT_DIRTY	(1ULL << 11)
#define _PTE_PFN_SHIFT	12
#define _PTE_PFN_MASK	(((1ULL << 40) - 1) << _PTE_PFN_SHIFT)

/* swap-type entries */
#define _SWP_TYPE_SHIFT	1
#define _SWP_TYPE_MASK	(0x1fULL << _SWP_TYPE_SHIFT)
#define _SWP_EXCLUSIVE	(1ULL << 6)
#define _SWP_SOFT_DIRTY	(1ULL << 7)
#define _SWP_UFFD_WP	(1ULL << 8)
#define _SWP_VALID	(1ULL << 9)
#define _SWP_OFFSET_SHIFT 12

#define MAX_SWAPFILES		24
#define SWP_DEVICE_WRITE	24
#define SWP_DEVICE_READ		25
#define SWP_DEVICE_EXCLUSIVE	26
#define SWP_MIGRATION_READ	27
#define SWP_MIGRATION_READ_EXCLUSIVE 28
#define SWP_MIGRATION_WRITE	29
#define SWP_HWPOISON		30
#define SWP_PTE_MARKER		31

/* PTE markers: the offset of a SWP_PTE_MARKER entry is this mask */
#define PTE_MARKER_UFFD_WP	(1UL << 0)
#define PTE_MARKER_POISONED	(1UL << 1)
#define PTE_MARKER_GUARD	(1UL << 2)
#define PTE_MARKER_MASK		((1UL << 3) - 1)

static inline bool pte_none(pte_t pte) { return pte == 0; }
static inline bool pte_present(pte_t pte) { return pte & _PTE_PRESENT; }
static inline bool pte_write(pte_t pte) { return pte & _PTE_WRITE; }
static inline bool pte_dirty(pte_t pte) { return pte & _PTE_DIRTY; }
static inline bool pte_young(pte_t pte) { return pte & _PTE_YOUNG; }
static inline bool pte_special(pte_t pte) { return pte & _PTE_SPECIAL; }
static inline bool pte_uffd_wp(pte_t pte) { return pte & _PTE_UFFD_WP; }
static inline bool pte_soft_dirty(pte_t pte) { return pte & _PTE_SOFT_DIRTY; }

static inline unsigned long pte_pfn(pte_t pte)
{
	return (pte & _PTE_PFN_MASK) >> _PTE_PFN_SHIFT;
}

static inline pte_t pfn_pte(unsigned long pfn, bool write)
{
	return ((pte_t)pfn << _PTE_PFN_SHIFT) | _PTE_PRESENT |
	       (write ? _PTE_WRITE : 0);
}

static inline pte_t pte_mkwrite(pte_t pte) { return pte | _PTE_WRITE; }
static inline pte_t pte_wrprotect(pte_t pte) { return pte & ~_PTE_WRITE; }
static inline pte_t pte_mkdirty(pte_t pte) { return pte | _PTE_DIRTY | _PTE_SOFT_DIRTY; }
static inline pte_t pte_mkclean(pte_t pte) { return pte & ~_PTE_DIRTY; }
static inline pte_t pte_mkyoung(pte_t pte) { return pte | _PTE_YOUNG; }
static inline pte_t pte_mkold(pte_t pte) { return pte & ~_PTE_YOUNG; }
static inline pte_t pte_mkspecial(pte_t pte) { return pte | _PTE_SPECIAL; }
static inline pte_t pte_mkuffd_wp(pte_t pte) { return pte | _PTE_UFFD_WP; }
static inline pte_t pte_clear_uffd_wp(pte_t pte) { return pte & ~_PTE_UFFD_WP; }

/* swp_entry_t: the type and offset of a not-present entry */
typedef struct {
	unsigned int type;
	unsigned long offset;
} swp_entry_t;

static inline bool is_swap_pte(pte_t pte)
{
	return !pte_none(pte) && !pte_present(pte);
}

static inline pte_t swp_entry_to_pte(swp_entry_t e)
{
	return ((pte_t)e.type << _SWP_TYPE_SHIFT) |
	       ((pte_t)e.offset << _SWP_OFFSET_SHIFT) | _SWP_VALID;
}

static inline swp_entry_t pte_to_swp_entry(pte_t pte)
{
	swp_entry_t e = {
		.type = (unsigned int)((pte & _SWP_TYPE_MASK) >> _SWP_TYPE_SHIFT),
		.offset = (unsigned long)(pte >> _SWP_OFFSET_SHIFT),
	};
	return e;
}

static inline swp_entry_t swp_entry(unsigned int type, unsigned long offset)
{
	swp_entry_t e = { .type = type, .offset = offset };
	return e;
}

static inline bool pte_swp_exclusive(pte_t pte) { return pte & _SWP_EXCLUSIVE; }
static inline pte_t pte_swp_mkexclusive(pte_t pte) { return pte | _SWP_EXCLUSIVE; }
static inline pte_t pte_swp_clear_exclusive(pte_t pte) { return pte & ~_SWP_EXCLUSIVE; }
static inline bool pte_swp_soft_dirty(pte_t pte) { return pte & _SWP_SOFT_DIRTY; }
static inline pte_t pte_swp_mksoft_dirty(pte_t pte) { return pte | _SWP_SOFT_DIRTY; }
static inline bool pte_swp_uffd_wp(pte_t pte) { return pte & _SWP_UFFD_WP; }
static inline pte_t pte_swp_mkuffd_wp(pte_t pte) { return pte | _SWP_UFFD_WP; }
static inline pte_t pte_swp_clear_uffd_wp(pte_t pte) { return pte & ~_SWP_UFFD_WP; }

static inline bool is_pte_marker_entry(swp_entry_t e)
{
	return e.type == SWP_PTE_MARKER;
}

static inline bool is_pte_marker(pte_t pte)
{
	return is_swap_pte(pte) && is_pte_marker_entry(pte_to_swp_entry(pte));
}

static inline unsigned long pte_marker_get(pte_t pte)
{
	return pte_to_swp_entry(pte).offset & PTE_MARKER_MASK;
}

static inline pte_t make_pte_marker(unsigned long marker)
{
	return swp_entry_to_pte(swp_entry(SWP_PTE_MARKER, marker));
}

static inline bool is_guard_pte_marker(pte_t pte)
{
	return is_pte_marker(pte) && (pte_marker_get(pte) & PTE_MARKER_GUARD);
}

static inline bool is_migration_entry(swp_entry_t e)
{
	return e.type >= SWP_MIGRATION_READ && e.type <= SWP_MIGRATION_WRITE;
}

static inline bool is_real_swap_entry(swp_entry_t e)
{
	return e.type < MAX_SWAPFILES;
}

/* ---- the tables ------------------------------------------------------- */

/*
 * One page-table page.  @nr counts the entries that are not none, so that
 * freeing an emptied table needs no scan.
 */
struct pgtable {
	unsigned int nr;
	union {
		struct pgtable *next[PTRS_PER_TABLE];
		pte_t pte[PTRS_PER_TABLE];
	};
};

static inline unsigned int pgd_index(unsigned long a) { return (a >> PGDIR_SHIFT) & 511; }
static inline unsigned int pud_index(unsigned long a) { return (a >> PUD_SHIFT) & 511; }
static inline unsigned int pmd_index(unsigned long a) { return (a >> PMD_SHIFT) & 511; }
static inline unsigned int pte_index(unsigned long a) { return (a >> PAGE_SHIFT) & 511; }

#endif /* MMSIM_MM_PGTABLE_H */
