# Under the heuristic overcommit policy a private writable mapping larger than RAM + swap fails with -ENOMEM; MAP_NORESERVE or a read-only mapping is not charged
require vm.overcommit_memory == 0
require totalram_pages < 33554432
require totalswap_pages < 33554432
mmap(NULL, 256 * GiB, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0) == -ENOMEM
mmap(NULL, 256 * GiB, PROT_READ | PROT_WRITE | PROT_EXEC, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0) == -ENOMEM
n = mmap(NULL, 256 * GiB, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0)
write(n + 100 * GiB, PAGE, 'n')
read(n + 100 * GiB, PAGE) == 'n'
h = mmap(NULL, 256 * GiB, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
# making the read-only mapping writable charges it then, and fails the same way
mprotect(h, 256 * GiB, PROT_READ | PROT_WRITE) == -ENOMEM
vma_prot(h) == "r--p"
vma(h) == [h, h + 256 * GiB)
# a small part of it can be made writable
mprotect(h, 1 * GiB, PROT_READ | PROT_WRITE) == 0
vma(h) == [h, h + 1 * GiB)
# the MAP_NORESERVE mapping stays uncharged through mprotect
mprotect(n, 256 * GiB, PROT_READ) == 0
mprotect(n, 256 * GiB, PROT_READ | PROT_WRITE) == 0
