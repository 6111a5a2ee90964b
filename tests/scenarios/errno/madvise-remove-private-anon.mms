# MADV_REMOVE needs a shared file mapping: on private anonymous memory it fails with -EINVAL and leaves the data
r = mmap(NULL, 16 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 4 * PAGE, 8 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
write(p, 8 * PAGE, 'p')
madvise(p, 8 * PAGE, MADV_REMOVE) == -EINVAL
madvise(p, PAGE, MADV_REMOVE) == -EINVAL
read(p, 8 * PAGE) == 'p'
# the PROT_NONE carve-out is private anonymous too
madvise(r, PAGE, MADV_REMOVE) == -EINVAL
# over a hole it is still -ENOMEM
munmap(r + 12 * PAGE, 4 * PAGE)
madvise(r + 12 * PAGE, PAGE, MADV_REMOVE) == -ENOMEM
