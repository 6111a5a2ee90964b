// SPDX-License-Identifier: MIT
/*
 * shmem: files whose only copy is the page cache (memfd_create, and the
 * file behind every MAP_SHARED|MAP_ANONYMOUS mapping).  Pages are made one
 * at a time, zeroed, by the faults and writes that need them; a read of a
 * hole through pread() makes none.  With no swap nothing is ever dropped,
 * and with shmem THP "never" (the reference hosts) every folio is order 0.
 */
#include "fs.h"
#include "memory.h"
#include "mm.h"
#include "userfaultfd.h"

/*
 * A shmem file of @size bytes named @name (as maps shows it), unlinked
 * from the start; its one reference is the caller's.
 */
struct file *shmem_file_setup(struct mmsim_machine *m, const char *name,
			      long long size)
{
	struct inode *inode = new_inode(m, INODE_SHMEM, name);
	struct file *f;

	if (!inode)
		return NULL;
	inode->i_size = size;
	inode->seals = F_SEAL_SEAL;	/* until memfd_create allows sealing */
	f = alloc_file(inode, FMODE_READ | FMODE_WRITE, O_RDWR);
	iput(inode);			/* the file holds it now, if anyone */
	return f;
}

/* May the file be written through write() or a new writable mapping? */
bool shmem_may_write(const struct inode *inode)
{
	return !(inode->seals & (F_SEAL_WRITE | F_SEAL_FUTURE_WRITE));
}

/* A new zeroed page at @index, cached and up to date; NULL if out of memory. */
static struct folio *shmem_alloc_folio(struct inode *inode, unsigned long index)
{
	struct mmsim_machine *m = inode->machine;
	struct folio *f = folio_alloc(m, NULL);

	if (!f)
		return NULL;
	if (filemap_add_folio(&inode->i_data, f, index)) {
		folio_put(m, f);
		return NULL;
	}
	folio_put(m, f);	/* the cache's references keep it */
	return f;
}

/*
 * The folio at @index, made if missing and @alloc (SGP_CACHE); a folio
 * preallocated by fallocate() becomes up to date (zeroed) on first use.
 * 0 with *foliop (NULL for a hole when !@alloc), or -ENOMEM.
 */
int shmem_get_folio(struct inode *inode, unsigned long index, bool alloc,
		    struct folio **foliop)
{
	struct folio *f = filemap_get_folio(&inode->i_data, index);

	if (!f && alloc) {
		f = shmem_alloc_folio(inode, index);
		if (!f)
			return -ENOMEM;
	}
	if (f && alloc)
		folio_set(f, PG_uptodate);
	*foliop = f;
	return 0;
}

/*
 * ->fault of shmem: the page at the fault's index, made if it is a hole.
 * A registered VMA hands the fault to its userfaultfd instead: a cached
 * page under MINOR, a hole under MISSING (a page fallocate() made is no
 * hole).
 */
static vm_fault_t shmem_fault(struct vm_fault *vmf)
{
	struct vm_area_struct *vma = vmf->vma;
	struct inode *inode = file_inode(vma->vm_file);
	struct folio *f;

	if ((long long)vmf->pgoff << PAGE_SHIFT >= inode->i_size)
		return VM_FAULT_SIGBUS;
	f = filemap_get_folio(&inode->i_data, vmf->pgoff);
	if (f && userfaultfd_minor(vma))
		return handle_userfault(vmf, VM_UFFD_MINOR);
	if (!f && userfaultfd_missing(vma))
		return handle_userfault(vmf, VM_UFFD_MISSING);
	if (shmem_get_folio(inode, vmf->pgoff, /* alloc = */ true, &f))
		return VM_FAULT_OOM;
	folio_get(f);
	vmf->page = f;
	return 0;
}

const struct vm_operations_struct shmem_vm_ops = {
	.fault = shmem_fault,
	.map_pages = filemap_map_pages,
};

/*
 * fallocate() on shmem: punch a hole (zeroing partial pages, unmapping and
 * freeing whole ones; private COW copies stay), or preallocate pages that
 * read as zeroes until first used.
 */
long shmem_fallocate(struct file *file, int mode, long long off, long long len)
{
	struct inode *inode = file_inode(file);
	unsigned long first, last, index, nr = 0, k;
	struct folio **made;

	if (mode & ~(FALLOC_FL_KEEP_SIZE | FALLOC_FL_PUNCH_HOLE))
		return -EOPNOTSUPP;
	if (mode & FALLOC_FL_PUNCH_HOLE) {
		if (!shmem_may_write(inode))
			return -EPERM;
		if (pagecache_prepare_partial(&inode->i_data, off) ||
		    pagecache_prepare_partial(&inode->i_data, off + len))
			return -ENOMEM;
		truncate_pagecache_range(inode, off, off + len - 1);
		return 0;
	}
	if ((inode->seals & F_SEAL_GROW) && off + len > inode->i_size)
		return -EPERM;
	first = (unsigned long)(off >> PAGE_SHIFT);
	last = (unsigned long)((off + len - 1) >> PAGE_SHIFT);
	/* what this call preallocates, so that a failure can undo exactly that */
	made = mm_alloc(inode->machine, (last - first + 1) * sizeof(*made));
	if (!made)
		return -ENOMEM;
	for (index = first; index <= last; index++) {
		if (filemap_get_folio(&inode->i_data, index))
			continue;
		made[nr] = shmem_alloc_folio(inode, index);
		if (!made[nr]) {
			while (nr--)
				filemap_remove_folio(&inode->i_data, made[nr]);
			mm_free(made);
			return -ENOMEM;
		}
		nr++;
	}
	/*
	 * Dirty, so that reclaim would swap rather than free them.  A page
	 * an earlier call preallocated is initialized now, lest an undo of
	 * this one drop it (SGP_FALLOC): uptodate from here on, fault-around
	 * maps it.
	 */
	for (index = first, k = 0; index <= last; index++) {
		struct folio *f = filemap_get_folio(&inode->i_data, index);

		if (k < nr && made[k] == f)
			k++;
		else
			folio_set(f, PG_uptodate);
		folio_mark_dirty(f);
	}
	mm_free(made);
	if (!(mode & FALLOC_FL_KEEP_SIZE) && off + len > inode->i_size)
		inode->i_size = off + len;
	return 0;
}
