# A memfd may be LLONG_MAX bytes long: ftruncate and pwrite reach its last byte, its holes read 0, punching and shrinking work up there; only its last page cannot be mapped (-EOVERFLOW: a mapping must end within MAX_LFS_FILESIZE).
require files
m = memfd_create("m", 0)
ftruncate(m, 0x7fffffffffffffff) == 0
pwrite(m, 'm', PAGE - 1, 0x7ffffffffffff000) == PAGE - 1
pwrite(m, 'm', 2, 0x7ffffffffffffffe) == -EINVAL
pread(m, PAGE - 1, 0x7ffffffffffff000) == 'm'
pread(m, PAGE, 0) == 0
mmap(NULL, PAGE, PROT_READ, MAP_SHARED, m, 0x7ffffffffffff000) == -EOVERFLOW
mmap(NULL, 2 * PAGE, PROT_READ, MAP_SHARED, m, 0x7fffffffffffe000) == -EOVERFLOW
s = mmap(NULL, PAGE, PROT_READ, MAP_SHARED, m, 0x7fffffffffffe000)
read(s, PAGE) == 0
fallocate(m, FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE, 0x7ffffffffffff001, 0xffd) == 0
pread(m, 1, 0x7ffffffffffff000) == 'm'
pread(m, 0xffd, 0x7ffffffffffff001) == 0
pread(m, 1, 0x7ffffffffffffffe) == 'm'
ftruncate(m, 0x7ffffffffffff001) == 0
pread(m, PAGE - 1, 0x7ffffffffffff000) == 'm'
pread(m, 1, 0x7ffffffffffff001) == NONE
ftruncate(m, 0) == 0
read(s) == SIGBUS
