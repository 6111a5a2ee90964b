# MADV_MERGEABLE ignores a shared mapping of a file opened read-only (VM_MAYSHARE without VM_SHARED) as KSM ignores every shared mapping: the VMA is not split and gets no "mg"; a private mapping of the same file takes the flag (found by mmsim fuzz --seed 7, sequence 833: the model split the VMA)
require files
c = mmap(NULL, 8 * MiB, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0)
r = c + 2 * MiB - (c & (2 * MiB - 1))
munmap(c, r - c) == 0
munmap(r + 4 * MiB, c + 4 * MiB - r) == 0
c = 0
f0 = open("f1", O_RDWR | O_CREAT, 0600) == 3
f1 = open("f1", O_RDONLY, 0600) == 4
mmap(r + 186 * PAGE, 4 * PAGE, PROT_NONE, MAP_SHARED | MAP_FIXED, f1, 0) == r + 186 * PAGE
vmflag(r + 186 * PAGE, "ms") == 1
vmflag(r + 186 * PAGE, "sh") == 0
madvise(r + 187 * PAGE, 3 * PAGE - 289, MADV_MERGEABLE) == 0
vma(r + 188 * PAGE) == [r + 186 * PAGE, r + 190 * PAGE)
vmflag(r + 188 * PAGE, "mg") == 0
mmap(r + 200 * PAGE, 4 * PAGE, PROT_READ, MAP_PRIVATE | MAP_FIXED, f1, 0) == r + 200 * PAGE
madvise(r + 201 * PAGE, 2 * PAGE, MADV_MERGEABLE) == 0
vma(r + 201 * PAGE) == [r + 201 * PAGE, r + 203 * PAGE)
vmflag(r + 201 * PAGE, "mg") == 1
