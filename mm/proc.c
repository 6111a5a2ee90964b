// SPDX-License-Identifier: MIT
/*
 * The /proc views: maps, smaps, pagemap, kpagecount and kpageflags, as
 * fs/proc/task_mmu.c and fs/proc/page.c render them in 6.18.
 */
#include <stdio.h>
#include <string.h>

#include "fs.h"
#include "internal.h"
#include "memory.h"
#include "mm.h"
#include "pgtable_walk.h"
#include "userfaultfd.h"
#include "vma.h"

#define PM_SOFT_DIRTY		(1ULL << 55)
#define PM_MMAP_EXCLUSIVE	(1ULL << 56)
#define PM_UFFD_WP		(1ULL << 57)
#define PM_GUARD_REGION		(1ULL << 58)
#define PM_FILE			(1ULL << 61)
#define PM_SWAP			(1ULL << 62)
#define PM_PRESENT		(1ULL << 63)
#define PM_PFRAME_MASK		((1ULL << 55) - 1)
#define MAX_SWAPFILES_SHIFT	5

bool mmsim_vma(struct mmsim_process *p, unsigned long addr,
	       unsigned long *start, unsigned long *end)
{
	struct vm_area_struct *vma = vma_lookup(p->mm, addr);

	if (!vma)
		return false;
	*start = vma->vm_start;
	*end = vma->vm_end;
	return true;
}

static void prot_string(const struct vm_area_struct *vma, char out[5])
{
	out[0] = vma->vm_flags & VM_READ ? 'r' : '-';
	out[1] = vma->vm_flags & VM_WRITE ? 'w' : '-';
	out[2] = vma->vm_flags & VM_EXEC ? 'x' : '-';
	out[3] = vma->vm_flags & VM_MAYSHARE ? 's' : 'p';
	out[4] = '\0';
}

bool mmsim_vma_prot(struct mmsim_process *p, unsigned long addr, char out[5])
{
	struct vm_area_struct *vma = vma_lookup(p->mm, addr);

	if (!vma)
		return false;
	prot_string(vma, out);
	return true;
}

/* VmFlags mnemonics, in the order show_smap_vma_flags() prints them */
static const struct {
	vm_flags_t flag;
	const char *name;
} vmflag_names[] = {
	{ VM_READ, "rd" }, { VM_WRITE, "wr" }, { VM_EXEC, "ex" },
	{ VM_SHARED, "sh" }, { VM_MAYREAD, "mr" }, { VM_MAYWRITE, "mw" },
	{ VM_MAYEXEC, "me" }, { VM_MAYSHARE, "ms" }, { VM_GROWSDOWN, "gd" },
	{ VM_PFNMAP, "pf" }, { VM_MAYBE_GUARD, "gu" }, { VM_LOCKED, "lo" },
	{ VM_IO, "io" }, { VM_SEQ_READ, "sr" }, { VM_RAND_READ, "rr" },
	{ VM_DONTCOPY, "dc" }, { VM_DONTEXPAND, "de" },
	{ VM_LOCKONFAULT, "lf" }, { VM_ACCOUNT, "ac" },
	{ VM_NORESERVE, "nr" }, { VM_HUGETLB, "ht" }, { VM_SYNC, "sf" },
	{ VM_WIPEONFORK, "wf" }, { VM_DONTDUMP, "dd" },
	{ VM_SOFTDIRTY, "sd" }, { VM_MIXEDMAP, "mm" }, { VM_HUGEPAGE, "hg" },
	{ VM_NOHUGEPAGE, "nh" }, { VM_MERGEABLE, "mg" },
	{ VM_UFFD_MISSING, "um" }, { VM_UFFD_WP, "uw" },
	{ VM_UFFD_MINOR, "ui" }, { VM_DROPPABLE, "dp" }, { VM_SEALED, "sl" },
};

int mmsim_vmflag(struct mmsim_process *p, unsigned long addr,
		 const char *mnemonic)
{
	struct vm_area_struct *vma = vma_lookup(p->mm, addr);
	size_t i;

	if (!vma)
		return -1;
	for (i = 0; i < sizeof(vmflag_names) / sizeof(vmflag_names[0]); i++)
		if (!strcmp(vmflag_names[i].name, mnemonic))
			return (vma->vm_flags & vmflag_names[i].flag) ? 1 : 0;
	return 0;
}

/* ---- smaps -------------------------------------------------------------- */

#define PSS_SHIFT	12

struct mem_size_stats {
	unsigned long resident, shared_clean, shared_dirty, private_clean,
		      private_dirty, referenced, anonymous, lazyfree, ksm, swap;
	uint64_t pss, pss_dirty, pss_locked;
};

static void smaps_page_accumulate(struct mem_size_stats *mss,
				  const struct folio *f, unsigned long size,
				  uint64_t pss, bool dirty, bool locked,
				  bool private)
{
	mss->pss += pss;
	if (locked)
		mss->pss_locked += pss;
	if (dirty || folio_test(f, PG_dirty)) {
		mss->pss_dirty += pss;
		if (private)
			mss->private_dirty += size;
		else
			mss->shared_dirty += size;
	} else {
		if (private)
			mss->private_clean += size;
		else
			mss->shared_clean += size;
	}
}

static void smaps_pte(struct mem_size_stats *mss, struct vm_area_struct *vma,
		      unsigned long addr, pte_t pte)
{
	bool locked = vma->vm_flags & VM_LOCKED;
	struct folio *page, *f;
	bool dirty;

	if (!pte_present(pte))
		return;		/* markers are not counted; swap comes with swap */
	page = vm_normal_page(vma, addr, pte);
	if (!page)
		return;		/* the zero page is not counted */
	f = page_folio(page);
	dirty = pte_dirty(pte);
	if (folio_test_anon(f)) {
		mss->anonymous += PAGE_SIZE;
		if (!folio_test(f, PG_swapbacked) && !dirty &&
		    !folio_test(f, PG_dirty))
			mss->lazyfree += PAGE_SIZE;
	}
	mss->resident += PAGE_SIZE;
	if (pte_young(pte) || folio_test(f, PG_referenced))
		mss->referenced += PAGE_SIZE;
	if (f->refcount == 1) {
		smaps_page_accumulate(mss, f, PAGE_SIZE,
				      (uint64_t)PAGE_SIZE << PSS_SHIFT, dirty,
				      locked, true);
		return;
	}
	/* the page's own mapcount decides: shared if mapped twice anywhere */
	smaps_page_accumulate(mss, f, PAGE_SIZE,
			      ((uint64_t)PAGE_SIZE << PSS_SHIFT) /
			      (page->mapcount >= 2 ? (unsigned)page->mapcount : 1),
			      dirty, locked, page->mapcount < 2);
}

struct smaps_walk {
	struct mem_size_stats *mss;
	struct vm_area_struct *vma;
};

static void smaps_one(struct pgtable *pt, unsigned long addr, void *priv)
{
	struct smaps_walk *w = priv;

	smaps_pte(w->mss, w->vma, addr, pt->pte[pte_index(addr)]);
}

static void smaps_gather(struct vm_area_struct *vma, struct mem_size_stats *mss)
{
	struct smaps_walk w = { mss, vma };

	memset(mss, 0, sizeof(*mss));
	walk_ptes(vma->vm_mm, vma->vm_start, vma->vm_end, smaps_one, &w);
}

/*
 * THPeligible (thp_vma_allowable_orders(..., TVA_SMAPS, THP_ORDERS_ALL)):
 * whether any anonymous THP size, the PMD size or an mTHP one (orders 2
 * and up), is allowed in the VMA, by its own setting or by inheriting the
 * global one, and fits: the VMA holds an aligned range of that size.
 */
static bool thp_eligible(const struct vm_area_struct *vma)
{
	const struct mmsim_profile *pf = &vma->vm_mm->machine->profile;
	int order;

	if (!vma_is_anonymous(vma) || (vma->vm_flags & (VM_NOHUGEPAGE | VM_SPECIAL | VM_HUGETLB)))
		return false;
	if (vma->vm_flags & VM_SHARED)
		return false;
	for (order = MMSIM_THP_PMD_ORDER; order >= 2; order--) {
		unsigned long size = PAGE_SIZE << order;

		switch (mmsim_profile_thp_order(pf, order)) {
		case MMSIM_THP_ALWAYS:
			break;
		case MMSIM_THP_MADVISE:
			if (vma->vm_flags & VM_HUGEPAGE)
				break;
			continue;
		default:
			continue;
		}
		if (((vma->vm_start + size - 1) & ~(size - 1)) + size <= vma->vm_end)
			return true;
	}
	return false;
}

/* The field as smaps prints it, in bytes (kB fields times 1024). */
long mmsim_smaps(struct mmsim_process *p, unsigned long addr, const char *field)
{
	struct vm_area_struct *vma = vma_lookup(p->mm, addr);
	struct mem_size_stats mss;
	size_t i;

	if (!vma)
		return -EFAULT;
	smaps_gather(vma, &mss);
	{
/* proportional sums are kept in 1/4096ths of a byte and printed in whole kB */
#define PSS_KB(x)	((long)((((x) >> PSS_SHIFT) >> 10) << 10))
		const struct {
			const char *name;
			long value;
		} fields[] = {
			{ "Size", (long)(vma->vm_end - vma->vm_start) },
			{ "KernelPageSize", PAGE_SIZE }, { "MMUPageSize", PAGE_SIZE },
			{ "Rss", (long)mss.resident }, { "Pss", PSS_KB(mss.pss) },
			{ "Pss_Dirty", PSS_KB(mss.pss_dirty) },
			{ "Shared_Clean", (long)mss.shared_clean },
			{ "Shared_Dirty", (long)mss.shared_dirty },
			{ "Private_Clean", (long)mss.private_clean },
			{ "Private_Dirty", (long)mss.private_dirty },
			{ "Referenced", (long)mss.referenced },
			{ "Anonymous", (long)mss.anonymous }, { "KSM", (long)mss.ksm },
			{ "LazyFree", (long)mss.lazyfree }, { "AnonHugePages", 0 },
			{ "ShmemPmdMapped", 0 }, { "FilePmdMapped", 0 },
			{ "Shared_Hugetlb", 0 }, { "Private_Hugetlb", 0 },
			{ "Swap", (long)mss.swap }, { "SwapPss", 0 },
			{ "Locked", PSS_KB(mss.pss_locked) },
			{ "THPeligible", thp_eligible(vma) },
		};
#undef PSS_KB

		for (i = 0; i < sizeof(fields) / sizeof(fields[0]); i++)
			if (!strcmp(fields[i].name, field))
				return fields[i].value;
	}
	return -ENOENT;
}

/* ---- pagemap ------------------------------------------------------------ */

uint64_t mmsim_pagemap(struct mmsim_process *p, unsigned long addr)
{
	struct mm_struct *mm = p->mm;
	struct vm_area_struct *vma = vma_lookup(mm, addr);
	struct folio *f = NULL;
	uint64_t flags = 0, frame = 0;
	pte_t pte;

	if (!vma)
		return 0;
	pte = pte_get(mm, addr & PAGE_MASK);
	if (pte_present(pte)) {
		frame = pte_pfn(pte);
		flags |= PM_PRESENT;
		f = vm_normal_page(vma, addr, pte);
		if (pte_soft_dirty(pte))
			flags |= PM_SOFT_DIRTY;
		if (pte_uffd_wp(pte))
			flags |= PM_UFFD_WP;
	} else if (is_swap_pte(pte)) {
		swp_entry_t e = pte_to_swp_entry(pte);

		if (pte_swp_soft_dirty(pte))
			flags |= PM_SOFT_DIRTY;
		if (pte_swp_uffd_wp(pte))
			flags |= PM_UFFD_WP;
		frame = e.type | (e.offset << MAX_SWAPFILES_SHIFT);
		flags |= PM_SWAP;
		if (is_pte_marker_entry(e)) {
			if (e.offset & PTE_MARKER_UFFD_WP)
				flags |= PM_UFFD_WP;
			if (e.offset & PTE_MARKER_GUARD)
				flags |= PM_GUARD_REGION;
		}
	}
	if (f) {
		if (!folio_test_anon(page_folio(f)))
			flags |= PM_FILE;
		/* the page's mapcount: mapped once, by this entry */
		if ((flags & PM_PRESENT) && f->mapcount == 1)
			flags |= PM_MMAP_EXCLUSIVE;
	}
	if (vma->vm_flags & VM_SOFTDIRTY)
		flags |= PM_SOFT_DIRTY;
	/* without CONFIG_MEM_SOFT_DIRTY the bit is never reported */
	if (!mm->machine->profile.soft_dirty)
		flags &= ~PM_SOFT_DIRTY;
	return flags | (frame & PM_PFRAME_MASK);
}

long mmsim_frame(struct mmsim_process *p, unsigned long addr)
{
	pte_t pte;

	if (!vma_lookup(p->mm, addr))
		return -1;
	pte = pte_get(p->mm, addr & PAGE_MASK);
	return pte_present(pte) ? (long)pte_pfn(pte) : -1;
}

/* ---- PAGEMAP_SCAN -------------------------------------------------------- */

#define PM_SCAN_CATEGORIES	(PAGE_IS_WPALLOWED | PAGE_IS_WRITTEN |	\
				 PAGE_IS_FILE | PAGE_IS_PRESENT |	\
				 PAGE_IS_SWAPPED | PAGE_IS_PFNZERO |	\
				 PAGE_IS_HUGE | PAGE_IS_SOFT_DIRTY |	\
				 PAGE_IS_GUARD)
#define PM_SCAN_FLAGS		(PM_SCAN_WP_MATCHING | PM_SCAN_CHECK_WPASYNC)
/* the kernel gathers regions in a bounce buffer of a PMD's worth of pages */
#define PAGEMAP_WALK_REGIONS	(PMD_SIZE >> PAGE_SHIFT)

/*
 * One scan in progress.  Regions go straight to arg->vec; @nr_buffered and
 * @buf_len track the kernel's bounce buffer only for the one thing it makes
 * visible: when it fills, the kernel stops, copies it out, records walk_end
 * there and walks on, so a scan of more than 512 regions that then runs to
 * the end still reports that first stop as its walk_end.
 */
struct pagemap_scan_private {
	struct mmsim_pm_scan_arg *arg;
	unsigned long vma_category;
	uint64_t nr_regions, nr_buffered, buf_len;
	uint64_t found_pages;
	bool soft_dirty;		/* CONFIG_MEM_SOFT_DIRTY */
};

/*
 * The categories of one entry, as the reference kernel reports them: a
 * marker is swapped (a guard marker also guard), and every entry that is
 * not uffd-wp protected counts as written.  That includes a none entry of a
 * page table that exists: 6.18.44 reports it written, where pages with no
 * page table at all have only their VMA's categories (see the walk).
 */
static unsigned long pagemap_page_category(const struct pagemap_scan_private *p,
					   struct vm_area_struct *vma,
					   unsigned long addr, pte_t pte)
{
	struct mmsim_machine *m = vma->vm_mm->machine;
	unsigned long categories = 0;

	if (pte_present(pte)) {
		struct folio *f = vm_normal_folio(vma, addr, pte);

		categories |= PAGE_IS_PRESENT;
		if (!pte_uffd_wp(pte))
			categories |= PAGE_IS_WRITTEN;
		if (f && !folio_test_anon(f))
			categories |= PAGE_IS_FILE;
		if (pte_pfn(pte) == m->zero_pfn)
			categories |= PAGE_IS_PFNZERO;
		if (p->soft_dirty && pte_soft_dirty(pte))
			categories |= PAGE_IS_SOFT_DIRTY;
	} else if (is_swap_pte(pte)) {
		swp_entry_t e = pte_to_swp_entry(pte);
		bool uffd_wp = pte_swp_uffd_wp(pte) ||
			       (is_pte_marker_entry(e) &&
				(e.offset & PTE_MARKER_UFFD_WP));

		categories |= PAGE_IS_SWAPPED;
		if (!uffd_wp)
			categories |= PAGE_IS_WRITTEN;
		if (is_pte_marker_entry(e) && (e.offset & PTE_MARKER_GUARD))
			categories |= PAGE_IS_GUARD;
		if (p->soft_dirty && pte_swp_soft_dirty(pte))
			categories |= PAGE_IS_SOFT_DIRTY;
	} else {
		categories |= PAGE_IS_WRITTEN;
	}
	return categories;
}

static bool pagemap_scan_is_interesting_page(unsigned long categories,
					     const struct pagemap_scan_private *p)
{
	const struct mmsim_pm_scan_arg *arg = p->arg;

	categories ^= arg->category_inverted;
	if ((categories & arg->category_mask) != arg->category_mask)
		return false;
	if (arg->category_anyof_mask && !(categories & arg->category_anyof_mask))
		return false;
	return true;
}

/*
 * Should the walk enter @vma?  0 yes, 1 skip it, -EPERM stop.  A VMA may
 * be write-protected by the scan (PAGE_IS_WPALLOWED) only if registered
 * for asynchronous userfaultfd write-protection; PM_SCAN_CHECK_WPASYNC
 * fails on the first VMA walked that is not, and PM_SCAN_WP_MATCHING
 * skips those.  Write-protecting pages is UFFDIO_WRITEPROTECT's work,
 * which the model does not have: a scan that would do it stops the
 * machine.
 */
static int pagemap_scan_test_walk(struct vm_area_struct *vma,
				  struct pagemap_scan_private *p)
{
	const struct mmsim_pm_scan_arg *arg = p->arg;
	unsigned long vma_category = 0, required;
	bool wp_allowed = userfaultfd_wp_async(vma) &&
			  userfaultfd_wp_use_markers(vma);

	if (!wp_allowed) {
		if (arg->flags & PM_SCAN_CHECK_WPASYNC)
			return -EPERM;
		if (arg->flags & PM_SCAN_WP_MATCHING)
			return 1;
	}
	if (vma->vm_flags & VM_PFNMAP)
		return 1;
	if (wp_allowed)
		vma_category |= PAGE_IS_WPALLOWED;
	if (p->soft_dirty && (vma->vm_flags & VM_SOFTDIRTY))
		vma_category |= PAGE_IS_SOFT_DIRTY;
	/* only WPALLOWED can rule out a whole VMA */
	required = arg->category_mask & PAGE_IS_WPALLOWED;
	if (((vma_category ^ arg->category_inverted) & required) != required)
		return 1;
	if (wp_allowed && (arg->flags & PM_SCAN_WP_MATCHING))
		mm_stop(vma->vm_mm->machine,
			"PAGEMAP_SCAN with PM_SCAN_WP_MATCHING would write-protect "
			"[%#lx, %#lx), and the model has no userfaultfd write-protection",
			vma->vm_start, vma->vm_end);
	p->vma_category = vma_category;
	return 0;
}

/* Grow the last region by [addr, end), or start a new one; false if full. */
static bool pagemap_scan_push_range(unsigned long categories,
				    struct pagemap_scan_private *p,
				    unsigned long addr, unsigned long end)
{
	struct mmsim_pm_scan_arg *arg = p->arg;
	struct mmsim_page_region *cur = p->nr_regions ?
					&arg->vec[p->nr_regions - 1] : NULL;

	if (cur && addr == cur->end && categories == cur->categories) {
		cur->end = end;
		return true;
	}
	if (p->nr_regions == arg->vec_len)
		return false;
	if (p->nr_buffered == p->buf_len) {
		/* the kernel's bounce buffer is full: it copies out and walks on */
		arg->walk_end = addr;
		p->nr_buffered = 0;
		p->buf_len = arg->vec_len - p->nr_regions;
		if (p->buf_len > PAGEMAP_WALK_REGIONS)
			p->buf_len = PAGEMAP_WALK_REGIONS;
	}
	arg->vec[p->nr_regions].start = addr;
	arg->vec[p->nr_regions].end = end;
	arg->vec[p->nr_regions].categories = categories;
	p->nr_regions++;
	p->nr_buffered++;
	return true;
}

/*
 * Report [addr, *end) with @categories.  Returns 0, or -ENOSPC when
 * max_pages or vec_len ran out: then *end is cut to where the report ends
 * and walk_end is set there.
 */
static int pagemap_scan_output(unsigned long categories,
			       struct pagemap_scan_private *p,
			       unsigned long addr, unsigned long *end)
{
	struct mmsim_pm_scan_arg *arg = p->arg;
	uint64_t n_pages = (*end - addr) >> PAGE_SHIFT;
	int ret = 0;

	if (!arg->vec_len)
		return 0;	/* no output at all: nothing is counted either */
	categories &= arg->return_mask;
	if (p->found_pages + n_pages > arg->max_pages) {
		uint64_t too_much = p->found_pages + n_pages - arg->max_pages;

		*end -= too_much << PAGE_SHIFT;
		n_pages -= too_much;
		ret = -ENOSPC;
	}
	if (n_pages && !pagemap_scan_push_range(categories, p, addr, *end)) {
		*end = addr;
		n_pages = 0;
		ret = -ENOSPC;
	}
	p->found_pages += n_pages;
	if (ret)
		arg->walk_end = *end;
	return ret;
}

/*
 * Scan [addr, end) of @vma: entry by entry where there is a page table.
 * Where there is none, the pages have the VMA's categories, and in a VMA
 * registered for uffd-wp they count as written too, as a none entry does:
 * 6.18.44 has the stable fix that makes such holes agree with pte_none.
 */
static int pagemap_scan_vma(struct vm_area_struct *vma,
			    struct pagemap_scan_private *p,
			    unsigned long addr, unsigned long end)
{
	struct mm_struct *mm = vma->vm_mm;
	unsigned long categories, next;
	unsigned long hole = p->vma_category |
			     (userfaultfd_wp(vma) ? PAGE_IS_WRITTEN : 0);
	int ret;

	while (addr < end) {
		unsigned long skip = end;
		struct pgtable *pt = pte_table_lookup(mm, addr, &skip);

		if (!pt) {
			/* a hole in the page tables */
			next = skip < end ? skip : end;
			if (pagemap_scan_is_interesting_page(hole, p)) {
				ret = pagemap_scan_output(hole, p, addr, &next);
				if (ret)
					return ret;
			}
			addr = next;
			continue;
		}
		next = pte_table_end(addr, end);
		for (; addr < next; addr += PAGE_SIZE) {
			unsigned long e = addr + PAGE_SIZE;

			categories = p->vma_category |
				     pagemap_page_category(p, vma, addr,
							   pt->pte[pte_index(addr)]);
			if (!pagemap_scan_is_interesting_page(categories, p))
				continue;
			ret = pagemap_scan_output(categories, p, addr, &e);
			if (ret)
				return ret;
		}
	}
	return 0;
}

/*
 * The argument checks of pagemap_scan_get_args(): unknown flags or
 * categories and an unaligned start are -EINVAL, an end below the start or
 * beyond user space -EFAULT (access_ok() of the range), output length
 * without output -EINVAL.
 */
static int pagemap_scan_get_args(struct mm_struct *mm,
				 struct mmsim_pm_scan_arg *arg)
{
	if (arg->flags & ~PM_SCAN_FLAGS)
		return -EINVAL;
	if ((arg->category_inverted | arg->category_mask |
	     arg->category_anyof_mask | arg->return_mask) & ~PM_SCAN_CATEGORIES)
		return -EINVAL;
	if (arg->start & ~PAGE_MASK)
		return -EINVAL;
	if (arg->end < arg->start || arg->end > mm->task_size)
		return -EFAULT;
	if (!arg->vec && arg->vec_len)
		return -EINVAL;
	arg->end = (arg->end + PAGE_SIZE - 1) & PAGE_MASK;
	arg->walk_end = 0;
	if (!arg->max_pages)
		arg->max_pages = UINT64_MAX;
	return 0;
}

long mmsim_pagemap_scan(struct mmsim_process *proc, struct mmsim_pm_scan_arg *arg)
{
	struct mm_struct *mm = proc->mm;
	struct pagemap_scan_private p = {
		.arg = arg,
		.soft_dirty = mm->machine->profile.soft_dirty,
	};
	struct vm_area_struct *vma;
	long ret;

	ret = pagemap_scan_get_args(mm, arg);
	if (ret)
		return ret;
	p.buf_len = arg->vec_len < PAGEMAP_WALK_REGIONS ? arg->vec_len :
							  PAGEMAP_WALK_REGIONS;
	for (vma = arg->start < arg->end ? find_vma(mm, arg->start) : NULL;
	     vma && vma->vm_start < arg->end; vma = vma_next(vma)) {
		unsigned long start = arg->start > vma->vm_start ? arg->start :
								   vma->vm_start;
		unsigned long end = arg->end < vma->vm_end ? arg->end : vma->vm_end;

		ret = pagemap_scan_test_walk(vma, &p);
		if (ret > 0) {
			ret = 0;
			continue;
		}
		if (!ret)
			ret = pagemap_scan_vma(vma, &p, start, end);
		if (ret)
			break;
	}
	/* running out of room is a short result, not an error */
	if (!ret || ret == -ENOSPC)
		ret = (long)p.nr_regions;
	if (!arg->walk_end)
		arg->walk_end = arg->end;
	return ret;
}

/* ---- kpagecount, kpageflags ----------------------------------------------- */

uint64_t mmsim_kpagecount(struct mmsim_machine *m, unsigned long pfn)
{
	struct folio *f = pfn_folio(m, pfn);

	if (!f || !f->in_use || folio_test(f, PG_zero))
		return 0;
	return (uint64_t)f->mapcount;
}

#define KPF_LOCKED	0
#define KPF_REFERENCED	2
#define KPF_UPTODATE	3
#define KPF_DIRTY	4
#define KPF_LRU		5
#define KPF_ACTIVE	6
#define KPF_WRITEBACK	8
#define KPF_RECLAIM	9
#define KPF_MMAP	11
#define KPF_ANON	12
#define KPF_SWAPCACHE	13
#define KPF_SWAPBACKED	14
#define KPF_COMPOUND_HEAD 15
#define KPF_COMPOUND_TAIL 16
#define KPF_UNEVICTABLE	18
#define KPF_NOPAGE	20
#define KPF_THP		22
#define KPF_ZERO_PAGE	24
#define KPF_RESERVED	32
#define KPF_MLOCKED	33
#define KPF_OWNER_2	34	/* PG_anon_exclusive, PG_mappedtodisk on file pages */
#define KPF_PRIVATE	35

uint64_t mmsim_kpageflags(struct mmsim_machine *m, unsigned long pfn)
{
	static const struct {
		enum folio_flag pg;
		int kpf;
	} copy[] = {
		{ PG_locked, KPF_LOCKED }, { PG_dirty, KPF_DIRTY },
		{ PG_uptodate, KPF_UPTODATE }, { PG_writeback, KPF_WRITEBACK },
		{ PG_lru, KPF_LRU }, { PG_referenced, KPF_REFERENCED },
		{ PG_active, KPF_ACTIVE }, { PG_reclaim, KPF_RECLAIM },
		{ PG_swapbacked, KPF_SWAPBACKED },
		{ PG_unevictable, KPF_UNEVICTABLE },
		{ PG_mlocked, KPF_MLOCKED }, { PG_reserved, KPF_RESERVED },
		{ PG_private, KPF_PRIVATE },
	};
	struct folio *page = pfn_folio(m, pfn), *f;
	uint64_t u = 0;
	size_t i;

	if (!page)
		return 1ULL << KPF_NOPAGE;
	if (!page->in_use)
		return 0;
	/* the folio's state, on every page of it */
	f = page_folio(page);
	if (folio_mapcount(m, f) > 0)
		u |= 1ULL << KPF_MMAP;
	if (folio_test_anon(f))
		u |= 1ULL << KPF_ANON;
	if (folio_test_anon(f) && folio_test(page, PG_anon_exclusive))
		u |= 1ULL << KPF_OWNER_2;
	if (!folio_test_anon(f) && folio_test(f, PG_mappedtodisk))
		u |= 1ULL << KPF_OWNER_2;
	if (folio_test_large(f))
		u |= (1ULL << KPF_THP) |
		     (1ULL << (page == f ? KPF_COMPOUND_HEAD : KPF_COMPOUND_TAIL));
	if (folio_test(f, PG_zero))
		u |= 1ULL << KPF_ZERO_PAGE;
	for (i = 0; i < sizeof(copy) / sizeof(copy[0]); i++)
		if (folio_test(f, copy[i].pg))
			u |= 1ULL << copy[i].kpf;
	if (folio_test(f, PG_swapbacked) && folio_test(f, PG_swapcache))
		u |= 1ULL << KPF_SWAPCACHE;
	return u;
}

/* ---- maps --------------------------------------------------------------- */

size_t mmsim_maps(struct mmsim_process *p, char *buf, size_t len)
{
	struct vm_area_struct *vma;
	size_t n = 0;

	for (vma = node_vma(p->mm->mm_mt.first); vma; vma = vma_next(vma)) {
		const char *name;
		char prot[5];
		int w;

		char line[128];
		int pre;

		prot_string(vma, prot);
		if (vma->vm_file) {
			struct inode *inode = file_inode(vma->vm_file);

			/* shmem lives on the kernel's internal mount, 00:01 */
			pre = snprintf(line, sizeof(line), "%08lx-%08lx %s %08lx %s %lu ",
				       vma->vm_start, vma->vm_end, prot,
				       vma->vm_pgoff << PAGE_SHIFT,
				       inode->kind == INODE_SHMEM ? "00:01" : "fe:00",
				       inode->i_ino);
			name = inode->name;
		} else {
			pre = snprintf(line, sizeof(line), "%08lx-%08lx %s %08lx 00:00 0 ",
				       vma->vm_start, vma->vm_end, prot, 0UL);
			name = vma->vm_name;
		}
		/* a name starts at column 73, as the kernel pads it */
		w = snprintf(n < len ? buf + n : NULL, n < len ? len - n : 0,
			     "%s%*s%s%s\n", line, name && pre < 73 ? 73 - pre : 0, "",
			     /* files of the scratch directory; a memfd's mount root */
			     !name || !vma->vm_file || name[0] == '/' ? "" :
			     file_inode(vma->vm_file)->kind == INODE_DISK ? "./" : "/",
			     name ? name : "");
		if (w > 0)
			n += (size_t)w;
	}
	return n;
}
