<?php
/**
 * The plugin's settings, stored as two WordPress options: `mentor_match_settings` (addresses, token
 * claims, staff) and `mentor_match_secret` (the shared secret, kept apart so it is never loaded on every
 * page and never part of a form's values). One place reads them, one place checks what an administrator
 * saves.
 *
 * @package MentorMatch
 */

namespace MentorMatch;

const SETTINGS_OPTION = 'mentor_match_settings';
const SECRET_OPTION   = 'mentor_match_secret';
const STAFF_CAPABILITY = 'mentor_match_staff';

/** The server refuses a shorter HS256 secret (and so would any careful verifier: RFC 7518 §3.2). */
const MIN_SECRET_BYTES = 32;

/**
 * Claims the plugin writes itself: the staff claim may not take one of their names.
 */
const RESERVED_CLAIMS = array( 'iss', 'sub', 'aud', 'exp', 'nbf', 'iat', 'jti', 'name', 'email' );

/**
 * The defaults: the server's own defaults for `iss` and `aud` (AUTH_ISSUER, AUTH_AUDIENCE), so a server
 * started with only AUTH_JWT_SECRET accepts the plugin's tokens; the staff claim issue 11's server reads.
 *
 * @return array<string, string>
 */
function default_settings(): array {
	return array(
		'api_url'          => '',
		'loader_url'       => '',
		'issuer'           => 'mentor-match',
		'audience'         => 'mentor-match-api',
		'staff_capability' => STAFF_CAPABILITY,
		'staff_claim'      => 'roles',
		'staff_value'      => 'mentoring-staff',
	);
}

/**
 * The settings now, every key present.
 *
 * @return array<string, string>
 */
function settings(): array {
	$stored = get_option( SETTINGS_OPTION, array() );
	return array_merge( default_settings(), is_array( $stored ) ? array_intersect_key( $stored, default_settings() ) : array() );
}

/**
 * The shared secret: the MENTOR_MATCH_SECRET constant when wp-config.php defines one (a secret kept out of
 * the database), else the option. '' when none is set.
 */
function secret(): string {
	if ( defined( 'MENTOR_MATCH_SECRET' ) ) {
		return (string) MENTOR_MATCH_SECRET;
	}
	return (string) get_option( SECRET_OPTION, '' );
}

/** Whether the elements can work: an API, a loader and a secret the server accepts. */
function is_configured(): bool {
	$settings = settings();
	return '' !== $settings['api_url'] && '' !== $settings['loader_url'] && strlen( secret() ) >= MIN_SECRET_BYTES;
}

/** Creates the options (so the first save updates them: WordPress sanitises an added option twice) and the staff capability. */
function activate(): void {
	add_option( SETTINGS_OPTION, default_settings() );
	add_option( SECRET_OPTION, '', '', 'no' );
	$administrator = get_role( 'administrator' );
	if ( $administrator ) {
		$administrator->add_cap( STAFF_CAPABILITY );
	}
}

function register_settings(): void {
	register_setting(
		'mentor_match',
		SETTINGS_OPTION,
		array(
			'type'              => 'array',
			'sanitize_callback' => __NAMESPACE__ . '\\sanitize_settings',
			'default'           => default_settings(),
		)
	);
	register_setting(
		'mentor_match',
		SECRET_OPTION,
		array(
			'type'              => 'string',
			'sanitize_callback' => __NAMESPACE__ . '\\sanitize_secret',
			'default'           => '',
		)
	);
}

/**
 * What an administrator saved, checked: a wrong value keeps the one stored before and says why.
 *
 * @param mixed $input The submitted settings.
 * @return array<string, string>
 */
function sanitize_settings( $input ): array {
	$before = settings();
	$input  = is_array( $input ) ? wp_unslash( $input ) : array();
	$saved  = $before;

	foreach ( array( 'api_url', 'loader_url' ) as $key ) {
		$value = trim( (string) ( $input[ $key ] ?? '' ) );
		if ( '' === $value || web_address( $value ) ) {
			$saved[ $key ] = $value;
		} else {
			refuse( $key, 'api_url' === $key
				? __( 'The mentoring API address must be a web address starting with https:// (or http:// for a test site).', 'mentor-match' )
				: __( 'The loader address must be a web address starting with https:// (or http:// for a test site).', 'mentor-match' ) );
		}
	}
	foreach ( array( 'issuer', 'audience' ) as $key ) {
		$value = sanitize_text_field( (string) ( $input[ $key ] ?? '' ) );
		if ( '' !== $value ) {
			$saved[ $key ] = $value;
		} else {
			refuse( $key, __( 'The token issuer and audience cannot be empty: they must be what the server expects (AUTH_ISSUER, AUTH_AUDIENCE).', 'mentor-match' ) );
		}
	}

	$capability = (string) ( $input['staff_capability'] ?? '' );
	if ( preg_match( '/^[a-z0-9_]+$/', $capability ) ) {
		$saved['staff_capability'] = $capability;
	} else {
		refuse( 'staff_capability', __( 'The staff capability must be a WordPress capability name, such as mentor_match_staff or manage_options.', 'mentor-match' ) );
	}
	$claim = (string) ( $input['staff_claim'] ?? '' );
	if ( '' === $claim || ( preg_match( '/^[A-Za-z_][A-Za-z0-9_.:-]*$/', $claim ) && ! in_array( $claim, RESERVED_CLAIMS, true ) ) ) {
		$saved['staff_claim'] = $claim;
	} else {
		/* translators: %s: the claims the plugin writes itself. */
		refuse( 'staff_claim', sprintf( __( 'The staff claim must be a claim name other than %s.', 'mentor-match' ), implode( ', ', RESERVED_CLAIMS ) ) );
	}
	$saved['staff_value'] = sanitize_text_field( (string) ( $input['staff_value'] ?? '' ) );
	return $saved;
}

/**
 * The secret field: empty keeps the secret stored; a new one must be long enough for the server.
 *
 * @param mixed $input The submitted secret.
 */
function sanitize_secret( $input ): string {
	$before = (string) get_option( SECRET_OPTION, '' );
	$value  = trim( is_string( $input ) ? wp_unslash( $input ) : '' );
	if ( '' === $value ) {
		return $before;
	}
	if ( strlen( $value ) < MIN_SECRET_BYTES ) {
		/* translators: %d: the minimum length in bytes. */
		refuse( 'secret', sprintf( __( 'The shared secret was not changed: it must be at least %d bytes long (the mentoring server refuses a shorter one). Use “Generate a new secret”.', 'mentor-match' ), MIN_SECRET_BYTES ) );
		return $before;
	}
	return $value;
}

/**
 * An absolute http(s) address with a host.
 *
 * @param string $value The address.
 */
function web_address( string $value ): bool {
	$parts = wp_parse_url( $value );
	return is_array( $parts ) && in_array( strtolower( $parts['scheme'] ?? '' ), array( 'http', 'https' ), true ) && ! empty( $parts['host'] )
		&& esc_url_raw( $value, array( 'http', 'https' ) ) === $value;
}

/**
 * Reports a refused value on the settings page.
 *
 * @param string $field   The field's key.
 * @param string $message What is wrong, for the administrator.
 */
function refuse( string $field, string $message ): void {
	// Settings errors exist on admin pages only; a value refused elsewhere (a script's update_option) is kept out all the same.
	if ( function_exists( 'add_settings_error' ) ) {
		add_settings_error( SETTINGS_OPTION, 'mentor-match-' . $field, $message, 'error' );
	}
}
