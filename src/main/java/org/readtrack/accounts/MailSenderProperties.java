package org.readtrack.accounts;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param from the sender of the mails the application sends ({@code READTRACK_MAIL_FROM}), such as
 *             {@code Readtrack <noreply@books.example.org>}; empty: {@code noreply@} the public URL's host.
 *             The SMTP server itself is Spring Boot's {@code spring.mail.*} ({@code SPRING_MAIL_HOST}...).
 */
@ConfigurationProperties("readtrack.mail")
record MailSenderProperties(@DefaultValue("") String from) {

    MailSenderProperties {
        from = from.strip();
        if (!from.isEmpty()) {
            try {
                new InternetAddress(from, true);
            } catch (AddressException e) {
                throw new IllegalArgumentException("READTRACK_MAIL_FROM: '" + from + "' is not a mail address,"
                        + " such as noreply@books.example.org or Readtrack <noreply@books.example.org>", e);
            }
        }
    }
}
