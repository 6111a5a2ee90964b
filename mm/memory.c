// SPDX-License-Identifier: MIT
/*
 * Page faults, zapping, and copying page tables at fork.
 *
 * A fault on an empty entry of anonymous memory maps the zero page (on a
 * read, where the profile has it) or a new page; of a file mapping it goes
 * to the file's ->fault (the page cache, or shmem), after fault-around has
 * mapped what of the neighbourhood is cached already.  A write to a
 * present read-only entry reuses the page or copies it (do_wp_page).
 */
#include <string.h>

#include "fs.h"
#include "internal.h"
#include "memory.h"
#include "pgtable_walk.h"
#include "rmap.h"
#include "userfaultfd.h"

struct folio *zero_folio(struct mmsim_machine *m)
{
	return pfn_folio(m, m->zero_pfn);
}

/*
 * The page a present PTE maps, or NULL for the zero page and other special
 * mappings, which have no rmap and no refcount to keep.
 */
struct folio *vm_normal_page(struct vm_area_struct *vma, unsigned long addr,
			     pte_t pte)
{
	(void)addr;
	if (!pte_present(pte) || pte_special(pte))
		return NULL;
	return pfn_folio(vma->vm_mm->machine, pte_pfn(pte));
}

/* The folio of the page a present PTE maps, or NULL (vm_normal_page()). */
struct folio *vm_normal_folio(struct vm_area_struct *vma, unsigned long addr,
			      pte_t pte)
{
	struct folio *page = vm_normal_page(vma, addr, pte);

	return page ? page_folio(page) : NULL;
}

/*
 * How many PTEs from the one at @addr, @pte, map consecutive pages of
 * @folio, up to @end and within the page table @pt (folio_pte_batch()):
 * the PTEs of a batch may differ only in the bits a batch ignores, write,
 * dirty, young and soft-dirty.  At least 1; 1 for an order-0 folio.
 */
unsigned long folio_pte_batch(const struct folio *folio, const struct pgtable *pt,
			      unsigned long addr, unsigned long end, pte_t pte)
{
	const pte_t ignored = _PTE_WRITE | _PTE_DIRTY | _PTE_YOUNG | _PTE_SOFT_DIRTY;
	unsigned long max = folio->pfn + folio_nr_pages(folio) - pte_pfn(pte);
	unsigned long nr;

	end = pte_table_end(addr, end);
	if (max > (end - addr) >> PAGE_SHIFT)
		max = (end - addr) >> PAGE_SHIFT;
	for (nr = 1; nr < max; nr++) {
		pte_t next = pt->pte[pte_index(addr + nr * PAGE_SIZE)];

		if (pte_pfn(next) != pte_pfn(pte) + nr ||
		    ((next ^ pte) & ~(ignored | _PTE_PFN_MASK)))
			break;
	}
	return nr;
}

/*
 * The permissions a new PTE of @vma gets (vm_page_prot): private mappings
 * and shared ones whose file wants to know of the first write
 * (write-notify: disk files, for their dirty accounting) are read-only
 * until a write fault; other shared writable mappings (shmem) are writable
 * at once.
 */
bool vma_wants_writenotify(const struct vm_area_struct *vma)
{
	/* uffd-wp tracking needs the write faults */
	if (userfaultfd_wp(vma))
		return true;
	return vma->vm_ops && vma->vm_ops->page_mkwrite;
}

static bool vma_maps_writable(const struct vm_area_struct *vma)
{
	return (vma->vm_flags & (VM_SHARED | VM_WRITE)) == (VM_SHARED | VM_WRITE) &&
	       !vma_wants_writenotify(vma);
}

static pte_t mk_pte(unsigned long pfn, const struct vm_area_struct *vma)
{
	return pte_mkyoung(pfn_pte(pfn, vma_maps_writable(vma)));
}

/* ---- anonymous faults --------------------------------------------------- */

/*
 * A new page joins the LRU (at once: the model has no per-CPU batches) and,
 * in a locked VMA, is mlocked with its one lock counted.
 */
static void folio_add_lru_vma(struct folio *f, struct vm_area_struct *vma)
{
	if ((vma->vm_flags & (VM_LOCKED | VM_SPECIAL)) == VM_LOCKED)
		mlock_new_folio(f);
	else
		folio_set(f, PG_lru);
}

/* A fault on a none PTE of a private anonymous VMA. */
static vm_fault_t do_anonymous_page(struct vm_fault *vmf)
{
	struct vm_area_struct *vma = vmf->vma;
	struct mm_struct *mm = vma->vm_mm;
	unsigned long addr = vmf->address;
	struct folio *f;
	unsigned long pfn;
	pte_t pte;

	if (!(vmf->flags & FAULT_FLAG_WRITE) && mm->machine->profile.zero_page) {
		if (userfaultfd_missing(vma))
			return handle_userfault(vmf, VM_UFFD_MISSING);
		/* reads map the shared zero page, read-only */
		pte = pte_mkspecial(pfn_pte(mm->machine->zero_pfn, false));
		pte_store(vmf->pt, addr, pte);
		return 0;
	}
	/*
	 * A write, or a read where the kernel forbids the zero page
	 * (mm_forbids_zeropage()): the process gets a page of its own, made
	 * exactly as for a write, writable at once if the VMA is.
	 *
	 * Allocate before anything changes: a failed fault leaves no trace.
	 */
	f = folio_alloc(mm->machine, &pfn);
	if (!f)
		return VM_FAULT_OOM;
	if (anon_vma_prepare(vma)) {
		folio_put(mm->machine, f);
		return VM_FAULT_OOM;
	}
	/* as in the kernel, the page is made (and the anon_vma stays) first */
	if (userfaultfd_missing(vma)) {
		folio_put(mm->machine, f);
		return handle_userfault(vmf, VM_UFFD_MISSING);
	}
	folio_set(f, PG_uptodate);
	folio_add_lru_vma(f, vma);
	folio_add_new_anon_rmap(f, vma, addr, /* exclusive = */ true);
	pte = pte_mkyoung(pfn_pte(pfn, vma->vm_flags & VM_WRITE));
	if (vma->vm_flags & VM_WRITE)
		pte = pte_mkdirty(pte);
	pte_store(vmf->pt, addr, pte);
	return 0;
}

/* ---- write faults on present entries --------------------------------------- */

/* Reuse the page in place: make it writable (or, on unshare, exclusive). */
static vm_fault_t wp_page_reuse(struct vm_fault *vmf, struct folio *page)
{
	struct vm_area_struct *vma = vmf->vma;
	pte_t pte = vmf->orig_pte;

	if (page && folio_test_anon(page)) {
		folio_set(page, PG_anon_exclusive);
		/* the folio now belongs to this VMA's anon_vma alone */
		page->mapping = vma->anon_vma;
	}
	if (vmf->flags & FAULT_FLAG_UNSHARE)
		return 0;
	pte = pte_mkyoung(pte_mkdirty(pte));
	if (vma->vm_flags & VM_WRITE)
		pte = pte_mkwrite(pte);
	pte_store(vmf->pt, vmf->address, pte);
	return 0;
}

/*
 * Copy-on-write: give this PTE a new exclusive anonymous page with the
 * contents of @src (zeroes, for the zero page).  A file page's mapping is
 * replaced: RSS moves from the file to anonymous memory.
 */
static vm_fault_t wp_page_copy(struct vm_fault *vmf, struct folio *src)
{
	struct vm_area_struct *vma = vmf->vma;
	struct mmsim_machine *m = vma->vm_mm->machine;
	pte_t old = vmf->orig_pte, pte;
	unsigned long pfn;
	struct folio *f;

	f = folio_alloc(m, &pfn);
	if (!f)
		return VM_FAULT_OOM;
	if ((src && page_copy(f, src)) || anon_vma_prepare(vma)) {
		folio_put(m, f);
		return VM_FAULT_OOM;
	}
	folio_set(f, PG_uptodate);
	folio_add_lru_vma(f, vma);
	if (src) {
		if (pte_dirty(old) && !folio_test_anon(page_folio(src)))
			folio_mark_dirty(page_folio(src));
		folio_remove_rmap_pte(src, vma);
		folio_put(m, page_folio(src));
	}
	folio_add_new_anon_rmap(f, vma, vmf->address, /* exclusive = */ true);
	pte = pfn_pte(pfn, false);
	if (pte_soft_dirty(old))
		pte |= _PTE_SOFT_DIRTY;
	if (pte_uffd_wp(old))
		pte = pte_mkuffd_wp(pte);
	pte = pte_mkyoung(pte);
	if (!(vmf->flags & FAULT_FLAG_UNSHARE)) {
		pte = pte_mkdirty(pte);
		if (vma->vm_flags & VM_WRITE)
			pte = pte_mkwrite(pte);
	} else if (m->profile.unshare_copy_dirty) {
		/* read-only still, but some kernel builds leave it dirty */
		pte = pte_mkdirty(pte);
	}
	pte_store(vmf->pt, vmf->address, pte);
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

/*
 * A write to a shared mapping's read-only page: the file is told
 * (page_mkwrite), the page becomes writable and the folio dirty.
 */
static vm_fault_t wp_page_shared(struct vm_fault *vmf, struct folio *page)
{
	struct vm_area_struct *vma = vmf->vma;
	struct folio *folio = page_folio(page);

	if (vma->vm_ops->page_mkwrite) {
		vm_fault_t ret;

		vmf->page = page;
		ret = vma->vm_ops->page_mkwrite(vmf);
		if (ret & VM_FAULT_ERROR)
			return ret;
	}
	wp_page_reuse(vmf, NULL);
	folio_mark_dirty(folio);
	return 0;
}

/* A write (or unshare) fault on a present PTE that is not writable. */
static vm_fault_t do_wp_page(struct vm_fault *vmf)
{
	struct vm_area_struct *vma = vmf->vma;
	struct folio *page = vm_normal_page(vma, vmf->address, vmf->orig_pte);

	if (vma->vm_flags & (VM_SHARED | VM_MAYSHARE)) {
		if (!page)
			return wp_page_reuse(vmf, NULL);
		return wp_page_shared(vmf, page);
	}
	if (page && folio_test_anon(page) &&
	    (folio_test(page, PG_anon_exclusive) || wp_can_reuse_anon_folio(page)))
		return wp_page_reuse(vmf, page);
	/* the zero page, a file page, or a shared anonymous page: copy */
	return wp_page_copy(vmf, page);
}

/* ---- faults on file mappings ----------------------------------------------- */

/*
 * Map @nr pages of @folio from page @page at @addr (set_pte_range()): the
 * PTEs take @vma's permissions, and on a write fault the dirty bit and,
 * where the mapping allows, write permission.
 */
static void set_pte_range(struct vm_fault *vmf, struct folio *folio,
			  unsigned long page, unsigned long nr, unsigned long addr)
{
	struct vm_area_struct *vma = vmf->vma;
	struct mmsim_machine *m = vma->vm_mm->machine;
	bool write = vmf->flags & FAULT_FLAG_WRITE;
	unsigned long i;

	for (i = 0; i < nr; i++) {
		struct folio *p = folio_page(m, folio, page + i);
		pte_t pte = mk_pte(p->pfn, vma);

		if (write) {
			pte = pte_mkdirty(pte);
			if (vma->vm_flags & VM_WRITE)
				pte = pte_mkwrite(pte);
		} else if (pte_write(pte) && folio_test(folio, PG_dirty)) {
			pte = pte_mkdirty(pte);
		}
		pte_store(vmf->pt, addr + i * PAGE_SIZE, pte);
	}
	folio_add_file_rmap_ptes(folio, folio_page(m, folio, page), nr, vma);
	folio->refcount += (int)nr;
}

static unsigned long vma_pgoff_addr(const struct vm_area_struct *vma,
				    unsigned long pgoff)
{
	return vma->vm_start + ((pgoff - vma->vm_pgoff) << PAGE_SHIFT);
}

/*
 * Map the cached, up-to-date folios of [start_pgoff, end_pgoff] into the
 * empty entries of the PTE table (the ->map_pages of both file kinds).  A
 * large folio is mapped whole where it lies within the VMA and one page
 * table, and (but for shmem) below the end of file.  Folios marked for
 * readahead are left for the fault that should start it.  Returns
 * VM_FAULT_NOPAGE if the faulting page got mapped.
 */
vm_fault_t filemap_map_pages(struct vm_fault *vmf, unsigned long start_pgoff,
			     unsigned long end_pgoff)
{
	struct vm_area_struct *vma = vmf->vma;
	struct file *file = vma->vm_file;
	struct address_space *mapping = file->f_mapping;
	struct inode *inode = mapping->host;
	unsigned long index = start_pgoff, file_end, hits = 0;
	unsigned long pt_start = vmf->address & ~(PMD_SIZE - 1);
	vm_fault_t ret = 0;
	struct folio *folio;
	bool first_folio = true;

	if (!inode->i_size)
		return 0;
	file_end = i_size_pages(inode) - 1;
	if (end_pgoff > file_end)
		end_pgoff = file_end;
	while (index <= end_pgoff &&
	       (folio = xa_find(&mapping->i_pages, &index, end_pgoff))) {
		unsigned long first = index, last, next = folio->index + folio_nr_pages(folio);
		bool whole;

		if (!folio_test(folio, PG_uptodate) || folio_test(folio, PG_readahead))
			goto skip;
		/*
		 * A PTE table this fault is the first to need is set up only
		 * by a first folio that may be mapped large (6.18's
		 * filemap_map_pages()); otherwise nothing is mapped around,
		 * and the fault maps what it finds by itself.
		 */
		if (vmf->pt_fresh && first_folio && !shmem_mapping(mapping) &&
		    file_end < next)
			return 0;
		first_folio = false;
		last = next - 1 < end_pgoff ? next - 1 : end_pgoff;
		whole = folio_test_large(folio) &&
			(shmem_mapping(mapping) || file_end >= next) &&
			folio->index >= vma->vm_pgoff &&
			vma_pgoff_addr(vma, next) <= vma->vm_end &&
			(vma_pgoff_addr(vma, folio->index) & ~(PMD_SIZE - 1)) == pt_start &&
			((vma_pgoff_addr(vma, next) - 1) & ~(PMD_SIZE - 1)) == pt_start;
		if (whole) {
			first = folio->index;
			last = next - 1;
		}
		/* each run of empty entries is mapped by one batch */
		while (first <= last) {
			unsigned long addr = vma_pgoff_addr(vma, first), nr = 0;

			while (first + nr <= last &&
			       pte_none(vmf->pt->pte[pte_index(addr + nr * PAGE_SIZE)]))
				nr++;
			if (!nr) {
				first++;
				continue;
			}
			set_pte_range(vmf, folio, first - folio->index, nr, addr);
			if (!folio_test(folio, PG_workingset))
				hits += nr;
			if (vmf->address >= addr && vmf->address < addr + nr * PAGE_SIZE)
				ret = VM_FAULT_NOPAGE;
			first += nr;
		}
skip:
		index = next;
		if (!index)
			break;
	}
	file->f_ra.mmap_miss = file->f_ra.mmap_miss > hits ?
			       file->f_ra.mmap_miss - (unsigned int)hits : 0;
	return ret;
}

/*
 * Fault-around: map the cached pages of the fault_around_bytes window
 * around a read fault, the window aligned in the virtual address space
 * and clamped to the VMA and the page table.
 */
static vm_fault_t do_fault_around(struct vm_fault *vmf)
{
	struct vm_area_struct *vma = vmf->vma;
	unsigned long nr = vma->vm_mm->machine->profile.fault_around_bytes >> PAGE_SHIFT;
	unsigned long pte_off = pte_index(vmf->address);
	unsigned long vma_off = vmf->pgoff - vma->vm_pgoff;
	unsigned long from, to;

	from = pte_off & ~(nr - 1);
	if (from < pte_off - (pte_off < vma_off ? pte_off : vma_off))
		from = pte_off - (pte_off < vma_off ? pte_off : vma_off);
	to = from + nr;
	if (to > PTRS_PER_TABLE)
		to = PTRS_PER_TABLE;
	if (to > pte_off + vma_pages(vma) - vma_off)
		to = pte_off + vma_pages(vma) - vma_off;
	return vma->vm_ops->map_pages(vmf, vmf->pgoff + from - pte_off,
				      vmf->pgoff + to - 1 - pte_off);
}

static bool should_fault_around(const struct vm_fault *vmf)
{
	const struct vm_area_struct *vma = vmf->vma;

	if (!vma->vm_ops->map_pages)
		return false;
	if (vma->vm_flags & (VM_UFFD_WP | VM_UFFD_MINOR))
		return false;
	return (vma->vm_mm->machine->profile.fault_around_bytes >> PAGE_SHIFT) > 1;
}

/* The file's ->fault: vmf->page, with a reference on its folio. */
static vm_fault_t __do_fault(struct vm_fault *vmf)
{
	return vmf->vma->vm_ops->fault(vmf);
}

static bool pte_range_none(const struct pgtable *pt, unsigned long addr,
			   unsigned long nr)
{
	unsigned long i;

	for (i = 0; i < nr; i++)
		if (!pte_none(pt->pte[pte_index(addr + i * PAGE_SIZE)]))
			return false;
	return true;
}

/*
 * Map the page ->fault found (finish_fault()): a large folio whole, where
 * it lies within the VMA and the page table, does not reach past the end
 * of file (shmem aside) and finds its entries empty; else the one page.
 */
static vm_fault_t finish_fault(struct vm_fault *vmf)
{
	struct vm_area_struct *vma = vmf->vma;
	struct folio *folio = page_folio(vmf->page);
	unsigned long idx = vmf->page->pfn - folio->pfn, nr = folio_nr_pages(folio);
	unsigned long addr = vmf->address - idx * PAGE_SIZE;
	struct address_space *mapping = vma->vm_file->f_mapping;

	if (nr > 1 && !(vma->vm_flags & (VM_UFFD_MISSING | VM_UFFD_WP | VM_UFFD_MINOR)) &&
	    vmf->address >= vma->vm_start + idx * PAGE_SIZE &&
	    addr + nr * PAGE_SIZE <= vma->vm_end &&
	    (addr & ~(PMD_SIZE - 1)) == ((addr + nr * PAGE_SIZE - 1) & ~(PMD_SIZE - 1)) &&
	    (shmem_mapping(mapping) ||
	     folio->index + nr <= i_size_pages(mapping->host)) &&
	    pte_range_none(vmf->pt, addr, nr)) {
		set_pte_range(vmf, folio, 0, nr, addr);
		return 0;
	}
	set_pte_range(vmf, folio, idx, 1, vmf->address);
	return 0;
}

static vm_fault_t do_read_fault(struct vm_fault *vmf)
{
	struct mmsim_machine *m = vmf->vma->vm_mm->machine;
	vm_fault_t ret;

	if (should_fault_around(vmf)) {
		ret = do_fault_around(vmf);
		if (ret)
			return ret;
	}
	ret = __do_fault(vmf);
	if (ret & (VM_FAULT_ERROR | VM_FAULT_RETRY))
		return ret;
	ret = finish_fault(vmf);
	folio_put(m, page_folio(vmf->page));
	return ret;
}

/* A write to a private file mapping: copy the file page into a new anonymous page. */
static vm_fault_t do_cow_fault(struct vm_fault *vmf)
{
	struct vm_area_struct *vma = vmf->vma;
	struct mmsim_machine *m = vma->vm_mm->machine;
	struct folio *f;
	unsigned long pfn;
	vm_fault_t ret;

	if (anon_vma_prepare(vma))
		return VM_FAULT_OOM;
	f = folio_alloc(m, &pfn);
	if (!f)
		return VM_FAULT_OOM;
	ret = __do_fault(vmf);
	if (ret & (VM_FAULT_ERROR | VM_FAULT_RETRY)) {
		folio_put(m, f);
		return ret;
	}
	if (page_copy(f, vmf->page)) {
		folio_put(m, page_folio(vmf->page));
		folio_put(m, f);
		return VM_FAULT_OOM;
	}
	folio_put(m, page_folio(vmf->page));
	folio_set(f, PG_uptodate);
	folio_add_new_anon_rmap(f, vma, vmf->address, /* exclusive = */ true);
	folio_add_lru_vma(f, vma);
	pte_store(vmf->pt, vmf->address,
		  pte_mkyoung(pte_mkdirty(pfn_pte(pfn, vma->vm_flags & VM_WRITE))));
	return 0;
}

/* A write to a shared file mapping: the page cache page, made dirty. */
static vm_fault_t do_shared_fault(struct vm_fault *vmf)
{
	struct vm_area_struct *vma = vmf->vma;
	struct mmsim_machine *m = vma->vm_mm->machine;
	struct folio *folio;
	vm_fault_t ret;

	ret = __do_fault(vmf);
	if (ret & (VM_FAULT_ERROR | VM_FAULT_RETRY))
		return ret;
	folio = page_folio(vmf->page);
	if (vma->vm_ops->page_mkwrite) {
		ret = vma->vm_ops->page_mkwrite(vmf);
		if (ret & VM_FAULT_ERROR) {
			folio_put(m, folio);
			return ret;
		}
	}
	finish_fault(vmf);
	folio_mark_dirty(folio);
	folio_put(m, folio);
	return 0;
}

static vm_fault_t do_fault(struct vm_fault *vmf)
{
	struct vm_area_struct *vma = vmf->vma;

	if (!vma->vm_ops || !vma->vm_ops->fault)
		return VM_FAULT_SIGBUS;
	if (!(vmf->flags & FAULT_FLAG_WRITE))
		return do_read_fault(vmf);
	if (!(vma->vm_flags & VM_SHARED))
		return do_cow_fault(vmf);
	return do_shared_fault(vmf);
}

/* ---- the fault entry ------------------------------------------------------- */

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

static vm_fault_t __handle_mm_fault(struct vm_area_struct *vma,
				    unsigned long addr, unsigned int flags,
				    bool pt_fresh)
{
	struct vm_fault vmf = {
		.vma = vma,
		.address = addr & PAGE_MASK,
		.flags = flags,
	};
	pte_t pte;

	vmf.pgoff = linear_page_index(vma, vmf.address);
	vmf.pt_fresh = pt_fresh;
	vmf.pt = pte_table_alloc(vma->vm_mm, vmf.address);
	if (!vmf.pt)
		return VM_FAULT_OOM;
	pte = vmf.orig_pte = vmf.pt->pte[pte_index(vmf.address)];
	if (pte_none(pte)) {
		if (vma_is_anonymous(vma))
			return do_anonymous_page(&vmf);
		return do_fault(&vmf);
	}
	if (!pte_present(pte)) {
		if (is_pte_marker(pte))
			return handle_pte_marker(pte);
		return VM_FAULT_SIGBUS;	/* swap-in comes with swap */
	}
	if ((flags & (FAULT_FLAG_WRITE | FAULT_FLAG_UNSHARE)) && !pte_write(pte)) {
		if (flags & FAULT_FLAG_UNSHARE) {
			struct folio *page = vm_normal_page(vma, vmf.address, pte);

			/* only private mappings unshare; exclusive pages are done */
			if (!is_cow_mapping(vma->vm_flags) ||
			    (page && folio_test_anon(page) &&
			     folio_test(page, PG_anon_exclusive)))
				return 0;
		}
		return do_wp_page(&vmf);
	}
	pte = pte_mkyoung(pte);
	if (flags & FAULT_FLAG_WRITE)
		pte = pte_mkdirty(pte);
	pte_store(vmf.pt, vmf.address, pte);
	return 0;
}

/*
 * Resolve a fault at @addr in @vma.  The caller has checked the access
 * against the VMA's protection.  A fault that had to read the file in is
 * made again, as the kernel retries it once the I/O is done: the second
 * try finds the page cache filled and maps around the fault.
 */
vm_fault_t handle_mm_fault(struct vm_area_struct *vma, unsigned long addr,
			   unsigned int flags)
{
	struct mm_struct *mm = vma->vm_mm;
	bool fresh = !pte_table_lookup(mm, addr, NULL);
	vm_fault_t ret = __handle_mm_fault(vma, addr, flags, fresh);

	/*
	 * The kernel installs a PTE table for a file fault only when it maps
	 * something into it: a try that mapped nothing leaves none behind.
	 * An anonymous fault installs its table first (a fault that a
	 * userfaultfd refuses leaves it).
	 */
	fresh = fresh && !vma_is_anonymous(vma) && pte_table_free_empty(mm, addr);
	if (ret & VM_FAULT_RETRY) {
		ret = __handle_mm_fault(vma, addr, flags | FAULT_FLAG_TRIED, fresh);
		if (fresh)
			pte_table_free_empty(mm, addr);
	}
	return ret & ~VM_FAULT_RETRY;
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

/*
 * Clear the entry at @addr: a page's mapping goes, with its reference, its
 * dirty bit passing to a file folio.  The PTEs after it, up to @end, that
 * map the rest of a large folio's batch go with it, their rmap removed at
 * once (zap_present_ptes()): it takes one mlock for them all.  COW copies
 * in file mappings are kept unless the caller wants them gone (even_cows).
 */
static void zap_pte(struct vm_area_struct *vma, struct pgtable *pt,
		    unsigned long addr, unsigned long end,
		    const struct zap_details *d)
{
	struct mmsim_machine *m = vma->vm_mm->machine;
	pte_t pte = pt->pte[pte_index(addr)];
	struct folio *page, *folio;
	unsigned long nr, i;

	if (pte_none(pte))
		return;
	if (!pte_present(pte)) {
		if (zap_drops_nonpresent(vma, pte, d))
			pte_store(pt, addr, 0);
		return;
	}
	page = vm_normal_page(vma, addr, pte);
	folio = page ? page_folio(page) : NULL;
	if (folio && d && !d->even_cows && folio_test_anon(folio))
		return;
	if (!folio) {
		pte_store(pt, addr, 0);
		return;
	}
	nr = folio_pte_batch(folio, pt, addr, end, pte);
	for (i = 0; i < nr; i++) {
		unsigned long a = addr + i * PAGE_SIZE;
		pte_t e = pt->pte[pte_index(a)];

		pte_store(pt, a, 0);
		if (folio_test_anon(folio))
			continue;
		if (pte_dirty(e))
			folio_mark_dirty(folio);
		if (pte_young(e))
			folio_set(folio, PG_referenced);
	}
	folio_remove_rmap_ptes(folio, page, nr, vma);
	folio_put_refs(m, folio, (int)nr);
}

struct zap_walk {
	struct vm_area_struct *vma;
	unsigned long end;
	const struct zap_details *details;
};

static void zap_one(struct pgtable *pt, unsigned long addr, void *priv)
{
	struct zap_walk *w = priv;

	zap_pte(w->vma, pt, addr, w->end, w->details);
}

/* Zap [start, end) of @vma, skipping page tables that are not there. */
void zap_page_range(struct vm_area_struct *vma, unsigned long start,
		    unsigned long end, const struct zap_details *details)
{
	struct zap_walk w = { vma, end, details };

	walk_ptes(vma->vm_mm, start, end, zap_one, &w);
}

/* ---- fork --------------------------------------------------------------- */

/* What the child's PTE is for the parent's @pte; may write-protect the parent's. */
static pte_t copy_one_pte(struct vm_area_struct *dst, struct vm_area_struct *src,
			  struct pgtable *spt, unsigned long addr, pte_t pte)
{
	struct folio *page;

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
	page = vm_normal_page(src, addr, pte);
	/* the child's VMA is never locked (dup_mmap()): it adds no mlocks */
	if (page) {
		folio_get(page_folio(page));
		if (folio_test_anon(page)) {
			folio_clear(page, PG_anon_exclusive);
			folio_add_anon_rmap_pte(page, dst);
		} else {
			folio_add_file_rmap_pte(page, dst);
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
