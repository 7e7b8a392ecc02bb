<?php
/**
 * HS256 JSON Web Tokens (RFC 7519 with RFC 7515's compact form): a few lines over hash_hmac, because no
 * PHP JWT library ships with WordPress or with Debian. Plain PHP with no WordPress function, so a test can
 * load it alone and have the server's own verifier check what it signs.
 *
 * @package MentorMatch
 */

namespace MentorMatch;

/**
 * Signs $claims with $secret: `header.payload.signature`, each part base64url without padding.
 *
 * @param array<string, mixed> $claims The token's claims.
 * @param string               $secret The shared secret, as the server holds it (its bytes are the HMAC key).
 */
function jwt_hs256( array $claims, string $secret ): string {
	$signing_input = base64url( jwt_json( array( 'alg' => 'HS256', 'typ' => 'JWT' ) ) ) . '.' . base64url( jwt_json( $claims ) );
	return $signing_input . '.' . base64url( hash_hmac( 'sha256', $signing_input, $secret, true ) );
}

/**
 * URL-safe base64 with no padding, as JWTs use.
 *
 * @param string $bytes Any bytes.
 */
function base64url( string $bytes ): string {
	return rtrim( strtr( base64_encode( $bytes ), '+/', '-_' ), '=' );
}

/**
 * JSON as the server's parser reads it. A name with broken UTF-8 (an old import) is mended, not refused:
 * refusing would lock that member out of mentoring.
 *
 * @param array<string, mixed> $value What to encode.
 */
function jwt_json( array $value ): string {
	return json_encode( $value, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE | JSON_INVALID_UTF8_SUBSTITUTE | JSON_THROW_ON_ERROR );
}
