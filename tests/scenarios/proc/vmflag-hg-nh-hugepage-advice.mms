# MADV_HUGEPAGE sets VmFlags hg, MADV_NOHUGEPAGE sets nh and clears hg (and the reverse): at most one of them at a time.
r = mmap(NULL, 12 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 4 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
vmflag(p, "hg") == 0
vmflag(p, "nh") == 0
madvise(p, 4 * PAGE, MADV_HUGEPAGE) == 0
vmflag(p, "hg") == 1
vmflag(p, "nh") == 0
madvise(p, 4 * PAGE, MADV_NOHUGEPAGE) == 0
vmflag(p, "hg") == 0
vmflag(p, "nh") == 1
madvise(p, 4 * PAGE, MADV_HUGEPAGE) == 0
vmflag(p, "hg") == 1
vmflag(p, "nh") == 0
