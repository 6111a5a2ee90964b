# MADV_MERGEABLE sets VmFlags mg (KSM may merge the VMA's pages) on the advised range; MADV_UNMERGEABLE clears it and the VMA merges back.
r = mmap(NULL, 12 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 4 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
vmflag(p, "mg") == 0
madvise(p, 2 * PAGE, MADV_MERGEABLE) == 0
vmflag(p, "mg") == 1
vmflag(p + 2 * PAGE, "mg") == 0
vma(p) == [p, p + 2 * PAGE)
madvise(p, 2 * PAGE, MADV_UNMERGEABLE) == 0
vmflag(p, "mg") == 0
vma(p) == [p, p + 4 * PAGE)
