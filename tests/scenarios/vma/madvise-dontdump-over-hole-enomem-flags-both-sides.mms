# MADV_DONTDUMP over a range with a hole returns -ENOMEM but still applies to every VMA in the range, also those after the hole (unlike mprotect).
r = mmap(NULL, 32 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 4 * PAGE, 8 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
munmap(p + 4 * PAGE, PAGE)
madvise(p, 8 * PAGE, MADV_DONTDUMP) == -ENOMEM
vmflag(p, "dd") == 1
vmflag(p + 5 * PAGE, "dd") == 1
vma(p + 5 * PAGE) == [p + 5 * PAGE, p + 8 * PAGE)
