<?php
// What the test does inside its WordPress site, as wp-cli would (it is not in Debian): PHP scripts over
// WordPress's own functions. `php wp.php SITE_DIR COMMAND '{json}'` prints the answer as JSON.
//
//   install    WordPress's own installer (wp_install, as wp-admin/install.php runs it): tables, the admin.
//   setup      pretty permalinks, the plugin activated, its settings, users and pages.
//   render     shortcodes and blocks rendered as a given user (0: signed out), options overridden if asked.
//   uninstall  the plugin deactivated and deleted; what it leaves.
//   option     an option's value.
[ , $site, $command, $json ] = $argv;
$input = json_decode( $json, true, 512, JSON_THROW_ON_ERROR );

// The request WordPress would see on the site's address.
$url                        = parse_url( $input['url'] );
$_SERVER['HTTP_HOST']       = $url['host'] . ( isset( $url['port'] ) ? ':' . $url['port'] : '' );
$_SERVER['SERVER_NAME']     = $url['host'];
$_SERVER['SERVER_PORT']     = $url['port'] ?? 80;
$_SERVER['REQUEST_URI']     = $input['requestUri'] ?? '/';
$_SERVER['REQUEST_METHOD']  = 'GET';
$_SERVER['SERVER_PROTOCOL'] = 'HTTP/1.1';
$_SERVER['REMOTE_ADDR']     = '127.0.0.1';
define( 'ABSPATH', rtrim( $site, '/' ) . '/' );
if ( 'install' === $command ) {
	define( 'WP_INSTALLING', true );
}
require ABSPATH . 'wp-load.php';
// No mail leaves the test (there is no mail server; the new site's welcome email would only fail).
add_filter( 'pre_wp_mail', '__return_false' );

switch ( $command ) {
	case 'install':
		require_once ABSPATH . 'wp-admin/includes/upgrade.php';
		$admin     = $input['admin'];
		$installed = wp_install( $input['title'], $admin['login'], $admin['email'], false, '', wp_slash( $admin['password'] ) );
		$answer    = array( 'adminId' => $installed['user_id'] );
		break;

	case 'setup':
		require_once ABSPATH . 'wp-admin/includes/plugin.php';
		$GLOBALS['wp_rewrite']->set_permalink_structure( '/%postname%/' );
		// No Gravatar pictures in the toolbar: there is no network to fetch them from.
		update_option( 'show_avatars', 0 );
		$activated = activate_plugin( 'mentor-match/mentor-match.php', '', false, false );
		if ( is_wp_error( $activated ) ) {
			throw new RuntimeException( $activated->get_error_message() );
		}
		// The plugin's code is loaded now (activation includes it): its options are checked as a save would check them.
		MentorMatch\register_settings();
		update_option( 'mentor_match_settings', array_merge( MentorMatch\default_settings(), $input['settings'] ) );
		update_option( 'mentor_match_secret', $input['secret'] );
		$users = array();
		foreach ( $input['users'] as $key => $user ) {
			$id = wp_insert_user( wp_slash( $user + array( 'role' => 'subscriber' ) ) );
			if ( is_wp_error( $id ) ) {
				throw new RuntimeException( $id->get_error_message() );
			}
			$users[ $key ] = $id;
		}
		$pages = array();
		foreach ( $input['pages'] as $slug => $page ) {
			$content = strtr( $page['content'], array_combine( array_map( fn( $key ) => "{{$key}}", array_keys( $users ) ), $users ) );
			$id      = wp_insert_post(
				wp_slash(
					array(
						'post_type'    => 'page',
						'post_status'  => 'publish',
						'post_name'    => $slug,
						'post_title'   => $page['title'],
						'post_content' => $content,
					)
				),
				true
			);
			if ( is_wp_error( $id ) ) {
				throw new RuntimeException( $id->get_error_message() );
			}
			$pages[ $slug ] = get_permalink( $id );
		}
		flush_rewrite_rules( false );
		$answer = array(
			'users'    => $users,
			'pages'    => $pages,
			'settings' => get_option( 'mentor_match_settings' ),
		);
		break;

	case 'render':
		wp_set_current_user( $input['user'] );
		// Options as they would be, for this rendering only.
		foreach ( $input['options'] ?? array() as $name => $value ) {
			add_filter( "pre_option_$name", fn() => $value );
		}
		$answer = array();
		foreach ( $input['content'] as $key => $content ) {
			$answer[ $key ] = trim( do_shortcode( do_blocks( $content ) ) ); // the_content's order
		}
		break;

	case 'uninstall':
		// As the Plugins screen's Delete does it: deactivated first, then its uninstall.php.
		require_once ABSPATH . 'wp-admin/includes/plugin.php';
		deactivate_plugins( 'mentor-match/mentor-match.php' );
		uninstall_plugin( 'mentor-match/mentor-match.php' );
		$answer = array(
			'settings'      => get_option( 'mentor_match_settings', null ),
			'secret'        => get_option( 'mentor_match_secret', null ),
			'administrator' => get_role( 'administrator' )->has_cap( 'mentor_match_staff' ),
		);
		break;

	case 'option':
		$answer = get_option( $input['name'] );
		break;

	default:
		throw new RuntimeException( "unknown command: $command" );
}
echo wp_json_encode( $answer );
