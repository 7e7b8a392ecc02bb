<?php
/**
 * The page's two scripts, as files (no inline script, so a page's Content Security Policy can stay
 * strict), both ES modules: the plugin's token script, then the mentor-match loader. Enqueued by the first
 * element a page renders; WordPress prints each once however many elements the page holds, and never on a
 * page without one.
 *
 * @package MentorMatch
 */

namespace MentorMatch;

const TOKEN_SCRIPT  = 'mentor-match-token';
const LOADER_SCRIPT = 'mentor-match-loader';

function enqueue_element_scripts(): void {
	wp_enqueue_script( TOKEN_SCRIPT, plugins_url( 'assets/token.js', PLUGIN_FILE ), array(), VERSION, true );
	// The loader after the token script, so every program has its getToken before it first loads. No
	// version in its address: it is the society's file, cached as its host says.
	wp_enqueue_script( LOADER_SCRIPT, settings()['loader_url'], array( TOKEN_SCRIPT ), null, true ); // phpcs:ignore WordPress.WP.EnqueuedResourceParameters.MissingVersion
}

/**
 * Prints the plugin's scripts (but the block editor's, which reads WordPress's globals) as modules (WordPress 6.1 has no other way to ask for `type="module"`).
 *
 * @param string $tag    The script tag WordPress made.
 * @param string $handle The script's handle.
 */
function as_module( string $tag, string $handle ): string {
	if ( ! in_array( $handle, array( TOKEN_SCRIPT, LOADER_SCRIPT, SETTINGS_SCRIPT ), true ) ) {
		return $tag;
	}
	$tag = preg_replace( '/\stype=([\'"])[^\'"]*\1/', '', $tag );
	return preg_replace( '/<script\b/', '<script type="module"', $tag, 1 );
}
