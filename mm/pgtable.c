// SPDX-License-Identifier: MIT
/*
 * Walking, allocating and freeing the four levels of page tables.
 */
#include <string.h>

#include "internal.h"
#include "pgtable_walk.h"

static const unsigned int level_shift[PT_LEVELS] = {
	PGDIR_SHIFT, PUD_SHIFT, PMD_SHIFT, PAGE_SHIFT,
};

static unsigned int level_index(int level, unsigned long addr)
{
	return (addr >> level_shift[level]) & (PTRS_PER_TABLE - 1);
}

struct pgtable *pgtable_alloc(struct mm_struct *mm)
{
	return mm_alloc(mm->machine, sizeof(struct pgtable));
}

/*
 * The PTE table covering @addr, or NULL if a level is missing; then
 * *skip_to is where the next table could start (the end of the missing
 * level's span), so that a range walk skips absent subtrees whole.
 */
struct pgtable *pte_table_lookup(struct mm_struct *mm, unsigned long addr,
				 unsigned long *skip_to)
{
	struct pgtable *t = mm->pgd;
	int level;

	for (level = 0; level < PT_LEVELS - 1; level++) {
		struct pgtable *n = t ? t->next[level_index(level, addr)] : NULL;

		if (!n) {
			unsigned long span = 1UL << level_shift[level];

			if (skip_to)
				*skip_to = (addr & ~(span - 1)) + span;
			return NULL;
		}
		t = n;
	}
	return t;
}

/*
 * The table at @depth on the path to @addr (1: a PUD table ... 3: the PTE
 * table), allocating missing levels if @alloc.  NULL when a level is absent
 * and !@alloc, or when out of memory; tables allocated before a failure stay
 * (empty tables are harmless, and the kernel leaves them the same way).
 */
static struct pgtable *table_at(struct mm_struct *mm, unsigned long addr,
				int depth, bool alloc)
{
	struct pgtable *t;
	int level;

	if (!mm->pgd) {
		if (!alloc)
			return NULL;
		mm->pgd = pgtable_alloc(mm);
		if (!mm->pgd)
			return NULL;
	}
	t = mm->pgd;
	for (level = 0; level < depth; level++) {
		unsigned int i = level_index(level, addr);

		if (!t->next[i]) {
			if (!alloc)
				return NULL;
			t->next[i] = pgtable_alloc(mm);
			if (!t->next[i])
				return NULL;
			t->nr++;
			if (level == PT_LEVELS - 2)
				mm->nr_ptes++;
		}
		t = t->next[i];
	}
	return t;
}

/* The PTE table covering @addr, allocating missing levels; NULL if no memory. */
struct pgtable *pte_table_alloc(struct mm_struct *mm, unsigned long addr)
{
	return table_at(mm, addr, PT_LEVELS - 1, /* alloc = */ true);
}

/* The PMD-level table that holds the slot of the PTE table covering @addr. */
struct pgtable *pmd_table(struct mm_struct *mm, unsigned long addr, bool alloc)
{
	return table_at(mm, addr, PT_LEVELS - 2, alloc);
}

/*
 * Free the PTE table covering @addr if it holds no entry (a fault that
 * allocated it mapped nothing).  Returns whether it did.
 */
bool pte_table_free_empty(struct mm_struct *mm, unsigned long addr)
{
	struct pgtable *pmd = pmd_table(mm, addr, /* alloc = */ false);
	struct pgtable *pt = pmd ? pmd->next[pmd_index(addr)] : NULL;

	if (!pt || pt->nr)
		return false;
	mm_free(pt);
	pmd->next[pmd_index(addr)] = NULL;
	pmd->nr--;
	mm->nr_ptes--;
	return true;
}

pte_t pte_get(struct mm_struct *mm, unsigned long addr)
{
	struct pgtable *t = pte_table_lookup(mm, addr, NULL);

	return t ? t->pte[pte_index(addr)] : 0;
}

/* Store @val in table @t, keeping the table's count of used entries. */
void pte_store(struct pgtable *t, unsigned long addr, pte_t val)
{
	pte_t *p = &t->pte[pte_index(addr)];

	if (pte_none(*p) && !pte_none(val))
		t->nr++;
	else if (!pte_none(*p) && pte_none(val))
		t->nr--;
	*p = val;
}

/*
 * Free the tables under @t (at @level) whose spans lie wholly inside
 * [floor, ceiling) and intersect [start, end).  Returns true if @t itself
 * is now empty.
 */
static bool free_level(struct mm_struct *mm, struct pgtable *t, int level,
		       unsigned long base, unsigned long start, unsigned long end,
		       unsigned long floor, unsigned long ceiling)
{
	unsigned long span = 1UL << level_shift[level];
	unsigned int i;

	if (level == PT_LEVELS - 1)
		return t->nr == 0;
	for (i = level_index(level, start); i < PTRS_PER_TABLE; i++) {
		unsigned long lo = base + i * span, hi = lo + span;
		struct pgtable *n = t->next[i];

		if (lo >= end || (hi == 0 && lo != 0) /* wrapped */)
			break;
		if (!n)
			continue;
		if (!free_level(mm, n, level + 1, lo, start > lo ? start : lo,
				end < hi ? end : hi, floor, ceiling))
			continue;
		if (lo < floor || hi > ceiling || hi < lo)
			continue;
		VM_WARN_ON(n->nr, "freeing a table at %#lx with %u entries",
			   lo, n->nr);
		if (level == PT_LEVELS - 2)
			mm->nr_ptes--;
		mm_free(n);
		t->next[i] = NULL;
		t->nr--;
	}
	return t->nr == 0;
}

/*
 * After [start, end) was unmapped: free the page tables that covered it and
 * cover nothing else, i.e. whose spans lie inside the hole [floor, ceiling)
 * between the neighbouring VMAs (the kernel's free_pgtables()).
 */
void free_pgtables(struct mm_struct *mm, unsigned long start, unsigned long end,
		   unsigned long floor, unsigned long ceiling)
{
	if (!mm->pgd || start >= end)
		return;
	free_level(mm, mm->pgd, 0, 0, start, end, floor, ceiling);
}

/*
 * MADV_DONTNEED's page-table reclaim (CONFIG_PT_RECLAIM): after the zap,
 * free each PTE table whose whole span lies inside [start, end) and that
 * holds nothing; a table the zap left an entry in (a guard marker) stays.
 * The levels above are left alone, as the kernel leaves them.
 */
void reclaim_pte_tables(struct mm_struct *mm, unsigned long start,
			unsigned long end)
{
	unsigned long addr = (start + PMD_SIZE - 1) & ~(PMD_SIZE - 1);

	while (addr >= start && addr < end && end - addr >= PMD_SIZE) {
		unsigned long skip = end;
		struct pgtable *pt = pte_table_lookup(mm, addr, &skip);

		if (!pt) {
			/* a missing upper level: on past its span */
			addr = skip > addr ? skip : end;
			continue;
		}
		pte_table_free_empty(mm, addr);
		addr += PMD_SIZE;
	}
}

static void free_all(struct pgtable *t, int level)
{
	unsigned int i;

	if (level < PT_LEVELS - 1)
		for (i = 0; i < PTRS_PER_TABLE; i++)
			if (t->next[i])
				free_all(t->next[i], level + 1);
	mm_free(t);
}

void pgd_free(struct mm_struct *mm)
{
	if (mm->pgd)
		free_all(mm->pgd, 0);
	mm->pgd = NULL;
	mm->nr_ptes = 0;
}

/*
 * Call @fn for every PTE slot of [start, end) that lies in a PTE table
 * holding at least one entry; absent levels and empty tables are skipped
 * whole.  The one range walk of the model (the kernel's walk_page_range()).
 */
void walk_ptes(struct mm_struct *mm, unsigned long start, unsigned long end,
	       pte_walk_fn fn, void *priv)
{
	unsigned long addr = start;

	while (addr < end) {
		unsigned long next, skip = end;
		struct pgtable *pt = pte_table_lookup(mm, addr, &skip);

		if (!pt) {
			addr = skip < end && skip > addr ? skip : end;
			continue;
		}
		next = pte_table_end(addr, end);
		if (pt->nr)
			for (; addr < next; addr += PAGE_SIZE)
				fn(pt, addr, priv);
		addr = next;
	}
}
