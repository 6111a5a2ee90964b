/* SPDX-License-Identifier: MIT */
/* Page-table walks (mm/pgtable.c). */
#ifndef MMSIM_MM_PGTABLE_WALK_H
#define MMSIM_MM_PGTABLE_WALK_H

#include "internal.h"

#define PT_LEVELS	4

struct pgtable *pgtable_alloc(struct mm_struct *mm);
struct pgtable *pte_table_lookup(struct mm_struct *mm, unsigned long addr,
				 unsigned long *skip_to);
struct pgtable *pte_table_alloc(struct mm_struct *mm, unsigned long addr);
struct pgtable *pmd_table(struct mm_struct *mm, unsigned long addr, bool alloc);
pte_t pte_get(struct mm_struct *mm, unsigned long addr);
bool pte_table_free_empty(struct mm_struct *mm, unsigned long addr);
void pte_store(struct pgtable *t, unsigned long addr, pte_t val);
void free_pgtables(struct mm_struct *mm, unsigned long start, unsigned long end,
		   unsigned long floor, unsigned long ceiling);
void reclaim_pte_tables(struct mm_struct *mm, unsigned long start,
			unsigned long end);
void pgd_free(struct mm_struct *mm);

/* The end of the PTE table's span that contains addr, capped at end. */
static inline unsigned long pte_table_end(unsigned long addr, unsigned long end)
{
	unsigned long b = (addr + PMD_SIZE) & ~(PMD_SIZE - 1);

	return b && b < end ? b : end;
}

typedef void (*pte_walk_fn)(struct pgtable *pt, unsigned long addr, void *priv);
void walk_ptes(struct mm_struct *mm, unsigned long start, unsigned long end,
	       pte_walk_fn fn, void *priv);

#endif
