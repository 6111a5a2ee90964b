# a kernel version is compared, not negated
require !kernel >= 6.1
