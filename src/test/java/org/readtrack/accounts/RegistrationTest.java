package org.readtrack.accounts;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.readtrack.shared.Messages;
import org.readtrack.support.ApiTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.readtrack.support.ProblemResponses.expectInvalid;
import static org.readtrack.support.ProblemResponses.expectTaken;

class RegistrationTest extends ApiTest {

    private static final String REQUIRED = "This field is required.";

    @Test
    void registersAUserAndAnswersWithTheAccount() {
        http.post().uri("/api/auth/register/").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("username", "alice", "email", "alice@example.org", "password", PASSWORD,
                        "first_name", "Alice", "last_name", "Liddell"))
                .exchange()
                .expectStatus().isCreated()
                .expectHeader().contentType(MediaType.APPLICATION_JSON)
                .expectBody()
                .jsonPath("$.id").isNumber()
                .jsonPath("$.username").isEqualTo("alice")
                .jsonPath("$.email").isEqualTo("alice@example.org")
                .jsonPath("$.first_name").isEqualTo("Alice")
                .jsonPath("$.last_name").isEqualTo("Liddell")
                .jsonPath("$.role").isEqualTo("user")
                .jsonPath("$.date_joined").value(String.class, v -> assertThat(v).endsWith("Z"))
                .jsonPath("$.password").doesNotExist()
                .jsonPath("$.password_hash").doesNotExist();
    }

    @Test
    void createdAccountIsLocatedAtMe() {
        register(registration("alice")).expectStatus().isCreated()
                .expectHeader().location(baseUrl() + "/api/auth/me/");
    }

    @Test
    void optionalNamesDefaultToEmptyStrings() {
        register(Map.of("username", "alice", "email", "alice@example.org", "password", PASSWORD))
                .expectStatus().isCreated()
                .expectBody()
                .jsonPath("$.first_name").isEqualTo("")
                .jsonPath("$.last_name").isEqualTo("");
    }

    @Test
    void storesThePasswordOnlyAsAnArgon2idHash() {
        long id = register("alice");

        String hash = jdbc.queryForObject("SELECT password_hash FROM users WHERE id = ?", String.class, id);
        assertThat(hash).startsWith("$argon2id$").doesNotContain(PASSWORD);
    }

    @Test
    void roleInTheBodyIsIgnored() {
        Map<String, Object> body = registration("mallory");
        body.put("role", "admin");

        register(body).expectStatus().isCreated()
                .expectBody().jsonPath("$.role").isEqualTo("user");
        assertThat(jdbc.queryForObject("SELECT role FROM users WHERE username = 'mallory'", String.class))
                .isEqualTo("user");
    }

    @Test
    void serverControlledFieldsInTheBodyAreIgnored() {
        Map<String, Object> body = registration("mallory");
        body.put("id", 424242);
        body.put("is_active", false);
        body.put("date_joined", "2000-01-01T00:00:00Z");

        register(body).expectStatus().isCreated()
                .expectBody()
                .jsonPath("$.id").value(Integer.class, id -> assertThat(id).isNotEqualTo(424242))
                .jsonPath("$.date_joined").value(String.class, joined -> assertThat(joined).doesNotStartWith("2000"));
        http.post().uri("/api/auth/login/").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("username", "mallory", "password", PASSWORD)).exchange()
                .expectStatus().isOk();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "Zoë", "jean-luc.o+k_@x", "1234", "用户", "алиса", "山田たろう_2", "tanaka山田", "김민수kim"})
    void usernamesOfLettersDigitsAndAtDotPlusMinusUnderscoreAreAccepted(String username) {
        register(registration(username)).expectStatus().isCreated()
                .expectBody().jsonPath("$.username").isEqualTo(username);
    }

    @Test
    void usernameOf150CharactersIsAccepted() {
        String username = "u".repeat(150);

        register(registration(username)).expectStatus().isCreated();
    }

    @Test
    void usernameOver150CharactersIsRefused() {
        Map<String, Object> body = registration("u".repeat(151));

        expectInvalid(register(body), "username")
                .jsonPath("$.errors.username").value(messages -> assertThat(messages.toString()).contains("150"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"bob!", "bob smith", "bob/x", "bob#1", "<script>", "bob's"})
    void usernameWithOtherCharactersIsRefused(String username) {
        Map<String, Object> body = registration("placeholder");
        body.put("username", username);

        expectInvalid(register(body), "username")
                .jsonPath("$.errors.email").doesNotExist()
                .jsonPath("$.errors.password").doesNotExist();
        assertThat(userCount()).isZero();
    }

    /** Made to pass for another: a Cyrillic "е" in "alice", Greek "ο" in "bob", Latin and Cyrillic "Сhris". */
    @ParameterizedTest
    @ValueSource(strings = {"alic\u0435", "b\u03bfb", "\u0421hris", "\u0430dmin_2"})
    void aUsernameThatMixesAlphabetsIsRefused(String username) {
        expectInvalid(register(registration(username)), "username")
                .jsonPath("$.errors.username[0]").isEqualTo(RegisterRequest.MIXED_SCRIPTS_MESSAGE);
        assertThat(userCount()).isZero();
    }

    /** Allowed characters, but steps of a path: no profile address could reach them. */
    @ParameterizedTest
    @ValueSource(strings = {".", ".."})
    void aUsernameOfDotsAloneIsRefused(String username) {
        expectInvalid(register(registration(username)), "username")
                .jsonPath("$.errors.username[0]").isEqualTo(RegisterRequest.PATH_STEP_MESSAGE);
        assertThat(userCount()).isZero();
        register(registration("..." + username)).expectStatus().isCreated();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " "})
    void emptyUsernameIsRefusedAsBlank(String username) {
        Map<String, Object> body = registration("placeholder");
        body.put("username", username);

        expectInvalid(register(body), "username").jsonPath("$.errors.username").isEqualTo(List.of(Messages.NOT_BLANK));
    }

    @Test
    void usernameIsUniqueIgnoringCase() {
        register("alice");
        Map<String, Object> body = registration("ALICE");
        body.put("email", "someone-else@example.org");

        expectTaken(register(body), "username")
                .jsonPath("$.errors.username[0]").isEqualTo("A user with that username already exists.")
                .jsonPath("$.errors.email").doesNotExist();
        assertThat(userCount()).isEqualTo(1);
    }

    @Test
    void usernameThatNormalizesToATakenOneIsRefused() {
        register("bob");
        Map<String, Object> body = registration("\uFF22\uFF2F\uFF22"); // fullwidth "BOB"
        body.put("email", "fullwidth@example.org");

        expectTaken(register(body), "username");
    }

    @Test
    void usernamesThatDifferOnlyByFullCaseFoldingAreOneName() {
        register("straße");
        Map<String, Object> body = registration("STRASSE");
        body.put("email", "strasse@example.org");

        expectTaken(register(body), "username");
    }

    /** "соре", "СОРЕ" and "ｃｏｐｅ" in Cyrillic letters only: no mixing, but each passes for the Latin "cope". */
    @ParameterizedTest
    @ValueSource(strings = {"\u0441\u043e\u0440\u0435", "\u0421\u041e\u0420\u0415", "\u0440\u0430\u0443\u0440\u0430\u04cf"})
    void aUsernameThatPassesForAnotherInAnotherAlphabetIsRefused(String username) {
        register("cope");
        register("paypal");
        expectTaken(register(registration(username)), "username")
                .jsonPath("$.errors.username[0]").isEqualTo(Accounts.USERNAME_LOOKS_TAKEN)
                .jsonPath("$.errors.email").doesNotExist();
        assertThat(userCount()).isEqualTo(2);
    }

    /** The other way round: a Latin name that passes for a Cyrillic one registered first. */
    @Test
    void aLatinUsernameThatPassesForACyrillicOneIsRefused() {
        register(registration("\u0441\u043e\u0440\u0435")).expectStatus().isCreated(); // соре

        expectTaken(register(registration("cope")), "username").jsonPath("$.errors.username[0]").isEqualTo(Accounts.USERNAME_LOOKS_TAKEN);
    }

    /**
     * Names of one alphabet that share a skeleton ("rn" and "m", "1" and "l") are different readers' names, and a
     * Cyrillic word that looks like no Latin name is a name like any other.
     */
    @Test
    void lookAlikesInOneAlphabetAndOtherCyrillicNamesAreAccepted() {
        register("modern");
        register("reader1");
        for (String username : List.of("modem", "readerl", "\u0441\u043e\u0440\u043e\u043a")) { // сорок
            register(registration(username)).expectStatus().isCreated();
        }
        assertThat(userCount()).isEqualTo(5);
    }

    @Test
    void emailIsUniqueIgnoringCase() {
        register("alice");
        Map<String, Object> body = registration("bob");
        body.put("email", "Alice@EXAMPLE.org");

        expectTaken(register(body), "email")
                .jsonPath("$.errors.email[0]").isEqualTo("A user with that email already exists.")
                .jsonPath("$.errors.username").doesNotExist();
        assertThat(userCount()).isEqualTo(1);
    }

    /** Login takes a username or an email address: one account's username must not be another's email. */
    @Test
    void usernameThatIsAnotherAccountsEmailIsRefused() {
        register("alice");
        Map<String, Object> body = registration("Alice@Example.org");
        body.put("email", "squatter@example.org");

        expectTaken(register(body), "username");
        assertThat(userCount()).isEqualTo(1);
    }

    @Test
    void emailThatIsAnotherAccountsUsernameIsRefused() {
        register(registration("early@example.org")).expectStatus().isCreated();
        Map<String, Object> body = registration("late");
        body.put("email", "EARLY@example.org");

        expectTaken(register(body), "email");
        assertThat(userCount()).isEqualTo(1);
    }

    @Test
    void usernameMayBeTheAccountsOwnEmail() {
        Map<String, Object> body = registration("bob@example.org");
        body.put("email", "bob@example.org");

        register(body).expectStatus().isCreated();
        http.post().uri("/api/auth/login/").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("username", "BOB@example.org", "password", PASSWORD))
                .exchange()
                .expectStatus().isOk();
    }

    @ParameterizedTest
    @ValueSource(strings = {"not-an-email", "alice@", "@example.org", "alice example@example.org"})
    void invalidEmailIsRefused(String email) {
        Map<String, Object> body = registration("alice");
        body.put("email", email);

        expectInvalid(register(body), "email");
    }

    @Test
    void blankEmailIsRefused() {
        Map<String, Object> body = registration("alice");
        body.put("email", "   ");

        expectInvalid(register(body), "email");
    }

    @Test
    void passwordShorterThanEightCharactersIsRefused() {
        expectInvalid(register(withPassword("alice", "Zq8#vLw")), "password")
                .jsonPath("$.errors.password[0]").isEqualTo(
                        "This password is too short. It must contain at least 8 characters.");
    }

    @Test
    void passwordOfEightCharactersIsAccepted() {
        register(withPassword("alice", "Zq8#vLw2")).expectStatus().isCreated();
    }

    @Test
    void passwordOf128CharactersIsAccepted() {
        register(withPassword("alice", longPassword(128))).expectStatus().isCreated();
    }

    @Test
    void passwordLongerThan128CharactersIsRefused() {
        expectInvalid(register(withPassword("alice", longPassword(129))), "password")
                .jsonPath("$.errors.password[0]").isEqualTo("Ensure this field has no more than 128 characters.");
    }

    @Test
    void passwordOverTheInputCapIsRefusedWithThatAloneBeforeAnyHashing() {
        expectInvalid(register(withPassword("alice", longPassword(1025))), "password")
                .jsonPath("$.errors.password.length()").isEqualTo(1)
                .jsonPath("$.errors.password[0]").isEqualTo("Ensure this field has no more than 1024 characters.");
        assertThat(userCount()).isZero();
    }

    @Test
    void entirelyNumericPasswordIsRefused() {
        expectInvalid(register(withPassword("alice", "73920586147")), "password")
                .jsonPath("$.errors.password").value(messages ->
                        assertThat(messages.toString()).contains("This password is entirely numeric."));
    }

    @ParameterizedTest
    @ValueSource(strings = {"password123", "qwertyuiop", "iloveyou"})
    void commonPasswordIsRefused(String password) {
        expectInvalid(register(withPassword("alice", password)), "password")
                .jsonPath("$.errors.password").value(messages ->
                        assertThat(messages.toString()).contains("This password is too common."));
    }

    @Test
    void passwordTooSimilarToTheUsernameIsRefused() {
        expectInvalid(register(withPassword("margaretha", "Margaretha1")), "password")
                .jsonPath("$.errors.password").value(messages ->
                        assertThat(messages.toString()).contains("too similar to the username"));
    }

    @Test
    void passwordTooSimilarToTheEmailIsRefused() {
        Map<String, Object> body = withPassword("reader7", "Quixote99!");
        body.put("email", "zebedee.quixote@example.org");

        expectInvalid(register(body), "password")
                .jsonPath("$.errors.password").value(messages ->
                        assertThat(messages.toString()).contains("too similar to the email address"));
    }

    @Test
    void passwordFailingSeveralRulesListsEveryProblem() {
        expectInvalid(register(withPassword("alice", "1234")), "password")
                .jsonPath("$.errors.password.length()").value(Integer.class, n -> assertThat(n).isGreaterThan(1));
    }

    @Test
    void missingFieldsAreEachRequired() {
        expectInvalid(register(Map.of()), "username", "email", "password")
                .jsonPath("$.errors.username[0]").isEqualTo(REQUIRED)
                .jsonPath("$.errors.email[0]").isEqualTo(REQUIRED)
                .jsonPath("$.errors.password[0]").isEqualTo(REQUIRED);
    }

    @Test
    void nullFieldsAreRequiredToo() {
        Map<String, Object> body = new HashMap<>();
        body.put("username", null);
        body.put("email", null);
        body.put("password", null);

        expectInvalid(register(body), "username", "email", "password")
                .jsonPath("$.errors.username[0]").isEqualTo(REQUIRED);
    }

    @Test
    void invalidDetailsAreReportedTogetherBeforeTakenNames() {
        register("alice");
        Map<String, Object> body = withPassword("ALICE", "short");
        body.put("email", "not an address");
        expectInvalid(register(body), "email", "password");

        body.put("email", "ALICE@example.org");
        body.put("password", PASSWORD);
        expectTaken(register(body), "username");
        assertThat(userCount()).isEqualTo(1);
    }

    private long userCount() {
        return jdbc.queryForObject("SELECT count(*) FROM users", Long.class);
    }

    private RestTestClient.ResponseSpec register(Map<String, ?> body) {
        return http.post().uri("/api/auth/register/").contentType(MediaType.APPLICATION_JSON).body(body).exchange();
    }

    private static Map<String, Object> registration(String username) {
        return withPassword(username, PASSWORD);
    }

    private static Map<String, Object> withPassword(String username, String password) {
        Map<String, Object> body = new HashMap<>();
        body.put("username", username);
        body.put("email", "user" + Math.abs(username.hashCode()) + "@example.org");
        body.put("password", password);
        return body;
    }

    /** Varied characters, so that only the length can be wrong with it. */
    private static String longPassword(int length) {
        String alphabet = "Kq7#mZ2!vR9$wT4%xY6&";
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < length; i++) {
            password.append(alphabet.charAt((i * 7) % alphabet.length()));
        }
        return password.toString();
    }
}
