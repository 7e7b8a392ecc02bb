<?php
// PHP's built-in web server in front of a WordPress site folder made by the test (test/e2e/wordpress-site.ts):
// `php -S 127.0.0.1:PORT -t SITE router.php`. WordPress's code is Debian's, linked into the folder; its
// wp-config.php and wp-content are the site's own. ABSPATH is the site folder (not where the linked files
// really are), so WordPress reads the site's wp-config.php. A path that is no file goes to index.php, as a
// web server's rewrite rule would send it (pretty permalinks, /wp-json/).
$mm_root = rtrim( $_SERVER['DOCUMENT_ROOT'], '/' );
$mm_path = rawurldecode( (string) parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH ) );
if ( false !== strpos( $mm_path, '..' ) || false !== strpos( $mm_path, "\0" ) ) {
	http_response_code( 400 );
	return true;
}
if ( is_dir( $mm_root . $mm_path ) ) {
	if ( '/' !== substr( $mm_path, -1 ) ) {
		header( 'Location: ' . $mm_path . '/' . ( empty( $_SERVER['QUERY_STRING'] ) ? '' : '?' . $_SERVER['QUERY_STRING'] ), true, 301 );
		return true;
	}
	$mm_path .= 'index.php';
}
if ( ! is_file( $mm_root . $mm_path ) ) {
	$mm_path = '/index.php';
} elseif ( '.php' !== substr( $mm_path, -4 ) ) {
	return false; // A file as it is: scripts, styles, images.
}
define( 'ABSPATH', $mm_root . '/' );
$_SERVER['SCRIPT_FILENAME'] = $mm_root . $mm_path;
$_SERVER['SCRIPT_NAME']     = $mm_path;
$_SERVER['PHP_SELF']        = $mm_path;
chdir( dirname( $_SERVER['SCRIPT_FILENAME'] ) );
unset( $mm_root, $mm_path );
require $_SERVER['SCRIPT_FILENAME'];
