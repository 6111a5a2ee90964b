# A read pin (process_vm_readv) after fork unshares the parent's pages of a PROT_READ mapping that MAP_POPULATE filled: the copies' PTEs are dirty where unshare_copy_dirty (found by mmsim fuzz --seed 20261122, sequence 5653, on a host without the zero page: the model kept the copies clean)
require unshare_copy_dirty == yes
c = mmap(NULL, 8 * MiB, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0)
r = c + 2 * MiB - (c & (2 * MiB - 1))
munmap(c, r - c) == 0
munmap(r + 4 * MiB, c + 4 * MiB - r) == 0
c = 0
mmap(r + 2 * PAGE, 14 * PAGE, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED | MAP_POPULATE, -1, 0) == r + 2 * PAGE
c9 = fork()
process_vm_readv(r + 8 * PAGE, 1019 * PAGE) == 32768
smaps(r + 6 * PAGE, "Private_Clean") == 0
