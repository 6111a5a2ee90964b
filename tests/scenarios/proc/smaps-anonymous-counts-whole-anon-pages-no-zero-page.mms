# Without the zero page, smaps Anonymous counts read-faulted pages too, each in full, shared or not: after fork both sides show the whole amount while Pss halves, and a copy-on-write copy replaces a shared page without changing Anonymous.
require !zero_page
r = mmap(NULL, 16 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 4 * PAGE, 8 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
madvise(p, 8 * PAGE, MADV_NOHUGEPAGE)
smaps(p, "Anonymous") == 0
write(p, 2 * PAGE, 'a')
read(p + 4 * PAGE, 4 * PAGE) == 0
smaps(p, "Anonymous") == 24 * KiB
c = fork()
smaps(p, "Anonymous") == 24 * KiB
@c smaps(p, "Anonymous") == 24 * KiB
smaps(p, "Pss") == 12 * KiB
@c write(p + 6 * PAGE, 1, 'c')
@c smaps(p, "Anonymous") == 24 * KiB
smaps(p, "Anonymous") == 24 * KiB
# the copy is the child's alone, and the parent's page is now mapped once
@c smaps(p, "Pss") == 14 * KiB
smaps(p, "Pss") == 14 * KiB
