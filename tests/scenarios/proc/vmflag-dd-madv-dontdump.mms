# MADV_DONTDUMP sets VmFlags dd on the advised range (splitting the VMA); MADV_DODUMP clears it and the VMA merges back.
r = mmap(NULL, 12 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 4 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
vmflag(p, "dd") == 0
madvise(p + 2 * PAGE, 2 * PAGE, MADV_DONTDUMP) == 0
vmflag(p + 2 * PAGE, "dd") == 1
vmflag(p, "dd") == 0
vma(p + 2 * PAGE) == [p + 2 * PAGE, p + 4 * PAGE)
madvise(p + 2 * PAGE, 2 * PAGE, MADV_DODUMP) == 0
vmflag(p + 2 * PAGE, "dd") == 0
vma(p) == [p, p + 4 * PAGE)
