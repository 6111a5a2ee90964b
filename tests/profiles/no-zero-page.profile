# The reference machine with a kernel that never maps the shared zero page
# (mm_forbids_zeropage(): pvm_no_zero_page=1 on the kernel command line, as
# some of this project's hosts boot): a read fault of private anonymous
# memory allocates a page of its own.  make test runs every scenario on the
# model under this profile as well as under the built-in one.
zero_page = no
# Those hosts' kernels also leave the PTE of a page copied by an unshare
# fault dirty (the 6.18 source keeps it clean); mmsim profile probes it.
unshare_copy_dirty = yes
