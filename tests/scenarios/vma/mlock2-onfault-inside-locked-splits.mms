# mlock2(MLOCK_ONFAULT) on the middle of an mlock()ed VMA adds VM_LOCKONFAULT there and splits it in three; the locked pages stay present.
r = mmap(NULL, 32 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 4 * PAGE, 12 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
mlock(p, 12 * PAGE)
vma(p) == [p, p + 12 * PAGE)
mlock2(p + 4 * PAGE, 4 * PAGE, MLOCK_ONFAULT)
vma(p) == [p, p + 4 * PAGE)
vma(p + 4 * PAGE) == [p + 4 * PAGE, p + 8 * PAGE)
vma(p + 8 * PAGE) == [p + 8 * PAGE, p + 12 * PAGE)
vmflag(p + 4 * PAGE, "lo") == 1
pagemap(p + 4 * PAGE) & PM_PRESENT == PM_PRESENT
