# a setting is compared, not negated
require !fault_around_bytes == 4096
