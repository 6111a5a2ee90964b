// SPDX-License-Identifier: MIT
/*
 * Page faults, zapping, and copying page tables at fork, for anonymous
 * memory.
 */
#include <string.h>

#include "internal.h"
#include "memory.h"
#include "pgtable_walk.h"
#include "rmap.h"

struct folio *zero_folio(struct mmsim_machine *m)
{
	return pfn_folio(m, m->zero_pfn);
}

/*
 * The folio a present PTE maps, or NULL for the zero page and other
 * special mappings, which have no rmap and no refcount to keep.
 */
struct folio *vm_normal_folio(struct vm_area_struct *vma, unsigned long addr,
			      pte_t pte)
{
	struct mmsim_machine *m = vma->vm_mm->machine;

	(void)addr;
	if (!pte_present(pte) || pte_special(pte))
		return NULL;
	return pfn_folio(m, pte_pfn(pte));
}

static void copy_contents(struct folio *dst, const struct folio *src)
{
	if (src->data) {
		if (folio_materialize(dst) == 0)
			memcpy(dst->data, src->data, PAGE_SIZE);
	} else {
		dst->fill = src->fill;
	}
}

/* ---- anonymous faults --------------------------------------------------- */

/*
 * A new page joins the LRU (at once: the model has no per-CPU batches) and,
 * in a VM_LOCKED VMA, is mlocked.
 */
static void folio_add_lru_vma(struct folio *f, struct vm_area_struct *vma)
{
	folio_set(f, PG_lru);
	if (vma->vm_flags & VM_LOCKED) {
		folio_set(f, PG_mlocked);
		folio_set(f, PG_unevictable);
	}
}

/* A fault on a none PTE of a private anonymous VMA. */
static vm_fault_t do_anonymous_page(struct vm_area_struct *vma,
				    struct pgtable *pt, unsigned long addr,
				    unsigned int flags)
{
	struct mm_struct *mm = vma->vm_mm;
	struct folio *f;
	unsigned long pfn;
	pte_t pte;

	if (!(flags & FAULT_FLAG_WRITE)) {
		/* reads map the shared zero page, read-only */
		pte = pte_mkspecial(pfn_pte(mm->machine->zero_pfn, false));
		pte_store(pt, addr, pte);
		return 0;
	}
	/* allocate before anything changes: a failed fault leaves no trace */
	f = folio_alloc(mm->machine, &pfn);
	if (!f)
		return VM_FAULT_OOM;
	if (anon_vma_prepare(vma)) {
		folio_put(mm->machine, f);
		return VM_FAULT_OOM;
	}
	folio_set(f, PG_uptodate);
	folio_add_lru_vma(f, vma);
	folio_add_new_anon_rmap(f, vma, addr, /* exclusive = */ true);
	pte = pfn_pte(pfn, vma->vm_flags & VM_WRITE);
	pte = pte_mkyoung(pte_mkdirty(pte));
	pte_store(pt, addr, pte);
	return 0;
}

/* Reuse the page in place: make it writable (or, on unshare, exclusive). */
static vm_fault_t wp_page_reuse(struct vm_area_struct *vma, struct pgtable *pt,
				unsigned long addr, pte_t pte, struct folio *f,
				unsigned int flags)
{
	if (f && folio_test_anon(f)) {
		folio_set(f, PG_anon_exclusive);
		/* the folio now belongs to this VMA's anon_vma alone */
		f->mapping = vma->anon_vma;
	}
	if (flags & FAULT_FLAG_UNSHARE)
		return 0;
	pte = pte_mkyoung(pte_mkdirty(pte));
	if (vma->vm_flags & VM_WRITE)
		pte = pte_mkwrite(pte);
	pte_store(pt, addr, pte);
	return 0;
}

/*
 * Copy-on-write: give this PTE a new exclusive anonymous page with the old
 * page's contents (zeroes, for the zero page).
 */
static vm_fault_t wp_page_copy(struct vm_area_struct *vma, struct pgtable *pt,
			       unsigned long addr, pte_t old, struct folio *src,
			       unsigned int flags)
{
	struct mm_struct *mm = vma->vm_mm;
	struct folio *f;
	unsigned long pfn;
	pte_t pte;

	f = folio_alloc(mm->machine, &pfn);
	if (!f)
		return VM_FAULT_OOM;
	if (src)
		copy_contents(f, src);
	if ((src && src->data && !f->data) || anon_vma_prepare(vma)) {
		folio_put(mm->machine, f);
		return VM_FAULT_OOM;
	}
	folio_set(f, PG_uptodate);
	folio_add_lru_vma(f, vma);
	if (src) {
		folio_remove_rmap_pte(src, vma);
		folio_put(mm->machine, src);
	}
	folio_add_new_anon_rmap(f, vma, addr, /* exclusive = */ true);
	pte = pfn_pte(pfn, false);
	if (pte_soft_dirty(old))
		pte |= _PTE_SOFT_DIRTY;
	if (pte_uffd_wp(old))
		pte = pte_mkuffd_wp(pte);
	pte = pte_mkyoung(pte);
	if (!(flags & FAULT_FLAG_UNSHARE)) {
		pte = pte_mkdirty(pte);
		if (vma->vm_flags & VM_WRITE)
			pte = pte_mkwrite(pte);
	}
	pte_store(pt, addr, pte);
	return 0;
}

/*
 * May the only user of an anonymous folio write to it in place?  Only if no
 * one else holds a reference (the uncontended case of the kernel's
 * wp_can_reuse_anon_folio(); see docs on timing-dependent reuse).
 */
static bool wp_can_reuse_anon_folio(const struct folio *f)
{
	return f->refcount == 1 && !folio_test(f, PG_swapcache);
}

/* A write (or unshare) fault on a present PTE that is not writable. */
static vm_fault_t do_wp_page(struct vm_area_struct *vma, struct pgtable *pt,
			     unsigned long addr, pte_t pte, unsigned int flags)
{
	struct folio *f = vm_normal_folio(vma, addr, pte);

	if (!f)		/* the zero page */
		return wp_page_copy(vma, pt, addr, pte, NULL, flags);
	if (folio_test_anon(f)) {
		if (folio_test(f, PG_anon_exclusive) || wp_can_reuse_anon_folio(f))
			return wp_page_reuse(vma, pt, addr, pte, f, flags);
		return wp_page_copy(vma, pt, addr, pte, f, flags);
	}
	/* file pages: shared mappings write in place, private ones copy */
	if (vma->vm_flags & VM_SHARED)
		return wp_page_reuse(vma, pt, addr, pte, NULL, flags);
	return wp_page_copy(vma, pt, addr, pte, f, flags);
}

/* A fault on a PTE marker: guards are SIGSEGV, poison SIGBUS. */
static vm_fault_t handle_pte_marker(pte_t pte)
{
	unsigned long marker = pte_marker_get(pte);

	if (marker & PTE_MARKER_POISONED)
		return VM_FAULT_HWPOISON;
	if (marker & PTE_MARKER_GUARD)
		return VM_FAULT_SIGSEGV;
	/* an unknown marker: the kernel warns and raises SIGBUS */
	return VM_FAULT_SIGBUS;
}

/*
 * Resolve a fault at @addr in @vma.  The caller has checked the access
 * against the VMA's protection.
 */
vm_fault_t handle_mm_fault(struct vm_area_struct *vma, unsigned long addr,
			   unsigned int flags)
{
	struct mm_struct *mm = vma->vm_mm;
	struct pgtable *pt;
	pte_t pte;

	addr &= PAGE_MASK;
	pt = pte_table_alloc(mm, addr);
	if (!pt)
		return VM_FAULT_OOM;
	pte = pt->pte[pte_index(addr)];
	if (pte_none(pte)) {
		if (!vma_is_anonymous(vma))
			return VM_FAULT_SIGBUS;	/* files come with issue 4 */
		if (vma->vm_flags & VM_SHARED)
			return VM_FAULT_SIGBUS;
		return do_anonymous_page(vma, pt, addr, flags);
	}
	if (!pte_present(pte)) {
		if (is_pte_marker(pte))
			return handle_pte_marker(pte);
		return VM_FAULT_SIGBUS;	/* swap-in comes with swap */
	}
	if ((flags & (FAULT_FLAG_WRITE | FAULT_FLAG_UNSHARE)) && !pte_write(pte)) {
		if (flags & FAULT_FLAG_UNSHARE) {
			struct folio *f = vm_normal_folio(vma, addr, pte);

			/* only private mappings unshare; exclusive pages are done */
			if (!is_cow_mapping(vma->vm_flags) ||
			    (f && folio_test_anon(f) &&
			     folio_test(f, PG_anon_exclusive)))
				return 0;
		}
		return do_wp_page(vma, pt, addr, pte, flags);
	}
	pte = pte_mkyoung(pte);
	if (flags & FAULT_FLAG_WRITE)
		pte = pte_mkdirty(pte);
	pte_store(pt, addr, pte);
	return 0;
}

int vm_fault_to_signal(vm_fault_t ret)
{
	if (ret & VM_FAULT_SIGSEGV)
		return MMSIM_ACCESS_SIGSEGV;
	if (ret & (VM_FAULT_SIGBUS | VM_FAULT_HWPOISON | VM_FAULT_OOM))
		return MMSIM_ACCESS_SIGBUS;
	return MMSIM_ACCESS_OK;
}

int vm_fault_to_errno(vm_fault_t ret)
{
	if (ret & VM_FAULT_OOM)
		return -ENOMEM;
	if (ret & (VM_FAULT_HWPOISON | VM_FAULT_SIGBUS | VM_FAULT_SIGSEGV))
		return -EFAULT;
	return 0;
}

/* ---- zap ---------------------------------------------------------------- */

/* Does the zap drop this not-present entry? */
static bool zap_drops_nonpresent(struct vm_area_struct *vma, pte_t pte,
				 const struct zap_details *d)
{
	swp_entry_t e = pte_to_swp_entry(pte);
	unsigned long marker;

	if (!is_pte_marker_entry(e))
		return true;
	marker = e.offset & PTE_MARKER_MASK;
	if (marker & PTE_MARKER_GUARD)
		return d && d->drop_markers;
	if (marker & PTE_MARKER_POISONED)
		return !d || d->even_cows || d->drop_markers;
	/* uffd-wp markers: anonymous VMAs never keep them */
	return vma_is_anonymous(vma) || (d && d->drop_markers);
}

static void zap_pte(struct vm_area_struct *vma, struct pgtable *pt,
		    unsigned long addr, const struct zap_details *d)
{
	struct mmsim_machine *m = vma->vm_mm->machine;
	pte_t pte = pt->pte[pte_index(addr)];
	struct folio *f;

	if (pte_none(pte))
		return;
	if (!pte_present(pte)) {
		if (zap_drops_nonpresent(vma, pte, d))
			pte_store(pt, addr, 0);
		return;
	}
	f = vm_normal_folio(vma, addr, pte);
	/* COW copies in file mappings survive truncation (even_cows off) */
	if (f && d && !d->even_cows && folio_test_anon(f) &&
	    !vma_is_anonymous(vma))
		return;
	pte_store(pt, addr, 0);
	if (!f)
		return;
	if (pte_dirty(pte) && !folio_test_anon(f))
		folio_set(f, PG_dirty);
	folio_remove_rmap_pte(f, vma);
	folio_put(m, f);
}

struct zap_walk {
	struct vm_area_struct *vma;
	const struct zap_details *details;
};

static void zap_one(struct pgtable *pt, unsigned long addr, void *priv)
{
	struct zap_walk *w = priv;

	zap_pte(w->vma, pt, addr, w->details);
}

/* Zap [start, end) of @vma, skipping page tables that are not there. */
void zap_page_range(struct vm_area_struct *vma, unsigned long start,
		    unsigned long end, const struct zap_details *details)
{
	struct zap_walk w = { vma, details };

	walk_ptes(vma->vm_mm, start, end, zap_one, &w);
}

/* ---- fork --------------------------------------------------------------- */

/* What the child's PTE is for the parent's @pte; may write-protect the parent's. */
static pte_t copy_one_pte(struct vm_area_struct *dst, struct vm_area_struct *src,
			  struct pgtable *spt, unsigned long addr, pte_t pte)
{
	struct folio *f;

	if (!pte_present(pte)) {
		swp_entry_t e = pte_to_swp_entry(pte);

		if (is_pte_marker_entry(e)) {
			unsigned long marker = e.offset &
				(PTE_MARKER_POISONED | PTE_MARKER_GUARD);

			if ((dst->vm_flags & VM_UFFD_WP) &&
			    (e.offset & PTE_MARKER_UFFD_WP))
				marker |= PTE_MARKER_UFFD_WP;
			return marker ? make_pte_marker(marker) : 0;
		}
		return 0;	/* swap entries come with swap */
	}
	f = vm_normal_folio(src, addr, pte);
	if (f) {
		folio_get(f);
		if (folio_test_anon(f)) {
			folio_clear(f, PG_anon_exclusive);
			folio_add_anon_rmap_pte(f, dst);
		} else {
			f->mapcount++;
			dst->vm_mm->rss[MM_FILEPAGES]++;
		}
	}
	if (is_cow_mapping(src->vm_flags) && pte_write(pte)) {
		pte = pte_wrprotect(pte);
		pte_store(spt, addr, pte);
	}
	if (src->vm_flags & VM_SHARED)
		pte = pte_mkclean(pte);
	pte = pte_mkold(pte);
	if (!(dst->vm_flags & VM_UFFD_WP))
		pte = pte_clear_uffd_wp(pte);
	return pte;
}

int copy_page_range(struct vm_area_struct *dst, struct vm_area_struct *src)
{
	struct mm_struct *smm = src->vm_mm, *dmm = dst->vm_mm;
	unsigned long addr = src->vm_start, end = src->vm_end;

	while (addr < end) {
		unsigned long next, skip = end;
		struct pgtable *spt = pte_table_lookup(smm, addr, &skip);
		struct pgtable *dpt;

		/*
		 * A table that exists is copied even if it holds nothing, as
		 * copy_pmd_range() does: the child's pagemap_scan() shows it.
		 */
		if (!spt) {
			addr = skip < end && skip > addr ? skip : end;
			continue;
		}
		next = pte_table_end(addr, end);
		dpt = pte_table_alloc(dmm, addr);
		if (!dpt)
			return -ENOMEM;
		for (; addr < next; addr += PAGE_SIZE) {
			pte_t pte = spt->pte[pte_index(addr)];

			if (pte_none(pte))
				continue;
			pte_store(dpt, addr, copy_one_pte(dst, src, spt, addr, pte));
		}
	}
	return 0;
}
