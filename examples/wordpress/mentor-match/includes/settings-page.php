<?php
/**
 * Settings → Mentoring: the API's address, the loader's address, the shared secret (never shown: the
 * page says only whether one is set, and a button makes a strong one in the browser), the token's issuer
 * and audience, and who counts as program staff.
 *
 * @package MentorMatch
 */

namespace MentorMatch;

const SETTINGS_PAGE   = 'mentor-match';
const SETTINGS_SCRIPT = 'mentor-match-settings';

function add_settings_page(): void {
	$hook = add_options_page( __( 'Mentoring', 'mentor-match' ), __( 'Mentoring', 'mentor-match' ), 'manage_options', SETTINGS_PAGE, __NAMESPACE__ . '\\render_settings_page' );
	add_action( 'load-' . $hook, __NAMESPACE__ . '\\add_settings_fields' );
	add_action(
		'admin_enqueue_scripts',
		function ( $screen ) use ( $hook ) {
			if ( $screen === $hook ) {
				wp_enqueue_script( SETTINGS_SCRIPT, plugins_url( 'assets/settings.js', PLUGIN_FILE ), array(), VERSION, true );
			}
		}
	);
}

/**
 * The "Settings" link beside the plugin's name on the Plugins screen.
 *
 * @param string[] $links The plugin's links.
 * @return string[]
 */
function settings_link( array $links ): array {
	array_unshift( $links, sprintf( '<a href="%s">%s</a>', esc_url( admin_url( 'options-general.php?page=' . SETTINGS_PAGE ) ), esc_html__( 'Settings', 'mentor-match' ) ) );
	return $links;
}

function add_settings_fields(): void {
	add_settings_section( 'server', __( 'Mentoring server', 'mentor-match' ), '__return_false', SETTINGS_PAGE );
	text_field( 'server', 'api_url', __( 'API address', 'mentor-match' ), __( 'Your mentor-match server’s API, such as https://mentoring.example.org/api/v1. Its ALLOWED_ORIGINS must list this site’s address.', 'mentor-match' ), 'url' );
	text_field( 'server', 'loader_url', __( 'Loader address', 'mentor-match' ), __( 'Where mentor-match.js is served from, with its chunks folder beside it, such as https://example.org/wp-content/uploads/mentor-match/mentor-match.js. On another host, it must be sent with Access-Control-Allow-Origin.', 'mentor-match' ), 'url' );
	add_settings_field( 'secret', __( 'Shared secret', 'mentor-match' ), __NAMESPACE__ . '\\render_secret_field', SETTINGS_PAGE, 'server', array( 'label_for' => 'mentor-match-secret' ) );

	add_settings_section( 'tokens', __( 'Sign-in tokens', 'mentor-match' ), '__return_false', SETTINGS_PAGE );
	text_field( 'tokens', 'issuer', __( 'Issuer', 'mentor-match' ), __( 'The server’s AUTH_ISSUER (its default: mentor-match).', 'mentor-match' ) );
	text_field( 'tokens', 'audience', __( 'Audience', 'mentor-match' ), __( 'The server’s AUTH_AUDIENCE (its default: mentor-match-api).', 'mentor-match' ) );

	add_settings_section( 'staff', __( 'Program staff', 'mentor-match' ), '__return_false', SETTINGS_PAGE );
	text_field( 'staff', 'staff_capability', __( 'Staff capability', 'mentor-match' ), __( 'Users with this capability are program staff. mentor_match_staff is given to administrators when the plugin is activated; give it to other roles with a role editor, or name another capability, such as manage_options.', 'mentor-match' ) );
	text_field( 'staff', 'staff_claim', __( 'Staff claim', 'mentor-match' ), __( 'The token claim that marks staff (the server’s AUTH_STAFF_CLAIM). Empty: no staff claim.', 'mentor-match' ) );
	text_field( 'staff', 'staff_value', __( 'Staff claim value', 'mentor-match' ), __( 'The value the claim lists for staff (the server’s AUTH_STAFF_VALUE).', 'mentor-match' ) );
}

/**
 * A field of the settings option.
 *
 * @param string $section     Its section.
 * @param string $key         Its key in the option.
 * @param string $label       Its label.
 * @param string $description What it is for.
 * @param string $type        The input's type.
 */
function text_field( string $section, string $key, string $label, string $description, string $type = 'text' ): void {
	add_settings_field(
		$key,
		$label,
		function () use ( $key, $description, $type ) {
			printf(
				'<input type="%1$s" id="mentor-match-%2$s" name="%3$s[%2$s]" value="%4$s" class="regular-text" aria-describedby="mentor-match-%2$s-description"><p class="description" id="mentor-match-%2$s-description">%5$s</p>',
				esc_attr( $type ),
				esc_attr( $key ),
				esc_attr( SETTINGS_OPTION ),
				esc_attr( settings()[ $key ] ),
				esc_html( $description )
			);
		},
		SETTINGS_PAGE,
		$section,
		array( 'label_for' => 'mentor-match-' . $key )
	);
}

/**
 * The secret's field, always empty: it says whether a secret is set, never what it is.
 */
function render_secret_field(): void {
	if ( defined( 'MENTOR_MATCH_SECRET' ) ) {
		$state = strlen( secret() ) >= MIN_SECRET_BYTES
			? __( 'The secret is set in wp-config.php (MENTOR_MATCH_SECRET).', 'mentor-match' )
			/* translators: %d: the minimum length in bytes. */
			: sprintf( __( 'The secret set in wp-config.php (MENTOR_MATCH_SECRET) is too short: the server needs at least %d bytes.', 'mentor-match' ), MIN_SECRET_BYTES );
		printf( '<input type="password" id="mentor-match-secret" value="" disabled class="regular-text" aria-describedby="mentor-match-secret-state"><p class="description" id="mentor-match-secret-state">%s</p>', esc_html( $state ) );
		return;
	}
	$state = '' !== secret()
		? __( 'A secret is set. Leave the field empty to keep it.', 'mentor-match' )
		: __( 'No secret is set: mentoring stays off until one is.', 'mentor-match' );
	printf(
		'<input type="password" id="mentor-match-secret" name="%1$s" value="" class="regular-text" autocomplete="new-password" spellcheck="false" aria-describedby="mentor-match-secret-state mentor-match-secret-help">'
		. ' <button type="button" class="button" id="mentor-match-generate" hidden>%2$s</button>'
		. '<p class="description" id="mentor-match-secret-state">%3$s</p>'
		. '<p class="description" id="mentor-match-secret-help">%4$s</p>'
		. '<p class="description" id="mentor-match-generated" role="status" data-message="%5$s"></p>',
		esc_attr( SECRET_OPTION ),
		esc_html__( 'Generate a new secret', 'mentor-match' ),
		esc_html( $state ),
		esc_html(
			sprintf(
				/* translators: %d: the minimum length in bytes. */
				__( 'The server’s AUTH_JWT_SECRET, at least %d bytes. It is never shown again once saved.', 'mentor-match' ),
				MIN_SECRET_BYTES
			)
		),
		esc_attr__( 'A new secret is in the field. Copy it into the mentoring server’s AUTH_JWT_SECRET, then save: it is not shown again.', 'mentor-match' )
	);
}

function render_settings_page(): void {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	echo '<div class="wrap"><h1>' . esc_html( get_admin_page_title() ) . '</h1>';
	echo '<p>' . esc_html__( 'Members signed in to WordPress are signed in to mentoring: each page with a mentoring shortcode or block asks this site for a short-lived token signed with the shared secret, and the mentoring server checks it.', 'mentor-match' ) . '</p>';
	echo '<form action="options.php" method="post">';
	settings_fields( 'mentor_match' );
	do_settings_sections( SETTINGS_PAGE );
	submit_button();
	echo '</form></div>';
}
