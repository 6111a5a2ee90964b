# MADV_FREE is only for private anonymous memory: on a MAP_SHARED anonymous (shmem) mapping it fails with -EINVAL and the data stays.
# shmem comes to the model with files (issue 4)
require files
s = mmap(NULL, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0)
write(s, 2 * PAGE, 'm')
madvise(s, 2 * PAGE, MADV_FREE) == -EINVAL
read(s, 2 * PAGE) == 'm'
