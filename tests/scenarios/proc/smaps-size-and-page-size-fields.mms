# smaps Size is the VMA's length whatever is mapped; KernelPageSize and MMUPageSize are the base page size.
r = mmap(NULL, 16 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 4 * PAGE, 8 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
smaps(p, "Size") == 8 * PAGE
smaps(p, "KernelPageSize") == PAGE
smaps(p, "MMUPageSize") == PAGE
smaps(p, "Rss") == 0
write(p, 2 * PAGE, 'a')
smaps(p, "Size") == 8 * PAGE
# the carve-out's two remaining pieces
smaps(r, "Size") == 4 * PAGE
smaps(p + 8 * PAGE, "Size") == 4 * PAGE
smaps(r, "KernelPageSize") == PAGE
# a split gives each part its own Size
mprotect(p + 2 * PAGE, 2 * PAGE, PROT_READ)
smaps(p, "Size") == 2 * PAGE
smaps(p + 2 * PAGE, "Size") == 2 * PAGE
smaps(p + 4 * PAGE, "Size") == 4 * PAGE
