# ext4 refuses MAP_SYNC (no DAX) only in its ->mmap_prepare, after MAP_FIXED has cleared what it replaces: the mapping fails with -EOPNOTSUPP and leaves a hole where the old pages were; refusals made before that (seals, access modes, unknown flags) leave the old mapping alone (found by mmsim fuzz --seed 2, sequences 132, 153 and 186: the model kept the old mapping)
require files
require scratch_fs == ext4
c = mmap(NULL, 8 * MiB, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0)
r = c + 2 * MiB - (c & (2 * MiB - 1))
munmap(c, r - c) == 0
munmap(r + 4 * MiB, c + 4 * MiB - r) == 0
c = 0
f0 = open("f0", O_RDWR | O_CREAT, 0600) == 3
ftruncate(f0, 64 * PAGE) == 0
mmap(r + 12 * PAGE, 3 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0) == r + 12 * PAGE
write(r + 12 * PAGE, 3 * PAGE, 'a') == 0
mmap(r + 13 * PAGE, PAGE, PROT_READ | PROT_WRITE, MAP_SHARED_VALIDATE | MAP_SYNC | MAP_FIXED, f0, 61 * PAGE) == -EOPNOTSUPP
vma(r + 13 * PAGE) == NONE
read(r + 13 * PAGE) == SIGSEGV
vma(r + 12 * PAGE) == [r + 12 * PAGE, r + 13 * PAGE)
read(r + 12 * PAGE, PAGE) == 'a'
vma(r + 14 * PAGE) == [r + 14 * PAGE, r + 15 * PAGE)
smaps(r + 14 * PAGE, "Rss") == 4 * KiB
# MAP_PRIVATE keeps MAP_SYNC too, and ext4 refuses it the same way
mmap(r + 20 * PAGE, 5 * PAGE, PROT_WRITE, MAP_PRIVATE | MAP_SYNC | MAP_FIXED, f0, 52 * PAGE) == -EOPNOTSUPP
vma(r + 19 * PAGE) == [r + 15 * PAGE, r + 20 * PAGE)
vma(r + 20 * PAGE) == NONE
vma(r + 24 * PAGE) == NONE
vma(r + 25 * PAGE) == [r + 25 * PAGE, r + 1024 * PAGE)
mprotect(r + 19 * PAGE, 10 * PAGE, PROT_READ | PROT_WRITE) == -ENOMEM
# refused before the unmap: a write seal, an unknown flag
m = memfd_create("m", MFD_ALLOW_SEALING) == 4
ftruncate(m, PAGE) == 0
fcntl(m, F_ADD_SEALS, F_SEAL_WRITE) == 0
mmap(r + 40 * PAGE, PAGE, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_FIXED, m, 0) == -EPERM
vma(r + 40 * PAGE) == [r + 25 * PAGE, r + 1024 * PAGE)
mmap(r + 40 * PAGE, PAGE, PROT_READ, MAP_SHARED_VALIDATE | 0x800000 | MAP_FIXED, f0, 0) == -EOPNOTSUPP
vma(r + 40 * PAGE) == [r + 25 * PAGE, r + 1024 * PAGE)
