<?php
/**
 * The member site's half of sign-in: `POST /wp-json/mentor-match/v1/token` gives the signed-in user a
 * short-lived token for the mentoring API, signed with the shared secret (HS256), which the mentoring
 * server verifies (packages/server/src/auth/tokens.ts). Cookie-authenticated like every WordPress REST
 * call from a page, so it needs the REST nonce (X-WP-Nonce): without it WordPress treats the caller as
 * signed out, and a signed-out caller gets 401.
 *
 * @package MentorMatch
 */

namespace MentorMatch;

const TOKEN_ROUTE_NAMESPACE = 'mentor-match/v1';
const TOKEN_ROUTE           = '/token';

/** How long a token lives, in seconds: a few minutes; the page's script asks for another before it ends. */
const TOKEN_LIFETIME = 300;

function register_token_route(): void {
	register_rest_route(
		TOKEN_ROUTE_NAMESPACE,
		TOKEN_ROUTE,
		array(
			'methods'             => 'POST',
			'permission_callback' => 'is_user_logged_in',
			'callback'            => __NAMESPACE__ . '\\token_response',
		)
	);
}

/**
 * `{ token, expiresIn }`, never cached. `expiresIn` (seconds) rather than a date, so the page's clock,
 * right or wrong, decides when to ask again.
 *
 * @return \WP_REST_Response|\WP_Error
 */
function token_response() {
	if ( ! is_configured() ) {
		return new \WP_Error( 'mentor_match_not_configured', __( 'Mentoring is not set up on this site yet.', 'mentor-match' ), array( 'status' => 503 ) );
	}
	$lifetime = token_lifetime();
	$claims   = member_claims( wp_get_current_user(), time(), $lifetime );
	$response = new \WP_REST_Response(
		array(
			'token'     => jwt_hs256( $claims, secret() ),
			'expiresIn' => $lifetime,
		)
	);
	$response->header( 'Cache-Control', 'no-store' );
	return $response;
}

/** TOKEN_LIFETIME, or what the `mentor_match_token_lifetime` filter says, between 1 and 60 minutes. */
function token_lifetime(): int {
	return max( 60, min( 3600, (int) apply_filters( 'mentor_match_token_lifetime', TOKEN_LIFETIME ) ) );
}

/**
 * What the token says about $user: who they are to the mentoring server (`sub`, stable for as long as the
 * account exists), their name and email (the profile the server creates for them on first sight), the
 * issuer and audience the server checks, and the staff claim when they hold the staff capability.
 *
 * @param \WP_User $user     The signed-in user.
 * @param int      $now      Unix time.
 * @param int      $lifetime Seconds.
 * @return array<string, mixed>
 */
function member_claims( \WP_User $user, int $now, int $lifetime ): array {
	$settings = settings();
	$claims   = array(
		'iss'   => $settings['issuer'],
		'aud'   => $settings['audience'],
		'sub'   => member_id( $user ),
		'name'  => $user->display_name,
		'email' => $user->user_email,
		'iat'   => $now,
		'exp'   => $now + $lifetime,
	);
	if ( '' !== $settings['staff_claim'] && '' !== $settings['staff_value'] && user_can( $user, $settings['staff_capability'] ) ) {
		$claims[ $settings['staff_claim'] ] = array( $settings['staff_value'] );
	}
	return $claims;
}

/**
 * The member id: `wp-<site id>-<user id>`, which never changes while the account exists. A site whose
 * members already have ids elsewhere (a membership database) returns those from the `mentor_match_member_id`
 * filter; the server accepts letters, digits and `_ . : @ -`, up to 100 characters.
 *
 * @param \WP_User $user The signed-in user.
 */
function member_id( \WP_User $user ): string {
	return (string) apply_filters( 'mentor_match_member_id', sprintf( 'wp-%d-%d', get_current_blog_id(), $user->ID ), $user );
}
