/* SPDX-License-Identifier: MIT */
/* get_user_pages and populate (mm/gup.c). */
#ifndef MMSIM_MM_GUP_H
#define MMSIM_MM_GUP_H

#include "internal.h"

#define FOLL_WRITE		0x01
#define FOLL_FORCE		0x02
#define FOLL_REMOTE		0x04
#define FOLL_MADV_POPULATE	0x08
#define FOLL_PIN		0x10
#define FOLL_LONGTERM		0x20
#define FOLL_TOUCH		0x40

long __get_user_pages(struct mm_struct *mm, unsigned long start,
		      unsigned long nr, unsigned int gup_flags);

#endif
