<?php
/**
 * The mentor-* elements a page can show, and the one function that renders any of them: for a shortcode
 * and for a block alike.
 *
 * @package MentorMatch
 */

namespace MentorMatch;

/**
 * Every element, one line each: its title (the block's name in the editor) and the attributes an editor may
 * set, each with what it accepts: a list of values, 'count' (a whole number from 1 to 1000) or 'id' (a
 * member id). Anything else an editor writes is left out. The shortcode is the tag (`[mentor-search]`), the
 * block is `mentor-match/` and the tag without `mentor-` (`mentor-match/search`). The
 * `mentor_match_elements` filter adds one from elsewhere.
 *
 * @return array<string, array{title: string, attributes: array<string, string|string[]>}>
 */
function elements(): array {
	$elements = array(
		'mentor-search'                => element( __( 'Mentoring: find a mentor or mentee', 'mentor-match' ), array( 'find' => array( 'mentors', 'mentees' ), 'page-size' => 'count' ) ),
		'mentor-relationships-console' => element( __( 'Mentoring: my mentorships', 'mentor-match' ), array( 'recent-ended' => 'count' ) ),
		'mentor-availability-toggle'   => element( __( 'Mentoring: availability', 'mentor-match' ) ),
		'mentor-enrollment'            => element( __( 'Mentoring: enrolment', 'mentor-match' ) ),
		'mentor-profile-card'          => element( __( 'Mentoring: a member’s profile card', 'mentor-match' ), array( 'member-id' => 'id', 'show-as' => array( 'mentor', 'mentee' ) ) ),
	);
	$elements = apply_filters( 'mentor_match_elements', $elements );
	// A tag from a filter becomes markup and a shortcode name: it must be a mentor-* custom element name.
	return array_filter( $elements, fn( $tag ) => (bool) preg_match( '/^mentor-[a-z][a-z0-9]*(-[a-z0-9]+)*$/', $tag ), ARRAY_FILTER_USE_KEY );
}

/**
 * One entry of elements().
 *
 * @param string                   $title      The block's title.
 * @param array<string, string|string[]> $attributes The attributes an editor may set.
 * @return array{title: string, attributes: array<string, string|string[]>}
 */
function element( string $title, array $attributes = array() ): array {
	return array(
		'title'      => $title,
		'attributes' => $attributes,
	);
}

/**
 * The attributes of $given that $tag allows, with allowed values only; the rest is left out silently (a
 * typo in a shortcode shows the element with its defaults rather than breaking the page).
 *
 * @param string               $tag   An element of elements().
 * @param array<string, mixed> $given The shortcode's or the block's attributes.
 * @return array<string, string>
 */
function allowed_attributes( string $tag, array $given ): array {
	$allowed = array();
	foreach ( elements()[ $tag ]['attributes'] ?? array() as $name => $accepts ) {
		if ( ! isset( $given[ $name ] ) || ! is_scalar( $given[ $name ] ) ) {
			continue;
		}
		$value = trim( (string) $given[ $name ] );
		if ( is_array( $accepts ) ? in_array( $value, $accepts, true ) : accepts( $accepts, $value ) ) {
			$allowed[ $name ] = $value;
		}
	}
	return $allowed;
}

/**
 * Whether $value is a $kind ('count' or 'id').
 *
 * @param string $kind  What the attribute accepts.
 * @param string $value What the editor wrote.
 */
function accepts( string $kind, string $value ): bool {
	switch ( $kind ) {
		case 'count':
			return (bool) preg_match( '/^[1-9][0-9]{0,2}$|^1000$/', $value );
		case 'id':
			// The server's member id (core's Id schema).
			return (bool) preg_match( '/^[A-Za-z0-9_.:@-]{1,100}$/', $value );
		default:
			return false;
	}
}

/**
 * An element as the page shows it. A signed-in member gets it inside a `<mentor-program>` that talks to the
 * mentoring API with their token, and the page gets the scripts; a visitor gets a link to sign in and
 * back; until the plugin is set up, a note (with the way to the settings for those who can change them).
 *
 * @param string               $tag   An element of elements().
 * @param array<string, mixed> $given The shortcode's or the block's attributes.
 */
function render_element( string $tag, array $given ): string {
	if ( ! isset( elements()[ $tag ] ) ) {
		return '';
	}
	if ( ! is_user_logged_in() ) {
		return sprintf(
			'<p class="mentor-match-sign-in"><a href="%s">%s</a></p>',
			esc_url( wp_login_url( current_address() ) ),
			esc_html__( 'Sign in to take part in mentoring', 'mentor-match' )
		);
	}
	if ( ! is_configured() ) {
		$setup = current_user_can( 'manage_options' )
			? sprintf( ' <a href="%s">%s</a>', esc_url( admin_url( 'options-general.php?page=mentor-match' ) ), esc_html__( 'Set it up in Settings → Mentoring.', 'mentor-match' ) )
			: '';
		return '<p class="mentor-match-unavailable">' . esc_html__( 'Mentoring is not available yet.', 'mentor-match' ) . $setup . '</p>';
	}

	enqueue_element_scripts();
	$attributes = '';
	foreach ( allowed_attributes( $tag, $given ) as $name => $value ) {
		$attributes .= sprintf( ' %s="%s"', $name, esc_attr( $value ) );
	}
	// The token reaches the program from script (assets/token.js), never through an attribute: these two
	// say where to ask for it, with WordPress's REST nonce, which only proves the request comes from this page.
	return sprintf(
		'<mentor-program api="%1$s" data-mentor-token-url="%2$s" data-mentor-rest-nonce="%3$s" data-mentor-nonce-url="%4$s"><%5$s%6$s></%5$s></mentor-program>',
		esc_url( settings()['api_url'] ),
		esc_url( rest_url( TOKEN_ROUTE_NAMESPACE . TOKEN_ROUTE ) ),
		esc_attr( wp_create_nonce( 'wp_rest' ) ),
		esc_url( admin_url( 'admin-ajax.php?action=rest-nonce' ) ),
		$tag,
		$attributes
	);
}

/**
 * The address of the page being shown, for signing in and coming back to it; the home page if it names
 * another host (the Host header is the visitor's to write).
 */
function current_address(): string {
	$host = isset( $_SERVER['HTTP_HOST'] ) ? sanitize_text_field( wp_unslash( $_SERVER['HTTP_HOST'] ) ) : '';
	$path = isset( $_SERVER['REQUEST_URI'] ) ? esc_url_raw( wp_unslash( $_SERVER['REQUEST_URI'] ) ) : '/';
	return wp_validate_redirect( set_url_scheme( '//' . $host . $path ), home_url( '/' ) );
}
