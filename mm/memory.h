/* SPDX-License-Identifier: MIT */
/* Faults, zapping and copying page tables (mm/memory.c). */
#ifndef MMSIM_MM_MEMORY_H
#define MMSIM_MM_MEMORY_H

#include "internal.h"

typedef unsigned int vm_fault_t;
struct pgtable;

#define VM_FAULT_OOM		0x000001
#define VM_FAULT_SIGBUS		0x000002
#define VM_FAULT_HWPOISON	0x000010
#define VM_FAULT_SIGSEGV	0x000040
#define VM_FAULT_NOPAGE		0x000100	/* ->map_pages mapped the faulting page */
#define VM_FAULT_RETRY		0x000400	/* I/O was done: fault again */
#define VM_FAULT_ERROR	(VM_FAULT_OOM | VM_FAULT_SIGBUS | VM_FAULT_HWPOISON | \
			 VM_FAULT_SIGSEGV)

#define FAULT_FLAG_WRITE	0x01
#define FAULT_FLAG_UNSHARE	0x02
#define FAULT_FLAG_USER		0x04	/* a load or store of the process */
#define FAULT_FLAG_REMOTE	0x08	/* GUP on behalf of someone */
#define FAULT_FLAG_TRIED	0x10	/* the second try, after VM_FAULT_RETRY */

/* One fault, from the entry to the handlers of the mapping (struct vm_fault). */
struct vm_fault {
	struct vm_area_struct *vma;
	unsigned long address;		/* page aligned */
	unsigned long pgoff;		/* of address, in vma's units */
	unsigned int flags;		/* FAULT_FLAG_* */
	struct pgtable *pt;		/* the PTE table of address */
	bool pt_fresh;			/* this fault allocated it */
	pte_t orig_pte;
	struct folio *page;		/* ->fault's page, with a folio reference */
};

/* What a file mapping does on faults (the kernel's vm_operations_struct). */
struct vm_operations_struct {
	vm_fault_t (*fault)(struct vm_fault *vmf);
	vm_fault_t (*map_pages)(struct vm_fault *vmf, unsigned long start_pgoff,
				unsigned long end_pgoff);
	vm_fault_t (*page_mkwrite)(struct vm_fault *vmf);
};

extern const struct vm_operations_struct generic_file_vm_ops;	/* disk files */
extern const struct vm_operations_struct shmem_vm_ops;

/*
 * How a zap treats what it finds (the kernel's zap_details): COW copies in
 * file mappings are kept unless @even_cows; markers are kept unless
 * @drop_markers (munmap, exit).
 */
struct zap_details {
	bool even_cows;
	bool drop_markers;
};

vm_fault_t handle_mm_fault(struct vm_area_struct *vma, unsigned long addr,
			   unsigned int flags);
/* The one boundary from a fault result to a signal or an errno. */
int vm_fault_to_signal(vm_fault_t ret);
int vm_fault_to_errno(vm_fault_t ret);

void zap_page_range(struct vm_area_struct *vma, unsigned long start,
		    unsigned long end, const struct zap_details *details);
/* fork: copy @src's page tables into @dst's mm.  0 or -ENOMEM. */
int copy_page_range(struct vm_area_struct *dst, struct vm_area_struct *src);

struct folio *vm_normal_page(struct vm_area_struct *vma, unsigned long addr,
			     pte_t pte);
struct folio *vm_normal_folio(struct vm_area_struct *vma, unsigned long addr,
			      pte_t pte);
unsigned long folio_pte_batch(const struct folio *folio, const struct pgtable *pt,
			      unsigned long addr, unsigned long end, pte_t pte);
bool vma_wants_writenotify(const struct vm_area_struct *vma);
vm_fault_t filemap_map_pages(struct vm_fault *vmf, unsigned long start_pgoff,
			     unsigned long end_pgoff);
struct folio *zero_folio(struct mmsim_machine *m);

#endif
