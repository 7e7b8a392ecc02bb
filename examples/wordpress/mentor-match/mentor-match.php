<?php
/**
 * Plugin Name:       Mentor Match
 * Description:       Your society's mentoring program on your own pages: members find a mentor, send a request, accept one and follow each mentorship. Members signed in to WordPress are signed in to mentoring.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           GPL-2.0-or-later
 * Text Domain:       mentor-match
 *
 * @package MentorMatch
 */

namespace MentorMatch;

defined( 'ABSPATH' ) || exit;

const VERSION     = '0.1.0';
const PLUGIN_FILE = __FILE__;

require_once __DIR__ . '/includes/jwt.php';
require_once __DIR__ . '/includes/settings.php';
require_once __DIR__ . '/includes/elements.php';
require_once __DIR__ . '/includes/assets.php';
require_once __DIR__ . '/includes/token.php';
require_once __DIR__ . '/includes/shortcodes.php';
require_once __DIR__ . '/includes/blocks.php';
require_once __DIR__ . '/includes/settings-page.php';

register_activation_hook( __FILE__, __NAMESPACE__ . '\\activate' );

add_action( 'init', __NAMESPACE__ . '\\register_shortcodes' );
add_action( 'init', __NAMESPACE__ . '\\register_blocks' );
add_action( 'init', __NAMESPACE__ . '\\register_settings' );
add_action( 'rest_api_init', __NAMESPACE__ . '\\register_token_route' );
add_filter( 'script_loader_tag', __NAMESPACE__ . '\\as_module', 10, 2 );
add_action( 'admin_menu', __NAMESPACE__ . '\\add_settings_page' );
add_filter( 'plugin_action_links_' . plugin_basename( __FILE__ ), __NAMESPACE__ . '\\settings_link' );
