# MADV_DOFORK on a part that had MADV_DONTFORK clears VM_DONTCOPY and merges the three VMAs back into one.
r = mmap(NULL, 32 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 4 * PAGE, 12 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
write(p, 12 * PAGE, 'p')
madvise(p + 4 * PAGE, 4 * PAGE, MADV_DONTFORK)
vma(p) == [p, p + 4 * PAGE)
madvise(p + 4 * PAGE, 4 * PAGE, MADV_DOFORK)
vma(p) == [p, p + 12 * PAGE)
vmflag(p, "dc") == 0
