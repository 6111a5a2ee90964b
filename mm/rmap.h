/* SPDX-License-Identifier: MIT */
/* The anonymous reverse map (mm/rmap.c). */
#ifndef MMSIM_MM_RMAP_H
#define MMSIM_MM_RMAP_H

#include "internal.h"

int anon_vma_prepare(struct vm_area_struct *vma);
int anon_vma_clone(struct vm_area_struct *dst, struct vm_area_struct *src);
int anon_vma_fork(struct vm_area_struct *vma, struct vm_area_struct *pvma);
void unlink_anon_vmas(struct vm_area_struct *vma);
int dup_anon_vma(struct vm_area_struct *dst, struct vm_area_struct *src);
void free_chains(struct list_head *list);

unsigned long linear_page_index(const struct vm_area_struct *vma,
				unsigned long addr);
void folio_add_new_anon_rmap(struct folio *f, struct vm_area_struct *vma,
			     unsigned long addr, bool exclusive);
void folio_add_anon_rmap_pte(struct folio *f, struct vm_area_struct *vma);
void folio_remove_rmap_pte(struct folio *page, struct vm_area_struct *vma);
void folio_remove_rmap_ptes(struct folio *folio, struct folio *page,
			    unsigned long nr, struct vm_area_struct *vma);
void folio_add_file_rmap_pte(struct folio *page, struct vm_area_struct *vma);
void folio_add_file_rmap_ptes(struct folio *folio, struct folio *page,
			      unsigned long nr, struct vm_area_struct *vma);
enum mm_counter mm_counter(const struct folio *folio);

struct address_space;
void folio_mkclean(struct address_space *mapping, struct folio *f);
void try_to_unmap_file(struct address_space *mapping, struct folio *f);

#endif
