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
	f = pfn_folio(m, pfn);
	memset(f, 0, sizeof(*f));
	f->refcount = 1;
	f->in_use = 1;
	f->pfn = (uint32_t)pfn;
	ft->nr_used++;
	if (pfnp)
		*pfnp = pfn;
	return f;
}

void folio_get(struct folio *f)
{
	VM_WARN_ON(f->refcount <= 0, "folio_get on a free folio");
	f->refcount++;
}

static void free_frame(struct mmsim_machine *m, struct folio *f)
{
	struct frame_table *ft = &m->frames;
	unsigned long pfn = folio_pfn(m, f);

	VM_WARN_ON(f->mapcount, "freeing pfn %lu with mapcount %d", pfn,
		   f->mapcount);
	free(f->data);
	memset(f, 0, sizeof(*f));
	ft->nr_used--;
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

void folio_put(struct mmsim_machine *m, struct folio *f)
{
	VM_WARN_ON(f->refcount <= 0, "folio_put on a free folio");
	if (--f->refcount == 0)
		free_frame(m, f);
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

/* ---- warnings --------------------------------------------------------- */

unsigned long mm_nr_warnings;

void mm_warn(const char *file, int line, const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "mmsim: WARNING at %s:%d: ", file, line);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	mm_nr_warnings++;
}
