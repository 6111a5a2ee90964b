# MADV_POPULATE_READ and MADV_POPULATE_WRITE on a PROT_NONE mapping both fail with -EINVAL and map nothing.
require !soft_dirty
p = mmap(NULL, 2 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
madvise(p, 2 * PAGE, MADV_POPULATE_READ) == -EINVAL
madvise(p, 2 * PAGE, MADV_POPULATE_WRITE) == -EINVAL
pagemap(p) == 0
pagemap(p + PAGE) == 0
