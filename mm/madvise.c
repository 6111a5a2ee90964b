// SPDX-License-Identifier: MIT
/*
 * madvise() and process_madvise(): advice that changes VMA flags, advice
 * that acts on pages (DONTNEED, FREE, COLD, PAGEOUT, POPULATE_*), and guard
 * regions.
 */
#include "fs.h"
#include "internal.h"
#include "gup.h"
#include "memory.h"
#include "mm.h"
#include "pgtable_walk.h"
#include "rmap.h"
#include "userfaultfd.h"
#include "vma.h"

static bool madvise_behavior_valid(int behavior)
{
	switch (behavior) {
	case MADV_DOFORK: case MADV_DONTFORK: case MADV_NORMAL:
	case MADV_SEQUENTIAL: case MADV_RANDOM: case MADV_REMOVE:
	case MADV_WILLNEED: case MADV_DONTNEED: case MADV_DONTNEED_LOCKED:
	case MADV_FREE: case MADV_COLD: case MADV_PAGEOUT:
	case MADV_POPULATE_READ: case MADV_POPULATE_WRITE:
	case MADV_MERGEABLE: case MADV_UNMERGEABLE:
	case MADV_HUGEPAGE: case MADV_NOHUGEPAGE: case MADV_COLLAPSE:
	case MADV_DONTDUMP: case MADV_DODUMP:
	case MADV_WIPEONFORK: case MADV_KEEPONFORK:
	case MADV_HWPOISON: case MADV_SOFT_OFFLINE:
	case MADV_GUARD_INSTALL: case MADV_GUARD_REMOVE:
		return true;
	}
	return false;
}

/* Advice that throws data away: refused on sealed read-only anonymous VMAs. */
static bool is_discard(int behavior)
{
	switch (behavior) {
	case MADV_FREE: case MADV_DONTNEED: case MADV_DONTNEED_LOCKED:
	case MADV_REMOVE: case MADV_DONTFORK: case MADV_WIPEONFORK:
	case MADV_GUARD_INSTALL:
		return true;
	}
	return false;
}

static bool can_madvise_modify(const struct vm_area_struct *vma, int behavior)
{
	if (!(vma->vm_flags & VM_SEALED) || !is_discard(behavior))
		return true;
	/* sealed: only file-backed or writable anonymous memory may discard */
	return vma->vm_file || (vma->vm_flags & VM_SHARED) ||
	       (vma->vm_flags & VM_WRITE);
}

/* ---- advice on pages -------------------------------------------------- */

static long madvise_dontneed(struct vm_area_struct *vma, unsigned long start,
			     unsigned long end, int behavior)
{
	struct zap_details d = { .even_cows = true };
	vm_flags_t forbidden = VM_PFNMAP;

	if (behavior != MADV_DONTNEED_LOCKED)
		forbidden |= VM_LOCKED;
	if (vma->vm_flags & forbidden)
		return -EINVAL;
	userfaultfd_remove(vma);
	zap_page_range(vma, start, end, &d);
	reclaim_pte_tables(vma->vm_mm, start, end);
	return 0;
}

/*
 * MADV_FREE of one entry: a page becomes clean and lazily freeable; its data
 * stays until reclaim finds it still clean.  A shared page is left alone
 * only if it is dirty or in the swap cache: a clean one is freed lazily even
 * while the other side of a fork still maps it.  Swap entries and poison
 * markers go; guard markers stay.
 */
static void free_pte(struct pgtable *pt, unsigned long addr, void *priv)
{
	struct vm_area_struct *vma = priv;
	pte_t pte = pt->pte[pte_index(addr)];
	struct folio *f;

	if (pte_none(pte))
		return;
	if (!pte_present(pte)) {
		swp_entry_t e = pte_to_swp_entry(pte);

		if (!is_pte_marker_entry(e) || (e.offset & PTE_MARKER_POISONED))
			pte_store(pt, addr, 0);
		return;
	}
	f = vm_normal_folio(vma, addr, pte);
	if (!f)
		return;
	if (f->mapcount != 1 &&
	    (folio_test(f, PG_dirty) || folio_test(f, PG_swapcache)))
		return;
	pte_store(pt, addr, pte_mkold(pte_mkclean(pte)));
	folio_clear(f, PG_dirty);
	folio_clear(f, PG_referenced);
	folio_clear(f, PG_active);
	folio_clear(f, PG_swapbacked);
}

static long madvise_free(struct vm_area_struct *vma, unsigned long start,
			 unsigned long end)
{
	if (vma->vm_flags & (VM_LOCKED | VM_PFNMAP))
		return -EINVAL;
	userfaultfd_remove(vma);
	if (!vma_is_anonymous(vma) || (vma->vm_flags & VM_SHARED))
		return -EINVAL;
	walk_ptes(vma->vm_mm, start, end, free_pte, vma);
	return 0;
}

/*
 * MADV_REMOVE: punch a hole in the file under a shared writable mapping
 * (its private COW copies stay; guards stay).
 */
static long madvise_remove(struct vm_area_struct *vma, unsigned long start,
			   unsigned long end)
{
	long long offset;

	if (vma->vm_flags & VM_LOCKED)
		return -EINVAL;
	if (!vma->vm_file)
		return -EINVAL;
	if ((vma->vm_flags & (VM_SHARED | VM_MAYWRITE)) != (VM_SHARED | VM_MAYWRITE))
		return -EACCES;
	userfaultfd_remove(vma);
	offset = (long long)(start - vma->vm_start) +
		 ((long long)vma->vm_pgoff << PAGE_SHIFT);
	return vfs_fallocate(vma->vm_file, FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE,
			     offset, (long long)(end - start));
}

/*
 * MADV_WILLNEED: read a disk file's pages of the range into the page
 * cache.  Anonymous memory and shmem would only swap in, and there is no
 * swap.
 */
static long madvise_willneed(struct vm_area_struct *vma, unsigned long start,
			     unsigned long end)
{
	struct file *file = vma->vm_file;
	unsigned long first, last;

	if (!file || shmem_mapping(file->f_mapping))
		return 0;
	first = linear_page_index(vma, start);
	last = linear_page_index(vma, end - 1);
	return force_page_cache_readahead(file, first, last - first + 1);
}

/* ---- guard regions ---------------------------------------------------- */

static bool is_valid_guard_vma(const struct vm_area_struct *vma, bool allow_locked)
{
	vm_flags_t disallowed = VM_SPECIAL | VM_HUGETLB;

	if (!allow_locked)
		disallowed |= VM_LOCKED;
	return !(vma->vm_flags & disallowed);
}

/*
 * Install guard markers in [start, end): what is mapped is zapped first (a
 * COW copy is lost; a file page shows through again once the guard goes),
 * existing guards stay.
 */
static void need_zap_pte(struct pgtable *pt, unsigned long addr, void *priv)
{
	pte_t pte = pt->pte[pte_index(addr)];

	if (!pte_none(pte) && !is_guard_pte_marker(pte))
		*(bool *)priv = true;
}

static long madvise_guard_install(struct vm_area_struct *vma,
				  unsigned long start, unsigned long end)
{
	struct mm_struct *mm = vma->vm_mm;
	unsigned long addr, next;
	bool need_zap = false;

	if (!is_valid_guard_vma(vma, /* allow_locked = */ false))
		return -EINVAL;
	/* page tables first: they are invisible, so failing after them is clean */
	for (addr = start; addr < end; addr = pte_table_end(addr, end))
		if (!pte_table_alloc(mm, addr))
			return -ENOMEM;
	if (vma_is_anonymous(vma) && anon_vma_prepare(vma))
		return -ENOMEM;
	/* the flag says "may contain guards": set on the whole VMA, never split */
	vma->vm_flags |= VM_MAYBE_GUARD;
	walk_ptes(mm, start, end, need_zap_pte, &need_zap);
	if (need_zap)
		zap_page_range(vma, start, end, NULL);
	for (addr = start; addr < end; addr = next) {
		struct pgtable *pt = pte_table_lookup(mm, addr, NULL);

		next = pte_table_end(addr, end);
		for (; addr < next; addr += PAGE_SIZE)
			if (pte_none(pt->pte[pte_index(addr)]))
				pte_store(pt, addr, make_pte_marker(PTE_MARKER_GUARD));
	}
	return 0;
}

static void unguard_pte(struct pgtable *pt, unsigned long addr, void *priv)
{
	(void)priv;
	if (is_guard_pte_marker(pt->pte[pte_index(addr)]))
		pte_store(pt, addr, 0);
}

/* Remove guard markers in [start, end), and nothing else. */
static long madvise_guard_remove(struct vm_area_struct *vma,
				 unsigned long start, unsigned long end)
{
	if (!is_valid_guard_vma(vma, /* allow_locked = */ true))
		return -EINVAL;
	walk_ptes(vma->vm_mm, start, end, unguard_pte, NULL);
	return 0;
}

/* ---- advice on VMA flags ------------------------------------------------ */

static long madvise_update_vma(struct vm_area_struct **prev,
			       struct vm_area_struct *vma, unsigned long start,
			       unsigned long end, vm_flags_t new_flags)
{
	struct mm_struct *mm = vma->vm_mm;

	if (new_flags == vma->vm_flags) {
		*prev = vma;
		return 0;
	}
	vma = vma_modify_flags(mm, *prev, vma, start, end, new_flags);
	if (IS_ERR(vma))
		return PTR_ERR(vma);
	*prev = vma;
	vma_set_modified_flags(vma, new_flags);
	return 0;
}

static long madvise_vma_behavior(struct vm_area_struct *vma,
				 struct vm_area_struct **prev,
				 unsigned long start, unsigned long end,
				 int behavior)
{
	vm_flags_t new_flags = vma->vm_flags;

	if (!can_madvise_modify(vma, behavior))
		return -EPERM;
	switch (behavior) {
	case MADV_REMOVE:
		/* the hole punch drops mmap_lock: the walk goes on from @end */
		*prev = NULL;
		return madvise_remove(vma, start, end);
	case MADV_WILLNEED:
		*prev = vma;
		return madvise_willneed(vma, start, end);
	case MADV_COLD:
	case MADV_PAGEOUT:
		*prev = vma;
		return madvise_cold_or_pageout(vma, start, end,
					       behavior == MADV_PAGEOUT);
	case MADV_FREE:
		*prev = vma;
		return madvise_free(vma, start, end);
	case MADV_DONTNEED:
	case MADV_DONTNEED_LOCKED:
		*prev = vma;
		return madvise_dontneed(vma, start, end, behavior);
	case MADV_GUARD_INSTALL:
		*prev = vma;
		return madvise_guard_install(vma, start, end);
	case MADV_GUARD_REMOVE:
		*prev = vma;
		return madvise_guard_remove(vma, start, end);
	case MADV_NORMAL:
		new_flags &= ~(VM_RAND_READ | VM_SEQ_READ);
		break;
	case MADV_SEQUENTIAL:
		new_flags = (new_flags & ~VM_RAND_READ) | VM_SEQ_READ;
		break;
	case MADV_RANDOM:
		new_flags = (new_flags & ~VM_SEQ_READ) | VM_RAND_READ;
		break;
	case MADV_DONTFORK:
		new_flags |= VM_DONTCOPY;
		break;
	case MADV_DOFORK:
		if (vma->vm_flags & VM_IO)
			return -EINVAL;
		new_flags &= ~VM_DONTCOPY;
		break;
	case MADV_WIPEONFORK:
		/* only private anonymous memory can be wiped in the child */
		if (vma->vm_file || (vma->vm_flags & VM_SHARED))
			return -EINVAL;
		new_flags |= VM_WIPEONFORK;
		break;
	case MADV_KEEPONFORK:
		if (vma->vm_flags & VM_DROPPABLE)
			return -EINVAL;
		new_flags &= ~VM_WIPEONFORK;
		break;
	case MADV_DONTDUMP:
		new_flags |= VM_DONTDUMP;
		break;
	case MADV_DODUMP:
		/* droppable memory is never dumped */
		if ((!vma->vm_file && (vma->vm_flags & VM_SPECIAL)) ||
		    (vma->vm_flags & VM_DROPPABLE))
			return -EINVAL;
		new_flags &= ~VM_DONTDUMP;
		break;
	case MADV_MERGEABLE:
		/*
		 * KSM ignores what it cannot merge, a shared mapping of a file
		 * opened read-only (VM_MAYSHARE without VM_SHARED) among them
		 */
		if (vma->vm_flags & (VM_SPECIAL | VM_SHARED | VM_MAYSHARE |
				     VM_HUGETLB | VM_MIXEDMAP | VM_DROPPABLE)) {
			*prev = vma;
			return 0;
		}
		new_flags |= VM_MERGEABLE;
		break;
	case MADV_UNMERGEABLE:
		new_flags &= ~VM_MERGEABLE;
		break;
	case MADV_HUGEPAGE:
		new_flags = (new_flags & ~VM_NOHUGEPAGE) | VM_HUGEPAGE;
		break;
	case MADV_NOHUGEPAGE:
		new_flags = (new_flags & ~VM_HUGEPAGE) | VM_NOHUGEPAGE;
		break;
	case MADV_COLLAPSE:
		*prev = vma;
		return -EINVAL;		/* no THP in the model yet */
	default:
		return -EINVAL;
	}
	return madvise_update_vma(prev, vma, start, end, new_flags);
}

/* Walk the VMAs of [start, end): holes are -ENOMEM, reported at the end. */
static long madvise_walk_vmas(struct mm_struct *mm, unsigned long start,
			      unsigned long end, int behavior)
{
	struct vm_area_struct *vma, *prev;
	long unmapped_error = 0, err;

	vma = find_vma(mm, start);
	prev = vma && start > vma->vm_start ? vma :
	       (vma ? vma_prev(vma) : node_vma(mm->mm_mt.last));
	for (;;) {
		unsigned long tmp;

		if (!vma)
			return -ENOMEM;
		if (start < vma->vm_start) {
			unmapped_error = -ENOMEM;
			start = vma->vm_start;
			if (start >= end)
				break;
		}
		tmp = vma->vm_end < end ? vma->vm_end : end;
		err = madvise_vma_behavior(vma, &prev, start, tmp, behavior);
		if (err)
			return err;
		start = tmp;
		if (prev && start < prev->vm_end)
			start = prev->vm_end;
		if (start >= end)
			break;
		vma = find_vma(mm, prev ? prev->vm_end : start);
	}
	return unmapped_error;
}

static long madvise_populate(struct mm_struct *mm, unsigned long start,
			     unsigned long end, int behavior)
{
	/* FOLL_TOUCH: a page present and writable but clean is dirtied */
	unsigned int gup_flags = FOLL_TOUCH | FOLL_MADV_POPULATE;

	if (behavior == MADV_POPULATE_WRITE)
		gup_flags |= FOLL_WRITE;
	while (start < end) {
		long pages = __get_user_pages(mm, start,
					      (end - start) >> PAGE_SHIFT,
					      gup_flags);

		if (pages < 0)
			return pages == -EINVAL || pages == -EFAULT ||
			       pages == -EHWPOISON ? pages : -ENOMEM;
		start += (unsigned long)pages * PAGE_SIZE;
	}
	return 0;
}

long do_madvise(struct mm_struct *mm, unsigned long start, unsigned long len_in,
		int behavior)
{
	unsigned long end;
	int r;

	if (!madvise_behavior_valid(behavior))
		return -EINVAL;
	r = check_madvise_range(start, len_in, &end);
	if (r <= 0)
		return r;
	if (behavior == MADV_HWPOISON || behavior == MADV_SOFT_OFFLINE)
		return -EPERM;	/* never poison the model's host on its behalf */
	if (behavior == MADV_POPULATE_READ || behavior == MADV_POPULATE_WRITE)
		return madvise_populate(mm, start, end, behavior);
	return madvise_walk_vmas(mm, start, end, behavior);
}

long mmsim_madvise(struct mmsim_process *p, unsigned long start,
		   unsigned long len, int advice)
{
	long ret = do_madvise(p->mm, start, len, advice);

	mm_debug_validate(p->machine);
	return ret;
}

#define UIO_MAXIOV	1024
/* the largest I/O, INT_MAX rounded down to a page */
#define MAX_RW_COUNT	(0x7fffffffUL & PAGE_MASK)
/* x86_64's TASK_SIZE_MAX with 4-level tables: what access_ok() accepts */
#define USER_SPACE_MAX	((1UL << 47) - PAGE_SIZE)

long mmsim_process_madvise(struct mmsim_process *p, int pidfd,
			   const struct mmsim_iovec *iov, int niov,
			   int advice, unsigned long flags)
{
	unsigned long done = 0, total = 0, lens[UIO_MAXIOV];
	long ret = 0;
	int i;

	if (flags)
		return -EINVAL;
	if (niov < 0 || niov > UIO_MAXIOV)
		return -EINVAL;
	for (i = 0; i < niov; i++)
		if ((long)iov[i].len < 0)
			return -EINVAL;
	/*
	 * import_iovec(): every range must lie in user space (access_ok()),
	 * and what the ranges add up to past MAX_RW_COUNT is cut off.
	 */
	for (i = 0; i < niov; i++) {
		unsigned long len = iov[i].len;

		if (len > USER_SPACE_MAX || iov[i].base > USER_SPACE_MAX - len)
			return -EFAULT;
		if (len > MAX_RW_COUNT - total)
			len = MAX_RW_COUNT - total;
		lens[i] = len;
		total += len;
	}
	/*
	 * Only the process itself can be named (the language has no
	 * pidfd_open), and on itself every advice is allowed since 6.13; the
	 * kernel restricts advice only for other processes.
	 */
	if (pidfd != PIDFD_SELF_THREAD && pidfd != PIDFD_SELF_THREAD_GROUP)
		return -EBADF;
	/* the bytes advised before a failure are the result, if any */
	for (i = 0; i < niov; i++) {
		/* the iovec iterator never yields an empty range */
		if (!lens[i])
			continue;
		ret = do_madvise(p->mm, iov[i].base, lens[i], advice);
		if (ret < 0)
			break;
		done += lens[i];
	}
	mm_debug_validate(p->machine);
	return done ? (long)done : ret;
}
