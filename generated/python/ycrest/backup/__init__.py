"""`ycrest.backup`: the versions of this API are subpackages."""
