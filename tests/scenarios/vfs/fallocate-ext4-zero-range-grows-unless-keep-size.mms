# FALLOC_FL_ZERO_RANGE past the end of an ext4 file grows it to the range's end, the new bytes reading 0; with FALLOC_FL_KEEP_SIZE the size stays and only the part inside the file is zeroed.
require files
require scratch_fs == ext4
fd = open("data", O_RDWR | O_CREAT, 0600)
pwrite(fd, 'a', 4 * PAGE, 0) == 4 * PAGE
fallocate(fd, FALLOC_FL_ZERO_RANGE | FALLOC_FL_KEEP_SIZE, 3 * PAGE, 4 * PAGE) == 0
pread(fd, 3 * PAGE, 0) == 'a'
pread(fd, PAGE, 3 * PAGE) == 0
pread(fd, 1, 4 * PAGE) == NONE
fallocate(fd, FALLOC_FL_ZERO_RANGE | FALLOC_FL_KEEP_SIZE, 8 * PAGE, PAGE) == 0
pread(fd, 1, 4 * PAGE) == NONE
fallocate(fd, FALLOC_FL_ZERO_RANGE, 2 * PAGE, 4 * PAGE + 10) == 0
pread(fd, 2 * PAGE, 0) == 'a'
pread(fd, 4 * PAGE + 10, 2 * PAGE) == 0
pread(fd, 1, 6 * PAGE + 10) == NONE
fallocate(fd, FALLOC_FL_ZERO_RANGE, 10 * PAGE, 100) == 0
pread(fd, 4 * PAGE, 6 * PAGE) == 0
pread(fd, 1, 10 * PAGE + 100) == NONE
