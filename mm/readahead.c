// SPDX-License-Identifier: MIT
/*
 * Readahead for disk files, by the window rules of 6.18's mm/readahead.c:
 * a miss reads a synchronous window and marks a page of its tail
 * (PG_readahead); touching the marked page reads the next, larger window
 * asynchronously, in folios two orders larger.  A fault on a mapping reads
 * around the faulting page instead, ra_pages wide.  Reads complete at once
 * in the model, so every page read in is up to date when its call returns.
 * A folio already cached is passed by, up to date or not: one that ext4
 * left not up to date is read only by a fault on it or a read of it.
 *
 * shmem has no readahead: its pages are made one at a time by faults and
 * writes.
 */
#include "fs.h"
#include "mm.h"

#define MMAP_LOTSAMISS	100

void file_ra_state_init(struct file *file)
{
	struct file_ra_state *ra = &file->f_ra;
	const struct mmsim_profile *pf = &file_inode(file)->machine->profile;

	ra->ra_pages = (unsigned int)(pf->read_ahead_kb * 1024 / PAGE_SIZE);
	ra->prev_pos = -1;
}

static unsigned long roundup_pow_of_two(unsigned long n)
{
	unsigned long r = 1;

	while (r < n)
		r <<= 1;
	return r;
}

static unsigned int ilog2(unsigned long n)
{
	unsigned int r = 0;

	while (n >>= 1)
		r++;
	return r;
}

/* The first window: four times the request while small, then doubling. */
static unsigned long get_init_ra_size(unsigned long size, unsigned long max)
{
	unsigned long newsize = roundup_pow_of_two(size);

	if (newsize <= max / 32)
		newsize *= 4;
	else if (newsize <= max / 4)
		newsize *= 2;
	else
		newsize = max;
	return newsize < max ? newsize : max;
}

/* Each following window: four times, then twice, the last, up to max. */
static unsigned long get_next_ra_size(const struct file_ra_state *ra,
				      unsigned long max)
{
	unsigned long cur = ra->size;

	if (cur < max / 16)
		return 4 * cur;
	if (cur <= max / 2)
		return 2 * cur;
	return max;
}

/*
 * Read a new folio of @order at @index in from the disk and cache it,
 * marked for readahead if it starts at @mark.  0, -EEXIST or -ENOMEM.
 */
static int ra_alloc_folio(struct file *file, unsigned long index,
			  unsigned long mark, unsigned int order)
{
	struct address_space *mapping = file->f_mapping;
	struct inode *inode = mapping->host;
	struct mmsim_machine *m = inode->machine;
	struct folio *f = folio_alloc_order(m, order);
	unsigned long i;
	int err;

	if (!f)
		return -ENOMEM;
	for (i = 0; i < folio_nr_pages(f); i++) {
		if (read_block_into(inode, folio_page(m, f, i), index + i)) {
			folio_put(m, f);
			return -ENOMEM;
		}
	}
	err = filemap_add_folio(mapping, f, index);
	if (!err) {
		folio_set(f, PG_uptodate);
		ext4_read_folio_flags(inode, f);
		mark &= ~((1UL << order) - 1);
		if (index == mark)
			folio_set(f, PG_readahead);
	}
	folio_put(m, f);
	return err;
}

/* The last page index of the file, or -1 if it is empty. */
static long last_index(const struct inode *inode)
{
	return (long)((inode->i_size - 1) >> PAGE_SHIFT);
}

/*
 * Read @nr pages from @index in order-0 folios, skipping what is cached,
 * never past the end of file; mark the page @lookahead before the end.
 */
static void do_page_cache_ra(struct file *file, unsigned long index,
			     unsigned long nr, unsigned long lookahead)
{
	struct inode *inode = file_inode(file);
	long end = last_index(inode);
	unsigned long i, mark;

	if (end < 0 || index > (unsigned long)end)
		return;
	if (nr > (unsigned long)end - index)
		nr = (unsigned long)end - index + 1;
	mark = nr - lookahead;		/* wraps (no mark) past the end */
	for (i = 0; i < nr;) {
		struct folio *f = filemap_get_folio(file->f_mapping, index + i);

		if (f) {
			i = f->index + folio_nr_pages(f) - index;
			continue;
		}
		if (ra_alloc_folio(file, index + i, i == mark ? index + i : ~0UL, 0))
			return;
		i++;
	}
}

/*
 * Read the window ra->start, ra->size in folios of ra->order (or smaller,
 * to keep folios aligned and inside the file); a page already cached ends
 * the large-folio pass, and order-0 readahead fills the gaps.
 */
static void page_cache_ra_order(struct file *file, struct file_ra_state *ra)
{
	struct inode *inode = file_inode(file);
	unsigned long start = ra->start, index = start, limit, mark;
	long eof = last_index(inode);
	unsigned int new_order = ra->order;
	int err = 0;

	if (eof < 0)
		return;
	limit = (unsigned long)eof;
	if (limit > start + ra->size - 1)
		limit = start + ra->size - 1;
	if (new_order > EXT4_MAX_FOLIO_ORDER)
		new_order = EXT4_MAX_FOLIO_ORDER;
	if (ra->size && new_order > ilog2(ra->size))
		new_order = ilog2(ra->size);
	ra->order = new_order;
	mark = start + ra->size - ra->async_size;
	while (index <= limit) {
		unsigned int order = new_order;

		while (order && (index & ((1UL << order) - 1)))
			order--;
		while (order && index + (1UL << order) - 1 > limit)
			order--;
		err = ra_alloc_folio(file, index, mark, order);
		if (err)
			break;
		index += 1UL << order;
	}
	if (err == -EEXIST && ra->size > index - start)
		do_page_cache_ra(file, index, ra->size - (index - start),
				 ra->async_size);
}

/*
 * The first index at or below @index, looking back at most @max_scan pages,
 * that is not cached; ~0UL if everything down to 0 is.  The answer is the
 * one the kernel's xas_prev() walk gives, quirks included: when @index
 * lies inside a large folio of a leaf node (order 1 to 5, an entry of
 * several slots), the first load settles on the folio's first slot, and
 * the walk reads on from there while the index it reports stays @index
 * minus the steps taken, so a miss is reported that far above the real
 * one.  At the start of a leaf (64 slots) the walk moves to the previous
 * leaf: in step again if it was, or one behind (the same slot read
 * twice), or else a whole leaf behind:
 *
 *   slots   | 13 (miss) | 14 ... 23 | 24 ... 31 (one folio) |
 *   walk from 30: reads 30 -> 24, 23, ..., 13 while reporting 30, 29, ..., 19
 */
static unsigned long page_cache_prev_miss(struct address_space *mapping,
					  unsigned long index,
					  unsigned long max_scan)
{
	unsigned long slot = index;
	bool first = true;
	struct folio *f;

	while (max_scan--) {
		if (!first) {
			if (slot & 63) {
				index--;
				slot--;
			} else if (index == slot) {
				if (!index)
					return ~0UL;
				index--;
				slot = index;
			} else if (index - slot == 1) {
				index--;
			} else {
				index--;
				if (slot < 64)
					return index;
				slot = index - 64;
			}
		}
		f = filemap_get_folio(mapping, slot);
		if (!f)
			return index;
		if (first && f->index != slot && f->order < 6)
			slot = f->index;
		first = false;
	}
	return index;
}

/* A read missed the cache at @index, wanting @req pages. */
void page_cache_sync_readahead(struct file *file, unsigned long index,
			       unsigned long req)
{
	struct file_ra_state *ra = &file->f_ra;
	unsigned long max = ra->ra_pages, prev, miss, contig;

	if (!max) {
		do_page_cache_ra(file, index, 1, 0);
		return;
	}
	prev = (unsigned long)((unsigned long long)ra->prev_pos >> PAGE_SHIFT);
	if (!index || req > max || index - prev <= 1) {
		ra->start = index;
		ra->size = (unsigned int)get_init_ra_size(req, max);
		ra->async_size = ra->size > req ? ra->size - (unsigned int)req :
						  ra->size >> 1;
		goto readit;
	}
	miss = page_cache_prev_miss(file->f_mapping, index - 1, max);
	contig = index - miss - 1;
	if (contig <= req) {
		do_page_cache_ra(file, index, req, 0);
		return;
	}
	if (miss == ~0UL)
		contig *= 2;
	ra->start = index;
	ra->size = (unsigned int)(contig + req < max ? contig + req : max);
	ra->async_size = 1;
readit:
	ra->order = 0;
	page_cache_ra_order(file, ra);
}

/* The marked folio @f at @index was touched: read the next window. */
void page_cache_async_readahead(struct file *file, struct folio *f,
				unsigned long index, unsigned long req)
{
	struct file_ra_state *ra = &file->f_ra;
	unsigned long max = ra->ra_pages, expected, start;

	if (!max)
		return;
	folio_clear(f, PG_readahead);
	expected = (ra->start + ra->size - ra->async_size) &
		   ~(folio_nr_pages(f) - 1);
	if (index == expected) {
		unsigned long next = get_next_ra_size(ra, max);

		ra->start += ra->size;
		ra->size = (unsigned int)(ra->size > next ? ra->size : next);
		ra->async_size = ra->size;
	} else {
		/* a mark without a matching window: size it from the cache */
		for (start = index + 1; start - index <= max; start++)
			if (!filemap_get_folio(file->f_mapping, start))
				break;
		if (start - index > max)
			return;
		ra->start = start;
		ra->size = (unsigned int)(start - index + req);
		ra->size = (unsigned int)get_next_ra_size(ra, max);
		ra->async_size = ra->size;
	}
	ra->order = f->order + 2;
	page_cache_ra_order(file, ra);
}

/*
 * A fault on a mapping missed the cache at @index: read around it, ra_pages
 * centred on the fault (on an @exec mapping, from the fault to the end of
 * the VMA, which starts at file page @vma_pgoff and is @vma_pages long),
 * unless faults miss so often that readahead only hurts.
 */
void page_cache_read_around(struct file *file, unsigned long index,
			    unsigned long vma_pgoff, unsigned long vma_pages,
			    bool exec)
{
	struct file_ra_state *ra = &file->f_ra;

	if (!ra->ra_pages)
		return;
	if (ra->mmap_miss < MMAP_LOTSAMISS * 10)
		ra->mmap_miss++;
	if (ra->mmap_miss > MMAP_LOTSAMISS)
		return;
	if (exec) {
		/*
		 * Code is read at random: from the fault on, not around it,
		 * no further than the VMA, with no marker for more (the
		 * exec folio order is 0 on x86).
		 */
		unsigned long end = vma_pgoff + vma_pages;

		ra->start = index > vma_pgoff ? index : vma_pgoff;
		ra->size = ra->start + ra->ra_pages < end ?
			   ra->ra_pages : end - ra->start;
		ra->async_size = 0;
	} else {
		ra->start = index > ra->ra_pages / 2 ? index - ra->ra_pages / 2 : 0;
		ra->size = ra->ra_pages;
		ra->async_size = ra->ra_pages / 4;
	}
	ra->order = 0;
	page_cache_ra_order(file, ra);
}

/* MADV_WILLNEED: read [index, index + nr) now, without marks. */
long force_page_cache_readahead(struct file *file, unsigned long index,
				unsigned long nr)
{
	unsigned long max = file->f_ra.ra_pages;

	if (nr > max)
		nr = max;
	while (nr) {
		unsigned long chunk = (2UL << 20) / PAGE_SIZE;

		if (chunk > nr)
			chunk = nr;
		do_page_cache_ra(file, index, chunk, 0);
		index += chunk;
		nr -= chunk;
	}
	return 0;
}
