// SPDX-License-Identifier: MIT
/*
 * The page cache: folios of a file by index, reading and writing through
 * it (pread, pwrite), dirtying and writeback to the "disk" of a disk file.
 *
 * Reference counts follow the kernel's: the cache holds one reference per
 * page of a folio it caches, every PTE mapping a page holds one more, and
 * whoever holds a folio for a while (a fault in progress) holds one.
 */
#include <stdlib.h>
#include <string.h>

#include "fs.h"
#include "memory.h"
#include "mm.h"
#include "rmap.h"

struct folio *filemap_get_folio(struct address_space *mapping, unsigned long index)
{
	return xa_load(&mapping->i_pages, index);
}

/*
 * Cache @f at [index, index + nr): -EEXIST if any of it is cached already,
 * -ENOMEM, or 0 with the cache's references taken.  The folio joins the LRU
 * at once (the model has no per-CPU batches).
 */
int filemap_add_folio(struct address_space *mapping, struct folio *f,
		      unsigned long index)
{
	struct mmsim_machine *m = mapping->host->machine;
	unsigned long nr = folio_nr_pages(f), i = index;

	if (xa_find(&mapping->i_pages, &i, index + nr - 1))
		return -EEXIST;
	if (xa_store_range(&mapping->i_pages, index, index + nr - 1, f, m))
		return -ENOMEM;
	f->mapping = mapping;
	f->index = index;
	f->refcount += (int)nr;
	mapping->nrpages += nr;
	folio_set(f, PG_lru);
	if (shmem_mapping(mapping))
		folio_set(f, PG_swapbacked);
	return 0;
}

/* Drop @f from the cache, and the cache's references; it must be unmapped. */
void filemap_remove_folio(struct address_space *mapping, struct folio *f)
{
	struct mmsim_machine *m = mapping->host->machine;
	unsigned long i, nr = folio_nr_pages(f);

	VM_WARN_ON(folio_mapcount(m, f), "removing pfn %u from the cache while mapped %d times",
		   f->pfn, folio_mapcount(m, f));
	for (i = 0; i < nr; i++)
		xa_erase(&mapping->i_pages, f->index + i);
	mapping->nrpages -= nr;
	f->mapping = NULL;
	folio_clear(f, PG_lru);
	folio_put_refs(m, f, (int)nr);
}

/* ---- the disk ------------------------------------------------------------ */

/* Page @page of a disk file, at @index, as the disk holds it (0 if a hole). */
int read_block_into(struct inode *inode, struct folio *page, unsigned long index)
{
	void *b = xa_load(&inode->i_blocks, index);

	if (!b)
		return page_fill(page, 0, PAGE_SIZE, 0);
	if (xa_is_value(b))
		return page_fill(page, 0, PAGE_SIZE, (int)xa_to_value(b));
	if (folio_materialize(page))
		return -1;
	memcpy(page->data, b, PAGE_SIZE);
	return 0;
}

/*
 * Bring a disk file's folio @f that is not up to date (ext4 made it to
 * zero part of a block, ext4_zero_partial_blocks()) up to date, as
 * ->read_folio does: a page with no dirty data reads its block, a dirty
 * one (the zeroed block was read into it) holds its contents already.
 * 0, or -ENOMEM with the folio still not up to date.
 */
int filemap_read_folio(struct address_space *mapping, struct folio *f)
{
	struct inode *inode = mapping->host;
	unsigned long i;

	if (folio_test(f, PG_uptodate))
		return 0;
	if (!folio_test(f, PG_dirty)) {
		for (i = 0; i < folio_nr_pages(f); i++)
			if (read_block_into(inode, folio_page(inode->machine, f, i),
					    f->index + i))
				return -ENOMEM;
		ext4_read_folio_flags(inode, f);
	}
	folio_set(f, PG_uptodate);
	return 0;
}

/*
 * What ext4's read of folio @f, in the cache, from the disk leaves on it
 * (ext4_mpage_readpages()): a folio whose every block is on the disk is
 * PG_mappedtodisk, which kpageflags shows as KPF_OWNER_2; one where a
 * block follows a hole is read by buffer heads instead
 * (block_read_full_folio()), which stay attached.  Holes and unwritten
 * extents have no block here.  A write that fills a page from the disk
 * reads through buffer heads and sets neither.
 */
void ext4_read_folio_flags(struct inode *inode, struct folio *f)
{
	unsigned long i, nr = folio_nr_pages(f), index = f->index;
	bool hole = false;

	if (inode->kind != INODE_DISK)
		return;
	for (i = 0; i < nr; i++) {
		if (!xa_load(&inode->i_blocks, index + i)) {
			hole = true;
		} else if (hole) {
			folio_set(f, PG_private);
			return;
		}
	}
	if (!hole)
		folio_set(f, PG_mappedtodisk);
}

static void free_block(void *b)
{
	if (b && !xa_is_value(b))
		free(b);
}

/* Write page @page's contents to block @index: 0 or -ENOMEM. */
static int write_block(struct inode *inode, const struct folio *page,
		       unsigned long index)
{
	void *b, *old = xa_load(&inode->i_blocks, index);

	if (!page->data) {
		b = xa_mk_value(page->fill);
	} else {
		b = malloc(PAGE_SIZE);	/* block contents: host memory */
		if (!b)
			return -ENOMEM;
		memcpy(b, page->data, PAGE_SIZE);
	}
	if (xa_store(&inode->i_blocks, index, b, inode->machine)) {
		free_block(b);
		return -ENOMEM;
	}
	free_block(old);
	return 0;
}

/* Free the blocks at [start, end): the file's end moved, or a hole was punched. */
void free_inode_blocks(struct inode *inode, unsigned long start, unsigned long end)
{
	unsigned long index = start;
	void *b;

	if (start >= end)
		return;
	while ((b = xa_find(&inode->i_blocks, &index, end - 1))) {
		xa_erase(&inode->i_blocks, index);
		free_block(b);
		if (++index == 0 || index >= end)
			break;
	}
}

/*
 * Move the blocks of a disk file at and after @from by @shift, as ext4
 * shifts its extents: down for FALLOC_FL_COLLAPSE_RANGE (shift < 0, the
 * -shift blocks below @from are freed), up for FALLOC_FL_INSERT_RANGE
 * (shift > 0, a hole opens at @from).
 *
 *   collapse:  | kept | freed | moved |   ->   | kept | moved |
 *   insert:    | kept | moved |          ->   | kept | hole | moved |
 *
 * The blocks are indexed anew in a second xarray, which replaces the
 * first only once complete: out of memory, the file is as it was.
 */
int shift_inode_blocks(struct inode *inode, unsigned long from, long shift)
{
	unsigned long freed = shift < 0 ? from - (unsigned long)-shift : from;
	unsigned long index = 0;
	struct xarray moved;
	void *b;

	xa_init(&moved);
	while ((b = xa_find(&inode->i_blocks, &index, ~0UL))) {
		if (index < freed || index >= from) {
			unsigned long to = index >= from ? index + (unsigned long)shift : index;

			if (xa_store(&moved, to, b, inode->machine)) {
				xa_destroy(&moved);
				return -ENOMEM;
			}
		}
		if (++index == 0)
			break;
	}
	free_inode_blocks(inode, freed, from);
	xa_destroy(&inode->i_blocks);
	inode->i_blocks = moved;
	return 0;
}

/*
 * Zeroing bytes [start, end) of a disk file's blocks comes in two steps, so
 * that a size change or a hole punch allocates everything before it
 * changes anything: prepare makes the new contents of the (at most two)
 * blocks the range covers in part; commit installs them and frees the
 * blocks it covers whole.
 */
static int zero_part_prepare(struct inode *inode, struct blocks_zeroing *z,
			     unsigned long index, long long start, long long end)
{
	long long pos = (long long)index << PAGE_SHIFT;
	void *old = xa_load(&inode->i_blocks, index);
	uint8_t *b;

	if (!old)
		return 0;	/* a hole reads as zeroes already */
	b = malloc(PAGE_SIZE);	/* block contents: host memory */
	if (!b)
		return -ENOMEM;
	if (xa_is_value(old))
		memset(b, (int)xa_to_value(old), PAGE_SIZE);
	else
		memcpy(b, old, PAGE_SIZE);
	memset(b + (start - pos), 0, (size_t)(end - start));
	z->part[z->nr].index = index;
	z->part[z->nr].block = b;
	z->nr++;
	return 0;
}

int zero_blocks_prepare(struct inode *inode, long long start, long long end,
			struct blocks_zeroing *z)
{
	unsigned long sb = (unsigned long)(start >> PAGE_SHIFT);
	unsigned long eb = (unsigned long)((end - 1) >> PAGE_SHIFT);
	bool head = start & (long long)~PAGE_MASK, tail = end & (long long)~PAGE_MASK;
	int err = 0;

	z->start = start;
	z->end = end;
	z->nr = 0;
	if (inode->kind != INODE_DISK || start >= end)
		return 0;
	if (sb == eb && (head || tail)) {
		err = zero_part_prepare(inode, z, sb, start, end);
	} else {
		if (head)
			err = zero_part_prepare(inode, z, sb, start,
						(long long)(sb + 1) << PAGE_SHIFT);
		if (!err && tail)
			err = zero_part_prepare(inode, z, eb,
						(long long)eb << PAGE_SHIFT, end);
	}
	if (err)
		zero_blocks_abort(z);
	return err;
}

void zero_blocks_commit(struct inode *inode, struct blocks_zeroing *z)
{
	int i;

	if (inode->kind != INODE_DISK || z->start >= z->end)
		return;
	for (i = 0; i < z->nr; i++) {
		/* the slot is there: storing over it allocates nothing */
		free_block(xa_load(&inode->i_blocks, z->part[i].index));
		xa_store(&inode->i_blocks, z->part[i].index, z->part[i].block,
			 inode->machine);
	}
	z->nr = 0;
	free_inode_blocks(inode,
			  (unsigned long)((z->start + (long long)PAGE_SIZE - 1) >> PAGE_SHIFT),
			  (unsigned long)(z->end >> PAGE_SHIFT));
}

void zero_blocks_abort(struct blocks_zeroing *z)
{
	while (z->nr)
		free(z->part[--z->nr].block);
}

/*
 * Before a range is zeroed in the page cache: the cached page holding byte
 * @pos, if the range starts or ends inside it, gets its own buffer now, so
 * that zeroing part of it later cannot fail.
 */
int pagecache_prepare_partial(struct address_space *mapping, long long pos)
{
	unsigned long index = (unsigned long)(pos >> PAGE_SHIFT);
	struct folio *f;

	if (!(pos & (long long)~PAGE_MASK))
		return 0;
	f = filemap_get_folio(mapping, index);
	if (!f)
		return 0;
	f = folio_page(mapping->host->machine, f, index - f->index);
	return f->fill && folio_materialize(f) ? -ENOMEM : 0;
}

/*
 * A disk file grows past @old_size: the bytes of its last page beyond the
 * old end, up to @upto, may hold what a store through a mapping left there
 * and must read as zeroes now (ext4 zeroes the end-of-file block).  0, or
 * -ENOMEM with nothing changed.
 */
int disk_zero_eof_tail(struct inode *inode, long long old_size, long long upto)
{
	unsigned long index = (unsigned long)(old_size >> PAGE_SHIFT);
	long long pend = ((long long)index + 1) << PAGE_SHIFT;
	struct blocks_zeroing z;
	struct folio *f;

	if (inode->kind != INODE_DISK || !(old_size & (long long)~PAGE_MASK))
		return 0;
	if (upto > pend)
		upto = pend;
	if (upto <= old_size)
		return 0;
	if (pagecache_prepare_partial(&inode->i_data, old_size) ||
	    zero_blocks_prepare(inode, old_size, upto, &z))
		return -ENOMEM;
	f = filemap_get_folio(&inode->i_data, index);
	if (f)
		page_fill(folio_page(inode->machine, f, index - f->index),
			  (unsigned long)(old_size & (long long)~PAGE_MASK),
			  (unsigned long)(upto - old_size), 0);
	zero_blocks_commit(inode, &z);
	return 0;
}

/* ---- dirtying and writeback --------------------------------------------- */

void folio_mark_dirty(struct folio *f)
{
	folio_set(f, PG_dirty);
}

/*
 * Write a dirty folio of a disk file back: first its shared mappings lose
 * write permission and the dirty bit (folio_mkclean), so that the next
 * store faults and dirties the folio again; then its pages go to disk.
 */
static int write_one_folio(struct address_space *mapping, struct folio *f)
{
	struct inode *inode = mapping->host;
	unsigned long i;

	folio_mkclean(mapping, f);
	for (i = 0; i < folio_nr_pages(f); i++) {
		struct folio *page = folio_page(inode->machine, f, i);
		long long pos = (long long)(f->index + i) << PAGE_SHIFT;

		/*
		 * What of the folio lies past the end of file is zeroed on
		 * every writeback: a mapping may have stored there.
		 */
		if (pos + (long long)PAGE_SIZE > inode->i_size) {
			long long from = pos > inode->i_size ? pos : inode->i_size;

			if (page_fill(page, (unsigned long)(from - pos),
				      (unsigned long)(pos + (long long)PAGE_SIZE - from), 0))
				return -ENOMEM;
		}
		if (write_block(inode, page, f->index + i))
			return -ENOMEM;
	}
	folio_clear(f, PG_dirty);
	return 0;
}

/* Write back every dirty folio of @mapping in [first, last]. */
int filemap_write_and_wait_range(struct address_space *mapping,
				 unsigned long first, unsigned long last)
{
	unsigned long index = first;
	struct folio *f;

	if (mapping->host->kind != INODE_DISK)
		return 0;
	while ((f = xa_find(&mapping->i_pages, &index, last))) {
		if (folio_test(f, PG_dirty) && write_one_folio(mapping, f))
			return -ENOMEM;
		index = f->index + folio_nr_pages(f);
		if (!index || index > last)
			break;
	}
	return 0;
}

int filemap_write_and_wait(struct address_space *mapping)
{
	return filemap_write_and_wait_range(mapping, 0, ~0UL);
}

/* ---- read ----------------------------------------------------------------- */

/*
 * The folio caching @index of a disk file, read in by readahead if it is
 * not cached, or by itself if cached but not up to date (readahead passes
 * such a folio by); NULL when out of memory.  Touching a folio marked for
 * readahead starts the next window.
 */
static struct folio *filemap_get_pages(struct file *file, unsigned long index,
				       unsigned long req)
{
	struct address_space *mapping = file->f_mapping;
	struct folio *f = filemap_get_folio(mapping, index);

	if (!f) {
		page_cache_sync_readahead(file, index, req);
		f = filemap_get_folio(mapping, index);
		if (!f)
			return NULL;
	}
	if (folio_test(f, PG_readahead))
		page_cache_async_readahead(file, f, index, req);
	/* a folio cached but not up to date is read in by itself */
	if (filemap_read_folio(mapping, f))
		return NULL;
	return f;
}

/*
 * pread(): [pos, pos + len) up to the end of file.  Returns the bytes read
 * (*byte their common byte, MMSIM_READ_MIXED, or MMSIM_READ_NONE for none)
 * or -ENOMEM.  A shmem hole reads as zeroes without a page being made.
 */
long filemap_read(struct file *file, long long pos, unsigned long len, int *byte)
{
	struct inode *inode = file_inode(file);
	long long end = pos + (long long)len, want = end;
	int common = PAGE_COMMON_NONE;
	long long done = 0;

	if (end > inode->i_size)
		end = inode->i_size;
	while (pos + done < end) {
		long long at = pos + done;
		unsigned long index = (unsigned long)(at >> PAGE_SHIFT);
		unsigned long off = (unsigned long)(at & (long long)~PAGE_MASK);
		unsigned long n = PAGE_SIZE - off;
		struct folio *f;

		if ((long long)n > end - at)
			n = (unsigned long)(end - at);
		if (inode->kind == INODE_SHMEM) {
			f = filemap_get_folio(file->f_mapping, index);
			if (!f || !folio_test(f, PG_uptodate)) {
				common = common == PAGE_COMMON_NONE || common == 0 ?
					 0 : MMSIM_READ_MIXED;
				done += (long long)n;
				continue;
			}
		} else {
			/*
			 * The pages the request still spans, as the kernel
			 * counts them: to the page holding its last byte,
			 * past the end of file too.
			 */
			unsigned long req = (unsigned long)
				((want + (long long)PAGE_SIZE - 1) >> PAGE_SHIFT) - index;

			f = filemap_get_pages(file, index, req);
			if (!f)
				break;
		}
		common = page_read_common(folio_page(inode->machine, f, index - f->index),
					  off, n, common);
		folio_set(f, PG_referenced);
		done += (long long)n;
	}
	file->f_ra.prev_pos = pos + done;
	if (!done && pos < end) {
		*byte = MMSIM_READ_NONE;
		return -ENOMEM;
	}
	*byte = done ? common : MMSIM_READ_NONE;
	return (long)done;
}

/* ---- write ---------------------------------------------------------------- */

/*
 * The order of the folio a write of @bytes at @index allocates: ext4 asks
 * for the largest that the write's length covers (fgf_set_order), cut down
 * to the index's alignment.  shmem, with huge pages off, uses order 0.
 */
static unsigned int write_folio_order(const struct inode *inode,
				      unsigned long index, unsigned long bytes)
{
	unsigned int order = 0;

	if (inode->kind != INODE_DISK)
		return 0;
	while (order < EXT4_MAX_FOLIO_ORDER && (PAGE_SIZE << (order + 1)) <= bytes)
		order++;
	while (order && (index & ((1UL << order) - 1)))
		order--;
	return order;
}

/*
 * The folio a write at @index goes to: the cached one (read in if it is not
 * up to date), or a new one filled from the disk (the write may cover only
 * part of it).  A smaller order is tried where a larger one would overlap
 * what is cached.
 */
static struct folio *write_begin(struct file *file, unsigned long index,
				 unsigned long bytes, int *err)
{
	struct address_space *mapping = file->f_mapping;
	struct inode *inode = mapping->host;
	struct mmsim_machine *m = inode->machine;
	struct folio *f = filemap_get_folio(mapping, index);
	int order;

	*err = 0;
	if (f) {
		/*
		 * ext4's write_begin reads what the write leaves of a block
		 * that is on disk, and zeroes it over a hole: either way the
		 * folio holds what the disk does, as reading it in gives.
		 */
		if (filemap_read_folio(mapping, f)) {
			*err = -ENOMEM;
			return NULL;
		}
		return f;
	}
	for (order = (int)write_folio_order(inode, index, bytes); order >= 0; order--) {
		unsigned long base = index & ~((1UL << order) - 1), i;

		f = folio_alloc_order(m, (unsigned int)order);
		if (!f)
			break;
		for (i = 0; i < folio_nr_pages(f); i++)
			if (inode->kind == INODE_DISK &&
			    read_block_into(inode, folio_page(m, f, i), base + i))
				break;
		if (i < folio_nr_pages(f)) {
			folio_put(m, f);
			break;
		}
		*err = filemap_add_folio(mapping, f, base);
		folio_put(m, f);	/* the cache holds it now, if anyone */
		if (!*err) {
			folio_set(f, PG_uptodate);
			return f;
		}
		if (*err != -EEXIST)
			return NULL;
	}
	*err = -ENOMEM;
	return NULL;
}

/*
 * pwrite() of @len copies of @byte at @pos, through the page cache:
 * the folios written become dirty and up to date, the file grows.  Returns
 * the bytes written, or -errno if none were.
 */
long generic_perform_write(struct file *file, long long pos, unsigned long len,
			   int byte)
{
	struct inode *inode = file_inode(file);
	struct mmsim_machine *m = inode->machine;
	unsigned long chunk = inode->kind == INODE_DISK ?
			      PAGE_SIZE << EXT4_MAX_FOLIO_ORDER : PAGE_SIZE;
	long long done = 0;
	int err = 0;

	while ((unsigned long long)done < len) {
		long long at = pos + done;
		unsigned long offset = (unsigned long)at & (chunk - 1);
		unsigned long bytes = chunk - offset, index, fend, i;
		long long old_size = inode->i_size;
		struct folio *f;

		if (bytes > len - (unsigned long)done)
			bytes = len - (unsigned long)done;
		index = (unsigned long)(at >> PAGE_SHIFT);
		if (at > old_size && disk_zero_eof_tail(inode, old_size, at)) {
			err = -ENOMEM;
			break;
		}
		/* shmem_write_begin: a seal against growth stops the write */
		if (inode->kind == INODE_SHMEM && (inode->seals & F_SEAL_GROW) &&
		    at + (long long)bytes > inode->i_size) {
			err = -EPERM;
			break;
		}
		f = write_begin(file, index, bytes, &err);
		if (!f)
			break;
		fend = (f->index + folio_nr_pages(f)) << PAGE_SHIFT;
		if ((unsigned long long)at + bytes > fend)
			bytes = (unsigned long)(fend - (unsigned long long)at);
		for (i = 0; i < bytes;) {
			unsigned long a = (unsigned long)at + i;
			unsigned long off = a & ~PAGE_MASK;
			unsigned long n = PAGE_SIZE - off;

			if (n > bytes - i)
				n = bytes - i;
			if (page_fill(folio_page(m, f, (a >> PAGE_SHIFT) - f->index),
				      off, n, byte)) {
				err = -ENOMEM;
				break;
			}
			i += n;
		}
		if (i) {
			folio_set(f, PG_uptodate);
			folio_mark_dirty(f);
			if (inode->kind == INODE_DISK)
				folio_set(f, PG_private);	/* buffer heads */
		}
		done += (long long)i;
		if (pos + done > inode->i_size)
			inode->i_size = pos + done;
		/*
		 * ext4's write_end, past the old end of file: the blocks
		 * between are zeroed through the page cache.
		 */
		if (i && at > old_size)
			ext4_zero_partial_blocks(inode, old_size, at - old_size);
		if (err)
			break;
	}
	return done ? (long)done : err;
}

/* ---- faults ---------------------------------------------------------------- */

/*
 * A fault found @folio cached: if it is marked, read the next window,
 * which (the I/O dropping the mmap lock) makes the fault retry.
 */
static bool do_async_mmap_readahead(struct vm_fault *vmf, struct folio *folio)
{
	struct file *file = vmf->vma->vm_file;
	struct file_ra_state *ra = &file->f_ra;

	if ((vmf->vma->vm_flags & VM_RAND_READ) || !ra->ra_pages)
		return false;
	if (ra->mmap_miss)
		ra->mmap_miss--;
	if (!folio_test(folio, PG_readahead))
		return false;
	page_cache_async_readahead(file, folio, vmf->pgoff, ra->ra_pages);
	return true;
}

/* A fault missed the cache: read ahead as the VMA's advice says. */
static void do_sync_mmap_readahead(struct vm_fault *vmf)
{
	struct file *file = vmf->vma->vm_file;
	vm_flags_t vm_flags = vmf->vma->vm_flags;

	/* executable mappings read ahead even with MADV_RANDOM */
	if ((vm_flags & (VM_RAND_READ | VM_EXEC)) == VM_RAND_READ)
		return;
	if (!file->f_ra.ra_pages)
		return;
	if (vm_flags & VM_SEQ_READ) {
		page_cache_sync_readahead(file, vmf->pgoff, file->f_ra.ra_pages);
		return;
	}
	page_cache_read_around(file, vmf->pgoff, vmf->vma->vm_pgoff,
			       vma_pages(vmf->vma), vm_flags & VM_EXEC);
}

/* Read one order-0 folio at @index in, outside any readahead window. */
static struct folio *filemap_read_one(struct address_space *mapping,
				      unsigned long index)
{
	struct inode *inode = mapping->host;
	struct folio *f = folio_alloc(inode->machine, NULL);

	if (!f)
		return NULL;
	if (read_block_into(inode, f, index) || filemap_add_folio(mapping, f, index)) {
		folio_put(inode->machine, f);
		return NULL;
	}
	folio_set(f, PG_uptodate);
	ext4_read_folio_flags(inode, f);
	folio_put(inode->machine, f);
	return f;
}

/*
 * ->fault of disk files: the cached page, or the page read in (a cached
 * folio that is not up to date is read by itself).  Reading drops the mmap
 * lock in the kernel, so a first try that read anything returns
 * VM_FAULT_RETRY and the fault is made again.
 */
static vm_fault_t filemap_fault(struct vm_fault *vmf)
{
	struct file *file = vmf->vma->vm_file;
	struct address_space *mapping = file->f_mapping;
	struct inode *inode = mapping->host;
	unsigned long index = vmf->pgoff;
	bool first = !(vmf->flags & FAULT_FLAG_TRIED);
	struct folio *folio;

	if (index >= i_size_pages(inode))
		return VM_FAULT_SIGBUS;
	folio = filemap_get_folio(mapping, index);
	if (folio) {
		if (first && do_async_mmap_readahead(vmf, folio))
			return VM_FAULT_RETRY;
		if (!folio_test(folio, PG_uptodate)) {
			/* read it in by itself (page_not_uptodate), no readahead */
			if (filemap_read_folio(mapping, folio))
				return VM_FAULT_OOM;
			if (first)
				return VM_FAULT_RETRY;
		}
	} else {
		do_sync_mmap_readahead(vmf);
		folio = filemap_get_folio(mapping, index);
		if (!folio)
			folio = filemap_read_one(mapping, index);
		if (!folio)
			return VM_FAULT_OOM;
		if (first)
			return VM_FAULT_RETRY;
	}
	folio_set(folio, PG_referenced);
	folio_get(folio);
	vmf->page = folio_page(inode->machine, folio, index - folio->index);
	return 0;
}

/* ext4's page_mkwrite: buffers are attached to the page about to be written. */
static vm_fault_t filemap_page_mkwrite(struct vm_fault *vmf)
{
	struct inode *inode = vmf->vma->vm_file->f_mapping->host;

	if (vmf->pgoff >= i_size_pages(inode))
		return VM_FAULT_SIGBUS;
	folio_set(page_folio(vmf->page), PG_private);
	return 0;
}

const struct vm_operations_struct generic_file_vm_ops = {
	.fault = filemap_fault,
	.map_pages = filemap_map_pages,
	.page_mkwrite = filemap_page_mkwrite,
};
