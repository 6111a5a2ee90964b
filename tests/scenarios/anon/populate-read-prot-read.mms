# MADV_POPULATE_READ works on a PROT_READ private anonymous mapping (zero pages mapped), but MADV_POPULATE_WRITE there fails with -EINVAL and maps nothing more.
require zero_page
require root
require !soft_dirty
p = mmap(NULL, 4 * PAGE, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
madvise(p, 2 * PAGE, MADV_POPULATE_READ) == 0
kpageflags(p + PAGE) & KPF_ZERO_PAGE == KPF_ZERO_PAGE
madvise(p + 2 * PAGE, 2 * PAGE, MADV_POPULATE_WRITE) == -EINVAL
pagemap(p + 2 * PAGE) == 0
pagemap(p + 3 * PAGE) == 0
