package io.camelqonto.client.auth;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The first step of Qonto's OAuth login: the URL the user's browser opens to consent, with a fresh {@code state}
 * (compared when Qonto redirects back, against cross-site request forgery) and a PKCE {@code code_verifier} whose
 * SHA-256 goes out as the {@code code_challenge} (S256). Keep the request until the redirect comes back, and hand it to
 * {@code QontoClient.completeAuthorization}: the code is exchanged only with its verifier, so a code stolen on the way
 * back is useless. The state and the verifier are secrets of this login: {@link #toString()} leaves them out.
 */
public final class AuthorizationRequest {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String S256 = "S256";

    private final URI url;
    private final String redirectUri;
    private final String state;
    private final String codeVerifier;
    private final Set<String> scopes;

    private AuthorizationRequest(URI url, String redirectUri, String state, String codeVerifier, Set<String> scopes) {
        this.url = url;
        this.redirectUri = redirectUri;
        this.state = state;
        this.codeVerifier = codeVerifier;
        this.scopes = scopes;
    }

    /**
     * Starts a login.
     *
     * @param authorizationEndpoint Qonto's {@code /oauth2/auth}, e.g. {@code QontoEnvironment.SANDBOX.authorizationUrl()}
     * @param clientId              the app's OAuth client id
     * @param redirectUri           where Qonto sends the browser back; it must be registered with the app
     * @return a builder, to which at least one scope must be added
     */
    public static Builder builder(String authorizationEndpoint, String clientId, String redirectUri) {
        return new Builder(authorizationEndpoint, clientId, redirectUri);
    }

    /** {@return the URL to open in the user's browser} */
    public URI url() {
        return url;
    }

    /** {@return the redirect URI, which the code exchange repeats} */
    public String redirectUri() {
        return redirectUri;
    }

    /** {@return the scopes asked for} */
    public Set<String> scopes() {
        return scopes;
    }

    /** {@return the PKCE verifier the code exchange sends; a secret of this login} */
    public String codeVerifier() {
        return codeVerifier;
    }

    /** {@return the state Qonto must send back; keep it with the user's session} */
    public String state() {
        return state;
    }

    /**
     * Whether a state sent back is this request's, compared in constant time.
     *
     * @param returnedState the {@code state} of Qonto's redirect, or null
     * @return true when it is this request's state
     */
    public boolean isAnsweredBy(String returnedState) {
        return returnedState != null && MessageDigest.isEqual(state.getBytes(StandardCharsets.US_ASCII),
                returnedState.getBytes(StandardCharsets.US_ASCII));
    }

    /** The S256 challenge of a verifier: its SHA-256, base64url without padding (RFC 7636). */
    static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    /** 32 random bytes, base64url: 43 characters, as RFC 7636 asks of a verifier. */
    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Override
    public String toString() {
        return "AuthorizationRequest[redirectUri=" + redirectUri + ", scopes=" + scopes + "]";
    }

    /** The parts of a login request. */
    public static final class Builder {
        private final String authorizationEndpoint;
        private final String clientId;
        private final String redirectUri;
        private final Set<String> scopes = new LinkedHashSet<>();
        private String organizationId;

        private Builder(String authorizationEndpoint, String clientId, String redirectUri) {
            this.authorizationEndpoint = Objects.requireNonNull(authorizationEndpoint, "authorizationEndpoint");
            this.clientId = Objects.requireNonNull(clientId, "clientId");
            this.redirectUri = Objects.requireNonNull(redirectUri, "redirectUri");
        }

        /**
         * Adds scopes, e.g. {@code organization.read}; {@code offline_access} is what brings a refresh token, without
         * which the login lasts the hour of its access token.
         *
         * @param scopes the scopes to ask for
         * @return this builder
         */
        public Builder scopes(String... scopes) {
            this.scopes.addAll(List.of(scopes));
            return this;
        }

        /**
         * Skips Qonto's choice of organization, for a user who has several.
         *
         * @param organizationId the id of the organization to log in to
         * @return this builder
         */
        public Builder organizationId(String organizationId) {
            this.organizationId = organizationId;
            return this;
        }

        /**
         * {@return a request with a fresh state and verifier}
         *
         * @throws IllegalArgumentException when no scope is asked for
         */
        public AuthorizationRequest build() {
            if (scopes.isEmpty()) {
                throw new IllegalArgumentException("An OAuth login asks for at least one scope");
            }
            String state = random();
            String verifier = random();
            Map<String, String> query = new LinkedHashMap<>();
            query.put("client_id", clientId);
            query.put("redirect_uri", redirectUri);
            query.put("response_type", "code");
            query.put("scope", String.join(" ", scopes));
            query.put("state", state);
            query.put("code_challenge", challenge(verifier));
            query.put("code_challenge_method", S256);
            if (organizationId != null) {
                query.put("organization_id", organizationId);
            }
            List<String> pairs = new ArrayList<>();
            query.forEach((name, value) -> pairs.add(encode(name) + "=" + encode(value)));
            String separator = authorizationEndpoint.contains("?") ? "&" : "?";
            URI url = URI.create(authorizationEndpoint + separator + pairs.stream().collect(Collectors.joining("&")));
            return new AuthorizationRequest(url, redirectUri, state, verifier, Set.copyOf(scopes));
        }

        private static String encode(String value) {
            // %20 rather than +: scopes are space separated, and a plus sign is a space only in forms
            return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
        }
    }
}
