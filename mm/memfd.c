// SPDX-License-Identifier: MIT
/*
 * memfd_create() and file seals (mm/memfd.c): a memfd is a shmem file with
 * a descriptor and no name in any directory; seals, once added, restrict
 * how it may change and be mapped for as long as it lives.
 */
#include <string.h>

#include "fs.h"
#include "mm.h"
#include "vma.h"

#define MFD_ALL_FLAGS	(MFD_CLOEXEC | MFD_ALLOW_SEALING | MFD_HUGETLB | \
			 MFD_NOEXEC_SEAL | MFD_EXEC)
#define MFD_HUGE_SHIFT	26
#define MFD_HUGE_MASK	0x3fU

/*
 * MFD_HUGETLB makes a hugetlbfs file, which the model does not have: a
 * page size x86_64 has no huge pages of fails as on the host (-ENODEV),
 * the default size, 2 MiB and 1 GiB (the reference hosts' CPUs have
 * gigantic pages) with -ENOSYS.
 */
static long memfd_hugetlb(unsigned int flags)
{
	unsigned int shift = (flags >> MFD_HUGE_SHIFT) & MFD_HUGE_MASK;

	if (shift && shift != PMD_SHIFT && shift != PUD_SHIFT)
		return -ENODEV;
	return -ENOSYS;
}

/*
 * vm.memfd_noexec: a memfd that asks for neither MFD_EXEC nor
 * MFD_NOEXEC_SEAL gets MFD_EXEC at 0 and MFD_NOEXEC_SEAL from 1 on; at 2
 * an executable memfd is refused.  Returns the flags to go on with, or 0
 * for -EACCES (a memfd always ends up with one of the two flags, so 0 is
 * never a real answer).
 */
static unsigned int memfd_noexec_policy(const struct mmsim_machine *m,
					unsigned int flags)
{
	int sysctl = m->profile.memfd_noexec;

	if (!(flags & (MFD_EXEC | MFD_NOEXEC_SEAL)))
		flags |= sysctl >= 1 ? MFD_NOEXEC_SEAL : MFD_EXEC;
	if (!(flags & MFD_NOEXEC_SEAL) && sysctl >= 2)
		return 0;
	return flags;
}

long mmsim_memfd_create(struct mmsim_process *p, const char *uname,
			unsigned int flags)
{
	char name[NAME_MAX + 1];
	struct file *f;
	long fd;

	if (!(flags & MFD_HUGETLB)) {
		if (flags & ~MFD_ALL_FLAGS)
			return -EINVAL;
	} else if (flags & ~(MFD_ALL_FLAGS | (MFD_HUGE_MASK << MFD_HUGE_SHIFT))) {
		return -EINVAL;
	}
	if ((flags & MFD_EXEC) && (flags & MFD_NOEXEC_SEAL))
		return -EINVAL;
	flags = memfd_noexec_policy(p->machine, flags);
	if (!flags)
		return -EACCES;
	if (strlen(uname) > MFD_NAME_MAX_LEN)
		return -EINVAL;
	if (flags & MFD_HUGETLB)
		return memfd_hugetlb(flags);
	snprintf(name, sizeof(name), "memfd:%s", uname);
	f = shmem_file_setup(p->machine, name, 0);
	if (!f)
		return -ENOMEM;
	snprintf(file_inode(f)->name + strlen(file_inode(f)->name),
		 sizeof(file_inode(f)->name) - strlen(file_inode(f)->name),
		 " (deleted)");
	f->f_flags |= O_LARGEFILE;
	/* without MFD_NOEXEC_SEAL a memfd is executable */
	file_inode(f)->executable = !(flags & MFD_NOEXEC_SEAL);
	if (flags & MFD_NOEXEC_SEAL)
		file_inode(f)->seals = F_SEAL_EXEC;
	else if (flags & MFD_ALLOW_SEALING)
		file_inode(f)->seals = 0;
	fd = fd_install(p, f, flags & MFD_CLOEXEC);
	if (fd < 0)
		fput(f);
	mm_debug_validate(p->machine);
	return fd;
}

/*
 * The number of shared mappings that may write the file: F_SEAL_WRITE
 * cannot be added while there is one (the kernel's i_mmap_writable).
 */
bool file_is_writably_mapped(struct address_space *mapping)
{
	struct vm_area_struct *vma;

	list_for_each_entry(vma, &mapping->i_mmap, shared)
		if ((vma->vm_flags & (VM_SHARED | VM_MAYWRITE)) ==
		    (VM_SHARED | VM_MAYWRITE))
			return true;
	return false;
}

static long memfd_add_seals(struct file *file, unsigned int seals)
{
	struct inode *inode = file_inode(file);

	if (!(file->f_mode & FMODE_WRITE))
		return -EPERM;
	if (seals & ~(unsigned int)F_ALL_SEALS)
		return -EINVAL;
	if (inode->kind != INODE_SHMEM)
		return -EINVAL;
	if (inode->seals & F_SEAL_SEAL)
		return -EPERM;
	/* on an executable memfd F_SEAL_EXEC implies the write seals: W^X */
	if ((seals & F_SEAL_EXEC) && inode->executable)
		seals |= F_SEAL_SHRINK | F_SEAL_GROW | F_SEAL_WRITE |
			 F_SEAL_FUTURE_WRITE;
	if ((seals & F_SEAL_WRITE) && !(inode->seals & F_SEAL_WRITE) &&
	    file_is_writably_mapped(file->f_mapping))
		return -EBUSY;
	inode->seals |= seals;
	return 0;
}

long memfd_fcntl(struct file *file, unsigned int cmd, unsigned long arg)
{
	switch (cmd) {
	case F_ADD_SEALS:
		return memfd_add_seals(file, (unsigned int)arg);
	case F_GET_SEALS:
		if (file_inode(file)->kind != INODE_SHMEM)
			return -EINVAL;
		return file_inode(file)->seals;
	}
	return -EINVAL;
}

/*
 * mmap() of a write-sealed file: a writable shared mapping is refused; a
 * read-only shared one loses VM_MAYWRITE, so that mprotect() cannot make it
 * writable later.
 */
int memfd_check_seals_mmap(struct file *file, vm_flags_t *vm_flags)
{
	struct inode *inode = file_inode(file);

	if (inode->kind != INODE_SHMEM || shmem_may_write(inode))
		return 0;
	if (!(*vm_flags & VM_SHARED))
		return 0;
	if (*vm_flags & VM_WRITE)
		return -EPERM;
	*vm_flags &= ~VM_MAYWRITE;
	return 0;
}
