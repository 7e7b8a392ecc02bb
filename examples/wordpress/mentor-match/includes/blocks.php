<?php
/**
 * A dynamic block per element (`mentor-match/search` for `<mentor-search>`), rendered on the server by
 * the shortcodes' code, so a page built with blocks and one built with shortcodes are the same page. The
 * editor side is assets/blocks.js, plain script with no build step.
 *
 * @package MentorMatch
 */

namespace MentorMatch;

const BLOCKS_SCRIPT = 'mentor-match-blocks';

/**
 * The block's name for an element's tag.
 *
 * @param string $tag An element of elements().
 */
function block_name( string $tag ): string {
	return 'mentor-match/' . substr( $tag, strlen( 'mentor-' ) );
}

function register_blocks(): void {
	wp_register_script(
		BLOCKS_SCRIPT,
		plugins_url( 'assets/blocks.js', PLUGIN_FILE ),
		array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-i18n' ),
		VERSION,
		true
	);
	$editor = array();
	foreach ( elements() as $tag => $element ) {
		register_block_type(
			block_name( $tag ),
			array(
				'api_version'     => 2,
				'title'           => $element['title'],
				'category'        => 'widgets',
				'icon'            => 'groups',
				'attributes'      => array_map( fn() => array( 'type' => 'string' ), $element['attributes'] ),
				'supports'        => array(
					'html'      => false,
					'className' => false,
				),
				'editor_script'   => BLOCKS_SCRIPT,
				'render_callback' => fn( $attributes ) => render_element( $tag, is_array( $attributes ) ? $attributes : array() ),
			)
		);
		$editor[] = array(
			'name'       => block_name( $tag ),
			'tag'        => $tag,
			'title'      => $element['title'],
			'attributes' => $element['attributes'],
		);
	}
	// The editor's list of blocks. Inline, in the block editor only (an admin screen, not a member's page).
	wp_add_inline_script( BLOCKS_SCRIPT, 'window.mentorMatchBlocks = ' . wp_json_encode( $editor ) . ';', 'before' );
}
