# MADV_WIPEONFORK is refused with -EINVAL on a MAP_SHARED mapping (it applies to private anonymous memory only), and the flag is not set.
# shmem comes to the model with files (issue 4)
require files
s = mmap(NULL, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0)
madvise(s, 2 * PAGE, MADV_WIPEONFORK) == -EINVAL
vmflag(s, "wf") == 0
