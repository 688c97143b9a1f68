"""`ycrest.example`: the versions of this API are subpackages."""
