// SPDX-License-Identifier: MIT
/*
 * Taking pages out of the page cache: truncation and hole punching, by the
 * rules of 6.18's mm/truncate.c.  Mappings of the range are zapped first
 * (unmap_mapping_range); whole folios in it leave the cache; a folio the
 * range only partly covers is zeroed there and, if large, split so that
 * the pieces wholly inside can go.
 */
#include "fs.h"
#include "memory.h"
#include "mm.h"
#include "rmap.h"

/*
 * Zap the mappings of file pages [first, last] in every VMA that maps them.
 * Anonymous COW copies in private mappings go only if @even_cows; markers
 * stay (guards survive truncation and hole punching).
 */
void unmap_mapping_range(struct address_space *mapping, unsigned long first,
			 unsigned long last, bool even_cows)
{
	struct zap_details d = { .even_cows = even_cows };
	struct vm_area_struct *vma;

	list_for_each_entry(vma, &mapping->i_mmap, shared) {
		unsigned long vfirst = vma->vm_pgoff;
		unsigned long vlast = vma->vm_pgoff + vma_pages(vma) - 1;
		unsigned long a = first > vfirst ? first : vfirst;
		unsigned long b = last < vlast ? last : vlast;

		if (a > b)
			continue;
		zap_page_range(vma, vma->vm_start + ((a - vfirst) << PAGE_SHIFT),
			       vma->vm_start + ((b - vfirst + 1) << PAGE_SHIFT), &d);
	}
}

/*
 * Split the large folio @f so that page @at becomes an order-0 folio of
 * its own, halving around it and keeping the halves that do not contain
 * it whole (the kernel's non-uniform folio_split()): a 16-page folio split
 * at page 5 becomes [0,4) [4] [5] [6,8) [8,16).  Like the kernel, the
 * split unmaps the folio everywhere first (file pages fault back in, one
 * folio at a time); each piece then holds its pages' cache references.
 */
static int folio_split_at(struct address_space *mapping, struct folio *f,
			  unsigned long at)
{
	struct mmsim_machine *m = mapping->host->machine;
	unsigned long base = f->pfn, nr = folio_nr_pages(f), lo = 0, hi = nr;
	int extra;
	unsigned long i;

	try_to_unmap_file(mapping, f);
	extra = f->refcount - (int)nr;
	/* the cache's slots exist already: storing the pieces allocates nothing */
	while (hi - lo > 1) {
		unsigned long mid = lo + (hi - lo) / 2;
		unsigned long plo = at < mid ? mid : lo, phi = at < mid ? hi : mid;
		struct folio *piece = pfn_folio(m, base + plo);
		unsigned int order = 0;

		while ((1UL << order) < phi - plo)
			order++;
		piece->flags = f->flags & ~(1u << PG_tail);
		/* only the old head keeps what the new folios do not inherit */
		if (plo)
			folio_clear(piece, PG_mappedtodisk);
		piece->mapping = mapping;
		piece->index = f->index + plo;
		piece->order = (uint8_t)order;
		piece->refcount = 0;
		for (i = plo; i < phi; i++) {
			struct folio *p = pfn_folio(m, base + i);

			if (i != plo)
				p->mapping = piece;
			piece->refcount++;
			xa_store(&mapping->i_pages, f->index + i, piece, m);
		}
		if (at < mid)
			hi = mid;
		else
			lo = mid;
	}
	/* the page split at is the last piece: it keeps any extra references */
	{
		struct folio *p = pfn_folio(m, base + at);
		unsigned long index = f->index + at;

		p->flags = f->flags & ~(1u << PG_tail);
		if (at)
			folio_clear(p, PG_mappedtodisk);
		p->mapping = mapping;
		p->index = index;
		p->order = 0;
		p->refcount = 1 + extra;
		xa_store(&mapping->i_pages, index, p, m);
	}
	return 0;
}

/*
 * Zero the part of folio @f that the bytes [start, end) of a truncation or
 * hole cover, and split it if large, so that the walk can drop the pieces
 * wholly inside.  Returns the index to continue the walk at.  Byte ends are
 * unsigned: a shmem file's last folio ends at 2^63.
 */
static unsigned long truncate_partial(struct address_space *mapping,
				      struct folio *f, long long start,
				      unsigned long long end)
{
	struct mmsim_machine *m = mapping->host->machine;
	unsigned long long pos = (unsigned long long)f->index << PAGE_SHIFT;
	unsigned long long size = (unsigned long long)folio_nr_pages(f) << PAGE_SHIFT;
	unsigned long long off = (unsigned long long)start > pos ?
				 (unsigned long long)start - pos : 0;
	unsigned long long stop = end < pos + size ? end - pos : size;
	unsigned long next = f->index + folio_nr_pages(f), i, ret = next;
	int npartial = 0;

	for (i = (unsigned long)(off >> PAGE_SHIFT);
	     i < folio_nr_pages(f) && ((unsigned long long)i << PAGE_SHIFT) < stop; i++) {
		unsigned long long a = (unsigned long long)i << PAGE_SHIFT, b = a + PAGE_SIZE;

		if (a < off)
			a = off;
		if (b > stop)
			b = stop;
		page_fill(folio_page(m, f, i), (unsigned long)(a & ~PAGE_MASK),
			  (unsigned long)(b - a), 0);
		if (b - a < PAGE_SIZE)
			npartial++;
	}
	/* shmem_undo_range() dirties the folios it zeroes in part */
	if (npartial && shmem_mapping(mapping))
		folio_mark_dirty(f);
	/*
	 * A large folio is split so that what lies inside can go -- unless
	 * its buffers are dirty and cannot be released, and then it stays
	 * whole, reaching past the new end, but unmapped.  Clean buffers
	 * are released first: none of the pieces has any.
	 */
	if (folio_test_large(f) &&
	    !(folio_test(f, PG_dirty) && folio_test(f, PG_private))) {
		unsigned long at = (unsigned long)(off >> PAGE_SHIFT);

		folio_clear(f, PG_private);
		folio_split_at(mapping, f, at);
		/* continue with the pieces: those wholly inside the range go */
		ret = f->index + at;
	} else if (folio_test_large(f)) {
		/* the failed split unmapped it all the same: it faults back in */
		try_to_unmap_file(mapping, f);
	}
	return ret;
}

/*
 * Remove the page cache of bytes [lstart, lend] (lend inclusive; -1 for
 * the end of file), zeroing what partial pages the range covers.
 */
void truncate_inode_pages_range(struct address_space *mapping, long long lstart,
				long long lend)
{
	unsigned long index = (unsigned long)(lstart >> PAGE_SHIFT);
	unsigned long last = lend < 0 ? ~0UL : (unsigned long)(lend >> PAGE_SHIFT);
	/* the end of the range, past the largest folio end there can be */
	unsigned long long end = lend < 0 ? ~0ULL : (unsigned long long)lend + 1;
	struct folio *f;

	while ((f = xa_find(&mapping->i_pages, &index, last))) {
		unsigned long long pos = (unsigned long long)f->index << PAGE_SHIFT;
		unsigned long long fend = pos + ((unsigned long long)folio_nr_pages(f) << PAGE_SHIFT);
		unsigned long next;

		if (pos >= (unsigned long long)lstart && fend <= end) {
			next = f->index + folio_nr_pages(f);
			/* a COW race could have mapped it again: unmap what is left */
			if (folio_mapcount(mapping->host->machine, f))
				unmap_mapping_range(mapping, f->index, next - 1, false);
			filemap_remove_folio(mapping, f);
		} else {
			next = truncate_partial(mapping, f, lstart, end);
		}
		if (!next || next > last)
			break;
		index = next;
	}
}

/*
 * The file shrank to @newsize: unmap everything past it, private COW
 * copies included (nothing may be read past the end of a file), and drop
 * the page cache there.
 */
void truncate_pagecache(struct inode *inode, long long newsize)
{
	struct address_space *mapping = &inode->i_data;
	unsigned long holebegin = (unsigned long)(((unsigned long long)newsize + PAGE_SIZE - 1) >> PAGE_SHIFT);

	unmap_mapping_range(mapping, holebegin, ~0UL, /* even_cows = */ true);
	truncate_inode_pages_range(mapping, newsize, -1);
	unmap_mapping_range(mapping, holebegin, ~0UL, /* even_cows = */ true);
}

/*
 * A hole is punched in bytes [lstart, lend]: unmap the whole pages in it,
 * keeping private COW copies, and drop their cache; partial pages are
 * zeroed in place.
 *
 * The kernel finds the whole pages as byte offsets, the first after the
 * start rounded up and the last before the end rounded down, and compares
 * them unsigned.  A hole that ends inside the file's first page makes the
 * last offset -1, the largest of all: the mappings are then zapped from
 * the start's page to the end of the file, though no whole page is in the
 * hole (shmem_fallocate() and ext4 both punch so, and so does
 * FALLOC_FL_ZERO_RANGE).
 */
void truncate_pagecache_range(struct inode *inode, long long lstart, long long lend)
{
	struct address_space *mapping = &inode->i_data;
	/* in unsigned: a shmem hole may end at 2^63 */
	unsigned long long ustart = ((unsigned long long)lstart + PAGE_SIZE - 1) & PAGE_MASK;
	unsigned long long uend = (((unsigned long long)lend + 1) & PAGE_MASK) - 1;

	if (uend > ustart)
		unmap_mapping_range(mapping, (unsigned long)(ustart >> PAGE_SHIFT),
				    uend == ~0ULL ? ~0UL : (unsigned long)(uend >> PAGE_SHIFT),
				    false);
	truncate_inode_pages_range(mapping, lstart, lend);
}

/* The inode is going away: nothing maps it, drop the whole cache. */
void truncate_inode_pages_final(struct address_space *mapping)
{
	truncate_inode_pages_range(mapping, 0, -1);
}
