# Two parts of one VMA mlock()ed separately are populated with two different anon_vmas: one munlock over everything merges the first locked part with the unfaulted parts around it but stops where the second anon_vma begins.
r = mmap(NULL, 32 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 4 * PAGE, 12 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
mlock(p + 2 * PAGE, 2 * PAGE)
mlock(p + 8 * PAGE, 2 * PAGE)
vma(p + 4 * PAGE) == [p + 4 * PAGE, p + 8 * PAGE)
munlock(p, 12 * PAGE)
vma(p) == [p, p + 8 * PAGE)
vma(p + 8 * PAGE) == [p + 8 * PAGE, p + 12 * PAGE)
vmflag(p + 8 * PAGE, "lo") == 0
