# MADV_KEEPONFORK on a part that had MADV_WIPEONFORK clears the flag and merges the VMAs back into one.
r = mmap(NULL, 32 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 4 * PAGE, 12 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
madvise(p + 4 * PAGE, 4 * PAGE, MADV_WIPEONFORK)
vma(p + 4 * PAGE) == [p + 4 * PAGE, p + 8 * PAGE)
madvise(p + 4 * PAGE, 4 * PAGE, MADV_KEEPONFORK)
vma(p + 4 * PAGE) == [p, p + 12 * PAGE)
vmflag(p, "wf") == 0
