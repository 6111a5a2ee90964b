# shmem's fallocate takes only preallocation and hole punching: FALLOC_FL_ZERO_RANGE, COLLAPSE_RANGE, INSERT_RANGE, UNSHARE_RANGE and WRITE_ZEROES fail with -EOPNOTSUPP and change nothing; mode 0 grows the file, KEEP_SIZE does not, a punched partial page reads 0 only where punched.
require files
m = memfd_create("m", 0)
pwrite(m, 'a', 4 * PAGE, 0) == 4 * PAGE
fallocate(m, FALLOC_FL_ZERO_RANGE, 0, PAGE) == -EOPNOTSUPP
fallocate(m, FALLOC_FL_ZERO_RANGE | FALLOC_FL_KEEP_SIZE, 0, PAGE) == -EOPNOTSUPP
fallocate(m, FALLOC_FL_COLLAPSE_RANGE, 0, PAGE) == -EOPNOTSUPP
fallocate(m, FALLOC_FL_INSERT_RANGE, 0, PAGE) == -EOPNOTSUPP
fallocate(m, FALLOC_FL_UNSHARE_RANGE, 0, PAGE) == -EOPNOTSUPP
fallocate(m, FALLOC_FL_WRITE_ZEROES, 0, PAGE) == -EOPNOTSUPP
pread(m, 4 * PAGE, 0) == 'a'
pread(m, 1, 4 * PAGE) == NONE
fallocate(m, FALLOC_FL_KEEP_SIZE, 4 * PAGE, 4 * PAGE) == 0
pread(m, 1, 4 * PAGE) == NONE
fallocate(m, 0, 6 * PAGE, 10) == 0
pread(m, 2 * PAGE + 10, 4 * PAGE) == 0
pread(m, 1, 6 * PAGE + 10) == NONE
fallocate(m, FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE, 100, 200) == 0
pread(m, 100, 0) == 'a'
pread(m, 200, 100) == 0
pread(m, PAGE - 300, 300) == 'a'
