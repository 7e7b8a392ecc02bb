<?php
// The plugin's token signing alone, without WordPress: `php mint.php '{"claims":{…},"secret":"…"}'` prints
// the token, for the test to check with the mentoring server's own verifier.
require __DIR__ . '/../../../examples/wordpress/mentor-match/includes/jwt.php';
$input = json_decode( $argv[1], true, 512, JSON_THROW_ON_ERROR );
echo MentorMatch\jwt_hs256( $input['claims'], $input['secret'] );
