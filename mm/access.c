// SPDX-License-Identifier: MIT
/*
 * The process's own loads and stores: each page is checked against its
 * VMA, faulted in if needed, and then read or written.  A fault that the
 * kernel would turn into a signal comes back as that signal.
 */
#include <string.h>

#include "internal.h"
#include "memory.h"
#include "mm.h"
#include "pgtable_walk.h"
#include "vma.h"

/*
 * The PTE table of the page accessed last, so that the next pages of a
 * range in the same table skip the four-level walk.  Nothing an access
 * does frees or replaces a table (a fault only adds them), so the pointer
 * holds for the whole range; a missing table is looked up again.
 */
struct pt_cursor {
	struct pgtable *pt;
	unsigned long base;		/* PMD-aligned start of pt's span */
};

static struct pgtable *cursor_table(struct mm_struct *mm, struct pt_cursor *c,
				    unsigned long addr)
{
	unsigned long base = addr & ~(PMD_SIZE - 1);

	if (!c->pt || c->base != base) {
		c->pt = pte_table_lookup(mm, addr, NULL);
		c->base = base;
	}
	return c->pt;
}

/*
 * Make the page at @addr accessible for a load or a store; returns the
 * present PTE's table in *ptp or the signal the access raises.
 */
static enum mmsim_access access_page(struct mm_struct *mm, unsigned long addr,
				     bool write, struct pt_cursor *cur,
				     struct pgtable **ptp)
{
	struct vm_area_struct *vma = find_vma(mm, addr);
	struct pgtable *pt;
	vm_fault_t ret;
	pte_t pte;

	/* below a stack, a fault grows it */
	if (vma && vma->vm_start > addr && expand_downwards(vma, addr))
		vma = NULL;
	if (!vma)
		return MMSIM_ACCESS_SIGSEGV;
	/* x86: any access right makes a page readable; writes need VM_WRITE */
	if (write ? !(vma->vm_flags & VM_WRITE) : !vma_is_accessible(vma))
		return MMSIM_ACCESS_SIGSEGV;
	pt = cursor_table(mm, cur, addr);
	pte = pt ? pt->pte[pte_index(addr)] : 0;
	if (!pte_present(pte) || (write && !pte_write(pte))) {
		ret = handle_mm_fault(vma, addr,
				      FAULT_FLAG_USER | (write ? FAULT_FLAG_WRITE : 0));
		if (ret & VM_FAULT_ERROR)
			return vm_fault_to_signal(ret);
		pt = cursor_table(mm, cur, addr);
		pte = pt->pte[pte_index(addr)];
	}
	/* the MMU sets the accessed bit, and the dirty bit on a store */
	pte = pte_mkyoung(pte);
	if (write)
		pte = pte_mkdirty(pte);
	pt->pte[pte_index(addr)] = pte;
	*ptp = pt;
	return MMSIM_ACCESS_OK;
}

static struct folio *pte_folio(struct mm_struct *mm, pte_t pte)
{
	return pfn_folio(mm->machine, pte_pfn(pte));
}

/* What an access does to the part [off, off + n) of one page; 0 or -1 (no memory). */
typedef int (*access_fn)(struct folio *f, unsigned long off, unsigned long n,
			 void *priv);

/*
 * Walk [addr, addr + len) page by page: fault each page in for the access
 * and hand the part of it in range to @fn.  Stops at the first page that
 * faults, with that page's signal; the pages before it are done.
 */
static enum mmsim_access access_range(struct mmsim_process *p, unsigned long addr,
				      unsigned long len, bool write,
				      access_fn fn, void *priv)
{
	struct mm_struct *mm = p->mm;
	unsigned long left = len, a = addr;
	enum mmsim_access ret = MMSIM_ACCESS_OK;
	struct pt_cursor cur = { NULL, 0 };

	/* counted in bytes left, so that a range wrapping past the top faults */
	while (left) {
		unsigned long n = PAGE_SIZE - (a & ~PAGE_MASK);
		struct pgtable *pt = NULL;

		if (n > left)
			n = left;
		ret = access_page(mm, a & PAGE_MASK, write, &cur, &pt);
		if (ret)
			break;
		if (fn(pte_folio(mm, pt->pte[pte_index(a)]), a & ~PAGE_MASK, n, priv)) {
			ret = MMSIM_ACCESS_SIGBUS;	/* out of memory */
			break;
		}
		a += n;
		left -= n;
	}
	mm_debug_validate(p->machine);
	return ret;
}

static int read_chunk(struct folio *f, unsigned long off, unsigned long n,
		      void *priv)
{
	int *common = priv;

	*common = page_read_common(f, off, n, *common);
	return 0;
}

enum mmsim_access mmsim_read(struct mmsim_process *p, unsigned long addr,
			     unsigned long len, int *byte)
{
	int common = PAGE_COMMON_NONE;
	enum mmsim_access ret;

	if (!len) {
		*byte = 0;
		return MMSIM_ACCESS_OK;
	}
	ret = access_range(p, addr, len, /* write = */ false, read_chunk, &common);
	*byte = common == PAGE_COMMON_NONE ? 0 : common;
	return ret;
}

static int write_chunk(struct folio *f, unsigned long off, unsigned long n,
		       void *priv)
{
	/*
	 * A store dirties the PTE, not the folio: a shared file page becomes
	 * dirty when the fault that made it writable says so, or when the
	 * PTE's dirty bit reaches it (zap, writeback).
	 */
	return page_fill(f, off, n, *(int *)priv);
}

enum mmsim_access mmsim_write(struct mmsim_process *p, unsigned long addr,
			      unsigned long len, int byte)
{
	if (!len)
		return MMSIM_ACCESS_OK;
	return access_range(p, addr, len, /* write = */ true, write_chunk, &byte);
}
