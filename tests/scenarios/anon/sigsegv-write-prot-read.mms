# A write to a PROT_READ private anonymous mapping raises SIGSEGV and maps no page; reads of it succeed and map the zero page.
require zero_page
require root
require !soft_dirty
p = mmap(NULL, 2 * PAGE, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
write(p, 1, 'x') == SIGSEGV
pagemap(p) == 0
read(p, 2 * PAGE) == 0
kpageflags(p) & KPF_ZERO_PAGE == KPF_ZERO_PAGE
write(p + PAGE, 1, 'x') == SIGSEGV
read(p + PAGE) == 0
