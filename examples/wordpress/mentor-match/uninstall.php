<?php
/**
 * Deleting the plugin deletes what it stored in WordPress: its two options and the staff capability it
 * gave, on every site of a network. The members' mentoring records live on the mentoring server and stay
 * there; a member signing in again after a new install is the same member (their id comes from their
 * account, not from anything stored here).
 *
 * @package MentorMatch
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

$mentor_match_forget = static function () {
	delete_option( 'mentor_match_settings' );
	delete_option( 'mentor_match_secret' );
	foreach ( wp_roles()->role_objects as $role ) {
		$role->remove_cap( 'mentor_match_staff' );
	}
};

if ( is_multisite() ) {
	foreach ( get_sites( array( 'fields' => 'ids', 'number' => 0 ) ) as $mentor_match_site ) {
		switch_to_blog( $mentor_match_site );
		$mentor_match_forget();
		restore_current_blog();
	}
} else {
	$mentor_match_forget();
}
