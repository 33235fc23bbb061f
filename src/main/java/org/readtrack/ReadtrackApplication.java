package org.readtrack;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.TimeZone;

import org.readtrack.cli.CommandLine;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class ReadtrackApplication {

    /** Serves the API, or runs one of the {@link CommandLine commands} (such as {@code create-admin}) and exits. */
    public static void main(String[] args) {
        // dates without a time (chapter release dates) must not shift with the host's time zone
        TimeZone.setDefault(TimeZone.getTimeZone(ZoneOffset.UTC));
        if (CommandLine.isCommand(args)) {
            System.exit(CommandLine.run(ReadtrackApplication.class, args));
        }
        SpringApplication.run(ReadtrackApplication.class, args);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
