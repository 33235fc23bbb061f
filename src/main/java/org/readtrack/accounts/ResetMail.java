package org.readtrack.accounts;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.readtrack.shared.PublicUrl;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * The password-reset mail: plain text from the message bundle {@code accounts/mail} (English, French), with a
 * link to the web app's page {@code /reset-password?token=…} under {@code READTRACK_PUBLIC_URL}. Spring Boot
 * makes a mail sender only when {@code spring.mail.host} is set: without one, reset by mail is off.
 */
@Component
class ResetMail {

    /** The languages the mail is written in; the first is the one for everybody else. */
    static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.FRENCH);

    private final JavaMailSender sender;
    private final PublicUrl publicUrl;
    private final String from;
    private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

    ResetMail(ObjectProvider<JavaMailSender> sender, PublicUrl publicUrl, MailSenderProperties properties) {
        this.sender = sender.getIfAvailable();
        this.publicUrl = publicUrl;
        this.from = properties.from().isEmpty() ? "noreply@" + publicUrl.host() : properties.from();
        messages.setBasename("accounts/mail");
        messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
        // a language without a bundle gets the default one (English), whatever the server's own locale
        messages.setFallbackToSystemLocale(false);
    }

    boolean enabled() {
        return sender != null;
    }

    /** The supported language that the client prefers most (its {@code Accept-Language} order), else English. */
    static Locale language(List<Locale> preferred) {
        for (Locale locale : preferred) {
            for (Locale language : LANGUAGES) {
                if (language.getLanguage().equals(locale.getLanguage())) {
                    return language;
                }
            }
        }
        return LANGUAGES.get(0);
    }

    void send(Account account, String token, Duration validFor, Locale language) {
        SimpleMailMessage mail = new SimpleMailMessage();
        mail.setFrom(from);
        mail.setTo(account.email());
        mail.setSubject(messages.getMessage("password-reset.subject", null, language));
        mail.setText(messages.getMessage("password-reset.body", new Object[] {account.username(),
                publicUrl.link("/reset-password", "token", token), validFor.toMinutes()}, language));
        sender.send(mail);
    }
}
