# msync at an unaligned address fails with -EINVAL; an unaligned length is rounded up; a range that wraps fails with -ENOMEM, but a length that rounds to 0 returns 0
r = mmap(NULL, 16 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 4 * PAGE, 8 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
msync(p + 1, PAGE, MS_SYNC) == -EINVAL
msync(p + 1, 0, MS_SYNC) == -EINVAL
msync(p, 1, MS_SYNC) == 0
# p + 8 * PAGE - 1 rounds up to the end of p: still inside the carve-out
msync(p, 8 * PAGE + 1, MS_ASYNC) == 0
msync(p, -PAGE, MS_SYNC) == -ENOMEM
# a length of -1 rounds up to exactly 0, which msync accepts as an empty range
msync(p, -1, MS_SYNC) == 0
msync(-PAGE, PAGE, MS_ASYNC) == -ENOMEM
