# MADV_POPULATE_WRITE on a PROT_READ private anonymous mapping fails with -EINVAL and populates nothing, not even zero pages.
require !soft_dirty
p = mmap(NULL, 2 * PAGE, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
madvise(p, 2 * PAGE, MADV_POPULATE_WRITE) == -EINVAL
pagemap(p) == 0
pagemap(p + PAGE) == 0
