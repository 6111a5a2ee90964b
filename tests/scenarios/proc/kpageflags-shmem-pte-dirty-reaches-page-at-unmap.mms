# A read fault maps a shmem page writable at once (shmem needs no write-notify), so a later write only dirties the PTE: KPF_DIRTY stays clear while smaps already counts the page Private_Dirty; munmap moves the PTE's dirty bit to the page.
# files and shmem come to the model with the page cache (issue 4)
require files
require root
fd = memfd_create("pte-dirty", 0)
ftruncate(fd, PAGE)
s = mmap(NULL, PAGE, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0)
read(s) == 0
smaps(s, "Private_Clean") == 4 * KiB
kpageflags(s) & KPF_DIRTY == 0
write(s, PAGE, 'w')
kpageflags(s) & KPF_DIRTY == 0
smaps(s, "Private_Dirty") == 4 * KiB
smaps(s, "Private_Clean") == 0
munmap(s, PAGE)
t = mmap(NULL, PAGE, PROT_READ, MAP_SHARED, fd, 0)
read(t) == 'w'
kpageflags(t) & KPF_DIRTY == KPF_DIRTY
# the new mapping's PTE is clean, but the dirty page makes it Private_Dirty
smaps(t, "Private_Dirty") == 4 * KiB
