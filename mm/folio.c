// SPDX-License-Identifier: MIT
/*
 * Physical memory: the frame table, folio allocation and reference counts,
 * and the one allocator every model object comes from, so that any
 * allocation can be made to fail on its Nth call.
 */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

/* Should this allocation fail?  Counts every allocation of the machine. */
static bool mm_fail_now(struct mmsim_machine *m)
{
	if (!m)
		return false;
	m->nr_allocs++;
	if (m->fail_at && m->nr_allocs == m->fail_at) {
		m->fail_at = 0;
		return true;
	}
	return false;
}

void *mm_alloc(struct mmsim_machine *m, size_t size)
{
	if (mm_fail_now(m))
		return NULL;
	return calloc(1, size);
}

void mm_free(void *p)
{
	free(p);
}

unsigned long mmsim_fail_nth(struct mmsim_machine *m, unsigned long nth)
{
	m->fail_at = nth ? m->nr_allocs + nth : 0;
	return m->nr_allocs;
}

/* ---- the frame table -------------------------------------------------- */

struct folio *pfn_folio(struct mmsim_machine *m, unsigned long pfn)
{
	struct frame_table *ft = &m->frames;

	if (pfn >= ft->nr_frames)
		return NULL;
	return &ft->chunks[pfn / FRAMES_PER_CHUNK][pfn % FRAMES_PER_CHUNK];
}

unsigned long folio_pfn(struct mmsim_machine *m, const struct folio *f)
{
	(void)m;
	return f->pfn;
}

static int grow_frames(struct mmsim_machine *m)
{
	struct frame_table *ft = &m->frames;
	struct folio **chunks, *chunk;

	chunk = mm_alloc(m, sizeof(*chunk) * FRAMES_PER_CHUNK);
	if (!chunk)
		return -1;
	chunks = realloc(ft->chunks, sizeof(*chunks) * (ft->nr_chunks + 1));
	if (!chunks) {
		mm_free(chunk);
		return -1;
	}
	ft->chunks = chunks;
	ft->chunks[ft->nr_chunks++] = chunk;
	return 0;
}

/* Take frame @pfn off the free list's hands: a zeroed descriptor, in use. */
static struct folio *frame_init(struct mmsim_machine *m, unsigned long pfn)
{
	struct folio *f = pfn_folio(m, pfn);

	memset(f, 0, sizeof(*f));
	f->in_use = 1;
	f->pfn = (uint32_t)pfn;
	m->frames.nr_used++;
	return f;
}

static void push_free(struct frame_table *ft, unsigned long pfn)
{
	if (ft->nr_free == ft->cap_free) {
		unsigned long n = ft->cap_free ? ft->cap_free * 2 : 1024;
		unsigned long *nf = realloc(ft->free, n * sizeof(*nf));

		/*
		 * Freeing must not fail: without room on the free stack the
		 * frame is simply never reused.
		 */
		if (!nf)
			return;
		ft->free = nf;
		ft->cap_free = n;
	}
	ft->free[ft->nr_free++] = pfn;
}

/*
 * A new order-0 folio: refcount 1, no flags, contents zero.  Freed pfns are
 * reused last-freed-first, as a per-CPU free list would.
 */
struct folio *folio_alloc(struct mmsim_machine *m, unsigned long *pfnp)
{
	struct frame_table *ft = &m->frames;
	unsigned long pfn;
	struct folio *f;

	if (mm_fail_now(m))
		return NULL;
	if (ft->nr_free) {
		pfn = ft->free[--ft->nr_free];
	} else {
		if (ft->nr_frames == ft->nr_chunks * FRAMES_PER_CHUNK &&
		    grow_frames(m))
			return NULL;
		pfn = ft->nr_frames++;
	}
	f = frame_init(m, pfn);
	f->refcount = 1;
	if (pfnp)
		*pfnp = pfn;
	return f;
}

/*
 * A new folio of 2^@order frames, naturally aligned in pfn space, so that a
 * folio never straddles a chunk of the frame table.  Large folios come from
 * fresh frames; the frames skipped to align go to the free list.
 */
struct folio *folio_alloc_order(struct mmsim_machine *m, unsigned int order)
{
	struct frame_table *ft = &m->frames;
	unsigned long nr = 1UL << order, start, pfn;
	struct folio *head;

	if (!order)
		return folio_alloc(m, NULL);
	if (mm_fail_now(m))
		return NULL;
	start = (ft->nr_frames + nr - 1) & ~(nr - 1);
	while (start + nr > ft->nr_chunks * FRAMES_PER_CHUNK)
		if (grow_frames(m))
			return NULL;
	for (pfn = ft->nr_frames; pfn < start; pfn++)
		push_free(ft, pfn);
	ft->nr_frames = start + nr;
	head = frame_init(m, start);
	head->refcount = 1;
	head->order = (uint8_t)order;
	for (pfn = start + 1; pfn < start + nr; pfn++) {
		struct folio *tail = frame_init(m, pfn);

		folio_set(tail, PG_tail);
		tail->mapping = head;
	}
	return head;
}

struct folio *folio_page(struct mmsim_machine *m, const struct folio *f,
			 unsigned long n)
{
	return pfn_folio(m, f->pfn + n);
}

int folio_mapcount(struct mmsim_machine *m, const struct folio *f)
{
	unsigned long i;
	int n = 0;

	for (i = 0; i < folio_nr_pages(f); i++)
		n += folio_page(m, f, i)->mapcount;
	return n;
}

void folio_get(struct folio *f)
{
	VM_WARN_ON(f->refcount <= 0, "folio_get on a free folio");
	f->refcount++;
}

static void free_frame(struct mmsim_machine *m, struct folio *f)
{
	unsigned long pfn = folio_pfn(m, f);

	VM_WARN_ON(f->mapcount, "freeing pfn %lu with mapcount %d", pfn,
		   f->mapcount);
	free(f->data);
	memset(f, 0, sizeof(*f));
	m->frames.nr_used--;
	push_free(&m->frames, pfn);
}

void folio_put_refs(struct mmsim_machine *m, struct folio *f, int refs)
{
	unsigned long i, nr;

	VM_WARN_ON(f->refcount < refs, "folio_put of %d refs, pfn %u holds %d",
		   refs, f->pfn, f->refcount);
	f->refcount -= refs;
	if (f->refcount)
		return;
	/* tails first: the head's order tells how many there are */
	nr = folio_nr_pages(f);
	for (i = nr; i-- > 1;)
		free_frame(m, folio_page(m, f, i));
	free_frame(m, f);
}

void folio_put(struct mmsim_machine *m, struct folio *f)
{
	folio_put_refs(m, f, 1);
}

/* ---- contents --------------------------------------------------------- */

/*
 * Give @f a buffer of its own, filled with its fill byte, before an uneven
 * write.  Returns -1 when out of memory.
 */
int folio_materialize(struct folio *f)
{
	if (f->data)
		return 0;
	f->data = malloc(PAGE_SIZE);	/* page contents: host memory, not counted */
	if (!f->data)
		return -1;
	memset(f->data, f->fill, PAGE_SIZE);
	return 0;
}

/*
 * Fold the bytes [off, off + n) of page @f into @common: PAGE_COMMON_NONE
 * before the first byte, then the byte they all share or MMSIM_READ_MIXED.
 */
int page_read_common(const struct folio *f, unsigned long off, unsigned long n,
		     int common)
{
	unsigned long i;

	if (!f->data) {
		if (common == PAGE_COMMON_NONE)
			return f->fill;
		return common == f->fill ? common : MMSIM_READ_MIXED;
	}
	if (common == PAGE_COMMON_NONE)
		common = f->data[off];
	for (i = 0; i < n && common != MMSIM_READ_MIXED; i++)
		if (f->data[off + i] != common)
			common = MMSIM_READ_MIXED;
	return common;
}

/* Fill [off, off + n) of page @f with @byte, keeping uniform pages compact. */
int page_fill(struct folio *f, unsigned long off, unsigned long n, int byte)
{
	if (off == 0 && n == PAGE_SIZE) {
		free(f->data);
		f->data = NULL;
		f->fill = (uint8_t)byte;
		return 0;
	}
	if (!f->data && f->fill == (uint8_t)byte)
		return 0;
	if (folio_materialize(f))
		return -1;
	memset(f->data + off, byte, n);
	return 0;
}

/* Copy page @src's contents into page @dst; -1 when out of memory. */
int page_copy(struct folio *dst, const struct folio *src)
{
	if (!src->data) {
		free(dst->data);
		dst->data = NULL;
		dst->fill = src->fill;
		return 0;
	}
	if (folio_materialize(dst))
		return -1;
	memcpy(dst->data, src->data, PAGE_SIZE);
	return 0;
}

/* ---- warnings --------------------------------------------------------- */

unsigned long mm_nr_warnings;
/*
 * The first warning since mm_nr_warnings was last 0, for callers that
 * report it themselves (mmsim fuzz); mm_warn_quiet keeps it off stderr.
 */
char mm_first_warning[512];
bool mm_warn_quiet;

void mm_warn(const char *file, int line, const char *fmt, ...)
{
	va_list ap;
	int n = 0;

	if (!mm_nr_warnings) {
		n = snprintf(mm_first_warning, sizeof(mm_first_warning),
			     "WARNING at %s:%d: ", file, line);
		va_start(ap, fmt);
		if (n > 0 && (size_t)n < sizeof(mm_first_warning))
			vsnprintf(mm_first_warning + n,
				  sizeof(mm_first_warning) - n, fmt, ap);
		va_end(ap);
	}
	mm_nr_warnings++;
	if (mm_warn_quiet)
		return;
	fprintf(stderr, "mmsim: WARNING at %s:%d: ", file, line);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

void mm_stop(struct mmsim_machine *m, const char *fmt, ...)
{
	va_list ap;

	/* the first reason is the one that stopped the operation */
	if (m->stopped[0])
		return;
	va_start(ap, fmt);
	vsnprintf(m->stopped, sizeof(m->stopped), fmt, ap);
	va_end(ap);
}

const char *mmsim_stopped(struct mmsim_machine *m)
{
	return m->stopped[0] ? m->stopped : NULL;
}
