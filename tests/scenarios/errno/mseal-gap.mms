# mseal over a range with a hole fails with -ENOMEM and seals nothing, not even the VMAs before the hole
r = mmap(NULL, 32 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = mmap(r + 4 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
munmap(r + 8 * PAGE, 4 * PAGE)
b = mmap(r + 12 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
munmap(r + 16 * PAGE, 4 * PAGE)
mseal(a + 2 * PAGE, 8 * PAGE, 0) == -ENOMEM
vmflag(a, "sl") == 0
vmflag(a + 2 * PAGE, "sl") == 0
vma(a) == [a, a + 4 * PAGE)
vmflag(b, "sl") == 0
vma(b) == [b, b + 4 * PAGE)
# hole at the start, hole at the end, all hole
mseal(r + 8 * PAGE, 8 * PAGE, 0) == -ENOMEM
mseal(b, 8 * PAGE, 0) == -ENOMEM
mseal(r + 8 * PAGE, 4 * PAGE, 0) == -ENOMEM
vmflag(b, "sl") == 0
# so the VMAs can still be unmapped
munmap(a, 4 * PAGE) == 0
munmap(b, 4 * PAGE) == 0
