/* SPDX-License-Identifier: MIT */
/*
 * The model's core objects, named after the kernel's where they behave
 * like the kernel's: mm_struct, vm_area_struct, folio, anon_vma.
 */
#ifndef MMSIM_MM_INTERNAL_H
#define MMSIM_MM_INTERNAL_H

#include <errno.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "mmsim/mmsim.h"
#include "pgtable.h"
#include "vma_tree.h"

/* ---- lists ------------------------------------------------------------ */

struct list_head {
	struct list_head *next, *prev;
};

#define LIST_HEAD_INIT(name) { &(name), &(name) }

static inline void INIT_LIST_HEAD(struct list_head *l)
{
	l->next = l->prev = l;
}

static inline bool list_empty(const struct list_head *l)
{
	return l->next == l;
}

static inline bool list_is_singular(const struct list_head *l)
{
	return !list_empty(l) && l->next == l->prev;
}

static inline void list_add_tail(struct list_head *n, struct list_head *h)
{
	n->prev = h->prev;
	n->next = h;
	h->prev->next = n;
	h->prev = n;
}

static inline void list_del(struct list_head *n)
{
	n->prev->next = n->next;
	n->next->prev = n->prev;
	n->next = n->prev = n;
}

#define container_of(ptr, type, member) \
	((type *)((char *)(ptr) - offsetof(type, member)))
#define list_entry(ptr, type, member) container_of(ptr, type, member)
#define list_for_each_entry(pos, head, member)					\
	for (pos = list_entry((head)->next, __typeof__(*pos), member);		\
	     &pos->member != (head);						\
	     pos = list_entry(pos->member.next, __typeof__(*pos), member))
#define list_for_each_entry_safe(pos, n, head, member)				\
	for (pos = list_entry((head)->next, __typeof__(*pos), member),		\
	     n = list_entry(pos->member.next, __typeof__(*pos), member);	\
	     &pos->member != (head);						\
	     pos = n, n = list_entry(n->member.next, __typeof__(*n), member))

/* ---- vm_flags (include/linux/mm.h values) ----------------------------- */

typedef unsigned long vm_flags_t;

#define VM_NONE		0x00000000UL
#define VM_READ		0x00000001UL
#define VM_WRITE	0x00000002UL
#define VM_EXEC		0x00000004UL
#define VM_SHARED	0x00000008UL
#define VM_MAYREAD	0x00000010UL
#define VM_MAYWRITE	0x00000020UL
#define VM_MAYEXEC	0x00000040UL
#define VM_MAYSHARE	0x00000080UL
#define VM_GROWSDOWN	0x00000100UL
#define VM_UFFD_MISSING	0x00000200UL
#define VM_PFNMAP	0x00000400UL
#define VM_MAYBE_GUARD	0x00000800UL
#define VM_UFFD_WP	0x00001000UL
#define VM_LOCKED	0x00002000UL
#define VM_IO		0x00004000UL
#define VM_SEQ_READ	0x00008000UL
#define VM_RAND_READ	0x00010000UL
#define VM_DONTCOPY	0x00020000UL
#define VM_DONTEXPAND	0x00040000UL
#define VM_LOCKONFAULT	0x00080000UL
#define VM_ACCOUNT	0x00100000UL
#define VM_NORESERVE	0x00200000UL
#define VM_HUGETLB	0x00400000UL
#define VM_SYNC		0x00800000UL
#define VM_ARCH_1	0x01000000UL
#define VM_WIPEONFORK	0x02000000UL
#define VM_DONTDUMP	0x04000000UL
#define VM_SOFTDIRTY	0x08000000UL
#define VM_MIXEDMAP	0x10000000UL
#define VM_HUGEPAGE	0x20000000UL
#define VM_NOHUGEPAGE	0x40000000UL
#define VM_MERGEABLE	0x80000000UL
#define VM_UFFD_MINOR	(1UL << 41)
#define VM_SEALED	(1UL << 42)
#define VM_DROPPABLE	(1UL << 40)

#define VM_SPECIAL	(VM_IO | VM_DONTEXPAND | VM_PFNMAP | VM_MIXEDMAP)
#define VM_ACCESS_FLAGS	(VM_READ | VM_WRITE | VM_EXEC)
#define VM_LOCKED_MASK	(VM_LOCKED | VM_LOCKONFAULT)
/* flags that never keep two VMAs from merging (6.18.37+), ORed on merge */
#define VM_STICKY	(VM_SOFTDIRTY | VM_MAYBE_GUARD)
/* flags that may differ when an anon_vma is shared (anon_vma_compatible) */
#define VM_IGNORE_MERGE	VM_STICKY

/* ---- objects ---------------------------------------------------------- */

struct mm_struct;
struct vm_area_struct;
struct vm_operations_struct;
struct anon_vma;
struct file;
struct inode;
struct userfaultfd_ctx;

/* The userfaultfd a VMA is registered with (NULL: none), as the kernel wraps it. */
struct vm_userfaultfd_ctx {
	struct userfaultfd_ctx *ctx;
};

/*
 * The anonymous reverse map, as in the kernel: every anonymous folio points
 * at the anon_vma of the VMA it was first faulted in; a forked VMA is
 * chained to its parent's anon_vmas as well as to its own.
 */
struct anon_vma {
	struct anon_vma *root;
	struct anon_vma *parent;
	int refcount;
	unsigned long num_children;	/* anon_vmas that name this as parent */
	unsigned long num_active_vmas;	/* VMAs whose ->anon_vma is this */
	struct list_head chains;	/* anon_vma_chain.same_anon_vma */
	struct mmsim_machine *machine;
	struct list_head all;		/* machine->anon_vmas, for validation */
	unsigned long seen_children, seen_vmas;	/* validate_mm() scratch */
};

struct anon_vma_chain {
	struct vm_area_struct *vma;
	struct anon_vma *anon_vma;
	struct list_head same_vma;	/* vma->anon_vma_chain */
	struct list_head same_anon_vma;	/* anon_vma->chains */
};

struct vm_area_struct {
	union {
		struct vma_node node;
		struct {
			unsigned long vm_start, vm_end;
		};
	};
	struct mm_struct *vm_mm;
	vm_flags_t vm_flags;
	unsigned long vm_pgoff;
	struct file *vm_file;		/* a reference, NULL for anonymous memory */
	const struct vm_operations_struct *vm_ops;	/* file and shmem faults */
	const char *vm_name;		/* [heap], [stack], [vdso]...: maps' last column */
	struct anon_vma *anon_vma;
	struct list_head anon_vma_chain;
	struct list_head shared;	/* vm_file's mapping->i_mmap */
	/* set exactly when vm_flags has a VM_UFFD_* flag */
	struct vm_userfaultfd_ctx vm_userfaultfd_ctx;
};

static inline struct vm_area_struct *node_vma(struct vma_node *n)
{
	return n ? container_of(n, struct vm_area_struct, node) : NULL;
}

static inline struct vm_area_struct *vma_next(struct vm_area_struct *v)
{
	return node_vma(v->node.next);
}

static inline struct vm_area_struct *vma_prev(struct vm_area_struct *v)
{
	return node_vma(v->node.prev);
}

static inline unsigned long vma_pages(const struct vm_area_struct *v)
{
	return (v->vm_end - v->vm_start) >> PAGE_SHIFT;
}

static inline bool vma_is_anonymous(const struct vm_area_struct *v)
{
	return v->vm_file == NULL;
}

static inline bool is_cow_mapping(vm_flags_t f)
{
	return (f & (VM_SHARED | VM_MAYWRITE)) == VM_MAYWRITE;
}

enum mm_counter {
	MM_FILEPAGES,
	MM_ANONPAGES,
	MM_SWAPENTS,
	MM_SHMEMPAGES,
	NR_MM_COUNTERS,
};

/*
 * An address space.  Its one process is its one user (mm_users, 0 once
 * exit_mmap() has torn it down); the struct itself lives on while anything
 * holds it (mm_count: the process, and each userfaultfd made in it).
 */
struct mm_struct {
	struct mmsim_machine *machine;
	int mm_users, mm_count;
	struct vma_tree mm_mt;
	int map_count;
	struct pgtable *pgd;
	unsigned long mmap_base;
	unsigned long task_size;
	long rss[NR_MM_COUNTERS];
	unsigned long total_vm, locked_vm;
	unsigned long nr_ptes;		/* PTE tables, for validation */
	vm_flags_t def_flags;		/* mlockall(MCL_FUTURE) */
};

/* folio->flags (a subset of the kernel's page flags) */
#define PG_readahead	PG_reclaim
enum folio_flag {
	PG_locked,
	PG_referenced,
	PG_uptodate,		/* clear on a page-cache folio only where the kernel's
				 * is: shmem's preallocated pages, and ext4's
				 * partial-block zeroing (ext4_zero_partial_blocks()) */
	PG_dirty,
	PG_lru,
	PG_active,
	PG_workingset,
	PG_writeback,
	PG_reclaim,		/* also PG_readahead: the kernel shares the bit */
	PG_swapbacked,
	PG_unevictable,
	PG_mlocked,
	PG_swapcache,
	PG_anon,		/* the kernel keeps this in ->mapping's low bit */
	PG_anon_exclusive,	/* per page in the kernel; order 0 here */
	PG_zero,		/* the shared zero page */
	PG_reserved,
	PG_private,		/* a disk file's buffers are attached */
	PG_mappedtodisk,	/* every block of the disk file's folio is on disk */
	PG_tail,		/* a page of a large folio other than its head */
	NR_PAGEFLAGS,
};

/*
 * A physical page frame.  A folio of order n is 2^n consecutive frames; its
 * first frame (the head) holds the folio's state -- flags, refcount, index,
 * mapping -- and every frame holds its own page's: @mapcount (the kernel's
 * per-page mapcount, which kpagecount and PM_MMAP_EXCLUSIVE report), its
 * contents, and PG_anon_exclusive.  The frames after the head are marked
 * PG_tail and point at the head through @mapping.  Anonymous memory uses
 * order-0 folios only, so for it frame and folio are one.
 *
 * @mlock_count counts the mlocks of an mlocked folio (mm/mlock.c).  The
 * kernel keeps it in the folio's LRU list space, so it means something only
 * while the folio is on the LRU and unevictable; the model's folios are on
 * the LRU whenever they are mapped or cached, so every mlock is counted.
 * It is 24 bits wide, as are the flags with the order beside them, so that
 * a frame costs 48 bytes (the target is 64 per touched page, page tables
 * included: docs/performance.md); a count that would pass MLOCK_COUNT_MAX,
 * sixteen million locked mappings of one folio, stays there.
 *
 * Contents are held as one fill byte until written unevenly: most scenarios
 * fill whole pages with one byte, and a 4 KiB buffer per page would make the
 * model memory-bound (design.md).
 */
struct folio {
	uint32_t flags : 24;		/* 1 << PG_* */
	uint32_t order : 7;		/* head only */
	uint32_t in_use : 1;
	int32_t refcount;		/* head only */
	int32_t mapcount;		/* this page's page-table mappings */
	int32_t pincount;
	uint32_t pfn;
	uint32_t mlock_count : 24;	/* head only, while PG_unevictable */
	uint32_t fill : 8;		/* every byte, while !data */
	unsigned long index;		/* pgoff: vm_pgoff-relative for anon; head only */
	void *mapping;			/* anon_vma (PG_anon), address_space, or
					 * the head (PG_tail) */
	uint8_t *data;			/* PAGE_SIZE bytes, or NULL */
};

#define MLOCK_COUNT_MAX	((1u << 24) - 1)

_Static_assert(NR_PAGEFLAGS <= 24, "the page flags fit struct folio's 24 bits");

static inline bool folio_test(const struct folio *f, enum folio_flag b)
{
	return f->flags & (1u << b);
}

static inline void folio_set(struct folio *f, enum folio_flag b)
{
	f->flags |= 1u << b;
}

static inline void folio_clear(struct folio *f, enum folio_flag b)
{
	f->flags &= ~(1u << b);
}

static inline bool folio_test_anon(const struct folio *f)
{
	return folio_test(f, PG_anon);
}

/* The folio a frame belongs to. */
static inline struct folio *page_folio(struct folio *page)
{
	return folio_test(page, PG_tail) ? (struct folio *)page->mapping : page;
}

static inline unsigned long folio_nr_pages(const struct folio *f)
{
	return 1UL << f->order;
}

static inline bool folio_test_large(const struct folio *f)
{
	return f->order > 0;
}

/* The sum of the pages' mapcounts (the kernel's folio_mapcount()). */
int folio_mapcount(struct mmsim_machine *m, const struct folio *f);
/* Page @n of folio @f. */
struct folio *folio_page(struct mmsim_machine *m, const struct folio *f,
			 unsigned long n);

#define FRAMES_PER_CHUNK	4096

/* pfn -> folio: chunks of FRAMES_PER_CHUNK, so folio pointers stay put */
struct frame_table {
	struct folio **chunks;
	unsigned long nr_chunks;
	unsigned long nr_frames;	/* frames ever handed out */
	unsigned long *free;		/* stack of freed pfns */
	unsigned long nr_free, cap_free;
	unsigned long nr_used;
};

struct fd_slot {
	struct file *file;
	bool cloexec;
};

struct mmsim_process {
	struct mmsim_machine *machine;
	struct mm_struct *mm;
	int pid;
	struct list_head list;		/* machine->processes */
	struct fd_slot *fdt;		/* the descriptor table */
	unsigned int max_fds;
};

struct mmsim_machine {
	struct mmsim_profile profile;
	struct frame_table frames;
	unsigned long zero_pfn;
	struct list_head processes;
	struct list_head anon_vmas;
	int next_pid;
	/* the file system (mm/fs.c) */
	struct list_head inodes, files, dentries;
	struct inode *root_dir;
	unsigned long last_ino;
	/* why the last operation could not go on (mm_stop()); "" if it could */
	char stopped[256];
	/* allocation failure injection */
	unsigned long nr_allocs;
	unsigned long fail_at;		/* 0: never */
	bool no_validate;		/* skip the per-operation validate_mm() */
};

/* ---- mlock (mm/mlock.c) ----------------------------------------------- */

void mlock_folio(struct folio *folio);
void mlock_new_folio(struct folio *folio);
void munlock_folio(struct folio *folio);

/*
 * A folio is mapped in @vma whole (a PTE batch of all its pages, or any
 * mapping of an order-0 folio): if @vma is locked, so is the folio.  A
 * special VMA is never locked (mmap and mlock see to that).
 */
static inline void mlock_vma_folio(struct folio *folio,
				   const struct vm_area_struct *vma)
{
	if ((vma->vm_flags & (VM_LOCKED | VM_SPECIAL)) == VM_LOCKED)
		mlock_folio(folio);
}

/*
 * A batch of a folio's PTEs leaves @vma.  If @vma is locked, that takes
 * one mlock away, however few of a large folio's pages go: whether the
 * folio is still mapped whole there is not cheap to tell, and the kernel
 * would rather undercount (reclaim would put a missed mlock back).
 */
static inline void munlock_vma_folio(struct folio *folio,
				     const struct vm_area_struct *vma)
{
	if (vma->vm_flags & VM_LOCKED)
		munlock_folio(folio);
}

/* ---- allocation (mm/folio.c) ------------------------------------------ */

void *mm_alloc(struct mmsim_machine *m, size_t size);	/* zeroed, may fail */
void mm_free(void *p);

struct folio *pfn_folio(struct mmsim_machine *m, unsigned long pfn);
unsigned long folio_pfn(struct mmsim_machine *m, const struct folio *f);
struct folio *folio_alloc(struct mmsim_machine *m, unsigned long *pfn);
struct folio *folio_alloc_order(struct mmsim_machine *m, unsigned int order);
void folio_get(struct folio *f);
void folio_put(struct mmsim_machine *m, struct folio *f);
void folio_put_refs(struct mmsim_machine *m, struct folio *f, int nr);

/* page contents (mm/folio.c) */
#define PAGE_COMMON_NONE	(-2)	/* no byte seen yet */
int folio_materialize(struct folio *f);
int page_read_common(const struct folio *f, unsigned long off, unsigned long n,
		     int common);
int page_fill(struct folio *f, unsigned long off, unsigned long n, int byte);
int page_copy(struct folio *dst, const struct folio *src);

/* ---- debugging -------------------------------------------------------- */

void mm_warn(const char *file, int line, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/*
 * The operation cannot go on in a model: the process would sleep for good
 * (a fault or an event waiting for a userfaultfd reader), or the model
 * does not have what it needs.  The operation still returns, with an
 * outcome that means nothing; mmsim_stopped() says why, and the caller
 * stops.
 */
void mm_stop(struct mmsim_machine *m, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

#define VM_WARN_ON(cond, ...) do {					\
	if (cond)							\
		mm_warn(__FILE__, __LINE__, #cond ": " __VA_ARGS__);	\
} while (0)

#endif /* MMSIM_MM_INTERNAL_H */
