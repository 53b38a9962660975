"""Parts of `bench/classroom_burst.py`: the school, the servers, the HTTP client
and the bare-insert baseline app."""
