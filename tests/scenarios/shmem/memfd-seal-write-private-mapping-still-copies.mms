# A write-sealed memfd may still be mapped MAP_PRIVATE and PROT_WRITE: stores copy into anonymous pages and the sealed file stays unchanged.
require files
require !soft_dirty
m = memfd_create("m", MFD_ALLOW_SEALING)
pwrite(m, 's', PAGE, 0) == PAGE
fcntl(m, F_ADD_SEALS, F_SEAL_WRITE) == 0
p = mmap(NULL, PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE, m, 0)
read(p) == 's'
pagemap(p) == PM_PRESENT | PM_FILE | PM_MMAP_EXCLUSIVE
write(p, 1, 'p')
pagemap(p) == PM_PRESENT | PM_MMAP_EXCLUSIVE
read(p) == 'p'
pread(m, PAGE, 0) == 's'
