# A hint below mmap_min_addr is rounded up to it (round_hint_to_min()): the mapping lands there when that range is free, and elsewhere when it is taken; MAP_FIXED takes the address as given (the scenario's process is privileged).  The floor is the larger of vm.mmap_min_addr and CONFIG_LSM_MMAP_MIN_ADDR: 65536 on the reference hosts, whatever the sysctl says.
require mmap_min_addr == 65536
require root
p = mmap(PAGE, PAGE, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p == 65536
vma(p) == [65536, 65536 + PAGE)
q = mmap(65536 - 16 * PAGE, PAGE, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
# the kernel picks the place top-down: only where it is not can be said
q != 65536
f = mmap(2 * PAGE, PAGE, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
f == 2 * PAGE
