/* SPDX-License-Identifier: MIT */
/* Faults, zapping and copying page tables (mm/memory.c). */
#ifndef MMSIM_MM_MEMORY_H
#define MMSIM_MM_MEMORY_H

#include "internal.h"

typedef unsigned int vm_fault_t;

#define VM_FAULT_OOM		0x000001
#define VM_FAULT_SIGBUS		0x000002
#define VM_FAULT_HWPOISON	0x000010
#define VM_FAULT_SIGSEGV	0x000040
#define VM_FAULT_ERROR	(VM_FAULT_OOM | VM_FAULT_SIGBUS | VM_FAULT_HWPOISON | \
			 VM_FAULT_SIGSEGV)

#define FAULT_FLAG_WRITE	0x01
#define FAULT_FLAG_UNSHARE	0x02
#define FAULT_FLAG_USER		0x04	/* a load or store of the process */
#define FAULT_FLAG_REMOTE	0x08	/* GUP on behalf of someone */

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

struct folio *vm_normal_folio(struct vm_area_struct *vma, unsigned long addr,
			      pte_t pte);
struct folio *zero_folio(struct mmsim_machine *m);
int folio_materialize(struct folio *f);
/* Write @byte over [off, off + n) of @f's contents; 0 or -1 (no memory). */
int folio_fill(struct folio *f, unsigned long off, unsigned long n, int byte);

#endif
