// SPDX-License-Identifier: MIT
/*
 * mmap() and munmap(), placement of new mappings, and tearing an address
 * space down.
 */
#include <string.h>

#include "fs.h"
#include "internal.h"
#include "memory.h"
#include "mm.h"
#include "pgtable_walk.h"
#include "rmap.h"
#include "userfaultfd.h"
#include "vma.h"

vm_flags_t calc_vm_prot_bits(unsigned long prot)
{
	return (prot & PROT_READ ? VM_READ : 0) |
	       (prot & PROT_WRITE ? VM_WRITE : 0) |
	       (prot & PROT_EXEC ? VM_EXEC : 0);
}

static vm_flags_t calc_vm_flag_bits(unsigned long flags)
{
	return (flags & MAP_GROWSDOWN ? VM_GROWSDOWN : 0) |
	       (flags & MAP_LOCKED ? VM_LOCKED : 0) |
	       (flags & MAP_SYNC ? VM_SYNC : 0) |
	       (flags & MAP_STACK ? VM_NOHUGEPAGE : 0);
}

/* ---- placement ---------------------------------------------------------- */

static bool range_is_free(struct mm_struct *mm, unsigned long addr,
			  unsigned long len)
{
	struct vm_area_struct *vma = find_vma(mm, addr);

	return !vma || addr + len <= vma->vm_start;
}

static unsigned long unmapped_area_topdown(struct mm_struct *mm,
					   unsigned long len)
{
	unsigned long addr;

	if (vma_tree_gap_topdown(&mm->mm_mt, len, PAGE_SIZE, mm->mmap_base,
				 &addr))
		return (unsigned long)-ENOMEM;
	return addr;
}

/*
 * Where a mapping of [off, off + len) of its object goes so that huge pages
 * could map it: if the range holds a PMD-aligned PMD, a place whose
 * address agrees with the offset modulo PMD_SIZE; otherwise anywhere.
 */
static unsigned long thp_get_unmapped_area(struct mm_struct *mm,
					   unsigned long off, unsigned long len)
{
	unsigned long off_end = off + len;
	unsigned long off_align = (off + PMD_SIZE - 1) & ~(PMD_SIZE - 1);
	unsigned long ret, off_sub;

	if (off_end <= off_align || off_end - off_align < PMD_SIZE ||
	    len + PMD_SIZE < len)
		return unmapped_area_topdown(mm, len);
	ret = unmapped_area_topdown(mm, len + PMD_SIZE);
	if (IS_ERR((void *)ret))
		return unmapped_area_topdown(mm, len);
	off_sub = (off - ret) & (PMD_SIZE - 1);
	/* top-down: an aligned start would waste the padding below it */
	if (!off_sub)
		return ret + PMD_SIZE;
	return ret + off_sub;
}

/*
 * Where a new mapping goes: MAP_FIXED where asked; a hint where it fits;
 * otherwise the highest free range below mmap_base, PMD-aligned (as 6.18
 * does, so that huge pages can map it) for disk files and for private
 * anonymous mappings whose length is a multiple of PMD_SIZE.
 */
static unsigned long arch_get_unmapped_area(struct mm_struct *mm,
					    struct file *file, unsigned long addr,
					    unsigned long len, unsigned long pgoff,
					    unsigned long flags)
{
	unsigned long hint = addr;

	if (len > mm->task_size)
		return (unsigned long)-ENOMEM;
	if (flags & MAP_FIXED) {
		if (addr > mm->task_size - len)
			return (unsigned long)-ENOMEM;
		if (addr & ~PAGE_MASK)
			return (unsigned long)-EINVAL;
		return addr;
	}
	if (addr) {
		addr &= PAGE_MASK;
		if (addr <= mm->task_size - len && range_is_free(mm, addr, len))
			return addr;
	}
	if (file && file_inode(file)->kind == INODE_DISK)
		return thp_get_unmapped_area(mm, pgoff << PAGE_SHIFT, len);
	/* anonymous memory is placed as if at offset 0; shmem is not aligned */
	if (!file && !(flags & MAP_SHARED) && !hint && !(len & (PMD_SIZE - 1)))
		return thp_get_unmapped_area(mm, 0, len);
	return unmapped_area_topdown(mm, len);
}

/* ... and security_mmap_addr()'s say on it (cap_mmap_addr()) */
unsigned long get_unmapped_area(struct mm_struct *mm, struct file *file,
				unsigned long addr, unsigned long len,
				unsigned long pgoff, unsigned long flags)
{
	const struct mmsim_profile *pf = &mm->machine->profile;

	addr = arch_get_unmapped_area(mm, file, addr, len, pgoff, flags);
	if (!IS_ERR((void *)addr) && addr < pf->dac_mmap_min_addr && !pf->root)
		return (unsigned long)-EPERM;
	return addr;
}

/* ---- unmapping ---------------------------------------------------------- */

static void unmap_vma_pages(struct vm_area_struct *vma, unsigned long start,
			    unsigned long end)
{
	struct zap_details d = { .even_cows = true, .drop_markers = true };

	zap_page_range(vma, start, end, &d);
}

static void account_unlocked(struct mm_struct *mm, struct vm_area_struct *vma)
{
	if (vma->vm_flags & VM_LOCKED)
		mm->locked_vm -= vma_pages(vma);
	mm->total_vm -= vma_pages(vma);
}

/*
 * Unmap [start, end), splitting the VMAs at its ends.  The checks come in
 * the kernel's order (vms_gather_munmap_vmas()): a split in the middle of
 * a VMA needs room under max_map_count, and a sealed VMA refuses with
 * -EPERM.  The kernel splits the first VMA before it walks on to the
 * others, so a sealed VMA after the first leaves that split made:
 *
 *   munmap(start, ...) over | first | ... | sealed |
 *   leaves                  |fi|rst | ... | sealed |  and -EPERM
 */
static int __do_munmap(struct mm_struct *mm, unsigned long start, unsigned long end)
{
	struct vm_area_struct *vma, *prev, *next, *v, *sealed;
	struct vm_area_struct *head = NULL, *tail = NULL;
	unsigned long floor, ceiling;

	vma = find_vma(mm, start);
	if (!vma || vma->vm_start >= end)
		return 0;
	if (start > vma->vm_start && end < vma->vm_end &&
	    (unsigned long)mm->map_count >= mm->machine->profile.max_map_count)
		return -ENOMEM;
	for (sealed = vma; sealed && sealed->vm_start < end; sealed = vma_next(sealed))
		if (sealed->vm_flags & VM_SEALED)
			break;
	if (sealed && sealed->vm_start >= end)
		sealed = NULL;
	if (sealed == vma)
		return -EPERM;
	/* both splits are allocated before either is made */
	if (start > vma->vm_start) {
		head = split_prepare(vma);
		if (!head)
			return -ENOMEM;
	}
	if (sealed) {
		if (head) {
			if (vma_tree_prealloc(&mm->mm_mt, 1)) {
				split_abort(head);
				return -ENOMEM;
			}
			split_commit(mm, vma, head, start, /* new_below = */ true);
		}
		return -EPERM;
	}
	v = find_vma(mm, end - 1);
	if (v && v->vm_start < end && v->vm_end > end) {
		tail = split_prepare(v);
		if (!tail) {
			split_abort(head);
			return -ENOMEM;
		}
	}
	if (vma_tree_prealloc(&mm->mm_mt, (head != NULL) + (tail != NULL))) {
		split_abort(tail);
		split_abort(head);
		return -ENOMEM;
	}
	if (head)
		split_commit(mm, vma, head, start, /* new_below = */ true);
	if (tail)
		split_commit(mm, v, tail, end, /* new_below = */ true);
	/* now [start, end) holds whole VMAs only, and nothing can fail */
	vma = find_vma(mm, start);
	for (v = vma; v && v->vm_start < end; v = vma_next(v))
		userfaultfd_unmap_prep(v);
	prev = vma_prev(vma);
	floor = prev ? prev->vm_end : 0;
	for (v = vma; v && v->vm_start < end; v = next) {
		next = vma_next(v);
		unmap_vma_pages(v, v->vm_start, v->vm_end);
	}
	next = find_vma(mm, end);
	ceiling = next ? next->vm_start : mm->task_size;
	for (v = vma; v && v->vm_start < end; v = next) {
		next = vma_next(v);
		account_unlocked(mm, v);
		vma_unlink_free(mm, v);
	}
	free_pgtables(mm, start, end, floor, ceiling);
	return 0;
}

/* munmap() of [start, start + len), with the checks every caller gets. */
int do_munmap(struct mm_struct *mm, unsigned long start, unsigned long len)
{
	if ((start & ~PAGE_MASK) || start > mm->task_size ||
	    len > mm->task_size - start)
		return -EINVAL;
	len = page_align(len);
	if (!len)
		return -EINVAL;
	return __do_munmap(mm, start, start + len);
}

long mmsim_munmap(struct mmsim_process *p, unsigned long addr, unsigned long len)
{
	long ret = do_munmap(p->mm, addr, len);

	mm_debug_validate(p->machine);
	return ret;
}

/* ---- mapping ------------------------------------------------------------ */

/* Overcommit (the default heuristic): refuse what could never fit. */
bool vm_enough_memory(struct mm_struct *mm, unsigned long pages)
{
	const struct mmsim_profile *pf = &mm->machine->profile;

	if (pf->overcommit_memory == 1)
		return true;
	return pages <= pf->totalram_pages + pf->totalswap_pages;
}

static bool accountable_mapping(vm_flags_t flags)
{
	return (flags & (VM_NORESERVE | VM_SHARED | VM_WRITE)) == VM_WRITE;
}

/*
 * The file side of a new mapping (the file's ->mmap): disk files and shmem
 * have their fault handlers; MAP_SHARED|MAP_ANONYMOUS memory gets a shmem
 * file of its own, "/dev/zero (deleted)" in maps (shmem_zero_setup()).
 */
static int mmap_file(struct vm_area_struct *vma, struct file *file)
{
	if (!file && (vma->vm_flags & VM_SHARED)) {
		file = shmem_file_setup(vma->vm_mm->machine, "/dev/zero (deleted)",
					(long long)(vma->vm_end - vma->vm_start));
		if (!file)
			return -ENOMEM;
		vma->vm_file = file;
	} else if (file) {
		vma->vm_file = get_file(file);
	} else {
		return 0;
	}
	vma->vm_ops = file_inode(file)->kind == INODE_SHMEM ? &shmem_vm_ops :
							    &generic_file_vm_ops;
	return 0;
}

/*
 * The file's own ->mmap refusals, made once the VMA's flags are known:
 * ext4 takes MAP_SYNC only on DAX, which the scratch disk is not.
 */
static long file_mmap_prepare(struct file *file, vm_flags_t vm_flags)
{
	if (file_inode(file)->kind == INODE_DISK && (vm_flags & VM_SYNC))
		return -EOPNOTSUPP;
	return 0;
}

unsigned long mmap_region(struct mm_struct *mm, struct file *file,
			  unsigned long addr, unsigned long len,
			  vm_flags_t vm_flags, unsigned long pgoff)
{
	struct vma_merge_struct vmg = { .mm = mm };
	struct vm_area_struct *vma, *prealloc;
	unsigned long end = addr + len;
	bool overlaps;
	int err;

	if (accountable_mapping(vm_flags)) {
		if (!vm_enough_memory(mm, len >> PAGE_SHIFT))
			return (unsigned long)-ENOMEM;
		vm_flags |= VM_ACCOUNT;
	}
	/* the new VMA is allocated before anything is unmapped */
	prealloc = vm_area_alloc(mm);
	if (!prealloc)
		return (unsigned long)-ENOMEM;
	prealloc->vm_start = addr;
	prealloc->vm_end = end;
	prealloc->vm_flags = vm_flags;
	if (mmap_file(prealloc, file)) {
		vm_area_free(prealloc);
		return (unsigned long)-ENOMEM;
	}
	/*
	 * So are the tree's nodes: for it, and for the two splits a MAP_FIXED
	 * over existing mappings may make when it unmaps them first.
	 */
	overlaps = !range_is_free(mm, addr, len);
	if (vma_tree_prealloc(&mm->mm_mt, overlaps ? 3 : 1)) {
		vm_area_free(prealloc);
		return (unsigned long)-ENOMEM;
	}
	if (overlaps) {
		err = __do_munmap(mm, addr, end);
		if (err) {
			vm_area_free(prealloc);
			return (unsigned long)err;
		}
	}
	/*
	 * The file is asked only now, as the kernel calls ->mmap_prepare()
	 * once the old mappings' page tables are cleared: a refusal leaves
	 * the range they covered empty (vms_abort_munmap_vmas()).
	 */
	if (file) {
		err = (int)file_mmap_prepare(file, vm_flags);
		if (err) {
			vm_area_free(prealloc);
			return (unsigned long)err;
		}
	}
	if ((vm_flags & VM_LOCKED) && (vm_flags & VM_SPECIAL))
		vm_flags &= ~VM_LOCKED_MASK;

	vmg.prev = find_vma_prev_of(mm, addr);
	vmg.next = vmg.prev ? vma_next(vmg.prev) : node_vma(mm->mm_mt.first);
	vmg.start = addr;
	vmg.end = end;
	vmg.pgoff = pgoff;
	vmg.flags = vm_flags;
	vmg.file = file;
	/* a new shmem object for shared anonymous memory never merges */
	vma = !file && (vm_flags & VM_SHARED) ? NULL : vma_merge_new_range(&vmg);
	if (vma) {
		vm_area_free(prealloc);
	} else if (vmg.err) {
		vm_area_free(prealloc);
		return (unsigned long)vmg.err;
	} else {
		vma = prealloc;
		vma->vm_flags = vm_flags;
		vma->vm_pgoff = pgoff;
		vma_link(mm, vma);
	}
	/*
	 * A new or expanded VMA is soft-dirty as a whole (__mmap_complete()),
	 * so that a tracker sees the range as new data.
	 */
	if (mm->machine->profile.soft_dirty)
		vma->vm_flags |= VM_SOFTDIRTY;
	mm->total_vm += len >> PAGE_SHIFT;
	if (vm_flags & VM_LOCKED)
		mm->locked_vm += len >> PAGE_SHIFT;
	return addr;
}

#define LEGACY_MAP_MASK	(MAP_SHARED | MAP_PRIVATE | MAP_FIXED | MAP_ANONYMOUS | \
			 MAP_DENYWRITE | MAP_EXECUTABLE | MAP_UNINITIALIZED | \
			 MAP_GROWSDOWN | MAP_LOCKED | MAP_NORESERVE | \
			 MAP_POPULATE | MAP_NONBLOCK | MAP_STACK | MAP_HUGETLB)

/* The largest page offset a mapping of @len bytes of a regular file may start at. */
static bool file_mmap_ok(unsigned long pgoff, unsigned long len)
{
	unsigned long maxsize = (unsigned long)MAX_LFS_FILESIZE;

	if (len > maxsize)
		return false;
	maxsize -= len;
	return pgoff <= maxsize >> PAGE_SHIFT;
}

/* The mapping type and file checks of do_mmap(), in the kernel's order. */
static long mmap_check_file(struct file *file, unsigned long prot,
			    unsigned long flags, vm_flags_t *vm_flags,
			    unsigned long pgoff, unsigned long len)
{
	/* only a DAX-capable file system (ext4) knows MAP_SYNC */
	unsigned long flags_mask = LEGACY_MAP_MASK |
		(file_inode(file)->kind == INODE_DISK ? MAP_SYNC : 0);

	if (!file_mmap_ok(pgoff, len))
		return -EOVERFLOW;
	switch (flags & MAP_TYPE) {
	case MAP_SHARED:
		/* unknown flags are ignored with MAP_SHARED, refused with _VALIDATE */
		flags &= LEGACY_MAP_MASK;
		/* fall through */
	case MAP_SHARED_VALIDATE:
		if (flags & ~flags_mask)
			return -EOPNOTSUPP;
		if ((prot & PROT_WRITE) && !(file->f_mode & FMODE_WRITE))
			return -EACCES;
		*vm_flags |= VM_SHARED | VM_MAYSHARE;
		if (!(file->f_mode & FMODE_WRITE))
			*vm_flags &= ~(VM_MAYWRITE | VM_SHARED);
		/* fall through */
	case MAP_PRIVATE:
		if (!(file->f_mode & FMODE_READ))
			return -EACCES;
		/* a noexec mount is judged before whether the file maps at all */
		if (path_noexec(file)) {
			if (*vm_flags & VM_EXEC)
				return -EPERM;
			*vm_flags &= ~VM_MAYEXEC;
		}
		if (!file_is_regular(file))
			return -ENODEV;		/* no ->mmap */
		if (*vm_flags & VM_GROWSDOWN)
			return -EINVAL;
		break;
	default:
		return -EINVAL;
	}
	return memfd_check_seals_mmap(file, vm_flags);
}

static long do_mmap(struct mm_struct *mm, struct file *file, unsigned long addr,
		    unsigned long len, unsigned long prot, unsigned long flags,
		    unsigned long pgoff)
{
	unsigned long ret;
	vm_flags_t vm_flags;
	bool populate, noreplace = flags & MAP_FIXED_NOREPLACE;
	long err;

	if (!len)
		return -EINVAL;
	if (flags & MAP_FIXED_NOREPLACE)
		flags |= MAP_FIXED;
	/* round_hint_to_min(): a hint within page 0 is no hint */
	if (!(flags & MAP_FIXED)) {
		addr &= PAGE_MASK;
		if (addr && addr < mm->machine->profile.mmap_min_addr)
			addr = page_align(mm->machine->profile.mmap_min_addr);
	}
	len = page_align(len);
	if (!len)
		return -ENOMEM;
	if (pgoff + (len >> PAGE_SHIFT) < pgoff)
		return -EOVERFLOW;
	if ((unsigned long)mm->map_count > mm->machine->profile.max_map_count)
		return -ENOMEM;
	vm_flags = calc_vm_prot_bits(prot) | calc_vm_flag_bits(flags) |
		   mm->def_flags | VM_MAYREAD | VM_MAYWRITE | VM_MAYEXEC;
	ret = get_unmapped_area(mm, file, addr, len, pgoff, flags);
	if (IS_ERR((void *)ret))
		return (long)ret;
	addr = ret;
	if (noreplace) {
		struct vm_area_struct *v = find_vma(mm, addr);

		if (v && v->vm_start < addr + len)
			return -EEXIST;
	}
	if (file) {
		err = mmap_check_file(file, prot, flags, &vm_flags, pgoff, len);
		if (err)
			return err;
	} else {
		switch (flags & MAP_TYPE) {
		case MAP_SHARED:
			if (vm_flags & VM_GROWSDOWN)
				return -EINVAL;
			pgoff = 0;
			vm_flags |= VM_SHARED | VM_MAYSHARE;
			break;
		case MAP_DROPPABLE:
			if (flags & (MAP_LOCKED | MAP_HUGETLB))
				return -EINVAL;
			if (vm_flags & VM_GROWSDOWN)
				return -EINVAL;
			/* dropped at any time: not reserved, not inherited, not dumped */
			vm_flags |= VM_DROPPABLE | VM_NORESERVE | VM_WIPEONFORK |
				    VM_DONTDUMP;
			/* fall through */
		case MAP_PRIVATE:
			pgoff = addr >> PAGE_SHIFT;
			break;
		default:
			return -EINVAL;
		}
	}
	if ((flags & MAP_NORESERVE) && mm->machine->profile.overcommit_memory != 2)
		vm_flags |= VM_NORESERVE;
	ret = mmap_region(mm, file, addr, len, vm_flags, pgoff);
	if (IS_ERR((void *)ret))
		return (long)ret;
	populate = (vm_flags & VM_LOCKED) ||
		   (flags & (MAP_POPULATE | MAP_NONBLOCK)) == MAP_POPULATE;
	if (populate)
		mm_populate(mm, ret, len);
	return (long)ret;
}

long mmsim_mmap(struct mmsim_process *p, unsigned long addr, unsigned long len,
		unsigned long prot, unsigned long flags, int fd, long off)
{
	struct file *file = NULL;
	long ret;

	if (off & ~PAGE_MASK)
		return -EINVAL;
	if (!(flags & MAP_ANONYMOUS)) {
		file = fget(p, fd);
		if (!file)
			return -EBADF;
		if (flags & MAP_HUGETLB)
			return -EINVAL;
	} else if (flags & MAP_HUGETLB) {
		return -ENOMEM;		/* no huge pages reserved */
	}
	ret = do_mmap(p->mm, file, addr, len, prot, flags,
		      (unsigned long)off >> PAGE_SHIFT);
	mm_debug_validate(p->machine);
	return ret;
}

/* ---- stack growth ------------------------------------------------------- */

#define STACK_GUARD_GAP	(256UL << PAGE_SHIFT)
#define RLIMIT_STACK_DEFAULT	(8UL << 20)

/*
 * A user fault at @addr just below a VM_GROWSDOWN VMA grows it down to the
 * faulting page, keeping stack_guard_gap from an accessible VMA below and
 * the whole within RLIMIT_STACK (8 MiB by default).  0, or -errno.
 */
int expand_downwards(struct vm_area_struct *vma, unsigned long addr)
{
	struct mm_struct *mm = vma->vm_mm;
	struct vm_area_struct *prev = vma_prev(vma);
	unsigned long grow;

	if (!(vma->vm_flags & VM_GROWSDOWN))
		return -EFAULT;
	addr &= PAGE_MASK;
	if (addr < vma->vm_mm->machine->profile.mmap_min_addr)
		return -EPERM;
	if (prev && !(prev->vm_flags & VM_GROWSDOWN) && vma_is_accessible(prev) &&
	    addr - prev->vm_end < STACK_GUARD_GAP)
		return -ENOMEM;
	if (prev && prev->vm_end > addr)
		return -ENOMEM;
	if (vma->vm_end - addr > RLIMIT_STACK_DEFAULT)
		return -ENOMEM;
	if (anon_vma_prepare(vma))
		return -ENOMEM;
	grow = (vma->vm_start - addr) >> PAGE_SHIFT;
	mm->total_vm += grow;
	if (vma->vm_flags & VM_LOCKED)
		mm->locked_vm += grow;
	vma->vm_start = addr;
	vma->vm_pgoff -= grow;
	vma_tree_update(&mm->mm_mt, &vma->node);
	return 0;
}

/* ---- teardown ----------------------------------------------------------- */

void exit_mmap(struct mm_struct *mm)
{
	struct vm_area_struct *vma, *next;

	for (vma = node_vma(mm->mm_mt.first); vma; vma = vma_next(vma))
		unmap_vma_pages(vma, vma->vm_start, vma->vm_end);
	for (vma = node_vma(mm->mm_mt.first); vma; vma = next) {
		next = vma_next(vma);
		vma_unlink_free(mm, vma);
	}
	vma_tree_destroy(&mm->mm_mt);
	pgd_free(mm);
	mm->total_vm = mm->locked_vm = 0;
}
