# MADV_SEQUENTIAL sets VmFlags sr, MADV_RANDOM sets rr and clears sr, MADV_NORMAL clears both.
r = mmap(NULL, 12 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 4 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
vmflag(p, "sr") == 0
vmflag(p, "rr") == 0
madvise(p, 4 * PAGE, MADV_SEQUENTIAL) == 0
vmflag(p, "sr") == 1
vmflag(p, "rr") == 0
madvise(p, 4 * PAGE, MADV_RANDOM) == 0
vmflag(p, "sr") == 0
vmflag(p, "rr") == 1
madvise(p, 4 * PAGE, MADV_NORMAL) == 0
vmflag(p, "sr") == 0
vmflag(p, "rr") == 0
vma(p) == [p, p + 4 * PAGE)
