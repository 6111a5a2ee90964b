# mlock2(MLOCK_ONFAULT) on part of an unfaulted VMA splits it but populates nothing: the pages appear only when touched.
r = mmap(NULL, 32 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 4 * PAGE, 12 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
mlock2(p + 4 * PAGE, 4 * PAGE, MLOCK_ONFAULT)
vma(p + 4 * PAGE) == [p + 4 * PAGE, p + 8 * PAGE)
vmflag(p + 4 * PAGE, "lo") == 1
pagemap(p + 4 * PAGE) & PM_PRESENT == 0
write(p + 4 * PAGE, PAGE, 'x')
pagemap(p + 4 * PAGE) & PM_PRESENT == PM_PRESENT
pagemap(p + 5 * PAGE) & PM_PRESENT == 0
