# MADV_DODUMP fails with -EINVAL on MAP_DROPPABLE memory, which is never dumped; MADV_DONTDUMP succeeds, and a range over several VMAs stops at the droppable one (found by mmsim fuzz --seed 2, sequence 116: the model gave 0)
c = mmap(NULL, 8 * MiB, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0)
r = c + 2 * MiB - (c & (2 * MiB - 1))
munmap(c, r - c) == 0
munmap(r + 4 * MiB, c + 4 * MiB - r) == 0
c = 0
mmap(r + 502 * PAGE, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_DROPPABLE | MAP_ANONYMOUS | MAP_FIXED, -1, 0) == r + 502 * PAGE
vmflag(r + 502 * PAGE, "dd") == 1
madvise(r + 502 * PAGE, 2 * PAGE, MADV_DODUMP) == -EINVAL
madvise(r + 502 * PAGE, 2 * PAGE, MADV_DONTDUMP) == 0
vmflag(r + 502 * PAGE, "dd") == 1
# the carve-out before it is made dumpable again, up to the droppable VMA
madvise(r + 500 * PAGE, 2 * PAGE, MADV_DONTDUMP) == 0
vmflag(r + 500 * PAGE, "dd") == 1
madvise(r + 500 * PAGE, 4 * PAGE, MADV_DODUMP) == -EINVAL
vmflag(r + 500 * PAGE, "dd") == 0
vmflag(r + 502 * PAGE, "dd") == 1
