package org.readtrack.accounts;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.readtrack.database.CaseFolding;

@Entity
@Table(name = "users")
class User {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String username;
    private String usernameKey;
    private String email;
    private String emailKey;
    private String passwordHash;
    private String firstName = "";
    private String lastName = "";
    private Role role = Role.USER;
    @Column(name = "active")
    private boolean active = true;
    private Instant dateJoined;
    private Instant lastLogin;
    /** Access tokens issued before this instant are refused (see {@link Tokens#revokeAll}); null: none is. */
    private Instant tokensValidAfter;

    protected User() {
    }

    User(String username, String email, String passwordHash, Instant dateJoined) {
        setUsername(username);
        setEmail(email);
        this.passwordHash = passwordHash;
        this.dateJoined = dateJoined;
    }

    Long getId() {
        return id;
    }

    String getUsername() {
        return username;
    }

    private void setUsername(String username) {
        this.username = CaseFolding.normalize(username);
        this.usernameKey = CaseFolding.fold(username);
    }

    String getEmail() {
        return email;
    }

    void setEmail(String email) {
        this.email = email;
        this.emailKey = CaseFolding.fold(email);
    }

    String getPasswordHash() {
        return passwordHash;
    }

    void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    String getFirstName() {
        return firstName;
    }

    void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    String getLastName() {
        return lastName;
    }

    void setLastName(String lastName) {
        this.lastName = lastName;
    }

    Role getRole() {
        return role;
    }

    void setRole(Role role) {
        this.role = role;
    }

    boolean isActive() {
        return active;
    }

    void setActive(boolean active) {
        this.active = active;
    }

    Instant getDateJoined() {
        return dateJoined;
    }

    Instant getLastLogin() {
        return lastLogin;
    }

    void setLastLogin(Instant lastLogin) {
        this.lastLogin = lastLogin;
    }

    Instant getTokensValidAfter() {
        return tokensValidAfter;
    }

    void setTokensValidAfter(Instant tokensValidAfter) {
        this.tokensValidAfter = tokensValidAfter;
    }
}
