// SPDX-License-Identifier: MIT
/*
 * process_vm_readv() and process_vm_writev() of a process on itself: the
 * way into its memory that goes through get_user_pages rather than through
 * its own loads and stores.  The pages are pinned as for any other process
 * (FOLL_REMOTE, without FOLL_FORCE) and copied through the kernel's view
 * of them, so a guard region, a PROT_NONE page or a write to a read-only
 * mapping fails with -EFAULT instead of raising a signal.
 */
#include "fs.h"
#include "internal.h"
#include "gup.h"
#include "memory.h"
#include "mm.h"
#include "pgtable_walk.h"

/* an iovec's total is capped at INT_MAX rounded down to a page */
#define MAX_RW_COUNT	(0x7fffffffUL & PAGE_MASK)

/*
 * Pin and copy page by page.  The kernel pins in batches, but a batch
 * stops at the first page it cannot pin, and the copy goes as far as the
 * pinning did: the same bytes move.  The pins are dropped before the call
 * returns, so the model takes no reference for them.
 */
static long process_vm_rw(struct mmsim_process *p, unsigned long addr,
			  unsigned long len, bool write, int byte)
{
	unsigned int gup_flags = FOLL_REMOTE | FOLL_PIN | FOLL_TOUCH;
	struct mm_struct *mm = p->mm;
	unsigned long done = 0;

	if ((long)len < 0)
		return -EINVAL;
	if (len > MAX_RW_COUNT)
		len = MAX_RW_COUNT;
	if (write)
		gup_flags |= FOLL_WRITE;
	while (done < len) {
		unsigned long a = addr + done;
		unsigned long n = PAGE_SIZE - (a & ~PAGE_MASK);
		struct folio *f;

		if (n > len - done)
			n = len - done;
		if (__get_user_pages(mm, a & PAGE_MASK, 1, gup_flags) != 1)
			break;
		if (write) {
			/* pinned for writing, the page is mapped writable here */
			f = pfn_folio(mm->machine, pte_pfn(pte_get(mm, a & PAGE_MASK)));
			if (page_fill(f, a & ~PAGE_MASK, n, byte))
				break;
			/*
			 * unpin_user_pages_dirty_lock(): the folio is dirtied
			 * once written, whatever its PTE says
			 */
			folio_mark_dirty(page_folio(f));
		}
		done += n;
	}
	mm_debug_validate(p->machine);
	/* whatever made the first page fail, the caller sees -EFAULT */
	return done ? (long)done : -EFAULT;
}

long mmsim_process_vm_readv(struct mmsim_process *p, unsigned long addr,
			    unsigned long len)
{
	if (!len)
		return 0;
	return process_vm_rw(p, addr, len, /* write = */ false, 0);
}

long mmsim_process_vm_writev(struct mmsim_process *p, unsigned long addr,
			     unsigned long len, int byte)
{
	if (!len)
		return 0;
	return process_vm_rw(p, addr, len, /* write = */ true, byte);
}
