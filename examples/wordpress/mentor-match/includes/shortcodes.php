<?php
/**
 * A shortcode per element, named as the element: `[mentor-search find="mentors"]`.
 *
 * @package MentorMatch
 */

namespace MentorMatch;

function register_shortcodes(): void {
	foreach ( array_keys( elements() ) as $tag ) {
		add_shortcode( $tag, fn( $attributes ) => render_element( $tag, is_array( $attributes ) ? $attributes : array() ) );
	}
}
