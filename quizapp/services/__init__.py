"""Domain verbs. Each public function owns its transaction (commit or rollback);
views call exactly one of them and never touch the session themselves."""
