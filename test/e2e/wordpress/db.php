<?php
// Creates or drops the test's WordPress database in MariaDB (through PHP's mysqli: Node has no MySQL client
// here). `php db.php create|drop '{"host":…,"user":…,"password":…,"name":…}'`; the name must be mentor_match_wp_…,
// the only databases scripts/ci-wordpress.sh lets the test's user touch.
[ , $command, $json ] = $argv;
$db = json_decode( $json, true, 512, JSON_THROW_ON_ERROR );
if ( ! preg_match( '/^mentor_match_wp_[a-z0-9_]+$/', $db['name'] ) ) {
	fwrite( STDERR, "not a test database: {$db['name']}\n" );
	exit( 2 );
}
mysqli_report( MYSQLI_REPORT_ERROR | MYSQLI_REPORT_STRICT );
// `host` or `host:port`, as WordPress's DB_HOST takes it ('localhost': MariaDB's Unix socket).
[ $host, $port ] = array_pad( explode( ':', $db['host'], 2 ), 2, null );
$link            = new mysqli( $host, $db['user'], $db['password'], '', null === $port ? null : (int) $port );
if ( 'create' === $command ) {
	$link->query( "CREATE DATABASE `{$db['name']}` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci" );
} elseif ( 'drop' === $command ) {
	$link->query( "DROP DATABASE IF EXISTS `{$db['name']}`" );
} else {
	fwrite( STDERR, "unknown command: $command\n" );
	exit( 2 );
}
