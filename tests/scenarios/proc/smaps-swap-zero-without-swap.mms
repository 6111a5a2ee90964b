# Without swap, smaps Swap and SwapPss stay 0: PTE markers such as guard pages are not swap.
require kernel >= 6.13
r = mmap(NULL, 12 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 4 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
write(p, 4 * PAGE, 'a')
smaps(p, "Swap") == 0
smaps(p, "SwapPss") == 0
madvise(p + PAGE, 2 * PAGE, MADV_GUARD_INSTALL) == 0
pagemap(p + PAGE) & PM_SWAP == PM_SWAP
smaps(p, "Swap") == 0
smaps(p, "SwapPss") == 0
smaps(p, "Rss") == 2 * PAGE
c = fork()
@c smaps(p, "Swap") == 0
