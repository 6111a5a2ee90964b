# MAP_DROPPABLE memory is never swap-backed, and MADV_PAGEOUT drops it without swap, dirty or not: on a kernel without the zero page the next read allocates new droppable pages, anonymous and still not swap-backed (the no-zero-page twin of fuzz-3-302: the model made droppable pages swap-backed and kept them)
require !zero_page
require root
require !soft_dirty
c = mmap(NULL, 8 * MiB, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0)
r = c + 2 * MiB - (c & (2 * MiB - 1))
munmap(c, r - c) == 0
munmap(r + 4 * MiB, c + 4 * MiB - r) == 0
c = 0
mmap(r + 16 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_DROPPABLE | MAP_ANONYMOUS | MAP_FIXED, -1, 0) == r + 16 * PAGE
write(r + 16 * PAGE, 2 * PAGE, 'd') == 0
process_vm_writev(r + 18 * PAGE, PAGE, 'x') == PAGE
kpageflags(r + 16 * PAGE) & (KPF_ANON | KPF_SWAPBACKED) == KPF_ANON
kpageflags(r + 18 * PAGE) & (KPF_ANON | KPF_SWAPBACKED) == KPF_ANON
smaps(r + 16 * PAGE, "Rss") == 12 * KiB
madvise(r + 16 * PAGE, 4 * PAGE, MADV_PAGEOUT) == 0
smaps(r + 16 * PAGE, "Rss") == 0
pagemap(r + 16 * PAGE) == 0
read(r + 16 * PAGE, 3 * PAGE) == 0
kpageflags(r + 17 * PAGE) & (KPF_ZERO_PAGE | KPF_ANON | KPF_SWAPBACKED) == KPF_ANON
pagemap(r + 17 * PAGE) == PM_PRESENT | PM_MMAP_EXCLUSIVE
smaps(r + 16 * PAGE, "Rss") == 12 * KiB
# ordinary private memory stays: there is no swap to page it out to
mmap(r + 32 * PAGE, PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0) == r + 32 * PAGE
write(r + 32 * PAGE, PAGE, 'p') == 0
kpageflags(r + 32 * PAGE) & (KPF_ANON | KPF_SWAPBACKED) == KPF_ANON | KPF_SWAPBACKED
madvise(r + 32 * PAGE, PAGE, MADV_PAGEOUT) == 0
read(r + 32 * PAGE, PAGE) == 'p'
