# mlock2 with flags 0 behaves like mlock: the range is populated with exclusive anonymous pages and VmFlags has "lo" but not "lf".
p = mmap(NULL, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
mlock2(p, 2 * PAGE, 0) == 0
vmflag(p, "lo") == 1
vmflag(p, "lf") == 0
pagemap(p) & (PM_PRESENT | PM_MMAP_EXCLUSIVE) == PM_PRESENT | PM_MMAP_EXCLUSIVE
pagemap(p + PAGE) & (PM_PRESENT | PM_MMAP_EXCLUSIVE) == PM_PRESENT | PM_MMAP_EXCLUSIVE
